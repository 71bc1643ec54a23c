import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  viewChild,
} from '@angular/core';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

import { SessionEnding } from '../session/data-access/session-ending';
import { SignedInViewerReader } from '../session/data-access/signed-in-viewer';
import { IdleWarning } from '../session/feature/idle-warning';
import { AccountMenu } from './account-menu';

/** One link of the main navigation. */
interface NavigationLink {
  readonly label: string;
  readonly path: string;
}

const everyoneLinks: readonly NavigationLink[] = [
  { label: 'Caseload', path: '/' },
  { label: 'Prompts', path: '/prompts' },
];
const adminLinks: readonly NavigationLink[] = [
  { label: 'Accounts', path: '/accounts' },
  { label: 'Audit log', path: '/audit-log' },
];

/**
 * The frame around every page: skip link, product toolbar with the navigation and the
 * signed-in clinician's menu, the main landmark, and the idle warning.
 */
@Component({
  selector: 'wp-root',
  imports: [MatToolbarModule, RouterLink, RouterLinkActive, RouterOutlet, IdleWarning, AccountMenu],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly ending = inject(SessionEnding);

  protected readonly viewer = inject(SignedInViewerReader).viewer;

  // The caseload stays the current page whatever its filters in the query string say.
  protected readonly caseloadActive = {
    paths: 'exact',
    queryParams: 'ignored',
    fragment: 'ignored',
    matrixParams: 'ignored',
  } as const;
  protected readonly anyUnder = { exact: false } as const;

  protected readonly links = computed(() =>
    this.viewer()?.clinician.role === 'ADMIN' ? [...everyoneLinks, ...adminLinks] : everyoneLinks,
  );

  /**
   * Moves focus into the main landmark. Following the bare `#main` fragment would also work, but
   * the router would treat it as a navigation and some browsers leave focus on the link.
   */
  protected skipToMainContent(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected signOut(): void {
    void this.ending.signOut();
  }
}
