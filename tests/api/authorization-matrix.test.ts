import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import argon2 from 'argon2';
import { buildSchema } from 'graphql';
import { sql } from 'kysely';
import type { GraphqlSession } from '../support/graphql-session';
import {
  DEMO_EMAILS,
  DEMO_PASSWORD,
  firstError,
  startAccountsFixture,
  type AccountsFixture,
} from './accounts/accounts-fixture';
import { CreateAccount, DeactivateAccount, SetPassword } from './accounts/account-documents';

// Every query and mutation of the schema, run as every kind of caller, against the demo
// practice's records. A new operation without a row here fails the first test, so nothing
// reaches the schema unprotected. The rules themselves live in apps/api/src/auth/policy.ts.

/** Who is asking. */
type Caller =
  | 'clinician'
  | 'supervisor'
  | 'admin'
  | 'otherPracticeClinician'
  | 'otherPracticeAdmin'
  | 'deactivated'
  | 'anonymous';

const callers: readonly Caller[] = [
  'clinician',
  'supervisor',
  'admin',
  'otherPracticeClinician',
  'otherPracticeAdmin',
  'deactivated',
  'anonymous',
];

/** What a caller gets: an answer, or the error code of the refusal. */
type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';

/** The records of the demo practice the operations aim at. */
interface Targets {
  readonly clinicianId: string;
  readonly supervisorId: string;
  /** A new account of the demo practice, for operations that change or end it. */
  newAccount(): Promise<{ id: string; email: string; setPasswordToken: string }>;
}

/** One case of an operation: its document and variables, and what each caller gets. */
interface MatrixCase {
  readonly operation: `${'Query' | 'Mutation'}.${string}`;
  readonly description: string;
  request(targets: Targets): Promise<{ query: string; variables?: Record<string, unknown> }>;
  readonly expected: Readonly<Record<Caller, Outcome>>;
}

/** Every caller signed in gets `signedIn`; the deactivated and the anonymous are refused. */
function forSignedIn(signedIn: Outcome): Record<Caller, Outcome> {
  return {
    clinician: signedIn,
    supervisor: signedIn,
    admin: signedIn,
    otherPracticeClinician: signedIn,
    otherPracticeAdmin: signedIn,
    deactivated: 'UNAUTHENTICATED',
    anonymous: 'UNAUTHENTICATED',
  };
}

/** Admin-only work on the admin's own practice: other admins act on theirs. */
const practiceAdminOnly: Record<Caller, Outcome> = {
  ...forSignedIn('FORBIDDEN'),
  admin: 'ALLOWED',
  otherPracticeAdmin: 'ALLOWED',
};

/** Admin-only work on one account of the demo practice: other practices cannot see it. */
const demoAccountAdminOnly: Record<Caller, Outcome> = {
  ...forSignedIn('FORBIDDEN'),
  admin: 'ALLOWED',
  otherPracticeClinician: 'NOT_FOUND',
  otherPracticeAdmin: 'NOT_FOUND',
};

/** Open to anyone: the request itself carries its authority (credentials, a link). */
const anyone: Record<Caller, Outcome> = {
  ...forSignedIn('ALLOWED'),
  deactivated: 'ALLOWED',
  anonymous: 'ALLOWED',
};

let emailCounter = 0;

const matrix: readonly MatrixCase[] = [
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
          email: `matrix-created-${++emailCounter}@riverside.example`,
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

/** Every `Query.x` and `Mutation.x` in the schema the API serves. */
function schemaOperations(): string[] {
  const folder = path.resolve(__dirname, '../../libs/shared/src/graphql');
  const files = readdirSync(folder)
    .filter((file) => file.endsWith('.graphql'))
    // The base types first: the other files extend them.
    .sort((a, b) => Number(b === 'schema.graphql') - Number(a === 'schema.graphql'));
  const schema = buildSchema(
    files.map((file) => readFileSync(path.join(folder, file), 'utf8')).join('\n'),
  );
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
  );
}

