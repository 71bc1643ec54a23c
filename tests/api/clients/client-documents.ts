import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import type {
  ClientStatus,
  GoalDomain,
  GoalStatus,
  ProgressCategory,
  ProgressEntryKind,
} from '@waypoint/shared';

// The client record operations as the tests send them, typed by hand from the contract
// (libs/shared/src/graphql/clients.graphql, goals.graphql, progress.graphql): the tests own
// their selections, so a change to a dashboard query never changes what these tests check.

/** Builds a typed document from its source. */
export function document<TData, TVariables = Record<string, never>>(
  source: string,
): TypedDocumentNode<TData, TVariables> {
  return parse(source) as TypedDocumentNode<TData, TVariables>;
}

export interface GasLevelsFields {
  readonly muchLess: string;
  readonly less: string;
  readonly expected: string;
  readonly more: string;
  readonly muchMore: string;
}

export interface MilestoneFields {
  readonly id: string;
  readonly version: number;
  readonly goalId: string;
  readonly title: string;
  readonly dueOn: string | null;
  readonly doneAt: string | null;
  readonly doneInSessionId: string | null;
}

export interface GoalStatusChangeFields {
  readonly status: GoalStatus;
  readonly changedAt: string;
  readonly reason: string | null;
  readonly changedBy: { readonly id: string } | null;
}

export interface GoalFields {
  readonly id: string;
  readonly version: number;
  readonly clientWords: string;
  readonly clinicianWording: string | null;
  readonly domain: GoalDomain;
  readonly specific: string | null;
  readonly measureOfSuccess: string | null;
  readonly targetDate: string | null;
  readonly gasLevels: GasLevelsFields | null;
  readonly weight: number;
  readonly status: GoalStatus;
  readonly statusHistory: readonly GoalStatusChangeFields[];
  readonly milestones: readonly MilestoneFields[];
}

export interface ProgressEntryFields {
  readonly id: string;
  readonly version: number;
  readonly kind: ProgressEntryKind;
  readonly category: ProgressCategory;
  readonly clientWords: string;
  readonly isEffort: boolean;
  readonly occurredOn: string;
  readonly goalId: string | null;
}

export interface GasReviewFields {
  readonly id: string;
  readonly reviewedOn: string;
  readonly ratings: readonly { goalId: string; level: number; weight: number }[];
  readonly tScore: number;
}

export interface ClientStatusChangeFields {
  readonly status: ClientStatus;
  readonly changedOn: string;
  readonly reason: string | null;
  readonly changedBy: { readonly id: string } | null;
}

/** A client's details and the course of their care, as the mutations answer them. */
export interface ClientFields {
  readonly id: string;
  readonly version: number;
  readonly preferredName: string;
  readonly pronouns: string | null;
  readonly status: ClientStatus;
  readonly startedOn: string;
  readonly primaryClinician: { readonly id: string };
  readonly baseline: { readonly text: string; readonly recordedOn: string } | null;
  readonly statusHistory: readonly ClientStatusChangeFields[];
}

/** The whole record, as `client(id)` answers it. */
export interface ClientRecordFields extends ClientFields {
  readonly goals: readonly GoalFields[];
  readonly progressEntries: readonly ProgressEntryFields[];
  readonly gasReviews: readonly GasReviewFields[];
}

export interface BaselineInput {
  readonly text: string;
  readonly recordedOn: string;
}

export interface CreateClientInput {
  readonly preferredName: string;
  readonly pronouns?: string | null;
  readonly startedOn?: string | null;
  readonly baseline?: BaselineInput | null;
}

export interface UpdateClientInput {
  readonly preferredName: string;
  readonly pronouns?: string | null;
  readonly startedOn: string;
  readonly baseline?: BaselineInput | null;
  readonly primaryClinicianId: string;
}

export interface GoalInput {
  readonly clientWords: string;
  readonly clinicianWording?: string | null;
  readonly domain: GoalDomain;
  readonly specific?: string | null;
  readonly measureOfSuccess?: string | null;
  readonly targetDate?: string | null;
  readonly gasLevels?: GasLevelsFields | null;
  readonly weight?: number | null;
}

export interface ProgressEntryInput {
  readonly kind: ProgressEntryKind;
  readonly category: ProgressCategory;
  readonly clientWords: string;
  readonly isEffort?: boolean | null;
  readonly occurredOn?: string | null;
  readonly goalId?: string | null;
}

const milestoneFields = 'id version goalId title dueOn doneAt doneInSessionId';
const goalFields = `id version clientWords clinicianWording domain specific measureOfSuccess
  targetDate gasLevels { muchLess less expected more muchMore } weight status
  statusHistory { status changedAt reason changedBy { id } }
  milestones { ${milestoneFields} }`;
const entryFields = 'id version kind category clientWords isEffort occurredOn goalId';
const reviewFields = 'id reviewedOn ratings { goalId level weight } tScore';
const clientFields = `id version preferredName pronouns status startedOn primaryClinician { id }
  baseline { text recordedOn } statusHistory { status changedOn reason changedBy { id } }`;

export const ClientRecordQuery = document<{ client: ClientRecordFields }, { id: string }>(
  `query ClientRecord($id: ID!) {
    client(id: $id) {
      ${clientFields}
      goals { ${goalFields} }
      progressEntries { ${entryFields} }
      gasReviews { ${reviewFields} }
    }
  }`,
);

export const CaseloadSummaries = document<{
  caseload: { id: string; preferredName: string; status: ClientStatus; startedOn: string }[];
}>(`query CaseloadSummaries { caseload { id preferredName status startedOn } }`);

