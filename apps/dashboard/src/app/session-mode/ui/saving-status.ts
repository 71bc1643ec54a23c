import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Whether everything is saved: "Saved", "Saving…" or "Offline: 3 changes waiting". */
@Component({
  selector: 'wp-saving-status',
  template: `
    <span
      class="status"
      [class.is-offline]="status() === 'OFFLINE'"
      role="status"
      data-saving-status
    >
      <span class="dot" aria-hidden="true"></span>
      {{ text() }}
    </span>
  `,
  styles: `
    .status {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 2px 10px;
      border-radius: 16px;
      background: var(--mat-sys-surface-container);
      font: var(--mat-sys-label-large);
    }
    .status.is-offline {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .dot {
      width: 8px;
      height: 8px;
      border-radius: 50%;
      background: var(--mat-sys-primary);
    }
    .is-offline .dot {
      background: var(--mat-sys-tertiary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SavingStatus {
  readonly status = input.required<'SAVED' | 'SAVING' | 'OFFLINE'>();
  readonly text = input.required<string>();
}
