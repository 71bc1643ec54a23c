import { DOCUMENT, inject, Injectable, InjectionToken } from '@angular/core';

import type { RejectedAction, SessionAction } from './session-action';

/** This browser's IndexedDB; null where there is none or the page may not use it. */
export const SESSION_ACTION_INDEXED_DB = new InjectionToken<IDBFactory | null>(
  'SessionActionIndexedDb',
  {
    providedIn: 'root',
    factory: () => {
      try {
        return inject(DOCUMENT).defaultView?.indexedDB ?? null;
      } catch {
        // Some browsers throw SecurityError on merely reading `indexedDB` (storage blocked).
        return null;
      }
    },
  },
);

const databaseName = 'waypoint-session-actions';
const databaseVersion = 1;

/** A waiting action as stored: its place in the queue, given by the database, and the action. */
type WaitingRecord = SessionAction & { readonly sequence: number };

/** The stored queue, whether in IndexedDB or, where that cannot be used, in memory. */
interface ActionRecords {
  addWaiting(action: SessionAction): Promise<void>;
  listWaiting(accountId: string): Promise<SessionAction[]>;
  removeWaiting(key: string): Promise<void>;
  moveToRejected(rejected: RejectedAction): Promise<void>;
  listRejected(accountId: string): Promise<RejectedAction[]>;
  removeRejected(key: string): Promise<void>;
  returnToWaiting(key: string): Promise<SessionAction | null>;
  clearAccount(accountId: string): Promise<void>;
}

/**
 * Keeps the session actions not yet recorded by the server, and those it refused, in this
 * browser's IndexedDB so a reload or a crash loses none of them. Each method is one transaction.
 * Where IndexedDB cannot be opened (some private modes), it keeps them in memory instead and
 * says so through `isPersistent`.
 */
@Injectable({ providedIn: 'root' })
export class SessionActionStorage {
  private readonly indexedDb = inject(SESSION_ACTION_INDEXED_DB);
  private records: Promise<ActionRecords> | null = null;
  private hasFallenBack = false;

  /** Whether what is stored survives a reload; known once the first call has settled. */
  get isPersistent(): boolean {
    return !this.hasFallenBack;
  }

  /** Adds an action at the end of the queue; an action already kept under its key is left be. */
  async addWaiting(action: SessionAction): Promise<void> {
    return (await this.open()).addWaiting(action);
  }

  /** The account's waiting actions, oldest first. */
  async listWaiting(accountId: string): Promise<SessionAction[]> {
    return (await this.open()).listWaiting(accountId);
  }

  /** Forgets a waiting action: the server has recorded it. */
  async removeWaiting(key: string): Promise<void> {
    return (await this.open()).removeWaiting(key);
  }

  /** Moves an action the server refused out of the queue into the refusals, in one step. */
  async moveToRejected(rejected: RejectedAction): Promise<void> {
    return (await this.open()).moveToRejected(rejected);
  }

  /** The account's refused actions, in the order they were refused. */
  async listRejected(accountId: string): Promise<RejectedAction[]> {
    return (await this.open()).listRejected(accountId);
  }

  /** Forgets a refused action: the clinician has dismissed it. */
  async removeRejected(key: string): Promise<void> {
    return (await this.open()).removeRejected(key);
  }

  /** Puts a refused action back at the end of the queue, in one step; null if it is not kept. */
  async returnToWaiting(key: string): Promise<SessionAction | null> {
    return (await this.open()).returnToWaiting(key);
  }

  /** Forgets everything kept for an account, sent or not. */
  async clearAccount(accountId: string): Promise<void> {
    return (await this.open()).clearAccount(accountId);
  }

  private open(): Promise<ActionRecords> {
    if (this.records) return this.records;
    const records: Promise<ActionRecords> = openDatabase(this.indexedDb).then(
      (database) => {
        // Closed by the browser (site data cleared) or for another tab's upgrade: reopen on next use.
        const forget = () => {
          database.close();
          if (this.records === records) this.records = null;
        };
        database.onversionchange = forget;
        database.onclose = forget;
        return new IndexedDbRecords(database);
      },
      () => {
        this.hasFallenBack = true;
        return new MemoryRecords();
      },
    );
    this.records = records;
    return records;
  }
}

