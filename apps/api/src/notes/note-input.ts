import { NOTE_SECTIONS, type NoteFormat } from '@waypoint/shared';
import type { NoteSectionInput } from '../__generated__/resolvers-types';
import { apiError } from '../graphql/errors';

// The checks on what a clinician writes in a note. Each throws BAD_USER_INPUT naming the field,
// before anything is written.

/** The longest text each part of a note takes; the database's CHECKs hold the same numbers. */
export const NOTE_TEXT_LIMITS = {
  /** One section of a progress note. */
  noteSection: 20_000,
  /** One addendum (note_addendum.text). */
  noteAddendum: 4_000,
  /** A private note (private_note.text). */
  privateNote: 20_000,
} as const;

/**
 * A draft's sections by key, in the format's order: exactly the format's keys, each once, each
 * within its limit. The text is kept as written, line breaks and all.
 */
export function checkedSections(
  format: NoteFormat,
  sections: readonly NoteSectionInput[],
): Record<string, string> {
  const keys = NOTE_SECTIONS[format].map((section) => section.key);
  const given = new Map<string, string>();
  for (const section of sections) {
    if (!keys.includes(section.key) || given.has(section.key)) throw wrongSections(format, keys);
    given.set(section.key, section.text);
  }
  if (given.size !== keys.length) throw wrongSections(format, keys);
  const checked: Record<string, string> = {};
  for (const key of keys) {
    const text = given.get(key) ?? '';
    if (text.length > NOTE_TEXT_LIMITS.noteSection) {
      throw apiError(
        'BAD_USER_INPUT',
        `Each section can be at most ${NOTE_TEXT_LIMITS.noteSection} characters`,
        'sections',
      );
    }
    checked[key] = text;
  }
  return checked;
}

function wrongSections(format: NoteFormat, keys: readonly string[]): Error {
  return apiError(
    'BAD_USER_INPUT',
    `A ${format} note has exactly the sections ${keys.join(', ')}`,
    'sections',
  );
}

/** Whether every section of a note is blank: such a note cannot be signed. */
export function isEmptyNote(sections: Readonly<Record<string, string>>): boolean {
  return Object.values(sections).every((text) => text.trim() === '');
}

/** Trimmed text within a limit; empty only when `isRequired` is false. */
export function checkedNoteText(
  value: string,
  field: string,
  limit: keyof typeof NOTE_TEXT_LIMITS,
  label: string,
  isRequired: boolean,
): string {
  const text = value.trim();
  if (isRequired && text.length === 0) {
    throw apiError('BAD_USER_INPUT', `${label} cannot be empty`, field);
  }
  const maximum = NOTE_TEXT_LIMITS[limit];
  if (text.length > maximum) {
    throw apiError('BAD_USER_INPUT', `${label} can be at most ${maximum} characters`, field);
  }
  return text;
}
