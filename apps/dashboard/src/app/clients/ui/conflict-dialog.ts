import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';

/** One field of a record, as saved now and as the clinician has it. */
export interface ConflictRow {
  readonly label: string;
  readonly saved: string;
  readonly mine: string;
}

/** Two versions of one record, side by side, and the words for the two ways out. */
export interface ConflictComparison {
  /** "This goal was changed while you were editing it". */
  readonly title: string;
  readonly rows: readonly ConflictRow[];
  /** What "yours" is: "Your edit", "Your removal". */
  readonly mineHeading?: string;
  /** The button that keeps what is saved now. */
  readonly keepSavedLabel?: string;
  /** The button that saves the clinician's version over it. */
  readonly saveMineLabel?: string;
}

/** The clinician's choice when someone else saved first. */
export type ConflictChoice = 'keep-saved' | 'save-mine';

/**
 * Shows a record as someone else saved it beside the clinician's own version, and lets them
 * keep the saved one or save theirs over it. Nothing is overwritten without this choice.
 */
@Component({
  selector: 'wp-conflict-dialog',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p id="conflict-dialog-description" class="explanation">
        Someone saved a newer version while you were working. Nothing has been overwritten: choose
        which version to keep.
      </p>
      <div class="table-scroller">
        <table class="comparison">
          <caption class="visually-hidden">
            The saved version beside yours
          </caption>
          <thead>
            <tr>
              <th scope="col"><span class="visually-hidden">Field</span></th>
              <th scope="col">Saved now</th>
              <th scope="col">{{ data.mineHeading ?? 'Yours' }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of data.rows; track row.label) {
              <tr [class.is-different]="row.saved !== row.mine">
                <th scope="row">
                  {{ row.label }}
                  @if (row.saved !== row.mine) {
                    <span class="different">Different</span>
                  }
                </th>
                <td>{{ row.saved || '—' }}</td>
                <td>{{ row.mine || '—' }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="'keep-saved'" cdkFocusInitial>
        {{ data.keepSavedLabel ?? 'Keep the saved version' }}
      </button>
      <button mat-flat-button type="button" [mat-dialog-close]="'save-mine'">
        {{ data.saveMineLabel ?? 'Save mine over it' }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .explanation {
      margin: 0 0 16px;
    }
    .table-scroller {
      overflow-x: auto;
    }
    .comparison {
      width: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
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
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConflictDialog {
  protected readonly data = inject<ConflictComparison>(MAT_DIALOG_DATA);
}
