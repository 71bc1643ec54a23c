import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { PromptSituation } from '@waypoint/shared';

import { PROMPT_SITUATION_LABELS } from './prompt-situation-labels';

/** A prompt as the list shows it. */
export interface PromptView {
  readonly id: string;
  readonly text: string;
  readonly situations: readonly PromptSituation[];
  /** Whether it ships with Waypoint, and so can be hidden but not edited. */
  readonly isBuiltIn: boolean;
  /** Whether the clinician hid it from their session suggestions. */
  readonly isHidden: boolean;
}

/** A request to hide a prompt, or to show it again. */
export interface PromptHiddenChange {
  readonly prompt: PromptView;
  readonly isHidden: boolean;
}

/** One group of the prompt library: each prompt's words, where it fits, and what can be done. */
@Component({
  selector: 'wp-prompt-list',
  imports: [MatButtonModule],
  template: `
    <ul class="prompts">
      @for (prompt of prompts(); track prompt.id) {
        <li class="prompt" [class.is-hidden]="prompt.isHidden" [attr.data-prompt]="prompt.id">
          <div class="body">
            <p class="text">
              @if (prompt.isHidden) {
                <span class="hidden-label">Hidden</span>
              }
              {{ prompt.text }}
            </p>
            <ul class="situations" aria-label="Fits">
              @for (situation of prompt.situations; track situation) {
                <li class="situation">{{ labels[situation] }}</li>
              }
            </ul>
          </div>
          <div class="actions">
            @if (!prompt.isBuiltIn) {
              <button
                mat-button
                type="button"
                data-edit-prompt
                [attr.aria-label]="'Edit “' + prompt.text + '”'"
                (click)="edit.emit(prompt)"
              >
                Edit
              </button>
            }
            <button
              mat-button
              type="button"
              data-hide-prompt
              [attr.aria-label]="(prompt.isHidden ? 'Show “' : 'Hide “') + prompt.text + '”'"
              (click)="hiddenChange.emit({ prompt, isHidden: !prompt.isHidden })"
            >
              {{ prompt.isHidden ? 'Show' : 'Hide' }}
            </button>
          </div>
        </li>
      }
    </ul>
  `,
  styleUrl: './prompt-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PromptList {
  /** The prompts of this group, in the order to show them. */
  readonly prompts = input.required<readonly PromptView[]>();

  /** Emitted when the clinician asks to edit one of their own prompts. */
  readonly edit = output<PromptView>();

  /** Emitted when the clinician asks to hide a prompt, or to show it again. */
  readonly hiddenChange = output<PromptHiddenChange>();

  protected readonly labels = PROMPT_SITUATION_LABELS;
}
