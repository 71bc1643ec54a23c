import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** What walking the audit chain found, as the table of results needs it. */
export interface ChainVerification {
  readonly isIntact: boolean;
  readonly checkedCount: number;
  readonly firstBrokenSequence: number | null;
  readonly reason: string | null;
}

const countFormat = new Intl.NumberFormat();

/** The result of checking the audit trail: intact, or where it first breaks and why. */
@Component({
  selector: 'wp-chain-verification-result',
  template: `
    <div class="result" [class.broken]="!result().isIntact">
      @if (result().isIntact) {
        <p><strong>The audit trail is intact.</strong> {{ checked() }}; none altered or missing.</p>
      } @else {
        <p>
          <strong>The audit trail breaks at event {{ result().firstBrokenSequence }}.</strong>
          {{ result().reason }}
        </p>
        <p>
          Events from there on may have been altered or removed outside Waypoint. Note the event
          number and tell whoever looks after Waypoint's server. {{ checked() }}.
        </p>
      }
    </div>
  `,
  styles: `
    .result {
      padding: 12px 16px;
      border-inline-start: 4px solid var(--mat-sys-primary);
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container-high);
    }
    .result.broken {
      border-inline-start-color: var(--mat-sys-tertiary);
    }
    p {
      margin: 0;
    }
    p + p {
      margin-top: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChainVerificationResult {
  /** What the check found. */
  readonly result = input.required<ChainVerification>();

  protected readonly checked = computed(() => {
    const count = this.result().checkedCount;
    return `${countFormat.format(count)} ${count === 1 ? 'event' : 'events'} checked`;
  });
}
