import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  type OnInit,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';

import {
  readApiProblem,
  tooManyAttemptsMessage,
  unreachableMessage,
} from '../../shared/api-problem';
import {
  AuthenticatorEnrolment,
  type PendingEnrolment,
} from '../data-access/authenticator-enrolment';
import { AuthenticatorSetup } from '../ui/authenticator-setup';
import { RecoveryCodes } from '../ui/recovery-codes';

type EnrolmentStep =
  | { readonly kind: 'starting' }
  | { readonly kind: 'start-failed'; readonly problem: string }
  | { readonly kind: 'scanning'; readonly enrolment: PendingEnrolment }
  | { readonly kind: 'storing-codes'; readonly codes: readonly string[] };

/**
 * Enrols an authenticator app from start to finish: QR code and key, a first code, then the
 * recovery codes shown once. Used on the security settings page and during sign-in when the
 * practice requires a second factor.
 */
@Component({
  selector: 'wp-second-factor-enrolment',
  imports: [MatButtonModule, MatProgressBarModule, AuthenticatorSetup, RecoveryCodes],
  template: `
    @switch (step().kind) {
      @case ('starting') {
        <mat-progress-bar mode="indeterminate" aria-label="Preparing your authenticator key" />
      }
      @case ('start-failed') {
        <div class="problem" role="alert">
          <p>{{ startProblem() }}</p>
          <button mat-stroked-button type="button" (click)="start()">Try again</button>
        </div>
      }
      @case ('scanning') {
        @if (enrolment(); as enrolment) {
          <wp-authenticator-setup
            [qrCodeSvg]="enrolment.qrCodeSvg"
            [secret]="enrolment.secret"
            [isBusy]="isConfirming()"
            [problem]="confirmProblem()"
            (confirmed)="confirm($event)"
          />
        }
      }
      @case ('storing-codes') {
        <div #codesRegion tabindex="-1" class="codes-region">
          <wp-recovery-codes [codes]="codes()" [doneLabel]="doneLabel()" (done)="finished.emit()" />
        </div>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .problem p {
      margin: 0 0 8px;
    }
    .codes-region:focus {
      outline: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SecondFactorEnrolment implements OnInit {
  private readonly enrolling = inject(AuthenticatorEnrolment);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** The signed-in clinician whose cached record should show the new factor; null in sign-in. */
  readonly clinicianId = input<string | null>(null);

  /** The words on the last button, once the recovery codes are stored. */
  readonly doneLabel = input("I've stored them");

  /** Emitted when the first code is accepted: the app is enrolled, the codes are showing. */
  readonly enrolled = output<void>();

  /** Emitted when the app is enrolled and the clinician has stored the recovery codes. */
  readonly finished = output<void>();

  protected readonly step = signal<EnrolmentStep>({ kind: 'starting' });
  protected readonly isConfirming = signal(false);
  protected readonly confirmProblem = signal<string | null>(null);

  protected readonly enrolment = computed(() => {
    const step = this.step();
    return step.kind === 'scanning' ? step.enrolment : null;
  });
  protected readonly codes = computed(() => {
    const step = this.step();
    return step.kind === 'storing-codes' ? step.codes : [];
  });
  protected readonly startProblem = computed(() => {
    const step = this.step();
    return step.kind === 'start-failed' ? step.problem : '';
  });

  ngOnInit(): void {
    void this.start();
  }

  protected async start(): Promise<void> {
    this.step.set({ kind: 'starting' });
    try {
      this.step.set({ kind: 'scanning', enrolment: await this.enrolling.begin() });
    } catch (error) {
      const problem = readApiProblem(error);
      this.step.set({
        kind: 'start-failed',
        problem: problem.isUnreachable
          ? unreachableMessage
          : 'Setting up an authenticator app is not possible right now. Try again in a moment.',
      });
    }
  }

  protected async confirm(code: string): Promise<void> {
    this.isConfirming.set(true);
    this.confirmProblem.set(null);
    try {
      const codes = await this.enrolling.confirm(code, this.clinicianId());
      this.step.set({ kind: 'storing-codes', codes });
      this.enrolled.emit();
      // The form that held focus is gone; the codes are what the clinician needs to read next.
      afterNextRender(
        () => this.host.nativeElement.querySelector<HTMLElement>('.codes-region')?.focus(),
        { injector: this.injector },
      );
    } catch (error) {
      const problem = readApiProblem(error);
      this.confirmProblem.set(
        problem.isUnreachable
          ? unreachableMessage
          : problem.code === 'RATE_LIMITED'
            ? tooManyAttemptsMessage(problem.retryAfterSeconds)
            : "That code didn't match. Codes change every 30 seconds: enter the one the app shows now.",
      );
    } finally {
      this.isConfirming.set(false);
    }
  }
}
