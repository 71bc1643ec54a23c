import type { Resolvers } from '../__generated__/resolvers-types';
import {
  accountMutationResolvers,
  accountQueryResolvers,
  accountTypeResolvers,
} from '../auth/account.resolvers';
import { auditQueryResolvers, auditTypeResolvers } from '../audit/audit.resolvers';
import { caseloadQueryResolvers, clientCaseloadResolvers } from '../caseload/caseload.resolvers';
import {
  clientMutationResolvers,
  clientQueryResolvers,
  clientResolvers,
  clientStatusChangeResolvers,
} from '../clients/client.resolvers';
import {
  gasReviewResolvers,
  goalMutationResolvers,
  goalResolvers,
  goalStatusChangeResolvers,
} from '../goals/goal.resolvers';
import {
  clientMeasureResolvers,
  measureMutationResolvers,
  measureQueryResolvers,
  measureResponseResolvers,
  safetyFlagResolvers,
} from '../measures/measure.resolvers';
import {
  clientNoteResolvers,
  clinicianNoteResolvers,
  noteAddendumResolvers,
  noteMutationResolvers,
  noteQueryResolvers,
  privateNoteResolvers,
  sessionNoteResolvers,
  therapySessionNoteResolvers,
} from '../notes/note.resolvers';
import { progressMutationResolvers } from '../progress/progress.resolvers';
import { promptMutationResolvers, promptQueryResolvers } from '../prompts/prompt.resolvers';
import {
  clientSessionResolvers,
  sessionMutationResolvers,
  sessionQueryResolvers,
  therapySessionResolvers,
} from '../sessions/session.resolvers';
import { DateScalar, DateTimeScalar } from './scalars';

/** Every resolver, one entry per GraphQL type. */
export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    ...caseloadQueryResolvers,
    ...accountQueryResolvers,
    ...auditQueryResolvers,
    ...clientQueryResolvers,
    ...measureQueryResolvers,
    ...sessionQueryResolvers,
    ...promptQueryResolvers,
    ...noteQueryResolvers,
  },
  Mutation: {
    ...accountMutationResolvers,
    ...clientMutationResolvers,
    ...goalMutationResolvers,
    ...progressMutationResolvers,
    ...measureMutationResolvers,
    ...sessionMutationResolvers,
    ...promptMutationResolvers,
    ...noteMutationResolvers,
  },
  Client: {
    ...clientResolvers,
    ...clientMeasureResolvers,
    ...clientSessionResolvers,
    ...clientNoteResolvers,
    ...clientCaseloadResolvers,
  },
  ClientStatusChange: clientStatusChangeResolvers,
  Goal: goalResolvers,
  GoalStatusChange: goalStatusChangeResolvers,
  GasReview: gasReviewResolvers,
  MeasureResponse: measureResponseResolvers,
  SafetyFlag: safetyFlagResolvers,
  TherapySession: { ...therapySessionResolvers, ...therapySessionNoteResolvers },
  SessionNote: sessionNoteResolvers,
  NoteAddendum: noteAddendumResolvers,
  PrivateNote: privateNoteResolvers,
  ...accountTypeResolvers,
  Clinician: { ...accountTypeResolvers.Clinician, ...clinicianNoteResolvers },
  ...auditTypeResolvers,
};
