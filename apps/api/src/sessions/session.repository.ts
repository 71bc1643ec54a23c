import type { Transaction } from 'kysely';
import type { AskedPrompt, SessionModality, TherapySession } from '@waypoint/shared';
import type { Database, Executor } from '../database/tables';
import { isRecordId } from '../graphql/ids';

const sessionColumns = [
  'id',
  'version',
  'client_id as clientId',
  'clinician_id as clinicianId',
  'modality',
  'started_at as startedAt',
  'ended_at as endedAt',
  'notes',
] as const;

interface SessionRow {
  readonly id: string;
  readonly version: number;
  readonly clientId: string;
  readonly clinicianId: string;
  readonly modality: SessionModality;
  readonly startedAt: Date;
  readonly endedAt: Date | null;
  readonly notes: string;
}

function toSession(row: SessionRow): TherapySession {
  return {
    ...row,
    startedAt: row.startedAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
  };
}

/** A session, or null; in any practice (the policy decides through its client). */
export async function findSession(db: Executor, sessionId: string): Promise<TherapySession | null> {
  if (!isRecordId(sessionId)) return null;
  const row = await db
    .selectFrom('therapy_session')
    .select(sessionColumns)
    .where('id', '=', sessionId)
    .executeTakeFirst();
  return row ? toSession(row) : null;
}

/** The session open with a client, if any. */
export async function findOpenSession(
  db: Executor,
  clientId: string,
): Promise<TherapySession | null> {
  const row = await db
    .selectFrom('therapy_session')
    .select(sessionColumns)
    .where('client_id', '=', clientId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return row ? toSession(row) : null;
}

/** The sessions of many clients, latest first, in one statement. */
export async function listSessionsOfClients(
  db: Executor,
  clientIds: readonly string[],
): Promise<TherapySession[]> {
  const rows = await db
    .selectFrom('therapy_session')
    .select(sessionColumns)
    .where('client_id', 'in', clientIds)
    .orderBy('started_at', 'desc')
    .execute();
  return rows.map(toSession);
}

/** Whether a session is its client's first: none started before it. */
export async function listFirstSessionIds(
  db: Executor,
  sessionIds: readonly string[],
): Promise<string[]> {
  const rows = await db
    .selectFrom('therapy_session as session')
    .select('session.id')
    .where('session.id', 'in', sessionIds)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('therapy_session as earlier')
            .select('earlier.id')
            .whereRef('earlier.client_id', '=', 'session.client_id')
            .whereRef('earlier.started_at', '<', 'session.started_at'),
        ),
      ),
    )
    .execute();
  return rows.map((row) => row.id);
}

export interface NewSession {
  readonly practiceId: string;
  readonly clientId: string;
  readonly clinicianId: string;
  readonly modality: SessionModality;
  readonly startedAt: Date;
}

/** Opens a session; null when the client already has one open (the unique index says so). */
export async function insertSession(
  transaction: Transaction<Database>,
  session: NewSession,
): Promise<TherapySession | null> {
  const row = await transaction
    .insertInto('therapy_session')
    .values({
      practice_id: session.practiceId,
      client_id: session.clientId,
      clinician_id: session.clinicianId,
      modality: session.modality,
      started_at: session.startedAt,
    })
    .onConflict((conflict) =>
      conflict.column('client_id').where('ended_at', 'is', null).doNothing(),
    )
    .returning(sessionColumns)
    .executeTakeFirst();
  return row ? toSession(row) : null;
}

/** Ends an open session; null when it had already ended. */
export async function saveSessionEnd(
  transaction: Transaction<Database>,
  sessionId: string,
  endedAt: Date,
): Promise<TherapySession | null> {
  const row = await transaction
    .updateTable('therapy_session')
    .set((eb) => ({ ended_at: endedAt, version: eb('version', '+', 1) }))
    .where('id', '=', sessionId)
    .where('ended_at', 'is', null)
    .returning(sessionColumns)
    .executeTakeFirst();
  return row ? toSession(row) : null;
}

