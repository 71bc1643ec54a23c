import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Client as ClientModel, ClientStatusChange as ClientStatusChangeModel, Goal as GoalModel, GoalStatusChange as GoalStatusChangeModel, Milestone as MilestoneModel, GasReview as GasReviewModel, ProgressEntry as ProgressEntryModel, MeasureResponse as MeasureResponseModel, SafetyFlag as SafetyFlagModel, Clinician as ClinicianModel, Practice as PracticeModel, AuditEvent as AuditEventModel, TherapySession as TherapySessionModel, AskedPrompt as AskedPromptModel } from '@waypoint/shared';
import type { LibraryPrompt as LibraryPromptModel, LibraryPromptSuggestion as LibraryPromptSuggestionModel } from '../prompts/prompt-library';
import type { SessionNoteRecord as SessionNoteRecordModel, NoteAddendumRecord as NoteAddendumRecordModel, PrivateNoteRecord as PrivateNoteRecordModel } from '../notes/note-records';
import type { Viewer as ViewerModel } from '../auth/viewer';
import type { RequestContext } from '../graphql/context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, as an ISO 8601 date: 2026-03-14. */
  Date: { input: string; output: string; }
  /** An instant, as an ISO 8601 date-time in UTC: 2026-03-14T09:30:00.000Z. */
  DateTime: { input: Date; output: Date; }
};

/** A prompt asked in a session, worded as it was then, and the client's answer in their words. */
export type AskedPrompt = {
  __typename?: 'AskedPrompt';
  answer?: Maybe<Scalars['String']['output']>;
  askedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  promptId: Scalars['ID']['output'];
  /** Why it was offered, e.g. “2 milestones ticked since last session”. */
  reason?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

/** Why a client needs the clinician's attention, in words, with where the evidence is. */
export type AttentionFlag = {
  __typename?: 'AttentionFlag';
  /** The sentence behind it: “Last session on 20 October”. */
  detail: Scalars['String']['output'];
  evidence: EvidenceSection;
  kind: AttentionKind;
  /** Short, for a chip: “No session for 5 weeks”. */
  label: Scalars['String']['output'];
};

export type AttentionKind =
  | 'MEASURE_OVERDUE'
  | 'NOTES_TO_SIGN'
  | 'NOT_ON_TRACK'
  | 'NO_RECENT_PROGRESS'
  | 'NO_RECENT_SESSION'
  | 'RELIABLE_DETERIORATION'
  | 'SAFETY_REVIEW';

/** The result of walking the practice's hash chain from the first event to the last. */
export type AuditChainVerification = {
  __typename?: 'AuditChainVerification';
  checkedCount: Scalars['Int']['output'];
  /** The sequence number where the chain first breaks, when it does. */
  firstBrokenSequence?: Maybe<Scalars['Int']['output']>;
  isIntact: Scalars['Boolean']['output'];
  /** Why the chain breaks there: an altered event, a missing one, or a missing tail. */
  reason?: Maybe<Scalars['String']['output']>;
};

/** One entry of the append-only audit trail: who did what to which record, and when. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  action: Scalars['String']['output'];
  /** Who acted; null for anonymous attempts such as a failed sign-in with an unknown email. */
  actor?: Maybe<Clinician>;
  clientId?: Maybe<Scalars['ID']['output']>;
  entityId?: Maybe<Scalars['ID']['output']>;
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  outcome: AuditOutcome;
  requestId: Scalars['String']['output'];
  /** Position in the practice's hash chain, from 1. */
  sequence: Scalars['Int']['output'];
};

export type AuditEventFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  /** First day included. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Last day included. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type AuditEventPage = {
  __typename?: 'AuditEventPage';
  events: Array<AuditEvent>;
  /** How many events match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AuditEventSort = {
  direction: SortDirection;
  field: AuditEventSortField;
};

export type AuditEventSortField =
  | 'ACTION'
  | 'ACTOR'
  | 'CLIENT_ID'
  | 'ENTITY_ID'
  | 'ENTITY_TYPE'
  | 'OCCURRED_AT'
  | 'OUTCOME'
  | 'SEQUENCE';

export type AuditOutcome =
  /** Refused by the access policy. */
  | 'DENIED'
  /** Attempted and failed, such as a wrong password. */
  | 'FAILED'
  | 'SUCCESS';

/** "Where they started": the client's own words at the start, kept with the day they were written. */
export type Baseline = {
  __typename?: 'Baseline';
  recordedOn: Scalars['Date']['output'];
  text: Scalars['String']['output'];
};

export type BaselineInput = {
  recordedOn: Scalars['Date']['input'];
  /** The client's own words: how things were when they started. */
  text: Scalars['String']['input'];
};

/** A standard measure's latest total against the client's own baseline. */
export type CaseloadMeasure = {
  __typename?: 'CaseloadMeasure';
  /** Latest minus baseline (negative is fewer symptoms); null while only the baseline is given. */
  changeFromBaseline?: Maybe<Scalars['Int']['output']>;
  instrument: Instrument;
  latest: Scalars['Int']['output'];
  latestOn: Scalars['Date']['output'];
  reliableChange?: Maybe<ReliableChange>;
  severity: Severity;
  severityLabel: Scalars['String']['output'];
};

/**
 * One window of a caseload view: the rows from `offset`, and how many the view and the caseload
 * hold, so a table can scroll through thousands of clients a window at a time.
 */
export type CaseloadPage = {
  __typename?: 'CaseloadPage';
  /** Of everyone, how many are in active care. */
  activeCount: Scalars['Int']['output'];
  /** How many of the clients the filters let through have a reason for attention. */
  attentionCount: Scalars['Int']['output'];
  /** How many clients the view lists: the table's length. */
  matchCount: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  rows: Array<CaseloadRow>;
  /** Everyone on the caseload, before any filter. */
  totalCount: Scalars['Int']['output'];
};

/**
 * One client as the caseload table shows them, read from the client's summary (kept up to date
 * by every write), so a row costs no statements of its own.
 */
export type CaseloadRow = {
  __typename?: 'CaseloadRow';
  activeGoalCount: Scalars['Int']['output'];
  activeGoalDomains: Array<GoalDomain>;
  attention: Array<AttentionFlag>;
  /** The latest GAS reviews' T-scores, oldest first. */
  gasTScores: Array<GasTScorePoint>;
  goodNews: Array<GoodNews>;
  /** The client's id. */
  id: Scalars['ID']['output'];
  lastProgressOn?: Maybe<Scalars['Date']['output']>;
  lastSessionAt?: Maybe<Scalars['DateTime']['output']>;
  /** PHQ-9 then GAD-7, each once given. */
  measures: Array<CaseloadMeasure>;
  milestonesTickedLast30Days: Scalars['Int']['output'];
  /** The soonest-due scheduled measure, the most overdue first; null with no schedule. */
  nextMeasureDue?: Maybe<MeasureDue>;
  notesToSignCount: Scalars['Int']['output'];
  preferredName: Scalars['String']['output'];
  pronouns?: Maybe<Scalars['String']['output']>;
  status: ClientStatus;
  /** Milestones ticked plus wins in each of the last eight weeks, oldest first. */
  weeklyActivity: Array<Scalars['Int']['output']>;
  winsLast30Days: Scalars['Int']['output'];
};

export type CaseloadSort =
  | 'LAST_PROGRESS'
  | 'LAST_SESSION'
  | 'NAME';

/** What a caseload view lists (libs/shared/src/caseload/caseload-listing.ts). */
export type CaseloadViewInput = {
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  domain?: InputMaybe<GoalDomain>;
  flag?: InputMaybe<AttentionKind>;
  /** Only clients with a reason for attention, the most urgent kind of need first, never ranked. */
  needsAttention?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of a preferred name, accents and case ignored. */
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<CaseloadSort>;
  /** Any of these statuses; empty for all. */
  statuses?: InputMaybe<Array<ClientStatus>>;
};

export type ChangeClientStatusInput = {
  /** The day it took effect; today when left out. */
  changedOn?: InputMaybe<Scalars['Date']['input']>;
  clientId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  /** PAUSED, DISCHARGED, or ACTIVE to reopen. */
  status: ClientStatus;
  version: Scalars['Int']['input'];
};

export type ChangeGoalStatusInput = {
  goalId: Scalars['ID']['input'];
  /** Needed when a goal is put on hold or cancelled. */
  reason?: InputMaybe<Scalars['String']['input']>;
  status: GoalStatus;
  version: Scalars['Int']['input'];
};

/** A person in therapy, as their clinician knows them. */
export type Client = {
  __typename?: 'Client';
  /** How many of the client's goals are active. */
  activeGoalCount: Scalars['Int']['output'];
  /** The domains of the client's active goals, each once: the caseload filters by them. */
  activeGoalDomains: Array<GoalDomain>;
  /** Why to look at this client now, most urgent first (libs/shared/src/caseload); empty when calm. */
  attention: Array<AttentionFlag>;
  baseline?: Maybe<Baseline>;
  /** Goal Attainment Scaling reviews, oldest first. */
  gasReviews: Array<GasReview>;
  /** In the order the clinician and client put them. */
  goals: Array<Goal>;
  /** What is going well: reliable improvement, a goal achieved, a milestone streak. */
  goodNews: Array<GoodNews>;
  id: Scalars['ID']['output'];
  /** When progress was last recorded: a small win, setback, gratitude or reflection, or a milestone ticked. */
  lastProgressOn?: Maybe<Scalars['Date']['output']>;
  /** When the client's latest session began (a caseload summary, like lastProgressOn). */
  lastSessionAt?: Maybe<Scalars['DateTime']['output']>;
  /** Newest first; one instrument when named. */
  measureResponses: Array<MeasureResponse>;
  measureSchedules: Array<MeasureSchedule>;
  /** Shown in the caseload with its reason. */
  notOnTrack: Array<NotOnTrackFlag>;
  /** The client's progress notes, latest session first. */
  notes: Array<SessionNote>;
  /** How many of the client's progress notes wait to be signed (a caseload summary). */
  notesToSignCount: Scalars['Int']['output'];
  /** The session open with this client, if any. */
  openSession?: Maybe<TherapySession>;
  /** Measures whose due day has passed: shown in the caseload. */
  overdueMeasures: Array<Instrument>;
  preferredName: Scalars['String']['output'];
  primaryClinician: Clinician;
  /** Small wins, setbacks, gratitude and reflections, newest first. */
  progressEntries: Array<ProgressEntry>;
  pronouns?: Maybe<Scalars['String']['output']>;
  /** Unreviewed first, then newest first. */
  safetyFlags: Array<SafetyFlag>;
  /** The client's sessions, latest first. */
  sessions: Array<TherapySession>;
  /** The day care began. */
  startedOn: Scalars['Date']['output'];
  status: ClientStatus;
  /** Oldest first, beginning with the start of care. */
  statusHistory: Array<ClientStatusChange>;
  /** How many safety flags wait for a clinician's review: shown in the caseload. */
  unreviewedSafetyFlagCount: Scalars['Int']['output'];
  /** Changes with every edit; an edit must name the version it was made on. */
  version: Scalars['Int']['output'];
};


