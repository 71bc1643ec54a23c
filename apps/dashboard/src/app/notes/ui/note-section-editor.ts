import { CdkTextareaAutosize } from '@angular/cdk/text-field';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  input,
  output,
  viewChildren,
} from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import type { NoteSectionChange, NoteSectionView } from './note-views';

/** A draft's sections, one field each, titled and hinted by the note's format. */
@Component({
  selector: 'wp-note-section-editor',
  imports: [CdkTextareaAutosize, MatFormFieldModule, MatInputModule],
  template: `
    @for (section of sections(); track section.key) {
      <mat-form-field class="section" appearance="outline">
        <mat-label>{{ section.title }}</mat-label>
        <textarea
          #field
          matInput
          cdkTextareaAutosize
          cdkAutosizeMinRows="4"
          [attr.data-note-section]="section.key"
          [value]="section.text"
          [readonly]="isReadOnly()"
          (input)="typed(section.key, $event)"
          (blur)="blurred.emit()"
        ></textarea>
        @if (section.purpose) {
          <mat-hint>{{ section.purpose }}</mat-hint>
        }
      </mat-form-field>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
    .section {
      width: 100%;
    }
    textarea {
      line-height: 1.5;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoteSectionEditor {
  /** The sections to edit, in the format's order, with the clinician's latest text. */
  readonly sections = input.required<readonly NoteSectionView[]>();

  /** Whether typing is paused, for example while the note is drafted again. */
  readonly isReadOnly = input(false);

  /** Emitted with a section's new text on every keystroke. */
  readonly changed = output<NoteSectionChange>();

  /** Emitted when a field loses focus: a moment to save at once. */
  readonly blurred = output<void>();

  private readonly fields = viewChildren<ElementRef<HTMLTextAreaElement>>('field');

  /** Puts the cursor in the first section. */
  focusFirst(): void {
    this.fields()[0]?.nativeElement.focus();
  }

  protected typed(key: string, event: Event): void {
    this.changed.emit({ key, text: (event.target as HTMLTextAreaElement).value });
  }
}
