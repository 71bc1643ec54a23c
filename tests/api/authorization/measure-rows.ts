import { forSignedIn, ownClinicianOnly, type MatrixCase } from './matrix';

/** Outcome measures, safety flags and schedules on a client's record. */
export const measureRows: readonly MatrixCase[] = [
  {
    operation: 'Query.crisisResources',
    description: 'the crisis lines shown with a safety flag',
    request: async () => ({ query: '{ crisisResources { label contact } }' }),
    expected: forSignedIn('ALLOWED'),
  },
  {
    operation: 'Mutation.recordMeasure',
    description: 'a complete GAD-7 for the demo clinician’s client',
    request: async ({ clientId }) => ({
      query: 'mutation ($input: RecordMeasureInput!) { recordMeasure(input: $input) { total } }',
      variables: { input: { clientId, instrument: 'GAD7', answers: [1, 1, 2, 0, 1, 1, 0] } },
    }),
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.updateMeasureDraft',
    description: 'continuing a PHQ-9 draft of the demo clinician’s client',
    request: async ({ newMeasureDraft, versionOf }) => {
      const id = await newMeasureDraft();
      return {
        query:
          'mutation ($input: UpdateMeasureDraftInput!) { updateMeasureDraft(input: $input) { total } }',
        variables: {
          input: {
            id,
            version: await versionOf('measure_response', id),
            answers: [1, 1, 1, 1, 0, 0, 0, 0, null],
          },
        },
      };
    },
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.reviewSafetyFlag',
    description: 'a safety flag of the demo clinician’s client',
    request: async ({ newSafetyFlag }) => ({
      query: 'mutation ($id: ID!) { reviewSafetyFlag(id: $id, note: "Spoke with them") { id } }',
      variables: { id: await newSafetyFlag() },
    }),
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.setMeasureSchedule',
    description: 'a PHQ-9 every four weeks for the demo clinician’s client',
    request: async ({ clientId }) => ({
      query:
        'mutation ($clientId: ID!) { setMeasureSchedule(clientId: $clientId, instrument: PHQ9, everyWeeks: 4) { nextDueOn } }',
      variables: { clientId },
    }),
    expected: ownClinicianOnly,
  },
];
