import type { ListRange } from '@angular/cdk/collections';
import { CdkVirtualScrollViewport, ScrollingModule } from '@angular/cdk/scrolling';
import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  instrumentName,
  type AttentionKind,
  type ClientStatus,
  type EvidenceSection,
  type GoalDomain,
  type GoodNewsKind,
  type Instrument,
  type ReliableChange,
  type Severity,
} from '@waypoint/shared';

import { formatRelativeDay, localIsoDate } from '../../shared/relative-day';
import { clientStatusLabels } from './client-status-chip';
import { lastSparklinePoint, sparklinePoints } from './sparkline';

/** Where on the client page the evidence is, as the API names it (`SAFETY`, `MEASURES` ...). */
export type EvidenceSectionName = Uppercase<EvidenceSection>;

/** One reason to look at a client, as the API words it. */
export interface CaseloadAttentionFlag {
  readonly kind: AttentionKind;
  readonly label: string;
  /** The sentence behind the label, for its tooltip and screen readers. */
  readonly detail: string;
  readonly evidence: EvidenceSectionName;
}

/** Something going well for a client, against their own start, as the API words it. */
export interface CaseloadGoodNews {
  readonly kind: GoodNewsKind;
  readonly label: string;
  readonly detail: string;
  readonly evidence: EvidenceSectionName;
}

/** A standard measure's latest total against the client's own baseline. */
export interface CaseloadMeasure {
  readonly instrument: Instrument;
  readonly latest: number;
  readonly latestOn: string;
  readonly severity: Severity;
  readonly severityLabel: string;
  readonly changeFromBaseline: number | null;
  readonly reliableChange: ReliableChange | null;
}

/** One client, as much as the caseload table needs to know. */
export interface CaseloadRow {
  readonly id: string;
  readonly preferredName: string;
  readonly pronouns: string | null;
  readonly status: ClientStatus;
  readonly activeGoalCount: number;
  readonly activeGoalDomains: readonly GoalDomain[];
  /** The latest day progress was recorded, an entry or a tick (ISO date); null before any. */
  readonly lastProgressOn: string | null;
  /** When the latest session began (ISO date-time), or null before the first one. */
  readonly lastSessionAt: string | null;
  readonly notesToSignCount: number;
  readonly nextMeasureDue: {
    readonly instrument: Instrument;
    readonly dueOn: string;
    readonly isOverdue: boolean;
  } | null;
  readonly milestonesTickedLast30Days: number;
  readonly winsLast30Days: number;
  /** Ticks plus wins in each of the last eight weeks, oldest first. */
  readonly weeklyActivity: readonly number[];
  readonly measures: readonly CaseloadMeasure[];
  readonly gasTScores: readonly { readonly reviewedOn: string; readonly tScore: number }[];
  /** Why to look at the client now, most urgent first; empty when all is calm. */
  readonly attention: readonly CaseloadAttentionFlag[];
  readonly goodNews: readonly CaseloadGoodNews[];
}

/** A chip that opens the client page at its evidence. */
interface EvidenceLink {
  readonly label: string;
  readonly detail: string;
  /** The client page's fragment: `safety`, `measures` ... */
  readonly fragment: string;
  /** Whether it is the one loud kind: an unreviewed safety flag. */
  readonly isSafety: boolean;
}

/** A row's chips: the first one or two, and how many more the client page shows. */
interface Chips {
  readonly shown: readonly EvidenceLink[];
  readonly more: number;
  /** Every chip's sentence, for the "+N more" link's tooltip and screen readers. */
  readonly moreDetail: string;
}

/** A measure cell's words. */
interface MeasureCell {
  readonly name: string;
  readonly latest: number;
  readonly severityLabel: string;
  /** "PHQ-9 9 (Mild) on 3 November, baseline 18". */
  readonly title: string;
  /** Latest minus baseline ("−9"), or null with only a baseline. */
  readonly change: string | null;
  readonly changeClass: 'better' | 'worse' | 'same' | null;
  readonly changeLabel: string | null;
}

