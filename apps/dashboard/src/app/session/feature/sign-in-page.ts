import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { Router } from '@angular/router';

import { SecondFactorEnrolment } from '../../accounts/feature/second-factor-enrolment';
import {
  readApiProblem,
  tooManyAttemptsMessage,
  unreachableMessage,
} from '../../shared/api-problem';
import { SessionStore } from '../data-access/session-store';
import { SigningIn, type SignInProgress } from '../data-access/signing-in';
import { CredentialsForm, type Credentials } from '../ui/credentials-form';
import { SecondFactorForm } from '../ui/second-factor-form';
import { safeReturnUrl, signInNoticeText } from './sign-in-notices';

type SignInStep = 'credentials' | 'second-factor' | 'enrolment';

const wrongCredentials =
  "We couldn't sign you in with that email and password. Check them and try again.";
const wrongCode = "That code didn't match. Check it, or use the code the app shows now.";
const restarted =
  'Signing in took a while, so it started over to protect client privacy. Enter your email and password again.';

/** The sign-in page: email and password, then a second factor when the account has one. */
@Component({
  selector: 'wp-sign-in-page',
  imports: [MatCardModule, CredentialsForm, SecondFactorForm, SecondFactorEnrolment],
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  private readonly signingIn = inject(SigningIn);
  private readonly router = inject(Router);
  private readonly store = inject(SessionStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** The page the clinician was on before signing in (the `returnTo` query parameter). */
  readonly returnTo = input<string>();

  protected readonly step = signal<SignInStep>('credentials');
  protected readonly isBusy = signal(false);
  protected readonly problem = signal<string | null>(null);
  /** A word of guidance above the code field, when the step needs one. */
  protected readonly codeHint = signal<string | null>(null);

  protected readonly notice = computed(() => {
    const notice = this.store.signInNotice();
    return notice === null ? null : signInNoticeText[notice];
  });

  protected async signIn(credentials: Credentials): Promise<void> {
    await this.attempt(() => this.signingIn.withPassword(credentials.email, credentials.password), {
      otherwise: wrongCredentials,
    });
  }

  protected async verify(code: string): Promise<void> {
    await this.attempt(() => this.signingIn.withSecondFactor(code), { otherwise: wrongCode });
  }

  protected startOver(): void {
    this.problem.set(null);
    this.codeHint.set(null);
    this.moveTo('credentials');
  }

  /** After enrolling during sign-in: on to Waypoint, or one more code if the server asks. */
  protected async finishEnrolment(): Promise<void> {
    try {
      if (await this.signingIn.isSignedIn()) {
        await this.goOnward();
        return;
      }
    } catch {
      // The code step below explains itself; a failed check only means one more step.
    }
    this.codeHint.set('Your app is set up. Enter the code it shows now to finish signing in.');
    this.moveTo('second-factor');
  }

  private async attempt(
    step: () => Promise<SignInProgress>,
    words: { readonly otherwise: string },
  ): Promise<void> {
    if (this.isBusy()) return;
    this.isBusy.set(true);
    this.problem.set(null);
    try {
      const progress = await step();
      if (progress === 'SIGNED_IN') await this.goOnward();
      else if (progress === 'SECOND_FACTOR_REQUIRED') this.moveTo('second-factor');
      else this.moveTo('enrolment');
    } catch (error) {
      const problem = readApiProblem(error);
      if (problem.isUnreachable) this.problem.set(unreachableMessage);
      else if (problem.code === 'RATE_LIMITED') {
        this.problem.set(tooManyAttemptsMessage(problem.retryAfterSeconds));
      } else if (problem.code === 'UNAUTHENTICATED' && this.step() !== 'credentials') {
        this.problem.set(restarted);
        this.moveTo('credentials');
      } else this.problem.set(words.otherwise);
    } finally {
      this.isBusy.set(false);
    }
  }

  private async goOnward(): Promise<void> {
    await this.router.navigateByUrl(safeReturnUrl(this.returnTo()));
  }

  private moveTo(step: SignInStep): void {
    if (this.step() === step) return;
    this.step.set(step);
    // The form that held focus is replaced: start the new step at its heading.
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>('[data-step-heading]')?.focus(),
      { injector: this.injector },
    );
  }
}
