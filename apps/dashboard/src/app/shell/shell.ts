import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  inputBinding,
  outputBinding,
  signal,
  untracked,
  viewChild,
  ViewContainerRef,
  type Type,
} from '@angular/core';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

import { SessionEnding } from '../session/data-access/session-ending';
import { SignedInViewerReader } from '../session/data-access/signed-in-viewer';
import { IdleWarning } from '../session/feature/idle-warning';
import type { AccountMenu } from './account-menu';

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
  imports: [MatToolbarModule, RouterLink, RouterLinkActive, RouterOutlet, IdleWarning],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly ending = inject(SessionEnding);

  protected readonly viewer = inject(SignedInViewerReader).viewer;

  /**
   * The account menu, once its code has loaded. Material's menu and overlay would make the
   * start-up download half as big again, so they load when the browser is first idle; the
   * clinician's name shows in the menu's place until then. (A `@defer` block would do the same, but its runtime
   * would then be part of the start-up download too.)
   */
  protected readonly accountMenu = signal<Type<AccountMenu> | null>(null);
  private readonly accountMenuSlot = viewChild('accountMenuSlot', { read: ViewContainerRef });

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

  constructor() {
    afterNextRender(() =>
      whenIdle(() =>
        import('./account-menu').then(
          (module) => this.accountMenu.set(module.AccountMenu),
          // Offline with nothing cached: the name stays, without its menu, until a reload.
          () => undefined,
        ),
      ),
    );
    // The slot is new with each sign-in (it sits inside the viewer's @if), so the menu is too.
    effect(() => {
      const slot = this.accountMenuSlot();
      const menu = this.accountMenu();
      if (!slot || !menu) return;
      untracked(() =>
        slot.createComponent(menu, {
          bindings: [
            inputBinding('displayName', () => this.viewer()?.clinician.displayName ?? ''),
            outputBinding('signOut', () => this.signOut()),
          ],
        }),
      );
    });
  }

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

/** Runs `work` when the browser is idle (soon, where it cannot say when it is). */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work());
  else setTimeout(work, 0);
}
