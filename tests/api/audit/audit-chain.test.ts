import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { hashAuditEvent } from '../../../apps/api/src/audit/audit-chain';
import { recordAuditEvent, type AuditEntry } from '../../../apps/api/src/audit/audit-trail';
import {
  verifyAuditChain,
  VERIFICATION_BATCH_SIZE,
} from '../../../apps/api/src/audit/audit-verification';
import type { Database } from '../../../apps/api/src/database/tables';
import {
  createPractice,
  startAuditTestServer,
  tamperWithAuditEvents,
  type AuditTestServer,
} from './audit-test-database';

/**
 * The trail against a real PostgreSQL server, called directly: appends, the database's
 * append-only guard, and verification finding tampering done behind the API's back.
 */
describe('the audit trail in the database', () => {
  let server: AuditTestServer;
  let db: Kysely<Database>;

  beforeAll(async () => {
    server = await startAuditTestServer();
    db = await server.createDatabase();
  });

  afterAll(async () => {
    await server?.stop();
  });

  function entryFor(practiceId: string | null, actorId: string | null, index = 0): AuditEntry {
    return {
      practiceId,
      actorId,
      action: 'CLIENT_VIEWED',
      entityType: 'CLIENT',
      entityId: randomUUID(),
      clientId: randomUUID(),
      requestId: `request-${index}`,
      outcome: 'SUCCESS',
    };
  }

  /** A practice whose chain holds `count` events, appended one after another. */
  async function practiceWithEvents(count: number): Promise<string> {
    const { practiceId, adminId } = await createPractice(db);
    for (let index = 0; index < count; index += 1) {
      await recordAuditEvent(db, entryFor(practiceId, adminId, index));
    }
    return practiceId;
  }

  async function chainOf(practiceId: string | null) {
    return db
      .selectFrom('audit_event')
      .select(['sequence', 'occurred_at as occurredAt', 'previous_hash as previousHash', 'hash'])
      .where('chain_id', '=', practiceId ?? '00000000-0000-0000-0000-000000000000')
      .orderBy('sequence')
      .execute();
  }

  describe('appending', () => {
    it('keeps one gap-free chain when 200 appends race over ten connections', async () => {
      const { practiceId, adminId } = await createPractice(db);

      await Promise.all(
        Array.from({ length: 200 }, (_, index) =>
          recordAuditEvent(db, entryFor(practiceId, adminId, index)),
        ),
      );

      const chain = await chainOf(practiceId);
      expect(chain.map((event) => event.sequence)).toEqual(
        Array.from({ length: 200 }, (_, index) => index + 1),
      );
      chain.slice(1).forEach((event, index) => {
        expect(event.previousHash).toBe(chain[index].hash);
        // The clock is read once the chain is locked, so time never runs backwards along it.
        expect(event.occurredAt.getTime()).toBeGreaterThanOrEqual(
          chain[index].occurredAt.getTime(),
        );
      });
      expect(await verifyAuditChain(db, practiceId)).toEqual({
        isIntact: true,
        checkedCount: 200,
        firstBrokenSequence: null,
        reason: null,
      });
    });

    it('keeps practices on separate chains, and anonymous attempts on their own', async () => {
      const first = await createPractice(db);
      const second = await createPractice(db);
      const anonymousBefore = (await chainOf(null)).length;

      await Promise.all(
        Array.from({ length: 30 }, (_, index) => [
          recordAuditEvent(db, entryFor(first.practiceId, first.adminId, index)),
          recordAuditEvent(db, entryFor(second.practiceId, second.adminId, index)),
          recordAuditEvent(db, { ...entryFor(null, null, index), action: 'SIGN_IN_FAILED' }),
        ]).flat(),
      );

      expect((await chainOf(first.practiceId)).map((event) => event.sequence)).toEqual(
        Array.from({ length: 30 }, (_, index) => index + 1),
      );
      expect(await chainOf(second.practiceId)).toHaveLength(30);
      expect(await chainOf(null)).toHaveLength(anonymousBefore + 30);
      for (const practiceId of [first.practiceId, second.practiceId, null]) {
        expect((await verifyAuditChain(db, practiceId)).isIntact).toBe(true);
      }
    });

    it("commits or rolls back with the caller's transaction", async () => {
      const practiceId = await practiceWithEvents(2);
      const failure = new Error('the audited write failed');

      await expect(
        db.transaction().execute(async (transaction) => {
          await recordAuditEvent(transaction, entryFor(practiceId, null));
          throw failure;
        }),
      ).rejects.toBe(failure);
      await db
        .transaction()
        .execute((transaction) => recordAuditEvent(transaction, entryFor(practiceId, null)));

      expect((await chainOf(practiceId)).map((event) => event.sequence)).toEqual([1, 2, 3]);
      expect((await verifyAuditChain(db, practiceId)).isIntact).toBe(true);
    });

    it('refuses an entry whose ids are not ids, writing nothing', async () => {
      const practiceId = await practiceWithEvents(1);
      await expect(
        recordAuditEvent(db, { ...entryFor(practiceId, null), clientId: 'Alex Client' }),
      ).rejects.toThrow('audit entry clientId must be a uuid');
      expect(await chainOf(practiceId)).toHaveLength(1);
    });
  });

  describe('the append-only guard', () => {
    const appendOnly = /the audit trail is append-only/;
    it.each([
      ['UPDATE', sql`UPDATE audit_event SET outcome = 'DENIED'`, appendOnly],
      ['DELETE', sql`DELETE FROM audit_event`, appendOnly],
      // Statement-level: refused even when no row matches.
      ['DELETE of nothing', sql`DELETE FROM audit_event WHERE false`, appendOnly],
      ['TRUNCATE', sql`TRUNCATE audit_event`, appendOnly],
      ['DELETE of a chain head', sql`DELETE FROM audit_chain_head`, appendOnly],
      [
        'rewinding a chain head',
        sql`UPDATE audit_chain_head SET last_sequence = last_sequence - 1`,
        /only moves one event forward/,
      ],
    ])('refuses %s, even from the table owner', async (_name, statement, message) => {
      await practiceWithEvents(1);
      await expect(statement.execute(db)).rejects.toThrow(message);
    });
  });

  describe('verification', () => {
    it('finds an empty or unknown chain intact', async () => {
      const { practiceId } = await createPractice(db);
      expect(await verifyAuditChain(db, practiceId)).toEqual({
        isIntact: true,
        checkedCount: 0,
        firstBrokenSequence: null,
        reason: null,
      });
    });

    it('reports an event altered in the database at its sequence', async () => {
      const practiceId = await practiceWithEvents(5);
      await tamperWithAuditEvents(
        db,
        sql`UPDATE audit_event SET outcome = 'DENIED' WHERE chain_id = ${practiceId} AND sequence = 3`,
      );
      expect(await verifyAuditChain(db, practiceId)).toEqual({
        isIntact: false,
        checkedCount: 2,
        firstBrokenSequence: 3,
        reason: 'altered',
      });
    });

    it('reports a time moved by one microsecond as an alteration', async () => {
      const practiceId = await practiceWithEvents(3);
      await tamperWithAuditEvents(
        db,
        sql`UPDATE audit_event SET occurred_at = occurred_at + interval '1 microsecond'
            WHERE chain_id = ${practiceId} AND sequence = 1`,
      );
      expect(await verifyAuditChain(db, practiceId)).toMatchObject({
        firstBrokenSequence: 1,
        reason: 'altered',
      });
    });

    it('reports an event deleted from the middle as missing at its sequence', async () => {
      const practiceId = await practiceWithEvents(5);
      await tamperWithAuditEvents(
        db,
        sql`DELETE FROM audit_event WHERE chain_id = ${practiceId} AND sequence = 3`,
      );
      expect(await verifyAuditChain(db, practiceId)).toEqual({
        isIntact: false,
        checkedCount: 2,
        firstBrokenSequence: 3,
        reason: 'missing',
      });
    });

    it('reports the newest event deleted as a missing tail, thanks to the chain head', async () => {
      const practiceId = await practiceWithEvents(5);
      await tamperWithAuditEvents(
        db,
        sql`DELETE FROM audit_event WHERE chain_id = ${practiceId} AND sequence = 5`,
      );
      expect(await verifyAuditChain(db, practiceId)).toEqual({
        isIntact: false,
        checkedCount: 4,
        firstBrokenSequence: 5,
        reason: 'missing tail',
      });
    });

    it('reports an event rewritten with a fresh hash at the link that no longer holds', async () => {
      const practiceId = await practiceWithEvents(5);
      await rewriteWithFreshHash(practiceId, 2);
      expect(await verifyAuditChain(db, practiceId)).toEqual({
        isIntact: false,
        checkedCount: 2,
        firstBrokenSequence: 3,
        reason: 'broken link',
      });
    });

    it('reports the newest event rewritten with a fresh hash against the chain head', async () => {
      const practiceId = await practiceWithEvents(4);
      await rewriteWithFreshHash(practiceId, 4);
      expect(await verifyAuditChain(db, practiceId)).toEqual({
        isIntact: false,
        checkedCount: 3,
        firstBrokenSequence: 4,
        reason: 'head mismatch',
      });
    });

    it('walks a chain longer than one batch, reporting a break in a later batch', async () => {
      const { practiceId, adminId } = await createPractice(db);
      const length = VERIFICATION_BATCH_SIZE * 2 + 100;
      await db.transaction().execute(async (transaction) => {
        for (let index = 0; index < length; index += 1) {
          await recordAuditEvent(transaction, entryFor(practiceId, adminId, index));
        }
      });
      expect(await verifyAuditChain(db, practiceId)).toMatchObject({
        isIntact: true,
        checkedCount: length,
      });

      const target = VERIFICATION_BATCH_SIZE + 500;
      await tamperWithAuditEvents(
        db,
        sql`UPDATE audit_event SET action = 'DELETED' WHERE chain_id = ${practiceId} AND sequence = ${target}`,
      );
      expect(await verifyAuditChain(db, practiceId)).toEqual({
        isIntact: false,
        checkedCount: target - 1,
        firstBrokenSequence: target,
        reason: 'altered',
      });
    });
  });

  /** Changes an event and recomputes its own hash, as a careful forger would. */
  async function rewriteWithFreshHash(practiceId: string, sequence: number): Promise<void> {
    const event = await db
      .selectFrom('audit_event')
      .select([
        'id',
        'practice_id as practiceId',
        'sequence',
        sql<string>`to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
          'occurredAt',
        ),
        'actor_id as actorId',
        'action',
        'entity_type as entityType',
        'entity_id as entityId',
        'client_id as clientId',
        'request_id as requestId',
        'outcome',
        'previous_hash as previousHash',
      ])
      .where('chain_id', '=', practiceId)
      .where('sequence', '=', sequence)
      .executeTakeFirstOrThrow();
    const forged = { ...event, outcome: 'DENIED' as const };
    const hash = hashAuditEvent(forged, event.previousHash);
    await tamperWithAuditEvents(
      db,
      sql`UPDATE audit_event SET outcome = 'DENIED', hash = ${hash} WHERE id = ${event.id}`,
    );
  }
});
