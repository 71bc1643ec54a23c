import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';

import { readApiProblem } from '../../shared/api-problem';
import type { ClientRecord } from '../data-access/client-documents';
import { ClientRecordReader } from '../data-access/client-record-reader';
import {
  ConflictDialog,
  type ConflictChoice,
  type ConflictComparison,
} from '../ui/conflict-dialog';

/** How a save over a version ended. */
export type SaveOutcome = 'saved' | 'kept-saved' | 'removed-meanwhile';

/** One save over the version an edit was read at, and how to compare when it was overtaken. */
export interface VersionedSave<Saved extends { readonly version: number }> {
  /** The version the edit was read at. */
  readonly version: number;
  /** Sends the edit, naming the version it is made over. */
  readonly save: (version: number) => Promise<void>;
  /** Finds the record in the client's record as saved now; undefined when it is gone. */
  readonly find: (record: ClientRecord) => Saved | undefined;
  /** The saved record beside the clinician's version. */
  readonly compare: (saved: Saved) => ConflictComparison;
}

/**
 * Saves edits over the version they were read at. When the server answers CONFLICT, the record
 * is read again and both versions are shown side by side; the edit is sent again, over the new
 * version, only when the clinician chooses to. Nothing is silently overwritten.
 */
@Injectable()
export class ConflictResolution {
  private readonly dialog = inject(MatDialog);
  private readonly reader = inject(ClientRecordReader);

  /** Saves, asking the clinician whenever someone else saved first. Rethrows other failures. */
  async save<Saved extends { readonly version: number }>(
    attempt: VersionedSave<Saved>,
  ): Promise<SaveOutcome> {
    let version = attempt.version;
    for (;;) {
      try {
        await attempt.save(version);
        return 'saved';
      } catch (error) {
        if (readApiProblem(error).code !== 'CONFLICT') throw error;
      }
      const saved = attempt.find(await this.reader.fetchSaved());
      if (saved === undefined) return 'removed-meanwhile';
      const choice = await this.ask(attempt.compare(saved));
      if (choice !== 'save-mine') return 'kept-saved';
      version = saved.version;
    }
  }

  private async ask(comparison: ConflictComparison): Promise<ConflictChoice> {
    const dialogRef = this.dialog.open<ConflictDialog, ConflictComparison, ConflictChoice>(
      ConflictDialog,
      {
        id: 'conflict-dialog',
        data: comparison,
        role: 'alertdialog',
        ariaDescribedBy: 'conflict-dialog-description',
        // A choice is needed: Escape or a click outside must not decide for the clinician.
        disableClose: true,
        width: '720px',
        maxWidth: 'calc(100vw - 32px)',
      },
    );
    return (await firstValueFrom(dialogRef.afterClosed())) ?? 'keep-saved';
  }
}
