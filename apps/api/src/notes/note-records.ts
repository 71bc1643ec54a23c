import type { NoteFormat } from '@waypoint/shared';

// The rows behind the notes' GraphQL types, as the resolvers receive them.

/** A progress note as stored: sections by key, in the format's order. */
export interface SessionNoteRecord {
  readonly id: string;
  readonly practiceId: string;
  readonly version: number;
  readonly sessionId: string;
  readonly clientId: string;
  readonly authorId: string;
  readonly format: NoteFormat;
  readonly sections: Readonly<Record<string, string>>;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly signedAt: string | null;
  readonly signedById: string | null;
}

/** A dated correction to a signed note. */
export interface NoteAddendumRecord {
  readonly id: string;
  readonly noteId: string;
  readonly authorId: string;
  readonly text: string;
  readonly createdAt: string;
}

/** A private psychotherapy note: its author's alone. */
export interface PrivateNoteRecord {
  readonly id: string;
  readonly practiceId: string;
  readonly version: number;
  readonly sessionId: string;
  readonly authorId: string;
  readonly text: string;
  readonly updatedAt: string;
}

/** One entry of a note's history, as the audit trail recorded it. */
export interface NoteHistoryRecord {
  readonly noteId: string;
  readonly action: 'DRAFTED' | 'EDITED' | 'SIGNED' | 'ADDENDUM_ADDED' | 'EXPORTED';
  readonly at: Date;
  readonly actorId: string | null;
}
