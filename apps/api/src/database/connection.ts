import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { countStatement } from './statement-count';
import type { Database } from './tables';

// A PostgreSQL `date` is a calendar day, not an instant: keep it as 'YYYY-MM-DD' rather than
// letting pg turn it into a local-midnight Date that shifts with the server's time zone.
const DATE_OID = 1082;
pg.types.setTypeParser(DATE_OID, (value) => value);

/** A pool of connections and the typed query builder over it. */
export interface DatabaseConnection {
  readonly db: Kysely<Database>;
  readonly pool: pg.Pool;
  close(): Promise<void>;
}

/** A problem reaching the database, worded for the one line printed at start-up. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** Opens a pool to the given server and checks that it answers; `source` names it in errors. */
export async function connectDatabase(
  connectionString: string,
  source: string,
): Promise<DatabaseConnection> {
  const pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle client losing its server must not crash the process; queries will report it.
  pool.on('error', () => undefined);
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseUnavailableError(
      `${source}: ${describeConnectionFailure(connectionString, error)}`,
    );
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: countStatement });
  return {
    db,
    pool,
    // Kysely's destroy ends the pool it was given.
    close: () => db.destroy(),
  };
}

function describeConnectionFailure(connectionString: string, error: unknown): string {
  const url = new URL(connectionString);
  const where = `${url.hostname}:${url.port || '5432'}${url.pathname}`;
  const code = (error as { code?: string }).code;
  const reason = error instanceof Error ? error.message : String(error);
  return `cannot connect to ${where} (${code ? `${code}: ` : ''}${reason})`;
}
