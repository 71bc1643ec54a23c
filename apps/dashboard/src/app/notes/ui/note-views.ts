/** One section of a note as the editor and the reader show it. */
export interface NoteSectionView {
  readonly key: string;
  readonly title: string;
  /** What belongs in it, from the format's definition; null when the format does not say. */
  readonly purpose: string | null;
  readonly text: string;
}

/** One section's text as the clinician changed it. */
export interface NoteSectionChange {
  readonly key: string;
  readonly text: string;
}

/** One field of a note as saved now and as the clinician has it. */
export interface NoteConflictRow {
  readonly label: string;
  readonly saved: string;
  readonly mine: string;
}
