import { computed, inject, Injectable, signal } from '@angular/core';

import { Autosave, autosaveStatusText } from '../data-access/autosave';
import { NoteChanges } from '../data-access/note-changes';
import type { PrivateNoteRecord } from '../data-access/note-documents';
import { NoteReader } from '../data-access/note-reader';
import type { NoteConflictRow } from '../ui/note-views';
import { NOTE_SAVE_DELAY_MS } from './note-draft';

/**
 * The clinician's private note for the session being noted, autosaved like the draft; the
 * first save creates it. Provide it on the note page.
 */
@Injectable()
export class PrivateNoteDraft {
  private readonly changes = inject(NoteChanges);
  private readonly reader = inject(NoteReader);
  private sessionId: string | null = null;

  private readonly typed = signal('');
  private readonly overtaking = signal<PrivateNoteRecord | null>(null);

  /** The clinician's text. */
  readonly text = this.typed.asReadonly();

  readonly autosave = new Autosave<string>({
    delayMs: inject(NOTE_SAVE_DELAY_MS),
    save: async (text, version) => {
      if (this.sessionId === null) throw new Error('No session is being noted');
      return (await this.changes.savePrivate(this.sessionId, text, version)).version;
    },
    conflicted: () => void this.readOvertaking(),
  });

  /** "Saved", "Saving…", with the reason when a save failed. */
  readonly statusText = computed(() => {
    const status = this.autosave.status();
    return this.autosave.problem() === null
      ? autosaveStatusText(status)
      : `${autosaveStatusText(status)}: ${this.autosave.problem()}`;
  });

  /** Whether a newer version was saved elsewhere (another tab) and the clinician has to choose. */
  readonly isConflicted = computed(() => this.autosave.status() === 'CONFLICT');

  /** The saved text beside the clinician's, once read. */
  readonly conflictRows = computed<readonly NoteConflictRow[]>(() => {
    const saved = this.overtaking();
    if (!saved || !this.isConflicted()) return [];
    return [{ label: 'Private note', saved: saved.text, mine: this.typed() }];
  });

  /** Starts editing the private note of a session (null: none written yet). */
  load(sessionId: string, saved: PrivateNoteRecord | null): void {
    this.sessionId = sessionId;
    this.typed.set(saved?.text ?? '');
    this.overtaking.set(null);
    this.autosave.reset(saved?.version ?? null);
  }

  /** Keeps what was typed and saves it after a pause. */
  type(text: string): void {
    this.typed.set(text);
    this.autosave.change(text);
  }

  /** Saves the clinician's text over the version saved elsewhere. */
  async keepMine(): Promise<void> {
    const saved = this.overtaking();
    if (!saved) return;
    this.overtaking.set(null);
    await this.autosave.keepMine(saved.version);
  }

  /** Takes the saved text in place of the clinician's. */
  takeSaved(): void {
    const saved = this.overtaking();
    if (!saved) return;
    this.overtaking.set(null);
    this.typed.set(saved.text);
    this.autosave.takeSaved(saved.version);
  }

  private async readOvertaking(): Promise<void> {
    try {
      const answer = await this.reader.fetchSaved();
      this.overtaking.set(answer.sessionNote?.session.privateNote ?? null);
    } catch {
      // The panel keeps saying it is reading the saved version.
    }
  }
}
