import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import type { NoteHistoryAction } from '../../__generated__/graphql';
import { formatMoment, noteHistoryActionLabels } from './note-labels';

/** One entry of a note's history. */
export interface NoteHistoryView {
  readonly action: NoteHistoryAction;
  readonly at: string;
  /** Who did it; null when the trail does not say (an account since removed). */
  readonly actorName: string | null;
  /** How many entries in a row this one stands for (autosaves make many edits). */
  readonly count: number;
}

/**
 * Runs of edits by one person become one entry, counted and dated at the latest: every
 * autosave is an edit on the trail, and a dozen lines of "Edited" hide what matters.
 */
export function collapseEdits(entries: readonly NoteHistoryView[]): NoteHistoryView[] {
  const collapsed: NoteHistoryView[] = [];
  for (const entry of entries) {
    const previous = collapsed.at(-1);
    if (
      previous &&
      entry.action === 'EDITED' &&
      previous.action === 'EDITED' &&
      previous.actorName === entry.actorName
    ) {
      collapsed[collapsed.length - 1] = { ...entry, count: previous.count + entry.count };
    } else {
      collapsed.push(entry);
    }
  }
  return collapsed;
}

/** What happened to a note, oldest first: drafted, edited, signed, addenda, exports. */
@Component({
  selector: 'wp-note-history',
  template: `
    @if (entries().length === 0) {
      <p class="quiet">Nothing recorded yet.</p>
    } @else {
      <ol class="history">
        @for (entry of entries(); track $index) {
          <li class="entry" data-history-entry>
            <span class="action"
              >{{ labels[entry.action]
              }}{{ entry.count > 1 ? ' ' + entry.count + ' times' : '' }}</span
            >
            <span class="who">{{ entry.actorName ?? 'Someone no longer in the practice' }}</span>
            <time class="when" [attr.datetime]="entry.at">{{ moment(entry.at) }}</time>
          </li>
        }
      </ol>
    }
  `,
  styles: `
    .history {
      margin: 0;
      padding: 0;
      list-style: none;
      font: var(--mat-sys-body-medium);
    }
    .entry {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr);
      column-gap: 8px;
      padding: 6px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .action {
      font: var(--mat-sys-label-large);
    }
    .who {
      text-align: end;
    }
    .when {
      grid-column: 1 / -1;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .quiet {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoteHistory {
  /** The entries, oldest first. */
  readonly entries = input.required<readonly NoteHistoryView[]>();

  protected readonly labels = noteHistoryActionLabels;

  protected moment(isoDateTime: string): string {
    return formatMoment(isoDateTime);
  }
}
