import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database/tables';
import {
  afterFailure,
  FORGET_AFTER_SECONDS,
  retryAfterSeconds,
  type ThrottleState,
} from './throttle';

/** An attempt already counted as a failure, to be taken back if it succeeds. */
export interface ThrottleReservation {
  readonly keys: readonly string[];
  readonly before: ReadonlyMap<string, ThrottleState | null>;
  readonly written: ReadonlyMap<string, ThrottleState>;
}

/** Either a reservation to go ahead, or how long the caller must wait. */
export type ThrottleDecision =
  | { readonly isAllowed: true; readonly reservation: ThrottleReservation }
  | { readonly isAllowed: false; readonly retryAfterSeconds: number };

/**
 * Checks every key and, when all allow an attempt now, counts it as a failure before the
 * password or code is even checked. Counting first, under row locks, means parallel requests
 * (or aliases, or batches) can never try more than the throttle allows: each one sees the
 * others' failures. A refused attempt changes nothing, so waiting is the only way through.
 */
export async function reserveAttempt(
  db: Kysely<Database>,
  keys: readonly string[],
  now: Date,
): Promise<ThrottleDecision> {
  const sortedKeys = [...new Set(keys)].sort();
  return db.transaction().execute(async (transaction) => {
    // Rows must exist to be locked; concurrent first attempts queue on the primary key here.
    await transaction
      .insertInto('sign_in_throttle')
      .values(sortedKeys.map((key) => ({ key, failure_count: 0, last_failure_at: now })))
      .onConflict((conflict) => conflict.column('key').doNothing())
      .execute();
    const rows = await transaction
      .selectFrom('sign_in_throttle')
      .selectAll()
      .where('key', 'in', sortedKeys)
      .orderBy('key')
      .forUpdate()
      .execute();
    const before = new Map<string, ThrottleState | null>(
      rows.map((row) => [row.key, row.failure_count === 0 ? null : stateOf(row)]),
    );
    const wait = Math.max(
      ...sortedKeys.map((key) => retryAfterSeconds(before.get(key) ?? null, now)),
    );
    if (wait > 0) return { isAllowed: false, retryAfterSeconds: wait };

    const written = new Map<string, ThrottleState>();
    for (const key of sortedKeys) {
      const next = afterFailure(before.get(key) ?? null, now);
      written.set(key, next);
      await transaction
        .updateTable('sign_in_throttle')
        .set({
          failure_count: next.failureCount,
          last_failure_at: next.lastFailureAt,
          locked_until: next.lockedUntil,
        })
        .where('key', '=', key)
        .execute();
    }
    return { isAllowed: true, reservation: { keys: sortedKeys, before, written } };
  });
}

/**
 * Takes back a reserved attempt that succeeded: the `resetKeys` (the account's) start again
 * from nothing; the others (the address) return to where they were, unless other failures
 * came in meanwhile, in which case the extra count stays (erring on the strict side).
 */
export async function releaseAttempt(
  transaction: Transaction<Database>,
  reservation: ThrottleReservation,
  resetKeys: readonly string[],
  now: Date,
): Promise<void> {
  for (const key of reservation.keys) {
    if (resetKeys.includes(key)) {
      await transaction.deleteFrom('sign_in_throttle').where('key', '=', key).execute();
      continue;
    }
    const written = reservation.written.get(key);
    const before = reservation.before.get(key) ?? null;
    if (!written) continue;
    await transaction
      .updateTable('sign_in_throttle')
      .set({
        failure_count: before?.failureCount ?? 0,
        last_failure_at: before?.lastFailureAt ?? now,
        locked_until: before?.lockedUntil ?? null,
      })
      .where('key', '=', key)
      .where('failure_count', '=', written.failureCount)
      .where('last_failure_at', '=', written.lastFailureAt)
      .execute();
  }
  await forgetOldFailures(transaction, now);
}

/** Removes keys whose failures are forgotten anyway, so the table stays small. */
async function forgetOldFailures(transaction: Transaction<Database>, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - FORGET_AFTER_SECONDS * 1000);
  await transaction
    .deleteFrom('sign_in_throttle')
    .where('last_failure_at', '<', cutoff)
    .where((where) =>
      where.or([where('locked_until', 'is', null), where('locked_until', '<', now)]),
    )
    .execute();
}

function stateOf(row: {
  failure_count: number;
  last_failure_at: Date;
  locked_until: Date | null;
}): ThrottleState {
  return {
    failureCount: row.failure_count,
    lastFailureAt: row.last_failure_at,
    lockedUntil: row.locked_until,
  };
}
