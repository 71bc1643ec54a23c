import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router } from '@angular/router';

import { localIsoDate } from '../../shared/relative-day';
import { ClientChanges } from '../data-access/client-changes';
import { ClientDetailsForm, type ClientDetailsValue } from '../ui/client-details-form';
import type { FormProblem } from '../ui/form-problems';
import { Acknowledgements } from './acknowledgements';
import { formProblemOf } from './save-problems';

/** Adding a client to the caseload: who they are, when care began, where they started. */
@Component({
  selector: 'wp-new-client-page',
  imports: [ClientDetailsForm],
  template: `
    <h1 class="page-title">Add a client</h1>
    <p class="quiet">
      They join your caseload. Goals, milestones and wins come next, on their page.
    </p>
    <section class="panel" aria-label="The client's details">
      <wp-client-details-form
        [today]="today"
        [isBusy]="isBusy()"
        [problem]="problem()"
        submitLabel="Add client"
        (submitted)="create($event)"
        (cancelled)="cancel()"
      />
    </section>
  `,
  styles: `
    :host {
      display: block;
      max-width: 840px;
    }
    .page-title {
      margin: 0 0 4px;
      font: var(--mat-sys-headline-medium);
    }
    .quiet {
      margin: 0 0 16px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .panel {
      padding: 24px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewClientPage {
  private readonly clients = inject(ClientChanges);
  private readonly router = inject(Router);
  private readonly acknowledgements = inject(Acknowledgements);

  protected readonly today = localIsoDate(new Date());
  protected readonly isBusy = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);

  protected async create(details: ClientDetailsValue): Promise<void> {
    if (this.isBusy()) return;
    this.isBusy.set(true);
    this.problem.set(null);
    try {
      const client = await this.clients.create(details);
      this.acknowledgements.say(`${client.preferredName} is on your caseload now.`);
      await this.router.navigate(['/clients', client.id]);
    } catch (error) {
      this.problem.set(formProblemOf(error));
    } finally {
      this.isBusy.set(false);
    }
  }

  protected cancel(): void {
    void this.router.navigateByUrl('/');
  }
}
