import { randomUUID } from 'node:crypto';
import { AddMilestone, ChangeClientStatus } from '../clients/client-documents';
import {
  dataOf,
  daysFromToday,
  expectRefusal,
  startClientRecordFixture,
  type ClientRecordFixture,
} from '../clients/client-record-fixture';
import { firstError } from '../accounts/accounts-fixture';
import { phq9Answers } from '../measures/measures-fixture';
import {
  CaseloadSessions,
  ClientSessions,
  EndSession,
  LogInSession,
  MarkPromptAsked,
  MeasureInSession,
  RecordPromptAnswer,
  SaveSessionNotes,
  SessionRecord,
  StartSession,
  TickInSession,
  UntickInSession,
} from './session-documents';

// Session mode over HTTP: a session's life, what is recorded in it, and idempotency keys, the
// promise behind the session screen's offline queue that nothing is recorded twice.

describe('session mode over HTTP', () => {
  let fixture: ClientRecordFixture;

  beforeAll(async () => {
    fixture = await startClientRecordFixture();
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  const post: ClientRecordFixture['clinician']['post'] = (...call) =>
    fixture.clinician.post(...call);

  async function start(clientId: string, startedAt?: string) {
    return dataOf(
      await post(StartSession, { input: { clientId, modality: 'IN_PERSON', startedAt } }),
    ).startSession;
  }

  async function clientWithMilestones(titles: readonly string[]) {
    const client = await fixture.newClient();
    const goal = await fixture.newGoal(client.id);
    const milestones = [];
    for (const title of titles) {
      milestones.push(
        dataOf(await post(AddMilestone, { goalId: goal.id, input: { title } })).addMilestone,
      );
    }
    return { client, goal, milestones };
  }

  async function sessionRecord(id: string) {
    const record = dataOf(await post(SessionRecord, { id })).therapySession;
    if (!record) throw new Error('the session is readable');
    return record;
  }

  async function countRows(
    table: 'therapy_session' | 'progress_entry' | 'measure_response' | 'session_prompt',
  ) {
    const row = await fixture.accounts.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  /** Sends the same call five times, the first three at once: what a replaying queue does. */
  async function fiveTimes<T>(send: () => Promise<T>): Promise<T[]> {
    const racing = await Promise.all([send(), send(), send()]);
    return [...racing, await send(), await send()];
  }

  describe('a session', () => {
    it('opens for a client, is their first, and shows as the open one on their record', async () => {
      const client = await fixture.newClient();
      const session = await start(client.id);
      expect(session).toMatchObject({
        clientId: client.id,
        modality: 'IN_PERSON',
        endedAt: null,
        durationMinutes: null,
        isFirst: true,
        notes: '',
      });
      const record = dataOf(await post(ClientSessions, { id: client.id })).client;
      expect(record?.openSession?.id).toBe(session.id);
      // The caseload shows when the latest session began, without opening the record.
      const { caseload } = dataOf(await post(CaseloadSessions, {}));
      expect(caseload.find((entry) => entry.id === client.id)?.lastSessionAt).toBe(
        session.startedAt,
      );
      expect(record?.sessions.map((each) => each.id)).toStrictEqual([session.id]);
    });

    it('cannot be opened twice for the same client, even by racing requests', async () => {
      const client = await fixture.newClient();
      const before = await countRows('therapy_session');
      const responses = await Promise.all(
        [1, 2, 3].map(() =>
          post(StartSession, { input: { clientId: client.id, modality: 'VIDEO' } }),
        ),
      );
      expect(responses.filter((response) => !response.body.errors)).toHaveLength(1);
      for (const refused of responses.filter((response) => response.body.errors)) {
        expectRefusal(refused, 'BAD_USER_INPUT', 'clientId');
        expect(firstError(refused).message).toMatch(/already open/);
      }
      expect(await countRows('therapy_session')).toBe(before + 1);
    });

    it('ends once, recording its duration, and takes nothing more once ended', async () => {
      const { client, milestones } = await clientWithMilestones(['Walk to the shop']);
      const startedAt = new Date(Date.now() - 50 * 60_000).toISOString();
      const session = await start(client.id, startedAt);
      const ended = dataOf(await post(EndSession, { id: session.id })).endSession;
      expect(ended.durationMinutes).toBe(50);
      expect(ended.endedAt).not.toBeNull();

      expectRefusal(await post(EndSession, { id: session.id }), 'BAD_USER_INPUT', 'id');
      const tick = await post(TickInSession, { id: milestones[0]!.id, sessionId: session.id });
      expectRefusal(tick, 'BAD_USER_INPUT', 'sessionId');
      expect(firstError(tick).message).toMatch(/ended/);
      const row = await fixture.accounts.db
        .selectFrom('milestone')
        .select(['done_at', 'done_in_session_id'])
        .where('id', '=', milestones[0]!.id)
        .executeTakeFirstOrThrow();
      expect(row).toStrictEqual({ done_at: null, done_in_session_id: null });
      expectRefusal(
        await post(SaveSessionNotes, { id: session.id, notes: 'Late thought' }),
        'BAD_USER_INPUT',
        'id',
      );
      // A new session may start once the last has ended.
      expect((await start(client.id)).isFirst).toBe(false);
    });

    it('refuses a start in the future, an end before the start, and a discharged client', async () => {
      const client = await fixture.newClient();
      const future = new Date(Date.now() + 60 * 60_000).toISOString();
      expectRefusal(
        await post(StartSession, {
          input: { clientId: client.id, modality: 'PHONE', startedAt: future },
        }),
        'BAD_USER_INPUT',
        'startedAt',
      );
      const session = await start(client.id);
      const before = new Date(Date.parse(session.startedAt) - 60_000).toISOString();
      expectRefusal(
        await post(EndSession, { id: session.id, endedAt: before }),
        'BAD_USER_INPUT',
        'endedAt',
      );
      await post(EndSession, { id: session.id });
      const discharged = dataOf(
        await post(ChangeClientStatus, {
          input: {
            clientId: client.id,
            version: client.version,
            status: 'DISCHARGED',
            reason: 'Moved away',
          },
        }),
      ).changeClientStatus;
      expect(discharged.status).toBe('DISCHARGED');
      const refused = await post(StartSession, {
        input: { clientId: client.id, modality: 'VIDEO' },
      });
      expectRefusal(refused, 'BAD_USER_INPUT', 'clientId');
      expect(firstError(refused).message).toMatch(/discharged/);
    });

    it('keeps its notes while open, within their limit', async () => {
      const client = await fixture.newClient();
      const session = await start(client.id);
      const saved = dataOf(
        await post(SaveSessionNotes, { id: session.id, notes: 'Talked about the walk.' }),
      ).saveSessionNotes;
      expect(saved.notes).toBe('Talked about the walk.');
      expectRefusal(
        await post(SaveSessionNotes, { id: session.id, notes: 'x'.repeat(20_001) }),
        'BAD_USER_INPUT',
        'notes',
      );
      expect((await sessionRecord(session.id)).notes).toBe('Talked about the walk.');
    });

    it("refuses to record into another client's session", async () => {
      const first = await clientWithMilestones(['Call my sister']);
      const other = await fixture.newClient();
      const othersSession = await start(other.id);
      expectRefusal(
        await post(TickInSession, { id: first.milestones[0]!.id, sessionId: othersSession.id }),
        'NOT_FOUND',
        'sessionId',
      );
      expectRefusal(
        await post(LogInSession, {
          clientId: first.client.id,
          input: { kind: 'WIN', category: 'CONNECTION', clientWords: 'Called her' },
          sessionId: othersSession.id,
        }),
        'NOT_FOUND',
        'sessionId',
      );
    });
  });

  describe('what happens in a session', () => {
    it('is listed on the session: ticks, entries, measures and prompts with answers', async () => {
      const { client, milestones } = await clientWithMilestones(['Shower', 'Open the post']);
      const session = await start(client.id);
      for (const milestone of milestones) {
        dataOf(await post(TickInSession, { id: milestone.id, sessionId: session.id }));
      }
      const entry = dataOf(
        await post(LogInSession, {
          clientId: client.id,
          input: { kind: 'WIN', category: 'SELF_CARE', clientWords: 'Made breakfast twice' },
          sessionId: session.id,
        }),
      ).logProgressEntry;
      expect(entry.sessionId).toBe(session.id);
      const mood = dataOf(
        await post(MeasureInSession, {
          input: { clientId: client.id, instrument: 'MOOD', answers: [6], sessionId: session.id },
        }),
      ).recordMeasure;
      expect(mood.sessionId).toBe(session.id);
      const suggestions = (await sessionRecord(session.id)).promptSuggestions;
      const asked = suggestions[0]!;
      dataOf(
        await post(RecordPromptAnswer, {
          sessionId: session.id,
          promptId: asked.prompt.id,
          reason: asked.reason,
          answer: 'I asked my neighbour for help with the bins',
        }),
      );

      const record = await sessionRecord(session.id);
      expect(record.milestonesTicked.map((milestone) => milestone.id)).toStrictEqual(
        milestones.map((milestone) => milestone.id),
      );
      expect(record.progressEntries.map((each) => each.clientWords)).toStrictEqual([
        'Made breakfast twice',
      ]);
      expect(record.measures).toStrictEqual([{ id: mood.id, instrument: 'MOOD', total: 6 }]);
      expect(record.promptsAsked).toMatchObject([
        {
          promptId: asked.prompt.id,
          text: asked.prompt.text,
          reason: asked.reason,
          answer: 'I asked my neighbour for help with the bins',
        },
      ]);
      // A prompt asked is not suggested again in the same session.
      expect(record.promptSuggestions.map((each) => each.prompt.id)).not.toContain(asked.prompt.id);
    });

    it('unticking in a session clears the session the tick was recorded in', async () => {
      const { client, milestones } = await clientWithMilestones(['Text a friend']);
      const session = await start(client.id);
      await post(TickInSession, { id: milestones[0]!.id, sessionId: session.id });
      const unticked = dataOf(
        await post(UntickInSession, { id: milestones[0]!.id, sessionId: session.id }),
      ).untickMilestone;
      expect(unticked).toMatchObject({ doneAt: null, doneInSessionId: null });
      expect((await sessionRecord(session.id)).milestonesTicked).toStrictEqual([]);
    });

    it('keeps answers within their limit and prompts within the library', async () => {
      const client = await fixture.newClient();
      const session = await start(client.id);
      const promptId = 'builtin-exceptions-different-this-week';
      expectRefusal(
        await post(RecordPromptAnswer, {
          sessionId: session.id,
          promptId,
          answer: 'a'.repeat(2001),
        }),
        'BAD_USER_INPUT',
        'answer',
      );
      expectRefusal(
        await post(RecordPromptAnswer, { sessionId: session.id, promptId, answer: '   ' }),
        'BAD_USER_INPUT',
        'answer',
      );
      expectRefusal(
        await post(MarkPromptAsked, { sessionId: session.id, promptId: 'builtin-no-such-prompt' }),
        'NOT_FOUND',
        'promptId',
      );
      expect(await countRowsOfSession(session.id)).toBe(0);
    });

    async function countRowsOfSession(sessionId: string) {
      const rows = await fixture.accounts.db
        .selectFrom('session_prompt')
        .select('id')
        .where('session_id', '=', sessionId)
        .execute();
      return rows.length;
    }
  });

  describe('prompt suggestions', () => {
    it('offer first-session prompts at a first session, each with its reason', async () => {
      const client = await fixture.newClient();
      const session = await start(client.id);
      const suggestions = (await sessionRecord(session.id)).promptSuggestions;
      expect(suggestions[0]).toMatchObject({ situation: 'FIRST_SESSION', reason: 'First session' });
      expect(suggestions.every((each) => each.reason.length > 0)).toBe(true);
    });

    it('name what changed since the last session: milestones ticked and a setback', async () => {
      const { client, milestones } = await clientWithMilestones(['Bed by midnight', 'Walk']);
      const lastWeek = await start(client.id, new Date(Date.now() - 7 * 86_400_000).toISOString());
      await post(EndSession, {
        id: lastWeek.id,
        endedAt: new Date(Date.now() - 7 * 86_400_000 + 50 * 60_000).toISOString(),
      });
      for (const milestone of milestones) await post(TickInSession, { id: milestone.id });
      const setbackDay = daysFromToday(-2);
      await post(LogInSession, {
        clientId: client.id,
        input: {
          kind: 'SETBACK',
          category: 'OTHER',
          clientWords: 'Stayed in bed',
          occurredOn: setbackDay,
        },
      });
      const session = await start(client.id);
      const reasons = (await sessionRecord(session.id)).promptSuggestions.map(
        (each) => each.reason,
      );
      const weekday = new Date(`${setbackDay}T00:00:00Z`).toLocaleDateString('en-GB', {
        weekday: 'long',
        timeZone: 'UTC',
      });
      expect(reasons.slice(0, 3)).toEqual(
        expect.arrayContaining([
          `Setback logged on ${weekday}`,
          '2 milestones ticked since last session',
        ]),
      );
      expect(reasons).not.toContain('First session');
    });
  });

  describe('idempotency keys', () => {
    it('record a start sent five times once', async () => {
      const client = await fixture.newClient();
      const before = await countRows('therapy_session');
      const key = randomUUID();
      const responses = await fiveTimes(() =>
        post(StartSession, {
          input: { clientId: client.id, modality: 'IN_PERSON' },
          idempotencyKey: key,
        }),
      );
      const ids = new Set(responses.map((response) => dataOf(response).startSession.id));
      expect(ids.size).toBe(1);
      expect(await countRows('therapy_session')).toBe(before + 1);
    });

    it('record a tick, an entry, a measure and an answer sent five times each once', async () => {
      const { client, milestones } = await clientWithMilestones(['Cook a meal']);
      const session = await start(client.id);
      const mark = await fixture.auditMark();
      const before = {
        entries: await countRows('progress_entry'),
        measures: await countRows('measure_response'),
        prompts: await countRows('session_prompt'),
      };

      const tickKey = randomUUID();
      const ticks = await fiveTimes(() =>
        post(TickInSession, {
          id: milestones[0]!.id,
          sessionId: session.id,
          idempotencyKey: tickKey,
        }),
      );
      expect(new Set(ticks.map((tick) => dataOf(tick).tickMilestone.doneAt)).size).toBe(1);

      const entryKey = randomUUID();
      const entries = await fiveTimes(() =>
        post(LogInSession, {
          clientId: client.id,
          input: { kind: 'WIN', category: 'NUTRITION', clientWords: 'Cooked pasta' },
          sessionId: session.id,
          idempotencyKey: entryKey,
        }),
      );
      expect(new Set(entries.map((entry) => dataOf(entry).logProgressEntry.id)).size).toBe(1);

      const measureKey = randomUUID();
      const measures = await fiveTimes(() =>
        post(MeasureInSession, {
          input: {
            clientId: client.id,
            instrument: 'PHQ9',
            answers: phq9Answers(12),
            sessionId: session.id,
          },
          idempotencyKey: measureKey,
        }),
      );
      expect(new Set(measures.map((measure) => dataOf(measure).recordMeasure.id)).size).toBe(1);

      const answerKey = randomUUID();
      const answers = await fiveTimes(() =>
        post(RecordPromptAnswer, {
          sessionId: session.id,
          promptId: 'builtin-exceptions-different-this-week',
          answer: 'I went out before I could talk myself out of it',
          idempotencyKey: answerKey,
        }),
      );
      expect(new Set(answers.map((answer) => dataOf(answer).recordPromptAnswer.id)).size).toBe(1);

      expect({
        entries: await countRows('progress_entry'),
        measures: await countRows('measure_response'),
        prompts: await countRows('session_prompt'),
      }).toStrictEqual({
        entries: before.entries + 1,
        measures: before.measures + 1,
        prompts: before.prompts + 1,
      });
      // One audit event per action, not per request.
      const events = await fixture.auditEventsSince(mark);
      expect(events.map((event) => `${event.action} ${event.entityType}`)).toStrictEqual([
        'UPDATED MILESTONE',
        'CREATED PROGRESS_ENTRY',
        'CREATED MEASURE_RESPONSE',
        'UPDATED SESSION',
      ]);
    });

    it('absorb a replayed tick after the tick was undone, and after the session ended', async () => {
      const { client, milestones } = await clientWithMilestones(['Reply to one email']);
      const session = await start(client.id);
      const key = randomUUID();
      const first = dataOf(
        await post(TickInSession, {
          id: milestones[0]!.id,
          sessionId: session.id,
          idempotencyKey: key,
        }),
      ).tickMilestone;
      await post(UntickInSession, {
        id: milestones[0]!.id,
        sessionId: session.id,
        idempotencyKey: randomUUID(),
      });
      await post(EndSession, { id: session.id, idempotencyKey: randomUUID() });
      // The queue's copy of the first tick arrives late: it was already recorded, so nothing
      // changes (the untick stands) and no error reaches the clinician.
      const replay = dataOf(
        await post(TickInSession, {
          id: milestones[0]!.id,
          sessionId: session.id,
          idempotencyKey: key,
        }),
      ).tickMilestone;
      expect(first.doneAt).not.toBeNull();
      expect(replay).toMatchObject({ id: first.id, doneAt: null });
    });

    it('refuse a key reused for a different action, and a key that is not a UUID', async () => {
      const client = await fixture.newClient();
      const session = await start(client.id);
      const key = randomUUID();
      dataOf(await post(SaveSessionNotes, { id: session.id, notes: 'First', idempotencyKey: key }));
      expectRefusal(
        await post(SaveSessionNotes, { id: session.id, notes: 'Second', idempotencyKey: key }),
        'BAD_USER_INPUT',
        'idempotencyKey',
      );
      expectRefusal(
        await post(SaveSessionNotes, { id: session.id, notes: 'Third', idempotencyKey: 'again' }),
        'BAD_USER_INPUT',
        'idempotencyKey',
      );
      expect((await sessionRecord(session.id)).notes).toBe('First');
    });

    it('belong to the clinician: the same key from another clinician is their own action', async () => {
      const key = randomUUID();
      const mine = await fixture.newClient();
      dataOf(
        await post(StartSession, {
          input: { clientId: mine.id, modality: 'VIDEO' },
          idempotencyKey: key,
        }),
      );
      const colleague = await fixture.secondClinician(`keys-${randomUUID()}@waypoint.example`);
      const theirs = await fixture.accounts.db
        .insertInto('client')
        .values({
          practice_id: fixture.practiceId,
          primary_clinician_id: colleague.id,
          preferred_name: 'Sam',
          started_on: daysFromToday(-30),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const started = dataOf(
        await colleague.session.post(StartSession, {
          input: { clientId: theirs.id, modality: 'VIDEO' },
          idempotencyKey: key,
        }),
      ).startSession;
      expect(started.clientId).toBe(theirs.id);
    });
  });
});
