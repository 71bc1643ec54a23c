import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../apps/api/src/database/tables';
import type { Targets } from './matrix';

type RecordTargets = Omit<Targets, 'clinicianId' | 'supervisorId' | 'newAccount'>;

/**
 * A client of the demo clinician made for the matrix, and new goals, milestones and entries
 * under it, written straight into the database so that each cell changes a record of its own.
 */
export async function createRecordTargets(
  db: Kysely<Database>,
  clinicianId: string,
): Promise<RecordTargets> {
  const clinician = await db
    .selectFrom('clinician')
    .select('practice_id')
    .where('id', '=', clinicianId)
    .executeTakeFirstOrThrow();
  const practiceId = clinician.practice_id;
  const client = await db
    .insertInto('client')
    .values({
      practice_id: practiceId,
      primary_clinician_id: clinicianId,
      preferred_name: 'Matrix Client',
      started_on: '2026-01-05',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const clientId = client.id;
  let position = 0;

  async function newGoal(): Promise<string> {
    const goal = await db
      .insertInto('goal')
      .values({
        practice_id: practiceId,
        client_id: clientId,
        client_words: 'Sleep before midnight',
        domain: 'HEALTH',
        status: 'ACTIVE',
        position: ++position,
        gas_levels: JSON.stringify({
          muchLess: 'After 3am',
          less: 'After 1am',
          expected: 'Before midnight three nights a week',
          more: 'Five nights a week',
          muchMore: 'Every night',
        }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return goal.id;
  }

  async function newClient(): Promise<string> {
    const row = await db
      .insertInto('client')
      .values({
        practice_id: practiceId,
        primary_clinician_id: clinicianId,
        preferred_name: 'Matrix Session Client',
        started_on: '2026-01-05',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async function newEndedSession(): Promise<string> {
    const session = await db
      .insertInto('therapy_session')
      .values({
        practice_id: practiceId,
        client_id: await newClient(),
        clinician_id: clinicianId,
        modality: 'VIDEO',
        started_at: new Date(Date.now() - 60 * 60_000),
        ended_at: new Date(Date.now() - 10 * 60_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return session.id;
  }

  async function newNote(isSigned: boolean): Promise<string> {
    const sessionId = await newEndedSession();
    const session = await db
      .selectFrom('therapy_session')
      .select('client_id')
      .where('id', '=', sessionId)
      .executeTakeFirstOrThrow();
    const note = await db
      .insertInto('session_note')
      .values({
        practice_id: practiceId,
        client_id: session.client_id,
        session_id: sessionId,
        author_id: clinicianId,
        format: 'DAP',
        sections: JSON.stringify({
          data: 'Talked about sleep.',
          assessment: 'Sleeping a little better.',
          plan: 'Phone out of the bedroom.',
        }),
        ...(isSigned ? { signed_at: new Date(), signed_by_id: clinicianId } : {}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return note.id;
  }

  return {
    clientId,
    newGoal,
    newClient,
    newEndedSession,
    newDraftNote: () => newNote(false),
    newSignedNote: () => newNote(true),
    async newOpenSession() {
      const session = await db
        .insertInto('therapy_session')
        .values({
          practice_id: practiceId,
          client_id: await newClient(),
          clinician_id: clinicianId,
          modality: 'IN_PERSON',
          started_at: new Date(Date.now() - 10 * 60_000),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return session.id;
    },
    async newOwnPrompt() {
      const prompt = await db
        .insertInto('own_prompt')
        .values({
          practice_id: practiceId,
          clinician_id: clinicianId,
          text: 'What would you like to be different by next month?',
          situations: ['ANY_SESSION'],
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return prompt.id;
    },
    async newMilestone() {
      const goalId = await newGoal();
      const rows = await db
        .insertInto('milestone')
        .values(
          ['Phone out of the bedroom', 'Lights off by midnight'].map((title, index) => ({
            practice_id: practiceId,
            goal_id: goalId,
            title,
            position: index + 1,
            // The second is ticked, so an untick has something to undo.
            done_at: index === 1 ? new Date() : null,
          })),
        )
        .returning(['id', 'position'])
        .execute();
      return rows.find((row) => row.position === 1)!.id;
    },
    async newProgressEntry() {
      const entry = await db
        .insertInto('progress_entry')
        .values({
          practice_id: practiceId,
          client_id: clientId,
          kind: 'WIN',
          category: 'SELF_CARE',
          client_words: 'In bed by half eleven',
          occurred_on: '2026-02-01',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return entry.id;
    },
    async newMeasureDraft() {
      const draft = await db
        .insertInto('measure_response')
        .values({
          practice_id: practiceId,
          client_id: clientId,
          instrument: 'PHQ9',
          answers: [1, 1, 1, 1, null, null, null, null, null],
          total: null,
          is_draft: true,
          administered_on: '2026-02-01',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return draft.id;
    },
    async newSafetyFlag() {
      const response = await db
        .insertInto('measure_response')
        .values({
          practice_id: practiceId,
          client_id: clientId,
          instrument: 'PHQ9',
          answers: [1, 1, 1, 1, 1, 1, 1, 1, 1],
          total: 9,
          has_safety_flag: true,
          administered_on: '2026-02-01',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      // Raised by the database's own trigger (migration 0005).
      const flag = await db
        .selectFrom('safety_flag')
        .select('id')
        .where('measure_response_id', '=', response.id)
        .executeTakeFirstOrThrow();
      return flag.id;
    },
    async versionOf(table, id) {
      const row = await db
        .selectFrom(table)
        .select('version')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return row.version;
    },
    async goalIdsInOrder() {
      const rows = await db
        .selectFrom('goal')
        .select('id')
        .where('client_id', '=', clientId)
        .orderBy('position')
        .orderBy('created_at')
        .execute();
      return rows.map((row) => row.id);
    },
    async milestoneIdsOfGoalOf(milestoneId) {
      const { goal_id: goalId } = await db
        .selectFrom('milestone')
        .select('goal_id')
        .where('id', '=', milestoneId)
        .executeTakeFirstOrThrow();
      const rows = await db
        .selectFrom('milestone')
        .select('id')
        .where('goal_id', '=', goalId)
        .orderBy(sql`position desc`)
        .execute();
      return { goalId, milestoneIds: rows.map((row) => row.id) };
    },
  };
}