function openDatabase(indexedDb: IDBFactory | null): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (!indexedDb) throw new Error('This browser has no IndexedDB');
    const request = indexedDb.open(databaseName, databaseVersion);
    request.onupgradeneeded = () => {
      const database = request.result;
      const waiting = database.createObjectStore('waiting', {
        keyPath: 'sequence',
        autoIncrement: true,
      });
      waiting.createIndex('key', 'key', { unique: true });
      waiting.createIndex('accountId', 'accountId');
      const rejected = database.createObjectStore('rejected', { keyPath: 'action.key' });
      rejected.createIndex('accountId', 'action.accountId');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

class IndexedDbRecords implements ActionRecords {
  constructor(private readonly database: IDBDatabase) {}

  addWaiting(action: SessionAction): Promise<void> {
    return this.change(['waiting', 'rejected'], (waiting, rejected) => {
      onResult(waiting.index('key').getKey(action.key), (found) => {
        if (found !== undefined) return;
        onResult(rejected.getKey(action.key), (refused) => {
          if (refused === undefined) waiting.add(action);
        });
      });
    });
  }

  async listWaiting(accountId: string): Promise<SessionAction[]> {
    // An index lists equal keys in primary-key order, here the order they were added in.
    const records = await this.read<WaitingRecord[]>('waiting', (waiting) =>
      waiting.index('accountId').getAll(accountId),
    );
    return records.map(withoutSequence);
  }

  removeWaiting(key: string): Promise<void> {
    return this.change(['waiting'], (waiting) => deleteWaiting(waiting, key));
  }

  moveToRejected(rejected: RejectedAction): Promise<void> {
    return this.change(['waiting', 'rejected'], (waiting, refusals) => {
      deleteWaiting(waiting, rejected.action.key);
      refusals.put(rejected);
    });
  }

  async listRejected(accountId: string): Promise<RejectedAction[]> {
    const records = await this.read<RejectedAction[]>('rejected', (rejected) =>
      rejected.index('accountId').getAll(accountId),
    );
    return inRefusalOrder(records);
  }

  removeRejected(key: string): Promise<void> {
    return this.change(['rejected'], (rejected) => rejected.delete(key));
  }

  async returnToWaiting(key: string): Promise<SessionAction | null> {
    let returned: SessionAction | null = null;
    await this.change(['waiting', 'rejected'], (waiting, rejected) => {
      onResult(rejected.get(key) as IDBRequest<RejectedAction | undefined>, (refusal) => {
        if (!refusal) return;
        returned = refusal.action;
        rejected.delete(key);
        waiting.add(refusal.action);
      });
    });
    return returned;
  }

  clearAccount(accountId: string): Promise<void> {
    return this.change(['waiting', 'rejected'], (...stores) => {
      for (const store of stores) {
        onResult(store.index('accountId').getAllKeys(accountId), (keys) => {
          for (const key of keys) store.delete(key);
        });
      }
    });
  }

  private read<T>(name: string, query: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    return new Promise((resolve, reject) => {
      const transaction = this.database.transaction(name, 'readonly');
      const request = query(transaction.objectStore(name));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onabort = () => reject(abortReason(transaction));
    });
  }

  /** Runs one read-write transaction; resolves once it has committed. */
  private change(names: string[], work: (...stores: IDBObjectStore[]) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      const transaction = this.database.transaction(names, 'readwrite');
      transaction.oncomplete = () => resolve();
      transaction.onabort = () => reject(abortReason(transaction));
      work(...names.map((name) => transaction.objectStore(name)));
    });
  }
}

function abortReason(transaction: IDBTransaction): DOMException {
  return transaction.error ?? new DOMException('The transaction was aborted', 'AbortError');
}

function onResult<T>(request: IDBRequest<T>, then: (result: T) => void): void {
  request.onsuccess = () => then(request.result);
}

function deleteWaiting(waiting: IDBObjectStore, key: string): void {
  onResult(waiting.index('key').getKey(key), (sequence) => {
    if (sequence !== undefined) waiting.delete(sequence);
  });
}

function withoutSequence(record: WaitingRecord): SessionAction {
  const { key, accountId, sessionId, kind, variables, label, takenAt } = record;
  return { key, accountId, sessionId, kind, variables, label, takenAt };
}

/** Refusals oldest first; those refused at the same moment in the order they were taken. */
function inRefusalOrder(records: RejectedAction[]): RejectedAction[] {
  return [...records].sort(
    (a, b) =>
      a.rejectedAt.localeCompare(b.rejectedAt) || a.action.takenAt.localeCompare(b.action.takenAt),
  );
}

/** The same queue for a browser that cannot keep it: gone when the page goes. */
class MemoryRecords implements ActionRecords {
  private waiting: WaitingRecord[] = [];
  private rejected: RejectedAction[] = [];
  private nextSequence = 1;

  async addWaiting(action: SessionAction): Promise<void> {
    if (this.isKept(action.key)) return;
    this.waiting.push({ ...action, sequence: this.nextSequence++ });
  }

  async listWaiting(accountId: string): Promise<SessionAction[]> {
    return this.waiting.filter((record) => record.accountId === accountId).map(withoutSequence);
  }

  async removeWaiting(key: string): Promise<void> {
    this.waiting = this.waiting.filter((record) => record.key !== key);
  }

  async moveToRejected(rejected: RejectedAction): Promise<void> {
    await this.removeWaiting(rejected.action.key);
    await this.removeRejected(rejected.action.key);
    this.rejected.push(rejected);
  }

  async listRejected(accountId: string): Promise<RejectedAction[]> {
    return inRefusalOrder(this.rejected.filter((record) => record.action.accountId === accountId));
  }

  async removeRejected(key: string): Promise<void> {
    this.rejected = this.rejected.filter((record) => record.action.key !== key);
  }

  async returnToWaiting(key: string): Promise<SessionAction | null> {
    const refusal = this.rejected.find((record) => record.action.key === key);
    if (!refusal) return null;
    await this.removeRejected(key);
    await this.addWaiting(refusal.action);
    return refusal.action;
  }

  async clearAccount(accountId: string): Promise<void> {
    this.waiting = this.waiting.filter((record) => record.accountId !== accountId);
    this.rejected = this.rejected.filter((record) => record.action.accountId !== accountId);
  }

  private isKept(key: string): boolean {
    return (
      this.waiting.some((record) => record.key === key) ||
      this.rejected.some((record) => record.action.key === key)
    );
  }
}