/** A row with its words already chosen, so the template only places them. */
interface CaseloadRowView {
  readonly row: CaseloadRow;
  readonly statusLabel: string;
  readonly attention: Chips;
  readonly goodNews: Chips;
  readonly lastSessionOn: string | null;
  readonly lastSessionLabel: string | null;
  readonly nextMeasure: {
    readonly text: string;
    readonly title: string;
    readonly isOverdue: boolean;
  } | null;
  readonly activity: Sparkline & { readonly text: string };
  readonly measures: readonly (MeasureCell | null)[];
  readonly gas: (Sparkline & { readonly latest: string }) | null;
}

/** A small trend line's points, its latest point and what it shows, in words. */
interface Sparkline {
  readonly points: string;
  readonly last: { readonly x: number; readonly y: number } | null;
  readonly description: string;
}

/** The height of one row in pixels: virtual scrolling needs every row the same height. */
export const CASELOAD_ROW_HEIGHT = 76;

const changeWords: Readonly<
  Record<ReliableChange, { label: string; className: MeasureCell['changeClass'] }>
> = {
  RELIABLE_IMPROVEMENT: { label: 'Reliably better', className: 'better' },
  NO_RELIABLE_CHANGE: { label: 'No reliable change', className: 'same' },
  RELIABLE_DETERIORATION: { label: 'Reliably worse', className: 'worse' },
};

/**
 * The clinician's clients, one row each, scrolled virtually so thousands stay smooth: only the
 * rows in view are in the page, and rows not yet fetched show as placeholders until the page
 * has them (`rangeChange` says which rows are in view). Every chip links to its evidence.
 */
