import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import type { NoteSectionView } from './note-views';

/** A signed note's sections, read-only, as they will print. */
@Component({
  selector: 'wp-note-sections-view',
  template: `
    @for (section of sections(); track section.key) {
      <section class="section" [attr.aria-labelledby]="'note-section-' + section.key">
        <h3 class="title" [id]="'note-section-' + section.key">{{ section.title }}</h3>
        @if (section.text.trim()) {
          <p class="text" [attr.data-note-section-text]="section.key">{{ section.text }}</p>
        } @else {
          <p class="text is-empty">Nothing written.</p>
        }
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .section + .section {
      margin-top: 16px;
    }
    .title {
      margin: 0 0 4px;
      font: var(--mat-sys-title-medium);
    }
    .text {
      margin: 0;
      white-space: pre-line;
      font: var(--mat-sys-body-large);
      line-height: 1.6;
    }
    .is-empty {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoteSectionsView {
  /** The sections, in the format's order. */
  readonly sections = input.required<readonly NoteSectionView[]>();
}
