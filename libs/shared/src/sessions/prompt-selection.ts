import { daysBetween, isIsoDate } from '../calendar';
import type { Prompt, PromptSituation } from '../domain/session';
import { instrumentName, STANDARD_MEASURES } from '../measures/instruments';

// Which reflection prompts to offer when a session opens, and why. The API gathers what changed
// since the client's last session; these rules turn it into situations, each with a reason the
// prompt card shows in small type ("Because 2 milestones were ticked since last session"), and
// rank the prompts. Pure: `today` is passed in and every date is read as a calendar day in UTC,
// so the same facts give the same prompts on any server and in any browser.

/**
 * How strongly each situation claims the prompt card, highest first. Risk and difficulty come
 * first so they are not missed: a first session sets up everything after it, a reliable
 * worsening or a setback is what the therapist most needs to hear about. Then celebrating, since
 * small steps are first-class: a milestone, a reliable improvement, a goal nearing its date, a
 * win. Then the quieter prompts (a stretch with nothing recorded, a goal due a review), and last
 * the general questions that fit any session. The numbers only need to be distinct and ordered.
 */
export const SITUATION_WEIGHTS: Readonly<Record<PromptSituation, number>> = {
  FIRST_SESSION: 100,
  MEASURE_WORSENED: 90,
  SETBACK_LOGGED: 80,
  MILESTONE_DONE: 70,
  MEASURE_IMPROVED: 60,
  GOAL_NEAR_TARGET: 50,
  WIN_LOGGED: 40,
  NO_RECENT_PROGRESS: 30,
  GOAL_REVIEW: 20,
  ANY_SESSION: 0,
};

/** Days without anything recorded after which re-engaging prompts are offered (3 weeks). */
export const NO_RECENT_PROGRESS_AFTER_DAYS = 21;
/** Days ahead within which a goal's target date counts as near. */
export const GOAL_NEAR_TARGET_WITHIN_DAYS = 14;
/** Days after a target date during which the goal still counts as at its target. */
export const GOAL_PAST_TARGET_WITHIN_DAYS = 7;
/** Days since a goal was set or last reviewed after which a review is suggested (4 weeks). */
export const GOAL_REVIEW_AFTER_DAYS = 28;
/** Up to this many days ago a day is named by its weekday ("on Tuesday"); past that, by date. */
export const WEEKDAY_NAMED_WITHIN_DAYS = 6;
/** The longest a client's goal words are quoted in a reason before they are shortened. */
export const GOAL_WORDS_QUOTED_MAX_CHARACTERS = 40;

/** What changed for a client since their last session, gathered by the API. Dates are ISO YYYY-MM-DD. */
export interface SinceLastSession {
  readonly today: string;
  /** Whether no earlier session exists for this client (the open one does not count). */
  readonly isFirstSession: boolean;
  /** The day the previous session took place, null for a first session. */
  readonly lastSessionOn: string | null;
  /** Milestones ticked since the last session (or ever, for a first session: then pass []). */
  readonly milestonesTicked: readonly { readonly title: string; readonly doneOn: string }[];
  readonly wins: readonly { readonly occurredOn: string }[];
  readonly setbacks: readonly { readonly occurredOn: string }[];
  /** The latest day anything was recorded (win, setback, gratitude, reflection, tick), any time; null when nothing ever. */
  readonly lastProgressOn: string | null;
  /** Reliable changes from baseline on measures completed since the last session. */
  readonly measureChanges: readonly {
    readonly instrument: 'PHQ9' | 'GAD7';
    readonly direction: 'IMPROVED' | 'WORSENED';
  }[];
  /** Active goals with a target date. */
  readonly activeGoals: readonly {
    readonly clientWords: string;
    readonly targetDate: string | null;
    readonly lastReviewedOn: string | null;
    readonly setOn: string;
  }[];
}

/** A situation that applies to this session, why, and how strongly it claims the prompt card. */
export interface SituationReason {
  readonly situation: PromptSituation;
  /** A sentence for the therapist, e.g. "Setback logged on Tuesday". */
  readonly reason: string;
  readonly weight: number;
}

