import { graphql } from '../../__generated__';

/** Sets a new goal with the client, last in their order. */
export const createGoalDocument = graphql(`
  mutation CreateGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      ...GoalFields
    }
  }
`);

/** Saves a goal's wording, SMART fields and GAS levels over the version they were read at. */
export const updateGoalDocument = graphql(`
  mutation UpdateGoal($id: ID!, $version: Int!, $input: GoalInput!) {
    updateGoal(id: $id, version: $version, input: $input) {
      ...GoalFields
    }
  }
`);

/** Moves a goal through its lifecycle. */
export const changeGoalStatusDocument = graphql(`
  mutation ChangeGoalStatus($input: ChangeGoalStatusInput!) {
    changeGoalStatus(input: $input) {
      ...GoalFields
    }
  }
`);

/** Puts a client's goals in a new order. */
export const reorderGoalsDocument = graphql(`
  mutation ReorderGoals($clientId: ID!, $goalIds: [ID!]!) {
    reorderGoals(clientId: $clientId, goalIds: $goalIds) {
      id
      version
    }
  }
`);

/** Adds a small step to a goal, last in its order. */
export const addMilestoneDocument = graphql(`
  mutation AddMilestone($goalId: ID!, $input: MilestoneInput!) {
    addMilestone(goalId: $goalId, input: $input) {
      ...MilestoneFields
    }
  }
`);

/** Saves a milestone's title and due date over the version they were read at. */
export const updateMilestoneDocument = graphql(`
  mutation UpdateMilestone($id: ID!, $version: Int!, $input: MilestoneInput!) {
    updateMilestone(id: $id, version: $version, input: $input) {
      ...MilestoneFields
    }
  }
`);

/** Removes a milestone. */
export const removeMilestoneDocument = graphql(`
  mutation RemoveMilestone($id: ID!, $version: Int!) {
    removeMilestone(id: $id, version: $version)
  }
`);

/** Puts a goal's milestones in a new order. */
export const reorderMilestonesDocument = graphql(`
  mutation ReorderMilestones($goalId: ID!, $milestoneIds: [ID!]!) {
    reorderMilestones(goalId: $goalId, milestoneIds: $milestoneIds) {
      id
      version
    }
  }
`);

/** Ticks a milestone off. */
export const tickMilestoneDocument = graphql(`
  mutation TickMilestone($id: ID!) {
    tickMilestone(id: $id) {
      ...MilestoneFields
    }
  }
`);

/** Unticks a milestone. */
export const untickMilestoneDocument = graphql(`
  mutation UntickMilestone($id: ID!) {
    untickMilestone(id: $id) {
      ...MilestoneFields
    }
  }
`);

/** Rates the client's active goals at a GAS review. */
export const recordGasReviewDocument = graphql(`
  mutation RecordGasReview($input: RecordGasReviewInput!) {
    recordGasReview(input: $input) {
      ...GasReviewFields
    }
  }
`);
