import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { PROMPT_SITUATIONS, TEXT_LIMITS, type PromptSituation } from '@waypoint/shared';

import { notBlank } from '../../clients/ui/date-validators';
import { DialogSaving } from '../../clients/ui/dialog-saving';
import { guardTyping } from '../../clients/ui/dialog-typing-guard';
import type { SaveForm } from '../../clients/ui/form-problems';
import { promptSituationOptions } from './prompt-situation-labels';

/** An own prompt as the clinician wrote it. */
export interface PromptValue {
  readonly text: string;
  readonly situations: readonly PromptSituation[];
}

/** What the prompt dialog needs: the prompt to edit, or null for a new one, and how to save. */
export interface PromptDialogData {
  readonly prompt: PromptValue | null;
  readonly save: SaveForm<PromptValue>;
}

function atLeastOneSituation(control: AbstractControl<readonly PromptSituation[]>) {
  return control.value.length === 0 ? ({ required: true } satisfies ValidationErrors) : null;
}

/** Adding or editing one of the clinician's own reflection prompts. */
@Component({
  selector: 'wp-prompt-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  template: `
    <h2 mat-dialog-title>{{ data.prompt ? 'Edit your prompt' : 'Add a prompt' }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="quiet">Write it as you would ask it aloud. Only you see your own prompts.</p>
        <div class="problem" role="alert">
          @if (saving.problem(); as problem) {
            <p>{{ problem }}</p>
          }
        </div>
        <div class="stack">
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
            <mat-label>The prompt</mat-label>
            <textarea
              matInput
              formControlName="text"
              required
              rows="3"
              autocomplete="off"
            ></textarea>
            <mat-hint align="end">{{ form.controls.text.value.length }} / {{ maxLength }}</mat-hint>
            @if (form.controls.text.hasError('server')) {
              <mat-error>{{ form.controls.text.getError('server') }}</mat-error>
            } @else if (form.controls.text.hasError('maxlength')) {
              <mat-error>Keep it to {{ maxLength }} characters or fewer</mat-error>
            } @else {
              <mat-error>Write the prompt</mat-error>
            }
          </mat-form-field>
          <fieldset aria-describedby="prompt-situations-hint prompt-situations-error">
            <legend>When it fits</legend>
            <p class="quiet" id="prompt-situations-hint">
              Waypoint offers it when one of these happened since the last session.
            </p>
            <div class="situations">
              @for (option of situationOptions; track option.situation) {
                <mat-checkbox
                  [checked]="isChosen(option.situation)"
                  (change)="choose(option.situation, $event.checked)"
                >
                  {{ option.label }}
                </mat-checkbox>
              }
            </div>
            <div id="prompt-situations-error" aria-live="polite">
              @if (showsSituationsError()) {
                <p class="field-error">
                  {{
                    form.controls.situations.getError('server') ??
                      'Choose at least one situation that makes it relevant'
                  }}
                </p>
              }
            </div>
          </fieldset>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="cancel()">Cancel</button>
        <button
          mat-flat-button
          type="submit"
          [disabled]="saving.isBusy()"
          [disabledInteractive]="true"
        >
          {{ saving.isBusy() ? 'Saving…' : data.prompt ? 'Save prompt' : 'Add prompt' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './prompt-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PromptDialog {
  protected readonly data = inject<PromptDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<PromptDialog, boolean>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly maxLength = TEXT_LIMITS.promptText;
  protected readonly situationOptions = promptSituationOptions;
  protected readonly form = inject(NonNullableFormBuilder).group({
    text: [this.data.prompt?.text ?? '', [notBlank(), Validators.maxLength(this.maxLength)]],
    situations: [this.data.prompt?.situations ?? [], atLeastOneSituation],
  });

  protected readonly saving = new DialogSaving(this.host, this.form);

  constructor() {
    guardTyping(this.dialogRef, () => this.form.dirty, inject(LiveAnnouncer));
  }

  protected isChosen(situation: PromptSituation): boolean {
    return this.form.controls.situations.value.includes(situation);
  }

  protected choose(situation: PromptSituation, isChosen: boolean): void {
    const control = this.form.controls.situations;
    const chosen = new Set(control.value);
    if (isChosen) chosen.add(situation);
    else chosen.delete(situation);
    // Kept in the library's order, whatever order they were ticked in.
    control.setValue(PROMPT_SITUATIONS.filter((each) => chosen.has(each)));
    control.markAsDirty();
    control.markAsTouched();
  }

  protected showsSituationsError(): boolean {
    const control = this.form.controls.situations;
    return control.invalid && control.touched;
  }

  protected cancel(): void {
    this.dialogRef.close(false);
  }

  protected async submit(): Promise<void> {
    if (!this.saving.check()) {
      // The checkboxes carry no form state of their own, so focus goes to the first by hand.
      if (this.form.controls.text.valid) {
        this.host.querySelector<HTMLElement>('.situations input[type="checkbox"]')?.focus();
      }
      return;
    }
    const { text, situations } = this.form.getRawValue();
    const value = { text: text.trim(), situations };
    if (await this.saving.run(() => this.data.save(value))) this.dialogRef.close(true);
  }
}
