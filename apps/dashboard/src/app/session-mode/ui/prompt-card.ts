import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  input,
  output,
  signal,
  viewChildren,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import type { AskedPromptView, PromptSuggestionView } from './session-views';

/** How many prompts the card shows at once. */
export const PROMPTS_SHOWN = 3;

/** A prompt's answer in the client's words. */
export interface PromptAnswer {
  readonly prompt: PromptSuggestionView | AskedPromptView;
  readonly answer: string;
}

/**
 * The three prompts most relevant now, each with why it was chosen. Shuffle shows the next
 * three; a prompt marked asked moves to "Asked", where the client's answer can be written.
 */
@Component({
  selector: 'wp-prompt-card',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <div class="card-heading">
      <h2 class="column-title">Prompts</h2>
      <button
        mat-button
        type="button"
        [disabled]="suggestions().length <= shown"
        (click)="shuffle()"
      >
        Shuffle <kbd aria-hidden="true">P</kbd>
      </button>
    </div>
    <ul class="prompts" aria-label="Prompts for this session">
      @for (prompt of visible(); track prompt.promptId) {
        <li class="prompt">
          <p class="prompt-text">{{ prompt.text }}</p>
          <p class="reason">{{ prompt.reason }}</p>
          <button mat-stroked-button type="button" (click)="asked.emit(prompt)">Mark asked</button>
        </li>
      } @empty {
        <li class="quiet">Every prompt for now has been asked.</li>
      }
    </ul>
    @if (askedPrompts().length > 0) {
      <h3 class="asked-title">Asked</h3>
      <ul class="prompts" aria-label="Prompts asked">
        @for (prompt of askedPrompts(); track prompt.promptId; let index = $index) {
          <li class="prompt">
            <p class="prompt-text">{{ prompt.text }}</p>
            @if (prompt.answer) {
              <p class="answer">“{{ prompt.answer }}”</p>
            } @else {
              <mat-form-field class="answer-field" subscriptSizing="dynamic">
                <mat-label>Their answer, in their words</mat-label>
                <textarea
                  #answerField
                  matInput
                  rows="2"
                  [maxLength]="answerLimit()"
                  [ngModel]="drafts()[prompt.promptId] ?? ''"
                  (ngModelChange)="draft(prompt.promptId, $event)"
                  (keydown.control.enter)="save(prompt)"
                  (keydown.meta.enter)="save(prompt)"
                ></textarea>
              </mat-form-field>
              <button mat-button type="button" (click)="save(prompt)">Save answer</button>
            }
            @if (prompt.isWaiting) {
              <span class="waiting">waiting to save</span>
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .card-heading {
      display: flex;
      align-items: center;
      justify-content: space-between;
    }
    .prompts {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .prompt {
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .prompt-text {
      margin: 0 0 2px;
      font: var(--mat-sys-body-large);
    }
    .reason,
    .quiet,
    .waiting {
      margin: 0 0 6px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .answer {
      margin: 4px 0;
      font-style: italic;
    }
    .answer-field {
      width: 100%;
    }
    .asked-title {
      margin: 12px 0 0;
      font: var(--mat-sys-title-small);
    }
    kbd {
      margin-left: 4px;
      font: var(--mat-sys-label-small);
      opacity: 0.8;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PromptCard {
  /** Every relevant prompt not yet asked, most relevant first. */
  readonly suggestions = input.required<readonly PromptSuggestionView[]>();
  /** The prompts asked in this session, in order. */
  readonly askedPrompts = input.required<readonly AskedPromptView[]>();
  readonly answerLimit = input.required<number>();

  /** Emitted when the clinician has asked a prompt. */
  readonly asked = output<PromptSuggestionView>();
  /** Emitted with the client's answer to an asked prompt. */
  readonly answered = output<PromptAnswer>();

  protected readonly shown = PROMPTS_SHOWN;
  private readonly offset = signal(0);
  protected readonly drafts = signal<Readonly<Record<string, string>>>({});
  private readonly answerFields = viewChildren<ElementRef<HTMLTextAreaElement>>('answerField');

  protected readonly visible = computed(() => {
    const all = this.suggestions();
    if (all.length <= PROMPTS_SHOWN) return all;
    const start = this.offset() % all.length;
    return [...all.slice(start), ...all.slice(0, start)].slice(0, PROMPTS_SHOWN);
  });

  /** Shows the next three prompts, coming back round to the first. */
  shuffle(): void {
    if (this.suggestions().length > PROMPTS_SHOWN)
      this.offset.update((offset) => offset + PROMPTS_SHOWN);
  }

  /** Puts the cursor in the first answer still to write; false when there is none. */
  focusFirstAnswer(): boolean {
    const field = this.answerFields()[0];
    field?.nativeElement.focus();
    return field !== undefined;
  }

  protected draft(promptId: string, text: string): void {
    this.drafts.update((drafts) => ({ ...drafts, [promptId]: text }));
  }

  protected save(prompt: AskedPromptView): void {
    const answer = (this.drafts()[prompt.promptId] ?? '').trim();
    if (answer.length === 0) return;
    this.answered.emit({ prompt, answer });
    this.drafts.update((drafts) =>
      Object.fromEntries(Object.entries(drafts).filter(([id]) => id !== prompt.promptId)),
    );
  }
}
