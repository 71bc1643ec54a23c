import { CdkTextareaAutosize } from '@angular/cdk/text-field';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

/**
 * The clinician's private psychotherapy note for the session, kept apart from the progress
 * note: only its author sees it, and it never prints, exports or goes into a letter.
 */
@Component({
  selector: 'wp-private-note-panel',
  imports: [CdkTextareaAutosize, MatFormFieldModule, MatInputModule],
  template: `
    <section
      class="panel"
      aria-labelledby="private-note-title"
      aria-describedby="private-note-rule"
    >
      <h2 class="title" id="private-note-title">Private note</h2>
      <p class="rule" id="private-note-rule">
        Private psychotherapy note — only you can see this; never part of the progress note, exports
        or letters.
      </p>
      <mat-form-field appearance="outline" class="field" subscriptSizing="dynamic">
        <mat-label>Private psychotherapy note</mat-label>
        <textarea
          matInput
          cdkTextareaAutosize
          cdkAutosizeMinRows="4"
          data-private-note
          [value]="text()"
          (input)="changed.emit($any($event.target).value)"
          (blur)="blurred.emit()"
        ></textarea>
      </mat-form-field>
      <p class="status" role="status" data-private-note-status>{{ statusText() }}</p>
      @if (problem(); as problem) {
        <p class="problem">{{ problem }}</p>
      }
    </section>
  `,
  styles: `
    .panel {
      padding: 16px;
      border: 1px dashed var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }
    .title {
      margin: 0 0 4px;
      font: var(--mat-sys-title-medium);
    }
    .rule {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .field {
      width: 100%;
    }
    .status,
    .problem {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .problem {
      color: var(--mat-sys-tertiary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrivateNotePanel {
  /** The clinician's latest text. */
  readonly text = input.required<string>();

  /** "Saved", "Saving…", "Not saved yet". */
  readonly statusText = input.required<string>();

  /** Why the latest save failed, or null. */
  readonly problem = input<string | null>(null);

  /** Emitted with the new text on every keystroke. */
  readonly changed = output<string>();

  /** Emitted when the field loses focus. */
  readonly blurred = output<void>();
}
