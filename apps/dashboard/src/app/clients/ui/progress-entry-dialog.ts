import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import {
  PROGRESS_CATEGORIES,
  PROGRESS_ENTRY_KINDS,
  TEXT_LIMITS,
  type ProgressCategory,
  type ProgressEntryKind,
} from '@waypoint/shared';

import { calendarDayNotAfter, notBlank } from './date-validators';
import { DialogSaving } from './dialog-saving';
import { guardTyping } from './dialog-typing-guard';
import type { FormProblem, SaveForm } from './form-problems';
import { progressCategoryLabels, progressKindLabels } from './record-labels';

/** A progress entry as the clinician typed it. */
export interface ProgressEntryValue {
  readonly kind: ProgressEntryKind;
  readonly category: ProgressCategory;
  readonly clientWords: string;
  readonly isEffort: boolean;
  /** ISO date, never after today. */
  readonly occurredOn: string;
  readonly goalId: string | null;
}

/** What the progress entry dialog needs. */
export interface ProgressEntryDialogData {
  /** The kind to start with. */
  readonly kind: ProgressEntryKind;
  /** The entry to edit, or what was typed before a failed save, or null for a fresh one. */
  readonly entry: (ProgressEntryValue & { readonly id?: string }) | null;
  /** Whether an existing entry is being edited (rather than a new one logged). */
  readonly isEditing: boolean;
  /** The client's goals an entry may be toward. */
  readonly goals: readonly { readonly id: string; readonly clientWords: string }[];
  /** Today's local date (ISO). */
  readonly today: string;
  /** What went wrong with an earlier try, shown as the dialog opens. */
  readonly problem?: FormProblem | null;
  readonly save: SaveForm<ProgressEntryValue>;
}

const wordsHints: Readonly<Record<ProgressEntryKind, string>> = {
  WIN: 'What happened, as they told it. Small counts.',
  SETBACK: 'What happened, in plain words. Setbacks are part of the road.',
  GRATITUDE: 'What they are grateful for, in their words',
  REFLECTION: 'What they noticed, in their words',
};

const logLabels: Readonly<Record<ProgressEntryKind, string>> = {
  WIN: 'Log a small win',
  SETBACK: 'Log a setback',
  GRATITUDE: 'Log gratitude',
  REFLECTION: 'Log a reflection',
};

/** Logging (or editing) a small win, a setback, a gratitude or a reflection. */
@Component({
  selector: 'wp-progress-entry-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
  ],
  templateUrl: './progress-entry-dialog.html',
  styleUrl: './dialog-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgressEntryDialog {
  protected readonly data = inject<ProgressEntryDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ProgressEntryDialog, boolean>>(MatDialogRef);

  protected readonly limits = TEXT_LIMITS;
  protected readonly kinds = PROGRESS_ENTRY_KINDS.map((kind) => ({
    kind,
    label: progressKindLabels[kind],
  }));
  protected readonly categories = PROGRESS_CATEGORIES.map((category) => ({
    category,
    label: progressCategoryLabels[category],
  }));

  protected readonly form = inject(NonNullableFormBuilder).group({
    kind: [this.data.entry?.kind ?? this.data.kind],
    clientWords: [
      this.data.entry?.clientWords ?? '',
      [notBlank(), Validators.maxLength(TEXT_LIMITS.progressClientWords)],
    ],
    category: [this.data.entry?.category ?? ('OTHER' as ProgressCategory), Validators.required],
    isEffort: [this.data.entry?.isEffort ?? false],
    occurredOn: [
      this.data.entry?.occurredOn ?? this.data.today,
      [Validators.required, calendarDayNotAfter(() => this.data.today)],
    ],
    goalId: [this.data.entry?.goalId ?? ''],
  });

  private readonly kind = toSignal(this.form.controls.kind.valueChanges, {
    initialValue: this.form.controls.kind.value,
  });
  protected readonly kindLabel = computed(() => progressKindLabels[this.kind()]);
  protected readonly wordsHint = computed(() => wordsHints[this.kind()]);
  protected readonly logLabel = computed(() => logLabels[this.kind()]);
  protected readonly title = computed(() =>
    this.data.isEditing ? `Edit this ${this.kindLabel().toLowerCase()}` : this.logLabel(),
  );

  protected readonly saving = new DialogSaving(
    inject<ElementRef<HTMLElement>>(ElementRef).nativeElement,
    this.form,
  );

  constructor() {
    guardTyping(this.dialogRef, () => this.form.dirty, inject(LiveAnnouncer));
    const problem = this.data.problem;
    if (problem) {
      // Reopened after a failed save: what was typed is back, and so is what went wrong. The
      // controls check themselves again when they bind, so the server's words wait for that.
      this.form.markAsDirty();
      afterNextRender(() => this.saving.show(problem));
    }
  }

  protected cancel(): void {
    this.dialogRef.close(false);
  }

  protected async submit(): Promise<void> {
    if (!this.saving.check()) return;
    const value = this.form.getRawValue();
    const entry: ProgressEntryValue = {
      kind: value.kind,
      category: value.category,
      clientWords: value.clientWords.trim(),
      // "The trying" is a kind of win; other kinds do not carry it.
      isEffort: value.kind === 'WIN' && value.isEffort,
      occurredOn: value.occurredOn,
      goalId: value.goalId === '' ? null : value.goalId,
    };
    if (await this.saving.run(() => this.data.save(entry))) this.dialogRef.close(true);
  }
}
