// The vocabulary of the authorization matrix (authorization-matrix.test.ts): who asks, what
// they may get, and one row per operation and case.

/** Who is asking. */
export type Caller =
  | 'clinician'
  | 'supervisor'
  | 'admin'
  | 'otherPracticeClinician'
  | 'otherPracticeAdmin'
  | 'deactivated'
  | 'anonymous';

export const callers: readonly Caller[] = [
  'clinician',
  'supervisor',
  'admin',
  'otherPracticeClinician',
  'otherPracticeAdmin',
  'deactivated',
  'anonymous',
];

/** What a caller gets: an answer, or the error code of the refusal. */
export type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';

/** The records of the demo practice the operations aim at. */
export interface Targets {
  readonly clinicianId: string;
  readonly supervisorId: string;
  /** A new account of the demo practice, for operations that change or end it. */
  newAccount(): Promise<{ id: string; email: string; setPasswordToken: string }>;
  /** A client on the demo clinician's caseload. */
  readonly clientId: string;
  /** A new active goal of that client, with GAS levels, for operations that change it. */
  newGoal(): Promise<string>;
  /** A new milestone to do under a new active goal of that client. */
  newMilestone(): Promise<string>;
  /** A new small win of that client. */
  newProgressEntry(): Promise<string>;
  /** A new PHQ-9 draft of that client, item 9 still open. */
  newMeasureDraft(): Promise<string>;
  /** A new safety flag of that client, raised by a PHQ-9 with item 9 above 0. */
  newSafetyFlag(): Promise<string>;
  /** A new client of the demo clinician, for operations that start something once per client. */
  newClient(): Promise<string>;
  /** A new open session with a new client of the demo clinician. */
  newOpenSession(): Promise<string>;
  /** A new prompt of the demo clinician's own library. */
  newOwnPrompt(): Promise<string>;
  /** A new session, ended, with a new client of the demo clinician. */
  newEndedSession(): Promise<string>;
  /** A new draft progress note, with something written, of a new ended session. */
  newDraftNote(): Promise<string>;
  /** A new signed progress note of a new ended session. */
  newSignedNote(): Promise<string>;
  /** The current version of a row. */
  versionOf(
    table:
      | 'client'
      | 'goal'
      | 'milestone'
      | 'progress_entry'
      | 'measure_response'
      | 'own_prompt'
      | 'session_note',
    id: string,
  ): Promise<number>;
  /** The ids of the client's goals in their order. */
  goalIdsInOrder(): Promise<string[]>;
  /** A milestone's goal and the ids of all that goal's milestones. */
  milestoneIdsOfGoalOf(milestoneId: string): Promise<{ goalId: string; milestoneIds: string[] }>;
}

/** Changing a client's record: their own clinician only; other practices cannot see it. */
export const ownClinicianOnly: Record<Caller, Outcome> = {
  ...forSignedIn('FORBIDDEN'),
  clinician: 'ALLOWED',
  otherPracticeClinician: 'NOT_FOUND',
  otherPracticeAdmin: 'NOT_FOUND',
};

/** Reading a client's record: their clinician and that clinician's supervisor. */
export const clinicianAndSupervisor: Record<Caller, Outcome> = {
  ...ownClinicianOnly,
  supervisor: 'ALLOWED',
};

/** One case of an operation: its document and variables, and what each caller gets. */
export interface MatrixCase {
  readonly operation: `${'Query' | 'Mutation'}.${string}`;
  readonly description: string;
  request(targets: Targets): Promise<{ query: string; variables?: Record<string, unknown> }>;
  readonly expected: Readonly<Record<Caller, Outcome>>;
}

/** Every caller signed in gets `signedIn`; the deactivated and the anonymous are refused. */
export function forSignedIn(signedIn: Outcome): Record<Caller, Outcome> {
  return {
    clinician: signedIn,
    supervisor: signedIn,
    admin: signedIn,
    otherPracticeClinician: signedIn,
    otherPracticeAdmin: signedIn,
    deactivated: 'UNAUTHENTICATED',
    anonymous: 'UNAUTHENTICATED',
  };
}

/** Admin-only work on the admin's own practice: other admins act on theirs. */
export const practiceAdminOnly: Record<Caller, Outcome> = {
  ...forSignedIn('FORBIDDEN'),
  admin: 'ALLOWED',
  otherPracticeAdmin: 'ALLOWED',
};

/** Admin-only work on one account of the demo practice: other practices cannot see it. */
export const demoAccountAdminOnly: Record<Caller, Outcome> = {
  ...forSignedIn('FORBIDDEN'),
  admin: 'ALLOWED',
  otherPracticeClinician: 'NOT_FOUND',
  otherPracticeAdmin: 'NOT_FOUND',
};

/** Open to anyone: the request itself carries its authority (credentials, a link). */
export const anyone: Record<Caller, Outcome> = {
  ...forSignedIn('ALLOWED'),
  deactivated: 'ALLOWED',
  anonymous: 'ALLOWED',
};

let emailCounter = 0;

/** An email address no other row has used. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${++emailCounter}@riverside.example`;
}
