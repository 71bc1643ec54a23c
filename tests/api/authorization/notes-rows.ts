import { clinicianAndSupervisor, forSignedIn, ownClinicianOnly, type MatrixCase } from './matrix';

const DAP_SECTIONS = [
  { key: 'data', text: 'Talked about sleep and the walk.' },
  { key: 'assessment', text: 'Sleeping a little better.' },
  { key: 'plan', text: 'Phone out of the bedroom.' },
];

/** Progress notes, their addenda, private notes, exports and the progress letter. */
export const notesRows: readonly MatrixCase[] = [
  {
    operation: 'Query.sessionNote',
    description: 'a draft note of the demo clinician’s client',
    request: async ({ newDraftNote }) => ({
      query: 'query ($id: ID!) { sessionNote(id: $id) { id sections { key text } } }',
      variables: { id: await newDraftNote() },
    }),
    expected: clinicianAndSupervisor,
  },
  {
    operation: 'Query.progressLetter',
    description: 'a letter to the demo clinician’s client, with scores',
    request: async ({ clientId }) => ({
      query:
        'query ($clientId: ID!) { progressLetter(clientId: $clientId, from: "2026-01-01", to: "2026-12-31", includeScores: true) { paragraphs } }',
      variables: { clientId },
    }),
    expected: clinicianAndSupervisor,
  },
  {
    operation: 'Mutation.draftSessionNote',
    description: 'an ended session of the demo clinician’s client',
    request: async ({ newEndedSession }) => ({
      query: 'mutation ($sessionId: ID!) { draftSessionNote(sessionId: $sessionId) { id } }',
      variables: { sessionId: await newEndedSession() },
    }),
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.draftSessionNote',
    description: 'an open session: its own clinician is told to end it first',
    request: async ({ newOpenSession }) => ({
      query:
        'mutation ($sessionId: ID!) { draftSessionNote(sessionId: $sessionId, format: BIRP) { id } }',
      variables: { sessionId: await newOpenSession() },
    }),
    expected: { ...ownClinicianOnly, clinician: 'BAD_USER_INPUT' },
  },
  {
    operation: 'Mutation.saveSessionNote',
    description: 'a draft note of the demo clinician’s client, at its version',
    request: async ({ newDraftNote, versionOf }) => {
      const id = await newDraftNote();
      return {
        query:
          'mutation ($id: ID!, $version: Int!, $sections: [NoteSectionInput!]!) { saveSessionNote(id: $id, version: $version, sections: $sections) { version } }',
        variables: { id, version: await versionOf('session_note', id), sections: DAP_SECTIONS },
      };
    },
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.saveSessionNote',
    description: 'a signed note: never changed, even by its own clinician',
    request: async ({ newSignedNote, versionOf }) => {
      const id = await newSignedNote();
      return {
        query:
          'mutation ($id: ID!, $version: Int!, $sections: [NoteSectionInput!]!) { saveSessionNote(id: $id, version: $version, sections: $sections) { version } }',
        variables: { id, version: await versionOf('session_note', id), sections: DAP_SECTIONS },
      };
    },
    expected: { ...ownClinicianOnly, clinician: 'BAD_USER_INPUT' },
  },
  {
    operation: 'Mutation.changeNoteFormat',
    description: 'a draft note of the demo clinician’s client, drafted again as SOAP',
    request: async ({ newDraftNote, versionOf }) => {
      const id = await newDraftNote();
      return {
        query:
          'mutation ($id: ID!, $version: Int!) { changeNoteFormat(id: $id, version: $version, format: SOAP) { format } }',
        variables: { id, version: await versionOf('session_note', id) },
      };
    },
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.signSessionNote',
    description: 'a draft note of the demo clinician’s client, at its version',
    request: async ({ newDraftNote, versionOf }) => {
      const id = await newDraftNote();
      return {
        query:
          'mutation ($id: ID!, $version: Int!) { signSessionNote(id: $id, version: $version) { status } }',
        variables: { id, version: await versionOf('session_note', id) },
      };
    },
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.addNoteAddendum',
    description: 'a signed note of the demo clinician’s client',
    request: async ({ newSignedNote }) => ({
      query:
        'mutation ($noteId: ID!) { addNoteAddendum(noteId: $noteId, text: "Correction: the walk was on Tuesday.") { id } }',
      variables: { noteId: await newSignedNote() },
    }),
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.savePrivateNote',
    description:
      'the caller’s first private note on an ended session of the demo clinician’s client',
    request: async ({ newEndedSession }) => ({
      query:
        'mutation ($sessionId: ID!) { savePrivateNote(sessionId: $sessionId, text: "Wonder about the sister.") { id version } }',
      variables: { sessionId: await newEndedSession() },
    }),
    expected: ownClinicianOnly,
  },
  {
    operation: 'Mutation.setDefaultNoteFormat',
    description: 'the caller’s own default format',
    request: async () => ({
      query: 'mutation { setDefaultNoteFormat(format: GIRP) { defaultNoteFormat } }',
    }),
    expected: forSignedIn('ALLOWED'),
  },
  {
    operation: 'Mutation.recordNoteExport',
    description: 'a print of a signed note of the demo clinician’s client',
    request: async ({ newSignedNote }) => ({
      query: 'mutation ($id: ID!) { recordNoteExport(id: $id, kind: PRINT) }',
      variables: { id: await newSignedNote() },
    }),
    expected: clinicianAndSupervisor,
  },
];
