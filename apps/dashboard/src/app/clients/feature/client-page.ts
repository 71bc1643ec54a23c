import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Title } from '@angular/platform-browser';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { isRateableAtReview, summariseProgress, type ClientStatus } from '@waypoint/shared';

import { ClientMeasuresSection } from '../../measures/feature/client-measures-section';
import { ClientSafetyBanner } from '../../measures/feature/client-safety-banner';
import { ClientNotesSection } from '../../notes/feature/client-notes-section';
import { ClientSessionsSection } from '../../session-mode/feature/client-sessions-section';
import { ClientRecordReader } from '../data-access/client-record-reader';
import { isPendingEntryId } from '../data-access/progress-changes';
import { ClientHeader } from '../ui/client-header';
import type { GoalView, MilestoneView, ProgressEntryView } from '../ui/client-record-view';
import { GoalCard, type GoalRating, type MoveDirection } from '../ui/goal-card';
import type { MilestoneMove } from '../ui/milestone-checklist';
import { ProgressStrip } from '../ui/progress-strip';
import { ProgressTimeline } from '../ui/progress-timeline';
import { goalMatchesSearch } from '../ui/record-search';
import { buildTimeline, filterTimeline, type TimelineFilter } from '../ui/timeline-items';
import { ClientActions } from './client-actions';
import { ConflictResolution } from './conflict-resolution';
import { GoalActions } from './goal-actions';
import { MilestoneActions } from './milestone-actions';
import { PageFocus } from './page-focus';
import { isRatedAtReview, ProgressActions } from './progress-actions';

/**
 * One client's record of progress, opening on how far they have come: the baseline and
 * counts, goals with their milestones, and the timeline of wins, setbacks and changes.
 */
