import { computed, inject, Injectable, InjectionToken, signal } from '@angular/core';

import { Autosave } from '../data-access/autosave';
import { NoteChanges } from '../data-access/note-changes';
import type { SessionNoteRecord } from '../data-access/note-documents';
import { NoteReader } from '../data-access/note-reader';
import type { NoteConflictRow } from '../ui/note-views';

/** How long typing pauses before a draft or a private note is saved (1.5 s unless provided). */
export const NOTE_SAVE_DELAY_MS = new InjectionToken<number>('NOTE_SAVE_DELAY_MS', {
  factory: () => 1_500,
});

/** A note as saved elsewhere while the clinician typed. */
interface OvertakingNote {
  readonly version: number;
  readonly format: SessionNoteRecord['format'];
  readonly isSigned: boolean;
  readonly sections: SessionNoteRecord['sections'];
}

/** Each section's text by key. */
export type SectionTexts = Readonly<Record<string, string>>;

/** A note's sections as text by key. */
export function sectionTexts(note: Pick<SessionNoteRecord, 'sections'>): SectionTexts {
  return Object.fromEntries(note.sections.map((section) => [section.key, section.text]));
}

/**
 * The draft being edited on the note page: the clinician's text, kept apart from the cache
 * so a save's answer never overwrites what was typed since, and autosaved over its version.
 * Provide it on the note page.
 */
@Injectable()
export class NoteDraft {
  private readonly changes = inject(NoteChanges);
  private readonly reader = inject(NoteReader);
  private readonly note = signal<SessionNoteRecord | null>(null);

  private readonly texts = signal<SectionTexts>({});
  private readonly overtaking = signal<OvertakingNote | null>(null);

  /** The clinician's text of each section. */
  readonly sections = this.texts.asReadonly();

  readonly autosave = new Autosave<SectionTexts>({
    delayMs: inject(NOTE_SAVE_DELAY_MS),
    save: async (texts, version) => {
      const note = this.note();
      if (!note || version === null) throw new Error('No draft is being edited');
      const saved = await this.changes.save(
        note.id,
        version,
        note.sections.map((section) => ({ key: section.key, text: texts[section.key] ?? '' })),
      );
      return saved.version;
    },
    conflicted: () => void this.readOvertaking(),
  });

  /** Whether a newer version was saved elsewhere and the clinician has to choose. */
  readonly isConflicted = computed(() => this.autosave.status() === 'CONFLICT');

  /** The saved version beside the clinician's, once it has been read. */
  readonly conflictRows = computed<readonly NoteConflictRow[]>(() => {
    const saved = this.overtaking();
    if (!saved || !this.isConflicted()) return [];
    const mine = this.texts();
    return saved.sections.map((section) => ({
      label: section.title,
      saved: section.text,
      mine: mine[section.key] ?? '',
    }));
  });

  /** Whether the clinician's version can still be saved over the newer one. */
  readonly canKeepMine = computed(() => {
    const saved = this.overtaking();
    return saved !== null && !saved.isSigned && saved.format === this.note()?.format;
  });

  /** Why the clinician's version cannot be saved over it, or null. */
  readonly overtakenBecause = computed(() => {
    const saved = this.overtaking();
    if (saved?.isSigned) return 'This note was signed while you were typing';
    if (saved && saved.format !== this.note()?.format) {
      return `This note was drafted again in ${saved.format} while you were typing`;
    }
    return 'This note was saved elsewhere while you were typing';
  });

  /** Starts editing a note as saved, forgetting any earlier draft. */
  load(note: SessionNoteRecord): void {
    this.note.set(note);
    this.texts.set(sectionTexts(note));
    this.overtaking.set(null);
    this.autosave.reset(note.version);
  }

  /** Keeps what was typed in a section and saves it after a pause. */
  type(key: string, text: string): void {
    this.texts.update((texts) => ({ ...texts, [key]: text }));
    this.autosave.change(this.texts());
  }

  /** The version the draft is saved at now. */
  version(): number | null {
    return this.autosave.version();
  }

  /** Saves the clinician's text over the version saved elsewhere. */
  async keepMine(): Promise<void> {
    const saved = this.overtaking();
    if (!saved || !this.canKeepMine()) return;
    this.overtaking.set(null);
    await this.autosave.keepMine(saved.version);
  }

  /** Takes the version saved elsewhere in place of the clinician's text. */
  takeSaved(): void {
    const saved = this.overtaking();
    if (!saved) return;
    this.overtaking.set(null);
    this.texts.set(sectionTexts(saved));
    this.autosave.takeSaved(saved.version);
  }

  /** Reads the note as saved now and edits that, unless typing is waiting to be saved. */
  async reloadSaved(): Promise<void> {
    try {
      const saved = (await this.reader.fetchSaved()).sessionNote;
      if (saved && !this.autosave.hasUnsaved()) this.load(saved);
    } catch {
      // The draft stays as it is; the next save meets the conflict and asks.
    }
  }

  private async readOvertaking(): Promise<void> {
    try {
      const answer = await this.reader.fetchSaved();
      const saved = answer.sessionNote;
      if (!saved) return;
      this.overtaking.set({
        version: saved.version,
        format: saved.format,
        isSigned: saved.status === 'SIGNED',
        sections: saved.sections,
      });
    } catch {
      // The rows stay empty and the panel says it is reading; "Try again" reloads the page.
    }
  }
}
