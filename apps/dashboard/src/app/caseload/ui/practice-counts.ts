import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { calendarDayInWords } from '@waypoint/shared';

/** A supervisor's counts across their own and their supervisees' caseloads. */
export interface PracticeCounts {
  readonly clinicianCount: number;
  readonly activeClients: number;
  readonly clientsNeedingAttention: number;
  readonly reliablyImprovedThisQuarter: number;
  readonly goalsAchievedThisQuarter: number;
  readonly notesToSign: number;
  /** The first day of this calendar quarter (ISO date). */
  readonly quarterStartedOn: string;
}

/**
 * Counts across the caseloads a supervisor oversees: how many, never who, and never one
 * clinician or client against another.
 */
@Component({
  selector: 'wp-practice-counts',
  template: `
    <section class="practice-counts" aria-labelledby="practice-counts-title">
      <h2 id="practice-counts-title" class="title">{{ title() }}</h2>
      <dl class="counts">
        @for (count of items(); track count.label) {
          <div class="count">
            <dt>{{ count.label }}</dt>
            <dd>{{ count.value }}</dd>
          </div>
        }
      </dl>
    </section>
  `,
  styles: `
    .practice-counts {
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }
    .title {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-title-small);
    }
    .counts {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 32px;
      margin: 0;
    }
    .count {
      display: flex;
      flex-direction: column-reverse;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    dd {
      margin: 0;
      font: var(--mat-sys-title-large);
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PracticeCountsPanel {
  readonly counts = input.required<PracticeCounts>();

  protected readonly title = computed(() => {
    const { clinicianCount, quarterStartedOn } = this.counts();
    const others = clinicianCount - 1;
    const whose =
      others === 0
        ? 'Your caseload'
        : `Your caseload and ${others} ${others === 1 ? 'supervisee' : 'supervisees'}`;
    return `${whose}, this quarter (since ${calendarDayInWords(quarterStartedOn, quarterStartedOn)})`;
  });

  protected readonly items = computed(() => {
    const counts = this.counts();
    return [
      { label: 'Clients reliably improved', value: counts.reliablyImprovedThisQuarter },
      { label: 'Goals achieved', value: counts.goalsAchievedThisQuarter },
      { label: 'Clients in active care', value: counts.activeClients },
      { label: 'Clients needing attention', value: counts.clientsNeedingAttention },
      { label: 'Notes to sign', value: counts.notesToSign },
    ];
  });
}
