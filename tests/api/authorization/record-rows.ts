import { clinicianAndSupervisor, forSignedIn, ownClinicianOnly, type MatrixCase } from './matrix';

const goalInput = {
  clientWords: 'Walk to the corner shop',
  domain: 'HEALTH',
  weight: 2,
  gasLevels: {
    muchLess: 'Not leaving the flat',
    less: 'To the front door',
    expected: 'To the corner shop once a week',
    more: 'Twice a week',
    muchMore: 'Every other day',
  },
};

const entryInput = { kind: 'WIN', category: 'MOVEMENT', clientWords: 'Walked to the shop' };

/** A client's record: reading it, and every change to it. */
export const recordRows: readonly MatrixCase[] = [
  {
    operation: 'Query.client',
    description: 'a client of the demo clinician',
    request: async ({ clientId }) => ({
      query: 'query ($id: ID!) { client(id: $id) { id goals { id } } }',
      variables: { id: clientId },
    }),
    expected: clinicianAndSupervisor,
  },
  {
    operation: 'Mutation.createClient',
    description: 'a new client on the caller’s own caseload',
    request: async () => ({
      query: 'mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }',
      variables: { input: { preferredName: 'Matrix Client' } },
    }),
    expected: forSignedIn('ALLOWED'),
  },
  {
    operation: 'Mutation.updateClient',
    description: 'the demo clinician’s client, at its current version',
    request: async ({ clientId, clinicianId, versionOf }) => ({
      query:
        'mutation ($id: ID!, $version: Int!, $input: UpdateClientInput!) { updateClient(id: $id, version: $version, input: $input) { id } }',
      variables: {
        id: clientId,
        version: await versionOf('client', clientId),
        input: {
          preferredName: 'Matrix Renamed',
          startedOn: '2026-01-05',
          primaryClinicianId: clinicianId,
        },
      },
    }),
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.changeClientStatus',
    description: 'pausing the demo clinician’s client',
    request: async ({ clientId, versionOf }) => ({
      query:
        'mutation ($input: ChangeClientStatusInput!) { changeClientStatus(input: $input) { status } }',
      variables: {
        input: {
          clientId,
          version: await versionOf('client', clientId),
          status: 'PAUSED',
          reason: 'A break',
        },
      },
    }),
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.createGoal',
    description: 'a goal for the demo clinician’s client',
    request: async ({ clientId }) => ({
      query: 'mutation ($input: CreateGoalInput!) { createGoal(input: $input) { id } }',
      variables: { input: { clientId, goal: goalInput } },
    }),
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.updateGoal',
    description: 'a goal of the demo clinician’s client',
    request: async ({ newGoal, versionOf }) => {
      const id = await newGoal();
      return {
        query:
          'mutation ($id: ID!, $version: Int!, $input: GoalInput!) { updateGoal(id: $id, version: $version, input: $input) { id } }',
        variables: { id, version: await versionOf('goal', id), input: goalInput },
      };
    },
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.changeGoalStatus',
    description: 'putting a goal on hold',
    request: async ({ newGoal, versionOf }) => {
      const goalId = await newGoal();
      return {
        query:
          'mutation ($input: ChangeGoalStatusInput!) { changeGoalStatus(input: $input) { status } }',
        variables: {
          input: {
            goalId,
            version: await versionOf('goal', goalId),
            status: 'ON_HOLD',
            reason: 'Focusing on sleep first',
          },
        },
      };
    },
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.reorderGoals',
    description: 'the client’s goals, last first',
    request: async ({ clientId, goalIdsInOrder }) => ({
      query:
        'mutation ($clientId: ID!, $goalIds: [ID!]!) { reorderGoals(clientId: $clientId, goalIds: $goalIds) { id } }',
      variables: { clientId, goalIds: (await goalIdsInOrder()).reverse() },
    }),
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.addMilestone',
    description: 'a step under a goal of the demo clinician’s client',
    request: async ({ newGoal }) => ({
      query:
        'mutation ($goalId: ID!, $input: MilestoneInput!) { addMilestone(goalId: $goalId, input: $input) { id } }',
      variables: { goalId: await newGoal(), input: { title: 'Put shoes by the door' } },
    }),
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.updateMilestone',
    description: 'a step of the demo clinician’s client',
    request: async ({ newMilestone, versionOf }) => {
      const id = await newMilestone();
      return {
        query:
          'mutation ($id: ID!, $version: Int!, $input: MilestoneInput!) { updateMilestone(id: $id, version: $version, input: $input) { id } }',
        variables: { id, version: await versionOf('milestone', id), input: { title: 'Shoes on' } },
      };
    },
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.removeMilestone',
    description: 'a step of the demo clinician’s client',
    request: async ({ newMilestone, versionOf }) => {
      const id = await newMilestone();
      return {
        query:
          'mutation ($id: ID!, $version: Int!) { removeMilestone(id: $id, version: $version) }',
        variables: { id, version: await versionOf('milestone', id) },
      };
    },
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.reorderMilestones',
    description: 'the steps of a goal of the demo clinician’s client',
    request: async ({ newMilestone, milestoneIdsOfGoalOf }) => {
      const milestoneId = await newMilestone();
      const { goalId, milestoneIds } = await milestoneIdsOfGoalOf(milestoneId);
      return {
        query:
          'mutation ($goalId: ID!, $ids: [ID!]!) { reorderMilestones(goalId: $goalId, milestoneIds: $ids) { id } }',
        variables: { goalId, ids: milestoneIds },
      };
    },
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.tickMilestone',
    description: 'a step of the demo clinician’s client',
    request: async ({ newMilestone }) => ({
      query: 'mutation ($id: ID!) { tickMilestone(id: $id) { doneAt } }',
      variables: { id: await newMilestone() },
    }),
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.untickMilestone',
    description: 'a step of the demo clinician’s client',
    request: async ({ newMilestone }) => ({
      query: 'mutation ($id: ID!) { untickMilestone(id: $id) { doneAt } }',
      variables: { id: await newMilestone() },
    }),
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.recordGasReview',
    description: 'rating an active goal of the demo clinician’s client',
    request: async ({ clientId, newGoal }) => ({
      query:
        'mutation ($input: RecordGasReviewInput!) { recordGasReview(input: $input) { tScore } }',
      variables: { input: { clientId, ratings: [{ goalId: await newGoal(), level: 1 }] } },
    }),
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.logProgressEntry',
    description: 'a small win of the demo clinician’s client',
    request: async ({ clientId }) => ({
      query:
        'mutation ($clientId: ID!, $input: ProgressEntryInput!) { logProgressEntry(clientId: $clientId, input: $input) { id } }',
      variables: { clientId, input: entryInput },
    }),
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.updateProgressEntry',
    description: 'a small win of the demo clinician’s client',
    request: async ({ newProgressEntry, versionOf }) => {
      const id = await newProgressEntry();
      return {
        query:
          'mutation ($id: ID!, $version: Int!, $input: ProgressEntryInput!) { updateProgressEntry(id: $id, version: $version, input: $input) { id } }',
        variables: { id, version: await versionOf('progress_entry', id), input: entryInput },
      };
    },
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.removeProgressEntry',
    description: 'a small win of the demo clinician’s client',
    request: async ({ newProgressEntry, versionOf }) => {
      const id = await newProgressEntry();
      return {
        query:
          'mutation ($id: ID!, $version: Int!) { removeProgressEntry(id: $id, version: $version) }',
        variables: { id, version: await versionOf('progress_entry', id) },
      };
    },
    expected: ownClinicianOnly,
  },
];
