import { isIsoDate } from '../calendar';
import { GAS_LEVELS, type GasLevel } from '../domain/goal';
import type { ProgressEntryKind } from '../domain/progress';
import type { SessionModality } from '../domain/session';
import { RELIABLE_CHANGE_LABELS } from '../measures/change';
import { MOOD_CHECK_IN, instrumentName } from '../measures/instruments';
import { severityBand } from '../measures/scoring';
import type {
  NoteGasRating,
  NoteGoalWorkedOn,
  NoteMeasure,
  NoteMilestone,
  NoteMoodCheckIn,
  NoteProgressEntry,
  NotePromptAsked,
  NoteSafetyFlag,
  SessionRecordForNote,
} from './session-record';

// The sentences of a drafted progress note, one fact each. Every sentence is built from the
// record alone: the client's words are quoted verbatim in curly quotes, numbers and dates are
// the record's own (or counts of its items), and nothing is paraphrased or inferred. Wording
// is neutral and strengths-based: a setback is "noted", never "failed".

/** The label above the clinician's own session notes, which follow it verbatim. */
export const SESSION_NOTES_LABEL = 'Session notes, as typed during the session:';

/** How the note names the client: by name, and with pronouns where it can use them correctly. */
export interface ClientReference {
  readonly name: string;
  /** "her", "his", "their"; the name with ’s for pronouns the composer has no grammar for. */
  readonly possessive: string;
}

// Pronouns the composer can write with; for any others (ze/hir, xe/xem, "any") it uses the
// client's name instead, since a guessed possessive would misgender them.
const POSSESSIVES = new Map([
  ['she', 'her'],
  ['he', 'his'],
  ['they', 'their'],
]);

/** How to refer to the client: they/them when no pronouns are given, the first set listed otherwise. */
export function clientReference(client: SessionRecordForNote['client']): ClientReference {
  const name = client.preferredName.trim();
  const pronouns = client.pronouns?.trim().toLowerCase() ?? '';
  if (pronouns === '') return { name, possessive: 'their' };
  const first = pronouns.split(/[\s/,]+/)[0];
  return { name, possessive: POSSESSIVES.get(first) ?? `${name}’s` };
}

/** Someone's words in curly quotes, exactly as recorded but for white space at either end. */
export function quoted(words: string): string {
  return `“${words.trim()}”`;
}

/** Whether a recorded string holds anything but white space. */
export function isGiven(text: string | null): text is string {
  return text !== null && text.trim() !== '';
}

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

