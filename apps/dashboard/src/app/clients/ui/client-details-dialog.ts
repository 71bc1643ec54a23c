import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';

import { guardTyping } from './dialog-typing-guard';
import { ClientDetailsForm, type ClientDetailsValue } from './client-details-form';
import type { FormProblem, SaveForm } from './form-problems';

/** What the edit-details dialog needs. */
export interface ClientDetailsDialogData {
  readonly preferredName: string;
  readonly initial: ClientDetailsValue;
  /** Today's local date (ISO). */
  readonly today: string;
  readonly save: SaveForm<ClientDetailsValue>;
}

/** Editing a client's details: name, pronouns, start of care and baseline. */
@Component({
  selector: 'wp-client-details-dialog',
  imports: [MatDialogModule, ClientDetailsForm],
  template: `
    <h2 mat-dialog-title>Edit {{ data.preferredName }}'s details</h2>
    <mat-dialog-content>
      <wp-client-details-form
        [initial]="data.initial"
        [today]="data.today"
        [isBusy]="isBusy()"
        [problem]="problem()"
        submitLabel="Save details"
        (submitted)="save($event)"
        (cancelled)="dialogRef.close()"
      />
    </mat-dialog-content>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientDetailsDialog {
  protected readonly data = inject<ClientDetailsDialogData>(MAT_DIALOG_DATA);
  protected readonly dialogRef = inject<MatDialogRef<ClientDetailsDialog, boolean>>(MatDialogRef);
  private readonly form = viewChild.required(ClientDetailsForm);

  protected readonly isBusy = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);

  constructor() {
    guardTyping(this.dialogRef, () => this.form().isDirty(), inject(LiveAnnouncer));
  }

  protected async save(value: ClientDetailsValue): Promise<void> {
    if (this.isBusy()) return;
    this.isBusy.set(true);
    this.problem.set(null);
    try {
      const problem = await this.data.save(value);
      if (problem === null) this.dialogRef.close(true);
      else this.problem.set(problem);
    } finally {
      this.isBusy.set(false);
    }
  }
}
