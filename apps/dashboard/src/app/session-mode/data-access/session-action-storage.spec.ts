// jsdom has no IndexedDB, so these specs run on fake-indexeddb's in-memory one; the browser
// test covers the real one.
import 'fake-indexeddb/auto';

import { TestBed } from '@angular/core/testing';
import { IDBFactory } from 'fake-indexeddb';

import type { RejectedAction, SessionAction } from './session-action';
import { aSessionAction, lendStructuredClone } from './session-action.fixture';
import { SESSION_ACTION_INDEXED_DB, SessionActionStorage } from './session-action-storage';

lendStructuredClone();

function refusalOf(action: SessionAction, rejectedAt = '2026-03-14T09:30:00.000Z'): RejectedAction {
  return { action, message: 'Already ticked', code: 'CONFLICT', field: null, rejectedAt };
}

/** Another storage on the same database, as after a reload of the page. */
function afterReload(): SessionActionStorage {
  return TestBed.runInInjectionContext(() => new SessionActionStorage());
}

describe('SessionActionStorage', () => {
  let storage: SessionActionStorage;

  beforeEach(() => {
    // A fresh, empty IndexedDB for each spec.
    indexedDB = new IDBFactory();
    storage = TestBed.inject(SessionActionStorage);
  });

  it('lists an account’s waiting actions in the order they were added', async () => {
    const first = aSessionAction({ takenAt: '2026-03-14T09:05:00.000Z' });
    const second = aSessionAction({ takenAt: '2026-03-14T09:01:00.000Z' });
    const third = aSessionAction();

    await storage.addWaiting(first);
    await storage.addWaiting(second);
    await storage.addWaiting(third);

    expect(await storage.listWaiting('clinician-1')).toEqual([first, second, third]);
    expect(storage.isPersistent).toBe(true);
  });

  it('keeps the waiting actions when the page reloads', async () => {
    const action = aSessionAction();
    await storage.addWaiting(action);

    expect(await afterReload().listWaiting('clinician-1')).toEqual([action]);
  });

  it('keeps an action added twice under the same key once', async () => {
    const action = aSessionAction();

    await storage.addWaiting(action);
    await storage.addWaiting({ ...action, label: 'Ticked it again' });

    expect(await storage.listWaiting('clinician-1')).toEqual([action]);
  });

  it('does not queue an action again while it waits for the clinician as refused', async () => {
    const action = aSessionAction();
    await storage.addWaiting(action);
    await storage.moveToRejected(refusalOf(action));

    await storage.addWaiting(action);

    expect(await storage.listWaiting('clinician-1')).toEqual([]);
  });

  it('lists and forgets only the account asked for', async () => {
    const mine = aSessionAction();
    const theirs = aSessionAction({ accountId: 'clinician-2' });
    await storage.addWaiting(mine);
    await storage.addWaiting(theirs);
    await storage.moveToRejected(refusalOf(theirs));
    await storage.addWaiting(aSessionAction({ accountId: 'clinician-2' }));

    expect(await storage.listWaiting('clinician-1')).toEqual([mine]);
    expect(await storage.listRejected('clinician-1')).toEqual([]);

    await storage.clearAccount('clinician-2');

    expect(await storage.listWaiting('clinician-2')).toEqual([]);
    expect(await storage.listRejected('clinician-2')).toEqual([]);
    expect(await storage.listWaiting('clinician-1')).toEqual([mine]);
  });

  it('forgets a waiting action once it is recorded, and only that one', async () => {
    const sent = aSessionAction();
    const next = aSessionAction();
    await storage.addWaiting(sent);
    await storage.addWaiting(next);

    await storage.removeWaiting(sent.key);

    expect(await storage.listWaiting('clinician-1')).toEqual([next]);
  });

  it('moves a refused action out of the queue and keeps the refusal across a reload', async () => {
    const refused = aSessionAction();
    const next = aSessionAction();
    await storage.addWaiting(refused);
    await storage.addWaiting(next);

    await storage.moveToRejected(refusalOf(refused));

    const reloaded = afterReload();
    expect(await reloaded.listWaiting('clinician-1')).toEqual([next]);
    expect(await reloaded.listRejected('clinician-1')).toEqual([refusalOf(refused)]);
  });

  it('lists refusals in the order they arrived', async () => {
    const later = refusalOf(aSessionAction(), '2026-03-14T09:40:00.000Z');
    const earlier = refusalOf(aSessionAction(), '2026-03-14T09:20:00.000Z');

    await storage.moveToRejected(later);
    await storage.moveToRejected(earlier);

    expect(await storage.listRejected('clinician-1')).toEqual([earlier, later]);
  });

  it('forgets a refusal the clinician dismissed', async () => {
    const refused = aSessionAction();
    await storage.moveToRejected(refusalOf(refused));

    await storage.removeRejected(refused.key);

    expect(await storage.listRejected('clinician-1')).toEqual([]);
  });

  it('returns a refused action to the end of the queue under the same key', async () => {
    const refused = aSessionAction();
    const waiting = aSessionAction();
    await storage.addWaiting(refused);
    await storage.addWaiting(waiting);
    await storage.moveToRejected(refusalOf(refused));

    expect(await storage.returnToWaiting(refused.key)).toEqual(refused);

    expect(await storage.listWaiting('clinician-1')).toEqual([waiting, refused]);
    expect(await storage.listRejected('clinician-1')).toEqual([]);
    expect(await storage.returnToWaiting(refused.key)).toBeNull();
  });
});

describe('SessionActionStorage where the browser cannot keep anything', () => {
  async function keepsTheQueueInMemory(storage: SessionActionStorage) {
    const first = aSessionAction();
    const second = aSessionAction();
    await storage.addWaiting(first);
    await storage.addWaiting(aSessionAction({ accountId: 'clinician-2' }));
    await storage.addWaiting(second);
    await storage.addWaiting(first);
    expect(await storage.listWaiting('clinician-1')).toEqual([first, second]);

    await storage.moveToRejected(refusalOf(first));

    expect(await storage.listWaiting('clinician-1')).toEqual([second]);
    expect(await storage.listRejected('clinician-1')).toEqual([refusalOf(first)]);
    expect(await storage.returnToWaiting(first.key)).toEqual(first);
    expect(await storage.listWaiting('clinician-1')).toEqual([second, first]);
    await storage.clearAccount('clinician-1');
    expect(await storage.listWaiting('clinician-1')).toEqual([]);
    expect(storage.isPersistent).toBe(false);
  }

  it('keeps the queue in memory, and says so, when there is no IndexedDB', async () => {
    TestBed.configureTestingModule({
      providers: [{ provide: SESSION_ACTION_INDEXED_DB, useValue: null }],
    });

    await keepsTheQueueInMemory(TestBed.inject(SessionActionStorage));
  });

  it('keeps the queue in memory, and says so, when IndexedDB refuses to open', async () => {
    // A newer version of the database, which this one cannot open (VersionError).
    const newer = new IDBFactory();
    await new Promise((resolve) => {
      const opening = newer.open('waypoint-session-actions', 2);
      opening.onsuccess = () => resolve(opening.result.close());
    });
    TestBed.configureTestingModule({
      providers: [{ provide: SESSION_ACTION_INDEXED_DB, useValue: newer }],
    });

    await keepsTheQueueInMemory(TestBed.inject(SessionActionStorage));
  });
});
