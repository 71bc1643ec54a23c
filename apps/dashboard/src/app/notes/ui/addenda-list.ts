import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { formatMoment } from './note-labels';

/** One dated correction, as the list shows it. */
export interface AddendumView {
  readonly id: string;
  readonly text: string;
  readonly createdAt: string;
  readonly authorName: string;
}

/** A signed note's addenda, oldest first, each dated and named. */
@Component({
  selector: 'wp-addenda-list',
  template: `
    @if (addenda().length === 0) {
      <p class="quiet">No addenda.</p>
    } @else {
      <ol class="addenda">
        @for (addendum of addenda(); track addendum.id) {
          <li class="addendum" [attr.data-addendum]="addendum.id">
            <p class="meta">
              Addendum by {{ addendum.authorName }},
              <time [attr.datetime]="addendum.createdAt">{{ moment(addendum.createdAt) }}</time>
            </p>
            <p class="text">{{ addendum.text }}</p>
          </li>
        }
      </ol>
    }
  `,
  styles: `
    .addenda {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .addendum {
      padding: 8px 0 8px 12px;
      border-inline-start: 3px solid var(--mat-sys-outline-variant);
    }
    .addendum + .addendum {
      margin-top: 8px;
    }
    .meta {
      margin: 0 0 4px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
    .text {
      margin: 0;
      white-space: pre-line;
    }
    .quiet {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddendaList {
  /** The addenda, oldest first. */
  readonly addenda = input.required<readonly AddendumView[]>();

  protected moment(isoDateTime: string): string {
    return formatMoment(isoDateTime);
  }
}