export const CaseloadWithGoals = document<{
  caseload: { id: string; goals: { id: string }[] }[] | null;
}>(`query CaseloadWithGoals { caseload { id goals { id } } }`);

export const CreateClient = document<{ createClient: ClientFields }, { input: CreateClientInput }>(
  `mutation CreateClient($input: CreateClientInput!) { createClient(input: $input) { ${clientFields} } }`,
);

export const UpdateClient = document<
  { updateClient: ClientFields },
  { id: string; version: number; input: UpdateClientInput }
>(
  `mutation UpdateClient($id: ID!, $version: Int!, $input: UpdateClientInput!) {
    updateClient(id: $id, version: $version, input: $input) { ${clientFields} }
  }`,
);

export const ChangeClientStatus = document<
  { changeClientStatus: ClientFields },
  {
    input: {
      clientId: string;
      version: number;
      status: ClientStatus;
      changedOn?: string | null;
      reason?: string | null;
    };
  }
>(
  `mutation ChangeClientStatus($input: ChangeClientStatusInput!) {
    changeClientStatus(input: $input) { ${clientFields} }
  }`,
);

export const CreateGoal = document<
  { createGoal: GoalFields },
  { input: { clientId: string; goal: GoalInput; status?: GoalStatus | null } }
>(`mutation CreateGoal($input: CreateGoalInput!) { createGoal(input: $input) { ${goalFields} } }`);

export const UpdateGoal = document<
  { updateGoal: GoalFields },
  { id: string; version: number; input: GoalInput }
>(
  `mutation UpdateGoal($id: ID!, $version: Int!, $input: GoalInput!) {
    updateGoal(id: $id, version: $version, input: $input) { ${goalFields} }
  }`,
);

export const ChangeGoalStatus = document<
  { changeGoalStatus: GoalFields },
  { input: { goalId: string; version: number; status: GoalStatus; reason?: string | null } }
>(
  `mutation ChangeGoalStatus($input: ChangeGoalStatusInput!) {
    changeGoalStatus(input: $input) { ${goalFields} }
  }`,
);

export const ReorderGoals = document<
  { reorderGoals: { id: string }[] },
  { clientId: string; goalIds: string[] }
>(
  `mutation ReorderGoals($clientId: ID!, $goalIds: [ID!]!) {
    reorderGoals(clientId: $clientId, goalIds: $goalIds) { id }
  }`,
);

export const AddMilestone = document<
  { addMilestone: MilestoneFields },
  { goalId: string; input: { title: string; dueOn?: string | null } }
>(
  `mutation AddMilestone($goalId: ID!, $input: MilestoneInput!) {
    addMilestone(goalId: $goalId, input: $input) { ${milestoneFields} }
  }`,
);

export const UpdateMilestone = document<
  { updateMilestone: MilestoneFields },
  { id: string; version: number; input: { title: string; dueOn?: string | null } }
>(
  `mutation UpdateMilestone($id: ID!, $version: Int!, $input: MilestoneInput!) {
    updateMilestone(id: $id, version: $version, input: $input) { ${milestoneFields} }
  }`,
);

export const RemoveMilestone = document<
  { removeMilestone: boolean },
  { id: string; version: number }
>(
  `mutation RemoveMilestone($id: ID!, $version: Int!) { removeMilestone(id: $id, version: $version) }`,
);

export const ReorderMilestones = document<
  { reorderMilestones: { id: string }[] },
  { goalId: string; milestoneIds: string[] }
>(
  `mutation ReorderMilestones($goalId: ID!, $milestoneIds: [ID!]!) {
    reorderMilestones(goalId: $goalId, milestoneIds: $milestoneIds) { id }
  }`,
);

export const TickMilestone = document<{ tickMilestone: MilestoneFields }, { id: string }>(
  `mutation TickMilestone($id: ID!) { tickMilestone(id: $id) { ${milestoneFields} } }`,
);

export const UntickMilestone = document<{ untickMilestone: MilestoneFields }, { id: string }>(
  `mutation UntickMilestone($id: ID!) { untickMilestone(id: $id) { ${milestoneFields} } }`,
);

export const RecordGasReview = document<
  { recordGasReview: GasReviewFields },
  {
    input: {
      clientId: string;
      reviewedOn?: string | null;
      ratings: { goalId: string; level: number }[];
    };
  }
>(
  `mutation RecordGasReview($input: RecordGasReviewInput!) {
    recordGasReview(input: $input) { ${reviewFields} }
  }`,
);

export const LogProgressEntry = document<
  { logProgressEntry: ProgressEntryFields },
  { clientId: string; input: ProgressEntryInput }
>(
  `mutation LogProgressEntry($clientId: ID!, $input: ProgressEntryInput!) {
    logProgressEntry(clientId: $clientId, input: $input) { ${entryFields} }
  }`,
);

export const UpdateProgressEntry = document<
  { updateProgressEntry: ProgressEntryFields },
  { id: string; version: number; input: ProgressEntryInput }
>(
  `mutation UpdateProgressEntry($id: ID!, $version: Int!, $input: ProgressEntryInput!) {
    updateProgressEntry(id: $id, version: $version, input: $input) { ${entryFields} }
  }`,
);

export const RemoveProgressEntry = document<
  { removeProgressEntry: boolean },
  { id: string; version: number }
>(
  `mutation RemoveProgressEntry($id: ID!, $version: Int!) {
    removeProgressEntry(id: $id, version: $version)
  }`,
);
