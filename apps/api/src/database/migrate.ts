import { sql, type Kysely } from 'kysely';
import type { Database } from './tables';
import foundation from './migrations/0001_foundation.sql';
import accounts from './migrations/0002_accounts.sql';
import audit from './migrations/0003_audit.sql';
import goalsAndProgress from './migrations/0004_goals_and_progress.sql';
import measures from './migrations/0005_measures.sql';
import sessions from './migrations/0006_sessions.sql';
import notes from './migrations/0007_notes.sql';
import clientSummary from './migrations/0008_client_summary.sql';
import progressIncludesTicks from './migrations/0009_progress_includes_ticks.sql';

/** A committed SQL migration; the name orders them and is recorded once applied. */
export interface Migration {
  readonly name: string;
  readonly sql: string;
}

/** Every migration, oldest first. Add new files at the end; never edit an applied one. */
export const migrations: readonly Migration[] = [
  { name: '0001_foundation', sql: foundation },
  { name: '0002_accounts', sql: accounts },
  { name: '0003_audit', sql: audit },
  { name: '0004_goals_and_progress', sql: goalsAndProgress },
  { name: '0005_measures', sql: measures },
  { name: '0006_sessions', sql: sessions },
  { name: '0007_notes', sql: notes },
  { name: '0008_client_summary', sql: clientSummary },
  { name: '0009_progress_includes_ticks', sql: progressIncludesTicks },
];

// Any constant works; it only has to be the same for every Waypoint process.
const MIGRATION_LOCK_KEY = 7_212_026;

/**
 * Applies the migrations not yet applied, all in one transaction, under an advisory lock so
 * that several processes starting at once apply each migration exactly once.
 */
export async function migrate(
  db: Kysely<Database>,
  pending: readonly Migration[] = migrations,
): Promise<string[]> {
  return db.transaction().execute(async (transaction) => {
    await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`.execute(transaction);
    await sql`CREATE TABLE IF NOT EXISTS schema_migration (
      name text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`.execute(transaction);
    const applied = await sql<{ name: string }>`SELECT name FROM schema_migration`.execute(
      transaction,
    );
    const appliedNames = new Set(applied.rows.map((row) => row.name));
    const newlyApplied: string[] = [];
    for (const migration of pending) {
      if (appliedNames.has(migration.name)) continue;
      await sql.raw(migration.sql).execute(transaction);
      await sql`INSERT INTO schema_migration (name) VALUES (${migration.name})`.execute(
        transaction,
      );
      newlyApplied.push(migration.name);
    }
    return newlyApplied;
  });
}
