import { AsyncLocalStorage } from 'node:async_hooks';
import type { LogEvent } from 'kysely';

// How many SQL statements one request ran, for the operation log: the proof that a page's
// cost does not grow with its size (the caseload runs the same statements for 10 clients as
// for 5,000). Counts what goes through Kysely, which is every statement a request makes.

const requests = new AsyncLocalStorage<{ statements: number }>();

/** Runs `work` (a request's handling) with a statement count of its own. */
export function countingStatements<T>(work: () => T): T {
  return requests.run({ statements: 0 }, work);
}

/** Statements run so far by the request in progress, or null outside one. */
export function statementsSoFar(): number | null {
  return requests.getStore()?.statements ?? null;
}

/** Kysely's log hook: counts each statement against the request it belongs to. */
export function countStatement(event: LogEvent): void {
  const store = requests.getStore();
  if (store && event.level === 'query') store.statements += 1;
}
