import type { NoteFormat } from '../domain/session';

/** One section of a progress-note format: its key in `SessionNote.sections`, title and purpose. */
export interface NoteSection {
  readonly key: string;
  readonly title: string;
  /** A one-line hint for the note editor. */
  readonly purpose: string;
}

const PLAN: NoteSection = {
  key: 'plan',
  title: 'Plan',
  purpose: 'Next steps: milestones to work on, measures due, the next session, safety follow-up.',
};

const INTERVENTION: NoteSection = {
  key: 'intervention',
  title: 'Intervention',
  purpose: 'What the clinician did: questions asked, measures given, goals reviewed.',
};

const RESPONSE: NoteSection = {
  key: 'response',
  title: 'Response',
  purpose: 'How the client responded: their answers, scores, milestones and progress on goals.',
};

/** The sections of each progress-note format, in the order they are written. */
export const NOTE_SECTIONS: Readonly<Record<NoteFormat, readonly NoteSection[]>> = {
  SOAP: [
    {
      key: 'subjective',
      title: 'Subjective',
      purpose: 'What the client reported, in their own words: mood, wins, setbacks, answers.',
    },
    {
      key: 'objective',
      title: 'Objective',
      purpose: 'What was observed and measured: attendance, scores, milestones, GAS ratings.',
    },
    {
      key: 'assessment',
      title: 'Assessment',
      purpose: 'The clinical picture: progress toward each goal, change, safety.',
    },
    PLAN,
  ],
  DAP: [
    {
      key: 'data',
      title: 'Data',
      purpose: 'What happened and was recorded: what the client said, scores, milestones.',
    },
    {
      key: 'assessment',
      title: 'Assessment',
      purpose: 'The clinical picture: progress toward each goal, change, safety.',
    },
    PLAN,
  ],
  BIRP: [
    {
      key: 'behavior',
      title: 'Behavior',
      purpose: 'How the client presented and what they reported: attendance, mood, wins, setbacks.',
    },
    INTERVENTION,
    RESPONSE,
    PLAN,
  ],
  GIRP: [
    {
      key: 'goals',
      title: 'Goals',
      purpose: 'The goals worked on in this session, in the client’s words, and progress on each.',
    },
    INTERVENTION,
    RESPONSE,
    PLAN,
  ],
};

/** A note as plain text: the heading, then each section's title and text, for export. */
export function noteToPlainText(
  format: NoteFormat,
  sections: Readonly<Record<string, string>>,
  heading: string,
  signing: NoteSigning = {},
): string {
  const parts = [`${heading}\n${'='.repeat(Math.max(3, Array.from(heading).length))}`];
  for (const section of NOTE_SECTIONS[format]) {
    const title = section.title.toUpperCase();
    parts.push(`${title}\n${sectionText(sections, section.key)}`);
  }
  if (signing.signedLine) parts.push(signing.signedLine);
  for (const addendum of signing.addenda ?? []) {
    parts.push(`${addendum.heading.toUpperCase()}\n${addendum.text.trim()}`);
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * What follows a signed note's sections in an export: who signed it and when, and its dated
 * addenda, so that a pasted note carries its corrections with it.
 */
export interface NoteSigning {
  /** "Signed by Maya Lindqvist on 1 December 2026, 11:20". */
  readonly signedLine?: string;
  readonly addenda?: readonly { readonly heading: string; readonly text: string }[];
}

/** A note as Markdown: the heading, then a level-2 heading and the text of each section. */
export function noteToMarkdown(
  format: NoteFormat,
  sections: Readonly<Record<string, string>>,
  heading: string,
  signing: NoteSigning = {},
): string {
  const parts = [`# ${escapeMarkdown(heading)}`];
  for (const section of NOTE_SECTIONS[format]) {
    // Each line of a section is one fact, so each becomes a paragraph of its own; Markdown
    // would otherwise run the lines together.
    const paragraphs = sectionText(sections, section.key)
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map(escapeMarkdown);
    parts.push(`## ${section.title}`, ...paragraphs);
  }
  if (signing.signedLine) parts.push(`*${escapeMarkdown(signing.signedLine)}*`);
  for (const addendum of signing.addenda ?? []) {
    const paragraphs = addendum.text.split('\n').filter((line) => line.trim() !== '');
    parts.push(`## ${escapeMarkdown(addendum.heading)}`, ...paragraphs.map(escapeMarkdown));
  }
  return `${parts.join('\n\n')}\n`;
}

function sectionText(sections: Readonly<Record<string, string>>, key: string): string {
  // An edited note may have lost a section; the export still shows where it belongs.
  return sections[key]?.trim() || '(Nothing written.)';
}

// The client's and clinician's words are exported verbatim, so characters Markdown would read
// as formatting are escaped rather than allowed to bold, link or list them.
function escapeMarkdown(line: string): string {
  return line
    .replace(/[\\`*_[\]<>|~]/g, (character) => `\\${character}`)
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
