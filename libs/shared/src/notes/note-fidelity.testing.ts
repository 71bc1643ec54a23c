import { SESSION_NOTES_LABEL } from './note-sentences';
import type { SessionRecordForNote } from './session-record';

// Test support for the composer's promise that a note says nothing the record does not. It is
// written independently of the composer's sentence code: it reads a drafted note the way a
// reviewer would, pulling out every quotation, date and number, and looks each one up in the
// record. Only the fixed vocabulary of a note (measure names, "/10", "item 9 ... above 0") is
// allowed without a source.

/** Words a note must never use about a client (UX.md: strengths-based, neutral). */
export const JUDGEMENTAL_WORDS = [
  'failed',
  'failure',
  'non-compliant',
  'noncompliant',
  'poor',
  'refused',
  'unmotivated',
  'resistant',
  'lazy',
] as const;

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

// Numbers that are part of the note's fixed wording, not facts about this client.
const VOCABULARY = [/PHQ-9/g, /GAD-7/g, /\/10\b/g, /item 9 answered (?:above )?0/g];

/** Every free-text string in the record, trimmed: the only text a note may quote. */
export function recordedStrings(record: SessionRecordForNote): Set<string> {
  const strings = [
    ...record.moodCheckIns.map((checkIn) => checkIn.word),
    ...record.promptsAsked.flatMap((prompt) => [prompt.text, prompt.answer]),
    ...record.milestonesTicked.flatMap((tick) => [tick.title, tick.goalClientWords]),
    ...record.progressEntries.flatMap((entry) => [entry.clientWords, entry.goalClientWords]),
    ...record.gasRatings.flatMap((rating) => [rating.goalClientWords, rating.levelDescription]),
    ...record.safetyFlags.map((flag) => flag.reviewNote),
    ...record.goalsWorkedOn.map((goal) => goal.clientWords),
    ...record.plan.nextMilestones.flatMap((next) => [next.title, next.goalClientWords]),
  ];
  return new Set(strings.flatMap((text) => (text === null ? [] : [text.trim()])));
}

/** Every calendar day (YYYY-MM-DD) the record holds, from its dates and date-times. */
export function recordedDays(record: SessionRecordForNote): Set<string> {
  const instants = [
    record.session.startedAt,
    record.session.endedAt,
    ...record.safetyFlags.flatMap((flag) => [flag.raisedOn, flag.reviewedAt]),
    ...record.plan.nextMeasuresDue.map((due) => due.dueOn),
    record.plan.nextSessionOn,
  ];
  return new Set(instants.flatMap((instant) => (instant === null ? [] : [instant.slice(0, 10)])));
}

/** Every number the record holds or that counting its items can give (signs dropped). */
export function recordedNumbers(record: SessionRecordForNote): Set<number> {
  const values: (number | null)[] = [
    record.session.durationMinutes,
    ...record.moodCheckIns.map((checkIn) => checkIn.rating),
    ...record.measures.flatMap((measure) => [measure.total, measure.changeFromBaseline]),
    ...record.gasRatings.map((rating) => rating.level),
    ...record.goalsWorkedOn.flatMap((goal) => [goal.ticked, goal.total]),
  ];
  const counted = [
    record.milestonesTicked,
    record.progressEntries,
    record.promptsAsked,
    record.measures,
    record.gasRatings,
    record.goalsWorkedOn,
  ].map((items) => items.length);
  const kinds = ['WIN', 'SETBACK', 'GRATITUDE', 'REFLECTION'] as const;
  const goals = new Set([
    ...record.goalsWorkedOn.map((goal) => goal.clientWords.trim()),
    ...record.milestonesTicked.map((tick) => tick.goalClientWords.trim()),
    ...record.progressEntries.flatMap((entry) => entry.goalClientWords?.trim() ?? []),
  ]);
  for (const goal of [null, ...goals]) {
    const entries = record.progressEntries.filter(
      (entry) => goal === null || entry.goalClientWords?.trim() === goal,
    );
    counted.push(
      record.milestonesTicked.filter((tick) => tick.goalClientWords.trim() === goal).length,
    );
    for (const kind of kinds) counted.push(entries.filter((entry) => entry.kind === kind).length);
  }
  return new Set(
    [...values, ...counted].flatMap((value) => (value === null ? [] : [Math.abs(value)])),
  );
}

/**
 * What a drafted note says that the record does not back: quotations, dates and numbers with
 * no source, and judgemental words outside the client's and clinician's own. Empty when the
 * note is faithful.
 */
export function unsupportedClaims(
  record: SessionRecordForNote,
  sections: Readonly<Record<string, string>>,
): string[] {
  const problems: string[] = [];
  let text = Object.values(sections).join('\n');
  // The clinician's session notes are reproduced whole; anything in them is theirs.
  const notes = record.session.notes.trim();
  if (notes !== '') text = text.split(`${SESSION_NOTES_LABEL}\n${notes}`).join('\n');

  const strings = recordedStrings(record);
  text = text.replace(/“([^”]*)”/g, (_match, inner: string) => {
    if (!strings.has(inner)) problems.push(`quotation not in the record: “${inner}”`);
    return '(quotation)';
  });
  if (/[“”]/.test(text)) problems.push('an unbalanced quotation mark');

  for (const word of JUDGEMENTAL_WORDS) {
    if (new RegExp(`\\b${word}\\b`, 'i').test(text)) problems.push(`judgemental word: ${word}`);
  }

  const days = recordedDays(record);
  const datePattern = new RegExp(`\\b(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})\\b`, 'g');
  text = text.replace(datePattern, (match, day: string, month: string, year: string) => {
    const iso = `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
    if (!days.has(iso)) problems.push(`date not in the record: ${match}`);
    return '(date)';
  });

  for (const phrase of VOCABULARY) text = text.replace(phrase, '(fixed)');
  const numbers = recordedNumbers(record);
  // A name (of the client or the reviewer) is the record's own text too.
  for (const name of [
    record.client.preferredName,
    ...record.safetyFlags.map((flag) => flag.reviewedByName),
  ]) {
    if (name !== null && name.trim() !== '') text = text.split(name.trim()).join('(name)');
  }
  for (const match of text.matchAll(/\d+/g)) {
    if (!numbers.has(Number(match[0]))) problems.push(`number not in the record: ${match[0]}`);
  }
  return problems;
}
