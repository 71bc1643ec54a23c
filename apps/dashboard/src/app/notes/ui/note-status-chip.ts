import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatChipsModule } from '@angular/material/chips';

import { formatSessionDay } from './note-labels';

/** Whether a note is a draft or signed, and by whom and when, as a small read-only chip. */
@Component({
  selector: 'wp-note-status-chip',
  imports: [MatChipsModule],
  template: `
    <mat-chip-set>
      <mat-chip
        [class.is-signed]="signedAt() !== null"
        [class.is-draft]="signedAt() === null"
        [disableRipple]="true"
        >{{ label() }}</mat-chip
      >
    </mat-chip-set>
  `,
  styles: `
    @use '@angular/material' as mat;
    .is-draft {
      @include mat.chips-overrides(
        (
          outline-color: transparent,
          elevated-container-color: var(--mat-sys-tertiary-container),
          label-text-color: var(--mat-sys-on-tertiary-container),
        )
      );
    }
    .is-signed {
      @include mat.chips-overrides(
        (
          outline-color: transparent,
          elevated-container-color: var(--mat-sys-primary-container),
          label-text-color: var(--mat-sys-on-primary-container),
        )
      );
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoteStatusChip {
  /** When the note was signed, or null for a draft. */
  readonly signedAt = input.required<string | null>();

  /** Who signed it, when known. */
  readonly signedBy = input<string | null>(null);

  protected readonly label = computed(() => {
    const signedAt = this.signedAt();
    if (signedAt === null) return 'Draft';
    const by = this.signedBy();
    return by
      ? `Signed by ${by} on ${formatSessionDay(signedAt)}`
      : `Signed ${formatSessionDay(signedAt)}`;
  });
}
