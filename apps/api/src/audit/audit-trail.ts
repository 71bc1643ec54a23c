import { randomUUID } from 'node:crypto';
import { sql, type Expression, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { AuditAction, AuditOutcome } from '@waypoint/shared';
import type { Database } from '../database/tables';
import { isRecordId } from '../graphql/ids';
import { chainIdOf, hashAuditEvent, type ChainedEvent } from './audit-chain';

/** One audit event to append; the trail adds the time, the sequence and the hashes. */
export interface AuditEntry {
  readonly practiceId: string | null;
  readonly actorId: string | null;
  readonly action: AuditAction;
  readonly entityType: string;
  readonly entityId: string | null;
  readonly clientId: string | null;
  readonly requestId: string;
  readonly outcome: AuditOutcome;
}

/**
 * An instant as the text the trail hashes: UTC with all six digits of PostgreSQL's microseconds,
 * so the value hashed at append is exactly the value read back at verification.
 */
export function utcMicrosecondText(instant: Expression<Date>): RawBuilder<string> {
  return sql<string>`to_char(${instant} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/**
 * Appends an event to its practice's hash chain. Pass the transaction of the write being
 * audited so both commit or neither does; reads pass the database and commit on their own.
 * An append locks the chain's head row until its transaction ends, so audit last, just before
 * commit, and never append with the bare database while the same request's open transaction
 * has appended to the same chain: the second append would wait for the first for ever.
 */
export async function recordAuditEvent(
  executor: Kysely<Database> | Transaction<Database>,
  entry: AuditEntry,
): Promise<void> {
  const normalised = normaliseEntry(entry);
  if (executor.isTransaction) return appendToChain(executor, normalised);
  return executor.transaction().execute((transaction) => appendToChain(transaction, normalised));
}

async function appendToChain(
  transaction: Kysely<Database> | Transaction<Database>,
  entry: AuditEntry,
): Promise<void> {
  const chainId = chainIdOf(entry.practiceId);
  const head = await lockChainHead(transaction, chainId);
  const event: ChainedEvent = {
    ...entry,
    id: randomUUID(),
    sequence: head.lastSequence + 1,
    occurredAt: head.now,
  };
  const hash = hashAuditEvent(event, head.lastHash);
  await transaction
    .insertInto('audit_event')
    .values({
      id: event.id,
      practice_id: event.practiceId,
      sequence: event.sequence,
      occurred_at: event.occurredAt,
      actor_id: event.actorId,
      action: event.action,
      entity_type: event.entityType,
      entity_id: event.entityId,
      client_id: event.clientId,
      request_id: event.requestId,
      outcome: event.outcome,
      previous_hash: head.lastHash,
      hash,
    })
    .execute();
  await transaction
    .updateTable('audit_chain_head')
    .set({ last_sequence: event.sequence, last_hash: hash })
    .where('chain_id', '=', chainId)
    .execute();
}

interface LockedHead {
  readonly lastSequence: number;
  readonly lastHash: string;
  /** The database clock, read once the lock is held, so times rise with sequence numbers. */
  readonly now: string;
}

/**
 * Locks the chain's head row, creating it for a chain's first event. Concurrent appends to one
 * chain queue here; other chains are not held up.
 */
async function lockChainHead(
  transaction: Kysely<Database> | Transaction<Database>,
  chainId: string,
): Promise<LockedHead> {
  const select = () =>
    transaction
      .selectFrom('audit_chain_head')
      .select([
        'last_sequence as lastSequence',
        'last_hash as lastHash',
        utcMicrosecondText(sql<Date>`clock_timestamp()`).as('now'),
      ])
      .where('chain_id', '=', chainId)
      .forUpdate()
      .executeTakeFirst();
  const existing = await select();
  if (existing) return existing;
  // Two first events racing: the loser's insert waits for the winner, then does nothing.
  await transaction
    .insertInto('audit_chain_head')
    .values({ chain_id: chainId })
    .onConflict((conflict) => conflict.column('chain_id').doNothing())
    .execute();
  const created = await select();
  if (!created) throw new Error('audit chain head could not be created');
  return created;
}

/** Lowercases uuids (as PostgreSQL returns them) so the hashed text is the stored text. */
function normaliseEntry(entry: AuditEntry): AuditEntry {
  const uuidOrNull = (name: string, value: string | null) => {
    if (value === null) return null;
    // Never quote the value: a caller's bug must not put request content into logs.
    if (!isRecordId(value)) throw new TypeError(`audit entry ${name} must be a uuid`);
    return value.toLowerCase();
  };
  return {
    practiceId: uuidOrNull('practiceId', entry.practiceId),
    actorId: uuidOrNull('actorId', entry.actorId),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    clientId: uuidOrNull('clientId', entry.clientId),
    requestId: entry.requestId,
    outcome: entry.outcome,
  };
}
