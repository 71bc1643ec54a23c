import { randomBytes, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { Kysely, PostgresDialect, sql, type RawBuilder } from 'kysely';
import pg from 'pg';
import { migrate } from '../../../apps/api/src/database/migrate';
import type { Database } from '../../../apps/api/src/database/tables';
import {
  createDataDirectory,
  embeddedAdminUrl,
  startWaypoint,
  type RunningWaypoint,
} from '../../support/waypoint-process';
import { testPool } from '../../support/test-pool';

/**
 * A PostgreSQL server for tests that talk to the audit trail directly, without sign-in:
 * Debian's when the test command provides one (TEST_DATABASE_ADMIN_URL), otherwise the embedded
 * server of a Waypoint started without demo data, as tests/api/migrations.test.ts does (the
 * embedded binaries load as an ES module, which Jest's CommonJS runtime cannot import).
 */
export interface AuditTestServer {
  /** A new database with every migration applied, closed by `stop`. */
  createDatabase(): Promise<Kysely<Database>>;
  stop(): Promise<void>;
}

/** Starts (or reaches) the server; call `stop` in afterAll. */
export async function startAuditTestServer(): Promise<AuditTestServer> {
  const debianAdminUrl = process.env['TEST_DATABASE_ADMIN_URL'];
  let waypoint: RunningWaypoint | null = null;
  let dataDirectory: string | null = null;
  let adminUrl: string;
  if (debianAdminUrl) {
    adminUrl = debianAdminUrl;
  } else {
    dataDirectory = createDataDirectory();
    waypoint = await startWaypoint({
      WAYPOINT_DATA_DIR: dataDirectory,
      WAYPOINT_DEMO_DATA: 'false',
    });
    adminUrl = embeddedAdminUrl(dataDirectory);
  }
  const databases: Kysely<Database>[] = [];
  const names: string[] = [];

  return {
    async createDatabase() {
      const name = `waypoint_audit_${randomBytes(5).toString('hex')}`;
      await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
      names.push(name);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      // Ten connections, as the API's pool has: enough for appends to really race.
      const pool = testPool(url.toString(), 10);
      const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
      databases.push(db);
      await migrate(db);
      return db;
    },
    async stop() {
      await Promise.all(databases.map((db) => db.destroy()));
      if (debianAdminUrl) {
        for (const name of names) {
          await adminQuery(debianAdminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        }
      }
      await waypoint?.stop();
      if (dataDirectory) rmSync(dataDirectory, { recursive: true, force: true });
    },
  };
}

/** A practice with one admin, as a chain of its own for one test. */
export async function createPractice(
  db: Kysely<Database>,
): Promise<{ practiceId: string; adminId: string }> {
  const practice = await db
    .insertInto('practice')
    .values({ name: 'Audit Test Practice' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const admin = await db
    .insertInto('clinician')
    .values({
      practice_id: practice.id,
      email: `admin-${randomUUID()}@audit.example`,
      display_name: 'Audit Admin',
      role: 'ADMIN',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { practiceId: practice.id, adminId: admin.id };
}

/**
 * Runs a statement against audit_event as an attacker with the table owner's rights would:
 * the append-only trigger refuses everyone, the owner included, so the owner switches it off
 * first (ALTER TABLE ... DISABLE TRIGGER, inside one transaction, so no other session ever
 * sees it off). This is what the hash chain exists to catch.
 */
export async function tamperWithAuditEvents(
  db: Kysely<Database>,
  statement: RawBuilder<unknown>,
): Promise<void> {
  await db.transaction().execute(async (transaction) => {
    await sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`.execute(transaction);
    await statement.execute(transaction);
    await sql`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`.execute(transaction);
  });
}

async function adminQuery(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
