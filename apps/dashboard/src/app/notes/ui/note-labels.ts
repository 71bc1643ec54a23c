import {
  NOTE_FORMATS,
  NOTE_SECTIONS,
  type NoteFormat,
  type SessionModality,
} from '@waypoint/shared';

import type { NoteHistoryAction } from '../../__generated__/graphql';
import { formatLocalDateTime } from '../../shared/local-date-time';

/** Each format with the sections it is written in: "DAP: Data, Assessment, Plan". */
export const noteFormatOptions: readonly { readonly format: NoteFormat; readonly label: string }[] =
  NOTE_FORMATS.map((format) => ({ format, label: noteFormatLabel(format) }));

/** A format with its sections' titles. */
export function noteFormatLabel(format: NoteFormat): string {
  return `${format}: ${NOTE_SECTIONS[format].map((section) => section.title).join(', ')}`;
}

/** The purpose hint for one section of a format, or null for a key the format does not know. */
export function sectionPurpose(format: NoteFormat, key: string): string | null {
  return NOTE_SECTIONS[format].find((section) => section.key === key)?.purpose ?? null;
}

/** What happened to a note, as its history says it. */
export const noteHistoryActionLabels: Readonly<Record<NoteHistoryAction, string>> = {
  DRAFTED: 'Drafted',
  EDITED: 'Edited',
  SIGNED: 'Signed',
  ADDENDUM_ADDED: 'Addendum added',
  EXPORTED: 'Exported',
};

/** How the session took place. */
export const sessionModalityLabels: Readonly<Record<SessionModality, string>> = {
  IN_PERSON: 'In person',
  VIDEO: 'Video',
  PHONE: 'Phone',
};

const sessionDayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

/** The local day a session took place: "12 March 2026". */
export function formatSessionDay(isoDateTime: string): string {
  return sessionDayFormat.format(new Date(isoDateTime));
}

/** A moment in this browser's time zone: "14 Mar 2026, 09:30". */
export function formatMoment(isoDateTime: string): string {
  return formatLocalDateTime(isoDateTime);
}
