import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';

/** Someone a supervisor can supervise. */
export interface SuperviseeOption {
  readonly id: string;
  readonly displayName: string;
}

/** Choosing the clinicians whose caseloads a supervisor reads. */
@Component({
  selector: 'wp-supervisee-picker',
  imports: [MatButtonModule, MatCheckboxModule],
  template: `
    <div class="problem" role="alert">
      @if (problem(); as problem) {
        <p>{{ problem }}</p>
      }
    </div>
    <fieldset>
      <legend>Clinicians {{ supervisorName() }} supervises</legend>
      @if (options().length === 0) {
        <p class="quiet">There are no active clinicians to choose from yet.</p>
      }
      <div class="choices">
        @for (option of options(); track option.id) {
          <mat-checkbox
            [checked]="isChosen(option.id)"
            (change)="toggle(option.id, $event.checked)"
          >
            {{ option.displayName }}
          </mat-checkbox>
        }
      </div>
    </fieldset>
    <div class="actions">
      <button
        mat-flat-button
        type="button"
        [disabled]="isBusy()"
        [disabledInteractive]="true"
        (click)="save()"
      >
        {{ isBusy() ? 'Saving…' : 'Save supervisees' }}
      </button>
      <button mat-button type="button" (click)="cancelled.emit()">Cancel</button>
    </div>
  `,
  styleUrl: './account-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SuperviseePicker {
  /** The supervisor's name, for the legend. */
  readonly supervisorName = input.required<string>();

  /** The clinicians to choose from. */
  readonly options = input.required<readonly SuperviseeOption[]>();

  /** Who the supervisor supervises now. */
  readonly chosenIds = input.required<readonly string[]>();

  /** Whether the choice is on its way to the server. */
  readonly isBusy = input(false);

  /** What went wrong with saving; null when nothing did. */
  readonly problem = input<string | null>(null);

  /** Emitted with the chosen clinicians' ids. */
  readonly saved = output<readonly string[]>();

  /** Emitted when the admin leaves without saving. */
  readonly cancelled = output<void>();

  private readonly chosen = linkedSignal(() => new Set(this.chosenIds()));
  private readonly chosenInOrder = computed(() =>
    this.options()
      .map((option) => option.id)
      .filter((id) => this.chosen().has(id)),
  );

  protected isChosen(id: string): boolean {
    return this.chosen().has(id);
  }

  protected toggle(id: string, isChosen: boolean): void {
    this.chosen.update((chosen) => {
      const next = new Set(chosen);
      if (isChosen) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected save(): void {
    if (!this.isBusy()) this.saved.emit(this.chosenInOrder());
  }
}