/** Saves an open session's notes; null when it has ended. */
export async function saveSessionNotes(
  transaction: Transaction<Database>,
  sessionId: string,
  notes: string,
): Promise<TherapySession | null> {
  const row = await transaction
    .updateTable('therapy_session')
    .set((eb) => ({ notes, version: eb('version', '+', 1) }))
    .where('id', '=', sessionId)
    .where('ended_at', 'is', null)
    .returning(sessionColumns)
    .executeTakeFirst();
  return row ? toSession(row) : null;
}

/**
 * Locks an open session's row for the rest of the transaction, so it cannot end while a tick
 * or an entry is being recorded in it; null when it has ended.
 */
export async function lockOpenSession(
  transaction: Transaction<Database>,
  sessionId: string,
): Promise<TherapySession | null> {
  const row = await transaction
    .selectFrom('therapy_session')
    .select(sessionColumns)
    .where('id', '=', sessionId)
    .where('ended_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
  return row ? toSession(row) : null;
}

const askedColumns = [
  'id',
  'session_id as sessionId',
  'prompt_id as promptId',
  'text',
  'reason',
  'asked_at as askedAt',
  'answer',
] as const;

interface AskedRow extends Omit<AskedPrompt, 'askedAt'> {
  readonly askedAt: Date;
}

function toAsked(row: AskedRow): AskedPrompt {
  return { ...row, askedAt: row.askedAt.toISOString() };
}

export async function findAskedPrompt(db: Executor, id: string): Promise<AskedPrompt | null> {
  if (!isRecordId(id)) return null;
  const row = await db
    .selectFrom('session_prompt')
    .select(askedColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toAsked(row) : null;
}

/** The prompts asked in many sessions, in the order asked, in one statement. */
export async function listAskedPrompts(
  db: Executor,
  sessionIds: readonly string[],
): Promise<AskedPrompt[]> {
  const rows = await db
    .selectFrom('session_prompt')
    .select(askedColumns)
    .where('session_id', 'in', sessionIds)
    .orderBy('asked_at')
    .orderBy('id')
    .execute();
  return rows.map(toAsked);
}

export interface AskedPromptFields {
  readonly practiceId: string;
  readonly sessionId: string;
  readonly promptId: string;
  readonly text: string;
  readonly reason: string | null;
  readonly askedAt: Date;
}

/**
 * Records a prompt as asked in a session, once: asking it again keeps the first time, and an
 * answer, when given, replaces the one before.
 */
export async function upsertAskedPrompt(
  transaction: Transaction<Database>,
  fields: AskedPromptFields,
  answer: string | null,
): Promise<{ asked: AskedPrompt; isChanged: boolean }> {
  const inserted = await transaction
    .insertInto('session_prompt')
    .values({
      practice_id: fields.practiceId,
      session_id: fields.sessionId,
      prompt_id: fields.promptId,
      text: fields.text,
      reason: fields.reason,
      asked_at: fields.askedAt,
      answer,
    })
    .onConflict((conflict) => conflict.columns(['session_id', 'prompt_id']).doNothing())
    .returning(askedColumns)
    .executeTakeFirst();
  if (inserted) return { asked: toAsked(inserted), isChanged: true };
  const existing = transaction
    .selectFrom('session_prompt')
    .select(askedColumns)
    .where('session_id', '=', fields.sessionId)
    .where('prompt_id', '=', fields.promptId);
  if (answer === null)
    return { asked: toAsked(await existing.executeTakeFirstOrThrow()), isChanged: false };
  const updated = await transaction
    .updateTable('session_prompt')
    .set((eb) => ({ answer, version: eb('version', '+', 1) }))
    .where('session_id', '=', fields.sessionId)
    .where('prompt_id', '=', fields.promptId)
    .returning(askedColumns)
    .executeTakeFirstOrThrow();
  return { asked: toAsked(updated), isChanged: true };
}
