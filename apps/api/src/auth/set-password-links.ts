import type { Transaction } from 'kysely';
import { recordAuditEvent } from '../audit/audit-trail';
import type { Database } from '../database/tables';
import type { RequestContext } from '../graphql/context';
import { apiError } from '../graphql/errors';
import { accountAuditEntry } from './account-audit';
import { normaliseEmail } from './account.repository';
import { assertAcceptablePassword, hashPassword } from './passwords';
import { endSessions } from './sessions';
import { accountThrottleKey } from './throttle';
import { hashToken, isWellFormedToken, issueToken } from './tokens';

/** How long a set-password link works: a long weekend, for links sent on a Friday. */
export const SET_PASSWORD_LINK_HOURS = 72;

/** One answer for a link that is unknown, used, expired or for a deactivated account. */
const INVALID_LINK_MESSAGE =
  'This link has expired or was already used; ask an admin for a new one';

/** A one-time link and when it stops working. */
export interface IssuedLink {
  readonly url: string;
  readonly expiresAt: Date;
}

/**
 * Issues a one-time set-password link for an account, replacing any unused earlier link: only
 * the newest link an admin sent works. The token is in the link only; its hash is stored.
 */
export async function issueSetPasswordLink(
  transaction: Transaction<Database>,
  link: {
    readonly practiceId: string;
    readonly clinicianId: string;
    /** The admin issuing it; null for an operator's command. */
    readonly createdBy: string | null;
    readonly publicUrl: string;
  },
  now: Date,
): Promise<IssuedLink> {
  const { token, hash } = issueToken();
  const expiresAt = new Date(now.getTime() + SET_PASSWORD_LINK_HOURS * 3_600_000);
  await transaction
    .deleteFrom('set_password_token')
    .where('clinician_id', '=', link.clinicianId)
    .where('used_at', 'is', null)
    .execute();
  await transaction
    .insertInto('set_password_token')
    .values({
      token_hash: hash,
      practice_id: link.practiceId,
      clinician_id: link.clinicianId,
      created_by: link.createdBy,
      expires_at: expiresAt,
    })
    .execute();
  return { url: `${link.publicUrl}/set-password?token=${token}`, expiresAt };
}

/**
 * Chooses a password through a one-time link: the link must be unused, unexpired and for an
 * active account, and the password must follow the rules. The link is then used up, every
 * session of the account ends, and its sign-in throttle starts afresh.
 */
export async function setPasswordWithLink(
  context: RequestContext,
  token: string,
  password: string,
): Promise<boolean> {
  const tokenHash = isWellFormedToken(token) ? hashToken(token) : null;
  const now = new Date();
  const link = tokenHash
    ? await context.db
        .selectFrom('set_password_token')
        .innerJoin('clinician', 'clinician.id', 'set_password_token.clinician_id')
        .select([
          'set_password_token.practice_id',
          'set_password_token.clinician_id',
          'set_password_token.expires_at',
          'set_password_token.used_at',
          'clinician.email',
          'clinician.is_active',
        ])
        .where('set_password_token.token_hash', '=', tokenHash)
        .executeTakeFirst()
    : undefined;
  if (!tokenHash || !link || link.used_at !== null || link.expires_at <= now || !link.is_active) {
    throw apiError('BAD_USER_INPUT', INVALID_LINK_MESSAGE, 'token');
  }
  assertAcceptablePassword(password, link.email);
  const passwordHash = await hashPassword(password);

  const isSet = await context.db.transaction().execute(async (transaction) => {
    // Used up atomically: of two requests with the same link, one sets the password.
    const used = await transaction
      .updateTable('set_password_token')
      .set({ used_at: now })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    if (used.numUpdatedRows === 0n) return false;
    await transaction
      .updateTable('clinician')
      .set((eb) => ({ password_hash: passwordHash, version: eb('version', '+', 1) }))
      .where('id', '=', link.clinician_id)
      .execute();
    await endSessions(transaction, { clinicianId: link.clinician_id }, 'PASSWORD_CHANGED', now);
    await transaction
      .deleteFrom('sign_in_throttle')
      .where('key', '=', accountThrottleKey(normaliseEmail(link.email)))
      .execute();
    await recordAuditEvent(
      transaction,
      accountAuditEntry(context.requestId, {
        practiceId: link.practice_id,
        actorId: link.clinician_id,
        action: 'PASSWORD_SET',
        entityType: 'CLINICIAN',
        entityId: link.clinician_id,
      }),
    );
    return true;
  });
  if (!isSet) throw apiError('BAD_USER_INPUT', INVALID_LINK_MESSAGE, 'token');
  return true;
}
