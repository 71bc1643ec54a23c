import type { Transaction } from 'kysely';
import type { Instrument, MeasureResponse, SafetyFlag } from '@waypoint/shared';
import type { Database, Executor } from '../database/tables';
import { isRecordId } from '../graphql/ids';

const responseColumns = [
  'id',
  'client_id as clientId',
  'version',
  'instrument',
  'answers',
  'is_draft as isDraft',
  'total',
  'administered_on as administeredOn',
  'difficulty',
  'mood_word as moodWord',
  'has_safety_flag as hasSafetyFlag',
  'session_id as sessionId',
] as const;

function toResponse({
  isDraft,
  ...row
}: Omit<MeasureResponse, 'isComplete'> & { isDraft: boolean }): MeasureResponse {
  return { ...row, isComplete: !isDraft };
}

/** One administration, or null; in any practice (the policy decides through its client). */
export async function findMeasureResponse(
  db: Executor,
  id: string,
): Promise<MeasureResponse | null> {
  if (!isRecordId(id)) return null;
  const row = await db
    .selectFrom('measure_response')
    .select(responseColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toResponse(row) : null;
}

/** What an administration holds once checked and scored. */
export interface MeasureFields {
  readonly instrument: Instrument;
  readonly administeredOn: string;
  readonly answers: readonly (number | null)[];
  readonly total: number | null;
  readonly difficulty: number | null;
  readonly moodWord: string | null;
  readonly hasSafetyFlag: boolean;
}

function columnsOf(fields: MeasureFields) {
  return {
    administered_on: fields.administeredOn,
    answers: [...fields.answers],
    total: fields.total,
    is_draft: fields.total === null,
    difficulty: fields.difficulty,
    mood_word: fields.moodWord,
    has_safety_flag: fields.hasSafetyFlag,
  };
}

/** Adds an administration; the database raises its safety flag when item 9 is above 0. */
export async function insertMeasureResponse(
  transaction: Transaction<Database>,
  client: { readonly id: string; readonly practiceId: string },
  fields: MeasureFields,
  administeredById: string,
  sessionId: string | null = null,
): Promise<MeasureResponse> {
  const row = await transaction
    .insertInto('measure_response')
    .values({
      practice_id: client.practiceId,
      client_id: client.id,
      instrument: fields.instrument,
      administered_by_id: administeredById,
      session_id: sessionId,
      ...columnsOf(fields),
    })
    .returning(responseColumns)
    .executeTakeFirstOrThrow();
  return toResponse(row);
}

/** Saves a draft over `version`; null when it is stale or no longer a draft. */
export async function saveMeasureDraft(
  transaction: Transaction<Database>,
  id: string,
  version: number,
  fields: MeasureFields,
): Promise<MeasureResponse | null> {
  const row = await transaction
    .updateTable('measure_response')
    .set((eb) => ({ ...columnsOf(fields), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where('is_draft', '=', true)
    .returning(responseColumns)
    .executeTakeFirst();
  return row ? toResponse(row) : null;
}

/** The administrations of many clients, newest first, in one statement. */
export async function listMeasureResponsesOfClients(
  db: Executor,
  clientIds: readonly string[],
): Promise<MeasureResponse[]> {
  const rows = await db
    .selectFrom('measure_response')
    .select(responseColumns)
    .where('client_id', 'in', clientIds)
    .orderBy('administered_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toResponse);
}

/** The administrations given in many sessions, in the order given, in one statement. */
export async function listMeasureResponsesOfSessions(
  db: Executor,
  sessionIds: readonly string[],
): Promise<MeasureResponse[]> {
  const rows = await db
    .selectFrom('measure_response')
    .select(responseColumns)
    .where('session_id', 'in', sessionIds)
    .orderBy('created_at')
    .execute();
  return rows.map(toResponse);
}

const flagColumns = [
  'id',
  'client_id as clientId',
  'measure_response_id as measureResponseId',
  'raised_at as raisedAt',
  'reviewed_at as reviewedAt',
  'reviewed_by_id as reviewedById',
  'review_note as reviewNote',
] as const;

type FlagRow = Omit<SafetyFlag, 'raisedAt' | 'reviewedAt'> & {
  raisedAt: Date;
  reviewedAt: Date | null;
};

function toFlag(row: FlagRow): SafetyFlag {
  return {
    ...row,
    raisedAt: row.raisedAt.toISOString(),
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
  };
}

/** A safety flag, or null. */
export async function findSafetyFlag(db: Executor, id: string): Promise<SafetyFlag | null> {
  if (!isRecordId(id)) return null;
  const row = await db
    .selectFrom('safety_flag')
    .select(flagColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toFlag(row) : null;
}

/** The safety flags of many clients: unreviewed first, then newest first. */
export async function listSafetyFlagsOfClients(
  db: Executor,
  clientIds: readonly string[],
): Promise<SafetyFlag[]> {
  const rows = await db
    .selectFrom('safety_flag')
    .select(flagColumns)
    .where('client_id', 'in', clientIds)
    .orderBy((eb) => eb('reviewed_at', 'is', null), 'desc')
    .orderBy('raised_at', 'desc')
    .execute();
  return rows.map(toFlag);
}

/** Records the review of a flag not yet reviewed; null when someone reviewed it first. */
export async function saveSafetyFlagReview(
  transaction: Transaction<Database>,
  id: string,
  review: { readonly reviewedById: string; readonly note: string },
): Promise<SafetyFlag | null> {
  const row = await transaction
    .updateTable('safety_flag')
    .set({ reviewed_at: new Date(), reviewed_by_id: review.reviewedById, review_note: review.note })
    .where('id', '=', id)
    .where('reviewed_at', 'is', null)
    .returning(flagColumns)
    .executeTakeFirst();
  return row ? toFlag(row) : null;
}

/** How many flags wait for review, for many clients in one statement. */
export async function countUnreviewedSafetyFlags(
  db: Executor,
  clientIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('safety_flag')
    .select(['client_id as clientId', (eb) => eb.fn.countAll<string>().as('count')])
    .where('client_id', 'in', clientIds)
    .where('reviewed_at', 'is', null)
    .groupBy('client_id')
    .execute();
  return new Map(rows.map((row) => [row.clientId, Number(row.count)]));
}

/** The measure schedules of many clients. */
export async function listMeasureSchedulesOfClients(
  db: Executor,
  clientIds: readonly string[],
): Promise<{ clientId: string; instrument: Instrument; everyWeeks: number }[]> {
  return db
    .selectFrom('measure_schedule')
    .select(['client_id as clientId', 'instrument', 'every_weeks as everyWeeks'])
    .where('client_id', 'in', clientIds)
    .orderBy('instrument')
    .execute();
}

/** Sets (or, with null, removes) how often a measure is given to a client. */
export async function saveMeasureSchedule(
  transaction: Transaction<Database>,
  client: { readonly id: string; readonly practiceId: string },
  instrument: Instrument,
  everyWeeks: number | null,
): Promise<void> {
  if (everyWeeks === null) {
    await transaction
      .deleteFrom('measure_schedule')
      .where('client_id', '=', client.id)
      .where('instrument', '=', instrument)
      .execute();
    return;
  }
  await transaction
    .insertInto('measure_schedule')
    .values({
      practice_id: client.practiceId,
      client_id: client.id,
      instrument,
      every_weeks: everyWeeks,
    })
    .onConflict((conflict) =>
      conflict.columns(['client_id', 'instrument']).doUpdateSet({ every_weeks: everyWeeks }),
    )
    .execute();
}

/** Complete PHQ-9 and GAD-7 totals of many clients, oldest first: for summaries. */
export async function listCompleteScoresOfClients(
  db: Executor,
  clientIds: readonly string[],
): Promise<{ clientId: string; instrument: Instrument; administeredOn: string; total: number }[]> {
  const rows = await db
    .selectFrom('measure_response')
    .select(['client_id as clientId', 'instrument', 'administered_on as administeredOn', 'total'])
    .where('client_id', 'in', clientIds)
    .where('is_draft', '=', false)
    .orderBy('administered_on')
    .orderBy('created_at')
    .execute();
  return rows.map((row) => ({ ...row, total: row.total ?? 0 }));
}
