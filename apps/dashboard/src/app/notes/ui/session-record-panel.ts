import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { instrumentName, type Instrument, type ProgressEntryKind } from '@waypoint/shared';

import { progressKindLabels } from '../../clients/ui/record-labels';

/** What a session recorded, as the note page shows it beside the draft. */
export interface SessionRecordView {
  readonly notes: string;
  readonly promptsAsked: readonly {
    readonly id: string;
    readonly text: string;
    readonly answer: string | null;
  }[];
  readonly milestonesTicked: readonly { readonly id: string; readonly title: string }[];
  readonly progressEntries: readonly {
    readonly id: string;
    readonly kind: ProgressEntryKind;
    readonly clientWords: string;
    readonly isEffort: boolean;
  }[];
  readonly measures: readonly {
    readonly id: string;
    readonly instrument: Instrument;
    readonly total: number | null;
    readonly moodWord: string | null;
    readonly hasSafetyFlag: boolean;
  }[];
}

/** The session's record the draft came from, so every sentence can be checked against it. */
@Component({
  selector: 'wp-session-record-panel',
  template: `
    <section class="panel" aria-labelledby="session-record-title">
      <h2 class="title" id="session-record-title">What the session recorded</h2>
      @if (isEmpty()) {
        <p class="quiet">Nothing was recorded in this session.</p>
      }
      @if (record().notes.trim()) {
        <h3 class="group">Session notes</h3>
        <p class="notes">{{ record().notes }}</p>
      }
      @if (record().progressEntries.length > 0) {
        <h3 class="group">Wins, setbacks and reflections</h3>
        <ul class="items">
          @for (entry of record().progressEntries; track entry.id) {
            <li>
              <span class="kind"
                >{{ kindLabels[entry.kind] }}{{ entry.isEffort ? ': the trying' : '' }}</span
              >
              “{{ entry.clientWords }}”
            </li>
          }
        </ul>
      }
      @if (record().milestonesTicked.length > 0) {
        <h3 class="group">Milestones ticked</h3>
        <ul class="items">
          @for (milestone of record().milestonesTicked; track milestone.id) {
            <li>{{ milestone.title }}</li>
          }
        </ul>
      }
      @if (record().measures.length > 0) {
        <h3 class="group">Measures</h3>
        <ul class="items">
          @for (measure of record().measures; track measure.id) {
            <li>{{ describeMeasure(measure) }}</li>
          }
        </ul>
      }
      @if (record().promptsAsked.length > 0) {
        <h3 class="group">Prompts asked</h3>
        <ul class="items">
          @for (prompt of record().promptsAsked; track prompt.id) {
            <li>
              <span class="prompt">{{ prompt.text }}</span>
              @if (prompt.answer) {
                <span class="answer">“{{ prompt.answer }}”</span>
              } @else {
                <span class="answer quiet">No answer recorded</span>
              }
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .panel {
      padding: 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container);
    }
    .title {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .group {
      margin: 12px 0 4px;
      font: var(--mat-sys-title-small);
    }
    .notes {
      margin: 0;
      white-space: pre-line;
      font: var(--mat-sys-body-medium);
    }
    .items {
      margin: 0;
      padding-inline-start: 20px;
      font: var(--mat-sys-body-medium);
    }
    .items li + li {
      margin-top: 4px;
    }
    .kind {
      font: var(--mat-sys-label-large);
    }
    .prompt,
    .answer {
      display: block;
    }
    .quiet {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionRecordPanel {
  /** What the session recorded. */
  readonly record = input.required<SessionRecordView>();

  protected readonly kindLabels = progressKindLabels;

  protected readonly isEmpty = computed(() => {
    const record = this.record();
    return (
      record.notes.trim() === '' &&
      record.promptsAsked.length === 0 &&
      record.milestonesTicked.length === 0 &&
      record.progressEntries.length === 0 &&
      record.measures.length === 0
    );
  });

  protected describeMeasure(measure: SessionRecordView['measures'][number]): string {
    const name = instrumentName(measure.instrument);
    if (measure.instrument === 'MOOD') {
      const word = measure.moodWord ? ` (“${measure.moodWord}”)` : '';
      return `${name}: ${measure.total ?? '—'}/10${word}`;
    }
    const total = measure.total === null ? 'saved as a draft' : `total ${measure.total}`;
    return `${name} ${total}${measure.hasSafetyFlag ? ', item 9 answered above 0' : ''}`;
  }
}
