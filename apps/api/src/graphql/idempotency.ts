import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Viewer } from '../auth/viewer';
import type { Database } from '../database/tables';
import type { RequestContext } from './context';
import { apiError } from './errors';
import { isRecordId } from './ids';

// Idempotency keys for the session screen. The browser gives every action a UUID and replays
// its queue after a lost connection; a request may have been committed before the answer was
// lost, so the same action can arrive several times. The first arrival claims the key in the
// same transaction as the write; every later one finds the claim and answers what the first
// produced, writing nothing.

/** One mutation call that may carry a key. */
export interface IdempotentCall {
  readonly key: string | null | undefined;
  /** The mutation's name: a key belongs to one action. */
  readonly operation: string;
  /** The mutation's arguments; a repeat must bring the same ones. */
  readonly args: unknown;
}

/** How to carry out the action, and how to answer a repeat. */
export interface IdempotentSteps<T> {
  /** The write, inside the transaction that also claims the key. */
  readonly act: (transaction: Transaction<Database>) => Promise<T>;
  /** The id of the row the write produced or changed, remembered with the key. */
  readonly resultId: (result: T) => string;
  /** A repeat's answer: the row the first request produced, as it is now. */
  readonly replay: (resultId: string) => Promise<T>;
}

/**
 * Runs the action once per key: a repeat answers the first result, a key reused for another
 * action is refused. Without a key, the action just runs in its transaction.
 */
export async function runOnce<T>(
  context: RequestContext,
  viewer: Viewer,
  call: IdempotentCall,
  steps: IdempotentSteps<T>,
): Promise<T> {
  if (call.key === null || call.key === undefined) {
    return context.db.transaction().execute(steps.act);
  }
  const key = call.key;
  if (!isRecordId(key)) {
    throw apiError('BAD_USER_INPUT', 'The idempotency key must be a UUID', 'idempotencyKey');
  }
  const fingerprint = fingerprintOf(call);
  const earlier = await findClaim(context.db, viewer.clinicianId, key);
  if (earlier) return replayed(earlier, call, fingerprint, steps);

  const outcome = await context.db.transaction().execute(async (transaction) => {
    const claimed = await transaction
      .insertInto('idempotent_action')
      .values({ clinician_id: viewer.clinicianId, key, operation: call.operation, fingerprint })
      .onConflict((conflict) => conflict.columns(['clinician_id', 'key']).doNothing())
      .returning('key')
      .executeTakeFirst();
    // No row: a concurrent request with this key committed first (the insert waited for it).
    if (!claimed) return { isRepeat: true as const };
    const result = await steps.act(transaction);
    await transaction
      .updateTable('idempotent_action')
      .set({ result_id: steps.resultId(result) })
      .where('clinician_id', '=', viewer.clinicianId)
      .where('key', '=', key)
      .execute();
    return { isRepeat: false as const, result };
  });
  if (!outcome.isRepeat) return outcome.result;
  const winner = await findClaim(context.db, viewer.clinicianId, key);
  if (!winner) throw new Error('An idempotency claim disappeared after it was committed');
  return replayed(winner, call, fingerprint, steps);
}

interface Claim {
  readonly operation: string;
  readonly fingerprint: string;
  readonly result_id: string | null;
}

function findClaim(
  db: RequestContext['db'],
  clinicianId: string,
  key: string,
): Promise<Claim | undefined> {
  return db
    .selectFrom('idempotent_action')
    .select(['operation', 'fingerprint', 'result_id'])
    .where('clinician_id', '=', clinicianId)
    .where('key', '=', key)
    .executeTakeFirst();
}

function replayed<T>(
  claim: Claim,
  call: IdempotentCall,
  fingerprint: string,
  steps: IdempotentSteps<T>,
): Promise<T> {
  if (claim.operation !== call.operation || claim.fingerprint !== fingerprint) {
    throw apiError(
      'BAD_USER_INPUT',
      'This idempotency key was already used for a different action',
      'idempotencyKey',
    );
  }
  if (claim.result_id === null)
    throw new Error('An idempotency claim was committed without a result');
  return steps.replay(claim.result_id);
}

/** SHA-256 of the operation and its arguments, with object keys in a stable order. */
export function fingerprintOf(call: Pick<IdempotentCall, 'operation' | 'args'>): string {
  return createHash('sha256')
    .update(call.operation)
    .update('\n')
    .update(stableJson(call.args))
    .digest('hex');
}

function stableJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
  return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${stableJson(item)}`).join(',')}}`;
}