/** A prompt offered for this session, with the situation it was chosen for. */
export interface PromptSuggestion {
  readonly prompt: Prompt;
  readonly situation: PromptSituation;
  readonly reason: string;
}

/** What to leave out or push back when suggesting prompts. */
export interface PromptSuggestionOptions {
  /** Never suggested: prompts the clinician hid, and prompts already asked in this session. */
  readonly excludedPromptIds?: ReadonlySet<string>;
  /** Suggested after the others of their situation: prompts asked in recent sessions. */
  readonly recentlyAskedPromptIds?: ReadonlySet<string>;
}

type Goal = SinceLastSession['activeGoals'][number];

/** The situations that apply to a session, highest weight first; ANY_SESSION is always last. */
export function relevantSituations(facts: SinceLastSession): SituationReason[] {
  assertValidDates(facts);
  const { today } = facts;
  // Records dated after `today` cannot be known on `today`; leaving them out keeps the rules
  // replayable for any past day (as the not-on-track rule does).
  const ticks = facts.milestonesTicked.filter((tick) => tick.doneOn <= today);
  const wins = facts.wins.filter((win) => win.occurredOn <= today);
  const setbacks = facts.setbacks.filter((setback) => setback.occurredOn <= today);
  const found: { situation: PromptSituation; reason: string }[] = [];
  const add = (situation: PromptSituation, reason: string): void => {
    found.push({ situation, reason: capitaliseFirstLetter(reason) });
  };

  if (facts.isFirstSession) add('FIRST_SESSION', 'first session');
  if (ticks.length > 0) {
    add('MILESTONE_DONE', `${countOf(ticks.length, 'milestone')} ticked since last session`);
  }
  if (wins.length > 0) {
    add('WIN_LOGGED', `${countOf(wins.length, 'small win')} logged since last session`);
  }
  if (setbacks.length > 0) {
    const latest = setbacks.map((setback) => setback.occurredOn).reduce(later);
    add('SETBACK_LOGGED', `setback logged ${dayInWords(latest, today)}`);
  }
  const noProgressReason = noRecentProgressReason(facts, [
    ...ticks.map((tick) => tick.doneOn),
    ...wins.map((win) => win.occurredOn),
    ...setbacks.map((setback) => setback.occurredOn),
  ]);
  if (noProgressReason !== null) add('NO_RECENT_PROGRESS', noProgressReason);
  for (const [situation, direction] of [
    ['MEASURE_IMPROVED', 'IMPROVED'],
    ['MEASURE_WORSENED', 'WORSENED'],
  ] as const) {
    const names = STANDARD_MEASURES.filter((instrument) =>
      facts.measureChanges.some(
        (change) => change.instrument === instrument && change.direction === direction,
      ),
    ).map(instrumentName);
    if (names.length > 0)
      add(situation, `${names.join(' and ')} ${direction.toLowerCase()} reliably`);
  }
  const nearTargetReason = goalNearTargetReason(facts.activeGoals, today);
  if (nearTargetReason !== null) add('GOAL_NEAR_TARGET', nearTargetReason);
  // A first session is where goals are set, so there is nothing yet to review.
  const reviewReason = facts.isFirstSession ? null : goalReviewReason(facts.activeGoals, today);
  if (reviewReason !== null) add('GOAL_REVIEW', reviewReason);
  add('ANY_SESSION', 'a question for any session');

  // Weights are distinct, so this order is total and ANY_SESSION (weight 0) is always last.
  return found
    .map((entry) => ({ ...entry, weight: SITUATION_WEIGHTS[entry.situation] }))
    .sort((first, second) => second.weight - first.weight);
}

/**
 * Every prompt that fits this session, best first. Each prompt is offered once, for the
 * highest-weighted relevant situation it fits. Situations take turns in weight order (the top
 * prompt of each, then the second of each, ...), so the first few prompts cover different
 * situations instead of three questions about one setback. Within a situation, prompts asked
 * recently come after the rest; otherwise the library's order holds.
 */
