import type {
  ClientStatus,
  GoalDomain,
  GoalStatus,
  ProgressCategory,
  ProgressEntryKind,
  SessionModality,
} from '@waypoint/shared';

// The vocabulary the demo clients are written in. Every date is a count of days relative to
// `today`, so the same content always looks current when it is built.

/** Goal Attainment Scaling descriptions in order: -2, -1, 0, +1, +2. */
export type GasScript = readonly [string, string, string, string, string];

/** A small step toward a goal. */
export interface MilestoneScript {
  readonly title: string;
  /** Days from today to the due date; negative when the due date has passed. */
  readonly dueInDays?: number;
  /** How many days before today it was ticked; absent while it is still to do. */
  readonly doneDaysAgo?: number;
}

/** A goal as agreed with the client. */
export interface GoalScript {
  readonly clientWords: string;
  readonly clinicianWording?: string;
  readonly domain: GoalDomain;
  readonly specific: string;
  readonly measureOfSuccess: string;
  /** Days from today to the target date; negative for goals whose target has passed. */
  readonly targetInDays: number;
  readonly gasLevels: GasScript;
  readonly weight: 1 | 2 | 3;
  readonly status: GoalStatus;
  readonly milestones: readonly MilestoneScript[];
}

/** A small win, setback, gratitude or reflection. */
export interface EntryScript {
  readonly daysAgo: number;
  readonly kind: ProgressEntryKind;
  readonly category: ProgressCategory;
  readonly clientWords: string;
  readonly isEffort: boolean;
  /** Index of the goal in the client's `goals`, or null when it is about life in general. */
  readonly goalIndex: number | null;
}

/** A score on a measure: days before today, and the total. */
export type ScoreScript = readonly [daysAgo: number, total: number];

/** A PHQ-9 score; the third value is the item 9 answer, 0 when absent. */
export type PhqScript = readonly [daysAgo: number, total: number, itemNine?: number];

/** A line of the clinician's session notes, for the first session on or after the day. */
export interface SessionNoteScript {
  readonly daysAgo: number;
  readonly text: string;
}

/**
 * A built-in prompt asked in the first session on or after the day (usually the day of what
 * it asks about), and the client's answer in their own words.
 */
export interface AskedPromptScript {
  readonly daysAgo: number;
  /** A built-in prompt id from BUILT_IN_PROMPTS. */
  readonly promptId: string;
  readonly answer: string;
}

/**
 * A client's past sessions: a regular appointment counted back from the latest one, a first
 * session on the day care began, and what was noted and asked in some of them.
 */
export interface SessionScript {
  /** Days before today of the latest session: 2 to 6 for an active client. */
  readonly lastDaysAgo: number;
  readonly everyDays: 7 | 14;
  /** A different rhythm further back, e.g. weekly at first and fortnightly later. */
  readonly earlier?: { readonly beforeDaysAgo: number; readonly everyDays: 7 | 14 };
  /** The usual start time (UTC), between 09:00 and 17:00. */
  readonly hourUtc: number;
  readonly minute: 0 | 30;
  /** The share of sessions held by video or phone; the rest are in person. */
  readonly remote: Partial<Readonly<Record<Exclude<SessionModality, 'IN_PERSON'>, number>>>;
  readonly notes: readonly SessionNoteScript[];
  readonly prompts: readonly AskedPromptScript[];
}

/** One fictional client and everything on their record. */
export interface ClientScript {
  readonly preferredName: string;
  readonly pronouns: string | null;
  readonly status: ClientStatus;
  readonly startedDaysAgo: number;
  /** Where they started, in their own words, written down on the first day. */
  readonly baseline: string;
  readonly goals: readonly GoalScript[];
  readonly entries: readonly EntryScript[];
  readonly phq9: readonly PhqScript[];
  readonly gad7: readonly ScoreScript[];
  /** 0-10 mood check-ins. */
  readonly mood: readonly ScoreScript[];
  /** Their sessions so far; null for a client whose first session is still to come. */
  readonly sessions: SessionScript | null;
}

interface EntryOptions {
  /** Index of the goal the entry is about. */
  readonly goal?: number;
  /** Whether the entry celebrates the trying rather than the outcome. */
  readonly effort?: boolean;
}

function entry(
  kind: ProgressEntryKind,
  daysAgo: number,
  category: ProgressCategory,
  clientWords: string,
  options: EntryOptions,
): EntryScript {
  return {
    daysAgo,
    kind,
    category,
    clientWords,
    isEffort: options.effort ?? false,
    goalIndex: options.goal ?? null,
  };
}

/** A small win the client logged. */
export function win(
  daysAgo: number,
  category: ProgressCategory,
  clientWords: string,
  options: EntryOptions = {},
): EntryScript {
  return entry('WIN', daysAgo, category, clientWords, options);
}

/** A setback, recorded in neutral words. */
export function setback(
  daysAgo: number,
  category: ProgressCategory,
  clientWords: string,
  options: EntryOptions = {},
): EntryScript {
  return entry('SETBACK', daysAgo, category, clientWords, options);
}

/** Something the client was grateful for. */
export function gratitude(
  daysAgo: number,
  category: ProgressCategory,
  clientWords: string,
  options: EntryOptions = {},
): EntryScript {
  return entry('GRATITUDE', daysAgo, category, clientWords, options);
}

/** Something the client noticed or understood. */
export function reflection(
  daysAgo: number,
  category: ProgressCategory,
  clientWords: string,
  options: EntryOptions = {},
): EntryScript {
  return entry('REFLECTION', daysAgo, category, clientWords, options);
}

/** A line of session notes. */
export function note(daysAgo: number, text: string): SessionNoteScript {
  return { daysAgo, text };
}

/** A built-in prompt asked, and the client's answer. */
export function asked(daysAgo: number, promptId: string, answer: string): AskedPromptScript {
  return { daysAgo, promptId, answer };
}