@Component({
  selector: 'wp-client-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatMenuModule,
    MatProgressBarModule,
    RouterLink,
    ClientHeader,
    GoalCard,
    ProgressStrip,
    ProgressTimeline,
    ClientSafetyBanner,
    ClientMeasuresSection,
    ClientNotesSection,
    ClientSessionsSection,
  ],
  providers: [
    ClientRecordReader,
    ConflictResolution,
    PageFocus,
    ClientActions,
    GoalActions,
    MilestoneActions,
    ProgressActions,
  ],
  templateUrl: './client-page.html',
  styleUrl: './client-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientPage {
  private readonly reader = inject(ClientRecordReader);
  private readonly clientActions = inject(ClientActions);
  private readonly goalActions = inject(GoalActions);
  private readonly milestoneActions = inject(MilestoneActions);
  private readonly progressActions = inject(ProgressActions);

  /** The client's id, from the route. */
  readonly clientId = input.required<string>();

  protected readonly record = this.reader.record;
  protected readonly isLoading = this.reader.isLoading;
  protected readonly loadFailure = this.reader.loadFailure;

  protected readonly search = signal('');
  protected readonly timelineFilter = signal<TimelineFilter>('ALL');
  protected readonly isSearching = computed(() => this.search().trim() !== '');

  protected readonly summary = computed(() => {
    const record = this.record();
    if (!record) return null;
    return summariseProgress({
      baselineRecordedOn: record.baseline?.recordedOn ?? null,
      startedOn: record.startedOn,
      goals: record.goals,
      entries: record.progressEntries,
    });
  });

  protected readonly goals = computed<readonly GoalView[]>(() => {
    const search = this.search();
    return (this.record()?.goals ?? []).filter((goal) => goalMatchesSearch(goal, search));
  });

  /** Each goal's level at the latest review that rated it. */
  protected readonly lastRatings = computed(() => {
    const ratings = new Map<string, GoalRating>();
    // Reviews come oldest first, so later ones overwrite earlier ones.
    for (const review of this.record()?.gasReviews ?? []) {
      for (const rating of review.ratings) {
        ratings.set(rating.goalId, { level: rating.level, reviewedOn: review.reviewedOn });
      }
    }
    return ratings;
  });

  protected readonly gasTScores = computed(() =>
    (this.record()?.gasReviews ?? []).map((review) => review.tScore),
  );

  protected readonly hasRateableGoals = computed(() =>
    (this.record()?.goals ?? []).some((goal) => isRatedAtReview(goal)),
  );

  /** Active goals a review leaves out because their levels are not described yet. */
  protected readonly undescribedActiveGoalCount = computed(
    () =>
      (this.record()?.goals ?? []).filter(
        (goal) => isRateableAtReview(goal.status) && !isRatedAtReview(goal),
      ).length,
  );

  private readonly timeline = computed(() => {
    const record = this.record();
    if (!record) return [];
    return buildTimeline({
      startedOn: record.startedOn,
      baseline: record.baseline,
      clientStatusHistory: record.statusHistory,
      goals: record.goals,
      entries: record.progressEntries,
      gasReviews: record.gasReviews,
    });
  });

  protected readonly timelineItems = computed(() =>
    filterTimeline(this.timeline(), this.timelineFilter(), this.search()),
  );

  protected readonly savingEntryIds = computed<ReadonlySet<string>>(
    () =>
      new Set(
        (this.record()?.progressEntries ?? [])
          .map((entry) => entry.id)
          .filter((id) => isPendingEntryId(id)),
      ),
  );

  /** What the search found, said politely as the clinician types. */
  protected readonly searchSummary = computed(() => {
    if (!this.isSearching()) return '';
    const goals = this.goals().length;
    const moments = this.timelineItems().length;
    const goalWord = goals === 1 ? 'goal' : 'goals';
    const momentWord = moments === 1 ? 'timeline entry' : 'timeline entries';
    return `${goals} ${goalWord} and ${moments} ${momentWord} match “${this.search().trim()}”`;
  });

  constructor() {
    effect(() => this.reader.watch(this.clientId()));
    // Arriving from a link or from adding the client, focus would otherwise sit on nothing.
    const focus = inject(PageFocus);
    const page = inject(DOCUMENT);
    // A caseload reason links to its evidence (#safety, #measures, #notes, #sessions, #goals,
    // #timeline): go there, not the top.
    const fragment = toSignal(inject(ActivatedRoute).fragment, { initialValue: null });
    let hasArrived = false;
    effect(() => {
      if (hasArrived || !this.record()) return;
      hasArrived = true;
      if (fragment() === 'safety') {
        // The banner sits under the name: the page's top shows both.
        focus.soon('[data-safety-banner-title]', '[data-page-heading]');
      } else if (fragment() === 'measures') {
        focus.soonAtTop('[data-measures-heading]');
      } else if (fragment() === 'notes') {
        focus.soonAtTop('[data-notes-heading]');
      } else if (fragment() === 'sessions') {
        focus.soonAtTop('[data-sessions-heading]');
      } else if (fragment() === 'goals') {
        focus.soonAtTop('[data-goals-heading]');
      } else if (fragment() === 'timeline') {
        focus.soonAtTop('[data-timeline-heading]');
      } else if (page.activeElement === null || page.activeElement === page.body) {
        focus.soon('[data-page-heading]');
      }
    });
    const title = inject(Title);
    effect(() => {
      const name = this.record()?.preferredName;
      if (name) title.setTitle(`${name} · Waypoint`);
    });
  }

  protected tryAgain(): void {
    this.reader.refetch();
  }

  protected editDetails(): void {
    this.clientActions.editDetails();
  }

  protected changeClientStatus(status: ClientStatus): void {
    void this.clientActions.changeStatus(status);
  }

  protected addGoal(): void {
    void this.goalActions.add();
  }

  protected editGoal(goal: GoalView): void {
    void this.goalActions.edit(goal);
  }

  protected changeGoalStatus(goal: GoalView): void {
    void this.goalActions.changeStatus(goal);
  }

  protected moveGoal(goal: GoalView, direction: MoveDirection): void {
    void this.goalActions.move(goal, direction);
  }

  protected tickMilestone(milestone: MilestoneView): void {
    void this.milestoneActions.tick(milestone);
  }

  protected untickMilestone(milestone: MilestoneView): void {
    void this.milestoneActions.untick(milestone);
  }

  protected addMilestone(goal: GoalView): void {
    void this.milestoneActions.add(goal);
  }

  protected editMilestone(goal: GoalView, milestone: MilestoneView): void {
    this.milestoneActions.edit(goal, milestone);
  }

  protected removeMilestone(goal: GoalView, milestone: MilestoneView): void {
    void this.milestoneActions.remove(goal, milestone);
  }

  protected moveMilestone(goal: GoalView, move: MilestoneMove): void {
    void this.milestoneActions.move(goal, move.milestone, move.direction);
  }

  protected logWin(): void {
    this.progressActions.log('WIN');
  }

  protected logSetback(): void {
    this.progressActions.log('SETBACK');
  }

  protected logGratitude(): void {
    this.progressActions.log('GRATITUDE');
  }

  protected logReflection(): void {
    this.progressActions.log('REFLECTION');
  }

  protected reviewGoals(): void {
    if (this.hasRateableGoals()) this.progressActions.reviewGoals();
  }

  protected editEntry(entry: ProgressEntryView): void {
    this.progressActions.edit(entry);
  }

  protected removeEntry(entry: ProgressEntryView): void {
    void this.progressActions.remove(entry);
  }

  protected setSearch(event: Event): void {
    this.search.set((event.target as HTMLInputElement).value);
  }

  protected clearSearch(): void {
    this.search.set('');
  }
}
