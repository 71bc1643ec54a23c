import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import type { QuickLogValue } from './session-views';

/** A win or a setback in the client's words, logged in one step. */
@Component({
  selector: 'wp-quick-log',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <mat-form-field class="words" subscriptSizing="dynamic">
      <mat-label>In the client's words</mat-label>
      <textarea
        #words
        matInput
        rows="2"
        [maxLength]="limit()"
        [ngModel]="text()"
        (ngModelChange)="text.set($event)"
        (keydown.control.enter)="log(kind())"
        (keydown.meta.enter)="log(kind())"
        data-quick-log-words
      ></textarea>
      @if (problem()) {
        <mat-hint class="problem">{{ problem() }}</mat-hint>
      } @else {
        <mat-hint
          >Ctrl + Enter logs it as a {{ kind() === 'WIN' ? 'small win' : 'setback' }}</mat-hint
        >
      }
    </mat-form-field>
    <div class="buttons">
      <button mat-flat-button type="button" (click)="log('WIN')">
        Log small win <kbd aria-hidden="true">W</kbd>
      </button>
      <button mat-stroked-button type="button" (click)="log('SETBACK')">
        Log setback <kbd aria-hidden="true">S</kbd>
      </button>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .words {
      width: 100%;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 4px;
    }
    kbd {
      margin-left: 4px;
      font: var(--mat-sys-label-small);
      opacity: 0.8;
    }
    .problem {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuickLog {
  /** The longest entry the API takes. */
  readonly limit = input.required<number>();
  /** Emitted with the words and the kind; the field empties for the next one. */
  readonly logged = output<QuickLogValue>();

  protected readonly text = signal('');
  /** What Ctrl + Enter logs: the kind the field was last opened for. */
  protected readonly kind = signal<QuickLogValue['kind']>('WIN');
  protected readonly problem = signal<string | null>(null);
  private readonly words = viewChild.required<ElementRef<HTMLTextAreaElement>>('words');

  /** Puts the cursor in the words field, ready to type a win or a setback. */
  focus(kind: QuickLogValue['kind'] = this.kind()): void {
    this.kind.set(kind);
    this.words().nativeElement.focus();
  }

  /** Logs what is typed as a win or a setback; asks for words when there are none. */
  log(kind: QuickLogValue['kind']): void {
    const clientWords = this.text().trim();
    if (clientWords.length === 0) {
      this.problem.set(
        `Type what the client said, then log it as a ${kind === 'WIN' ? 'small win' : 'setback'}.`,
      );
      this.focus(kind);
      return;
    }
    this.problem.set(null);
    this.logged.emit({ kind, clientWords });
    this.text.set('');
  }
}
