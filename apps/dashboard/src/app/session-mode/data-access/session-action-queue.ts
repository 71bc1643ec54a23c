import { computed, DOCUMENT, inject } from '@angular/core';
import {
  patchState,
  signalStore,
  withComputed,
  withHooks,
  withMethods,
  withProps,
  withState,
} from '@ngrx/signals';

import {
  type RejectedAction,
  SESSION_ACTION_SENDER,
  type SendOutcome,
  type SessionAction,
} from './session-action';
import { SessionActionStorage } from './session-action-storage';

/** What the session screen says about saving. */
export type SavingStatus = 'SAVED' | 'SAVING' | 'OFFLINE';

interface SessionActionQueueState {
  /** The account whose queue is shown and sent; null until `load`. */
  readonly accountId: string | null;
  /** Actions not yet recorded by the server, oldest first. */
  readonly waiting: SessionAction[];
  /** Actions the server refused, kept until the clinician dismisses or retries them. */
  readonly rejected: RejectedAction[];
  /** Whether an action is on its way to the server. */
  readonly isSending: boolean;
  /** Whether the last attempt could not reach the server. */
  readonly isUnreachable: boolean;
  /** Whether the account's kept actions have been read from the browser. */
  readonly isLoaded: boolean;
  /** Whether the queue survives a reload; false where the browser cannot keep it. */
  readonly isPersistent: boolean;
}

const firstRetryMs = 1_000;
const longestRetryMs = 30_000;

/**
 * The offline queue of session actions: every action is kept in the browser first, then sent
 * strictly in the order taken, one at a time. While the API cannot be reached the actions wait
 * (across reloads) and are retried with a growing pause, and at once when the browser comes back
 * online. Actions the server refuses are kept for the clinician to see, never dropped.
 */