export function suggestPrompts(
  prompts: readonly Prompt[],
  facts: SinceLastSession,
  options: PromptSuggestionOptions = {},
): PromptSuggestion[] {
  const situations = relevantSituations(facts);
  const excluded = options.excludedPromptIds ?? new Set<string>();
  const recentlyAsked = options.recentlyAskedPromptIds ?? new Set<string>();
  const queues = situations.map((situation) => ({ ...situation, prompts: [] as Prompt[] }));
  const placedIds = new Set<string>();
  for (const prompt of prompts) {
    if (excluded.has(prompt.id) || placedIds.has(prompt.id)) continue;
    // `queues` is in weight order, so the first match is the best-weighted situation.
    const queue = queues.find((candidate) => prompt.situations.includes(candidate.situation));
    if (queue === undefined) continue;
    queue.prompts.push(prompt);
    placedIds.add(prompt.id);
  }
  const ordered = queues.map((queue) => ({
    ...queue,
    prompts: [
      ...queue.prompts.filter((prompt) => !recentlyAsked.has(prompt.id)),
      ...queue.prompts.filter((prompt) => recentlyAsked.has(prompt.id)),
    ],
  }));

  const suggestions: PromptSuggestion[] = [];
  const longest = Math.max(0, ...ordered.map((queue) => queue.prompts.length));
  for (let round = 0; round < longest; round++) {
    for (const queue of ordered) {
      const prompt = queue.prompts[round];
      if (prompt !== undefined) {
        suggestions.push({ prompt, situation: queue.situation, reason: queue.reason });
      }
    }
  }
  return suggestions;
}

/** The NO_RECENT_PROGRESS reason, or null when something was recorded in the last 3 weeks. */
function noRecentProgressReason(
  facts: SinceLastSession,
  recordedSinceLastSession: readonly string[],
): string | null {
  // The records passed in count too, so a win logged this week can never sit beside "no
  // progress for 3 weeks" even if lastProgressOn was gathered from a stale source.
  const known = [facts.lastProgressOn, ...recordedSinceLastSession].filter(
    (day): day is string => day !== null && day <= facts.today,
  );
  const latest = known.length === 0 ? null : known.reduce(later);
  if (latest === null) {
    // A new client has had no chance to record anything yet.
    return facts.isFirstSession ? null : 'no progress recorded yet';
  }
  const days = daysBetween(latest, facts.today);
  if (days < NO_RECENT_PROGRESS_AFTER_DAYS) return null;
  return `no progress recorded for ${countOf(Math.floor(days / 7), 'week')}`;
}

/** The GOAL_NEAR_TARGET reason for the goal whose target date is nearest, or null. */
function goalNearTargetReason(goals: readonly Goal[], today: string): string | null {
  const near = goals
    .flatMap((goal) =>
      goal.targetDate === null ? [] : [{ goal, daysLeft: daysBetween(today, goal.targetDate) }],
    )
    .filter(
      ({ daysLeft }) =>
        daysLeft >= -GOAL_PAST_TARGET_WITHIN_DAYS && daysLeft <= GOAL_NEAR_TARGET_WITHIN_DAYS,
    )
    // Nearest first; on a tie the date still ahead wins, as there is still time to act on it.
    // The sort is stable, so equal goals keep the order given.
    .sort(
      (first, second) =>
        Math.abs(first.daysLeft) - Math.abs(second.daysLeft) || second.daysLeft - first.daysLeft,
    );
  if (near.length === 0) return null;
  const { goal, daysLeft } = near[0];
  const quoted = quoteGoalWords(goal.clientWords);
  if (daysLeft === 0) return `goal ${quoted} due today`;
  if (daysLeft === 1) return `goal ${quoted} due tomorrow`;
  if (daysLeft > 1) return `goal ${quoted} due in ${daysLeft} days`;
  if (daysLeft === -1) return `goal ${quoted} reached its target date yesterday`;
  return `goal ${quoted} reached its target date ${-daysLeft} days ago`;
}

