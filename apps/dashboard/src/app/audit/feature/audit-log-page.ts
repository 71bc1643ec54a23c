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
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';

import { readApiProblem, unreachableMessage } from '../../shared/api-problem';
import { downloadTextFile } from '../../shared/download-text-file';
import { localIsoDate } from '../../shared/relative-day';
import { AuditLogReader, type AuditChainVerification } from '../data-access/audit-log-reader';
import {
  auditEventFilter,
  auditEventsVariables,
  auditLogQueryParams,
  auditPageSizes,
  readAuditLogView,
  type AuditColumn,
  type AuditLogView,
} from '../data-access/audit-log-view';
import {
  AuditEventsTable,
  type AuditTablePage,
  type AuditTableSort,
} from '../ui/audit-events-table';
import { AuditFiltersForm, type AuditFilters } from '../ui/audit-filters';
import { ChainVerificationResult } from '../ui/chain-verification-result';

const countFormat = new Intl.NumberFormat();

/**
 * The admin's audit log: every event of the practice, filtered, sorted and paged on the server.
 * Filters, sort and page live in the URL, so a view can be bookmarked and Back undoes a change.
 */
@Component({
  selector: 'wp-audit-log-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    AuditEventsTable,
    AuditFiltersForm,
    ChainVerificationResult,
  ],
  providers: [AuditLogReader],
  templateUrl: './audit-log-page.html',
  styleUrl: './audit-log-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogPage {
  private readonly reader = inject(AuditLogReader);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  // The URL's query parameters, bound by the router.
  readonly actor = input<string>();
  readonly client = input<string>();
  readonly action = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly sort = input<string>();
  readonly direction = input<string>();
  readonly page = input<string>();
  readonly size = input<string>();

  protected readonly view = computed(() =>
    readAuditLogView({
      actor: this.actor(),
      client: this.client(),
      action: this.action(),
      from: this.from(),
      to: this.to(),
      sort: this.sort(),
      direction: this.direction(),
      page: this.page(),
      size: this.size(),
    }),
  );

  protected readonly filters = computed<AuditFilters>(() => {
    const { actorId, clientId, action, from, to } = this.view();
    return { actorId, clientId, action, from, to };
  });
  protected readonly tableSort = computed<AuditTableSort>(() => ({
    column: this.view().sortColumn,
    direction: this.view().sortDirection,
  }));
  protected readonly tablePage = computed<AuditTablePage>(() => ({
    pageIndex: this.view().pageIndex,
    pageSize: this.view().pageSize,
  }));
  protected readonly pageSizes = auditPageSizes;

  protected readonly events = this.reader.page;
  protected readonly actors = this.reader.actors;
  protected readonly isLoading = this.reader.isLoading;
  protected readonly hasFailed = this.reader.hasFailed;

  protected readonly summary = computed(() => {
    const total = this.events()?.totalCount;
    if (total === undefined) return '';
    return `${countFormat.format(total)} ${total === 1 ? 'event' : 'events'}`;
  });

  protected readonly isExporting = signal(false);
  protected readonly isVerifying = signal(false);
  protected readonly verification = signal<AuditChainVerification | null>(null);
  /** What the last export or check left to say. */
  protected readonly status = signal('');
  protected readonly problem = signal<string | null>(null);

  constructor() {
    effect(() => this.reader.show(auditEventsVariables(this.view())));
  }

  protected changeFilters(filters: AuditFilters): void {
    this.go({ ...this.view(), ...filters, pageIndex: 0 });
  }

  protected changeSort(sort: AuditTableSort): void {
    this.go({
      ...this.view(),
      sortColumn: sort.column as AuditColumn,
      sortDirection: sort.direction,
      pageIndex: 0,
    });
  }

  protected changePage(page: AuditTablePage): void {
    this.go({ ...this.view(), ...page });
  }

  protected showClient(clientId: string): void {
    this.changeFilters({ ...this.filters(), clientId });
  }

  protected tryAgain(): void {
    this.reader.refetch();
  }

  protected async exportCsv(): Promise<void> {
    if (this.isExporting()) return;
    this.isExporting.set(true);
    this.problem.set(null);
    this.status.set('');
    try {
      const view = this.view();
      const csv = await this.reader.exportCsv(
        auditEventFilter(view),
        auditEventsVariables(view).sort!,
      );
      const fileName = `waypoint-audit-${localIsoDate(new Date())}.csv`;
      downloadTextFile(csv, fileName, 'text/csv');
      this.status.set(`Downloaded ${fileName}.`);
    } catch (error) {
      this.problem.set(describe(error, 'The export did not go through.'));
    } finally {
      this.isExporting.set(false);
    }
  }

  protected async verifyChain(): Promise<void> {
    if (this.isVerifying()) return;
    this.isVerifying.set(true);
    this.problem.set(null);
    this.status.set('');
    this.verification.set(null);
    try {
      this.verification.set(await this.reader.verifyChain());
    } catch (error) {
      this.problem.set(describe(error, 'The check did not go through.'));
    } finally {
      this.isVerifying.set(false);
    }
  }

  private go(view: AuditLogView): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: auditLogQueryParams(view),
    });
  }
}

function describe(error: unknown, what: string): string {
  return readApiProblem(error).isUnreachable
    ? unreachableMessage
    : `${what} Try again in a moment.`;
}
