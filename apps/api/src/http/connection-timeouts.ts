import type { ServerOptions } from 'node:http';

/**
 * How long a client may take to send its request headers. Node allows 60 s, which lets a slow
 * client hold a connection open for a minute at a time (slowloris); a browser sends the
 * dashboard's headers at once.
 */
export const HEADERS_TIMEOUT_MILLISECONDS = 10_000;

/**
 * How long a client may take to send its whole request. Node allows 300 s; the largest request
 * Waypoint accepts is 100 kB, seconds of upload on the slowest connection a clinician might use.
 */
export const REQUEST_TIMEOUT_MILLISECONDS = 30_000;

/** Options for http.createServer that drop clients too slow to send their request. */
export const connectionTimeouts: ServerOptions = {
  headersTimeout: HEADERS_TIMEOUT_MILLISECONDS,
  requestTimeout: REQUEST_TIMEOUT_MILLISECONDS,
  // Node checks the two timeouts every 30 s by default, which would stretch 10 s to 40.
  connectionsCheckingInterval: 1_000,
};
