import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { PHQ9_QUESTIONNAIRE } from '@waypoint/shared';

import { formatCalendarDay } from '../../clients/ui/calendar-day';
import { answerLabel } from './measure-words';
import type { CrisisResourceView, MeasureResponseView, SafetyFlagView } from './measure-views';

/** A clinician's request to record their review of one flag. */
export interface SafetyReviewRequest {
  readonly flag: SafetyFlagView;
  /** What raised the flag, in the banner's words. */
  readonly raisedBy: string;
}

/** PHQ-9 item 9, the item whose answer above 0 raises a flag. */
const safetyItem = 9;

/**
 * The one loud thing in Waypoint: a banner for each safety flag that waits for a clinician's
 * review, with what raised it and where to turn in a crisis. It has no close button; it goes
 * only when the review is recorded. It says what was answered and never judges risk itself.
 */
@Component({
  selector: 'wp-safety-banner',
  imports: [MatButtonModule],
  template: `
    @if (concerns().length > 0) {
      <section class="safety-banner" role="alert" aria-labelledby="safety-banner-title">
        <h2 id="safety-banner-title" class="title" tabindex="-1" data-safety-banner-title>
          Safety review needed
        </h2>
        <ul class="concerns">
          @for (concern of concerns(); track concern.flag.id) {
            <li class="concern">
              <p class="raised-by">
                {{ concern.raisedBy }}:
                <span class="item-wording">“{{ itemWording }}”</span>
              </p>
              <button
                mat-flat-button
                type="button"
                class="review-button"
                [disabled]="concern.isSaving"
                [disabledInteractive]="true"
                [attr.data-review-flag]="concern.flag.id"
                (click)="requestReview(concern)"
              >
                {{ concern.isSaving ? 'Saving the answer first…' : 'Record review' }}
              </button>
            </li>
          }
        </ul>
        <p class="guidance">
          This stays here until a clinician records their review. Follow your service's safety
          procedure; Waypoint shows what was answered and does not assess risk.
        </p>
        @if (crisisResources().length > 0) {
          <h3 class="resources-title">Crisis resources</h3>
          <ul class="resources">
            @for (resource of crisisResources(); track resource.label) {
              <li>
                <span class="resource-label">{{ resource.label }}</span>
                <span class="resource-contact">{{ resource.contact }}</span>
              </li>
            }
          </ul>
        }
      </section>
    }
  `,
  styleUrl: './safety-banner.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SafetyBanner {
  /** The client's safety flags; reviewed ones are not shown. */
  readonly flags = input.required<readonly SafetyFlagView[]>();

  /** The client's measure responses, to say which answer raised each flag. */
  readonly responses = input.required<readonly MeasureResponseView[]>();

  /** Where to turn in a crisis, from the installation's settings. */
  readonly crisisResources = input.required<readonly CrisisResourceView[]>();

  /** Flags whose answer the server has not confirmed yet: they cannot be reviewed until it has. */
  readonly savingFlagIds = input<ReadonlySet<string>>(new Set());

  /** The clinician asked to record their review of a flag. */
  readonly recordReview = output<SafetyReviewRequest>();

  protected readonly itemWording = PHQ9_QUESTIONNAIRE.items[safetyItem - 1];

  protected readonly concerns = computed(() =>
    this.flags()
      .filter((flag) => !flag.isReviewed)
      .map((flag) => {
        const response = this.responses().find(
          (candidate) => candidate.id === flag.measureResponseId,
        );
        return {
          flag,
          isSaving: this.savingFlagIds().has(flag.id),
          raisedBy: describeRaisedBy(flag, response),
        };
      }),
  );

  protected requestReview(concern: {
    readonly flag: SafetyFlagView;
    readonly raisedBy: string;
    readonly isSaving: boolean;
  }): void {
    // The button stays focusable while saving, so a click can still arrive.
    if (concern.isSaving) return;
    this.recordReview.emit({
      flag: concern.flag,
      raisedBy: `${concern.raisedBy}: “${this.itemWording}”`,
    });
  }
}

function describeRaisedBy(flag: SafetyFlagView, response: MeasureResponseView | undefined) {
  const answer = response?.answers[safetyItem - 1];
  const day = formatCalendarDay(response?.administeredOn ?? flag.raisedAt.slice(0, 10));
  const answered =
    typeof answer === 'number' ? `answered “${answerLabel('PHQ9', answer)}”` : 'answered above 0';
  return `PHQ-9 item ${safetyItem} was ${answered} on ${day}`;
}
