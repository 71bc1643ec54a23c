import type { AskedPrompt, TherapySession } from '@waypoint/shared';
import type { StartSessionInput } from '../__generated__/resolvers-types';
import { recordAuditEvent } from '../audit/audit-trail';
import { requireViewer } from '../auth/authorize';
import type { Viewer } from '../auth/viewer';
import { changeableClient, recordEvent } from '../clients/client-access';
import type { RequestContext } from '../graphql/context';
import { apiError } from '../graphql/errors';
import { runOnce } from '../graphql/idempotency';
import { optionalText, requiredText, unknownRecord } from '../graphql/input-checks';
import { promptOfLibrary } from '../prompts/prompts.service';
import { changeableSession, readableSession, sessionEnded } from './session-access';
import {
  findAskedPrompt,
  findSession,
  insertSession,
  lockOpenSession,
  saveSessionEnd,
  saveSessionNotes as saveNotes,
  upsertAskedPrompt,
} from './session.repository';

// Therapy sessions: started and ended by the client's own clinician, with what happens in
// them recorded as it happens. Every write here may carry an idempotency key (see
// graphql/idempotency.ts), because the session screen replays its offline queue.

// Clocks on a laptop and the server differ a little; a start or end this far ahead is fine.
const CLOCK_SKEW_MS = 5 * 60_000;

/** One session, read through its client's record: an audited read. */
export async function getSession(
  context: RequestContext,
  sessionId: string,
): Promise<TherapySession> {
  const viewer = requireViewer(context);
  const { session, client } = await readableSession(context, viewer, sessionId);
  await recordAuditEvent(
    context.db,
    recordEvent(context, viewer, 'CLIENT_VIEWED', 'SESSION', session.id, client.id),
  );
  return session;
}

export async function startSession(
  context: RequestContext,
  input: StartSessionInput,
  key: string | null | undefined,
): Promise<TherapySession> {
  const viewer = requireViewer(context);
  const client = await changeableClient(context, viewer, input.clientId);
  return runOnce(
    context,
    viewer,
    { key, operation: 'startSession', args: input },
    {
      act: async (transaction) => {
        if (client.status === 'DISCHARGED') {
          throw apiError(
            'BAD_USER_INPUT',
            'This client has been discharged: reopen their care to start a session',
            'clientId',
          );
        }
        const startedAt = notAhead(input.startedAt ?? new Date(), 'startedAt', 'The start');
        const session = await insertSession(transaction, {
          practiceId: client.practiceId,
          clientId: client.id,
          clinicianId: viewer.clinicianId,
          modality: input.modality,
          startedAt,
        });
        if (!session) {
          throw apiError(
            'BAD_USER_INPUT',
            'A session with this client is already open: end it before starting another',
            'clientId',
          );
        }
        await recordAuditEvent(transaction, sessionEvent(context, viewer, 'CREATED', session));
        return session;
      },
      resultId: (session) => session.id,
      replay: (id) => knownSession(context, id),
    },
  );
}

export async function endSession(
  context: RequestContext,
  sessionId: string,
  endedAt: Date | null | undefined,
  key: string | null | undefined,
): Promise<TherapySession> {
  const viewer = requireViewer(context);
  const { session: current } = await changeableSession(context, viewer, sessionId);
  return runOnce(
    context,
    viewer,
    { key, operation: 'endSession', args: { sessionId, endedAt } },
    {
      act: async (transaction) => {
        const end = notAhead(endedAt ?? new Date(), 'endedAt', 'The end');
        if (end.getTime() < Date.parse(current.startedAt)) {
          throw apiError('BAD_USER_INPUT', 'A session cannot end before it started', 'endedAt');
        }
        const session = await saveSessionEnd(transaction, current.id, end);
        if (!session) {
          throw apiError('BAD_USER_INPUT', 'This session has already ended', 'id');
        }
        await recordAuditEvent(transaction, sessionEvent(context, viewer, 'UPDATED', session));
        return session;
      },
      resultId: (session) => session.id,
      replay: (id) => knownSession(context, id),
    },
  );
}

export async function saveSessionNotes(
  context: RequestContext,
  sessionId: string,
  notes: string,
  key: string | null | undefined,
): Promise<TherapySession> {
  const viewer = requireViewer(context);
  const { session: current } = await changeableSession(context, viewer, sessionId);
  const text = optionalText(notes, 'notes', 'sessionNotes', 'Session notes') ?? '';
  return runOnce(
    context,
    viewer,
    { key, operation: 'saveSessionNotes', args: { sessionId, notes } },
    {
      act: async (transaction) => {
        const session = await saveNotes(transaction, current.id, text);
        if (!session) throw sessionEnded('id');
        await recordAuditEvent(transaction, sessionEvent(context, viewer, 'UPDATED', session));
        return session;
      },
      resultId: (session) => session.id,
      replay: (id) => knownSession(context, id),
    },
  );
}

/** What a prompt call brings: the prompt, why it was offered, and the answer if any. */
export interface PromptInSession {
  readonly sessionId: string;
  readonly promptId: string;
  readonly reason: string | null | undefined;
  readonly answer: string | null;
}

/** Marks a prompt asked in an open session, recording the client's answer when given. */
export async function askPrompt(
  context: RequestContext,
  call: PromptInSession,
  key: string | null | undefined,
): Promise<AskedPrompt> {
  const viewer = requireViewer(context);
  const { session, client } = await changeableSession(context, viewer, call.sessionId, 'sessionId');
  const prompt = await promptOfLibrary(context, viewer, call.promptId, 'promptId');
  const reason = optionalText(call.reason, 'reason', 'promptReason', 'The reason');
  const answer =
    call.answer === null ? null : requiredText(call.answer, 'answer', 'promptAnswer', 'The answer');
  const operation = answer === null ? 'markPromptAsked' : 'recordPromptAnswer';
  return runOnce(
    context,
    viewer,
    { key, operation, args: call },
    {
      act: async (transaction) => {
        if (!(await lockOpenSession(transaction, session.id))) throw sessionEnded('sessionId');
        const { asked, isChanged } = await upsertAskedPrompt(
          transaction,
          {
            practiceId: client.practiceId,
            sessionId: session.id,
            promptId: prompt.id,
            text: prompt.text,
            reason,
            askedAt: new Date(),
          },
          answer,
        );
        if (isChanged) {
          await recordAuditEvent(
            transaction,
            recordEvent(context, viewer, 'UPDATED', 'SESSION', session.id, client.id),
          );
        }
        return asked;
      },
      resultId: (asked) => asked.id,
      replay: async (id) => {
        const asked = await findAskedPrompt(context.db, id);
        if (!asked) throw unknownRecord('Asked prompt', 'promptId');
        return asked;
      },
    },
  );
}

async function knownSession(context: RequestContext, sessionId: string): Promise<TherapySession> {
  const session = await findSession(context.db, sessionId);
  if (!session) throw unknownRecord('Session', 'id');
  return session;
}

function notAhead(instant: Date, field: string, label: string): Date {
  if (instant.getTime() > Date.now() + CLOCK_SKEW_MS) {
    throw apiError('BAD_USER_INPUT', `${label} cannot be in the future`, field);
  }
  return instant;
}

function sessionEvent(
  context: RequestContext,
  viewer: Viewer,
  action: 'CREATED' | 'UPDATED',
  session: TherapySession,
) {
  return recordEvent(context, viewer, action, 'SESSION', session.id, session.clientId);
}
