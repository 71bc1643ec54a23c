import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { Router } from '@angular/router';

import {
  readApiProblem,
  tooManyAttemptsMessage,
  unreachableMessage,
} from '../../shared/api-problem';
import { SessionStore } from '../data-access/session-store';
import { SigningIn } from '../data-access/signing-in';
import { NewPasswordForm } from '../ui/new-password-form';

const linkNotUsable =
  'This link has been used already or is out of date. Ask your practice admin for a new one.';

/** Choosing a password through the one-time link an admin sent. */
@Component({
  selector: 'wp-set-password-page',
  imports: [MatCardModule, NewPasswordForm],
  template: `
    <div class="sign-in">
      <mat-card appearance="outlined" class="card">
        <mat-card-content>
          <h1 class="title">Choose your password</h1>
          @if (token()) {
            <wp-new-password-form
              [isBusy]="isBusy()"
              [problem]="problem()"
              [passwordProblem]="passwordProblem()"
              (submitted)="choose($event)"
            />
          } @else {
            <p role="alert">
              This link is missing part of its address. Open it again from the message you were
              sent, or ask your practice admin for a new one.
            </p>
          }
        </mat-card-content>
      </mat-card>
    </div>
  `,
  styleUrl: './sign-in-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetPasswordPage {
  private readonly signingIn = inject(SigningIn);
  private readonly router = inject(Router);
  private readonly store = inject(SessionStore);

  /** The one-time token from the link (the `token` query parameter). */
  readonly token = input<string>();

  protected readonly isBusy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly passwordProblem = signal<string | null>(null);

  protected async choose(password: string): Promise<void> {
    const token = this.token();
    if (!token || this.isBusy()) return;
    this.isBusy.set(true);
    this.problem.set(null);
    this.passwordProblem.set(null);
    try {
      await this.signingIn.choosePassword(token, password);
      this.store.tell('PASSWORD_SET');
      await this.router.navigate(['/sign-in']);
    } catch (error) {
      const problem = readApiProblem(error);
      if (problem.isUnreachable) this.problem.set(unreachableMessage);
      else if (problem.code === 'RATE_LIMITED') {
        this.problem.set(tooManyAttemptsMessage(problem.retryAfterSeconds));
      } else if (problem.code === 'BAD_USER_INPUT' && problem.field === 'password') {
        this.passwordProblem.set(problem.message ?? 'Choose a different password');
      } else this.problem.set(linkNotUsable);
    } finally {
      this.isBusy.set(false);
    }
  }
}