/** A person in therapy, as their clinician knows them. */
export type ClientMeasureResponsesArgs = {
  instrument?: InputMaybe<Instrument>;
};

export type ClientStatus =
  | 'ACTIVE'
  | 'DISCHARGED'
  | 'PAUSED';

/** One change of a client's status: paused, discharged or reopened, when and why. */
export type ClientStatusChange = {
  __typename?: 'ClientStatusChange';
  changedBy?: Maybe<Clinician>;
  /** The day the change took effect. */
  changedOn: Scalars['Date']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  status: ClientStatus;
};

/** A person who signs in to Waypoint. */
export type Clinician = {
  __typename?: 'Clinician';
  /** The note format this clinician drafts in unless a note says otherwise. */
  defaultNoteFormat: NoteFormat;
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  /** Whether a second factor (an authenticator app) is enrolled. */
  hasSecondFactor: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Whether the account can sign in; deactivated accounts keep their history. */
  isActive: Scalars['Boolean']['output'];
  role: ClinicianRole;
  /** The clinicians whose caseloads this supervisor may read. */
  supervisees: Array<Clinician>;
};

export type ClinicianRole =
  /** Manages the practice's accounts and reads the audit log; sees only their own caseload. */
  | 'ADMIN'
  /** Sees their own caseload. */
  | 'CLINICIAN'
  /** Also reads the caseloads of the clinicians they supervise. */
  | 'SUPERVISOR';

export type CreateAccountInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  role: ClinicianRole;
};

export type CreateClientInput = {
  baseline?: InputMaybe<BaselineInput>;
  preferredName: Scalars['String']['input'];
  pronouns?: InputMaybe<Scalars['String']['input']>;
  /** The day care began; today when left out. */
  startedOn?: InputMaybe<Scalars['Date']['input']>;
};

export type CreateGoalInput = {
  clientId: Scalars['ID']['input'];
  goal: GoalInput;
  /** PROPOSED or ACTIVE; ACTIVE when left out. */
  status?: InputMaybe<GoalStatus>;
};

