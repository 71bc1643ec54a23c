import type { ErrorCode } from '../graphql/errors';
import type { Viewer } from './viewer';

/**
 * The single place where "who may do what" is decided. Pure: services look records up, ask
 * here, and act on the answer (auth/authorize.ts turns a refusal into an error and an audit
 * event). Another practice's records are NOT_FOUND, exactly like records that do not exist.
 */
export type Decision =
  | { readonly isAllowed: true }
  | {
      readonly isAllowed: false;
      readonly code: Extract<ErrorCode, 'FORBIDDEN' | 'NOT_FOUND'>;
      readonly reason: string;
    };

const allowed: Decision = { isAllowed: true };
const notFound = (what: string): Decision => ({
  isAllowed: false,
  code: 'NOT_FOUND',
  reason: `${what} not found`,
});
const forbidden = (reason: string): Decision => ({ isAllowed: false, code: 'FORBIDDEN', reason });

/** Anything that belongs to a practice. */
interface Owned {
  readonly practiceId: string | null;
}

/** Whether the viewer may read a clinician's caseload: their own, or a supervisee's. */
export function mayReadCaseloadOf(
  viewer: Viewer,
  clinician: Owned & { readonly id: string },
): Decision {
  if (clinician.practiceId !== viewer.practiceId) return notFound('Clinician');
  if (clinician.id === viewer.clinicianId) return allowed;
  if (viewer.role === 'SUPERVISOR' && viewer.superviseeIds.includes(clinician.id)) return allowed;
  return forbidden('Only the clinician and their supervisor may read this caseload');
}

/**
 * Whether the viewer may read a client's record: the client's own clinician, or that
 * clinician's supervisor. Admins manage accounts, not clinical content: they see only their
 * own caseload.
 */
export function mayReadClient(
  viewer: Viewer,
  client: Owned & { readonly primaryClinicianId: string },
): Decision {
  return mayReadCaseloadOf(viewer, {
    id: client.primaryClinicianId,
    practiceId: client.practiceId,
  });
}

/** Whether the viewer may change a client's record: only the client's own clinician. */
export function mayChangeClient(
  viewer: Viewer,
  client: Owned & { readonly primaryClinicianId: string },
): Decision {
  if (client.practiceId !== viewer.practiceId) return notFound('Client');
  if (client.primaryClinicianId === viewer.clinicianId) return allowed;
  return forbidden("Only the client's own clinician may change their record");
}

/**
 * Whether a request may read a record's contents (goals, entries, measures): only on a client
 * it opened through an audited read or change, so no record is read off the audit trail.
 */
export function mayReadRecordContents(isOpened: boolean): Decision {
  return isOpened ? allowed : forbidden("Open the client's record to read it");
}

/** Whether the viewer may create, reset, deactivate and assign accounts of their practice. */
export function mayManageAccounts(viewer: Viewer): Decision {
  return viewer.role === 'ADMIN' ? allowed : forbidden('Only an admin may manage accounts');
}

/** Whether the viewer may act on this account as an admin: it must be in their practice. */
export function mayManageAccount(viewer: Viewer, account: Owned): Decision {
  if (account.practiceId !== viewer.practiceId) return notFound('Clinician');
  return mayManageAccounts(viewer);
}

/** Whether the viewer may read, export and verify the practice's audit trail. */
export function mayReadAuditLog(viewer: Viewer): Decision {
  return viewer.role === 'ADMIN' ? allowed : forbidden('Only an admin may read the audit log');
}

/** Whether the viewer may change a prompt of someone's own library: only its author. */
export function mayChangeOwnPrompt(
  viewer: Viewer,
  prompt: Owned & { readonly clinicianId: string },
): Decision {
  if (prompt.practiceId !== viewer.practiceId) return notFound('Prompt');
  if (prompt.clinicianId === viewer.clinicianId) return allowed;
  return forbidden('Only its author may change a prompt of their own library');
}

/**
 * Whether the viewer may read a progress note: whoever may read its client's record (the
 * client's clinician and their supervisor). Another practice's note is not found.
 */
export function mayReadSessionNote(
  viewer: Viewer,
  client: Owned & { readonly primaryClinicianId: string },
): Decision {
  if (client.practiceId !== viewer.practiceId) return notFound('Progress note');
  return mayReadClient(viewer, client);
}

/**
 * Whether the viewer may draft, edit, sign or add an addendum to a progress note, or write a
 * private note on its session: only the client's own clinician.
 */
export function mayChangeSessionNote(
  viewer: Viewer,
  client: Owned & { readonly primaryClinicianId: string },
): Decision {
  if (client.practiceId !== viewer.practiceId) return notFound('Progress note');
  if (client.primaryClinicianId === viewer.clinicianId) return allowed;
  return forbidden("Only the client's own clinician may write their progress notes");
}

/**
 * Whether the viewer may read a private psychotherapy note: its author alone, never a
 * supervisor or an admin. Others are answered as if there were none, not refused.
 */
export function mayReadPrivateNote(
  viewer: Viewer,
  note: Owned & { readonly authorId: string },
): boolean {
  return note.practiceId === viewer.practiceId && note.authorId === viewer.clinicianId;
}
