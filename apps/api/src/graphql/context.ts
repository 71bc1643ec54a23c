import type { Request, Response } from 'express';
import type { Kysely } from 'kysely';
import { SessionCookie } from '../auth/session-cookie';
import { resolveSession } from '../auth/sessions';
import { SuperviseeReader } from '../auth/supervisee-reader';
import type { PendingSession, Viewer } from '../auth/viewer';
import { ClientSummaryReader } from '../caseload/client-summary-reader';
import { ClientRecordReader } from '../clients/client-record-reader';
import type { Config } from '../config';
import type { Database } from '../database/tables';
import { MeasureReader } from '../measures/measure-reader';
import { NoteReader } from '../notes/note-reader';
import { SessionReader } from '../sessions/session-reader';

/** What every resolver receives: who is asking, the database, and this request's loaders. */
export interface RequestContext {
  readonly requestId: string;
  readonly config: Config;
  readonly db: Kysely<Database>;
  /** The signed-in clinician, or null. */
  readonly viewer: Viewer | null;
  /** A session that has passed the password but not yet its second factor. */
  readonly pendingSession: PendingSession | null;
  /** Sets and clears the session cookie on this request's response. */
  readonly sessionCookie: SessionCookie;
  /** The caller's address, for sign-in throttling only. */
  readonly clientAddress: string;
  /** Where people reach Waypoint, without a trailing slash: the base of set-password links. */
  readonly publicUrl: string;
  readonly clientSummaries: ClientSummaryReader;
  readonly clientRecords: ClientRecordReader;
  readonly measures: MeasureReader;
  readonly sessions: SessionReader;
  readonly notes: NoteReader;
  /** The clients whose record this request opened through an audited read or change. */
  readonly openedClientIds: Set<string>;
  readonly supervisees: SuperviseeReader;
}

/** A fresh context per request, so loaders never share cached rows between requests. */
export async function createRequestContext(
  config: Config,
  db: Kysely<Database>,
  request: Request,
  response: Response,
): Promise<RequestContext> {
  const requestId = response.locals['requestId'] as string;
  const sessionCookie = new SessionCookie(config, request, response);
  const token = sessionCookie.token();
  const session = await resolveSession(db, config, token, requestId);
  // A cookie for a session that ended is of no more use: the browser may forget it.
  if (token !== null && !session.viewer && !session.pendingSession) sessionCookie.clear();
  return {
    requestId,
    config,
    db,
    viewer: session.viewer,
    pendingSession: session.pendingSession,
    sessionCookie,
    clientAddress: request.socket.remoteAddress ?? 'unknown',
    publicUrl: config.publicUrl ?? listeningUrl(config, request),
    clientSummaries: new ClientSummaryReader(db),
    clientRecords: new ClientRecordReader(db),
    measures: new MeasureReader(db),
    sessions: new SessionReader(db),
    notes: new NoteReader(db, session.viewer?.clinicianId ?? null),
    openedClientIds: new Set(),
    supervisees: new SuperviseeReader(db),
  };
}

/**
 * Without PUBLIC_URL, links point at the address Waypoint listens on: the configured host and
 * the port this request arrived on (never the request's Host header, which a sender chooses).
 */
function listeningUrl(config: Config, request: Request): string {
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return `http://${shownHost}:${request.socket.localPort ?? config.port}`;
}
