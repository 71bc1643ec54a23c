// jsdom has no IndexedDB, so these specs run on fake-indexeddb's in-memory one; the browser
// test covers the real one.
import 'fake-indexeddb/auto';

import { TestBed } from '@angular/core/testing';
import { IDBFactory } from 'fake-indexeddb';
import { setImmediate as nextTurn } from 'node:timers/promises';

import {
  SESSION_ACTION_SENDER,
  type SendOutcome,
  type SessionAction,
  type SessionActionSender,
} from './session-action';
import { aSessionAction, lendStructuredClone } from './session-action.fixture';
import { SessionActionQueue } from './session-action-queue';
import { SESSION_ACTION_INDEXED_DB, SessionActionStorage } from './session-action-storage';

lendStructuredClone();

/** The API as the queue sees it: up or down, refusing some actions, answering now or on cue. */
class FakeApi implements SessionActionSender {
  /** Every action sent, in the order sent, resends included. */
  readonly received: SessionAction[] = [];
  readonly refusedKeys = new Set<string>();
  isReachable = true;
  /** Whether sending throws, as a fetch does when the network is gone. */
  isThrowing = false;
  /** Whether answers wait for `answer()`. */
  isHolding = false;
  /** The most actions that were on their way at once. */
  mostInFlight = 0;
  /** Told of each action as it arrives, before it is answered. */
  onReceive: (action: SessionAction) => void = () => undefined;
  private inFlight = 0;
  private readonly held: (() => void)[] = [];

  async send(action: SessionAction): Promise<SendOutcome> {
    this.received.push(action);
    this.onReceive(action);
    this.inFlight += 1;
    this.mostInFlight = Math.max(this.mostInFlight, this.inFlight);
    try {
      await new Promise<void>((resolve) => (this.isHolding ? this.held.push(resolve) : resolve()));
      if (this.isThrowing) throw new TypeError('Failed to fetch');
      if (!this.isReachable) return { kind: 'UNREACHABLE' };
      if (this.refusedKeys.has(action.key)) {
        return {
          kind: 'REJECTED',
          message: 'This milestone has been removed',
          code: 'NOT_FOUND',
          field: 'milestoneId',
        };
      }
      return { kind: 'SENT' };
    } finally {
      this.inFlight -= 1;
    }
  }

  /** Lets the oldest held action be answered. */
  answer(): void {
    this.held.shift()?.();
  }
}

/** Opens the page afresh on the same browser storage: a new queue, as after a reload. */
function openPage(api: FakeApi, providers: unknown[] = []) {
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({
    providers: [{ provide: SESSION_ACTION_SENDER, useValue: api }, ...(providers as [])],
  });
  return TestBed.inject(SessionActionQueue);
}

/** What the browser keeps for an account, as a reload would find it. */
function keptFor(accountId: string) {
  return TestBed.runInInjectionContext(() => new SessionActionStorage()).listWaiting(accountId);
}

/** Lets IndexedDB and the API's answers run until `condition` holds. */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let turn = 0; turn < 500; turn += 1) {
    if (condition()) return;
    await nextTurn();
  }
  throw new Error(`Still waiting for ${what}`);
}

