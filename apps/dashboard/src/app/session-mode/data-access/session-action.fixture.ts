import { deserialize, serialize } from 'node:v8';

import type { SessionAction } from './session-action';

/**
 * Gives Jest's jsdom environment the structuredClone that fake-indexeddb copies values with:
 * Node 24 has it, but the jsdom environment does not pass it through. Node's own is built on
 * the same V8 serializer used here.
 */
export function lendStructuredClone(): void {
  if (typeof globalThis.structuredClone === 'function') return;
  Object.assign(globalThis, { structuredClone: (value: unknown) => deserialize(serialize(value)) });
}

let taken = 0;

/** A session action as the session screen takes it, a second after the one before, for specs. */
export function aSessionAction(overrides: Partial<SessionAction> = {}): SessionAction {
  taken += 1;
  return {
    key: crypto.randomUUID(),
    accountId: 'clinician-1',
    sessionId: 'session-1',
    kind: 'TICK_MILESTONE',
    variables: { milestoneId: `milestone-${taken}` },
    label: `Ticked “Milestone ${taken}”`,
    takenAt: new Date(Date.UTC(2026, 2, 14, 9, 0, taken)).toISOString(),
    ...overrides,
  };
}
