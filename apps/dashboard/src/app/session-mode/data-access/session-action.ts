import { inject, InjectionToken } from '@angular/core';

import { ApolloSessionActionSender } from './apollo-session-action-sender';

/** What the clinician can do during a session, each saved as one mutation. */
export type SessionActionKind =
  | 'TICK_MILESTONE'
  | 'UNTICK_MILESTONE'
  | 'LOG_PROGRESS'
  | 'RECORD_MEASURE'
  | 'MARK_PROMPT_ASKED'
  | 'ANSWER_PROMPT'
  | 'SAVE_NOTES'
  | 'END_SESSION';

/** One thing the clinician did during a session, kept until the server has recorded it. */
export interface SessionAction {
  /** The idempotency key the server records the action under: crypto.randomUUID(). */
  readonly key: string;
  /** The signed-in account that took it: only that account's actions are loaded, shown or sent. */
  readonly accountId: string;
  readonly sessionId: string;
  readonly kind: SessionActionKind;
  /** The mutation's variables, JSON-serialisable. */
  readonly variables: Readonly<Record<string, unknown>>;
  /** What the clinician did, for the screen: "Ticked “Walk to the shop”". */
  readonly label: string;
  /** ISO date-time the clinician took it. */
  readonly takenAt: string;
}

/** An action the server refused (a conflict, say): kept and shown until the clinician acts. */
export interface RejectedAction {
  readonly action: SessionAction;
  /** The server's words, for the clinician. */
  readonly message: string;
  /** The server's error code, such as VERSION_CONFLICT. */
  readonly code: string;
  /** The variable the refusal is about, when it is about one. */
  readonly field: string | null;
  /** ISO date-time the refusal arrived. */
  readonly rejectedAt: string;
}

/** How one attempt to send an action ended. */
export type SendOutcome =
  | { readonly kind: 'SENT' }
  | {
      readonly kind: 'REJECTED';
      readonly message: string;
      readonly code: string;
      readonly field: string | null;
    }
  | { readonly kind: 'UNREACHABLE' };

/** Sends one action to the API; provided by the session screen's feature code. */
export interface SessionActionSender {
  /**
   * Sends the action with its key as the idempotency key. Resolves REJECTED only when the server
   * answered and refused; any doubt (no answer, a network error, a 5xx) is UNREACHABLE.
   */
  send(action: SessionAction): Promise<SendOutcome>;
}

/** The sender the offline queue uses: Apollo's, unless a test provides another. */
export const SESSION_ACTION_SENDER = new InjectionToken<SessionActionSender>(
  'SessionActionSender',
  {
    providedIn: 'root',
    factory: () => inject(ApolloSessionActionSender),
  },
);
