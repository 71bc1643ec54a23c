import {
  ANONYMOUS_CHAIN_ID,
  chainIdOf,
  GENESIS_HASH,
  hashAuditEvent,
  serialiseForHash,
  type ChainedEvent,
} from './audit-chain';

const firstEvent: ChainedEvent = {
  id: '7b0c5a3e-1f1d-4c55-9a43-6f0e2d1c9b11',
  practiceId: '1c8e2f0a-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
  sequence: 1,
  occurredAt: '2026-03-14T09:30:00.123456Z',
  actorId: '2d9f3a1b-4c5e-4f6a-9b0c-1d2e3f4a5b6c',
  action: 'CLIENT_VIEWED',
  entityType: 'CLIENT',
  entityId: '3e0a4b2c-5d6f-4a7b-8c9d-0e1f2a3b4c5d',
  clientId: '3e0a4b2c-5d6f-4a7b-8c9d-0e1f2a3b4c5d',
  requestId: 'a1b2c3d4-0000-4000-8000-000000000001',
  outcome: 'SUCCESS',
};

describe('the audit hash chain', () => {
  it('serialises an event as a JSON array of its fields in a fixed order, version first', () => {
    expect(serialiseForHash(firstEvent, GENESIS_HASH)).toBe(
      '["waypoint-audit-v1","7b0c5a3e-1f1d-4c55-9a43-6f0e2d1c9b11",' +
        '"1c8e2f0a-3b4d-4e5f-8a9b-0c1d2e3f4a5b",1,"2026-03-14T09:30:00.123456Z",' +
        '"2d9f3a1b-4c5e-4f6a-9b0c-1d2e3f4a5b6c","CLIENT_VIEWED","CLIENT",' +
        '"3e0a4b2c-5d6f-4a7b-8c9d-0e1f2a3b4c5d","3e0a4b2c-5d6f-4a7b-8c9d-0e1f2a3b4c5d",' +
        `"a1b2c3d4-0000-4000-8000-000000000001","SUCCESS","${'0'.repeat(64)}"]`,
    );
  });

  it('hashes the serialisation with SHA-256, as any other tool would', () => {
    // printf '%s' "<the serialisation above>" | sha256sum
    expect(hashAuditEvent(firstEvent, GENESIS_HASH)).toBe(
      'a92b489e2f10c0ac07021e1294c1d50b6e828edd92c464b889269d23c20da2e6',
    );
  });

  it('writes absent ids as null, distinct from any text', () => {
    const anonymous = { ...firstEvent, practiceId: null, actorId: null, clientId: null };
    expect(serialiseForHash(anonymous, GENESIS_HASH)).toContain(
      '"waypoint-audit-v1","7b0c5a3e-1f1d-4c55-9a43-6f0e2d1c9b11",null,1,',
    );
    expect(hashAuditEvent(anonymous, GENESIS_HASH)).not.toBe(
      hashAuditEvent({ ...anonymous, actorId: 'null' }, GENESIS_HASH),
    );
  });

  it('cannot be fooled by moving a separator from one field into the next', () => {
    const split = { ...firstEvent, entityType: 'CLIENT","3e0a', entityId: 'rest' };
    const joined = { ...firstEvent, entityType: 'CLIENT', entityId: '3e0a","rest' };
    expect(serialiseForHash(split, GENESIS_HASH)).not.toBe(serialiseForHash(joined, GENESIS_HASH));
    expect(hashAuditEvent(split, GENESIS_HASH)).not.toBe(hashAuditEvent(joined, GENESIS_HASH));
  });

  it.each<[keyof ChainedEvent, ChainedEvent[keyof ChainedEvent]]>([
    ['id', '7b0c5a3e-1f1d-4c55-9a43-6f0e2d1c9b12'],
    ['practiceId', null],
    ['sequence', 2],
    ['occurredAt', '2026-03-14T09:30:00.123457Z'],
    ['actorId', null],
    ['action', 'UPDATED'],
    ['entityType', 'GOAL'],
    ['entityId', null],
    ['clientId', null],
    ['requestId', 'a1b2c3d4-0000-4000-8000-000000000002'],
    ['outcome', 'DENIED'],
  ])('changes the hash when %s changes', (field, value) => {
    const altered = { ...firstEvent, [field]: value } as ChainedEvent;
    expect(hashAuditEvent(altered, GENESIS_HASH)).not.toBe(
      hashAuditEvent(firstEvent, GENESIS_HASH),
    );
  });

  it('chains each event to the one before through its previous hash', () => {
    const firstHash = hashAuditEvent(firstEvent, GENESIS_HASH);
    const second = { ...firstEvent, id: '7b0c5a3e-1f1d-4c55-9a43-6f0e2d1c9b12', sequence: 2 };
    const secondHash = hashAuditEvent(second, firstHash);

    expect(serialiseForHash(second, firstHash).endsWith(`"${firstHash}"]`)).toBe(true);
    // The same second event after a different first event is a different link.
    const otherFirstHash = hashAuditEvent({ ...firstEvent, outcome: 'FAILED' }, GENESIS_HASH);
    expect(hashAuditEvent(second, otherFirstHash)).not.toBe(secondHash);
    expect(secondHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keys events of no practice to the nil-uuid chain, and others to their practice', () => {
    expect(chainIdOf(null)).toBe(ANONYMOUS_CHAIN_ID);
    expect(ANONYMOUS_CHAIN_ID).toBe('00000000-0000-0000-0000-000000000000');
    expect(chainIdOf(firstEvent.practiceId)).toBe(firstEvent.practiceId);
  });
});
