import type { Insertable, Kysely } from 'kysely';
import { hashPassword } from '../auth/passwords';
import type { Database, MilestoneTable, ProgressEntryTable } from '../database/tables';
import { demoPasswords, type DemoAccount } from './demo-accounts';
import { buildDemoPractice, type DemoClient } from './demo-practice';

/** What the seed created, for the caller to log or sign in with. */
export interface SeededDemoPractice {
  readonly practiceId: string;
  readonly clinicianId: string;
  readonly clientCount: number;
  /** The clinician, the supervisor and the admin, with their passwords. */
  readonly accounts: readonly DemoAccount[];
}

function goalKey(clientId: string, position: number): string {
  return `${clientId}:${position}`;
}

function sessionKey(clientId: string, startedAt: Date): string {
  return `${clientId}|${startedAt.toISOString()}`;
}

/**
 * Writes the fictional demo practice in one transaction, with dates relative to `today`, and
 * its three accounts with `knownPassword` (tests) or a new random password each.
 */
export async function seedDemoPractice(
  db: Kysely<Database>,
  today: string,
  knownPassword: string | null = null,
): Promise<SeededDemoPractice> {
  const demo = buildDemoPractice(today);
  const people = [demo.clinician, demo.supervisor, demo.admin];
  const accounts = demoPasswords(people, knownPassword);
  const passwordHashes = await Promise.all(
    accounts.map((account) => hashPassword(account.password)),
  );

  return db.transaction().execute(async (transaction) => {
    const practice = await transaction
      .insertInto('practice')
      .values({ name: demo.practiceName })
      .returning('id')
      .executeTakeFirstOrThrow();
    const practiceId = practice.id;

    const clinicianRows = await transaction
      .insertInto('clinician')
      .values(
        people.map((person, index) => ({
          practice_id: practiceId,
          email: person.email,
          display_name: person.displayName,
          role: person.role,
          password_hash: passwordHashes[index],
        })),
      )
      .returning(['id', 'email'])
      .execute();
    const idOf = (email: string) => {
      const row = clinicianRows.find((candidate) => candidate.email === email);
      if (!row) throw new Error('No id returned for a demo account');
      return row.id;
    };
    const clinicianId = idOf(demo.clinician.email);
    await transaction
      .insertInto('supervision')
      .values({
        practice_id: practiceId,
        supervisor_id: idOf(demo.supervisor.email),
        supervisee_id: clinicianId,
      })
      .execute();

    // One statement per table. Generated ids come back matched on a natural key (preferred
    // name; client and position) rather than on row order, which RETURNING does not promise.
    const clientRows = await transaction
      .insertInto('client')
      .values(
        demo.clients.map((client) => ({
          practice_id: practiceId,
          primary_clinician_id: clinicianId,
          preferred_name: client.preferredName,
          pronouns: client.pronouns,
          status: client.status,
          started_on: client.startedOn,
          baseline: client.baseline,
          baseline_recorded_on: client.baselineRecordedOn,
        })),
      )
      .returning(['id', 'preferred_name'])
      .execute();
    const clientIdByName = new Map(clientRows.map((row) => [row.preferred_name, row.id]));
    const clients = demo.clients.map((client) => {
      const clientId = clientIdByName.get(client.preferredName);
      if (clientId === undefined) throw new Error(`No id returned for ${client.preferredName}`);
      return { clientId, client };
    });

    // Sessions go in before what was recorded in them, so each tick, entry and measure is
    // inserted with its session id and nothing is updated afterwards. buildDemoPractice has
    // already matched each to its client's session on the same UTC day (SQL's date() would
    // follow the connection's time zone instead).
    const sessions = clients.flatMap(({ clientId, client }) =>
      client.sessions.map((session) => ({ clientId, session })),
    );
    const sessionIdByKey = new Map<string, string>();
    if (sessions.length > 0) {
      const sessionRows = await transaction
        .insertInto('therapy_session')
        .values(
          sessions.map(({ clientId, session }) => ({
            practice_id: practiceId,
            client_id: clientId,
            clinician_id: clinicianId,
            modality: session.modality,
            started_at: new Date(session.startedAt),
            ended_at: new Date(session.endedAt),
            notes: session.notes,
          })),
        )
        .returning(['id', 'client_id', 'started_at'])
        .execute();
      for (const row of sessionRows) {
        sessionIdByKey.set(sessionKey(row.client_id, row.started_at), row.id);
      }
    }
    const sessionIdAt = (clientId: string, client: DemoClient, index: number): string => {
      const startedAt = new Date(client.sessions[index].startedAt);
      const sessionId = sessionIdByKey.get(sessionKey(clientId, startedAt));
      if (sessionId === undefined) throw new Error(`No session id for ${client.preferredName}`);
      return sessionId;
    };
    const sessionIdFor = (clientId: string, client: DemoClient, index: number | null) =>
      index === null ? null : sessionIdAt(clientId, client, index);
    const askedPrompts = clients.flatMap(({ clientId, client }) =>
      client.sessions.flatMap((session, index) =>
        session.prompts.map((asked) => ({
          practice_id: practiceId,
          session_id: sessionIdAt(clientId, client, index),
          prompt_id: asked.promptId,
          text: asked.text,
          reason: asked.reason,
          asked_at: new Date(asked.askedAt),
          answer: asked.answer,
        })),
      ),
    );
    if (askedPrompts.length > 0) {
      await transaction.insertInto('session_prompt').values(askedPrompts).execute();
    }

    const goalRows = await transaction
      .insertInto('goal')
      .values(
        clients.flatMap(({ clientId, client }) =>
          client.goals.map((goal) => ({
            practice_id: practiceId,
            client_id: clientId,
            client_words: goal.clientWords,
            clinician_wording: goal.clinicianWording,
            domain: goal.domain,
            specific: goal.specific,
            measure_of_success: goal.measureOfSuccess,
            target_date: goal.targetDate,
            gas_levels: JSON.stringify(goal.gasLevels),
            weight: goal.weight,
            status: goal.status,
            position: goal.position,
          })),
        ),
      )
      .returning(['id', 'client_id', 'position'])
      .execute();
    const goalIdByKey = new Map(
      goalRows.map((row) => [goalKey(row.client_id, row.position), row.id]),
    );
    const goalIdFor = (clientId: string, position: number): string => {
      const goalId = goalIdByKey.get(goalKey(clientId, position));
      if (goalId === undefined) throw new Error(`No goal at position ${position}`);
      return goalId;
    };

    const milestones: Insertable<MilestoneTable>[] = clients.flatMap(({ clientId, client }) =>
      client.goals.flatMap((goal) =>
        goal.milestones.map((milestone) => ({
          practice_id: practiceId,
          goal_id: goalIdFor(clientId, goal.position),
          title: milestone.title,
          due_on: milestone.dueOn,
          position: milestone.position,
          done_at: milestone.doneAt === null ? null : new Date(milestone.doneAt),
          done_in_session_id: sessionIdFor(clientId, client, milestone.doneInSession),
        })),
      ),
    );
    if (milestones.length > 0) {
      await transaction.insertInto('milestone').values(milestones).execute();
    }

    const progressEntries: Insertable<ProgressEntryTable>[] = clients.flatMap(
      ({ clientId, client }) =>
        client.progressEntries.map((entry) => ({
          practice_id: practiceId,
          client_id: clientId,
          goal_id: entry.goalPosition === null ? null : goalIdFor(clientId, entry.goalPosition),
          kind: entry.kind,
          category: entry.category,
          client_words: entry.clientWords,
          is_effort: entry.isEffort,
          occurred_on: entry.occurredOn,
          session_id: sessionIdFor(clientId, client, entry.session),
        })),
    );
    if (progressEntries.length > 0) {
      await transaction.insertInto('progress_entry').values(progressEntries).execute();
    }

    await transaction
      .insertInto('client_status_change')
      .values(
        clients.flatMap(({ clientId, client }) =>
          client.statusHistory.map((change) => ({
            practice_id: practiceId,
            client_id: clientId,
            status: change.status,
            changed_on: change.changedOn,
            reason: change.reason,
            changed_by_id: clinicianId,
          })),
        ),
      )
      .execute();
    const goalChanges = clients.flatMap(({ clientId, client }) =>
      client.goals.map((goal) => ({
        practice_id: practiceId,
        goal_id: goalIdFor(clientId, goal.position),
        status: goal.status,
        changed_at: new Date(`${goal.setOn}T10:00:00.000Z`),
        changed_by_id: clinicianId,
      })),
    );
    if (goalChanges.length > 0) {
      await transaction.insertInto('goal_status_change').values(goalChanges).execute();
    }
    const reviews = clients.flatMap(({ clientId, client }) =>
      client.gasReviews.map((review) => ({ clientId, client, review })),
    );
    if (reviews.length > 0) {
      const reviewRows = await transaction
        .insertInto('gas_review')
        .values(
          reviews.map(({ clientId, review }) => ({
            practice_id: practiceId,
            client_id: clientId,
            reviewed_on: review.reviewedOn,
            reviewed_by_id: clinicianId,
          })),
        )
        .returning(['id', 'client_id', 'reviewed_on'])
        .execute();
      const reviewIdByKey = new Map(
        reviewRows.map((row) => [`${row.client_id}|${row.reviewed_on}`, row.id]),
      );
      await transaction
        .insertInto('gas_rating')
        .values(
          reviews.flatMap(({ clientId, client, review }) =>
            review.ratings.map((rating) => ({
              practice_id: practiceId,
              client_id: clientId,
              review_id: reviewIdByKey.get(`${clientId}|${review.reviewedOn}`) ?? '',
              goal_id: goalIdFor(clientId, rating.goalPosition),
              level: rating.level,
              weight: client.goals[rating.goalPosition].weight,
            })),
          ),
        )
        .execute();
    }

    const measures = clients.flatMap(({ clientId, client }) =>
      client.measures.map((measure) => ({
        practice_id: practiceId,
        client_id: clientId,
        instrument: measure.instrument,
        answers: [...measure.answers],
        total: measure.total,
        administered_on: measure.administeredOn,
        has_safety_flag: measure.hasSafetyFlag,
        session_id: sessionIdFor(clientId, client, measure.session),
      })),
    );
    if (measures.length > 0) {
      await transaction.insertInto('measure_response').values(measures).execute();
    }

    // Active clients are asked for a PHQ-9 and a GAD-7 every four weeks (NHS Talking Therapies
    // collects them every session; monthly is common in private practice).
    const schedules = clients
      .filter(({ client }) => client.status === 'ACTIVE')
      .flatMap(({ clientId }) =>
        (['PHQ9', 'GAD7'] as const).map((instrument) => ({
          practice_id: practiceId,
          client_id: clientId,
          instrument,
          every_weeks: 4,
        })),
      );
    if (schedules.length > 0) {
      await transaction.insertInto('measure_schedule').values(schedules).execute();
    }

    return { practiceId, clinicianId, clientCount: clients.length, accounts };
  });
}