describe('SessionActionQueue', () => {
  let api: FakeApi;
  let queue: InstanceType<typeof SessionActionQueue>;

  const isSaved = () => queue.status() === 'SAVED';
  const isOffline = () => queue.status() === 'OFFLINE';

  beforeEach(() => {
    // A fresh, empty IndexedDB for each spec.
    indexedDB = new IDBFactory();
    api = new FakeApi();
    queue = openPage(api);
  });

  afterEach(() => jest.useRealTimers());

  it('sends the actions in the order they were taken, one at a time', async () => {
    await queue.load('clinician-1');
    const actions = [aSessionAction(), aSessionAction(), aSessionAction()];

    await Promise.all(actions.map((action) => queue.enqueue(action)));
    await until(isSaved, 'the queue to empty');

    expect(api.received).toEqual(actions);
    expect(api.mostInFlight).toBe(1);
    expect(queue.statusText()).toBe('Saved');
    expect(await keptFor('clinician-1')).toEqual([]);
  });

  it('holds an action taken while another is being sent until that one is answered', async () => {
    await queue.load('clinician-1');
    api.isHolding = true;
    const first = aSessionAction();
    const second = aSessionAction();

    await queue.enqueue(first);
    await queue.enqueue(second);

    expect(api.received).toEqual([first]);
    expect(queue.statusText()).toBe('Saving…');
    api.answer();
    await until(() => api.received.length === 2, 'the second action to go');
    api.answer();
    await until(isSaved, 'the queue to empty');
    expect(api.received).toEqual([first, second]);
  });

  it('keeps the actions waiting while the API cannot be reached, and says how many', async () => {
    api.isReachable = false;
    await queue.load('clinician-1');
    const actions = [aSessionAction(), aSessionAction(), aSessionAction()];

    for (const action of actions) await queue.enqueue(action);
    await until(isOffline, 'the queue to know it is offline');

    expect(queue.statusText()).toBe('Offline: 3 changes waiting');
    expect(queue.waiting()).toEqual(actions);
    expect(await keptFor('clinician-1')).toEqual(actions);
  });

  it('counts one waiting change in the singular', async () => {
    api.isReachable = false;
    await queue.load('clinician-1');

    await queue.enqueue(aSessionAction());
    await until(isOffline, 'the queue to know it is offline');

    expect(queue.statusText()).toBe('Offline: 1 change waiting');
  });

  it('keeps an action waiting when sending it throws, and sends it when asked again', async () => {
    api.isThrowing = true;
    await queue.load('clinician-1');
    const action = aSessionAction();
    await queue.enqueue(action);
    await until(isOffline, 'the queue to know it is offline');

    api.isThrowing = false;
    await queue.sendWaiting();
    await until(isSaved, 'the queue to empty');

    expect(api.received).toEqual([action, action]);
  });

  it('sends what was waiting once, in order, after the page reloads', async () => {
    api.isReachable = false;
    await queue.load('clinician-1');
    const actions = [aSessionAction(), aSessionAction()];
    for (const action of actions) await queue.enqueue(action);
    await until(isOffline, 'the queue to know it is offline');

    const apiAfterReload = new FakeApi();
    queue = openPage(apiAfterReload);
    await queue.load('clinician-1');

    expect(queue.waiting()).toEqual(actions);
    await until(isSaved, 'the queue to empty');
    expect(apiAfterReload.received).toEqual(actions);

    const apiAfterAnotherReload = new FakeApi();
    queue = openPage(apiAfterAnotherReload);
    await queue.load('clinician-1');
    await until(isSaved, 'the queue to settle');
    expect(apiAfterAnotherReload.received).toEqual([]);
  });

  it('sends the kept actions before one taken while they were being read', async () => {
    const storage = TestBed.inject(SessionActionStorage);
    const kept = aSessionAction();
    await storage.addWaiting(kept);
    const read = storage.listWaiting.bind(storage);
    let finishReading = () => undefined as void;
    const reading = new Promise<void>((resolve) => (finishReading = resolve));
    jest.spyOn(storage, 'listWaiting').mockImplementation(async (accountId) => {
      const waiting = await read(accountId);
      await reading;
      return waiting;
    });
    const taken = aSessionAction();

    const loading = queue.load('clinician-1');
    await queue.enqueue(taken);
    expect(api.received).toEqual([]);
    finishReading();
    await loading;
    await until(isSaved, 'the queue to empty');

    expect(api.received).toEqual([kept, taken]);
  });

  it('still sends what is taken while the kept queue cannot be read, and says so', async () => {
    const storage = TestBed.inject(SessionActionStorage);
    jest.spyOn(storage, 'listWaiting').mockRejectedValue(new DOMException('Gone', 'UnknownError'));
    const taken = aSessionAction();

    const loading = queue.load('clinician-1');
    await queue.enqueue(taken);
    await loading;
    await until(isSaved, 'the queue to empty');

    expect(api.received).toEqual([taken]);
    expect(queue.isPersistent()).toBe(false);
  });

  it('shows a refused action to the clinician, keeps it, and carries on with the rest', async () => {
    await queue.load('clinician-1');
    const [before, refused, after] = [aSessionAction(), aSessionAction(), aSessionAction()];
    api.refusedKeys.add(refused.key);

    await Promise.all([before, refused, after].map((action) => queue.enqueue(action)));
    await until(isSaved, 'the queue to empty');

    expect(api.received).toEqual([before, refused, after]);
    const refusal = {
      action: refused,
      message: 'This milestone has been removed',
      code: 'NOT_FOUND',
      field: 'milestoneId',
      rejectedAt: expect.any(String),
    };
    expect(queue.rejected()).toEqual([refusal]);
    queue = openPage(new FakeApi());
    await queue.load('clinician-1');
    expect(queue.rejected()).toEqual([refusal]);
  });

  it('forgets a refusal the clinician dismissed, also after a reload', async () => {
    await queue.load('clinician-1');
    const refused = aSessionAction();
    api.refusedKeys.add(refused.key);
    await queue.enqueue(refused);
    await until(() => queue.rejected().length === 1, 'the refusal');

    await queue.dismissRejected(refused.key);

    expect(queue.rejected()).toEqual([]);
    queue = openPage(new FakeApi());
    await queue.load('clinician-1');
    expect(queue.rejected()).toEqual([]);
  });

  it('sends a retried refusal again at the end of the queue, under the same key', async () => {
    await queue.load('clinician-1');
    const refused = aSessionAction();
    api.refusedKeys.add(refused.key);
    await queue.enqueue(refused);
    await until(() => queue.rejected().length === 1, 'the refusal');
    api.refusedKeys.clear();
    api.isHolding = true;
    const next = aSessionAction();
    await queue.enqueue(next);

    await queue.retryRejected(refused.key);

    expect(queue.rejected()).toEqual([]);
    expect(queue.waiting()).toEqual([next, refused]);
    api.answer();
    await until(() => api.received.length === 3, 'the retried action to go');
    api.answer();
    await until(isSaved, 'the queue to empty');
    expect(api.received).toEqual([refused, next, refused]);
  });

  it('tries again at once when the browser comes back online', async () => {
    // Fake timers keep the backoff from firing: only the online event can send it.
    jest.useFakeTimers();
    api.isReachable = false;
    await queue.load('clinician-1');
    const action = aSessionAction();
    await queue.enqueue(action);
    await until(isOffline, 'the queue to know it is offline');

    api.isReachable = true;
    window.dispatchEvent(new Event('online'));
    await until(isSaved, 'the queue to empty');

    expect(api.received).toEqual([action, action]);
  });

  it('waits 1 s, 2 s, 4 s and so on, up to 30 s, between attempts', async () => {
    jest.useFakeTimers();
    api.isReachable = false;
    await queue.load('clinician-1');
    await queue.enqueue(aSessionAction());
    await until(isOffline, 'the first attempt');

    for (const pause of [1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]) {
      const attempts = api.received.length;
      await jest.advanceTimersByTimeAsync(pause - 1);
      expect(api.received.length).toBe(attempts);
      await jest.advanceTimersByTimeAsync(1);
      await until(() => api.received.length === attempts + 1 && !queue.isSending(), 'a retry');
    }

    api.isReachable = true;
    await jest.advanceTimersByTimeAsync(30_000);
    await until(isSaved, 'the queue to empty');
    api.isReachable = false;
    await queue.enqueue(aSessionAction());
    await until(isOffline, 'a new first attempt');
    const attempts = api.received.length;
    await jest.advanceTimersByTimeAsync(1_000);
    await until(() => api.received.length === attempts + 1, 'a retry after 1 s again');
  });

  it('neither shows nor sends the actions of another account', async () => {
    await queue.load('clinician-1');
    const mine = aSessionAction();
    const theirs = aSessionAction({ accountId: 'clinician-2' });

    await queue.enqueue(theirs);
    await queue.enqueue(mine);
    await until(isSaved, 'the queue to empty');

    expect(api.received).toEqual([mine]);
    expect(await keptFor('clinician-2')).toEqual([theirs]);

    await queue.load('clinician-2');
    await until(isSaved, 'the other queue to empty');
    expect(api.received).toEqual([mine, theirs]);
  });

  it('shows only the queue of the account loaded last', async () => {
    api.isReachable = false;
    await queue.load('clinician-2');
    const theirs = aSessionAction({ accountId: 'clinician-2', sessionId: 'session-9' });
    await queue.enqueue(theirs);
    await until(isOffline, 'the queue to know it is offline');

    await queue.load('clinician-1');

    expect(queue.waiting()).toEqual([]);
    expect(queue.waitingFor('session-9')).toEqual([]);
    expect(queue.statusText()).toBe('Saved');
  });

  it('keeps an action in the browser before sending it', async () => {
    await queue.load('clinician-1');
    api.isHolding = true;
    let keptWhenSent: Promise<SessionAction[]> | null = null;
    api.onReceive = () => (keptWhenSent = keptFor('clinician-1'));
    const action = aSessionAction();

    await queue.enqueue(action);

    expect(api.received).toEqual([action]);
    expect(await keptWhenSent).toEqual([action]);
  });

  it('keeps and sends an action enqueued twice under the same key once', async () => {
    await queue.load('clinician-1');
    api.isHolding = true;
    const action = aSessionAction();

    await queue.enqueue(action);
    await queue.enqueue({ ...action });

    expect(queue.waiting()).toEqual([action]);
    expect(await keptFor('clinician-1')).toEqual([action]);
    api.answer();
    await until(isSaved, 'the queue to empty');
    expect(api.received).toEqual([action]);
  });

  it('lists the actions still waiting for one session', async () => {
    api.isReachable = false;
    await queue.load('clinician-1');
    const thisSession = aSessionAction({ sessionId: 'session-1' });
    const otherSession = aSessionAction({ sessionId: 'session-2' });

    await queue.enqueue(thisSession);
    await queue.enqueue(otherSession);

    expect(queue.waitingFor('session-1')).toEqual([thisSession]);
  });

  it('still sends an action the browser could not keep, and says it cannot keep it', async () => {
    await queue.load('clinician-1');
    const storage = TestBed.inject(SessionActionStorage);
    jest
      .spyOn(storage, 'addWaiting')
      .mockRejectedValue(new DOMException('Full', 'QuotaExceededError'));
    const action = aSessionAction();

    await queue.enqueue(action);
    await until(isSaved, 'the queue to empty');

    expect(api.received).toEqual([action]);
    expect(queue.isPersistent()).toBe(false);
  });

  it('says the queue will not survive a reload in a browser without IndexedDB', async () => {
    queue = openPage(api, [{ provide: SESSION_ACTION_INDEXED_DB, useValue: null }]);

    await queue.load('clinician-1');

    expect(queue.isPersistent()).toBe(false);
  });
});
