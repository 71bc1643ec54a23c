import type { ClinicianRole } from '@waypoint/shared';
import {
  mayChangeClient,
  mayChangeOwnPrompt,
  mayChangeSessionNote,
  mayManageAccount,
  mayManageAccounts,
  mayReadAuditLog,
  mayReadCaseloadOf,
  mayReadClient,
  mayReadPrivateNote,
  mayReadSessionNote,
} from './policy';
import type { Viewer } from './viewer';

const practice = 'practice-a';
const otherPractice = 'practice-b';

function viewerWith(role: ClinicianRole, superviseeIds: string[] = []): Viewer {
  return {
    clinicianId: `${role.toLowerCase()}-1`,
    practiceId: practice,
    role,
    superviseeIds,
    sessionId: 'session',
    idleExpiresAt: new Date(),
    expiresAt: new Date(),
  };
}

const clinician = viewerWith('CLINICIAN');
const supervisor = viewerWith('SUPERVISOR', ['clinician-1']);
const admin = viewerWith('ADMIN');

const clientOf = (primaryClinicianId: string, practiceId = practice) => ({
  primaryClinicianId,
  practiceId,
});

describe('the access policy', () => {
  it('lets a clinician read and change their own clients', () => {
    expect(mayReadClient(clinician, clientOf('clinician-1')).isAllowed).toBe(true);
    expect(mayChangeClient(clinician, clientOf('clinician-1')).isAllowed).toBe(true);
  });

  it("lets a supervisor read, but not change, a supervisee's clients", () => {
    expect(mayReadClient(supervisor, clientOf('clinician-1')).isAllowed).toBe(true);
    expect(mayChangeClient(supervisor, clientOf('clinician-1'))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('refuses a supervisor the clients of clinicians they do not supervise', () => {
    expect(mayReadClient(supervisor, clientOf('clinician-2'))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('shows an admin no clinical content beyond their own caseload', () => {
    expect(mayReadClient(admin, clientOf('clinician-1'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(mayReadClient(admin, clientOf('admin-1')).isAllowed).toBe(true);
  });

  it("answers NOT_FOUND for another practice's records, whoever asks", () => {
    for (const viewer of [clinician, supervisor, admin]) {
      expect(mayReadClient(viewer, clientOf(viewer.clinicianId, otherPractice))).toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(mayChangeClient(viewer, clientOf(viewer.clinicianId, otherPractice))).toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(mayReadCaseloadOf(viewer, { id: 'someone', practiceId: otherPractice })).toMatchObject(
        { code: 'NOT_FOUND' },
      );
      expect(mayManageAccount(viewer, { practiceId: otherPractice })).toMatchObject({
        code: 'NOT_FOUND',
      });
    }
  });

  it('answers NOT_FOUND for a caseload whose clinician does not exist', () => {
    expect(mayReadCaseloadOf(clinician, { id: 'nobody', practiceId: null })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('keeps account management and the audit log to admins', () => {
    expect(mayManageAccounts(admin).isAllowed).toBe(true);
    expect(mayReadAuditLog(admin).isAllowed).toBe(true);
    for (const viewer of [clinician, supervisor]) {
      expect(mayManageAccounts(viewer)).toMatchObject({ code: 'FORBIDDEN' });
      expect(mayManageAccount(viewer, { practiceId: practice })).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(mayReadAuditLog(viewer)).toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it("lets a supervisor read a supervisee's progress notes but only the clinician write them", () => {
    const client = clientOf('clinician-1');
    expect(mayReadSessionNote(supervisor, client).isAllowed).toBe(true);
    expect(mayChangeSessionNote(clinician, client).isAllowed).toBe(true);
    expect(mayChangeSessionNote(supervisor, client)).toMatchObject({ code: 'FORBIDDEN' });
    expect(mayReadSessionNote(admin, client)).toMatchObject({ code: 'FORBIDDEN' });
    expect(mayReadSessionNote(clinician, clientOf('clinician-1', otherPractice))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('keeps a private note to its author: never a supervisor or an admin', () => {
    const note = { authorId: 'clinician-1', practiceId: practice };
    expect(mayReadPrivateNote(clinician, note)).toBe(true);
    expect(mayReadPrivateNote(supervisor, note)).toBe(false);
    expect(mayReadPrivateNote(admin, note)).toBe(false);
    expect(mayReadPrivateNote(clinician, { ...note, practiceId: otherPractice })).toBe(false);
  });

  it('lets only its author change a prompt of their own library', () => {
    const prompt = { clinicianId: 'clinician-1', practiceId: practice };
    expect(mayChangeOwnPrompt(clinician, prompt).isAllowed).toBe(true);
    expect(mayChangeOwnPrompt(supervisor, prompt)).toMatchObject({ code: 'FORBIDDEN' });
    expect(mayChangeOwnPrompt(clinician, { ...prompt, practiceId: otherPractice })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
