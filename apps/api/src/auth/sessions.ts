import { sql, type Kysely, type Transaction } from 'kysely';
import { recordAuditEvent } from '../audit/audit-trail';
import type { Config } from '../config';
import type { Database, SessionEndReason } from '../database/tables';
import { hashToken, issueToken } from './tokens';
import type { PendingSession, SessionStage, Viewer } from './viewer';

// Server-side sessions. The browser holds a random token; the database holds its SHA-256 as
// the session id, the stage of sign-in, and the times that end it: idle (last_seen_at plus
// the configured idle time) and absolute (expires_at, fixed at sign-in).

type Executor = Kysely<Database> | Transaction<Database>;

/** Who a request comes from: a signed-in viewer, a session half-way through sign-in, or nobody. */
export interface ResolvedSession {
  readonly viewer: Viewer | null;
  readonly pendingSession: PendingSession | null;
}

const NOBODY: ResolvedSession = { viewer: null, pendingSession: null };

/** At most one write per this share of the idle time: busy pages do not write on every call. */
const TOUCH_SHARE_OF_IDLE = 1 / 60;
/** ...and never less often than this, so the idle window is never more than this short. */
const MAX_TOUCH_INTERVAL_MILLISECONDS = 5_000;

/** How long after its latest touch a session is touched again. */
export function touchInterval(config: Config): number {
  return Math.min(
    config.sessionIdleMilliseconds * TOUCH_SHARE_OF_IDLE,
    MAX_TOUCH_INTERVAL_MILLISECONDS,
  );
}

/** A live session row with its account, as resolveSession reads it. */
interface SessionRow {
  readonly id: string;
  readonly practice_id: string;
  readonly clinician_id: string;
  readonly stage: SessionStage;
  readonly last_seen_at: Date;
  readonly expires_at: Date;
  readonly role: Viewer['role'];
  readonly is_active: boolean;
  readonly supervisee_ids: string[];
}

/**
 * The session a token belongs to, touched so the idle window starts again (one UPDATE at most,
 * skipped when touched moments ago). Sessions past their idle or absolute end are ended here,
 * with the reason; sessions of deactivated accounts count as none.
 */
export async function resolveSession(
  db: Kysely<Database>,
  config: Config,
  token: string | null,
  requestId: string,
  now = new Date(),
): Promise<ResolvedSession> {
  if (token === null) return NOBODY;
  const row = await findLiveSession(db, hashToken(token));
  if (!row) return NOBODY;
  if (!row.is_active) {
    await endSessions(db, { sessionId: row.id }, 'ACCOUNT_DEACTIVATED', now);
    return NOBODY;
  }
  const endReason = lapseReason(row, config, now);
  if (endReason) {
    await db.transaction().execute(async (transaction) => {
      const ended = await endSessions(transaction, { sessionId: row.id }, endReason, now);
      if (ended === 0) return;
      await recordAuditEvent(transaction, {
        practiceId: row.practice_id,
        actorId: row.clinician_id,
        action: 'SESSION_EXPIRED',
        entityType: 'SESSION',
        entityId: row.id,
        clientId: null,
        requestId,
        outcome: 'SUCCESS',
      });
    });
    return NOBODY;
  }
  const lastSeenAt = await touch(db, row, config, now);
  if (row.stage !== 'SIGNED_IN') {
    const pendingSession: PendingSession = {
      sessionId: row.id,
      clinicianId: row.clinician_id,
      practiceId: row.practice_id,
      stage: row.stage,
    };
    return { viewer: null, pendingSession };
  }
  return { viewer: toViewer(row, lastSeenAt, config), pendingSession: null };
}

function findLiveSession(db: Executor, sessionId: string): Promise<SessionRow | undefined> {
  return (
    db
      .selectFrom('auth_session')
      .innerJoin('clinician', 'clinician.id', 'auth_session.clinician_id')
      .select([
        'auth_session.id',
        'auth_session.practice_id',
        'auth_session.clinician_id',
        'auth_session.stage',
        'auth_session.last_seen_at',
        'auth_session.expires_at',
        'clinician.role',
        'clinician.is_active',
      ])
      // One statement: the supervisees come along as an array.
      .select(
        sql<string[]>`array(SELECT supervision.supervisee_id FROM supervision
        WHERE supervision.supervisor_id = clinician.id ORDER BY supervision.supervisee_id)`.as(
          'supervisee_ids',
        ),
      )
      .where('auth_session.id', '=', sessionId)
      .where('auth_session.ended_at', 'is', null)
      .executeTakeFirst()
  );
}

