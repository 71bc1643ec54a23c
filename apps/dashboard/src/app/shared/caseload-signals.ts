import type { ApolloCache } from '@apollo/client';

/**
 * The caseload's summaries the server works out from the whole record (attention, good news,
 * notes to sign, the last session, goal domains). Any change to a client's record can change
 * them, so a write forgets them and the caseload asks the server again when it is next shown.
 */
const CASELOAD_SIGNALS = [
  'attention',
  'goodNews',
  'notesToSignCount',
  'lastSessionAt',
  'activeGoalDomains',
] as const;

/** Forgets a client's server-computed caseload summaries in the cache. */
export function forgetCaseloadSignals(cache: ApolloCache, clientId: string): void {
  const id = cache.identify({ __typename: 'Client', id: clientId });
  for (const fieldName of CASELOAD_SIGNALS) cache.evict({ id, fieldName });
}
