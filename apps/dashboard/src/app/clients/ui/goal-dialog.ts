import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { GOAL_DOMAINS, TEXT_LIMITS, type GoalDomain, type GoalStatus } from '@waypoint/shared';

import type { GasLevelsView, GoalView } from './client-record-view';
import { calendarDay, notBlank, textOrNull } from './date-validators';
import { DialogSaving } from './dialog-saving';
import { guardTyping } from './dialog-typing-guard';
import type { SaveForm } from './form-problems';
import { gasLevelOptions, goalDomainLabels } from './record-labels';

/** A goal as the clinician typed it. */
export interface GoalValue {
  readonly clientWords: string;
  readonly clinicianWording: string | null;
  readonly domain: GoalDomain;
  readonly specific: string | null;
  readonly measureOfSuccess: string | null;
  readonly targetDate: string | null;
  readonly gasLevels: GasLevelsView | null;
  readonly weight: number;
  /** For a new goal: PROPOSED or ACTIVE. */
  readonly status: GoalStatus;
}

/** What the goal dialog needs: the goal to edit, or none for a new one. */
export interface GoalDialogData {
  readonly goal: GoalView | null;
  readonly save: SaveForm<GoalValue>;
}

const weightOptions = [
  { weight: 1, label: '1: counts once' },
  { weight: 2, label: '2: counts twice' },
  { weight: 3, label: '3: counts three times' },
];

/** Setting or editing a goal: the client's words first, then wording, SMART and GAS levels. */
@Component({
  selector: 'wp-goal-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  templateUrl: './goal-dialog.html',
  styleUrl: './dialog-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GoalDialog {
  protected readonly data = inject<GoalDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<GoalDialog, boolean>>(MatDialogRef);
  private readonly formBuilder = inject(NonNullableFormBuilder);

  protected readonly limits = TEXT_LIMITS;
  protected readonly domains = GOAL_DOMAINS.map((domain) => ({
    domain,
    label: goalDomainLabels[domain],
  }));
  protected readonly weights = weightOptions;
  protected readonly levels = gasLevelOptions;

  protected readonly form = this.formBuilder.group({
    clientWords: [
      this.data.goal?.clientWords ?? '',
      [notBlank(), Validators.maxLength(TEXT_LIMITS.goalClientWords)],
    ],
    clinicianWording: [
      this.data.goal?.clinicianWording ?? '',
      Validators.maxLength(TEXT_LIMITS.clinicianWording),
    ],
    domain: [this.data.goal?.domain ?? ('OTHER' as GoalDomain), Validators.required],
    status: ['ACTIVE' as GoalStatus],
    specific: [this.data.goal?.specific ?? '', Validators.maxLength(TEXT_LIMITS.specific)],
    measureOfSuccess: [
      this.data.goal?.measureOfSuccess ?? '',
      Validators.maxLength(TEXT_LIMITS.measureOfSuccess),
    ],
    targetDate: [this.data.goal?.targetDate ?? '', calendarDay()],
    weight: [this.data.goal?.weight ?? 1],
    gasLevels: this.formBuilder.group({
      muchLess: [this.data.goal?.gasLevels?.muchLess ?? '', gasLevelValidators()],
      less: [this.data.goal?.gasLevels?.less ?? '', gasLevelValidators()],
      expected: [this.data.goal?.gasLevels?.expected ?? '', gasLevelValidators()],
      more: [this.data.goal?.gasLevels?.more ?? '', gasLevelValidators()],
      muchMore: [this.data.goal?.gasLevels?.muchMore ?? '', gasLevelValidators()],
    }),
  });

  protected readonly saving = new DialogSaving(
    inject<ElementRef<HTMLElement>>(ElementRef).nativeElement,
    this.form,
  );

  constructor() {
    guardTyping(this.dialogRef, () => this.form.dirty, inject(LiveAnnouncer));
    // Each level's check looks at the other four, so all are checked again on every change.
    const levels = this.form.controls.gasLevels;
    levels.valueChanges.subscribe(() => {
      for (const control of Object.values(levels.controls)) {
        control.updateValueAndValidity({ onlySelf: true, emitEvent: false });
      }
    });
  }

  protected cancel(): void {
    this.dialogRef.close(false);
  }

  protected async submit(): Promise<void> {
    if (!this.saving.check()) return;
    const value = this.form.getRawValue();
    const levels = value.gasLevels;
    const isDescribed = Object.values(levels).some((text) => text.trim() !== '');
    const goal: GoalValue = {
      clientWords: value.clientWords.trim(),
      clinicianWording: textOrNull(value.clinicianWording),
      domain: value.domain,
      specific: textOrNull(value.specific),
      measureOfSuccess: textOrNull(value.measureOfSuccess),
      targetDate: value.targetDate === '' ? null : value.targetDate,
      gasLevels: isDescribed
        ? {
            muchLess: levels.muchLess.trim(),
            less: levels.less.trim(),
            expected: levels.expected.trim(),
            more: levels.more.trim(),
            muchMore: levels.muchMore.trim(),
          }
        : null,
      weight: value.weight,
      status: value.status,
    };
    if (await this.saving.run(() => this.data.save(goal))) this.dialogRef.close(true);
  }
}

function gasLevelValidators() {
  return [Validators.maxLength(TEXT_LIMITS.gasLevelDescription), describedWhenOthersAre];
}

/** GAS needs all five levels described, or none: an empty level is missing once another is not. */
function describedWhenOthersAre(control: AbstractControl<string>): ValidationErrors | null {
  const siblings = Object.values(control.parent?.controls ?? {}) as AbstractControl<string>[];
  const isAnotherDescribed = siblings.some(
    (sibling) => sibling !== control && sibling.value.trim() !== '',
  );
  return isAnotherDescribed && control.value.trim() === '' ? { levelMissing: true } : null;
}
