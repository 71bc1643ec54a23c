import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';

import { PageFocus } from '../../clients/feature/page-focus';
import { isPendingMeasureId } from '../data-access/measure-changes';
import { MeasureRecordReader } from '../data-access/measure-record-reader';
import { SafetyBanner, type SafetyReviewRequest } from '../ui/safety-banner';
import { MeasureActions } from './measure-actions';

/**
 * The safety banner on its own, for the top of the client page when the measures section
 * sits lower down (then give the section `[showsSafetyBanner]="false"`). It reads the same
 * cached record as the section, so the two never disagree.
 */
@Component({
  selector: 'wp-client-safety-banner',
  imports: [SafetyBanner],
  providers: [MeasureRecordReader, MeasureActions, PageFocus],
  template: `
    <wp-safety-banner
      [flags]="reader.unreviewedSafetyFlags()"
      [responses]="reader.measureResponses()"
      [crisisResources]="reader.crisisResources()"
      [savingFlagIds]="savingFlagIds()"
      (recordReview)="recordReview($event)"
    />
  `,
  styles: `
    :host {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientSafetyBanner {
  protected readonly reader = inject(MeasureRecordReader);
  private readonly actions = inject(MeasureActions);

  /** The client whose safety flags to show. */
  readonly clientId = input.required<string>();

  protected readonly savingFlagIds = computed<ReadonlySet<string>>(
    () =>
      new Set(
        this.reader
          .unreviewedSafetyFlags()
          .map((flag) => flag.id)
          .filter((id) => isPendingMeasureId(id)),
      ),
  );

  constructor() {
    effect(() => this.reader.watch(this.clientId()));
  }

  protected recordReview(request: SafetyReviewRequest): void {
    // The client page's heading: the measures section may be far below.
    this.actions.reviewSafetyFlag(request, '[data-page-heading]');
  }
}
