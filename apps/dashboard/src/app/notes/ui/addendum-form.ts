import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { CdkTextareaAutosize } from '@angular/cdk/text-field';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

/** A dated correction to a signed note: what to add, and the button that adds it. */
@Component({
  selector: 'wp-addendum-form',
  imports: [CdkTextareaAutosize, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <form class="form" (submit)="$event.preventDefault(); add()">
      <mat-form-field appearance="outline" class="field">
        <mat-label>Addendum</mat-label>
        <textarea
          #field
          matInput
          cdkTextareaAutosize
          cdkAutosizeMinRows="3"
          data-addendum-text
          [value]="text()"
          (input)="text.set($any($event.target).value)"
        ></textarea>
        @if (shownProblem(); as problem) {
          <mat-hint class="problem">{{ problem }}</mat-hint>
        } @else {
          <mat-hint>Dated and signed with your name; the note itself stays as signed.</mat-hint>
        }
      </mat-form-field>
      <button
        mat-flat-button
        type="submit"
        [disabled]="isAdding()"
        [disabledInteractive]="true"
        data-add-addendum
      >
        Add the addendum
      </button>
    </form>
  `,
  styles: `
    .form {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 8px;
    }
    .field {
      width: 100%;
    }
    .problem {
      color: var(--mat-sys-tertiary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddendumForm {
  /** Whether an addendum is being saved. */
  readonly isAdding = input(false);

  /** Why the last addendum did not go through, or null. */
  readonly problem = input<string | null>(null);

  /** Emitted with the addendum's words. */
  readonly added = output<string>();

  protected readonly text = signal('');
  private readonly field = viewChild.required<ElementRef<HTMLTextAreaElement>>('field');
  private readonly emptyProblem = signal<string | null>(null);
  protected readonly shownProblem = computed(() => this.emptyProblem() ?? this.problem());

  /** Empties the field once the addendum is saved. */
  clear(): void {
    this.text.set('');
  }

  /** Puts the cursor in the field. */
  focus(): void {
    this.field().nativeElement.focus();
  }

  protected add(): void {
    if (this.isAdding()) return;
    const text = this.text().trim();
    if (text === '') {
      this.emptyProblem.set('Write the correction first.');
      this.focus();
      return;
    }
    this.emptyProblem.set(null);
    this.added.emit(text);
  }
}
