import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { NoteFormat } from '@waypoint/shared';

import { formatSessionDay } from './note-labels';
import { NoteStatusChip } from './note-status-chip';

/** One note of a client's list. */
export interface NoteListItem {
  readonly id: string;
  readonly format: NoteFormat;
  readonly sessionStartedAt: string;
  readonly signedAt: string | null;
  readonly signedByName: string | null;
}

/** A client's progress notes, latest session first, each linking to its page. */
@Component({
  selector: 'wp-note-list',
  imports: [RouterLink, NoteStatusChip],
  template: `
    <ul class="notes">
      @for (note of notes(); track note.id) {
        <li class="note" [attr.data-note]="note.id">
          <a class="link" [routerLink]="['/clients', clientId(), 'notes', note.id]"
            >Session on {{ day(note.sessionStartedAt) }}</a
          >
          <span class="format">{{ note.format }}</span>
          <wp-note-status-chip [signedAt]="note.signedAt" [signedBy]="note.signedByName" />
        </li>
      }
    </ul>
  `,
  styles: `
    .notes {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .note {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 16px;
      min-height: 48px;
      padding: 4px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .link {
      min-width: 14em;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-title-small);
    }
    .format {
      min-width: 4em;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoteList {
  /** The client the notes belong to. */
  readonly clientId = input.required<string>();

  /** The notes, latest session first. */
  readonly notes = input.required<readonly NoteListItem[]>();

  protected day(isoDateTime: string): string {
    return formatSessionDay(isoDateTime);
  }
}
