import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../database/tables';
import { chainIdOf, GENESIS_HASH, hashAuditEvent, type ChainedEvent } from './audit-chain';
import { utcMicrosecondText } from './audit-trail';

/**
 * Why a chain breaks where it does:
 * - 'altered': the event's fields no longer match its hash;
 * - 'broken link': its previous hash is not the hash of the event before (that one was rewritten);
 * - 'missing': the sequence skips this number (the event was deleted);
 * - 'missing tail': the head records events up to here and beyond that are gone (deleted newest);
 * - 'after head': events exist past the last one the head records (inserted behind its back);
 * - 'head mismatch': the head's hash is not the newest event's (the newest was rewritten).
 */
export type ChainBreakReason =
  'altered' | 'broken link' | 'missing' | 'missing tail' | 'after head' | 'head mismatch';

/** The result of walking one chain from its first event to its head. */
export interface AuditChainReport {
  readonly isIntact: boolean;
  /** How many events were confirmed intact, in sequence order, before the first break. */
  readonly checkedCount: number;
  readonly firstBrokenSequence: number | null;
  readonly reason: ChainBreakReason | null;
}

/** Events read per query, so a chain of any length walks in constant memory. */
export const VERIFICATION_BATCH_SIZE = 1000;

interface StoredEvent extends ChainedEvent {
  readonly previousHash: string;
  readonly hash: string;
}

/**
 * Walks a practice's chain (null: the anonymous chain) in sequence order, recomputing every
 * hash and checking every link, the numbering and the head; reports the first break. Reads one
 * snapshot, so events appended meanwhile neither break nor extend the walk. Writes nothing:
 * the service records that a verification happened.
 */
export async function verifyAuditChain(
  db: Kysely<Database>,
  practiceId: string | null,
): Promise<AuditChainReport> {
  const chainId = chainIdOf(practiceId);
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (transaction) => {
      const head = await transaction
        .selectFrom('audit_chain_head')
        .select(['last_sequence as lastSequence', 'last_hash as lastHash'])
        .where('chain_id', '=', chainId)
        .executeTakeFirst();
      const headSequence = head?.lastSequence ?? 0;
      let checkedCount = 0;
      let previousHash = GENESIS_HASH;
      const broken = (sequence: number, reason: ChainBreakReason): AuditChainReport => ({
        isIntact: false,
        checkedCount,
        firstBrokenSequence: sequence,
        reason,
      });

      for await (const batch of readChainInBatches(transaction, chainId)) {
        for (const event of batch) {
          const expectedSequence = checkedCount + 1;
          if (event.sequence !== expectedSequence) return broken(expectedSequence, 'missing');
          if (event.sequence > headSequence) return broken(event.sequence, 'after head');
          if (hashAuditEvent(event, event.previousHash) !== event.hash) {
            return broken(event.sequence, 'altered');
          }
          if (event.previousHash !== previousHash) return broken(event.sequence, 'broken link');
          previousHash = event.hash;
          checkedCount += 1;
        }
      }

      if (checkedCount < headSequence) return broken(checkedCount + 1, 'missing tail');
      if (head && headSequence > 0 && head.lastHash !== previousHash) {
        // The newest event was replaced by one with a self-consistent hash: it is the break.
        checkedCount -= 1;
        return broken(headSequence, 'head mismatch');
      }
      return { isIntact: true, checkedCount, firstBrokenSequence: null, reason: null };
    });
}

/** The chain in sequence order, one batch per query (keyset pagination, never OFFSET). */
async function* readChainInBatches(
  transaction: Transaction<Database>,
  chainId: string,
): AsyncGenerator<StoredEvent[]> {
  let afterSequence = 0;
  for (;;) {
    const batch = await transaction
      .selectFrom('audit_event')
      .select([
        'id',
        'practice_id as practiceId',
        'sequence',
        utcMicrosecondText(sql.ref<Date>('occurred_at')).as('occurredAt'),
        'actor_id as actorId',
        'action',
        'entity_type as entityType',
        'entity_id as entityId',
        'client_id as clientId',
        'request_id as requestId',
        'outcome',
        'previous_hash as previousHash',
        'hash',
      ])
      .where('chain_id', '=', chainId)
      .where('sequence', '>', afterSequence)
      .orderBy('sequence')
      .limit(VERIFICATION_BATCH_SIZE)
      .execute();
    if (batch.length === 0) return;
    yield batch;
    if (batch.length < VERIFICATION_BATCH_SIZE) return;
    afterSequence = batch[batch.length - 1].sequence;
  }
}
