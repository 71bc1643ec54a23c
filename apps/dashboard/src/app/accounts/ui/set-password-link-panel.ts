import { Clipboard } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { formatLocalDateTime } from '../../shared/local-date-time';

/** A one-time set-password link to hand to the account's owner. */
export interface LinkToSend {
  readonly url: string;
  /** ISO date-time after which the link no longer works. */
  readonly expiresAt: string;
  readonly displayName: string;
}

/** Shows a set-password link once, with a way to copy it. */
@Component({
  selector: 'wp-set-password-link-panel',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <p>
      Send this link to {{ link().displayName }} so they can choose a password. It works once, until
      <time [attr.datetime]="link().expiresAt" [title]="link().expiresAt">{{
        expiresLabel()
      }}</time>.
    </p>
    <p class="quiet">Send it somewhere only they can read, such as their work email.</p>
    <mat-form-field appearance="outline" subscriptSizing="dynamic" class="link-field">
      <mat-label>Set-password link</mat-label>
      <input matInput readonly [value]="link().url" (focus)="selectAll($event)" />
    </mat-form-field>
    <div class="actions">
      <button mat-flat-button type="button" (click)="copyLink()">Copy link</button>
      <button mat-button type="button" (click)="closed.emit()">Done</button>
    </div>
    <p class="quiet" role="status">{{ status() }}</p>
  `,
  styleUrl: './account-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetPasswordLinkPanel {
  private readonly clipboard = inject(Clipboard);

  /** The link and who it is for. */
  readonly link = input.required<LinkToSend>();

  /** Emitted when the admin is done with the link. */
  readonly closed = output<void>();

  protected readonly status = signal('');
  protected readonly expiresLabel = computed(() => formatLocalDateTime(this.link().expiresAt));

  protected copyLink(): void {
    this.status.set(
      this.clipboard.copy(this.link().url)
        ? 'Link copied.'
        : 'Copying did not work here. Select the link and copy it by hand.',
    );
  }

  protected selectAll(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }
}
