import type { NoteFormat } from '../domain/session';
import { NOTE_SECTIONS } from './note-formats';
import {
  answerLine,
  attendanceLine,
  clientReference,
  entryLine,
  gasLine,
  gasRatedLine,
  goalLine,
  measureLine,
  measuresGivenLine,
  milestoneLine,
  moodLine,
  planLines,
  promptsAskedLine,
  safetyLines,
  sessionNotesBlock,
  sessionTallyLine,
  type ClientReference,
} from './note-sentences';
import type { SessionRecordForNote } from './session-record';

export { SESSION_NOTES_LABEL } from './note-sentences';

// Drafts a progress note from a session's record, locally and deterministically: the same
// record always gives the same note, and the note says nothing the record does not. Each format
// places the same facts where its sections expect them:
//
// - SOAP: what the client said (Subjective), what was measured and done (Objective), progress
//   on goals and safety (Assessment), next steps (Plan).
// - DAP: everything recorded (Data), progress and safety (Assessment), next steps (Plan).
// - BIRP: presentation and what the client reported (Behavior), what the clinician did
//   (Intervention), answers, scores and progress (Response), next steps (Plan).
// - GIRP: progress on each goal worked on (Goals), what happened in the session and what the
//   clinician did (Intervention), how the client responded (Response), next steps (Plan).
//
// The clinician's session notes go verbatim under a label in Subjective, Data or Behavior;
// GIRP has none of those, so they sit in Intervention, beside the attendance line. Safety facts
// lead the section that assesses (Assessment, or Response) and the Plan.

/** Lines for each section key; a line is one fact, and sections join their lines with newlines. */
type SectionLines = Readonly<Record<string, readonly (string | null)[]>>;

/** The pieces every format draws on, built once per note. */
interface NoteParts {
  readonly attendance: string;
  readonly mood: string;
  readonly entries: readonly string[];
  readonly answers: readonly string[];
  readonly promptsAsked: string | null;
  readonly milestones: readonly string[];
  readonly measures: readonly string[];
  readonly measuresGiven: string | null;
  readonly gasRatings: readonly string[];
  readonly gasRated: string | null;
  readonly safety: readonly string[];
  readonly tally: string | null;
  readonly goals: readonly string[];
  readonly plan: readonly string[];
  readonly notes: string | null;
  /** Whether anything was recorded in the client's words: entries, answers or session notes. */
  readonly hasClientReport: boolean;
  readonly client: ClientReference;
}

const NO_MEASURES = 'No measures were given in this session.';
const NO_GOALS = 'No progress toward a goal was recorded in this session.';
const NO_INTERVENTIONS = 'No reflection prompts, measures or GAS ratings were recorded.';

/** Drafts a progress note in the given format: section key to text, for the note editor. */
export function composeNote(
  format: NoteFormat,
  record: SessionRecordForNote,
): Readonly<Record<string, string>> {
  const parts = noteParts(record);
  const lines = SECTION_LINES[format](parts);
  const sections: Record<string, string> = {};
  for (const { key } of NOTE_SECTIONS[format]) {
    sections[key] = (lines[key] ?? []).filter((line): line is string => line !== null).join('\n');
  }
  return sections;
}

function noteParts(record: SessionRecordForNote): NoteParts {
  const client = clientReference(record.client);
  const answers = record.promptsAsked.map((prompt) => answerLine(prompt, client));
  const notes = sessionNotesBlock(record.session.notes);
  return {
    attendance: attendanceLine(record, client),
    mood: moodLine(record.moodCheckIns),
    entries: record.progressEntries.map((entry) => entryLine(entry, client)),
    answers,
    promptsAsked: promptsAskedLine(record.promptsAsked),
    milestones: record.milestonesTicked.map(milestoneLine),
    measures: record.measures.length === 0 ? [NO_MEASURES] : record.measures.map(measureLine),
    measuresGiven: measuresGivenLine(record.measures),
    gasRatings: record.gasRatings.map(gasLine),
    gasRated: gasRatedLine(record.gasRatings),
    safety: safetyLines(record),
    tally: sessionTallyLine(record),
    goals:
      record.goalsWorkedOn.length === 0
        ? [NO_GOALS]
        : record.goalsWorkedOn.map((goal) => goalLine(goal, record)),
    plan: planLines(record),
    notes,
    hasClientReport: record.progressEntries.length > 0 || answers.length > 0 || notes !== null,
    client,
  };
}

function clientReportFallback(parts: NoteParts): string | null {
  return parts.hasClientReport
    ? null
    : `Nothing was recorded in ${parts.client.name}’s own words in this session.`;
}

function interventionLines(parts: NoteParts): (string | null)[] {
  const done = [parts.promptsAsked, parts.measuresGiven, parts.gasRated];
  return done.some((line) => line !== null) ? done : [NO_INTERVENTIONS];
}

const SECTION_LINES: Readonly<Record<NoteFormat, (parts: NoteParts) => SectionLines>> = {
  SOAP: (parts) => ({
    subjective: [
      parts.mood,
      ...parts.entries,
      ...parts.answers,
      parts.notes,
      clientReportFallback(parts),
    ],
    objective: [parts.attendance, ...parts.measures, ...parts.milestones, ...parts.gasRatings],
    assessment: [...parts.safety, parts.tally, ...parts.goals],
    plan: parts.plan,
  }),
  DAP: (parts) => ({
    data: [
      parts.attendance,
      parts.mood,
      ...parts.entries,
      ...parts.answers,
      ...parts.measures,
      ...parts.milestones,
      ...parts.gasRatings,
      parts.notes,
    ],
    assessment: [...parts.safety, parts.tally, ...parts.goals],
    plan: parts.plan,
  }),
  BIRP: (parts) => ({
    behavior: [parts.attendance, parts.mood, ...parts.entries, parts.notes],
    intervention: interventionLines(parts),
    response: [
      ...parts.safety,
      ...parts.answers,
      ...parts.measures,
      ...parts.milestones,
      ...parts.gasRatings,
      parts.tally,
      ...parts.goals,
    ],
    plan: parts.plan,
  }),
  GIRP: (parts) => ({
    goals: [parts.tally, ...parts.goals],
    intervention: [parts.attendance, ...interventionLines(parts), parts.notes],
    response: [
      ...parts.safety,
      parts.mood,
      ...parts.entries,
      ...parts.answers,
      ...parts.measures,
      ...parts.milestones,
      ...parts.gasRatings,
    ],
    plan: parts.plan,
  }),
};