export const SessionActionQueue = signalStore(
  { providedIn: 'root' },
  withState<SessionActionQueueState>({
    accountId: null,
    waiting: [],
    rejected: [],
    isSending: false,
    isUnreachable: false,
    isLoaded: false,
    isPersistent: true,
  }),
  withComputed(({ waiting, isSending, isUnreachable }) => {
    const waitingCount = computed(() => waiting().length);
    const status = computed<SavingStatus>(() => {
      if (isUnreachable() && waitingCount() > 0) return 'OFFLINE';
      return isSending() || waitingCount() > 0 ? 'SAVING' : 'SAVED';
    });
    return {
      /** How many actions wait to be recorded by the server. */
      waitingCount,
      status,
      /** The status in the screen's words. */
      statusText: computed(() => {
        switch (status()) {
          case 'SAVED':
            return 'Saved';
          case 'SAVING':
            return 'Saving…';
          case 'OFFLINE': {
            const count = waitingCount();
            return `Offline: ${count} ${count === 1 ? 'change' : 'changes'} waiting`;
          }
        }
      }),
    };
  }),
  withProps(() => ({
    _storage: inject(SessionActionStorage),
    _sender: inject(SESSION_ACTION_SENDER),
  })),
  withMethods((store) => {
    /** Whether a drain is under way: there is never more than one. */
    let isDraining = false;
    let draining: Promise<void> = Promise.resolve();
    let retryTimer: ReturnType<typeof setTimeout> | null = null;
    let failedAttempts = 0;
    /** Bumped by every `load`, so the answer of an older one is not shown. */
    let loads = 0;
    /** The end of the last `enqueue`, so actions are kept in the order they were taken. */
    let keeping: Promise<unknown> = Promise.resolve();

    const isWaiting = (key: string) => store.waiting().some((action) => action.key === key);
    const isKnown = (key: string) =>
      isWaiting(key) || store.rejected().some((refusal) => refusal.action.key === key);

    const stopRetrying = () => {
      if (retryTimer !== null) clearTimeout(retryTimer);
      retryTimer = null;
    };

    const retryLater = () => {
      failedAttempts += 1;
      const delay = Math.min(firstRetryMs * 2 ** (failedAttempts - 1), longestRetryMs);
      stopRetrying();
      retryTimer = setTimeout(() => {
        retryTimer = null;
        void drain();
      }, delay);
    };

    /** Sends the waiting actions in order, one at a time, until none wait or one cannot go. */
    const drain = (): Promise<void> => {
      if (!isDraining) draining = sendInOrder();
      return draining;
    };

    /** The next action to send; none until the account's kept queue is loaded, which comes first. */
    const head = (): SessionAction | undefined =>
      store.isLoaded() ? store.waiting()[0] : undefined;

    const sendInOrder = async (): Promise<void> => {
      isDraining = true;
      patchState(store, { isSending: true });
      try {
        // The head is read afresh each time: an action enqueued meanwhile waits its turn, and
        // after `load` for another account this carries on with that account's queue.
        for (let next = head(); next; next = head()) {
          const outcome = await sendOne(next);
          if (outcome.kind === 'UNREACHABLE') {
            // Possibly the server recorded it and only its answer was lost. The action stays at
            // the head and goes again under the same idempotency key, which the server records
            // once, so resending after an uncertain outcome is safe.
            patchState(store, { isUnreachable: true });
            retryLater();
            return;
          }
          failedAttempts = 0;
          patchState(store, { isUnreachable: false });
          if (outcome.kind === 'SENT') await settleSent(next);
          else await settleRejected(next, outcome);
        }
      } finally {
        // Runs in the same turn as the last look at the queue, so an enqueue that finds a drain
        // under way can rely on that drain to pick its action up.
        isDraining = false;
        patchState(store, { isSending: false });
      }
    };

    const sendOne = async (action: SessionAction): Promise<SendOutcome> => {
      try {
        return await store._sender.send(action);
      } catch {
        // A sender that throws did not tell whether the server recorded it: resending is safe.
        return { kind: 'UNREACHABLE' };
      }
    };

    const settleSent = async (action: SessionAction) => {
      patchState(store, { waiting: store.waiting().filter(({ key }) => key !== action.key) });
      try {
        await store._storage.removeWaiting(action.key);
      } catch {
        // Still kept, so it is sent again after a reload; its idempotency key makes that harmless.
      }
    };

    const settleRejected = async (
      action: SessionAction,
      outcome: Extract<SendOutcome, { kind: 'REJECTED' }>,
    ) => {
      const { message, code, field } = outcome;
      const rejected: RejectedAction = {
        action,
        message,
        code,
        field,
        rejectedAt: new Date().toISOString(),
      };
      const isShown = action.accountId === store.accountId();
      patchState(store, {
        waiting: store.waiting().filter(({ key }) => key !== action.key),
        rejected: isShown ? [...store.rejected(), rejected] : store.rejected(),
      });
      try {
        await store._storage.moveToRejected(rejected);
      } catch {
        // Still kept as waiting, so after a reload it is sent again and refused again: not lost.
      }
    };

    const keep = async (action: SessionAction) => {
      try {
        await store._storage.addWaiting(action);
      } catch (error) {
        // Cannot be kept across a reload, but this page still sends it; the screen warns.
        patchState(store, { isPersistent: false });
        if (action.accountId !== store.accountId()) throw error;
      }
      if (action.accountId !== store.accountId() || isKnown(action.key)) return;
      patchState(store, { waiting: [...store.waiting(), action] });
      // While a retry is pending the action waits for it, rather than hammering a missing API.
      if (retryTimer === null) void drain();
    };

    /** Runs `work` after the actions taken before it are kept, so the queue keeps their order. */
    const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
      const done = keeping.then(work);
      keeping = done.catch(() => undefined);
      return done;
    };

    const requeue = async (key: string) => {
      let action = await store._storage.returnToWaiting(key);
      if (!action) {
        const refusal = store.rejected().find((rejected) => rejected.action.key === key);
        if (!refusal) return;
        await store._storage.addWaiting(refusal.action);
        action = refusal.action;
      }
      const rejected = store.rejected().filter((refusal) => refusal.action.key !== key);
      const isShown = action.accountId === store.accountId() && !isWaiting(key);
      patchState(store, {
        rejected,
        waiting: isShown ? [...store.waiting(), action] : store.waiting(),
      });
      stopRetrying();
      void drain();
    };

    return {
      /**
       * Shows and sends the queue the account left in this browser, replacing whatever queue was
       * shown; call again after someone else signs in. Resolves once it is loaded.
       */
      async load(accountId: string): Promise<void> {
        const thisLoad = ++loads;
        patchState(store, { accountId, waiting: [], rejected: [], isLoaded: false });
        let waiting: SessionAction[] = [];
        let rejected: RejectedAction[] = [];
        let isReadable = true;
        try {
          [waiting, rejected] = await Promise.all([
            store._storage.listWaiting(accountId),
            store._storage.listRejected(accountId),
          ]);
        } catch {
          // What the browser kept cannot be read now; what is taken from here on is still sent.
          isReadable = false;
        }
        if (thisLoad !== loads) return;
        const kept = new Set(waiting.map(({ key }) => key));
        patchState(store, {
          // Actions enqueued while the storage was being read may or may not be in what it read.
          waiting: [...waiting, ...store.waiting().filter(({ key }) => !kept.has(key))],
          rejected,
          isLoaded: true,
          isPersistent: isReadable && store._storage.isPersistent && store.isPersistent(),
        });
        stopRetrying();
        void drain();
      },
      /**
       * Keeps an action in the browser first, then queues it to send. Resolves once it is kept;
       * an action of another account than the loaded one is kept for when that account loads.
       */
      enqueue(action: SessionAction): Promise<void> {
        return inTurn(() => keep(action));
      },
      /**
       * Sends what waits now, without waiting for the next retry. Resolves when nothing waits,
       * or when the API cannot be reached.
       */
      sendWaiting(): Promise<void> {
        stopRetrying();
        return drain();
      },
      /** The clinician has seen a refused action and lets it go. */
      async dismissRejected(key: string): Promise<void> {
        await store._storage.removeRejected(key);
        patchState(store, {
          rejected: store.rejected().filter(({ action }) => action.key !== key),
        });
      },
      /**
       * Sends a refused action again, at the end of the queue and under the same key, so the
       * server still records it at most once.
       */
      retryRejected(key: string): Promise<void> {
        return inTurn(() => requeue(key));
      },
      /** The actions of one session still waiting to be recorded, oldest first. */
      waitingFor(sessionId: string): SessionAction[] {
        return store.waiting().filter((action) => action.sessionId === sessionId);
      },
      _stopRetrying: stopRetrying,
    };
  }),
  withHooks((store) => {
    const view = inject(DOCUMENT).defaultView;
    // The browser says the network is back: try now instead of at the next retry.
    const sendNow = () => void store.sendWaiting();
    return {
      onInit() {
        view?.addEventListener('online', sendNow);
      },
      onDestroy() {
        view?.removeEventListener('online', sendNow);
        store._stopRetrying();
      },
    };
  }),
);
