import type { Kysely } from 'kysely';
import type { Viewer } from '../auth/viewer';
import { ClientProgressReader } from '../clients/client-progress';
import type { Database } from '../database/tables';

/** What every resolver receives: who is asking, the database, and this request's loaders. */
export interface RequestContext {
  readonly requestId: string;
  readonly viewer: Viewer | null;
  readonly db: Kysely<Database>;
  readonly clientProgress: ClientProgressReader;
}

/** A fresh context per request, so loaders never share cached rows between requests. */
export function createRequestContext(
  db: Kysely<Database>,
  requestId: string,
  viewer: Viewer | null,
): RequestContext {
  return { requestId, viewer, db, clientProgress: new ClientProgressReader(db) };
}
