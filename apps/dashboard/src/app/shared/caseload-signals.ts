import type { ApolloCache } from '@apollo/client';

/**
 * Forgets what the cache holds of the caseload after a write to a client's record. The caseload's
 * rows and counts are the server's reading of whole records (attention, good news, the last 30
 * days, scores against baseline) and any write can change them, so every window of every view
 * and a supervisor's counts go; the caseload asks the server again when it is next shown, rather
 * than showing a row from before the write.
 */
export function forgetCaseloadSignals(cache: ApolloCache, clientId: string): void {
  cache.evict({ id: cache.identify({ __typename: 'CaseloadRow', id: clientId }) });
  forgetCaseloadWindows(cache);
}

/**
 * The same, for a write that does not name its client (a milestone ticked, a session-screen
 * action): the windows and counts go, and with them every row, which nothing else holds.
 */
export function forgetCaseloadWindows(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'caseloadView' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'practiceSummary' });
  cache.gc();
}
