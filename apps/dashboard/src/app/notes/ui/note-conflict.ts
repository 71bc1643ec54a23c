import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import type { NoteConflictRow } from './note-views';

/**
 * A newer version saved elsewhere, side by side with the clinician's typing, and the two ways
 * on. It sits in the page, not in a dialog: the clinician can keep typing while deciding.
 */
@Component({
  selector: 'wp-note-conflict',
  imports: [MatButtonModule],
  template: `
    <section class="conflict" role="alert" aria-labelledby="note-conflict-title">
      <h2 class="title" id="note-conflict-title">{{ heading() }}</h2>
      @if (canKeepMine()) {
        <p class="explanation">
          Someone (perhaps you, in another tab) saved a newer version while you were typing. Your
          typing is kept here and nothing has been overwritten: choose which version to keep.
        </p>
      } @else {
        <p class="explanation">
          Your typing can't be saved over it. It is kept below: copy what you need (into an
          addendum, once signed), then take the saved version.
        </p>
      }
      @if (rows().length === 0) {
        <p class="explanation">Reading the saved version…</p>
      } @else {
        <div class="table-scroller">
          <table class="comparison">
            <caption class="visually-hidden">
              The saved version beside yours
            </caption>
            <thead>
              <tr>
                <th scope="col"><span class="visually-hidden">Section</span></th>
                <th scope="col">Saved now</th>
                <th scope="col">Yours</th>
              </tr>
            </thead>
            <tbody>
              @for (row of rows(); track row.label) {
                <tr [class.is-different]="row.saved !== row.mine">
                  <th scope="row">
                    {{ row.label }}
                    @if (row.saved !== row.mine) {
                      <span class="different">Different</span>
                    }
                  </th>
                  <td data-conflict-saved>{{ row.saved || '—' }}</td>
                  <td data-conflict-mine>{{ row.mine || '—' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
      <div class="actions">
        @if (canKeepMine()) {
          <button
            mat-flat-button
            type="button"
            [disabled]="rows().length === 0"
            [disabledInteractive]="true"
            (click)="keepMine.emit()"
          >
            Keep mine (save over it)
          </button>
        }
        <button
          mat-stroked-button
          type="button"
          [disabled]="rows().length === 0"
          [disabledInteractive]="true"
          (click)="takeSaved.emit()"
        >
          Take the saved version
        </button>
      </div>
    </section>
  `,
  styles: `
    .conflict {
      padding: 16px;
      border: 1px solid var(--mat-sys-tertiary);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .title {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .explanation {
      margin: 0 0 12px;
    }
    .table-scroller {
      overflow-x: auto;
    }
    .comparison {
      width: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
    }
    th,
    td {
      padding: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
      vertical-align: top;
      white-space: pre-line;
    }
    thead th {
      font: var(--mat-sys-title-small);
    }
    tbody th {
      font: var(--mat-sys-label-large);
      white-space: normal;
    }
    .is-different td {
      background: var(--mat-sys-surface-container-high);
    }
    .different {
      display: block;
      color: var(--mat-sys-tertiary);
      font: var(--mat-sys-label-small);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoteConflict {
  /** What was overtaken: "This note was saved elsewhere". */
  readonly heading = input.required<string>();

  /** Each field as saved now beside the clinician's; empty while the saved one is read. */
  readonly rows = input.required<readonly NoteConflictRow[]>();

  /** Whether the clinician's version can be saved over the saved one. */
  readonly canKeepMine = input(true);

  /** Emitted when the clinician saves their version over the saved one. */
  readonly keepMine = output<void>();

  /** Emitted when the clinician takes the saved version instead of theirs. */
  readonly takeSaved = output<void>();
}