/** The GOAL_REVIEW reason for the goal longest without a review, or null. */
function goalReviewReason(goals: readonly Goal[], today: string): string | null {
  const due = goals
    .filter((goal) => daysBetween(goal.setOn, today) >= GOAL_REVIEW_AFTER_DAYS)
    .map((goal) => ({ goal, daysSince: daysBetween(goal.lastReviewedOn ?? goal.setOn, today) }))
    .filter(({ daysSince }) => daysSince >= GOAL_REVIEW_AFTER_DAYS)
    .sort((first, second) => second.daysSince - first.daysSince);
  if (due.length === 0) return null;
  const { goal, daysSince } = due[0];
  const weeks = countOf(Math.floor(daysSince / 7), 'week');
  const quoted = quoteGoalWords(goal.clientWords);
  return goal.lastReviewedOn === null
    ? `goal ${quoted} not reviewed since it was set ${weeks} ago`
    : `goal ${quoted} last reviewed ${weeks} ago`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A past day as the therapist would say it: "today", "yesterday", "on Tuesday", "on 3 November". */
function dayInWords(day: string, today: string): string {
  const daysAgo = daysBetween(day, today);
  if (daysAgo === 0) return 'today';
  if (daysAgo === 1) return 'yesterday';
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  // Past a week a weekday is ambiguous ("Tuesday" could be any Tuesday), so name the date.
  if (daysAgo <= WEEKDAY_NAMED_WITHIN_DAYS) {
    return `on ${WEEKDAYS[new Date(Date.UTC(year, month - 1, dayOfMonth)).getUTCDay()]}`;
  }
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  return `on ${dayOfMonth} ${MONTHS[month - 1]}${sameYear ? '' : ` ${year}`}`;
}

/** A client's goal words in curly quotes, shortened at a word boundary when long. */
function quoteGoalWords(clientWords: string): string {
  const words = clientWords.trim().replace(/\s+/g, ' ');
  // Array.from counts characters, not UTF-16 units, so an emoji is never cut in half.
  const characters = Array.from(words);
  if (characters.length <= GOAL_WORDS_QUOTED_MAX_CHARACTERS) return `“${words}”`;
  const cut = characters.slice(0, GOAL_WORDS_QUOTED_MAX_CHARACTERS - 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  // A cut between words reads better, unless the only space is so early that little is left.
  const shortened =
    lastSpace >= GOAL_WORDS_QUOTED_MAX_CHARACTERS / 2 ? cut.slice(0, lastSpace) : cut;
  return `“${shortened.replace(/[\s.,;:!?-]+$/, '')}…”`;
}

function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function capitaliseFirstLetter(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

// ISO dates compare correctly as strings.
function later(first: string, second: string): string {
  return second > first ? second : first;
}

function assertValidDates(facts: SinceLastSession): void {
  const dates: (readonly [field: string, value: string | null])[] = [
    ['today', facts.today],
    ['lastSessionOn', facts.lastSessionOn],
    ['lastProgressOn', facts.lastProgressOn],
    ...facts.milestonesTicked.map(
      (tick, index) => [`milestonesTicked[${index}].doneOn`, tick.doneOn] as const,
    ),
    ...facts.wins.map((win, index) => [`wins[${index}].occurredOn`, win.occurredOn] as const),
    ...facts.setbacks.map(
      (setback, index) => [`setbacks[${index}].occurredOn`, setback.occurredOn] as const,
    ),
    ...facts.activeGoals.flatMap((goal, index) => [
      [`activeGoals[${index}].targetDate`, goal.targetDate] as const,
      [`activeGoals[${index}].lastReviewedOn`, goal.lastReviewedOn] as const,
      [`activeGoals[${index}].setOn`, goal.setOn] as const,
    ]),
  ];
  for (const [field, value] of dates) {
    if (value !== null && !isIsoDate(value)) {
      throw new RangeError(`${field} must be a YYYY-MM-DD date, not ${value}.`);
    }
  }
}
