import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import argon2 from 'argon2';
import { buildSchema } from 'graphql';
import { sql } from 'kysely';
import type { GraphqlSession } from '../../support/graphql-session';
import {
  DEMO_EMAILS,
  DEMO_PASSWORD,
  firstError,
  startAccountsFixture,
  type AccountsFixture,
} from '../accounts/accounts-fixture';
import { CreateAccount, DeactivateAccount, SetPassword } from '../accounts/account-documents';
import { accountRows } from './account-rows';
import {
  callers,
  uniqueEmail,
  type Caller,
  type MatrixCase,
  type Outcome,
  type Targets,
} from './matrix';
import { measureRows } from './measure-rows';
import { notesRows } from './notes-rows';
import { createRecordTargets } from './record-targets';
import { recordRows } from './record-rows';
import { sessionRows } from './session-rows';

// Every query and mutation of the schema, run as every kind of caller, against the demo
// practice's records. A new operation without a row here fails the first test, so nothing
// reaches the schema unprotected. The rules themselves live in apps/api/src/auth/policy.ts.

const matrix: readonly MatrixCase[] = [
  ...accountRows,
  ...recordRows,
  ...measureRows,
  ...sessionRows,
  ...notesRows,
];

/** Every `Query.x` and `Mutation.x` in the schema the API serves. */
function schemaOperations(): string[] {
  const folder = path.resolve(__dirname, '../../../libs/shared/src/graphql');
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

    const clinicianId = await fixture.idOf(DEMO_EMAILS.clinician);
    targets = {
      clinicianId,
      supervisorId: await fixture.idOf(DEMO_EMAILS.supervisor),
      ...(await createRecordTargets(fixture.db, clinicianId)),
      async newAccount() {
        const email = uniqueEmail('matrix-target');
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
