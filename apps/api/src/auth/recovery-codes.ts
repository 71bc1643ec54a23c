import { randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../database/tables';
import { hashToken } from './tokens';
import { encodeBase32 } from './totp';

/** Recovery codes given at enrolment: enough for a long while without the phone. */
export const RECOVERY_CODE_COUNT = 10;
/** 80 random bits per code: 16 base32 characters, shown as four groups of four. */
const RECOVERY_CODE_BYTES = 10;

/** A new recovery code as people read it: 'ABCD-EFGH-JKLM-NPQR'. */
export function generateRecoveryCode(): string {
  const characters = encodeBase32(randomBytes(RECOVERY_CODE_BYTES));
  return characters.match(/.{4}/g)?.join('-') ?? characters;
}

/** A typed recovery code as stored: upper case, without dashes or spaces; null if it is not one. */
export function normaliseRecoveryCode(code: string): string | null {
  const normalised = code.replace(/[\s-]/g, '').toUpperCase();
  return /^[A-Z2-7]{16}$/.test(normalised) ? normalised : null;
}

/** Replaces an account's recovery codes with new ones, stored as SHA-256; answers the codes. */
export async function replaceRecoveryCodes(
  transaction: Transaction<Database>,
  practiceId: string,
  clinicianId: string,
): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, generateRecoveryCode);
  await transaction.deleteFrom('recovery_code').where('clinician_id', '=', clinicianId).execute();
  await transaction
    .insertInto('recovery_code')
    .values(
      codes.map((code) => ({
        practice_id: practiceId,
        clinician_id: clinicianId,
        code_hash: hashToken(normaliseRecoveryCode(code) ?? code),
      })),
    )
    .execute();
  return codes;
}

/** Marks an unused recovery code of the account used; false when there is no such code. */
export async function useRecoveryCode(
  transaction: Transaction<Database>,
  clinicianId: string,
  normalisedCode: string,
  now: Date,
): Promise<boolean> {
  const result = await transaction
    .updateTable('recovery_code')
    .set({ used_at: now })
    .where('clinician_id', '=', clinicianId)
    .where('code_hash', '=', hashToken(normalisedCode))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
