import {
  anyone,
  demoAccountAdminOnly,
  forSignedIn,
  practiceAdminOnly,
  uniqueEmail,
  type MatrixCase,
} from './matrix';
import { DEMO_EMAILS, DEMO_PASSWORD } from '../accounts/accounts-fixture';

/** Accounts, sessions and the audit trail. */
export const accountRows: readonly MatrixCase[] = [
  {
    operation: 'Query.viewer',
    description: 'who is signed in: null, not an error, for nobody',
    request: async () => ({ query: '{ viewer { clinician { id } } }' }),
    expected: anyone,
  },
  {
    operation: 'Query.caseload',
    description: 'the caller’s own caseload',
    request: async () => ({ query: '{ caseload { id } }' }),
    expected: forSignedIn('ALLOWED'),
  },
  {
    operation: 'Query.caseload',
    description: 'the demo clinician’s caseload: theirs and their supervisor’s only',
    request: async ({ clinicianId }) => ({
      query: 'query ($id: ID) { caseload(clinicianId: $id) { id } }',
      variables: { id: clinicianId },
    }),
    expected: {
      ...forSignedIn('FORBIDDEN'),
      clinician: 'ALLOWED',
      supervisor: 'ALLOWED',
      otherPracticeClinician: 'NOT_FOUND',
      otherPracticeAdmin: 'NOT_FOUND',
    },
  },
  {
    operation: 'Query.caseloadView',
    description: 'a window of the caller’s own caseload',
    request: async () => ({ query: '{ caseloadView(limit: 5) { totalCount rows { id } } }' }),
    expected: forSignedIn('ALLOWED'),
  },
  {
    operation: 'Query.caseloadView',
    description: 'a window of the demo clinician’s caseload: theirs and their supervisor’s only',
    request: async ({ clinicianId }) => ({
      query: 'query ($id: ID) { caseloadView(clinicianId: $id) { totalCount rows { id } } }',
      variables: { id: clinicianId },
    }),
    expected: {
      ...forSignedIn('FORBIDDEN'),
      clinician: 'ALLOWED',
      supervisor: 'ALLOWED',
      otherPracticeClinician: 'NOT_FOUND',
      otherPracticeAdmin: 'NOT_FOUND',
    },
  },
  {
    operation: 'Query.practiceSummary',
    description: 'counts across a supervisor’s caseloads (null for anyone else)',
    request: async () => ({ query: '{ practiceSummary { activeClients } }' }),
    expected: forSignedIn('ALLOWED'),
  },
  {
    operation: 'Query.accounts',
    description: 'the practice’s accounts',
    request: async () => ({ query: '{ accounts { id } }' }),
    expected: practiceAdminOnly,
  },
  {
    operation: 'Query.auditEvents',
    description: 'the practice’s audit trail',
    request: async () => ({ query: '{ auditEvents { totalCount events { id } } }' }),
    expected: practiceAdminOnly,
  },
  {
    operation: 'Query.auditEventsCsv',
    description: 'the audit trail as CSV',
    request: async () => ({ query: '{ auditEventsCsv }' }),
    expected: practiceAdminOnly,
  },
  {
    operation: 'Query.verifyAuditChain',
    description: 'the audit chain check',
    request: async () => ({ query: '{ verifyAuditChain { isIntact } }' }),
    expected: practiceAdminOnly,
  },
  {
    operation: 'Mutation.signIn',
    description: 'a right email and password, whoever sends them',
    request: async () => ({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { status } }',
      variables: { input: { email: DEMO_EMAILS.clinician, password: DEMO_PASSWORD } },
    }),
    expected: anyone,
  },
  {
    operation: 'Mutation.signOut',
    description: 'ends the caller’s session; answers false when there is none',
    request: async () => ({ query: 'mutation { signOut }' }),
    expected: anyone,
  },
  {
    operation: 'Mutation.verifySecondFactor',
    description: 'only a session waiting for its second factor (second-factor.test.ts)',
    request: async () => ({
      query: 'mutation { verifySecondFactor(code: "123456") { status } }',
    }),
    expected: { ...forSignedIn('UNAUTHENTICATED') },
  },
  {
    operation: 'Mutation.extendSession',
    description: 'keeps the caller’s own session alive',
    request: async () => ({ query: 'mutation { extendSession { expiresAt } }' }),
    expected: forSignedIn('ALLOWED'),
  },
  {
    operation: 'Mutation.setPassword',
    description: 'a valid one-time link, whoever follows it',
    request: async ({ newAccount }) => ({
      query:
        'mutation ($token: String!, $password: String!) { setPassword(token: $token, password: $password) }',
      variables: {
        token: (await newAccount()).setPasswordToken,
        password: 'a brand new passphrase',
      },
    }),
    expected: anyone,
  },
  {
    operation: 'Mutation.beginSecondFactorEnrolment',
    description: 'the caller’s own authenticator app',
    request: async () => ({ query: 'mutation { beginSecondFactorEnrolment { secret } }' }),
    expected: forSignedIn('ALLOWED'),
  },
  {
    operation: 'Mutation.confirmSecondFactorEnrolment',
    description: 'the caller’s own enrolment: a malformed code is checked only once signed in',
    request: async () => ({
      query: 'mutation { confirmSecondFactorEnrolment(code: "not a code") { codes } }',
    }),
    expected: forSignedIn('BAD_USER_INPUT'),
  },
  {
    operation: 'Mutation.createAccount',
    description: 'a new account in the caller’s practice',
    request: async () => ({
      query: 'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { url } }',
      variables: {
        input: {
          email: uniqueEmail('matrix-created'),
          displayName: 'Matrix Created',
          role: 'CLINICIAN',
        },
      },
    }),
    expected: practiceAdminOnly,
  },
  {
    operation: 'Mutation.resetPassword',
    description: 'an account of the demo practice',
    request: async ({ newAccount }) => ({
      query: 'mutation ($id: ID!) { resetPassword(clinicianId: $id) { url } }',
      variables: { id: (await newAccount()).id },
    }),
    expected: demoAccountAdminOnly,
  },
  {
    operation: 'Mutation.deactivateAccount',
    description: 'an account of the demo practice',
    request: async ({ newAccount }) => ({
      query: 'mutation ($id: ID!) { deactivateAccount(clinicianId: $id) { isActive } }',
      variables: { id: (await newAccount()).id },
    }),
    expected: demoAccountAdminOnly,
  },
  {
    operation: 'Mutation.setSupervisees',
    description: 'the demo supervisor’s supervisees',
    request: async ({ supervisorId, clinicianId }) => ({
      query:
        'mutation ($supervisor: ID!, $supervisees: [ID!]!) { setSupervisees(supervisorId: $supervisor, superviseeIds: $supervisees) { id } }',
      variables: { supervisor: supervisorId, supervisees: [clinicianId] },
    }),
    expected: demoAccountAdminOnly,
  },
  {
    operation: 'Mutation.setSecondFactorRequirement',
    description: 'the caller’s practice’s rule (left off, so the other rows can sign in)',
    request: async () => ({
      query: 'mutation { setSecondFactorRequirement(isRequired: false) { id } }',
    }),
    expected: practiceAdminOnly,
  },
];
