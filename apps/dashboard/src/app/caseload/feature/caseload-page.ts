import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { localIsoDate } from '../../shared/relative-day';
import { CaseloadReader } from '../data-access/caseload-reader';
import { CaseloadTable } from '../ui/caseload-table';

/** The home page: every client on the clinician's caseload, at a glance. */
@Component({
  selector: 'wp-caseload-page',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, CaseloadTable],
  providers: [CaseloadReader],
  templateUrl: './caseload-page.html',
  styleUrl: './caseload-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseloadPage {
  private readonly caseload = inject(CaseloadReader);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  /** Whether the clinician asked to try again and is waiting to see the result. */
  private readonly isRetrying = signal(false);

  protected readonly isLoading = this.caseload.isLoading;
  protected readonly hasFailed = this.caseload.hasFailed;
  protected readonly clients = this.caseload.clients;

  // Read on every new answer, so a page left open overnight still counts from the right day.
  protected readonly today = computed(() => {
    this.clients();
    return localIsoDate(new Date());
  });

  protected readonly summary = computed(() => {
    const clients = this.clients() ?? [];
    const activeCount = clients.filter((client) => client.status === 'ACTIVE').length;
    const clientWord = clients.length === 1 ? 'client' : 'clients';
    return `${clients.length} ${clientWord}, ${activeCount} active`;
  });

  constructor() {
    // A successful retry removes the "Try again" button that held focus; hand focus to the
    // heading so keyboard and screen reader users are not dropped at the top of the document.
    effect(() => {
      if (this.isRetrying() && this.clients() !== undefined && !this.hasFailed()) {
        this.isRetrying.set(false);
        this.heading().nativeElement.focus();
      }
    });
  }

  protected tryAgain(): void {
    this.isRetrying.set(true);
    this.caseload.refetch();
  }
}
