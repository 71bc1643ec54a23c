import { ChangeDetectionStrategy, Component, computed, effect, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { SessionModality } from '@waypoint/shared';

import { watchQuery } from '../../shared/watched-query';
import { clientSessionsDocument } from '../data-access/session-screen-documents';

const modalityWords: Readonly<Record<SessionModality, string>> = {
  IN_PERSON: 'in person',
  VIDEO: 'video',
  PHONE: 'phone',
};

/** A client's sessions on their page, latest first, each with its note's status. */
@Component({
  selector: 'wp-client-sessions-section',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink],
  template: `
    <!-- The caseload's "No session for N weeks" links here (/clients/:id#sessions). -->
    <section id="sessions" aria-labelledby="sessions-heading">
      <div class="section-heading">
        <h2 id="sessions-heading" class="section-title" tabindex="-1" data-sessions-heading>
          Sessions
        </h2>
      </div>
      @if (rows(); as rows) {
        @if (rows.length === 0) {
          <p class="empty-state">No sessions yet. Session mode starts the first.</p>
        } @else {
          <ul class="sessions">
            @for (row of rows; track row.id) {
              <li>
                <time [attr.datetime]="row.startedAt">{{ row.when }}</time>
                <span class="quiet">{{ row.how }}</span>
                @if (row.noteId) {
                  <a [routerLink]="['/clients', clientId(), 'notes', row.noteId]">{{
                    row.noteStatus
                  }}</a>
                } @else if (row.isOpen) {
                  <a [routerLink]="['/clients', clientId(), 'session']">Open now</a>
                } @else {
                  <span class="quiet">No progress note</span>
                }
              </li>
            }
          </ul>
          @if (hasMore()) {
            <button mat-button type="button" (click)="showsAll.set(true)">
              Show all {{ total() }} sessions
            </button>
          }
        }
      } @else if (query.loadFailure()) {
        <div class="load-failure" role="alert">
          <p>The sessions could not be loaded.</p>
          <button mat-stroked-button type="button" (click)="query.refetch()">Try again</button>
        </div>
      } @else {
        <mat-progress-bar mode="indeterminate" aria-label="Loading the sessions" />
      }
    </section>
  `,
  styles: `
    .sessions {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .sessions li {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      padding: 6px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .quiet {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientSessionsSection {
  readonly clientId = input.required<string>();

  // The latest few by default: a long course of therapy has a long list.
  private static readonly shownAtFirst = 5;
  protected readonly showsAll = signal(false);
  private readonly watchedId = signal<string | null>(null);
  protected readonly query = watchQuery(
    clientSessionsDocument,
    computed(() => {
      const clientId = this.watchedId();
      return clientId === null ? null : { clientId };
    }),
  );

  private readonly sessions = computed(() => this.query.data()?.client?.sessions);
  protected readonly total = computed(() => this.sessions()?.length ?? 0);
  protected readonly hasMore = computed(
    () => !this.showsAll() && this.total() > ClientSessionsSection.shownAtFirst,
  );
  protected readonly rows = computed(() => {
    const sessions = this.sessions();
    if (!sessions) return undefined;
    const shown = this.showsAll()
      ? sessions
      : sessions.slice(0, ClientSessionsSection.shownAtFirst);
    return shown.map((session) => ({
      id: session.id,
      startedAt: session.startedAt,
      when: new Date(session.startedAt).toLocaleString([], {
        dateStyle: 'medium',
        timeStyle: 'short',
      }),
      how: [
        modalityWords[session.modality],
        session.durationMinutes === null ? null : `${session.durationMinutes} min`,
      ]
        .filter((part) => part !== null)
        .join(' · '),
      isOpen: session.endedAt === null,
      noteId: session.note?.id ?? null,
      noteStatus: session.note?.status === 'SIGNED' ? 'Signed note' : 'Draft note',
    }));
  });

  constructor() {
    effect(() => this.watchedId.set(this.clientId()));
  }
}
