import type { SignInInput, SignInStatus } from '../__generated__/resolvers-types';
import { recordAuditEvent } from '../audit/audit-trail';
import type { RequestContext } from '../graphql/context';
import { apiError } from '../graphql/errors';
import { accountAuditEntry } from './account-audit';
import {
  findCredentialsByEmail,
  normaliseEmail,
  type AccountCredentials,
} from './account.repository';
import { dummyPasswordHash, rehashWhenOutdated, verifyPassword } from './passwords';
import { endSessions, startSession, viewerOfSession } from './sessions';
import { rateLimited, signInFailed } from './sign-in-errors';
import { accountThrottleKey, addressThrottleKey } from './throttle';
import { releaseAttempt, reserveAttempt } from './throttle-store';
import type { SessionStage, Viewer } from './viewer';

/** How far a sign-in got, and the viewer once it is complete. */
export interface SignInOutcome {
  readonly status: SignInStatus;
  readonly viewer: Viewer | null;
}

/** No address is longer (RFC 5321); longer input is refused before any work is done. */
const MAX_EMAIL_LENGTH = 320;
/** Far above the longest acceptable password: a bound on the work one attempt can cause. */
const MAX_PASSWORD_INPUT_LENGTH = 1024;

/**
 * Checks an email and password. Every answer that is not a success is the same whether or not
 * the email exists: the same message, the same throttling (keyed by the email, not the
 * account), and about the same time (an unknown email is checked against a dummy hash).
 */
export async function signIn(context: RequestContext, input: SignInInput): Promise<SignInOutcome> {
  const email = normaliseEmail(input.email);
  if (email === '') throw apiError('BAD_USER_INPUT', 'Enter your email address', 'email');
  if (email.length > MAX_EMAIL_LENGTH) {
    throw apiError('BAD_USER_INPUT', 'Email address is too long', 'email');
  }
  if (input.password === '') throw apiError('BAD_USER_INPUT', 'Enter your password', 'password');
  if (input.password.length > MAX_PASSWORD_INPUT_LENGTH) {
    throw apiError('BAD_USER_INPUT', 'Password is too long', 'password');
  }

  const now = new Date();
  const accountKey = accountThrottleKey(email);
  const decision = await reserveAttempt(
    context.db,
    [accountKey, addressThrottleKey(context.clientAddress)],
    now,
  );
  const account = await findCredentialsByEmail(context.db, email);
  if (!decision.isAllowed) {
    await recordFailure(context, account, 'DENIED');
    throw rateLimited(decision.retryAfterSeconds);
  }

  // Always one argon2 verification, so a missing account or password costs the same time.
  const hash = account?.passwordHash ?? (await dummyPasswordHash());
  const isPasswordRight = await verifyPassword(hash, input.password);
  if (!account || !account.isActive || account.passwordHash === null || !isPasswordRight) {
    await recordFailure(context, account, 'FAILED');
    throw signInFailed();
  }

  const stage = stageAfterPassword(account);
  const previousSessionId = context.viewer?.sessionId ?? context.pendingSession?.sessionId ?? null;
  const session = await context.db.transaction().execute(async (transaction) => {
    await releaseAttempt(transaction, decision.reservation, [accountKey], now);
    await rehashWhenOutdated(transaction, account.id, hash, input.password);
    if (previousSessionId) {
      await endSessions(transaction, { sessionId: previousSessionId }, 'REPLACED', now);
    }
    const started = await startSession(
      transaction,
      context.config,
      { practiceId: account.practiceId, clinicianId: account.id, stage },
      now,
    );
    // A sign-in is recorded once it is complete; the second-factor steps record their own.
    if (stage === 'SIGNED_IN') {
      await recordAuditEvent(
        transaction,
        accountAuditEntry(context.requestId, {
          practiceId: account.practiceId,
          actorId: account.id,
          action: 'SIGN_IN',
          entityType: 'SESSION',
          entityId: started.sessionId,
        }),
      );
    }
    return started;
  });
  context.sessionCookie.set(session.token);
  const viewer =
    stage === 'SIGNED_IN'
      ? await viewerOfSession(context.db, context.config, session.sessionId)
      : null;
  return { status: stage, viewer };
}

/** The next step after a right password: done, a code, or enrolling an authenticator app. */
export function stageAfterPassword(
  account: Pick<AccountCredentials, 'hasSecondFactor' | 'requiresSecondFactor'>,
): SessionStage {
  if (account.hasSecondFactor) return 'SECOND_FACTOR_REQUIRED';
  if (account.requiresSecondFactor) return 'SECOND_FACTOR_ENROLMENT_REQUIRED';
  return 'SIGNED_IN';
}

/**
 * A failed or refused sign-in, recorded in its own transaction since the sign-in itself
 * fails. An unknown email belongs to no practice and names no one.
 */
async function recordFailure(
  context: RequestContext,
  account: AccountCredentials | null,
  outcome: 'FAILED' | 'DENIED',
): Promise<void> {
  await context.db.transaction().execute((transaction) =>
    recordAuditEvent(
      transaction,
      accountAuditEntry(context.requestId, {
        practiceId: account?.practiceId ?? null,
        actorId: account?.id ?? null,
        action: 'SIGN_IN_FAILED',
        entityType: 'CLINICIAN',
        entityId: account?.id ?? null,
        outcome,
      }),
    ),
  );
}

/** Ends the request's session on the server and clears the cookie; true when one was ended. */
export async function signOut(context: RequestContext): Promise<boolean> {
  const session = context.viewer ?? context.pendingSession;
  context.sessionCookie.clear();
  if (!session) return false;
  const now = new Date();
  return context.db.transaction().execute(async (transaction) => {
    const ended = await endSessions(
      transaction,
      { sessionId: session.sessionId },
      'SIGNED_OUT',
      now,
    );
    if (ended === 0) return false;
    await recordAuditEvent(
      transaction,
      accountAuditEntry(context.requestId, {
        practiceId: session.practiceId,
        actorId: 'clinicianId' in session ? session.clinicianId : null,
        action: 'SIGN_OUT',
        entityType: 'SESSION',
        entityId: session.sessionId,
      }),
    );
    return true;
  });
}
