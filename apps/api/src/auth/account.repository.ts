import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Clinician, ClinicianRole, Practice } from '@waypoint/shared';
import type { ClinicianTable, Database, PracticeTable } from '../database/tables';
import { isRecordId } from '../graphql/ids';

// The SQL of accounts: clinicians, practices and supervision. No rules here; the services
// decide who may read or change what.

type Executor = Kysely<Database> | Transaction<Database>;

/** An email as accounts are keyed: trimmed, lower case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const clinicianColumns = [
  'id',
  'practice_id',
  'email',
  'display_name',
  'role',
  'is_active',
  'totp_enabled_at',
] as const;

type ClinicianRow = Pick<Selectable<ClinicianTable>, (typeof clinicianColumns)[number]>;

function toClinician(row: ClinicianRow): Clinician {
  return {
    id: row.id,
    practiceId: row.practice_id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    isActive: row.is_active,
    hasSecondFactor: row.totp_enabled_at !== null,
  };
}

function toPractice(
  row: Pick<Selectable<PracticeTable>, 'id' | 'name' | 'requires_second_factor'>,
): Practice {
  return { id: row.id, name: row.name, requiresSecondFactor: row.requires_second_factor };
}

/** What sign-in needs to know about the account an email names. */
export interface AccountCredentials {
  readonly id: string;
  readonly practiceId: string;
  readonly email: string;
  readonly isActive: boolean;
  readonly passwordHash: string | null;
  readonly hasSecondFactor: boolean;
  readonly requiresSecondFactor: boolean;
}

/** The account with this email (any case), with its practice's second-factor rule. */
export async function findCredentialsByEmail(
  db: Executor,
  normalisedEmail: string,
): Promise<AccountCredentials | null> {
  const row = await db
    .selectFrom('clinician')
    .innerJoin('practice', 'practice.id', 'clinician.practice_id')
    .select([
      'clinician.id',
      'clinician.practice_id',
      'clinician.email',
      'clinician.is_active',
      'clinician.password_hash',
      'clinician.totp_enabled_at',
      'practice.requires_second_factor',
    ])
    .where((eb) => eb(eb.fn('lower', ['clinician.email']), '=', normalisedEmail))
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    practiceId: row.practice_id,
    email: row.email,
    isActive: row.is_active,
    passwordHash: row.password_hash,
    hasSecondFactor: row.totp_enabled_at !== null,
    requiresSecondFactor: row.requires_second_factor,
  };
}

/** A clinician of any practice by id, or null; the caller checks the practice. */
export async function findClinician(db: Executor, id: string): Promise<Clinician | null> {
  if (!isRecordId(id)) return null;
  const row = await db
    .selectFrom('clinician')
    .select(clinicianColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toClinician(row) : null;
}

/** Clinicians of one practice among the given ids; ids of other practices are left out. */
export async function findCliniciansInPractice(
  db: Executor,
  practiceId: string,
  ids: readonly string[],
): Promise<Clinician[]> {
  const validIds = ids.filter(isRecordId);
  if (validIds.length === 0) return [];
  const rows = await db
    .selectFrom('clinician')
    .select(clinicianColumns)
    .where('practice_id', '=', practiceId)
    .where('id', 'in', validIds)
    .execute();
  return rows.map(toClinician);
}

/** Every account of a practice, by display name. */
export async function listClinicians(db: Executor, practiceId: string): Promise<Clinician[]> {
  const rows = await db
    .selectFrom('clinician')
    .select(clinicianColumns)
    .where('practice_id', '=', practiceId)
    .orderBy('display_name')
    .orderBy('id')
    .execute();
  return rows.map(toClinician);
}

/** A practice by id, or null. */
export async function findPractice(db: Executor, id: string): Promise<Practice | null> {
  const row = await db
    .selectFrom('practice')
    .select(['id', 'name', 'requires_second_factor'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toPractice(row) : null;
}

/** The supervisees of each supervisor, by display name, in one statement. */
export async function findSupervisees(
  db: Executor,
  supervisorIds: readonly string[],
): Promise<Map<string, Clinician[]>> {
  const bySupervisor = new Map<string, Clinician[]>(supervisorIds.map((id) => [id, []]));
  if (supervisorIds.length === 0) return bySupervisor;
  const rows = await db
    .selectFrom('supervision')
    .innerJoin('clinician', 'clinician.id', 'supervision.supervisee_id')
    .select(clinicianColumns.map((column) => `clinician.${column}` as const))
    .select('supervision.supervisor_id')
    .where('supervision.supervisor_id', 'in', supervisorIds)
    .orderBy('clinician.display_name')
    .orderBy('clinician.id')
    .execute();
  for (const row of rows) bySupervisor.get(row.supervisor_id)?.push(toClinician(row));
  return bySupervisor;
}

/** Whether any account already uses this email, in any case and any practice. */
export async function isEmailTaken(db: Executor, normalisedEmail: string): Promise<boolean> {
  const row = await db
    .selectFrom('clinician')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', normalisedEmail))
    .executeTakeFirst();
  return row !== undefined;
}

/** A new account without a password: its owner chooses one through a set-password link. */
export async function insertClinician(
  transaction: Transaction<Database>,
  account: {
    readonly practiceId: string;
    readonly email: string;
    readonly displayName: string;
    readonly role: ClinicianRole;
  },
): Promise<Clinician> {
  const row = await transaction
    .insertInto('clinician')
    .values({
      practice_id: account.practiceId,
      email: account.email,
      display_name: account.displayName,
      role: account.role,
    })
    .returning(clinicianColumns)
    .executeTakeFirstOrThrow();
  return toClinician(row);
}
