import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { provideRouter } from '@angular/router';
import { InMemoryCache } from '@apollo/client';
import { APOLLO_TESTING_CACHE, ApolloTestingController } from 'apollo-angular/testing';

import { LoadedApolloTestingModule } from '../../shared/apollo-on-demand.testing';
import { provideRecordingChartLibrary } from '../../measures/ui/chart-library.testing';
import { provideLayoutFreeInteractivity } from '../../shared/layout-free-interactivity';
import { samsRecord } from '../data-access/client-record.fixture';
import { clientTypePolicies } from '../data-access/client-type-policies';
import { ClientPage } from './client-page';

/** The client page, rendered on a testing backend with a record already answered. */
export interface RenderedClientPage {
  readonly fixture: ComponentFixture<ClientPage>;
  readonly loader: HarnessLoader;
  /** Finds harnesses in overlays too: dialogs, menus, snack bars. */
  readonly documentLoader: HarnessLoader;
  readonly backend: ApolloTestingController;
  /** Lets promises, the cache's broadcasts and change detection run. */
  settle(): Promise<void>;
  /** The text of the snack bar on screen now. */
  snackBarMessage(): Promise<string>;
  /** The page's text, each piece of text separated by one space. */
  text(): string;
}

/** An element's text as it reads, each text node separated by one space. */
export function readableText(element: Element): string {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const pieces: string[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const piece = node.textContent?.replace(/\s+/g, ' ').trim();
    if (piece) pieces.push(piece);
  }
  return pieces.join(' ');
}

/** The measures section's first read for a client with no measures given yet (with __typenames). */
function unmeasured(record: ReturnType<typeof samsRecord>) {
  return {
    client: {
      __typename: 'Client',
      id: record.id,
      startedOn: record.startedOn,
      measureResponses: [],
      safetyFlags: [],
      unreviewedSafetyFlagCount: 0,
      measureSchedules: [],
      overdueMeasures: [],
      notOnTrack: [],
      gasReviews: record.gasReviews.map((review) => ({
        __typename: 'GasReview',
        id: review.id,
        reviewedOn: review.reviewedOn,
        tScore: review.tScore,
      })),
      progressEntries: record.progressEntries.map((entry) => ({
        __typename: 'ProgressEntry',
        id: entry.id,
        kind: entry.kind,
        occurredOn: entry.occurredOn,
      })),
      goals: record.goals.map((goal) => ({
        __typename: 'Goal',
        id: goal.id,
        milestones: goal.milestones.map((milestone) => ({
          __typename: 'Milestone',
          id: milestone.id,
          doneAt: milestone.doneAt,
        })),
      })),
    },
    crisisResources: [],
  };
}

/** Renders the client page for a record (Sam's unless told) and answers its first read. */
export async function renderClientPage(
  record: ReturnType<typeof samsRecord> = samsRecord(),
  options: { readonly isAnswered?: boolean } = {},
): Promise<RenderedClientPage> {
  TestBed.configureTestingModule({
    imports: [LoadedApolloTestingModule],
    providers: [
      {
        provide: APOLLO_TESTING_CACHE,
        useFactory: () => new InMemoryCache({ typePolicies: clientTypePolicies }),
      },
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      provideLayoutFreeInteractivity(),
      // jsdom has no canvas: the measures section's charts record what they would draw.
      provideRecordingChartLibrary(),
      provideRouter([]),
    ],
  });
  const backend = TestBed.inject(ApolloTestingController);
  const fixture = TestBed.createComponent(ClientPage);
  fixture.componentRef.setInput('clientId', record.id);
  const loader = TestbedHarnessEnvironment.loader(fixture);
  const documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
  const settle = async () => {
    for (let round = 0; round < 3; round += 1) {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    }
  };
  await fixture.whenStable();
  if (options.isAnswered ?? true) {
    backend.expectOne('ClientRecord').flushData({ client: record });
    await settle();
    // The measures section below the timeline reads the same client; nothing measured yet.
    backend.expectOne('MeasureRecord').flushData(unmeasured(record));
    await settle();
    // So does the list of progress notes; none drafted yet.
    backend
      .expectOne('ClientNotes')
      .flushData({ client: { __typename: 'Client', id: record.id, notes: [] } });
    // And the list of sessions; none yet.
    backend
      .expectOne('ClientSessions')
      .flushData({ client: { __typename: 'Client', id: record.id, sessions: [] } });
    await settle();
  }
  return {
    fixture,
    loader,
    documentLoader,
    backend,
    settle,
    snackBarMessage: async () => (await documentLoader.getHarness(MatSnackBarHarness)).getMessage(),
    text: () => readableText(fixture.nativeElement),
  };
}
