import type { Clinician, Practice } from '@waypoint/shared';
import type { CreateAccountInput } from '../__generated__/resolvers-types';
import { recordAuditEvent } from '../audit/audit-trail';
import type { RequestContext } from '../graphql/context';
import { apiError } from '../graphql/errors';
import { accountAuditEntry } from './account-audit';
import { emailTaken, validateAccountInput } from './account-input';
import {
  findClinician,
  findCliniciansInPractice,
  insertClinician,
  isEmailTaken,
  listClinicians,
} from './account.repository';
import { authorize, requireViewer } from './authorize';
import { mayManageAccount, mayManageAccounts } from './policy';
import { endSessions } from './sessions';
import { issueSetPasswordLink, type IssuedLink } from './set-password-links';
import type { Viewer } from './viewer';

// What admins do with their practice's accounts. Each mutation checks everything first, then
// writes in one transaction with its audit event, so nothing is ever half-done.

/** A set-password link with the account it is for. */
export interface SetPasswordLinkResult extends IssuedLink {
  readonly clinician: Clinician;
}

/** The most supervisees one supervisor may have: a bound on one request's work. */
const MAX_SUPERVISEES = 200;

/** Every account of the admin's practice. */
export async function listAccounts(context: RequestContext): Promise<Clinician[]> {
  const viewer = requireViewer(context);
  await authorize(context, viewer, mayManageAccounts(viewer), practiceTarget(viewer));
  const accounts = await listClinicians(context.db, viewer.practiceId);
  await recordAuditEvent(
    context.db,
    adminEvent(context, viewer, 'ACCOUNTS_VIEWED', 'PRACTICE', viewer.practiceId),
  );
  return accounts;
}

/** Creates an account in the admin's practice and its first set-password link. */
export async function createAccount(
  context: RequestContext,
  input: CreateAccountInput,
): Promise<SetPasswordLinkResult> {
  const viewer = requireViewer(context);
  await authorize(context, viewer, mayManageAccounts(viewer), practiceTarget(viewer));
  const account = validateAccountInput(input);
  if (await isEmailTaken(context.db, account.email)) throw emailTaken();
  const now = new Date();
  try {
    return await context.db.transaction().execute(async (transaction) => {
      const clinician = await insertClinician(transaction, {
        ...account,
        practiceId: viewer.practiceId,
      });
      const link = await issueSetPasswordLink(
        transaction,
        {
          practiceId: viewer.practiceId,
          clinicianId: clinician.id,
          createdBy: viewer.clinicianId,
          publicUrl: context.publicUrl,
        },
        now,
      );
      await recordAuditEvent(
        transaction,
        adminEvent(context, viewer, 'ACCOUNT_CREATED', 'CLINICIAN', clinician.id),
      );
      return { ...link, clinician };
    });
  } catch (error) {
    // Two admins creating the same email at once: the unique index decides.
    if ((error as { code?: string }).code === '23505') throw emailTaken();
    throw error;
  }
}

/** Clears an account's password, ends its sessions and issues a new set-password link. */
export async function resetPassword(
  context: RequestContext,
  clinicianId: string,
): Promise<SetPasswordLinkResult> {
  const viewer = requireViewer(context);
  const clinician = await managedAccount(context, viewer, clinicianId);
  if (!clinician.isActive) {
    // Its link could never be used: a deactivated account cannot set a password.
    throw apiError('BAD_USER_INPUT', 'This account is deactivated', 'clinicianId');
  }
  const now = new Date();
  return context.db.transaction().execute(async (transaction) => {
    await transaction
      .updateTable('clinician')
      .set((eb) => ({ password_hash: null, version: eb('version', '+', 1) }))
      .where('id', '=', clinician.id)
      .execute();
    await endSessions(transaction, { clinicianId: clinician.id }, 'PASSWORD_RESET', now);
    const link = await issueSetPasswordLink(
      transaction,
      {
        practiceId: viewer.practiceId,
        clinicianId: clinician.id,
        createdBy: viewer.clinicianId,
        publicUrl: context.publicUrl,
      },
      now,
    );
    await recordAuditEvent(
      transaction,
      adminEvent(context, viewer, 'PASSWORD_RESET', 'CLINICIAN', clinician.id),
    );
    return { ...link, clinician };
  });
}