describe('the authorization matrix', () => {
  let fixture: AccountsFixture;
  let demoAdmin: GraphqlSession;
  let targets: Targets;
  let otherPracticeId: string;
  /** A session held from before its account was deactivated. */
  let deactivatedSession: GraphqlSession;
  const emails: Record<Exclude<Caller, 'deactivated' | 'anonymous'>, string> = {
    clinician: DEMO_EMAILS.clinician,
    supervisor: DEMO_EMAILS.supervisor,
    admin: DEMO_EMAILS.admin,
    otherPracticeClinician: 'clinician@elsewhere.example',
    otherPracticeAdmin: 'admin@elsewhere.example',
  };

  beforeAll(async () => {
    fixture = await startAccountsFixture();
    demoAdmin = await fixture.signedIn(DEMO_EMAILS.admin);

    // A second practice, written straight into the database as an operator's command would.
    const other = await fixture.db
      .insertInto('practice')
      .values({ name: 'Elsewhere Therapy' })
      .returning('id')
      .executeTakeFirstOrThrow();
    otherPracticeId = other.id;
    const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
    for (const role of ['CLINICIAN', 'ADMIN'] as const) {
      await fixture.db
        .insertInto('clinician')
        .values({
          practice_id: other.id,
          email: role === 'ADMIN' ? emails.otherPracticeAdmin : emails.otherPracticeClinician,
          display_name: `Elsewhere ${role.toLowerCase()}`,
          role,
          password_hash: passwordHash,
        })
        .execute();
    }

    targets = {
      clinicianId: await fixture.idOf(DEMO_EMAILS.clinician),
      supervisorId: await fixture.idOf(DEMO_EMAILS.supervisor),
      async newAccount() {
        const email = `matrix-target-${++emailCounter}@riverside.example`;
        const created = await demoAdmin.post(CreateAccount, {
          input: {
            email,
            displayName: 'Matrix Target',
            role: 'CLINICIAN',
          },
        });
        expect(created.body.errors).toBeUndefined();
        const link = created.body.data!.createAccount;
        return {
          id: link.clinician.id,
          email,
          setPasswordToken: new URL(link.url).searchParams.get('token') ?? '',
        };
      },
    };

    // Signed in, then deactivated: the session it holds must be worth nothing.
    const leaver = await targets.newAccount();
    const password = 'leaving the practice soon';
    const set = await fixture.browser().post(SetPassword, {
      token: leaver.setPasswordToken,
      password,
    });
    expect(set.body.errors).toBeUndefined();
    deactivatedSession = await fixture.signedIn(leaver.email, password);
    const deactivated = await demoAdmin.post(DeactivateAccount, { clinicianId: leaver.id });
    expect(deactivated.body.errors).toBeUndefined();
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  /** A caller as a browser: a new session for each request, so cells never share state. */
  async function browserOf(caller: Caller): Promise<GraphqlSession> {
    if (caller === 'anonymous') return fixture.browser();
    if (caller === 'deactivated') return deactivatedSession;
    return fixture.signedIn(emails[caller]);
  }

  /** How many refusals the audit trail of a practice holds. */
  async function deniedCount(practiceId: string | null): Promise<number> {
    const row = await fixture.db
      .selectFrom('audit_event')
      .select(sql<string>`count(*)`.as('count'))
      .where('action', '=', 'PERMISSION_DENIED')
      .where((eb) =>
        practiceId === null ? eb('practice_id', 'is', null) : eb('practice_id', '=', practiceId),
      )
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async function practiceOf(caller: Caller): Promise<string> {
    if (caller === 'otherPracticeClinician' || caller === 'otherPracticeAdmin') {
      return otherPracticeId;
    }
    const row = await fixture.db
      .selectFrom('clinician')
      .select('practice_id')
      .where('email', '=', DEMO_EMAILS.admin)
      .executeTakeFirstOrThrow();
    return row.practice_id;
  }

  it('has a row for every query and mutation in the schema, and none for operations that are gone', () => {
    const covered = new Set(matrix.map((row) => row.operation));
    const operations = schemaOperations();
    expect(
      operations.filter((operation) => !covered.has(operation as MatrixCase['operation'])),
    ).toEqual([]);
    expect([...covered].filter((operation) => !operations.includes(operation))).toEqual([]);
  });

  it.each(matrix.map((row) => [`${row.operation}: ${row.description}`, row] as const))(
    '%s',
    async (_name, row) => {
      const actual: Partial<Record<Caller, Outcome>> = {};
      for (const caller of callers) {
        const browser = await browserOf(caller);
        const { query, variables } = await row.request(targets);
        const isAuthenticatedRefusal =
          caller !== 'anonymous' &&
          caller !== 'deactivated' &&
          (row.expected[caller] === 'FORBIDDEN' || row.expected[caller] === 'NOT_FOUND');
        const practiceId = await practiceOf(caller);
        const deniedBefore = isAuthenticatedRefusal ? await deniedCount(practiceId) : 0;

        const response = await browser.postRaw(JSON.stringify({ query, variables }));
        expect(response.status).toBe(200);
        const error = firstError(response);
        actual[caller] = response.body.errors ? (error.code as Outcome) : 'ALLOWED';
        if (actual[caller] === 'ALLOWED') expect(response.body.data).toBeTruthy();
        // Every refusal of a signed-in caller is on the record of the caller's practice.
        if (isAuthenticatedRefusal && actual[caller] === row.expected[caller]) {
          expect(await deniedCount(practiceId)).toBe(deniedBefore + 1);
        }
      }
      expect(actual).toEqual(row.expected);
    },
  );
});
