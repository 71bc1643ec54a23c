import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { SessionStore } from '../../session/data-access/session-store';
import { SignedInViewerReader } from '../../session/data-access/signed-in-viewer';
import { SecondFactorEnrolment } from './second-factor-enrolment';

/** The signed-in clinician's own security: their authenticator app and their session. */
@Component({
  selector: 'wp-security-settings-page',
  imports: [MatButtonModule, SecondFactorEnrolment],
  templateUrl: './security-settings-page.html',
  styleUrl: './security-settings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SecuritySettingsPage {
  private readonly store = inject(SessionStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly viewer = inject(SignedInViewerReader).viewer;

  /** Whether the enrolment steps are showing. */
  protected readonly isEnrolling = signal(false);
  /** Whether the new app is confirmed, so leaving now would only hide the recovery codes. */
  protected readonly isEnrolled = signal(false);
  /** What the last enrolment left to say, in a polite live region. */
  protected readonly status = signal('');

  /** The idle timeout in whole minutes, as the server set it for this session. */
  protected readonly idleMinutes = computed(() => {
    const windowMs = this.store.idleWindowMs();
    return windowMs === null ? null : Math.max(1, Math.round(windowMs / 60_000));
  });

  protected startEnrolment(): void {
    this.status.set('');
    this.isEnrolled.set(false);
    this.isEnrolling.set(true);
  }

  protected cancelEnrolment(): void {
    this.isEnrolling.set(false);
    this.focusSoon('[data-enrol-button]');
  }

  protected finishEnrolment(): void {
    this.isEnrolling.set(false);
    this.status.set('Done: your authenticator app is set up.');
    this.focusSoon('[data-enrol-heading]');
  }

  private focusSoon(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
