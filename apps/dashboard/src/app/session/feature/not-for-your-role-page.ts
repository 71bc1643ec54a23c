import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

/** What someone sees at a page their role does not include, such as an admin page. */
@Component({
  selector: 'wp-not-for-your-role-page',
  imports: [MatButtonModule, RouterLink],
  template: `
    <h1 class="page-title">This page is not part of your role</h1>
    <p>It is for your practice's admins. If you need something on it, ask one of them.</p>
    <a mat-flat-button routerLink="/">Go to your caseload</a>
  `,
  styles: `
    :host {
      display: block;
      max-width: 560px;
    }
    .page-title {
      margin: 0 0 8px;
      font: var(--mat-sys-headline-medium);
    }
    p {
      margin: 0 0 24px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotForYourRolePage {}
