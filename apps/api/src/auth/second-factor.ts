import type { Transaction } from 'kysely';
import { recordAuditEvent } from '../audit/audit-trail';
import type { Database } from '../database/tables';
import type { RequestContext } from '../graphql/context';
import { apiError } from '../graphql/errors';
import { accountAuditEntry } from './account-audit';
import { normaliseRecoveryCode, useRecoveryCode } from './recovery-codes';
import { secretKey, unseal } from './secret-box';
import { promoteSession, viewerOfSession } from './sessions';
import type { SignInOutcome } from './sign-in';
import { rateLimited } from './sign-in-errors';
import { addressThrottleKey, secondFactorThrottleKey } from './throttle';
import { releaseAttempt, reserveAttempt } from './throttle-store';
import { matchTotpStep, TOTP_DIGITS } from './totp';
import type { PendingSession } from './viewer';

/** The answer to a wrong code, a used recovery code or a code from another account. */
const WRONG_CODE_MESSAGE =
  'That code is not right. Enter the current code from your app, or an unused recovery code';

/** What was accepted: an authenticator code at a step, or a recovery code. */
type AcceptedCode =
  | { readonly kind: 'totp'; readonly step: number }
  | { readonly kind: 'recovery'; readonly code: string };

/**
 * Completes a sign-in that needs a second factor: a current code from the authenticator app
 * (the step before or after is accepted too; a code works once) or an unused recovery code.
 * Throttled like passwords, on a key of its own that a right password does not reset. On
 * success the session moves to SIGNED_IN under a new token.
 */
export async function verifySecondFactor(
  context: RequestContext,
  code: string,
): Promise<SignInOutcome> {
  const pending = context.pendingSession;
  if (!pending || pending.stage !== 'SECOND_FACTOR_REQUIRED') {
    throw apiError('UNAUTHENTICATED', 'Sign in with your email and password first');
  }
  const typed = code.replace(/[\s-]/g, '');
  if (typed === '' || typed.length > 64) {
    throw apiError(
      'BAD_USER_INPUT',
      'Enter the code from your authenticator app or a recovery code',
      'code',
    );
  }

  const now = new Date();
  const factorKey = secondFactorThrottleKey(pending.clinicianId);
  const decision = await reserveAttempt(
    context.db,
    [factorKey, addressThrottleKey(context.clientAddress)],
    now,
  );
  if (!decision.isAllowed) {
    await recordFactorFailure(context, pending, 'DENIED');
    throw rateLimited(decision.retryAfterSeconds);
  }
  const accepted = await checkCode(context, pending, code, now);
  const session = accepted
    ? await context.db.transaction().execute(async (transaction) => {
        const isUsed =
          accepted.kind === 'totp'
            ? await markTotpStepUsed(transaction, pending.clinicianId, accepted.step)
            : await useRecoveryCode(transaction, pending.clinicianId, accepted.code, now);
        // Used by a parallel request a moment ago: this one fails, and nothing is written.
        if (!isUsed) return null;
        const promoted = await promoteSession(transaction, context.config, pending.sessionId, now);
        if (!promoted) return null;
        await releaseAttempt(transaction, decision.reservation, [factorKey], now);
        const event = { practiceId: pending.practiceId, actorId: pending.clinicianId };
        await recordAuditEvent(
          transaction,
          accountAuditEntry(context.requestId, {
            ...event,
            action: 'SECOND_FACTOR_VERIFIED',
            entityType: 'CLINICIAN',
            entityId: pending.clinicianId,
          }),
        );
        await recordAuditEvent(
          transaction,
          accountAuditEntry(context.requestId, {
            ...event,
            action: 'SIGN_IN',
            entityType: 'SESSION',
            entityId: promoted.sessionId,
          }),
        );
        return promoted;
      })
    : null;
  if (!session) {
    await recordFactorFailure(context, pending, 'FAILED');
    throw apiError('UNAUTHENTICATED', WRONG_CODE_MESSAGE, 'code');
  }
  context.sessionCookie.set(session.token);
  return {
    status: 'SIGNED_IN',
    viewer: await viewerOfSession(context.db, context.config, session.sessionId),
  };
}

async function checkCode(
  context: RequestContext,
  pending: PendingSession,
  code: string,
  now: Date,
): Promise<AcceptedCode | null> {
  const digits = code.replace(/\s/g, '');
  if (new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(digits)) {
    const account = await context.db
      .selectFrom('clinician')
      .select(['totp_secret', 'totp_last_step'])
      .where('id', '=', pending.clinicianId)
      .executeTakeFirst();
    if (!account?.totp_secret) return null;
    const secret = unseal(
      await secretKey(context.config),
      account.totp_secret,
      pending.clinicianId,
    );
    const lastStep = account.totp_last_step === null ? null : Number(account.totp_last_step);
    const step = matchTotpStep(secret, digits, now, lastStep);
    return step === null ? null : { kind: 'totp', step };
  }
  const recoveryCode = normaliseRecoveryCode(code);
  return recoveryCode === null ? null : { kind: 'recovery', code: recoveryCode };
}

/** Records the step a code was accepted for; false when that step (or a later) was used. */
async function markTotpStepUsed(
  transaction: Transaction<Database>,
  clinicianId: string,
  step: number,
): Promise<boolean> {
  const result = await transaction
    .updateTable('clinician')
    .set({ totp_last_step: String(step) })
    .where('id', '=', clinicianId)
    .where((where) =>
      where.or([where('totp_last_step', 'is', null), where('totp_last_step', '<', String(step))]),
    )
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

async function recordFactorFailure(
  context: RequestContext,
  pending: PendingSession,
  outcome: 'FAILED' | 'DENIED',
): Promise<void> {
  await context.db.transaction().execute((transaction) =>
    recordAuditEvent(
      transaction,
      accountAuditEntry(context.requestId, {
        practiceId: pending.practiceId,
        actorId: pending.clinicianId,
        action: 'SECOND_FACTOR_FAILED',
        entityType: 'CLINICIAN',
        entityId: pending.clinicianId,
        outcome,
      }),
    ),
  );
}
