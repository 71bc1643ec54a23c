import type { Client, Instrument, MeasureResponse, SafetyFlag } from '@waypoint/shared';
import type { RecordMeasureInput, UpdateMeasureDraftInput } from '../__generated__/resolvers-types';
import { recordAuditEvent } from '../audit/audit-trail';
import { requireViewer } from '../auth/authorize';
import { changeableClient, recordEvent } from '../clients/client-access';
import type { RequestContext } from '../graphql/context';
import { runOnce } from '../graphql/idempotency';
import { openSessionOfClient } from '../sessions/session-access';
import { apiError } from '../graphql/errors';
import {
  integerBetween,
  requiredText,
  staleVersion,
  unknownRecord,
  utcToday,
} from '../graphql/input-checks';
import { validateMeasure } from './measure-input';
import {
  findMeasureResponse,
  findSafetyFlag,
  insertMeasureResponse,
  saveMeasureDraft,
  saveMeasureSchedule,
  saveSafetyFlagReview,
} from './measure.repository';

// Measures given in session by the client's own clinician. A complete response is a record
// of what the client answered that day and never changes; a draft can be continued.

/** Records a measure: scored when complete, kept as a draft otherwise. */
export async function recordMeasure(
  context: RequestContext,
  input: RecordMeasureInput,
  idempotencyKey?: string | null,
): Promise<MeasureResponse> {
  const viewer = requireViewer(context);
  const client = await changeableClient(context, viewer, input.clientId);
  const sessionId = input.sessionId ?? null;
  const recorded = await runOnce(
    context,
    viewer,
    { key: idempotencyKey, operation: 'recordMeasure', args: input },
    {
      act: async (transaction) => {
        const fields = validateMeasure(input.instrument, input, utcToday());
        const session =
          sessionId === null ? null : await openSessionOfClient(transaction, sessionId, client.id);
        const response = await insertMeasureResponse(
          transaction,
          client,
          fields,
          viewer.clinicianId,
          session?.id,
        );
        await recordAuditEvent(
          transaction,
          recordEvent(context, viewer, 'CREATED', 'MEASURE_RESPONSE', response.id, client.id),
        );
        return response;
      },
      resultId: (response) => response.id,
      replay: async (id) => {
        const response = await findMeasureResponse(context.db, id);
        if (!response) throw unknownRecord('Measure', 'id');
        return response;
      },
    },
  );
  context.measures.forget(client.id);
  return recorded;
}

/** Continues a draft over the version it was read at; a complete response cannot change. */
export async function updateMeasureDraft(
  context: RequestContext,
  input: UpdateMeasureDraftInput,
): Promise<MeasureResponse> {
  const viewer = requireViewer(context);
  const current = await findMeasureResponse(context.db, input.id);
  if (!current) throw unknownRecord('Measure', 'id');
  const client = await changeableClient(context, viewer, current.clientId, 'id', 'Measure');
  if (current.isComplete) {
    throw apiError('BAD_USER_INPUT', 'A completed measure is a record and cannot change', 'id');
  }
  // A draft keeps the day it was started unless the form names another.
  const fields = validateMeasure(
    current.instrument,
    { ...input, administeredOn: input.administeredOn ?? current.administeredOn },
    utcToday(),
  );
  const saved = await context.db.transaction().execute(async (transaction) => {
    const response = await saveMeasureDraft(transaction, current.id, input.version, fields);
    if (!response) throw staleVersion('measure');
    await recordAuditEvent(
      transaction,
      recordEvent(context, viewer, 'UPDATED', 'MEASURE_RESPONSE', response.id, client.id),
    );
    return response;
  });
  context.measures.forget(client.id);
  return saved;
}

/** Records that a clinician reviewed a safety flag: who, when and their note. */
export async function reviewSafetyFlag(
  context: RequestContext,
  flagId: string,
  note: string,
): Promise<SafetyFlag> {
  const viewer = requireViewer(context);
  const flag = await findSafetyFlag(context.db, flagId);
  if (!flag) throw unknownRecord('Safety flag', 'id');
  const client = await changeableClient(context, viewer, flag.clientId, 'id', 'Safety flag');
  if (flag.reviewedAt !== null) {
    throw apiError('BAD_USER_INPUT', 'This safety flag has already been reviewed', 'id');
  }
  const reviewNote = requiredText(note, 'note', 'safetyReviewNote', 'The review note');
  const reviewedFlag = await context.db.transaction().execute(async (transaction) => {
    const reviewed = await saveSafetyFlagReview(transaction, flag.id, {
      reviewedById: viewer.clinicianId,
      note: reviewNote,
    });
    if (!reviewed) throw apiError('CONFLICT', 'Someone reviewed this flag a moment ago', 'id');
    await recordAuditEvent(
      transaction,
      recordEvent(context, viewer, 'UPDATED', 'SAFETY_FLAG', reviewed.id, client.id),
    );
    return reviewed;
  });
  context.measures.forget(client.id);
  return reviewedFlag;
}

/** Gives a measure every `everyWeeks` weeks (1 to 52), or stops scheduling it with null. */
export async function setMeasureSchedule(
  context: RequestContext,
  clientId: string,
  instrument: Instrument,
  everyWeeks: number | null,
): Promise<Client> {
  const viewer = requireViewer(context);
  const client = await changeableClient(context, viewer, clientId);
  const weeks =
    everyWeeks === null
      ? null
      : integerBetween(everyWeeks, 1, 52, 'everyWeeks', 'Every how many weeks');
  await context.db.transaction().execute(async (transaction) => {
    await saveMeasureSchedule(transaction, client, instrument, weeks);
    await recordAuditEvent(
      transaction,
      recordEvent(context, viewer, 'UPDATED', 'MEASURE_SCHEDULE', client.id, client.id),
    );
  });
  context.measures.forget(client.id);
  return client;
}