@Component({
  selector: 'wp-caseload-table',
  imports: [MatButtonModule, NgTemplateOutlet, RouterLink, ScrollingModule],
  templateUrl: './caseload-table.html',
  styleUrl: './caseload-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseloadTable {
  /** The view's rows in order; null for a row whose window has not arrived. */
  readonly clients = input.required<readonly (CaseloadRow | null)[]>();

  /** Today's local date (ISO), the day relative dates count back from. */
  readonly today = input.required<string>();

  /** What the table lists and in which order, for assistive technology. */
  readonly caption = input('Your clients, by preferred name');

  /**
   * Whether the rows offer to start a session. A supervisor reading a supervisee's caseload
   * only reads: the session column is left out.
   */
  readonly offersSessions = input(true);

  /** The rows in view (and a little beyond), for the page to fetch what is missing. */
  readonly rangeChange = output<ListRange>();

  protected readonly rowHeight = CASELOAD_ROW_HEIGHT;

  private readonly viewport = viewChild.required(CdkVirtualScrollViewport);

  constructor() {
    effect((onCleanup) => {
      const rendered = this.viewport().renderedRangeStream.subscribe((range) =>
        this.rangeChange.emit(range),
      );
      onCleanup(() => rendered.unsubscribe());
    });
  }

  protected readonly rows = computed<readonly (CaseloadRowView | null)[]>(() => {
    const today = this.today();
    return this.clients().map((row) => (row === null ? null : rowView(row, today)));
  });

  /** Back to the first row: a new view starts at its top. */
  scrollToTop(): void {
    // The viewport follows its element's scroll events.
    const element = this.viewport().elementRef.nativeElement;
    if (element.scrollTop > 0) element.scrollTop = 0;
  }

  protected trackByIndex(index: number): number {
    return index;
  }
}

function rowView(row: CaseloadRow, today: string): CaseloadRowView {
  const lastSessionOn =
    row.lastSessionAt === null ? null : localIsoDate(new Date(row.lastSessionAt));
  const activityCount = row.milestonesTickedLast30Days + row.winsLast30Days;
  return {
    row,
    statusLabel: clientStatusLabels[row.status],
    attention: chips(
      row.attention.map((flag) => ({
        ...evidenceLink(flag),
        isSafety: flag.kind === 'SAFETY_REVIEW',
      })),
    ),
    goodNews: chips(row.goodNews.map(evidenceLink)),
    lastSessionOn,
    lastSessionLabel:
      lastSessionOn === null ? null : formatRelativeDay(lastSessionOn, today).toLowerCase(),
    nextMeasure:
      row.nextMeasureDue === null
        ? null
        : {
            // "PHQ-9 due 13 Dec", or "GAD-7 overdue" with the day it was due in the tooltip.
            text: `${instrumentName(row.nextMeasureDue.instrument)} ${
              row.nextMeasureDue.isOverdue ? 'overdue' : `due ${shortDay(row.nextMeasureDue.dueOn)}`
            }`,
            title: `Due ${formatRelativeDay(row.nextMeasureDue.dueOn, today).toLowerCase()}, on ${
              row.nextMeasureDue.dueOn
            }`,
            isOverdue: row.nextMeasureDue.isOverdue,
          },
    activity: {
      text:
        activityCount === 0
          ? 'Nothing yet'
          : [
              row.milestonesTickedLast30Days > 0 ? `${row.milestonesTickedLast30Days} ticked` : '',
              row.winsLast30Days > 0
                ? `${row.winsLast30Days} ${row.winsLast30Days === 1 ? 'win' : 'wins'}`
                : '',
            ]
              .filter((part) => part !== '')
              .join(' · '),
      ...sparkline(sparklinePoints(row.weeklyActivity, { minimum: 0 })),
      description: `Milestones ticked and wins in each of the last ${row.weeklyActivity.length} weeks, oldest first: ${row.weeklyActivity.join(', ')}`,
    },
    measures: (['PHQ9', 'GAD7'] as const).map((instrument) => {
      const measure = row.measures.find((candidate) => candidate.instrument === instrument);
      return measure === undefined ? null : measureCell(measure);
    }),
    gas:
      row.gasTScores.length === 0
        ? null
        : {
            latest: `T ${Math.round(row.gasTScores[row.gasTScores.length - 1].tScore)}`,
            ...sparkline(
              sparklinePoints(
                row.gasTScores.map((point) => point.tScore),
                { minimum: 20, maximum: 80 },
              ),
            ),
            description: `${
              row.gasTScores.length === 1
                ? 'GAS T-score of the last review'
                : `GAS T-scores of the last ${row.gasTScores.length} reviews, oldest first`
            }: ${row.gasTScores.map((point) => Math.round(point.tScore)).join(', ')}`,
          },
  };
}

function sparkline(points: string) {
  return { points, last: lastSparklinePoint(points) };
}

function measureCell(measure: CaseloadMeasure): MeasureCell {
  const change = measure.changeFromBaseline;
  const words = measure.reliableChange === null ? null : changeWords[measure.reliableChange];
  return {
    name: instrumentName(measure.instrument),
    latest: measure.latest,
    severityLabel: measure.severityLabel,
    title: `${instrumentName(measure.instrument)} ${measure.latest} (${measure.severityLabel}) on ${measure.latestOn}${
      change === null ? ', the baseline' : `, ${measure.latest - change} at baseline`
    }`,
    change:
      change === null ? null : `${change > 0 ? '+' : change < 0 ? '−' : '±'}${Math.abs(change)}`,
    changeClass: words?.className ?? null,
    changeLabel: words?.label ?? null,
  };
}

// Two lines at most, so every row keeps its height: two chips, or the most urgent one and how
// many more the client page shows.
function chips(links: readonly EvidenceLink[]): Chips {
  const shown = links.length <= 2 ? links : links.slice(0, 1);
  return {
    shown,
    more: links.length - shown.length,
    moreDetail: links
      .slice(shown.length)
      .map((link) => link.detail)
      .join('; '),
  };
}

function evidenceLink(chip: CaseloadAttentionFlag | CaseloadGoodNews): EvidenceLink {
  return {
    label: chip.label,
    detail: chip.detail,
    fragment: chip.evidence.toLowerCase(),
    isSafety: false,
  };
}

const shortDayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** "13 Dec": a calendar day, short. */
function shortDay(isoDate: string): string {
  return shortDayFormat.format(new Date(`${isoDate}T00:00:00Z`));
}
