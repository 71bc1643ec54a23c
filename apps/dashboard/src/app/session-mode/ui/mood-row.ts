import { ChangeDetectionStrategy, Component, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import type { MoodValue } from './session-views';

const ratings = Array.from({ length: 11 }, (_rating, index) => index);

/** The quick mood check-in inline: a rating from 0 to 10, a word if the client wants one. */
@Component({
  selector: 'wp-mood-row',
  imports: [
    FormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  template: `
    <fieldset class="mood">
      <legend>Mood check-in <span class="quiet">(0 low, 10 good)</span></legend>
      <mat-button-toggle-group
        class="ratings"
        aria-label="Mood from 0 to 10"
        hideSingleSelectionIndicator
        [ngModel]="rating()"
        (ngModelChange)="rating.set($event)"
        data-mood-ratings
      >
        @for (value of ratings; track value) {
          <mat-button-toggle [value]="value">{{ value }}</mat-button-toggle>
        }
      </mat-button-toggle-group>
      <div class="word-row">
        <mat-form-field class="word" subscriptSizing="dynamic">
          <mat-label>One word (optional)</mat-label>
          <input matInput maxlength="40" [ngModel]="word()" (ngModelChange)="word.set($event)" />
        </mat-form-field>
        <button mat-stroked-button type="button" [disabled]="rating() === null" (click)="record()">
          Record mood <kbd aria-hidden="true">M</kbd>
        </button>
      </div>
    </fieldset>
  `,
  styles: `
    .mood {
      margin: 0;
      padding: 0;
      border: none;
    }
    legend {
      margin-bottom: 4px;
      font: var(--mat-sys-title-small);
    }
    .quiet {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .ratings {
      display: flex;
      flex-wrap: wrap;
    }
    .ratings mat-button-toggle {
      flex: 1 1 0;
      min-width: 0;
      --mat-button-toggle-height: 40px;
    }
    .ratings ::ng-deep .mat-button-toggle-label-content {
      padding: 0 2px;
    }
    .word-row {
      display: flex;
      align-items: center;
      gap: 8px;
      margin-top: 8px;
    }
    .word {
      flex: 1;
    }
    kbd {
      margin-left: 4px;
      font: var(--mat-sys-label-small);
      opacity: 0.8;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MoodRow {
  /** Emitted with the rating and word; the row clears for the next check-in. */
  readonly recorded = output<MoodValue>();

  protected readonly ratings = ratings;
  protected readonly rating = signal<number | null>(null);
  protected readonly word = signal('');

  /** Records the chosen rating; nothing happens until one is chosen. */
  record(): boolean {
    const rating = this.rating();
    if (rating === null) return false;
    const word = this.word().trim();
    this.recorded.emit({ rating, word: word.length > 0 ? word : null });
    this.rating.set(null);
    this.word.set('');
    return true;
  }
}
