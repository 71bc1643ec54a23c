import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Location } from '@angular/common';
import { provideLocationMocks } from '@angular/common/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Apollo } from 'apollo-angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';

import type { CaseloadQuery } from '../../__generated__/graphql';
import { viewerDocument, type SignedInViewer } from '../../session/data-access/session-documents';
import { SessionStore } from '../../session/data-access/session-store';
import { aViewer } from '../../session/data-access/viewer.fixture';
import { CaseloadPage, SEARCH_SETTLE_MILLISECONDS } from './caseload-page';

// Test support for the caseload page's specs: the page on its route, with a client page to
// follow a reason's link to, a signed-in viewer in the cache, and clients as the API answers.

type Answered<T> = T & { readonly __typename: string };
type CaseloadAnswerClient = Answered<CaseloadQuery['caseload'][number]>;

/** A calm, active client as the caseload query answers one; `changes` override. */
export function aClient(
  id: string,
  preferredName: string,
  changes: Partial<CaseloadAnswerClient> = {},
): CaseloadAnswerClient {
  return {
    __typename: 'Client',
    id,
    preferredName,
    pronouns: null,
    status: 'ACTIVE',
    activeGoalCount: 1,
    activeGoalDomains: ['MOOD'],
    lastProgressOn: null,
    lastSessionAt: null,
    notesToSignCount: 0,
    attention: [],
    goodNews: [],
    ...changes,
  };
}

/** One reason for attention as the API words it. */
export function aFlag(
  kind: CaseloadAnswerClient['attention'][number]['kind'],
  label: string,
  evidence: CaseloadAnswerClient['attention'][number]['evidence'],
): CaseloadAnswerClient['attention'][number] & { __typename: 'AttentionFlag' } {
  return { __typename: 'AttentionFlag', kind, label, detail: `${label}: the detail`, evidence };
}

/** One piece of good news as the API words it. */
export function aGoodNews(
  kind: CaseloadAnswerClient['goodNews'][number]['kind'],
  label: string,
  detail: string,
  evidence: CaseloadAnswerClient['goodNews'][number]['evidence'],
): CaseloadAnswerClient['goodNews'][number] & { __typename: 'GoodNews' } {
  return { __typename: 'GoodNews', kind, label, detail, evidence };
}

@Component({ template: '<h1>Client page</h1>' })
class ClientPageStub {}

/** The caseload page under a real router, with the Apollo backend to answer its queries. */
export interface OpenCaseloadPage {
  readonly harness: RouterTestingHarness;
  readonly loader: HarnessLoader;
  readonly backend: ApolloTestingController;
  /** Lets pending navigations, answers and change detection finish. */
  settle(): Promise<void>;
  /** Waits until typing in the search has settled and been applied. */
  settleSearch(): Promise<void>;
  /** The address the router is at. */
  url(): string;
  /** Presses the browser's Back button. */
  back(): Promise<void>;
  /** The page's root element. */
  element(): HTMLElement;
}

/** Opens `url` on a router holding the caseload page, signed in as `viewer`. */
export async function openCaseloadPage(
  url = '/',
  viewer: SignedInViewer & { __typename: 'Viewer' } = aViewer(),
): Promise<OpenCaseloadPage> {
  TestBed.configureTestingModule({
    imports: [ApolloTestingModule],
    providers: [
      provideRouter([
        { path: '', component: CaseloadPage },
        { path: 'clients/:clientId', component: ClientPageStub },
      ]),
      // History that Back can walk through, as a browser's does.
      provideLocationMocks(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const backend = TestBed.inject(ApolloTestingController);
  TestBed.inject(Apollo).client.writeQuery({ query: viewerDocument, data: { viewer } });
  TestBed.inject(SessionStore).start(viewer, Date.now());
  const harness = await RouterTestingHarness.create();
  // Without an app to bootstrap, the router would not listen to Back: start it as one does.
  TestBed.inject(Router).initialNavigation();
  await harness.navigateByUrl(url);
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  await settle();
  return {
    harness,
    loader: TestbedHarnessEnvironment.loader(harness.fixture),
    backend,
    settle,
    settleSearch: async () => {
      await new Promise((resolve) => setTimeout(resolve, SEARCH_SETTLE_MILLISECONDS + 50));
      await settle();
    },
    url: () => TestBed.inject(Router).url,
    back: async () => {
      TestBed.inject(Location).back();
      await settle();
    },
    element: () => harness.routeNativeElement as HTMLElement,
  };
}
