import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { migrate, migrations } from '../../apps/api/src/database/migrate';
import type { Database } from '../../apps/api/src/database/tables';
import {
  createDataDirectory,
  embeddedAdminUrl,
  startWaypoint,
  type RunningWaypoint,
} from '../support/waypoint-process';
import { testPool } from '../support/test-pool';

/**
 * The migrator against a real server: the Debian cluster when the test command provides one,
 * otherwise the embedded server of a running Waypoint. Each test gets a new, empty database.
 */
describe('migrations', () => {
  let adminUrl: string;
  let waypoint: RunningWaypoint | undefined;
  const openDatabases: Kysely<Database>[] = [];

  beforeAll(async () => {
    const debianAdminUrl = process.env['TEST_DATABASE_ADMIN_URL'];
    if (debianAdminUrl) {
      adminUrl = debianAdminUrl;
      return;
    }
    const dataDirectory = createDataDirectory();
    waypoint = await startWaypoint({
      WAYPOINT_DATA_DIR: dataDirectory,
      WAYPOINT_DEMO_DATA: 'false',
    });
    adminUrl = embeddedAdminUrl(dataDirectory);
  });

  afterAll(async () => {
    await Promise.all(openDatabases.map((db) => db.destroy()));
    await waypoint?.stop();
  });

  async function emptyDatabaseUrl(): Promise<string> {
    const name = `waypoint_migrations_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  }

  function open(url: string): Kysely<Database> {
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: testPool(url) }),
    });
    openDatabases.push(db);
    return db;
  }

  async function tableNames(db: Kysely<Database>): Promise<string[]> {
    const result = await sql<{ tablename: string }>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`.execute(db);
    return result.rows.map((row) => row.tablename);
  }

  it('applies each migration exactly once when several processes start together', async () => {
    const url = await emptyDatabaseUrl();
    const results = await Promise.all([open(url), open(url), open(url)].map((db) => migrate(db)));

    const applied = results.flat();
    expect(applied).toEqual(migrations.map((migration) => migration.name));
    const recorded = await sql<{ name: string }>`SELECT name FROM schema_migration`.execute(
      open(url),
    );
    expect(recorded.rows.map((row) => row.name)).toEqual(
      migrations.map((migration) => migration.name),
    );
  });

  it('applies nothing the second time', async () => {
    const db = open(await emptyDatabaseUrl());
    await migrate(db);
    expect(await migrate(db)).toEqual([]);
  });

  it('rolls everything back when one migration fails, leaving the database as it was', async () => {
    const db = open(await emptyDatabaseUrl());
    const broken = {
      name: '9999_broken',
      sql: 'CREATE TABLE half_done (id int); SELECT * FROM missing_table;',
    };

    await expect(migrate(db, [...migrations, broken])).rejects.toThrow(/missing_table/);
    expect(await tableNames(db)).toEqual([]);
  });
});