/** Where to turn in a crisis, shown with every safety flag. */
export type CrisisResource = {
  __typename?: 'CrisisResource';
  contact: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/** Where on the client page the evidence for a flag is. */
export type EvidenceSection =
  | 'GOALS'
  | 'MEASURES'
  | 'NOTES'
  | 'SAFETY'
  | 'SESSIONS'
  | 'TIMELINE';

/** What each Goal Attainment Scaling level looks like for this goal, in words the client knows. */
export type GasLevels = {
  __typename?: 'GasLevels';
  /** 0: the expected outcome. */
  expected: Scalars['String']['output'];
  /** -1: somewhat less than expected. */
  less: Scalars['String']['output'];
  /** +1: somewhat more than expected. */
  more: Scalars['String']['output'];
  /** -2: much less than expected. */
  muchLess: Scalars['String']['output'];
  /** +2: much more than expected. */
  muchMore: Scalars['String']['output'];
};

export type GasLevelsInput = {
  expected: Scalars['String']['input'];
  less: Scalars['String']['input'];
  more: Scalars['String']['input'];
  muchLess: Scalars['String']['input'];
  muchMore: Scalars['String']['input'];
};

/** A goal's attained level at a GAS review. */
export type GasRating = {
  __typename?: 'GasRating';
  goalId: Scalars['ID']['output'];
  /** -2 to +2. */
  level: Scalars['Int']['output'];
  /** The goal's weight when it was rated. */
  weight: Scalars['Int']['output'];
};

export type GasRatingInput = {
  goalId: Scalars['ID']['input'];
  level: Scalars['Int']['input'];
};

/** A Goal Attainment Scaling review: each active goal rated on one day. */
export type GasReview = {
  __typename?: 'GasReview';
  id: Scalars['ID']['output'];
  ratings: Array<GasRating>;
  reviewedOn: Scalars['Date']['output'];
  /** Kiresuk & Sherman's T-score of the ratings (50 is every goal attained as expected). */
  tScore: Scalars['Float']['output'];
};

/** One GAS review's T-score (Kiresuk & Sherman 1968): 50 is the expected outcome. */
export type GasTScorePoint = {
  __typename?: 'GasTScorePoint';
  reviewedOn: Scalars['Date']['output'];
  tScore: Scalars['Float']['output'];
};

/** A goal set with the client, in the client's words. */
export type Goal = {
  __typename?: 'Goal';
  /** The goal as the client said it. */
  clientWords: Scalars['String']['output'];
  clinicianWording?: Maybe<Scalars['String']['output']>;
  domain: GoalDomain;
  gasLevels?: Maybe<GasLevels>;
  id: Scalars['ID']['output'];
  /** SMART: how we will know. */
  measureOfSuccess?: Maybe<Scalars['String']['output']>;
  /** The small steps, in order. */
  milestones: Array<Milestone>;
  /** SMART: what exactly. */
  specific?: Maybe<Scalars['String']['output']>;
  status: GoalStatus;
  /** Oldest first, beginning with the goal being set. */
  statusHistory: Array<GoalStatusChange>;
  /** SMART: by when. */
  targetDate?: Maybe<Scalars['Date']['output']>;
  version: Scalars['Int']['output'];
  /** 1 to 3: how much the goal counts in the GAS T-score. */
  weight: Scalars['Int']['output'];
};

export type GoalDomain =
  | 'ANXIETY'
  | 'HEALTH'
  | 'MOOD'
  | 'OTHER'
  | 'RELATIONSHIPS'
  | 'SELF_CARE'
  | 'SUBSTANCE_USE'
  | 'WORK_OR_STUDY';

/** Every editable field of a goal; what is left out (null) is cleared. */
export type GoalInput = {
  clientWords: Scalars['String']['input'];
  clinicianWording?: InputMaybe<Scalars['String']['input']>;
  domain: GoalDomain;
  gasLevels?: InputMaybe<GasLevelsInput>;
  measureOfSuccess?: InputMaybe<Scalars['String']['input']>;
  specific?: InputMaybe<Scalars['String']['input']>;
  targetDate?: InputMaybe<Scalars['Date']['input']>;
  /** 1 to 3; 1 when left out. */
  weight?: InputMaybe<Scalars['Int']['input']>;
};

/** Mirrors FHIR Goal.lifecycleStatus. */
export type GoalStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'ON_HOLD'
  | 'PROPOSED';

/** One change of a goal's status, when and why. */
export type GoalStatusChange = {
  __typename?: 'GoalStatusChange';
  changedAt: Scalars['DateTime']['output'];
  changedBy?: Maybe<Clinician>;
  reason?: Maybe<Scalars['String']['output']>;
  status: GoalStatus;
};

/** Something going well, measured against the client's own start. */
export type GoodNews = {
  __typename?: 'GoodNews';
  detail: Scalars['String']['output'];
  evidence: EvidenceSection;
  kind: GoodNewsKind;
  label: Scalars['String']['output'];
};

export type GoodNewsKind =
  | 'GOAL_ACHIEVED'
  | 'MILESTONE_STREAK'
  | 'RELIABLE_IMPROVEMENT';

/** PHQ-9 and GAD-7 are the standard measures; MOOD is the 0-10 check-in. */
export type Instrument =
  | 'GAD7'
  | 'MOOD'
  | 'PHQ9';

/** How a score compares with the client's own earlier scores on the same measure. */
export type MeasureChange = {
  __typename?: 'MeasureChange';
  /** Later minus earlier: negative is an improvement on both measures. */
  fromBaseline: Scalars['Int']['output'];
  fromPrevious?: Maybe<Scalars['Int']['output']>;
  hasRecovered: Scalars['Boolean']['output'];
  hasReliablyRecovered: Scalars['Boolean']['output'];
  /** A fall of half or more from baseline. */
  hasResponded: Scalars['Boolean']['output'];
  /** Whether this score is in the clinical range (PHQ-9 10 or more, GAD-7 8 or more). */
  isCase: Scalars['Boolean']['output'];
  /** PHQ-9 below 5; null for the GAD-7. */
  isInRemission?: Maybe<Scalars['Boolean']['output']>;
  /** From baseline, by the NHS Talking Therapies thresholds (PHQ-9 6, GAD-7 4 points). */
  reliableChange: ReliableChange;
  /** The Jacobson & Truax Reliable Change Index from baseline. */
  reliableChangeIndex: Scalars['Float']['output'];
};

/** A measure due by the client's schedule. */
export type MeasureDue = {
  __typename?: 'MeasureDue';
  dueOn: Scalars['Date']['output'];
  instrument: Instrument;
  isOverdue: Scalars['Boolean']['output'];
};

/** One administration of a measure: complete and scored, or a draft saved part-way. */
export type MeasureResponse = {
  __typename?: 'MeasureResponse';
  administeredOn: Scalars['Date']['output'];
  /** Item answers in order; null for an item not yet answered (drafts only). */
  answers: Array<Maybe<Scalars['Int']['output']>>;
  /** Against the client's first complete score (the baseline) and the one before; null for drafts and the mood check-in. */
  change?: Maybe<MeasureChange>;
  /** PHQ-9 only: how difficult the problems made life (0-3); recorded, never scored. */
  difficulty?: Maybe<Scalars['Int']['output']>;
  /** Whether PHQ-9 item 9 (thoughts of self-harm) was answered above 0. */
  hasSafetyFlag: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  instrument: Instrument;
  /** Whether every item is answered. Drafts are never scored. */
  isComplete: Scalars['Boolean']['output'];
  /** MOOD only: the client's word for how they feel. */
  moodWord?: Maybe<Scalars['String']['output']>;
  /** The therapy session it was given in, if any. */
  sessionId?: Maybe<Scalars['ID']['output']>;
  severity?: Maybe<Severity>;
  total?: Maybe<Scalars['Int']['output']>;
  version: Scalars['Int']['output'];
};

/** How often a measure is given to a client, and when it is next due. */
export type MeasureSchedule = {
  __typename?: 'MeasureSchedule';
  everyWeeks: Scalars['Int']['output'];
  instrument: Instrument;
  isOverdue: Scalars['Boolean']['output'];
  nextDueOn: Scalars['Date']['output'];
};

/** An ordered small step toward a goal. */
export type Milestone = {
  __typename?: 'Milestone';
  /** When it was ticked, or null while still to do. */
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  /** The therapy session it was ticked in, when one was open. */
  doneInSessionId?: Maybe<Scalars['ID']['output']>;
  dueOn?: Maybe<Scalars['Date']['output']>;
  goalId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type MilestoneInput = {
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  title: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a small step to a goal, last in its order. */
  addMilestone: Milestone;
  /** Adds a dated correction to a signed note. */
  addNoteAddendum: NoteAddendum;
  /** Starts enrolling an authenticator app for the signed-in account. */
  beginSecondFactorEnrolment: SecondFactorEnrolment;
  /** Pauses, discharges or reopens a client's care, keeping the history. */
  changeClientStatus: Client;
  /** Moves a goal through its lifecycle, keeping the history. */
  changeGoalStatus: Goal;
  /** Drafts a draft again from the record in another format, replacing its sections. */
  changeNoteFormat: SessionNote;
  /** Confirms the enrolment with a first code; answers the recovery codes, shown this once. */
  confirmSecondFactorEnrolment: RecoveryCodes;
  /** Creates an account and its one-time set-password link (admins only). */
  createAccount: SetPasswordLink;
  /** Adds a client to the signed-in clinician's caseload. */
  createClient: Client;
  /** Sets a new goal with the client, last in their order. */
  createGoal: Goal;
  /** Adds a prompt of the clinician's own. */
  createPrompt: Prompt;
  /** Stops an account from signing in and ends its sessions at once (admins only). */
  deactivateAccount: Clinician;
  /** Drafts the session's progress note from its record, in `format` or the clinician's default; an existing note is returned as it is. */
  draftSessionNote: SessionNote;
  /** Ends an open session, recording when; ending leads to the progress note. */
  endSession: TherapySession;
  /** Keeps the session alive: the idle warning's 'Stay signed in'. */
  extendSession: Viewer;
  /** Logs a small win, a setback, a gratitude or a reflection, in `sessionId` when given. */
  logProgressEntry: ProgressEntry;
  /** Records that a prompt was asked in an open session; asking it again changes nothing. */
  markPromptAsked: AskedPrompt;
  /** Rates active goals at a GAS review. */
  recordGasReview: GasReview;
  /** Records a measure given in session: scored when complete, saved as a draft otherwise. */
  recordMeasure: MeasureResponse;
  /** Records an export made in the browser (print, Markdown, plain text) on the audit trail. */
  recordNoteExport: Scalars['Boolean']['output'];
  /** Records the client's answer to a prompt in their words, marking it asked if it was not. */
  recordPromptAnswer: AskedPrompt;
  /** Removes a milestone. */
  removeMilestone: Scalars['Boolean']['output'];
  /** Removes a progress entry. */
  removeProgressEntry: Scalars['Boolean']['output'];
  /** Puts a client's goals in a new order; `goalIds` names every goal of the client once. */
  reorderGoals: Array<Goal>;
  /** Puts a goal's milestones in a new order; `milestoneIds` names every milestone once. */
  reorderMilestones: Array<Milestone>;
  /** Replaces an account's password with a one-time set-password link (admins only). */
  resetPassword: SetPasswordLink;
  /** Records that a clinician reviewed a safety flag: who, when and a note. */
  reviewSafetyFlag: SafetyFlag;
  /** Saves the signed-in clinician's private note for a session; `version` when one exists. */
  savePrivateNote: PrivateNote;
  /** Saves a draft's sections over the version they were read at. A signed note never changes. */
  saveSessionNote: SessionNote;
  /** Saves the session's free-text notes while it is open; the latest save wins. */
  saveSessionNotes: TherapySession;
  /** Sets the format the signed-in clinician's notes are drafted in. */
  setDefaultNoteFormat: Clinician;
  /** Gives a measure every `everyWeeks` weeks; null stops scheduling it. */
  setMeasureSchedule: Array<MeasureSchedule>;
  /** Chooses a password through a one-time link. */
  setPassword: Scalars['Boolean']['output'];
  /** Hides a prompt from the clinician's suggestions, or shows it again. */
  setPromptHidden: Prompt;
  /** Requires, or stops requiring, a second factor for every account (admins only). */
  setSecondFactorRequirement: Practice;
  /** Sets the clinicians a supervisor supervises (admins only). */
  setSupervisees: Clinician;
  /** Checks an email and password. Wrong answers never tell whether the email exists. */
  signIn: SignInResult;
  /** Ends the signed-in session on the server. True when a session was ended. */
  signOut: Scalars['Boolean']['output'];
  /** Signs a draft: records who and when, and locks it. An empty note cannot be signed. */
  signSessionNote: SessionNote;
  /** Starts a session with a client; a client has at most one open session. */
  startSession: TherapySession;
  /**
   * Ticks a milestone off, in `sessionId` when given (an open session of the same client).
   * Ticking one already ticked changes nothing.
   */
  tickMilestone: Milestone;
  /** Unticks a milestone. Unticking one not ticked changes nothing. */
  untickMilestone: Milestone;
  /** Saves a client's details over the version they were read at. */
  updateClient: Client;
  /** Saves a goal's wording, SMART fields and GAS levels over the version they were read at. */
  updateGoal: Goal;
  /** Continues a draft; scored once every item is answered. A complete response never changes. */
  updateMeasureDraft: MeasureResponse;
  /** Saves a milestone's title and due date over the version they were read at. */
  updateMilestone: Milestone;
  /** Saves a progress entry over the version it was read at. */
  updateProgressEntry: ProgressEntry;
  /** Saves one of the clinician's own prompts over the version it was read at. */
  updatePrompt: Prompt;
  /** Completes sign-in with a code from the authenticator app, or a recovery code. */
  verifySecondFactor: SignInResult;
};


export type MutationAddMilestoneArgs = {
  goalId: Scalars['ID']['input'];
  input: MilestoneInput;
};


export type MutationAddNoteAddendumArgs = {
  noteId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationChangeClientStatusArgs = {
  input: ChangeClientStatusInput;
};


export type MutationChangeGoalStatusArgs = {
  input: ChangeGoalStatusInput;
};


export type MutationChangeNoteFormatArgs = {
  format: NoteFormat;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationConfirmSecondFactorEnrolmentArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationCreateClientArgs = {
  input: CreateClientInput;
};


export type MutationCreateGoalArgs = {
  input: CreateGoalInput;
};


export type MutationCreatePromptArgs = {
  input: PromptInput;
};


export type MutationDeactivateAccountArgs = {
  clinicianId: Scalars['ID']['input'];
};


export type MutationDraftSessionNoteArgs = {
  format?: InputMaybe<NoteFormat>;
  sessionId: Scalars['ID']['input'];
};


export type MutationEndSessionArgs = {
  endedAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationLogProgressEntryArgs = {
  clientId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['ID']['input']>;
  input: ProgressEntryInput;
  sessionId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationMarkPromptAskedArgs = {
  idempotencyKey?: InputMaybe<Scalars['ID']['input']>;
  promptId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  sessionId: Scalars['ID']['input'];
};


export type MutationRecordGasReviewArgs = {
  input: RecordGasReviewInput;
};


export type MutationRecordMeasureArgs = {
  idempotencyKey?: InputMaybe<Scalars['ID']['input']>;
  input: RecordMeasureInput;
};


export type MutationRecordNoteExportArgs = {
  id: Scalars['ID']['input'];
  kind: NoteExportKind;
};


export type MutationRecordPromptAnswerArgs = {
  answer: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['ID']['input']>;
  promptId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  sessionId: Scalars['ID']['input'];
};


export type MutationRemoveMilestoneArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRemoveProgressEntryArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReorderGoalsArgs = {
  clientId: Scalars['ID']['input'];
  goalIds: Array<Scalars['ID']['input']>;
};


export type MutationReorderMilestonesArgs = {
  goalId: Scalars['ID']['input'];
  milestoneIds: Array<Scalars['ID']['input']>;
};


export type MutationResetPasswordArgs = {
  clinicianId: Scalars['ID']['input'];
};


export type MutationReviewSafetyFlagArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationSavePrivateNoteArgs = {
  sessionId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSaveSessionNoteArgs = {
  id: Scalars['ID']['input'];
  sections: Array<NoteSectionInput>;
  version: Scalars['Int']['input'];
};


export type MutationSaveSessionNotesArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['ID']['input']>;
  notes: Scalars['String']['input'];
};


export type MutationSetDefaultNoteFormatArgs = {
  format: NoteFormat;
};


export type MutationSetMeasureScheduleArgs = {
  clientId: Scalars['ID']['input'];
  everyWeeks?: InputMaybe<Scalars['Int']['input']>;
  instrument: Instrument;
};


export type MutationSetPasswordArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationSetPromptHiddenArgs = {
  id: Scalars['ID']['input'];
  isHidden: Scalars['Boolean']['input'];
};


export type MutationSetSecondFactorRequirementArgs = {
  isRequired: Scalars['Boolean']['input'];
};


export type MutationSetSuperviseesArgs = {
  superviseeIds: Array<Scalars['ID']['input']>;
  supervisorId: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignSessionNoteArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationStartSessionArgs = {
  idempotencyKey?: InputMaybe<Scalars['ID']['input']>;
  input: StartSessionInput;
};


export type MutationTickMilestoneArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['ID']['input']>;
  sessionId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationUntickMilestoneArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['ID']['input']>;
  sessionId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationUpdateClientArgs = {
  id: Scalars['ID']['input'];
  input: UpdateClientInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateGoalArgs = {
  id: Scalars['ID']['input'];
  input: GoalInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateMeasureDraftArgs = {
  input: UpdateMeasureDraftInput;
};


export type MutationUpdateMilestoneArgs = {
  id: Scalars['ID']['input'];
  input: MilestoneInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateProgressEntryArgs = {
  id: Scalars['ID']['input'];
  input: ProgressEntryInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdatePromptArgs = {
  id: Scalars['ID']['input'];
  input: PromptInput;
  version: Scalars['Int']['input'];
};


export type MutationVerifySecondFactorArgs = {
  code: Scalars['String']['input'];
};

/** Treatment looks off course on a measure, by the rule in libs/shared (not-on-track.ts). */
export type NotOnTrackFlag = {
  __typename?: 'NotOnTrackFlag';
  instrument: Instrument;
  reason: Scalars['String']['output'];
};

export type NoteAddendum = {
  __typename?: 'NoteAddendum';
  author: Clinician;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

export type NoteExportKind =
  | 'MARKDOWN'
  | 'PLAIN_TEXT'
  | 'PRINT';

export type NoteFormat =
  | 'BIRP'
  | 'DAP'
  | 'GIRP'
  | 'SOAP';

export type NoteHistoryAction =
  | 'ADDENDUM_ADDED'
  | 'DRAFTED'
  | 'EDITED'
  | 'EXPORTED'
  | 'SIGNED';

export type NoteHistoryEntry = {
  __typename?: 'NoteHistoryEntry';
  action: NoteHistoryAction;
  actor?: Maybe<Clinician>;
  at: Scalars['DateTime']['output'];
};

/** One section of a progress note, in its format's order. */
export type NoteSection = {
  __typename?: 'NoteSection';
  /** The section's key, e.g. `subjective`. */
  key: Scalars['String']['output'];
  text: Scalars['String']['output'];
  /** Its title, e.g. Subjective. */
  title: Scalars['String']['output'];
};

export type NoteSectionInput = {
  key: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type NoteStatus =
  | 'DRAFT'
  | 'SIGNED';

/** The tenant every record belongs to. */
export type Practice = {
  __typename?: 'Practice';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Whether every account must sign in with a second factor. */
  requiresSecondFactor: Scalars['Boolean']['output'];
};

/** Counts across a supervisor's own caseload and their supervisees': never a list, never a rank. */
export type PracticeSummary = {
  __typename?: 'PracticeSummary';
  activeClients: Scalars['Int']['output'];
  /** Active or paused clients with a reason for attention. */
  clientsNeedingAttention: Scalars['Int']['output'];
  /** The supervisor and the supervisees counted. */
  clinicianCount: Scalars['Int']['output'];
  goalsAchievedThisQuarter: Scalars['Int']['output'];
  notesToSign: Scalars['Int']['output'];
  /** The first day of this calendar quarter (UTC). */
  quarterStartedOn: Scalars['Date']['output'];
  /** Clients whose PHQ-9 or GAD-7 given this quarter is reliably better than their baseline. */
  reliablyImprovedThisQuarter: Scalars['Int']['output'];
};

/**
 * A psychotherapy note in HIPAA's sense: kept apart from the record, visible only to its author,
 * never part of a progress note, an export, a letter or a supervisor's view.
 */
export type PrivateNote = {
  __typename?: 'PrivateNote';
  id: Scalars['ID']['output'];
  sessionId: Scalars['ID']['output'];
  text: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ProgressCategory =
  | 'BOUNDARIES'
  | 'CONNECTION'
  | 'COPING_SKILL'
  | 'EMOTIONAL_AWARENESS'
  | 'HYGIENE'
  | 'MOVEMENT'
  | 'NUTRITION'
  | 'OTHER'
  | 'SELF_CARE'
  | 'SELF_COMPASSION'
  | 'SHOWING_UP_TO_THERAPY'
  | 'TASK_DONE';

/** A small win, a setback, a gratitude or a reflection, in the client's words. */
export type ProgressEntry = {
  __typename?: 'ProgressEntry';
  category: ProgressCategory;
  clientWords: Scalars['String']['output'];
  goalId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** Whether the entry celebrates the trying rather than the outcome. */
  isEffort: Scalars['Boolean']['output'];
  kind: ProgressEntryKind;
  /** The day it happened. */
  occurredOn: Scalars['Date']['output'];
  /** The therapy session it was logged in, if any. */
  sessionId?: Maybe<Scalars['ID']['output']>;
  version: Scalars['Int']['output'];
};

/** Every editable field of a progress entry. */
export type ProgressEntryInput = {
  category: ProgressCategory;
  clientWords: Scalars['String']['input'];
  goalId?: InputMaybe<Scalars['ID']['input']>;
  isEffort?: InputMaybe<Scalars['Boolean']['input']>;
  kind: ProgressEntryKind;
  /** Today when left out; never in the future. */
  occurredOn?: InputMaybe<Scalars['Date']['input']>;
};

export type ProgressEntryKind =
  | 'GRATITUDE'
  | 'REFLECTION'
  | 'SETBACK'
  | 'WIN';

/** A "how far you've come" letter to the client for a date range, in warm language. */
export type ProgressLetter = {
  __typename?: 'ProgressLetter';
  clientId: Scalars['ID']['output'];
  from: Scalars['Date']['output'];
  /** The letter's paragraphs, in order. */
  paragraphs: Array<Scalars['String']['output']>;
  to: Scalars['Date']['output'];
};

/** A reflection question for a session: one of Waypoint's own or one the clinician wrote. */
export type Prompt = {
  __typename?: 'Prompt';
  /** A built-in prompt's id starts with `builtin-`. */
  id: Scalars['ID']['output'];
  /** Whether it ships with Waypoint (and so cannot be edited, only hidden). */
  isBuiltIn: Scalars['Boolean']['output'];
  /** Whether the signed-in clinician hid it from their suggestions. */
  isHidden: Scalars['Boolean']['output'];
  situations: Array<PromptSituation>;
  text: Scalars['String']['output'];
  /** Only own prompts change; built-in prompts stay at 1. */
  version: Scalars['Int']['output'];
};

export type PromptInput = {
  situations: Array<PromptSituation>;
  text: Scalars['String']['input'];
};

/** What makes a reflection prompt relevant to a session. */
export type PromptSituation =
  | 'ANY_SESSION'
  | 'FIRST_SESSION'
  | 'GOAL_NEAR_TARGET'
  | 'GOAL_REVIEW'
  | 'MEASURE_IMPROVED'
  | 'MEASURE_WORSENED'
  | 'MILESTONE_DONE'
  | 'NO_RECENT_PROGRESS'
  | 'SETBACK_LOGGED'
  | 'WIN_LOGGED';

/** A prompt offered for a session and why. */
export type PromptSuggestion = {
  __typename?: 'PromptSuggestion';
  prompt: Prompt;
  /** Why now, e.g. “Setback logged on Tuesday”. */
  reason: Scalars['String']['output'];
  situation: PromptSituation;
};

export type Query = {
  __typename?: 'Query';
  /** Every account of the practice (admins only). */
  accounts: Array<Clinician>;
  /** The practice's audit events, filtered, sorted and paged (admins only). */
  auditEvents: AuditEventPage;
  /** The matching audit events as CSV, for download; the export is itself audited (admins only). */
  auditEventsCsv: Scalars['String']['output'];
  /**
   * The clients on a clinician's caseload, by preferred name: the signed-in clinician's own, or,
   * for a supervisor, one of their supervisees' when `clinicianId` names them.
   */
  caseload: Array<Client>;
  /**
   * One window of a caseload view: the signed-in clinician's own caseload, or a supervisee's for
   * their supervisor. Listing is audited once per request, as for `caseload`.
   */
  caseloadView: CaseloadPage;
  /** One client's record, for their clinician or that clinician's supervisor. Every read is audited. */
  client: Client;
  /** Where to turn in a crisis in this installation's country (WAYPOINT_CRISIS_RESOURCES). */
  crisisResources: Array<CrisisResource>;
  /** A supervisor's counts across their own and their supervisees' caseloads; null for others. */
  practiceSummary?: Maybe<PracticeSummary>;
  /** The progress letter for a date range; scores only when `includeScores`. */
  progressLetter: ProgressLetter;
  /** The signed-in clinician's prompt library: the built-in prompts and their own, hidden ones too. */
  prompts: Array<Prompt>;
  /** One progress note, read through its client's record (an audited read). */
  sessionNote?: Maybe<SessionNote>;
  /** One session, read through its client's record (an audited read). */
  therapySession?: Maybe<TherapySession>;
  /** Checks the practice's audit chain for altered or deleted events (admins only). */
  verifyAuditChain: AuditChainVerification;
  /** The signed-in clinician, or null when nobody is signed in. */
  viewer?: Maybe<Viewer>;
};


export type QueryAuditEventsArgs = {
  filter?: InputMaybe<AuditEventFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<AuditEventSort>;
};


export type QueryAuditEventsCsvArgs = {
  filter?: InputMaybe<AuditEventFilter>;
  sort?: InputMaybe<AuditEventSort>;
};


export type QueryCaseloadArgs = {
  clinicianId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCaseloadViewArgs = {
  clinicianId?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  view?: InputMaybe<CaseloadViewInput>;
};


export type QueryClientArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProgressLetterArgs = {
  clientId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  includeScores?: InputMaybe<Scalars['Boolean']['input']>;
  to: Scalars['Date']['input'];
};


export type QuerySessionNoteArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTherapySessionArgs = {
  id: Scalars['ID']['input'];
};

export type RecordGasReviewInput = {
  clientId: Scalars['ID']['input'];
  /** One rating per active goal rated. */
  ratings: Array<GasRatingInput>;
  /** Today when left out. */
  reviewedOn?: InputMaybe<Scalars['Date']['input']>;
};

export type RecordMeasureInput = {
  /** Today when left out; never in the future. */
  administeredOn?: InputMaybe<Scalars['Date']['input']>;
  /** Every item in order; null for one not answered yet, which saves a draft. */
  answers: Array<InputMaybe<Scalars['Int']['input']>>;
  clientId: Scalars['ID']['input'];
  /** PHQ-9 only, 0 to 3. */
  difficulty?: InputMaybe<Scalars['Int']['input']>;
  instrument: Instrument;
  /** MOOD only. */
  moodWord?: InputMaybe<Scalars['String']['input']>;
  /** The open session it is given in, if any. */
  sessionId?: InputMaybe<Scalars['ID']['input']>;
};

/** Single-use codes that stand in for the authenticator app; shown once, stored hashed. */
export type RecoveryCodes = {
  __typename?: 'RecoveryCodes';
  codes: Array<Scalars['String']['output']>;
};

export type ReliableChange =
  | 'NO_RELIABLE_CHANGE'
  | 'RELIABLE_DETERIORATION'
  | 'RELIABLE_IMPROVEMENT';

/**
 * Raised by a PHQ-9 item 9 answer above 0; stays until a clinician records that they reviewed it.
 * Waypoint never judges risk itself.
 */
export type SafetyFlag = {
  __typename?: 'SafetyFlag';
  id: Scalars['ID']['output'];
  isReviewed: Scalars['Boolean']['output'];
  measureResponseId: Scalars['ID']['output'];
  raisedAt: Scalars['DateTime']['output'];
  reviewNote?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  reviewedBy?: Maybe<Clinician>;
};

/** A new authenticator secret, waiting for a first code to confirm it. */
export type SecondFactorEnrolment = {
  __typename?: 'SecondFactorEnrolment';
  /** The otpauth:// address an authenticator app reads from the QR code. */
  otpauthUri: Scalars['String']['output'];
  /** The QR code of `otpauthUri`, as an SVG document. */
  qrCodeSvg: Scalars['String']['output'];
  /** The secret in base32, for typing into an app by hand. */
  secret: Scalars['String']['output'];
};

export type SessionModality =
  | 'IN_PERSON'
  | 'PHONE'
  | 'VIDEO';

/**
 * A progress note of one session: drafted from what was recorded, edited, then signed. A signed
 * note never changes; corrections are dated addenda.
 */
export type SessionNote = {
  __typename?: 'SessionNote';
  /** Corrections after signing, oldest first. */
  addenda: Array<NoteAddendum>;
  author: Clinician;
  clientId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  format: NoteFormat;
  /** Drafted, edited, signed, addenda and exports, oldest first, from the audit trail. */
  history: Array<NoteHistoryEntry>;
  id: Scalars['ID']['output'];
  sections: Array<NoteSection>;
  session: TherapySession;
  sessionId: Scalars['ID']['output'];
  signedAt?: Maybe<Scalars['DateTime']['output']>;
  signedBy?: Maybe<Clinician>;
  status: NoteStatus;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** A one-time link for the account's owner to choose a password. */
export type SetPasswordLink = {
  __typename?: 'SetPasswordLink';
  clinician: Clinician;
  expiresAt: Scalars['DateTime']['output'];
  /** The address to send to the account's owner; it works once. */
  url: Scalars['String']['output'];
};

/** Published severity bands: PHQ-9 (Kroenke 2001) and GAD-7 (Spitzer 2006). */
export type Severity =
  | 'MILD'
  | 'MINIMAL'
  | 'MODERATE'
  | 'MODERATELY_SEVERE'
  | 'SEVERE';

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SignInResult = {
  __typename?: 'SignInResult';
  status: SignInStatus;
  /** Set once fully signed in. */
  viewer?: Maybe<Viewer>;
};

export type SignInStatus =
  /** The practice requires a second factor and this account has none yet: enrol it next. */
  | 'SECOND_FACTOR_ENROLMENT_REQUIRED'
  /** The password was right; a code from the authenticator app (or a recovery code) is next. */
  | 'SECOND_FACTOR_REQUIRED'
  /** Signed in; `viewer` is set. */
  | 'SIGNED_IN';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StartSessionInput = {
  clientId: Scalars['ID']['input'];
  modality: SessionModality;
  /** Now when left out; never in the future. */
  startedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One therapy session with a client: when and how it took place, and what happened in it. */
export type TherapySession = {
  __typename?: 'TherapySession';
  clientId: Scalars['ID']['output'];
  /** The clinician who ran it. */
  clinicianId: Scalars['ID']['output'];
  /** Whole minutes from start to end; null while open. */
  durationMinutes?: Maybe<Scalars['Int']['output']>;
  /** Null while the session is open. */
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Whether it is the client's first session. */
  isFirst: Scalars['Boolean']['output'];
  /** Measures given in this session, mood check-ins included. */
  measures: Array<MeasureResponse>;
  /** Milestones ticked in this session. */
  milestonesTicked: Array<Milestone>;
  modality: SessionModality;
  /** The session's progress note, once drafted. */
  note?: Maybe<SessionNote>;
  /** The clinician's free-text notes, typed during the session. */
  notes: Scalars['String']['output'];
  /** The signed-in clinician's own private note for this session; null for anyone else. */
  privateNote?: Maybe<PrivateNote>;
  /** Small wins, setbacks, gratitudes and reflections logged in this session. */
  progressEntries: Array<ProgressEntry>;
  /**
   * Prompts for this session, most relevant first, each with the reason it was chosen from what
   * changed since the last session. Hidden prompts and those already asked are left out.
   */
  promptSuggestions: Array<PromptSuggestion>;
  /** Prompts asked, in the order they were asked, with the client's answers. */
  promptsAsked: Array<AskedPrompt>;
  startedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** Every editable field of a client; what is left out (null) is cleared. */
export type UpdateClientInput = {
  baseline?: InputMaybe<BaselineInput>;
  preferredName: Scalars['String']['input'];
  /** Hands the client over to another clinician of the practice. */
  primaryClinicianId: Scalars['ID']['input'];
  pronouns?: InputMaybe<Scalars['String']['input']>;
  startedOn: Scalars['Date']['input'];
};

export type UpdateMeasureDraftInput = {
  administeredOn?: InputMaybe<Scalars['Date']['input']>;
  answers: Array<InputMaybe<Scalars['Int']['input']>>;
  difficulty?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  moodWord?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** The signed-in clinician and their session. */
export type Viewer = {
  __typename?: 'Viewer';
  clinician: Clinician;
  /** When the session ends whatever happens (the absolute lifetime). */
  expiresAt: Scalars['DateTime']['output'];
  /** When the session ends unless something happens before (the idle timeout). */
  idleExpiresAt: Scalars['DateTime']['output'];
  practice: Practice;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AskedPrompt: ResolverTypeWrapper<AskedPromptModel>;
  AttentionFlag: ResolverTypeWrapper<AttentionFlag>;
  AttentionKind: AttentionKind;
  AuditChainVerification: ResolverTypeWrapper<AuditChainVerification>;
  AuditEvent: ResolverTypeWrapper<AuditEventModel>;
  AuditEventFilter: AuditEventFilter;
  AuditEventPage: ResolverTypeWrapper<Omit<AuditEventPage, 'events'> & { events: Array<ResolversTypes['AuditEvent']> }>;
  AuditEventSort: AuditEventSort;
  AuditEventSortField: AuditEventSortField;
  AuditOutcome: AuditOutcome;
  Baseline: ResolverTypeWrapper<Baseline>;
  BaselineInput: BaselineInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CaseloadMeasure: ResolverTypeWrapper<CaseloadMeasure>;
  CaseloadPage: ResolverTypeWrapper<CaseloadPage>;
  CaseloadRow: ResolverTypeWrapper<CaseloadRow>;
  CaseloadSort: CaseloadSort;
  CaseloadViewInput: CaseloadViewInput;
  ChangeClientStatusInput: ChangeClientStatusInput;
  ChangeGoalStatusInput: ChangeGoalStatusInput;
  Client: ResolverTypeWrapper<ClientModel>;
  ClientStatus: ClientStatus;
  ClientStatusChange: ResolverTypeWrapper<ClientStatusChangeModel>;
  Clinician: ResolverTypeWrapper<ClinicianModel>;
  ClinicianRole: ClinicianRole;
  CreateAccountInput: CreateAccountInput;
  CreateClientInput: CreateClientInput;
  CreateGoalInput: CreateGoalInput;
  CrisisResource: ResolverTypeWrapper<CrisisResource>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EvidenceSection: EvidenceSection;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GasLevels: ResolverTypeWrapper<GasLevels>;
  GasLevelsInput: GasLevelsInput;
  GasRating: ResolverTypeWrapper<GasRating>;
  GasRatingInput: GasRatingInput;
  GasReview: ResolverTypeWrapper<GasReviewModel>;
  GasTScorePoint: ResolverTypeWrapper<GasTScorePoint>;
  Goal: ResolverTypeWrapper<GoalModel>;
  GoalDomain: GoalDomain;
  GoalInput: GoalInput;
  GoalStatus: GoalStatus;
  GoalStatusChange: ResolverTypeWrapper<GoalStatusChangeModel>;
  GoodNews: ResolverTypeWrapper<GoodNews>;
  GoodNewsKind: GoodNewsKind;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Instrument: Instrument;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MeasureChange: ResolverTypeWrapper<MeasureChange>;
  MeasureDue: ResolverTypeWrapper<MeasureDue>;
  MeasureResponse: ResolverTypeWrapper<MeasureResponseModel>;
  MeasureSchedule: ResolverTypeWrapper<MeasureSchedule>;
  Milestone: ResolverTypeWrapper<MilestoneModel>;
  MilestoneInput: MilestoneInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotOnTrackFlag: ResolverTypeWrapper<NotOnTrackFlag>;
  NoteAddendum: ResolverTypeWrapper<NoteAddendumRecordModel>;
  NoteExportKind: NoteExportKind;
  NoteFormat: NoteFormat;
  NoteHistoryAction: NoteHistoryAction;
  NoteHistoryEntry: ResolverTypeWrapper<Omit<NoteHistoryEntry, 'actor'> & { actor?: Maybe<ResolversTypes['Clinician']> }>;
  NoteSection: ResolverTypeWrapper<NoteSection>;
  NoteSectionInput: NoteSectionInput;
  NoteStatus: NoteStatus;
  Practice: ResolverTypeWrapper<PracticeModel>;
  PracticeSummary: ResolverTypeWrapper<PracticeSummary>;
  PrivateNote: ResolverTypeWrapper<PrivateNoteRecordModel>;
  ProgressCategory: ProgressCategory;
  ProgressEntry: ResolverTypeWrapper<ProgressEntryModel>;
  ProgressEntryInput: ProgressEntryInput;
  ProgressEntryKind: ProgressEntryKind;
  ProgressLetter: ResolverTypeWrapper<ProgressLetter>;
  Prompt: ResolverTypeWrapper<LibraryPromptModel>;
  PromptInput: PromptInput;
  PromptSituation: PromptSituation;
  PromptSuggestion: ResolverTypeWrapper<LibraryPromptSuggestionModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordGasReviewInput: RecordGasReviewInput;
  RecordMeasureInput: RecordMeasureInput;
  RecoveryCodes: ResolverTypeWrapper<RecoveryCodes>;
  ReliableChange: ReliableChange;
  SafetyFlag: ResolverTypeWrapper<SafetyFlagModel>;
  SecondFactorEnrolment: ResolverTypeWrapper<SecondFactorEnrolment>;
  SessionModality: SessionModality;
  SessionNote: ResolverTypeWrapper<SessionNoteRecordModel>;
  SetPasswordLink: ResolverTypeWrapper<Omit<SetPasswordLink, 'clinician'> & { clinician: ResolversTypes['Clinician'] }>;
  Severity: Severity;
  SignInInput: SignInInput;
  SignInResult: ResolverTypeWrapper<Omit<SignInResult, 'viewer'> & { viewer?: Maybe<ResolversTypes['Viewer']> }>;
  SignInStatus: SignInStatus;
  SortDirection: SortDirection;
  StartSessionInput: StartSessionInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TherapySession: ResolverTypeWrapper<TherapySessionModel>;
  UpdateClientInput: UpdateClientInput;
  UpdateMeasureDraftInput: UpdateMeasureDraftInput;
  Viewer: ResolverTypeWrapper<ViewerModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AskedPrompt: AskedPromptModel;
  AttentionFlag: AttentionFlag;
  AuditChainVerification: AuditChainVerification;
  AuditEvent: AuditEventModel;
  AuditEventFilter: AuditEventFilter;
  AuditEventPage: Omit<AuditEventPage, 'events'> & { events: Array<ResolversParentTypes['AuditEvent']> };
  AuditEventSort: AuditEventSort;
  Baseline: Baseline;
  BaselineInput: BaselineInput;
  Boolean: Scalars['Boolean']['output'];
  CaseloadMeasure: CaseloadMeasure;
  CaseloadPage: CaseloadPage;
  CaseloadRow: CaseloadRow;
  CaseloadViewInput: CaseloadViewInput;
  ChangeClientStatusInput: ChangeClientStatusInput;
  ChangeGoalStatusInput: ChangeGoalStatusInput;
  Client: ClientModel;
  ClientStatusChange: ClientStatusChangeModel;
  Clinician: ClinicianModel;
  CreateAccountInput: CreateAccountInput;
  CreateClientInput: CreateClientInput;
  CreateGoalInput: CreateGoalInput;
  CrisisResource: CrisisResource;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Float: Scalars['Float']['output'];
  GasLevels: GasLevels;
  GasLevelsInput: GasLevelsInput;
  GasRating: GasRating;
  GasRatingInput: GasRatingInput;
  GasReview: GasReviewModel;
  GasTScorePoint: GasTScorePoint;
  Goal: GoalModel;
  GoalInput: GoalInput;
  GoalStatusChange: GoalStatusChangeModel;
  GoodNews: GoodNews;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  MeasureChange: MeasureChange;
  MeasureDue: MeasureDue;
  MeasureResponse: MeasureResponseModel;
  MeasureSchedule: MeasureSchedule;
  Milestone: MilestoneModel;
  MilestoneInput: MilestoneInput;
  Mutation: Record<PropertyKey, never>;
  NotOnTrackFlag: NotOnTrackFlag;
  NoteAddendum: NoteAddendumRecordModel;
  NoteHistoryEntry: Omit<NoteHistoryEntry, 'actor'> & { actor?: Maybe<ResolversParentTypes['Clinician']> };
  NoteSection: NoteSection;
  NoteSectionInput: NoteSectionInput;
  Practice: PracticeModel;
  PracticeSummary: PracticeSummary;
  PrivateNote: PrivateNoteRecordModel;
  ProgressEntry: ProgressEntryModel;
  ProgressEntryInput: ProgressEntryInput;
  ProgressLetter: ProgressLetter;
  Prompt: LibraryPromptModel;
  PromptInput: PromptInput;
  PromptSuggestion: LibraryPromptSuggestionModel;
  Query: Record<PropertyKey, never>;
  RecordGasReviewInput: RecordGasReviewInput;
  RecordMeasureInput: RecordMeasureInput;
  RecoveryCodes: RecoveryCodes;
  SafetyFlag: SafetyFlagModel;
  SecondFactorEnrolment: SecondFactorEnrolment;
  SessionNote: SessionNoteRecordModel;
  SetPasswordLink: Omit<SetPasswordLink, 'clinician'> & { clinician: ResolversParentTypes['Clinician'] };
  SignInInput: SignInInput;
  SignInResult: Omit<SignInResult, 'viewer'> & { viewer?: Maybe<ResolversParentTypes['Viewer']> };
  StartSessionInput: StartSessionInput;
  String: Scalars['String']['output'];
  TherapySession: TherapySessionModel;
  UpdateClientInput: UpdateClientInput;
  UpdateMeasureDraftInput: UpdateMeasureDraftInput;
  Viewer: ViewerModel;
};

export type AskedPromptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AskedPrompt'] = ResolversParentTypes['AskedPrompt']> = {
  answer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  askedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  promptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AttentionFlagResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AttentionFlag'] = ResolversParentTypes['AttentionFlag']> = {
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceSection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AttentionKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditChainVerificationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditChainVerification'] = ResolversParentTypes['AuditChainVerification']> = {
  checkedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstBrokenSequence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  isIntact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['Clinician']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AuditOutcome'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEventPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEventPage'] = ResolversParentTypes['AuditEventPage']> = {
  events?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BaselineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Baseline'] = ResolversParentTypes['Baseline']> = {
  recordedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseloadMeasureResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CaseloadMeasure'] = ResolversParentTypes['CaseloadMeasure']> = {
  changeFromBaseline?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  latest?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  latestOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reliableChange?: Resolver<Maybe<ResolversTypes['ReliableChange']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  severityLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseloadPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CaseloadPage'] = ResolversParentTypes['CaseloadPage']> = {
  activeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matchCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['CaseloadRow']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseloadRowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CaseloadRow'] = ResolversParentTypes['CaseloadRow']> = {
  activeGoalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  activeGoalDomains?: Resolver<Array<ResolversTypes['GoalDomain']>, ParentType, ContextType>;
  attention?: Resolver<Array<ResolversTypes['AttentionFlag']>, ParentType, ContextType>;
  gasTScores?: Resolver<Array<ResolversTypes['GasTScorePoint']>, ParentType, ContextType>;
  goodNews?: Resolver<Array<ResolversTypes['GoodNews']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastProgressOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastSessionAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['CaseloadMeasure']>, ParentType, ContextType>;
  milestonesTickedLast30Days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nextMeasureDue?: Resolver<Maybe<ResolversTypes['MeasureDue']>, ParentType, ContextType>;
  notesToSignCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  preferredName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pronouns?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClientStatus'], ParentType, ContextType>;
  weeklyActivity?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  winsLast30Days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClientResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client']> = {
  activeGoalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  activeGoalDomains?: Resolver<Array<ResolversTypes['GoalDomain']>, ParentType, ContextType>;
  attention?: Resolver<Array<ResolversTypes['AttentionFlag']>, ParentType, ContextType>;
  baseline?: Resolver<Maybe<ResolversTypes['Baseline']>, ParentType, ContextType>;
  gasReviews?: Resolver<Array<ResolversTypes['GasReview']>, ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  goodNews?: Resolver<Array<ResolversTypes['GoodNews']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastProgressOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastSessionAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  measureResponses?: Resolver<Array<ResolversTypes['MeasureResponse']>, ParentType, ContextType, Partial<ClientMeasureResponsesArgs>>;
  measureSchedules?: Resolver<Array<ResolversTypes['MeasureSchedule']>, ParentType, ContextType>;
  notOnTrack?: Resolver<Array<ResolversTypes['NotOnTrackFlag']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['SessionNote']>, ParentType, ContextType>;
  notesToSignCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openSession?: Resolver<Maybe<ResolversTypes['TherapySession']>, ParentType, ContextType>;
  overdueMeasures?: Resolver<Array<ResolversTypes['Instrument']>, ParentType, ContextType>;
  preferredName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  primaryClinician?: Resolver<ResolversTypes['Clinician'], ParentType, ContextType>;
  progressEntries?: Resolver<Array<ResolversTypes['ProgressEntry']>, ParentType, ContextType>;
  pronouns?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  safetyFlags?: Resolver<Array<ResolversTypes['SafetyFlag']>, ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['TherapySession']>, ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClientStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['ClientStatusChange']>, ParentType, ContextType>;
  unreviewedSafetyFlagCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClientStatusChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClientStatusChange'] = ResolversParentTypes['ClientStatusChange']> = {
  changedBy?: Resolver<Maybe<ResolversTypes['Clinician']>, ParentType, ContextType>;
  changedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClientStatus'], ParentType, ContextType>;
};

export type ClinicianResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Clinician'] = ResolversParentTypes['Clinician']> = {
  defaultNoteFormat?: Resolver<ResolversTypes['NoteFormat'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasSecondFactor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ClinicianRole'], ParentType, ContextType>;
  supervisees?: Resolver<Array<ResolversTypes['Clinician']>, ParentType, ContextType>;
};

export type CrisisResourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CrisisResource'] = ResolversParentTypes['CrisisResource']> = {
  contact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type GasLevelsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GasLevels'] = ResolversParentTypes['GasLevels']> = {
  expected?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  less?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  more?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  muchLess?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  muchMore?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GasRatingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GasRating'] = ResolversParentTypes['GasRating']> = {
  goalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GasReviewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GasReview'] = ResolversParentTypes['GasReview']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ratings?: Resolver<Array<ResolversTypes['GasRating']>, ParentType, ContextType>;
  reviewedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  tScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GasTScorePointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GasTScorePoint'] = ResolversParentTypes['GasTScorePoint']> = {
  reviewedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  tScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GoalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Goal'] = ResolversParentTypes['Goal']> = {
  clientWords?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clinicianWording?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['GoalDomain'], ParentType, ContextType>;
  gasLevels?: Resolver<Maybe<ResolversTypes['GasLevels']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  measureOfSuccess?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  specific?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GoalStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['GoalStatusChange']>, ParentType, ContextType>;
  targetDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GoalStatusChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GoalStatusChange'] = ResolversParentTypes['GoalStatusChange']> = {
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['Clinician']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GoalStatus'], ParentType, ContextType>;
};

export type GoodNewsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GoodNews'] = ResolversParentTypes['GoodNews']> = {
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceSection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GoodNewsKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MeasureChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MeasureChange'] = ResolversParentTypes['MeasureChange']> = {
  fromBaseline?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fromPrevious?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  hasRecovered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasReliablyRecovered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasResponded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isCase?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isInRemission?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  reliableChange?: Resolver<ResolversTypes['ReliableChange'], ParentType, ContextType>;
  reliableChangeIndex?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MeasureDueResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MeasureDue'] = ResolversParentTypes['MeasureDue']> = {
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  isOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MeasureResponseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MeasureResponse'] = ResolversParentTypes['MeasureResponse']> = {
  administeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  answers?: Resolver<Array<Maybe<ResolversTypes['Int']>>, ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['MeasureChange']>, ParentType, ContextType>;
  difficulty?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  hasSafetyFlag?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  isComplete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  moodWord?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sessionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  severity?: Resolver<Maybe<ResolversTypes['Severity']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeasureScheduleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MeasureSchedule'] = ResolversParentTypes['MeasureSchedule']> = {
  everyWeeks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  isOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nextDueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type MilestoneResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = {
  doneAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  doneInSessionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  goalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addMilestone?: Resolver<ResolversTypes['Milestone'], ParentType, ContextType, RequireFields<MutationAddMilestoneArgs, 'goalId' | 'input'>>;
  addNoteAddendum?: Resolver<ResolversTypes['NoteAddendum'], ParentType, ContextType, RequireFields<MutationAddNoteAddendumArgs, 'noteId' | 'text'>>;
  beginSecondFactorEnrolment?: Resolver<ResolversTypes['SecondFactorEnrolment'], ParentType, ContextType>;
  changeClientStatus?: Resolver<ResolversTypes['Client'], ParentType, ContextType, RequireFields<MutationChangeClientStatusArgs, 'input'>>;
  changeGoalStatus?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationChangeGoalStatusArgs, 'input'>>;
  changeNoteFormat?: Resolver<ResolversTypes['SessionNote'], ParentType, ContextType, RequireFields<MutationChangeNoteFormatArgs, 'format' | 'id' | 'version'>>;
  confirmSecondFactorEnrolment?: Resolver<ResolversTypes['RecoveryCodes'], ParentType, ContextType, RequireFields<MutationConfirmSecondFactorEnrolmentArgs, 'code'>>;
  createAccount?: Resolver<ResolversTypes['SetPasswordLink'], ParentType, ContextType, RequireFields<MutationCreateAccountArgs, 'input'>>;
  createClient?: Resolver<ResolversTypes['Client'], ParentType, ContextType, RequireFields<MutationCreateClientArgs, 'input'>>;
  createGoal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationCreateGoalArgs, 'input'>>;
  createPrompt?: Resolver<ResolversTypes['Prompt'], ParentType, ContextType, RequireFields<MutationCreatePromptArgs, 'input'>>;
  deactivateAccount?: Resolver<ResolversTypes['Clinician'], ParentType, ContextType, RequireFields<MutationDeactivateAccountArgs, 'clinicianId'>>;
  draftSessionNote?: Resolver<ResolversTypes['SessionNote'], ParentType, ContextType, RequireFields<MutationDraftSessionNoteArgs, 'sessionId'>>;
  endSession?: Resolver<ResolversTypes['TherapySession'], ParentType, ContextType, RequireFields<MutationEndSessionArgs, 'id'>>;
  extendSession?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  logProgressEntry?: Resolver<ResolversTypes['ProgressEntry'], ParentType, ContextType, RequireFields<MutationLogProgressEntryArgs, 'clientId' | 'input'>>;
  markPromptAsked?: Resolver<ResolversTypes['AskedPrompt'], ParentType, ContextType, RequireFields<MutationMarkPromptAskedArgs, 'promptId' | 'sessionId'>>;
  recordGasReview?: Resolver<ResolversTypes['GasReview'], ParentType, ContextType, RequireFields<MutationRecordGasReviewArgs, 'input'>>;
  recordMeasure?: Resolver<ResolversTypes['MeasureResponse'], ParentType, ContextType, RequireFields<MutationRecordMeasureArgs, 'input'>>;
  recordNoteExport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRecordNoteExportArgs, 'id' | 'kind'>>;
  recordPromptAnswer?: Resolver<ResolversTypes['AskedPrompt'], ParentType, ContextType, RequireFields<MutationRecordPromptAnswerArgs, 'answer' | 'promptId' | 'sessionId'>>;
  removeMilestone?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveMilestoneArgs, 'id' | 'version'>>;
  removeProgressEntry?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveProgressEntryArgs, 'id' | 'version'>>;
  reorderGoals?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType, RequireFields<MutationReorderGoalsArgs, 'clientId' | 'goalIds'>>;
  reorderMilestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType, RequireFields<MutationReorderMilestonesArgs, 'goalId' | 'milestoneIds'>>;
  resetPassword?: Resolver<ResolversTypes['SetPasswordLink'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'clinicianId'>>;
  reviewSafetyFlag?: Resolver<ResolversTypes['SafetyFlag'], ParentType, ContextType, RequireFields<MutationReviewSafetyFlagArgs, 'id' | 'note'>>;
  savePrivateNote?: Resolver<ResolversTypes['PrivateNote'], ParentType, ContextType, RequireFields<MutationSavePrivateNoteArgs, 'sessionId' | 'text'>>;
  saveSessionNote?: Resolver<ResolversTypes['SessionNote'], ParentType, ContextType, RequireFields<MutationSaveSessionNoteArgs, 'id' | 'sections' | 'version'>>;
  saveSessionNotes?: Resolver<ResolversTypes['TherapySession'], ParentType, ContextType, RequireFields<MutationSaveSessionNotesArgs, 'id' | 'notes'>>;
  setDefaultNoteFormat?: Resolver<ResolversTypes['Clinician'], ParentType, ContextType, RequireFields<MutationSetDefaultNoteFormatArgs, 'format'>>;
  setMeasureSchedule?: Resolver<Array<ResolversTypes['MeasureSchedule']>, ParentType, ContextType, RequireFields<MutationSetMeasureScheduleArgs, 'clientId' | 'instrument'>>;
  setPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSetPasswordArgs, 'password' | 'token'>>;
  setPromptHidden?: Resolver<ResolversTypes['Prompt'], ParentType, ContextType, RequireFields<MutationSetPromptHiddenArgs, 'id' | 'isHidden'>>;
  setSecondFactorRequirement?: Resolver<ResolversTypes['Practice'], ParentType, ContextType, RequireFields<MutationSetSecondFactorRequirementArgs, 'isRequired'>>;
  setSupervisees?: Resolver<ResolversTypes['Clinician'], ParentType, ContextType, RequireFields<MutationSetSuperviseesArgs, 'superviseeIds' | 'supervisorId'>>;
  signIn?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'input'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signSessionNote?: Resolver<ResolversTypes['SessionNote'], ParentType, ContextType, RequireFields<MutationSignSessionNoteArgs, 'id' | 'version'>>;
  startSession?: Resolver<ResolversTypes['TherapySession'], ParentType, ContextType, RequireFields<MutationStartSessionArgs, 'input'>>;
  tickMilestone?: Resolver<ResolversTypes['Milestone'], ParentType, ContextType, RequireFields<MutationTickMilestoneArgs, 'id'>>;
  untickMilestone?: Resolver<ResolversTypes['Milestone'], ParentType, ContextType, RequireFields<MutationUntickMilestoneArgs, 'id'>>;
  updateClient?: Resolver<ResolversTypes['Client'], ParentType, ContextType, RequireFields<MutationUpdateClientArgs, 'id' | 'input' | 'version'>>;
  updateGoal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationUpdateGoalArgs, 'id' | 'input' | 'version'>>;
  updateMeasureDraft?: Resolver<ResolversTypes['MeasureResponse'], ParentType, ContextType, RequireFields<MutationUpdateMeasureDraftArgs, 'input'>>;
  updateMilestone?: Resolver<ResolversTypes['Milestone'], ParentType, ContextType, RequireFields<MutationUpdateMilestoneArgs, 'id' | 'input' | 'version'>>;
  updateProgressEntry?: Resolver<ResolversTypes['ProgressEntry'], ParentType, ContextType, RequireFields<MutationUpdateProgressEntryArgs, 'id' | 'input' | 'version'>>;
  updatePrompt?: Resolver<ResolversTypes['Prompt'], ParentType, ContextType, RequireFields<MutationUpdatePromptArgs, 'id' | 'input' | 'version'>>;
  verifySecondFactor?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationVerifySecondFactorArgs, 'code'>>;
};

export type NotOnTrackFlagResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NotOnTrackFlag'] = ResolversParentTypes['NotOnTrackFlag']> = {
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NoteAddendumResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NoteAddendum'] = ResolversParentTypes['NoteAddendum']> = {
  author?: Resolver<ResolversTypes['Clinician'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NoteHistoryEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NoteHistoryEntry'] = ResolversParentTypes['NoteHistoryEntry']> = {
  action?: Resolver<ResolversTypes['NoteHistoryAction'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['Clinician']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type NoteSectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NoteSection'] = ResolversParentTypes['NoteSection']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PracticeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Practice'] = ResolversParentTypes['Practice']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requiresSecondFactor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PracticeSummaryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeSummary'] = ResolversParentTypes['PracticeSummary']> = {
  activeClients?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  clientsNeedingAttention?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  clinicianCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  goalsAchievedThisQuarter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notesToSign?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quarterStartedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reliablyImprovedThisQuarter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PrivateNoteResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PrivateNote'] = ResolversParentTypes['PrivateNote']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgressEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProgressEntry'] = ResolversParentTypes['ProgressEntry']> = {
  category?: Resolver<ResolversTypes['ProgressCategory'], ParentType, ContextType>;
  clientWords?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  goalId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isEffort?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProgressEntryKind'], ParentType, ContextType>;
  occurredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  sessionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgressLetterResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProgressLetter'] = ResolversParentTypes['ProgressLetter']> = {
  clientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type PromptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Prompt'] = ResolversParentTypes['Prompt']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isBuiltIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isHidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  situations?: Resolver<Array<ResolversTypes['PromptSituation']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PromptSuggestionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PromptSuggestion'] = ResolversParentTypes['PromptSuggestion']> = {
  prompt?: Resolver<ResolversTypes['Prompt'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  situation?: Resolver<ResolversTypes['PromptSituation'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accounts?: Resolver<Array<ResolversTypes['Clinician']>, ParentType, ContextType>;
  auditEvents?: Resolver<ResolversTypes['AuditEventPage'], ParentType, ContextType, RequireFields<QueryAuditEventsArgs, 'limit' | 'offset'>>;
  auditEventsCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<QueryAuditEventsCsvArgs>>;
  caseload?: Resolver<Array<ResolversTypes['Client']>, ParentType, ContextType, Partial<QueryCaseloadArgs>>;
  caseloadView?: Resolver<ResolversTypes['CaseloadPage'], ParentType, ContextType, RequireFields<QueryCaseloadViewArgs, 'limit' | 'offset'>>;
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType, RequireFields<QueryClientArgs, 'id'>>;
  crisisResources?: Resolver<Array<ResolversTypes['CrisisResource']>, ParentType, ContextType>;
  practiceSummary?: Resolver<Maybe<ResolversTypes['PracticeSummary']>, ParentType, ContextType>;
  progressLetter?: Resolver<ResolversTypes['ProgressLetter'], ParentType, ContextType, RequireFields<QueryProgressLetterArgs, 'clientId' | 'from' | 'to'>>;
  prompts?: Resolver<Array<ResolversTypes['Prompt']>, ParentType, ContextType>;
  sessionNote?: Resolver<Maybe<ResolversTypes['SessionNote']>, ParentType, ContextType, RequireFields<QuerySessionNoteArgs, 'id'>>;
  therapySession?: Resolver<Maybe<ResolversTypes['TherapySession']>, ParentType, ContextType, RequireFields<QueryTherapySessionArgs, 'id'>>;
  verifyAuditChain?: Resolver<ResolversTypes['AuditChainVerification'], ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type RecoveryCodesResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RecoveryCodes'] = ResolversParentTypes['RecoveryCodes']> = {
  codes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SafetyFlagResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SafetyFlag'] = ResolversParentTypes['SafetyFlag']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isReviewed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  measureResponseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reviewNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['Clinician']>, ParentType, ContextType>;
};

export type SecondFactorEnrolmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SecondFactorEnrolment'] = ResolversParentTypes['SecondFactorEnrolment']> = {
  otpauthUri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qrCodeSvg?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SessionNoteResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SessionNote'] = ResolversParentTypes['SessionNote']> = {
  addenda?: Resolver<Array<ResolversTypes['NoteAddendum']>, ParentType, ContextType>;
  author?: Resolver<ResolversTypes['Clinician'], ParentType, ContextType>;
  clientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['NoteFormat'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['NoteHistoryEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['NoteSection']>, ParentType, ContextType>;
  session?: Resolver<ResolversTypes['TherapySession'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  signedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  signedBy?: Resolver<Maybe<ResolversTypes['Clinician']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NoteStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SetPasswordLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SetPasswordLink'] = ResolversParentTypes['SetPasswordLink']> = {
  clinician?: Resolver<ResolversTypes['Clinician'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SignInResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SignInResult'] = ResolversParentTypes['SignInResult']> = {
  status?: Resolver<ResolversTypes['SignInStatus'], ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type TherapySessionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TherapySession'] = ResolversParentTypes['TherapySession']> = {
  clientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  clinicianId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  durationMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isFirst?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['MeasureResponse']>, ParentType, ContextType>;
  milestonesTicked?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  modality?: Resolver<ResolversTypes['SessionModality'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['SessionNote']>, ParentType, ContextType>;
  notes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  privateNote?: Resolver<Maybe<ResolversTypes['PrivateNote']>, ParentType, ContextType>;
  progressEntries?: Resolver<Array<ResolversTypes['ProgressEntry']>, ParentType, ContextType>;
  promptSuggestions?: Resolver<Array<ResolversTypes['PromptSuggestion']>, ParentType, ContextType>;
  promptsAsked?: Resolver<Array<ResolversTypes['AskedPrompt']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  clinician?: Resolver<ResolversTypes['Clinician'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  idleExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  practice?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  AskedPrompt?: AskedPromptResolvers<ContextType>;
  AttentionFlag?: AttentionFlagResolvers<ContextType>;
  AuditChainVerification?: AuditChainVerificationResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventPage?: AuditEventPageResolvers<ContextType>;
  Baseline?: BaselineResolvers<ContextType>;
  CaseloadMeasure?: CaseloadMeasureResolvers<ContextType>;
  CaseloadPage?: CaseloadPageResolvers<ContextType>;
  CaseloadRow?: CaseloadRowResolvers<ContextType>;
  Client?: ClientResolvers<ContextType>;
  ClientStatusChange?: ClientStatusChangeResolvers<ContextType>;
  Clinician?: ClinicianResolvers<ContextType>;
  CrisisResource?: CrisisResourceResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  GasLevels?: GasLevelsResolvers<ContextType>;
  GasRating?: GasRatingResolvers<ContextType>;
  GasReview?: GasReviewResolvers<ContextType>;
  GasTScorePoint?: GasTScorePointResolvers<ContextType>;
  Goal?: GoalResolvers<ContextType>;
  GoalStatusChange?: GoalStatusChangeResolvers<ContextType>;
  GoodNews?: GoodNewsResolvers<ContextType>;
  MeasureChange?: MeasureChangeResolvers<ContextType>;
  MeasureDue?: MeasureDueResolvers<ContextType>;
  MeasureResponse?: MeasureResponseResolvers<ContextType>;
  MeasureSchedule?: MeasureScheduleResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NotOnTrackFlag?: NotOnTrackFlagResolvers<ContextType>;
  NoteAddendum?: NoteAddendumResolvers<ContextType>;
  NoteHistoryEntry?: NoteHistoryEntryResolvers<ContextType>;
  NoteSection?: NoteSectionResolvers<ContextType>;
  Practice?: PracticeResolvers<ContextType>;
  PracticeSummary?: PracticeSummaryResolvers<ContextType>;
  PrivateNote?: PrivateNoteResolvers<ContextType>;
  ProgressEntry?: ProgressEntryResolvers<ContextType>;
  ProgressLetter?: ProgressLetterResolvers<ContextType>;
  Prompt?: PromptResolvers<ContextType>;
  PromptSuggestion?: PromptSuggestionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecoveryCodes?: RecoveryCodesResolvers<ContextType>;
  SafetyFlag?: SafetyFlagResolvers<ContextType>;
  SecondFactorEnrolment?: SecondFactorEnrolmentResolvers<ContextType>;
  SessionNote?: SessionNoteResolvers<ContextType>;
  SetPasswordLink?: SetPasswordLinkResolvers<ContextType>;
  SignInResult?: SignInResultResolvers<ContextType>;
  TherapySession?: TherapySessionResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

