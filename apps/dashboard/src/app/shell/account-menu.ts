import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';

/**
 * The signed-in clinician's menu: security settings and signing out. Deferred by the shell,
 * so Material's menu and overlay code stay out of the first download.
 */
@Component({
  selector: 'wp-account-menu',
  imports: [MatButtonModule, MatMenuModule, RouterLink],
  template: `
    <button mat-button class="account-button" type="button" [matMenuTriggerFor]="accountMenu">
      <span class="visually-hidden">Account menu for</span>
      {{ displayName() }}
      <svg class="menu-caret" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
        <path d="M7 10l5 5 5-5z" />
      </svg>
    </button>
    <mat-menu #accountMenu="matMenu" xPosition="before">
      <a mat-menu-item routerLink="/security">Security settings</a>
      <button mat-menu-item type="button" (click)="signOut.emit()">Sign out</button>
    </mat-menu>
  `,
  styles: `
    .menu-caret {
      margin-inline-start: 4px;
      fill: currentColor;
      vertical-align: middle;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountMenu {
  /** The signed-in clinician's name, on the menu's button. */
  readonly displayName = input.required<string>();

  /** Emitted when the clinician chooses to sign out. */
  readonly signOut = output<void>();
}
