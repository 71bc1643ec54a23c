import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { AttentionKind, ClientStatus, EvidenceSection, GoodNewsKind } from '@waypoint/shared';

import { formatRelativeDay, localIsoDate } from '../../shared/relative-day';
import { ClientStatusChip } from './client-status-chip';

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

/** One client, as much as the caseload table needs to know. */
export interface CaseloadRow {
  readonly id: string;
  readonly preferredName: string;
  readonly pronouns: string | null;
  readonly status: ClientStatus;
  readonly activeGoalCount: number;
  /** The day of the latest progress entry (ISO date), or null before the first one. */
  readonly lastProgressOn: string | null;
  /** When the latest session began (ISO date-time), or null before the first one. */
  readonly lastSessionAt: string | null;
  /** How many of the client's progress notes wait to be signed. */
  readonly notesToSignCount: number;
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

/** A row with its words already chosen, so the template only places them. */
interface CaseloadRowView extends Omit<CaseloadRow, 'attention' | 'goodNews'> {
  readonly lastProgressLabel: string | null;
  /** The local day of the latest session, or null before the first. */
  readonly lastSessionOn: string | null;
  readonly attention: readonly EvidenceLink[];
  readonly goodNews: readonly EvidenceLink[];
}

const allColumns = [
  'name',
  'status',
  'attention',
  'goodNews',
  'activeGoals',
  'lastProgress',
  'lastSession',
  'notesToSign',
  'session',
] as const;

/**
 * The clinician's clients, one row each: name, status, what needs attention and what is going
 * well (each chip links to its evidence), active goals, last progress and session, notes to sign.
 */
@Component({
  selector: 'wp-caseload-table',
  imports: [MatButtonModule, MatTableModule, RouterLink, ClientStatusChip],
  templateUrl: './caseload-table.html',
  styleUrl: './caseload-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseloadTable {
  /** The clients to list, in the order to show them. */
  readonly clients = input.required<readonly CaseloadRow[]>();

  /** Today's local date (ISO), the day relative dates count back from. */
  readonly today = input.required<string>();

  /** What the table lists and in which order, for assistive technology. */
  readonly caption = input('Your clients, by preferred name');

  /**
   * Whether the rows offer to start a session. A supervisor reading a supervisee's caseload
   * only reads: the session column is left out.
   */
  readonly offersSessions = input(true);

  protected readonly columns = computed(() =>
    allColumns.filter((column) => column !== 'session' || this.offersSessions()),
  );

  protected readonly rows = computed<readonly CaseloadRowView[]>(() => {
    const today = this.today();
    return this.clients().map((client) => ({
      ...client,
      lastProgressLabel:
        client.lastProgressOn === null ? null : formatRelativeDay(client.lastProgressOn, today),
      lastSessionOn:
        client.lastSessionAt === null ? null : localIsoDate(new Date(client.lastSessionAt)),
      attention: client.attention.map((flag) => ({
        ...evidenceLink(flag),
        isSafety: flag.kind === 'SAFETY_REVIEW',
      })),
      goodNews: client.goodNews.map(evidenceLink),
    }));
  });

  protected relativeDay(isoDate: string): string {
    return formatRelativeDay(isoDate, this.today());
  }

  protected trackById(_index: number, row: CaseloadRowView): string {
    return row.id;
  }
}

function evidenceLink(chip: CaseloadAttentionFlag | CaseloadGoodNews): EvidenceLink {
  return {
    label: chip.label,
    detail: chip.detail,
    fragment: chip.evidence.toLowerCase(),
    isSafety: false,
  };
}