/** Stops an account from signing in and ends all its sessions at once. */
export async function deactivateAccount(
  context: RequestContext,
  clinicianId: string,
): Promise<Clinician> {
  const viewer = requireViewer(context);
  const clinician = await managedAccount(context, viewer, clinicianId);
  if (clinician.id === viewer.clinicianId) {
    throw apiError('BAD_USER_INPUT', 'You cannot deactivate your own account', 'clinicianId');
  }
  if (!clinician.isActive) return clinician;
  const now = new Date();
  await context.db.transaction().execute(async (transaction) => {
    await transaction
      .updateTable('clinician')
      .set((eb) => ({ is_active: false, deactivated_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', clinician.id)
      .execute();
    await endSessions(transaction, { clinicianId: clinician.id }, 'ACCOUNT_DEACTIVATED', now);
    // A link sent earlier must not bring the account back.
    await transaction
      .deleteFrom('set_password_token')
      .where('clinician_id', '=', clinician.id)
      .where('used_at', 'is', null)
      .execute();
    await recordAuditEvent(
      transaction,
      adminEvent(context, viewer, 'ACCOUNT_DEACTIVATED', 'CLINICIAN', clinician.id),
    );
  });
  return { ...clinician, isActive: false };
}

/** Replaces the set of clinicians a supervisor supervises. */
export async function setSupervisees(
  context: RequestContext,
  supervisorId: string,
  superviseeIds: readonly string[],
): Promise<Clinician> {
  const viewer = requireViewer(context);
  const supervisor = await managedAccount(context, viewer, supervisorId);
  if (supervisor.role !== 'SUPERVISOR') {
    throw apiError(
      'BAD_USER_INPUT',
      'Only an account with the SUPERVISOR role can supervise',
      'supervisorId',
    );
  }
  const wanted = [...new Set(superviseeIds)];
  if (wanted.length > MAX_SUPERVISEES) {
    throw apiError(
      'BAD_USER_INPUT',
      `A supervisor can have at most ${MAX_SUPERVISEES} supervisees`,
      'superviseeIds',
    );
  }
  if (wanted.includes(supervisor.id)) {
    throw apiError('BAD_USER_INPUT', 'A supervisor cannot supervise themselves', 'superviseeIds');
  }
  const found = await findCliniciansInPractice(context.db, viewer.practiceId, wanted);
  if (found.length !== wanted.length) {
    // Another practice's ids read exactly like ids that do not exist.
    throw apiError(
      'BAD_USER_INPUT',
      'Every supervisee must be an account of this practice',
      'superviseeIds',
    );
  }
  await context.db.transaction().execute(async (transaction) => {
    await transaction
      .deleteFrom('supervision')
      .where('supervisor_id', '=', supervisor.id)
      .execute();
    if (wanted.length > 0) {
      await transaction
        .insertInto('supervision')
        .values(
          wanted.map((id) => ({
            practice_id: viewer.practiceId,
            supervisor_id: supervisor.id,
            supervisee_id: id,
          })),
        )
        .execute();
    }
    await recordAuditEvent(
      transaction,
      adminEvent(context, viewer, 'SUPERVISEES_CHANGED', 'CLINICIAN', supervisor.id),
    );
  });
  return supervisor;
}

/** Requires, or stops requiring, a second factor at every account's next sign-in. */
export async function setSecondFactorRequirement(
  context: RequestContext,
  isRequired: boolean,
): Promise<Practice> {
  const viewer = requireViewer(context);
  await authorize(context, viewer, mayManageAccounts(viewer), practiceTarget(viewer));
  return context.db.transaction().execute(async (transaction) => {
    const practice = await transaction
      .updateTable('practice')
      .set({ requires_second_factor: isRequired })
      .where('id', '=', viewer.practiceId)
      .returning(['id', 'name', 'requires_second_factor'])
      .executeTakeFirstOrThrow();
    await recordAuditEvent(
      transaction,
      adminEvent(
        context,
        viewer,
        'SECOND_FACTOR_REQUIREMENT_CHANGED',
        'PRACTICE',
        viewer.practiceId,
      ),
    );
    return {
      id: practice.id,
      name: practice.name,
      requiresSecondFactor: practice.requires_second_factor,
    };
  });
}

/** The account an admin acts on, after the policy allowed it; other practices' are NOT_FOUND. */
async function managedAccount(
  context: RequestContext,
  viewer: Viewer,
  clinicianId: string,
): Promise<Clinician> {
  const clinician = await findClinician(context.db, clinicianId);
  await authorize(context, viewer, mayManageAccount(viewer, clinician ?? { practiceId: null }), {
    entityType: 'CLINICIAN',
    entityId: clinician?.id ?? null,
  });
  // authorize() has already answered NOT_FOUND for a missing account; this narrows the type.
  if (!clinician) throw apiError('NOT_FOUND', 'CLINICIAN not found');
  return clinician;
}

function practiceTarget(viewer: Viewer) {
  return { entityType: 'PRACTICE', entityId: viewer.practiceId } as const;
}

function adminEvent(
  context: RequestContext,
  viewer: Viewer,
  action: Parameters<typeof accountAuditEntry>[1]['action'],
  entityType: 'CLINICIAN' | 'PRACTICE',
  entityId: string,
) {
  return accountAuditEntry(context.requestId, {
    practiceId: viewer.practiceId,
    actorId: viewer.clinicianId,
    action,
    entityType,
    entityId,
  });
}
