import { inject, Injectable, signal, type WritableSignal } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import type { NoteFormat } from '@waypoint/shared';

import { readApiProblem, unreachableMessage } from '../../shared/api-problem';
import { confirm } from '../../shared/confirm-dialog';
import { NoteChanges } from '../data-access/note-changes';
import type { SessionNoteRecord } from '../data-access/note-documents';
import { noteFormatLabel } from '../ui/note-labels';
import { NoteDraft } from './note-draft';

/** What the note page is busy with; null when idle. */
export type NoteBusyWith = 'FORMAT' | 'SIGN' | 'ADDENDUM' | 'DEFAULT' | null;

/**
 * The note page's actions beyond typing: drafting again in another format, the default
 * format, signing and addenda. Each confirms where it cannot be undone, and says what
 * happened or what went wrong. Provide it on the note page.
 */
@Injectable()
export class NoteActions {
  private readonly changes = inject(NoteChanges);
  private readonly dialog = inject(MatDialog);
  private readonly draft = inject(NoteDraft);

  /** What the page is doing now. */
  readonly busy = signal<NoteBusyWith>(null);
  /** What happened, for a polite live region. */
  readonly status = signal('');
  /** What went wrong outside a field, for an alert region. */
  readonly pageProblem = signal<string | null>(null);
  /** Why the note was not signed, shown beside the Sign button. */
  readonly signProblem = signal<string | null>(null);
  /** Why the latest addendum did not go through. */
  readonly addendumProblem = signal<string | null>(null);

  /** Asks, then drafts the note again in another format; resolves with whether it did. */
  async changeFormat(note: SessionNoteRecord, format: NoteFormat): Promise<boolean> {
    const isConfirmed = await confirm(this.dialog, {
      title: `Draft again in ${format}?`,
      message: `Your edits to this draft are replaced by a new draft from the session's record, in ${noteFormatLabel(format)}.`,
      confirmLabel: `Draft again in ${format}`,
      cancelLabel: `Keep the ${note.format} draft`,
    });
    if (!isConfirmed) return false;
    return this.run(
      'FORMAT',
      this.pageProblem,
      'The note could not be drafted again.',
      async () => {
        // What is waiting would be replaced anyway; the change goes over the latest version.
        this.draft.autosave.reset(this.draft.version());
        await this.draft.autosave.flush();
        const drafted = await this.changes.changeFormat(
          note.id,
          this.draft.version() ?? note.version,
          format,
        );
        this.draft.load(drafted);
        this.status.set(`Drafted again in ${drafted.format}.`);
      },
    );
  }

  /** Makes a format the one the clinician's notes are drafted in. */
  async makeDefault(format: NoteFormat): Promise<boolean> {
    return this.run(
      'DEFAULT',
      this.pageProblem,
      'The default format could not be changed.',
      async () => {
        await this.changes.setDefaultFormat(format);
        this.status.set(`${format} is your default: new notes are drafted in it.`);
      },
    );
  }

  /** Asks, saves what is waiting, then signs; resolves with whether the note is signed. */
  async sign(note: SessionNoteRecord): Promise<boolean> {
    if (this.busy() !== null) return false;
    const isConfirmed = await confirm(this.dialog, {
      title: 'Sign this note?',
      message: 'Signing locks the note; corrections become dated addenda.',
      confirmLabel: 'Sign note',
      cancelLabel: 'Keep editing',
    });
    if (!isConfirmed) return false;
    return this.run('SIGN', this.signProblem, 'The note could not be signed.', async () => {
      await this.draft.autosave.flush();
      if (this.draft.autosave.status() !== 'SAVED') {
        throw new NotSigned(
          'The latest changes are not saved yet, so the note was not signed. Resolve what the page shows, then sign.',
        );
      }
      const signed = await this.changes.sign(note.id, this.draft.version() ?? note.version);
      this.draft.load(signed);
      this.status.set('Signed. Corrections from now on are dated addenda.');
    });
  }

  /** Adds a dated correction to a signed note; resolves with whether it was added. */
  async addAddendum(noteId: string, text: string): Promise<boolean> {
    this.addendumProblem.set(null);
    this.busy.set('ADDENDUM');
    try {
      await this.changes.addAddendum(noteId, text);
      this.status.set('Addendum added.');
      return true;
    } catch (error) {
      this.addendumProblem.set(describe(error, 'The addendum could not be added.'));
      return false;
    } finally {
      this.busy.set(null);
    }
  }

  private async run(
    busyWith: Exclude<NoteBusyWith, null>,
    problem: WritableSignal<string | null>,
    fallback: string,
    action: () => Promise<void>,
  ): Promise<boolean> {
    this.busy.set(busyWith);
    this.pageProblem.set(null);
    this.signProblem.set(null);
    try {
      await action();
      return true;
    } catch (error) {
      if (error instanceof NotSigned) {
        problem.set(error.message);
      } else if (readApiProblem(error).code === 'CONFLICT') {
        problem.set(
          'A newer version was saved elsewhere, so nothing was changed. The page now shows it: check it, then try again.',
        );
        await this.draft.reloadSaved();
      } else {
        problem.set(describe(error, fallback));
      }
      return false;
    } finally {
      this.busy.set(null);
    }
  }
}

/** A sign that stopped before asking the server, with the reason. */
class NotSigned extends Error {}

/** A failure in the clinician's words: the server's (an empty note's refusal), or a fallback. */
function describe(error: unknown, fallback: string): string {
  const problem = readApiProblem(error);
  if (problem.isUnreachable) return unreachableMessage;
  return problem.message ?? fallback;
}
