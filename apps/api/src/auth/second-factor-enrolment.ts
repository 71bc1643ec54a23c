import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import { recordAuditEvent } from '../audit/audit-trail';
import type { RequestContext } from '../graphql/context';
import { apiError } from '../graphql/errors';
import { accountAuditEntry } from './account-audit';
import { findClinician, findPractice } from './account.repository';
import { replaceRecoveryCodes } from './recovery-codes';
import { seal, secretKey, unseal } from './secret-box';
import { promoteSession } from './sessions';
import { encodeBase32, matchTotpStep, otpauthUri, TOTP_DIGITS } from './totp';

/** 160-bit secrets: the HMAC-SHA1 key length RFC 4226 §4 recommends. */
const SECRET_BYTES = 20;
/** The issuer authenticator apps show above the codes. */
const ISSUER = 'Waypoint';

/** The session enrolling and whose account it is. */
interface EnrollingSession {
  readonly sessionId: string;
  readonly clinicianId: string;
  readonly practiceId: string;
  /** Whether enrolling is the last step of a sign-in the practice's rule held back. */
  readonly completesSignIn: boolean;
}

/** A new secret, with the QR code and address an authenticator app reads. */
export interface SecondFactorEnrolment {
  readonly secret: string;
  readonly otpauthUri: string;
  readonly qrCodeSvg: string;
}

/**
 * Who may enrol: a signed-in clinician (adding or replacing their app), or a session that the
 * practice's second-factor rule holds at SECOND_FACTOR_ENROLMENT_REQUIRED.
 */
function enrollingSession(context: RequestContext): EnrollingSession {
  if (context.viewer) return { ...context.viewer, completesSignIn: false };
  const pending = context.pendingSession;
  if (pending?.stage === 'SECOND_FACTOR_ENROLMENT_REQUIRED')
    return { ...pending, completesSignIn: true };
  throw apiError('UNAUTHENTICATED', 'Sign in to set up an authenticator app');
}

/**
 * Starts enrolling an authenticator app: a new secret, kept (sealed) with this session until a
 * first code confirms it. The account's current second factor, if any, stays until then.
 */
export async function beginSecondFactorEnrolment(
  context: RequestContext,
): Promise<SecondFactorEnrolment> {
  const session = enrollingSession(context);
  const [clinician, practice] = await Promise.all([
    findClinician(context.db, session.clinicianId),
    findPractice(context.db, session.practiceId),
  ]);
  if (!clinician || !practice)
    throw apiError('UNAUTHENTICATED', 'Sign in to set up an authenticator app');
  const secret = randomBytes(SECRET_BYTES);
  const sealed = seal(await secretKey(context.config), secret, session.clinicianId);
  await context.db
    .updateTable('auth_session')
    .set({ pending_totp_secret: sealed })
    .where('id', '=', session.sessionId)
    .where('ended_at', 'is', null)
    .execute();
  const uri = otpauthUri(secret, {
    issuer: ISSUER,
    labelPrefix: practice.name,
    accountName: clinician.email,
  });
  return {
    secret: encodeBase32(secret),
    otpauthUri: uri,
    qrCodeSvg: await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
  };
}

/**
 * Confirms the enrolment with a first code from the app: the second factor is on, and ten new
 * recovery codes replace any old ones (answered this once; only their hashes are kept). When the
 * practice's rule held the sign-in back, it completes here under a new session token.
 */
export async function confirmSecondFactorEnrolment(
  context: RequestContext,
  code: string,
): Promise<string[]> {
  const session = enrollingSession(context);
  const digits = code.replace(/\s/g, '');
  if (!new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(digits)) {
    throw apiError(
      'BAD_USER_INPUT',
      `Enter the ${TOTP_DIGITS}-digit code your authenticator app shows`,
      'code',
    );
  }
  const row = await context.db
    .selectFrom('auth_session')
    .select('pending_totp_secret')
    .where('id', '=', session.sessionId)
    .executeTakeFirst();
  const sealed = row?.pending_totp_secret ?? null;
  if (sealed === null) {
    throw apiError('BAD_USER_INPUT', 'Start setting up the authenticator app first', 'code');
  }
  const now = new Date();
  const secret = unseal(await secretKey(context.config), sealed, session.clinicianId);
  const step = matchTotpStep(secret, digits, now, null);
  if (step === null) {
    throw apiError(
      'BAD_USER_INPUT',
      "That code does not match. Check your device's clock and enter the code shown now",
      'code',
    );
  }

  const result = await context.db.transaction().execute(async (transaction) => {
    const cleared = await transaction
      .updateTable('auth_session')
      .set({ pending_totp_secret: null })
      .where('id', '=', session.sessionId)
      .where('pending_totp_secret', '=', sealed)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    // Confirmed (or restarted) by a parallel request: that one wins.
    if (cleared.numUpdatedRows === 0n) return null;
    await transaction
      .updateTable('clinician')
      // The sealed value is bound to this clinician, so it moves over as it is.
      .set((eb) => ({
        totp_secret: sealed,
        totp_enabled_at: now,
        totp_last_step: String(step),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', session.clinicianId)
      .execute();
    const codes = await replaceRecoveryCodes(transaction, session.practiceId, session.clinicianId);
    const promoted = session.completesSignIn
      ? await promoteSession(transaction, context.config, session.sessionId, now)
      : null;
    const event = { practiceId: session.practiceId, actorId: session.clinicianId };
    await recordAuditEvent(
      transaction,
      accountAuditEntry(context.requestId, {
        ...event,
        action: 'SECOND_FACTOR_ENROLLED',
        entityType: 'CLINICIAN',
        entityId: session.clinicianId,
      }),
    );
    if (promoted) {
      await recordAuditEvent(
        transaction,
        accountAuditEntry(context.requestId, {
          ...event,
          action: 'SIGN_IN',
          entityType: 'SESSION',
          entityId: promoted.sessionId,
        }),
      );
    }
    return { codes, token: promoted?.token ?? null };
  });
  if (!result)
    throw apiError('BAD_USER_INPUT', 'Start setting up the authenticator app first', 'code');
  if (result.token) context.sessionCookie.set(result.token);
  return result.codes;
}