/** The calendar day of an ISO date or date-time as written in a note: "12 March 2025". */
export function dayInNote(isoDateOrDateTime: string, field: string): string {
  const day = isoDateOrDateTime.slice(0, 10);
  const rest = isoDateOrDateTime.slice(10);
  if (!isIsoDate(day) || (rest !== '' && !rest.startsWith('T'))) {
    throw new RangeError(`${field} must be an ISO date or date-time, not ${isoDateOrDateTime}.`);
  }
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return `${dayOfMonth} ${MONTHS[month - 1]} ${year}`;
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A count with its noun: "1 setback", "2 small wins". */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

// A full stop, unless the sentence already ends on one inside the client's closing quote.
function sentence(text: string): string {
  return /[.!?…]["”’)]*$/.test(text) ? text : `${text}.`;
}

const MODALITY_WORDS: Readonly<Record<SessionModality, string>> = {
  IN_PERSON: 'in-person',
  VIDEO: 'video',
  PHONE: 'phone',
};

/** "Robin attended a 50-minute video session on 12 March 2025." and, if so, that it was the first. */
export function attendanceLine(record: SessionRecordForNote, client: ClientReference): string {
  const { session } = record;
  const minutes = session.durationMinutes;
  if (minutes !== null && !(Number.isInteger(minutes) && minutes > 0)) {
    throw new RangeError(`durationMinutes must be a whole number above 0, not ${minutes}.`);
  }
  const kind = `${minutes === null ? '' : `${minutes}-minute `}${MODALITY_WORDS[session.modality]}`;
  // "an in-person", "an 8-minute", "an 18-minute": the article follows the sound.
  const article = /^(?:[aeiou]|8|1[18]-)/.test(kind) ? 'an' : 'a';
  const day = dayInNote(session.startedAt, 'session.startedAt');
  const first = session.isFirst ? ` This was ${client.possessive} first session.` : '';
  return `${client.name} attended ${article} ${kind} session on ${day}.${first}`;
}

/** "Mood check-in 6/10 (“hopeful”)."; more than one read "4/10, then 6/10". */
export function moodLine(checkIns: readonly NoteMoodCheckIn[]): string {
  if (checkIns.length === 0) return 'No mood check-in was recorded.';
  const ratings = checkIns.map(({ rating, word }) => {
    const { minimumRating, maximumRating } = MOOD_CHECK_IN;
    if (!Number.isInteger(rating) || rating < minimumRating || rating > maximumRating) {
      throw new RangeError(
        `A mood rating is a whole number from ${minimumRating} to ${maximumRating}, not ${rating}.`,
      );
    }
    return `${rating}/${maximumRating}${isGiven(word) ? ` (${quoted(word)})` : ''}`;
  });
  return `Mood check-in ${ratings.join(', then ')}.`;
}

/** One small win, setback, gratitude or reflection, with the client's words quoted. */
export function entryLine(entry: NoteProgressEntry, client: ClientReference): string {
  const goal = isGiven(entry.goalClientWords) ? quoted(entry.goalClientWords) : null;
  const { name } = client;
  const leads: Readonly<Record<ProgressEntryKind, string>> = {
    WIN: entry.isEffort
      ? `${name} recognised ${client.possessive} effort as a small win${goal ? ` toward ${goal}` : ''}`
      : `${name} shared a small win${goal ? ` toward ${goal}` : ''}`,
    SETBACK: `${name} noted a setback${goal ? ` on the way to ${goal}` : ''}${entry.isEffort ? ', recognising the effort' : ''}`,
    GRATITUDE: `${name} expressed gratitude${goal ? ` about ${goal}` : ''}`,
    REFLECTION: `${name} reflected${goal ? ` on ${goal}` : ''}`,
  };
  const lead = leads[entry.kind];
  return sentence(isGiven(entry.clientWords) ? `${lead}: ${quoted(entry.clientWords)}` : lead);
}

/** A reflection prompt and the client's answer, or that no answer was recorded. */
export function answerLine(prompt: NotePromptAsked, client: ClientReference): string {
  if (!isGiven(prompt.answer)) return `Asked ${quoted(prompt.text)}; no answer was recorded.`;
  return sentence(
    `When asked ${quoted(prompt.text)}, ${client.name} said: ${quoted(prompt.answer)}`,
  );
}

/** The reflection prompts asked, as one line, or null when none were. */
export function promptsAskedLine(prompts: readonly NotePromptAsked[]): string | null {
  if (prompts.length === 0) return null;
  const noun = prompts.length === 1 ? 'Reflection prompt' : 'Reflection prompts';
  return sentence(`${noun} asked: ${prompts.map((prompt) => quoted(prompt.text)).join('; ')}`);
}

/** "Ticked off “Open the curtains” toward “Get to the shop on my own”." */
export function milestoneLine(milestone: NoteMilestone): string {
  return sentence(
    `Ticked off ${quoted(milestone.title)} toward ${quoted(milestone.goalClientWords)}`,
  );
}

/** "PHQ-9 total 11 (moderate), 7 points lower than at baseline: reliable improvement." */
export function measureLine(measure: NoteMeasure): string {
  const name = instrumentName(measure.instrument);
  if (!measure.isComplete || measure.total === null) {
    return `${name} given but not completed, so not scored.`;
  }
  const band = severityBand(measure.instrument, measure.total).label.toLowerCase();
  const change = measure.changeFromBaseline;
  if (change !== null && !Number.isInteger(change)) {
    throw new RangeError(`changeFromBaseline must be a whole number, not ${change}.`);
  }
  const points = change === null ? 0 : Math.abs(change);
  const changeWords =
    change === null
      ? 'the baseline score'
      : change === 0
        ? 'the same as at baseline'
        : `${countOf(points, 'point')} ${change < 0 ? 'lower' : 'higher'} than at baseline`;
  const reliable =
    measure.reliableChange === null
      ? ''
      : `: ${RELIABLE_CHANGE_LABELS[measure.reliableChange].toLowerCase()}`;
  return `${name} total ${measure.total} (${band}), ${changeWords}${reliable}.`;
}

/** "Administered the PHQ-9 and GAD-7.", or null when no measure was given. */
export function measuresGivenLine(measures: readonly NoteMeasure[]): string | null {
  const names = [...new Set(measures.map((measure) => instrumentName(measure.instrument)))];
  return names.length === 0 ? null : `Administered the ${listInWords(names)}.`;
}

// The GAS levels as the goals schema describes them (goals.graphql, GasLevels).
const GAS_LEVEL_WORDS = new Map<number, string>([
  [-2, 'much less than expected'],
  [-1, 'somewhat less than expected'],
  [0, 'the expected outcome'],
  [1, 'somewhat more than expected'],
  [2, 'much more than expected'],
]);

/** A GAS level as a clinician writes it: "+1, somewhat more than expected". */
export function gasLevelInWords(level: GasLevel): string {
  const words = GAS_LEVEL_WORDS.get(level);
  if (!(GAS_LEVELS as readonly number[]).includes(level) || words === undefined) {
    throw new RangeError(`A GAS level is a whole number from -2 to +2, not ${level}.`);
  }
  return `${level > 0 ? '+' : ''}${level}, ${words}`;
}

/** "GAS rating for “…”: +1, somewhat more than expected (“Goes to the shop with a friend”)." */
export function gasLine(rating: NoteGasRating): string {
  const description = isGiven(rating.levelDescription)
    ? ` (${quoted(rating.levelDescription)})`
    : '';
  return `GAS rating for ${quoted(rating.goalClientWords)}: ${gasLevelInWords(rating.level)}${description}.`;
}

/** "Rated goal attainment (GAS) for “…” and “…”.", or null when no goal was rated. */
export function gasRatedLine(ratings: readonly NoteGasRating[]): string | null {
  const goals = [...new Set(ratings.map((rating) => rating.goalClientWords.trim()))];
  return goals.length === 0
    ? null
    : `Rated goal attainment (GAS) for ${listInWords(goals.map(quoted))}.`;
}

function safetyFact(flag: NoteSafetyFlag, index: number): string {
  const raised = `PHQ-9 item 9 answered above 0 on ${dayInNote(flag.raisedOn, `safetyFlags[${index}].raisedOn`)}`;
  if (flag.reviewedAt === null) return `${raised}; safety review not yet recorded.`;
  const reviewed = dayInNote(flag.reviewedAt, `safetyFlags[${index}].reviewedAt`);
  const by = isGiven(flag.reviewedByName) ? ` by ${flag.reviewedByName.trim()}` : '';
  const note = isGiven(flag.reviewNote) ? `: ${quoted(flag.reviewNote)}` : '';
  return sentence(`${raised}; safety reviewed on ${reviewed}${by}${note}`);
}

// A flagged PHQ-9 whose flag the API did not pass still gets a sentence: safety is never silent.
const UNLISTED_FLAG = 'PHQ-9 item 9 answered above 0; safety review not yet recorded.';

/** The safety facts for the assessment: one per flag; item 9 answered 0 when a PHQ-9 says so. */
export function safetyLines(record: SessionRecordForNote): string[] {
  const lines = record.safetyFlags.map(safetyFact);
  if (lines.length === 0 && record.measures.some((measure) => measure.hasSafetyFlag)) {
    lines.push(UNLISTED_FLAG);
  }
  const hasClearPhq9 = record.measures.some(
    (measure) => measure.instrument === 'PHQ9' && measure.isComplete && !measure.hasSafetyFlag,
  );
  if (lines.length === 0 && hasClearPhq9) lines.push('PHQ-9 item 9 answered 0.');
  return lines;
}

/** The safety follow-up for the plan: each flag's facts, and a step for any review still due. */
export function safetyPlanLines(record: SessionRecordForNote): string[] {
  const facts = record.safetyFlags.map(safetyFact);
  if (facts.length === 0 && record.measures.some((measure) => measure.hasSafetyFlag)) {
    facts.push(UNLISTED_FLAG);
  }
  return facts.map((fact) =>
    fact.endsWith('not yet recorded.')
      ? `Safety: ${fact} Record the safety review.`
      : `Safety: ${fact}`,
  );
}

const ENTRY_NOUNS: Readonly<Record<ProgressEntryKind, string>> = {
  WIN: 'small win',
  SETBACK: 'setback',
  GRATITUDE: 'gratitude',
  REFLECTION: 'reflection',
};

/** What was logged, as counts: ["2 small wins", "1 setback"]; empty when nothing was. */
export function entryCounts(entries: readonly NoteProgressEntry[]): string[] {
  const kinds = Object.keys(ENTRY_NOUNS) as ProgressEntryKind[];
  return kinds.flatMap((kind) => {
    const count = entries.filter((entry) => entry.kind === kind).length;
    return count === 0 ? [] : [countOf(count, ENTRY_NOUNS[kind])];
  });
}

/** "Recorded in this session: 2 small wins and 2 milestones ticked.", or null for nothing. */
export function sessionTallyLine(record: SessionRecordForNote): string | null {
  const parts = entryCounts(record.progressEntries);
  const ticks = record.milestonesTicked.length;
  if (ticks > 0) parts.push(`${countOf(ticks, 'milestone')} ticked`);
  return parts.length === 0 ? null : `Recorded in this session: ${listInWords(parts)}.`;
}

/** "“Get to the shop on my own”: 4 of 7 milestones ticked, 2 this session; …" */
export function goalLine(goal: NoteGoalWorkedOn, record: SessionRecordForNote): string {
  const { ticked, total } = goal;
  if (!Number.isInteger(ticked) || !Number.isInteger(total) || ticked < 0 || ticked > total) {
    throw new RangeError(`A goal has 0 to ${total} milestones ticked, not ${ticked}.`);
  }
  const words = goal.clientWords.trim();
  const isThisGoal = (goalClientWords: string | null) => goalClientWords?.trim() === words;
  const ticksNow = record.milestonesTicked.filter((tick) => isThisGoal(tick.goalClientWords));
  let milestones =
    total === 0
      ? 'no milestones set'
      : ticked === total && total > 1
        ? `all ${total} milestones ticked`
        : `${ticked} of ${countOf(total, 'milestone')} ticked`;
  if (ticksNow.length > 0) milestones += `, ${ticksNow.length} this session`;
  const parts = [milestones];
  const entries = entryCounts(
    record.progressEntries.filter((entry) => isThisGoal(entry.goalClientWords)),
  );
  if (entries.length > 0) parts.push(`${listInWords(entries)} logged`);
  const rating = record.gasRatings.findLast((candidate) => isThisGoal(candidate.goalClientWords));
  if (rating !== undefined) parts.push(`GAS ${gasLevelInWords(rating.level)}`);
  return `${quoted(words)}: ${parts.join('; ')}.`;
}

/** The plan: safety first, then next milestones, measures due and the next session. */
export function planLines(record: SessionRecordForNote): string[] {
  const { plan } = record;
  const lines = safetyPlanLines(record);
  for (const milestone of plan.nextMilestones) {
    lines.push(
      sentence(
        `Next milestone toward ${quoted(milestone.goalClientWords)}: ${quoted(milestone.title)}`,
      ),
    );
  }
  plan.nextMeasuresDue.forEach(({ instrument, dueOn }, index) => {
    const day = dayInNote(dueOn, `plan.nextMeasuresDue[${index}].dueOn`);
    lines.push(`Next ${instrumentName(instrument)} due on ${day}.`);
  });
  if (plan.nextSessionOn !== null) {
    lines.push(`Next session on ${dayInNote(plan.nextSessionOn, 'plan.nextSessionOn')}.`);
  } else if (plan.nextMilestones.length === 0 && plan.nextMeasuresDue.length === 0) {
    lines.push('No next milestones, measures due or next session date were recorded.');
  } else {
    lines.push('No next session date was recorded.');
  }
  return lines;
}

/** The clinician's session notes under their label, verbatim; null when none were typed. */
export function sessionNotesBlock(notes: string): string | null {
  return isGiven(notes) ? `${SESSION_NOTES_LABEL}\n${notes.trim()}` : null;
}
