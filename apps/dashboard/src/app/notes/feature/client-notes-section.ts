import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { ClientNotesReader } from '../data-access/client-notes-reader';
import { NoteList, type NoteListItem } from '../ui/note-list';

/**
 * A client's progress notes for the client page: each session's note with its format and
 * whether it is signed, and the way to the client's progress letter.
 */
@Component({
  selector: 'wp-client-notes-section',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, NoteList],
  providers: [ClientNotesReader],
  template: `
    <!-- The caseload's "Notes to sign" links here (/clients/:id#notes). -->
    <section id="notes" aria-labelledby="notes-heading">
      <div class="section-heading">
        <h2 id="notes-heading" class="section-title" tabindex="-1" data-notes-heading>
          Progress notes
        </h2>
        <div class="section-actions">
          <a mat-stroked-button [routerLink]="['/clients', clientId(), 'progress-letter']"
            >Progress letter</a
          >
        </div>
      </div>
      @if (toSignCount() > 0) {
        <p class="quiet" data-notes-to-sign>
          {{ toSignCount() === 1 ? '1 note waits' : toSignCount() + ' notes wait' }} to be signed.
        </p>
      }
      @if (notes(); as notes) {
        @if (notes.length === 0) {
          <p class="empty-state">
            No progress notes yet. After a session, “Draft the progress note” writes one from what
            was recorded.
          </p>
        } @else {
          <wp-note-list [clientId]="clientId()" [notes]="notes" />
        }
      } @else if (loadFailure()) {
        <div class="load-failure" role="alert">
          <p>The progress notes could not be loaded.</p>
          <button
            mat-stroked-button
            type="button"
            [disabled]="isLoading()"
            [disabledInteractive]="true"
            (click)="tryAgain()"
          >
            Try again
          </button>
        </div>
      } @else {
        <mat-progress-bar mode="indeterminate" aria-label="Loading the progress notes" />
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .section-heading {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px 16px;
      margin-bottom: 4px;
    }
    .section-title {
      margin: 0;
      font: var(--mat-sys-headline-small);
      &:focus {
        outline: none;
      }
    }
    .section-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .quiet {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .empty-state {
      margin: 0;
      padding: 24px;
      border: 1px dashed var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      color: var(--mat-sys-on-surface-variant);
      text-align: center;
      font: var(--mat-sys-body-large);
    }
    .load-failure p {
      margin: 0 0 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientNotesSection {
  private readonly reader = inject(ClientNotesReader);

  /** The client whose notes to list. */
  readonly clientId = input.required<string>();

  protected readonly isLoading = this.reader.isLoading;
  protected readonly loadFailure = this.reader.loadFailure;

  protected readonly notes = computed<readonly NoteListItem[] | undefined>(() =>
    this.reader.notes()?.map((note) => ({
      id: note.id,
      format: note.format,
      sessionStartedAt: note.session.startedAt,
      signedAt: note.signedAt,
      signedByName: note.signedBy?.displayName ?? null,
    })),
  );

  protected readonly toSignCount = computed(
    () => (this.reader.notes() ?? []).filter((note) => note.status !== 'SIGNED').length,
  );

  constructor() {
    effect(() => this.reader.watch(this.clientId()));
  }

  protected tryAgain(): void {
    this.reader.refetch();
  }
}
