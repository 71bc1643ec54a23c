import pg from 'pg';

/**
 * A pool for a test to look behind the API. When the server goes away under an idle
 * connection (Waypoint stopping its embedded server, or a busy machine shutting it down late),
 * pg emits an error on the pool; unhandled, Jest reports it against whichever test is running.
 * A query on a lost connection still fails loudly.
 */
export function testPool(connectionString: string, max = 2): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  pool.on('error', () => undefined);
  return pool;
}
