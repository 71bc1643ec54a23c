import { TEXT_LIMITS } from '@waypoint/shared';
import type { GraphqlSession } from '../../support/graphql-session';
import { DEMO_EMAILS } from '../accounts/accounts-fixture';
import {
  ClientRecordQuery,
  LogProgressEntry,
  RemoveProgressEntry,
  UpdateProgressEntry,
  type ProgressEntryInput,
} from './client-documents';
import {
  dataOf,
  daysFromToday,
  expectRefusal,
  startClientRecordFixture,
  type ClientRecordFixture,
} from './client-record-fixture';

const smallWin: ProgressEntryInput = {
  kind: 'WIN',
  category: 'MOVEMENT',
  clientWords: 'Walked to the shop',
};

describe('small wins, setbacks and reflections over HTTP', () => {
  let fixture: ClientRecordFixture;
  let clinician: GraphqlSession;

  beforeAll(async () => {
    fixture = await startClientRecordFixture();
    clinician = fixture.clinician;
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  /** The entry's row as the database holds it, or undefined once removed. */
  function entryRow(id: string) {
    return fixture.accounts.db
      .selectFrom('progress_entry')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async function logEntry(clientId: string, input: Partial<ProgressEntryInput> = {}) {
    const logged = await clinician.post(LogProgressEntry, {
      clientId,
      input: { ...smallWin, ...input },
    });
    return dataOf(logged).logProgressEntry;
  }

  describe('logProgressEntry', () => {
    it('logs a small win that celebrates the effort, about one of the client’s goals', async () => {
      const client = await fixture.newClient();
      const goal = await fixture.newGoal(client.id);
      const before = await fixture.rowCounts();
      const mark = await fixture.auditMark();

      const entry = await logEntry(client.id, {
        category: 'SELF_CARE',
        clientWords: '  Booked the dentist, even though I cancelled  ',
        isEffort: true,
        occurredOn: daysFromToday(-2),
        goalId: goal.id,
      });

      expect(entry).toEqual({
        id: expect.any(String),
        version: 1,
        kind: 'WIN',
        category: 'SELF_CARE',
        clientWords: 'Booked the dentist, even though I cancelled',
        isEffort: true,
        occurredOn: daysFromToday(-2),
        goalId: goal.id,
      });
      const record = dataOf(await clinician.post(ClientRecordQuery, { id: client.id })).client;
      expect(record.progressEntries).toEqual([entry]);
      expect(await fixture.rowCounts()).toEqual({
        ...before,
        progress_entry: before['progress_entry'] + 1,
        // The entry's CREATED, then the record's CLIENT_VIEWED.
        successfulAuditEvents: before['successfulAuditEvents'] + 2,
      });
      expect((await fixture.auditEventsSince(mark))[0]).toEqual({
        action: 'CREATED',
        entityType: 'PROGRESS_ENTRY',
        entityId: entry.id,
        clientId: client.id,
        actorId: fixture.clinicianId,
        outcome: 'SUCCESS',
      });
    });

    it('logs a setback, not counted as effort and dated today, when no more is said', async () => {
      const client = await fixture.newClient();

      const entry = await logEntry(client.id, {
        kind: 'SETBACK',
        category: 'COPING_SKILL',
        clientWords: 'Had a panic attack on the bus',
      });

      expect(entry).toMatchObject({
        kind: 'SETBACK',
        isEffort: false,
        occurredOn: daysFromToday(0),
        goalId: null,
      });
    });

    it('takes a win from before care began: a client may bring one from the week before', async () => {
      const client = await fixture.newClient({ startedOn: daysFromToday(-3) });
      const entry = await logEntry(client.id, { occurredOn: daysFromToday(-10) });
      expect(entry.occurredOn).toBe(daysFromToday(-10));
    });

    it('takes client words of exactly the longest allowed length', async () => {
      const client = await fixture.newClient();
      const longest = 'x'.repeat(TEXT_LIMITS.progressClientWords);
      expect((await logEntry(client.id, { clientWords: longest })).clientWords).toBe(longest);
    });

    it.each<[string, () => Promise<Partial<ProgressEntryInput>>, string, string]>([
      [
        'a goal of another client',
        async () => ({ goalId: (await fixture.newGoal((await fixture.newClient()).id)).id }),
        'NOT_FOUND',
        'goalId',
      ],
      [
        'a goal of another practice',
        async () => ({ goalId: (await fixture.otherPracticeClient()).goalId }),
        'NOT_FOUND',
        'goalId',
      ],
      [
        'a goal id that cannot name a goal',
        async () => ({ goalId: 'goal-1' }),
        'NOT_FOUND',
        'goalId',
      ],
      [
        'a day in the future',
        async () => ({ occurredOn: daysFromToday(2) }),
        'BAD_USER_INPUT',
        'occurredOn',
      ],
      ['empty client words', async () => ({ clientWords: '' }), 'BAD_USER_INPUT', 'clientWords'],
      [
        'client words of spaces only',
        async () => ({ clientWords: '   ' }),
        'BAD_USER_INPUT',
        'clientWords',
      ],
      [
        'client words one character too long',
        async () => ({ clientWords: 'x'.repeat(TEXT_LIMITS.progressClientWords + 1) }),
        'BAD_USER_INPUT',
        'clientWords',
      ],
    ])(
      'refuses an entry with %s, naming the field, and writes nothing',
      async (_what, change, code, field) => {
        const client = await fixture.newClient();
        const input = { ...smallWin, ...(await change()) };
        const before = await fixture.rowCounts();

        const response = await clinician.post(LogProgressEntry, { clientId: client.id, input });

        expectRefusal(response, code, field);
        expect(await fixture.rowCounts()).toEqual(before);
      },
    );
  });

  describe('updateProgressEntry', () => {
    it('saves an entry over the current version and moves the version on', async () => {
      const client = await fixture.newClient();
      const goal = await fixture.newGoal(client.id);
      const entry = await logEntry(client.id);
      const mark = await fixture.auditMark();

      const saved = dataOf(
        await clinician.post(UpdateProgressEntry, {
          id: entry.id,
          version: entry.version,
          input: {
            kind: 'REFLECTION',
            category: 'EMOTIONAL_AWARENESS',
            clientWords: 'Noticed I was tired, not lazy',
            occurredOn: daysFromToday(-1),
            goalId: goal.id,
          },
        }),
      ).updateProgressEntry;

      expect(saved).toEqual({
        id: entry.id,
        version: entry.version + 1,
        kind: 'REFLECTION',
        category: 'EMOTIONAL_AWARENESS',
        clientWords: 'Noticed I was tired, not lazy',
        isEffort: false,
        occurredOn: daysFromToday(-1),
        goalId: goal.id,
      });
      expect(await fixture.auditEventsSince(mark)).toEqual([
        expect.objectContaining({
          action: 'UPDATED',
          entityType: 'PROGRESS_ENTRY',
          entityId: entry.id,
          clientId: client.id,
        }),
      ]);
    });

    it('refuses a save over a stale version with CONFLICT, changing nothing', async () => {
      const client = await fixture.newClient();
      const entry = await logEntry(client.id);
      dataOf(
        await clinician.post(UpdateProgressEntry, {
          id: entry.id,
          version: entry.version,
          input: { ...smallWin, clientWords: 'First edit' },
        }),
      );
      const rowBefore = await entryRow(entry.id);
      const before = await fixture.rowCounts();

      const stale = await clinician.post(UpdateProgressEntry, {
        id: entry.id,
        version: entry.version,
        input: { ...smallWin, clientWords: 'Second edit' },
      });

      expectRefusal(stale, 'CONFLICT', 'version');
      expect(rowBefore?.client_words).toBe('First edit');
      expect(await entryRow(entry.id)).toEqual(rowBefore);
      expect(await fixture.rowCounts()).toEqual(before);
    });

    it('refuses to tie an entry to a goal of another client, on goalId', async () => {
      const client = await fixture.newClient();
      const entry = await logEntry(client.id);
      const otherGoal = await fixture.newGoal((await fixture.newClient()).id);
      const rowBefore = await entryRow(entry.id);

      const response = await clinician.post(UpdateProgressEntry, {
        id: entry.id,
        version: entry.version,
        input: { ...smallWin, goalId: otherGoal.id },
      });

      expectRefusal(response, 'NOT_FOUND', 'goalId');
      expect(await entryRow(entry.id)).toEqual(rowBefore);
    });
  });

  describe('removeProgressEntry', () => {
    it('removes an entry from the record, leaving a DELETED audit event', async () => {
      const client = await fixture.newClient();
      const kept = await logEntry(client.id, { clientWords: 'Kept' });
      const entry = await logEntry(client.id, { clientWords: 'Logged by mistake' });
      const mark = await fixture.auditMark();

      const removed = await clinician.post(RemoveProgressEntry, {
        id: entry.id,
        version: entry.version,
      });

      expect(dataOf(removed).removeProgressEntry).toBe(true);
      expect(await entryRow(entry.id)).toBeUndefined();
      const record = dataOf(await clinician.post(ClientRecordQuery, { id: client.id })).client;
      expect(record.progressEntries.map((remaining) => remaining.id)).toEqual([kept.id]);
      expect((await fixture.auditEventsSince(mark))[0]).toEqual({
        action: 'DELETED',
        entityType: 'PROGRESS_ENTRY',
        entityId: entry.id,
        clientId: client.id,
        actorId: fixture.clinicianId,
        outcome: 'SUCCESS',
      });
    });

    it('refuses to remove over a stale version with CONFLICT, and the entry stays', async () => {
      const client = await fixture.newClient();
      const entry = await logEntry(client.id);
      dataOf(
        await clinician.post(UpdateProgressEntry, {
          id: entry.id,
          version: entry.version,
          input: { ...smallWin, clientWords: 'Corrected' },
        }),
      );
      const rowBefore = await entryRow(entry.id);
      const before = await fixture.rowCounts();

      const stale = await clinician.post(RemoveProgressEntry, {
        id: entry.id,
        version: entry.version,
      });

      expectRefusal(stale, 'CONFLICT', 'version');
      expect(rowBefore).toBeDefined();
      expect(await entryRow(entry.id)).toEqual(rowBefore);
      expect(await fixture.rowCounts()).toEqual(before);
    });
  });

  describe('who may log', () => {
    it('refuses another clinician of the practice with FORBIDDEN, writing nothing but the refusals', async () => {
      const client = await fixture.newClient();
      const entry = await logEntry(client.id);
      const other = await fixture.secondClinician('sam.okoro@riverside.example');
      const rowBefore = await entryRow(entry.id);
      const before = await fixture.rowCounts();
      const mark = await fixture.auditMark();

      const logged = await other.session.post(LogProgressEntry, {
        clientId: client.id,
        input: smallWin,
      });
      const updated = await other.session.post(UpdateProgressEntry, {
        id: entry.id,
        version: entry.version,
        input: { ...smallWin, clientWords: 'Not mine to change' },
      });
      const removed = await other.session.post(RemoveProgressEntry, {
        id: entry.id,
        version: entry.version,
      });

      expectRefusal(logged, 'FORBIDDEN', 'clientId');
      expectRefusal(updated, 'FORBIDDEN', 'id');
      expectRefusal(removed, 'FORBIDDEN', 'id');
      expect(await entryRow(entry.id)).toEqual(rowBefore);
      expect(await fixture.rowCounts()).toEqual(before);
      const refusals = await fixture.auditEventsSince(mark);
      expect(refusals).toHaveLength(3);
      for (const refusal of refusals) {
        expect(refusal).toEqual({
          action: 'PERMISSION_DENIED',
          entityType: 'CLIENT',
          entityId: client.id,
          clientId: client.id,
          actorId: other.id,
          outcome: 'DENIED',
        });
      }
    });

    it('refuses the supervisor, who may read the record but not write to it', async () => {
      const client = await fixture.newClient();
      const supervisor = await fixture.accounts.signedIn(DEMO_EMAILS.supervisor);
      const before = await fixture.rowCounts();

      const response = await supervisor.post(LogProgressEntry, {
        clientId: client.id,
        input: smallWin,
      });

      expectRefusal(response, 'FORBIDDEN', 'clientId');
      expect(await fixture.rowCounts()).toEqual(before);
    });

    it('answers NOT_FOUND for another practice’s client and its entries', async () => {
      const elsewhere = await fixture.otherPracticeClient();
      const foreign = await fixture.accounts.db
        .insertInto('progress_entry')
        .values({
          practice_id: elsewhere.practiceId,
          client_id: elsewhere.clientId,
          kind: 'WIN',
          category: 'OTHER',
          client_words: 'Elsewhere',
          occurred_on: daysFromToday(-1),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const rowBefore = await entryRow(foreign.id);
      const before = await fixture.rowCounts();

      const logged = await clinician.post(LogProgressEntry, {
        clientId: elsewhere.clientId,
        input: smallWin,
      });
      const removed = await clinician.post(RemoveProgressEntry, { id: foreign.id, version: 1 });

      expectRefusal(logged, 'NOT_FOUND', 'clientId');
      expectRefusal(removed, 'NOT_FOUND', 'id');
      expect(await entryRow(foreign.id)).toEqual(rowBefore);
      expect(await fixture.rowCounts()).toEqual(before);
    });
  });
});
