import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { formatCalendarDay } from '../../clients/ui/calendar-day';

/** A "how far you've come" letter, laid out as a page to print or hand over. */
@Component({
  selector: 'wp-progress-letter',
  template: `
    <article class="letter" aria-labelledby="letter-title">
      <h2 class="title" id="letter-title">How far you've come</h2>
      <p class="range">
        <time [attr.datetime]="from()">{{ fromDay() }}</time> to
        <time [attr.datetime]="to()">{{ toDay() }}</time>
      </p>
      @for (paragraph of paragraphs(); track $index) {
        <p class="paragraph" data-letter-paragraph>{{ paragraph }}</p>
      }
    </article>
  `,
  styles: `
    :host {
      display: block;
    }
    .letter {
      box-sizing: border-box;
      max-width: 72ch;
      margin: 0 auto;
      padding: 40px 48px 48px;
      border-top: 6px solid var(--mat-sys-primary-container);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-lowest);
      box-shadow: var(--mat-sys-level1);
    }
    .title {
      margin: 0 0 4px;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-headline-small);
    }
    .range {
      margin: 0 0 24px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .paragraph {
      margin: 0 0 16px;
      font: var(--mat-sys-body-large);
      line-height: 1.75;
      white-space: pre-line;
    }
    @media (max-width: 599px) {
      .letter {
        padding: 24px 20px;
      }
    }
    @media print {
      .letter {
        max-width: none;
        padding: 0;
        border: 0;
        box-shadow: none;
        background: none;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgressLetter {
  /** The first day the letter looks back to (ISO date). */
  readonly from = input.required<string>();
  /** The last day (ISO date). */
  readonly to = input.required<string>();
  /** The letter's paragraphs, in order. */
  readonly paragraphs = input.required<readonly string[]>();

  protected readonly fromDay = computed(() => formatCalendarDay(this.from()));
  protected readonly toDay = computed(() => formatCalendarDay(this.to()));
}
