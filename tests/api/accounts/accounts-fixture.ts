import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from '../../../apps/api/src/database/tables';
import { GraphqlSession } from '../../support/graphql-session';
import {
  createTestDatabase,
  embeddedAdminUrl,
  startWaypoint,
  type RunningWaypoint,
  type TestDatabase,
} from '../../support/waypoint-process';
import { SignIn } from './account-documents';
import { testPool } from '../../support/test-pool';

/** The password the demo accounts get in these tests (WAYPOINT_DEMO_PASSWORD). */
export const DEMO_PASSWORD = 'kettle orbit lantern moss';

/** The demo seed's accounts, by role. */
export const DEMO_EMAILS = {
  clinician: 'clinician@waypoint.example',
  supervisor: 'supervisor@waypoint.example',
  admin: 'admin@waypoint.example',
} as const;

/** A Waypoint with the demo practice and known passwords, and its database within reach. */
export interface AccountsFixture {
  readonly waypoint: RunningWaypoint;
  /** The database directly: to look ids up, and to move stored times into the past. */
  readonly db: Kysely<Database>;
  /** A new browser with no cookies, sending from 127.0.0.1 or the loopback address given. */
  browser(localAddress?: string): GraphqlSession;
  /** A new browser signed in with the demo password (or the one given). */
  signedIn(email: string, password?: string): Promise<GraphqlSession>;
  /** The id of the account with this email. */
  idOf(email: string): Promise<string>;
  /** Restarts Waypoint on the same database, with extra settings. */
  restart(environment?: Readonly<Record<string, string>>): Promise<void>;
  stop(): Promise<void>;
}

/** Starts a Waypoint for one test file; call `stop` in afterAll. */
export async function startAccountsFixture(
  environment: Readonly<Record<string, string>> = {},
): Promise<AccountsFixture> {
  const database: TestDatabase = await createTestDatabase();
  // On an external server the data folder is the repository's own: keep the TOTP sealing key
  // out of it. (With the embedded server, the key file in the test's data folder is used.)
  const external: Record<string, string> = database.environment['DATABASE_URL']
    ? { WAYPOINT_SECRET_KEY: randomBytes(32).toString('hex') }
    : {};
  environment = { ...external, ...environment };
  let waypoint = await startWaypoint({
    ...database.environment,
    WAYPOINT_DEMO_PASSWORD: DEMO_PASSWORD,
    ...environment,
  });
  let db = openDatabase(database);

  const fixture: AccountsFixture = {
    get waypoint() {
      return waypoint;
    },
    get db() {
      return db;
    },
    browser: (localAddress) => new GraphqlSession(waypoint.url, localAddress),
    async signedIn(email, password = DEMO_PASSWORD) {
      const browser = new GraphqlSession(waypoint.url);
      const response = await browser.post(SignIn, { input: { email, password } });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.signIn.status).toBe('SIGNED_IN');
      return browser;
    },
    async idOf(email) {
      const row = await db
        .selectFrom('clinician')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async restart(extra = {}) {
      await db.destroy();
      await waypoint.stop();
      waypoint = await startWaypoint({
        ...database.environment,
        WAYPOINT_DEMO_PASSWORD: DEMO_PASSWORD,
        ...environment,
        ...extra,
      });
      // The embedded server listens on a new port after a restart.
      db = openDatabase(database);
    },
    async stop() {
      await db.destroy();
      await waypoint.stop();
      await database.dispose();
    },
  };
  return fixture;
}

function openDatabase(database: TestDatabase): Kysely<Database> {
  const { DATABASE_URL: databaseUrl, WAYPOINT_DATA_DIR: dataDirectory } = database.environment;
  let url = databaseUrl;
  if (!url) {
    const embedded = new URL(embeddedAdminUrl(dataDirectory));
    embedded.pathname = '/waypoint';
    url = embedded.toString();
  }
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool: testPool(url) }),
  });
}

/** The error code and extensions of the first error of a response. */
export function firstError(response: {
  body: { errors?: { message: string; extensions?: Record<string, unknown> }[] };
}): { message: string; code: unknown; field: unknown; extensions: Record<string, unknown> } {
  const error = response.body.errors?.[0];
  const extensions = error?.extensions ?? {};
  return {
    message: error?.message ?? '',
    code: extensions['code'],
    field: extensions['field'],
    extensions,
  };
}
