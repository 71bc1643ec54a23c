import { clinicianAndSupervisor, forSignedIn, ownClinicianOnly, type MatrixCase } from './matrix';

/** Therapy sessions, what is recorded in them, and the prompt library. */
export const sessionRows: readonly MatrixCase[] = [
  {
    operation: 'Query.therapySession',
    description: 'an open session of the demo clinician’s client',
    request: async ({ newOpenSession }) => ({
      query: 'query ($id: ID!) { therapySession(id: $id) { id notes } }',
      variables: { id: await newOpenSession() },
    }),
    expected: clinicianAndSupervisor,
  },
  {
    operation: 'Mutation.startSession',
    description: 'a session with a new client of the demo clinician',
    request: async ({ newClient }) => ({
      query:
        'mutation ($clientId: ID!) { startSession(input: { clientId: $clientId, modality: VIDEO }) { id } }',
      variables: { clientId: await newClient() },
    }),
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.endSession',
    description: 'an open session of the demo clinician’s client',
    request: async ({ newOpenSession }) => ({
      query: 'mutation ($id: ID!) { endSession(id: $id) { durationMinutes } }',
      variables: { id: await newOpenSession() },
    }),
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.saveSessionNotes',
    description: 'notes in an open session of the demo clinician’s client',
    request: async ({ newOpenSession }) => ({
      query: 'mutation ($id: ID!) { saveSessionNotes(id: $id, notes: "Calmer today") { notes } }',
      variables: { id: await newOpenSession() },
    }),
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.markPromptAsked',
    description: 'a built-in prompt in an open session of the demo clinician’s client',
    request: async ({ newOpenSession }) => ({
      query:
        'mutation ($sessionId: ID!) { markPromptAsked(sessionId: $sessionId, promptId: "builtin-exceptions-different-this-week") { id } }',
      variables: { sessionId: await newOpenSession() },
    }),
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.recordPromptAnswer',
    description: 'an answer in an open session of the demo clinician’s client',
    request: async ({ newOpenSession }) => ({
      query:
        'mutation ($sessionId: ID!) { recordPromptAnswer(sessionId: $sessionId, promptId: "builtin-exceptions-different-this-week", answer: "I went for a walk") { answer } }',
      variables: { sessionId: await newOpenSession() },
    }),
    expected: ownClinicianOnly,
  },
  {
    operation: 'Query.prompts',
    description: 'the caller’s own prompt library',
    request: async () => ({ query: '{ prompts { id isHidden } }' }),
    expected: forSignedIn('ALLOWED'),
  },
  {
    operation: 'Mutation.createPrompt',
    description: 'a prompt of the caller’s own',
    request: async () => ({
      query:
        'mutation { createPrompt(input: { text: "What felt lighter this week?", situations: [ANY_SESSION] }) { id } }',
    }),
    expected: forSignedIn('ALLOWED'),
  },
  {
    operation: 'Mutation.updatePrompt',
    description: 'a prompt of the demo clinician’s own library',
    request: async ({ newOwnPrompt, versionOf }) => {
      const id = await newOwnPrompt();
      return {
        query:
          'mutation ($id: ID!, $version: Int!) { updatePrompt(id: $id, version: $version, input: { text: "What felt easier?", situations: [WIN_LOGGED] }) { version } }',
        variables: { id, version: await versionOf('own_prompt', id) },
      };
    },
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.setPromptHidden',
    description: 'a built-in prompt, hidden from the caller’s own suggestions',
    request: async () => ({
      query:
        'mutation { setPromptHidden(id: "builtin-exceptions-different-this-week", isHidden: true) { isHidden } }',
    }),
    expected: forSignedIn('ALLOWED'),
  },
  {
    operation: 'Mutation.setPromptHidden',
    description: 'a prompt of the demo clinician’s own library',
    request: async ({ newOwnPrompt }) => ({
      query: 'mutation ($id: ID!) { setPromptHidden(id: $id, isHidden: true) { isHidden } }',
      variables: { id: await newOwnPrompt() },
    }),
    expected: ownClinicianOnly,
  },
];
