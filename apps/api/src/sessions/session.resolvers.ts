import { suggestPrompts } from '@waypoint/shared';
import type {
  ClientResolvers,
  MutationResolvers,
  QueryResolvers,
  TherapySessionResolvers,
} from '../__generated__/resolvers-types';
import { requireViewer } from '../auth/authorize';
import { openedRecord } from '../clients/client-access';
import { promptLibraryOf } from '../prompts/prompt-library';
import {
  askPrompt,
  endSession,
  getSession,
  saveSessionNotes,
  startSession,
} from './sessions.service';
import { sinceLastSession } from './since-last-session';

export const therapySessionResolvers: TherapySessionResolvers = {
  startedAt: (session) => new Date(session.startedAt),
  endedAt: (session) => (session.endedAt === null ? null : new Date(session.endedAt)),
  durationMinutes: (session) =>
    session.endedAt === null
      ? null
      : Math.round((Date.parse(session.endedAt) - Date.parse(session.startedAt)) / 60_000),
  isFirst: (session, _arguments, context) => context.sessions.isFirst(session.id),
  promptsAsked: (session, _arguments, context) => context.sessions.promptsAsked(session.id),
  milestonesTicked: (session, _arguments, context) => context.sessions.milestonesTicked(session.id),
  progressEntries: (session, _arguments, context) => context.sessions.progressEntries(session.id),
  measures: (session, _arguments, context) => context.sessions.measures(session.id),
  promptSuggestions: async (session, _arguments, context) => {
    const viewer = requireViewer(context);
    const [library, facts, asked] = await Promise.all([
      promptLibraryOf(context.db, viewer.clinicianId),
      sinceLastSession(context, session),
      context.sessions.promptsAsked(session.id),
    ]);
    const byId = new Map(library.map((prompt) => [prompt.id, prompt]));
    const excluded = new Set([
      ...library.filter((prompt) => prompt.isHidden).map((prompt) => prompt.id),
      ...asked.map((prompt) => prompt.promptId),
    ]);
    return suggestPrompts(library, facts, { excludedPromptIds: excluded }).map((suggestion) => ({
      ...suggestion,
      prompt: byId.get(suggestion.prompt.id)!,
    }));
  },
};

export const clientSessionResolvers: Pick<ClientResolvers, 'openSession' | 'sessions'> = {
  openSession: async (client, _arguments, context) => {
    const sessions = await context.sessions.sessionsOf((await openedRecord(context, client)).id);
    return sessions.find((session) => session.endedAt === null) ?? null;
  },
  sessions: async (client, _arguments, context) =>
    context.sessions.sessionsOf((await openedRecord(context, client)).id),
};

export const sessionQueryResolvers: Pick<QueryResolvers, 'therapySession'> = {
  therapySession: (_parent, { id }, context) => getSession(context, id),
};

export const sessionMutationResolvers: Pick<
  MutationResolvers,
  'startSession' | 'endSession' | 'saveSessionNotes' | 'markPromptAsked' | 'recordPromptAnswer'
> = {
  startSession: (_parent, { input, idempotencyKey }, context) =>
    startSession(context, input, idempotencyKey),
  endSession: (_parent, { id, endedAt, idempotencyKey }, context) =>
    endSession(context, id, endedAt, idempotencyKey),
  saveSessionNotes: (_parent, { id, notes, idempotencyKey }, context) =>
    saveSessionNotes(context, id, notes, idempotencyKey),
  markPromptAsked: (_parent, { sessionId, promptId, reason, idempotencyKey }, context) =>
    askPrompt(context, { sessionId, promptId, reason, answer: null }, idempotencyKey),
  recordPromptAnswer: (_parent, { sessionId, promptId, answer, reason, idempotencyKey }, context) =>
    askPrompt(context, { sessionId, promptId, reason, answer }, idempotencyKey),
};
