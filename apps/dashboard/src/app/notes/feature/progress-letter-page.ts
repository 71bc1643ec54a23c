import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule, type MatCheckboxChange } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { isIsoDate } from '@waypoint/shared';

import { localIsoDate } from '../../shared/relative-day';
import { ProgressLetterReader } from '../data-access/progress-letter-reader';
import { ProgressLetter } from '../ui/progress-letter';

/** The day three months before a day, the letter's default start. */
function threeMonthsBefore(day: Date): string {
  const start = new Date(day);
  start.setMonth(start.getMonth() - 3);
  return localIsoDate(start);
}

/**
 * A "how far you've come" letter for the client, over a range of days, in warm words: to
 * print, or download as a PDF, and hand over. Scores appear only when asked for.
 */
@Component({
  selector: 'wp-progress-letter-page',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    ProgressLetter,
  ],
  providers: [ProgressLetterReader],
  templateUrl: './progress-letter-page.html',
  styleUrls: ['./progress-letter-page.scss', '../ui/print-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgressLetterPage {
  private readonly reader = inject(ProgressLetterReader);
  private readonly window = inject(DOCUMENT).defaultView;

  /** The client's id, from the route. */
  readonly clientId = input.required<string>();

  protected readonly today = localIsoDate(new Date());
  protected readonly from = signal(threeMonthsBefore(new Date()));
  protected readonly to = signal(this.today);
  protected readonly includeScores = signal(false);

  protected readonly isLoading = this.reader.isLoading;
  protected readonly loadFailure = this.reader.loadFailure;
  protected readonly answer = this.reader.answer;
  protected readonly clientName = computed(() => this.answer()?.client.preferredName ?? null);

  /** Why the range cannot be written for, or null. */
  protected readonly rangeProblem = computed(() => {
    if (!isIsoDate(this.from()) || !isIsoDate(this.to())) return 'Choose both days.';
    if (this.from() > this.to()) return 'The first day comes after the last.';
    return null;
  });

  protected readonly pdfAddress = computed(() => {
    const query = new URLSearchParams({
      from: this.from(),
      to: this.to(),
      includeScores: String(this.includeScores()),
    });
    return `/exports/progress-letters/${encodeURIComponent(this.clientId())}.pdf?${query}`;
  });

  protected readonly pdfFileName = computed(() => {
    const name = (this.clientName() ?? 'client').replace(/[^\p{L}\p{N}]+/gu, '-');
    return `progress-letter-${name}-${this.from()}-to-${this.to()}.pdf`;
  });

  constructor() {
    effect(() => {
      if (this.rangeProblem() !== null) return;
      this.reader.read({
        clientId: this.clientId(),
        from: this.from(),
        to: this.to(),
        includeScores: this.includeScores(),
      });
    });
    const title = inject(Title);
    effect(() => {
      const name = this.clientName();
      if (name) title.setTitle(`Progress letter · ${name} · Waypoint`);
    });
  }

  protected chooseFrom(event: Event): void {
    this.from.set((event.target as HTMLInputElement).value);
  }

  protected chooseTo(event: Event): void {
    this.to.set((event.target as HTMLInputElement).value);
  }

  protected chooseScores(change: MatCheckboxChange): void {
    this.includeScores.set(change.checked);
  }

  protected print(): void {
    this.window?.print();
  }

  protected tryAgain(): void {
    this.reader.refetch();
  }
}