/** Why a live session must end now, or null while it may go on. */
export function lapseReason(
  session: { readonly last_seen_at: Date; readonly expires_at: Date },
  config: Config,
  now: Date,
): SessionEndReason | null {
  if (now >= session.expires_at) return 'LIFETIME_EXPIRED';
  if (now.getTime() >= session.last_seen_at.getTime() + config.sessionIdleMilliseconds) {
    return 'IDLE_TIMEOUT';
  }
  return null;
}

async function touch(db: Executor, row: SessionRow, config: Config, now: Date): Promise<Date> {
  if (now.getTime() - row.last_seen_at.getTime() < touchInterval(config)) return row.last_seen_at;
  await db
    .updateTable('auth_session')
    .set({ last_seen_at: now })
    .where('id', '=', row.id)
    .where('ended_at', 'is', null)
    .execute();
  return now;
}

function toViewer(row: SessionRow, lastSeenAt: Date, config: Config): Viewer {
  const idleEnd = lastSeenAt.getTime() + config.sessionIdleMilliseconds;
  return {
    clinicianId: row.clinician_id,
    practiceId: row.practice_id,
    role: row.role,
    superviseeIds: row.role === 'SUPERVISOR' ? row.supervisee_ids : [],
    sessionId: row.id,
    idleExpiresAt: new Date(Math.min(idleEnd, row.expires_at.getTime())),
    expiresAt: row.expires_at,
  };
}

/** A session just started, with the token for the cookie (never stored). */
export interface StartedSession {
  readonly token: string;
  readonly sessionId: string;
  readonly stage: SessionStage;
  readonly expiresAt: Date;
}

/**
 * Starts a session at a sign-in stage. `expiresAt` carries the absolute end over when a
 * session is promoted (a new token for the next stage), so the lifetime counts from sign-in.
 */
export async function startSession(
  transaction: Transaction<Database>,
  config: Config,
  session: {
    readonly practiceId: string;
    readonly clinicianId: string;
    readonly stage: SessionStage;
    readonly expiresAt?: Date;
  },
  now: Date,
): Promise<StartedSession> {
  const { token, hash } = issueToken();
  const expiresAt =
    session.expiresAt ?? new Date(now.getTime() + config.sessionLifetimeMilliseconds);
  await transaction
    .insertInto('auth_session')
    .values({
      id: hash,
      practice_id: session.practiceId,
      clinician_id: session.clinicianId,
      stage: session.stage,
      created_at: now,
      last_seen_at: now,
      expires_at: expiresAt,
    })
    .execute();
  return { token, sessionId: hash, stage: session.stage, expiresAt };
}

/** Ends one session or every live session of an account; answers how many were ended. */
export async function endSessions(
  db: Executor,
  which: { readonly sessionId: string } | { readonly clinicianId: string },
  reason: SessionEndReason,
  now: Date,
): Promise<number> {
  const live = db
    .updateTable('auth_session')
    .set({ ended_at: now, end_reason: reason, pending_totp_secret: null })
    .where('ended_at', 'is', null);
  const scoped =
    'sessionId' in which
      ? live.where('id', '=', which.sessionId)
      : live.where('clinician_id', '=', which.clinicianId);
  const result = await scoped.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The viewer of a session just started or promoted, for the mutation that started it. */
export async function viewerOfSession(
  db: Executor,
  config: Config,
  sessionId: string,
): Promise<Viewer | null> {
  const row = await findLiveSession(db, sessionId);
  if (!row || row.stage !== 'SIGNED_IN' || !row.is_active) return null;
  return toViewer(row, row.last_seen_at, config);
}

/**
 * Moves a session that passed its second factor to SIGNED_IN under a new token, ending the
 * pending one, so a token seen before the second factor is worth nothing after it. Null when
 * the pending session was ended meanwhile.
 */
export async function promoteSession(
  transaction: Transaction<Database>,
  config: Config,
  pendingSessionId: string,
  now: Date,
): Promise<StartedSession | null> {
  const ended = await transaction
    .updateTable('auth_session')
    .set({ ended_at: now, end_reason: 'PROMOTED', pending_totp_secret: null })
    .where('id', '=', pendingSessionId)
    .where('ended_at', 'is', null)
    .where('stage', '!=', 'SIGNED_IN')
    .returning(['practice_id', 'clinician_id', 'expires_at'])
    .executeTakeFirst();
  if (!ended) return null;
  return startSession(
    transaction,
    config,
    {
      practiceId: ended.practice_id,
      clinicianId: ended.clinician_id,
      stage: 'SIGNED_IN',
      expiresAt: ended.expires_at,
    },
    now,
  );
}
