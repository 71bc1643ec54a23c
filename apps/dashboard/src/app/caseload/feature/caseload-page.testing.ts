import { CdkVirtualScrollViewport } from '@angular/cdk/scrolling';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Location } from '@angular/common';
import { provideLocationMocks } from '@angular/common/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { By } from '@angular/platform-browser';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApolloTestingController, type TestOperation } from 'apollo-angular/testing';

import { SignedInViewerReader } from '../../session/data-access/signed-in-viewer';
import { LoadedApolloTestingModule } from '../../shared/apollo-on-demand.testing';
import { aCaseloadRow } from '../../shared/caseload-row.fixture';
import type { CaseloadViewInput, CaseloadViewQuery } from '../../__generated__/graphql';
import { type SignedInViewer } from '../../session/data-access/session-documents';
import { aViewer } from '../../session/data-access/viewer.fixture';
import type { CaseloadClient } from '../data-access/caseload-documents';
import { CASELOAD_ROW_HEIGHT } from '../ui/caseload-table';
import { CaseloadPage, SEARCH_SETTLE_MILLISECONDS } from './caseload-page';

// Test support for the caseload page's specs: the page on its route, with a client page to
// follow a reason's link to, a signed-in viewer in the cache, and windows of the caseload view as
// the API answers them. The server filters and orders: the specs check what the page asks for
// and that it shows the rows in the order they were answered.

type Answered<T> = T & { readonly __typename: string };
type CaseloadAnswerClient = Answered<CaseloadClient>;
type AnswerFlag = CaseloadClient['attention'][number] & { readonly __typename: 'AttentionFlag' };
type AnswerGoodNews = CaseloadClient['goodNews'][number] & { readonly __typename: 'GoodNews' };

/** The view the server is asked for when the URL says nothing: every client by name. */
export const defaultViewInput: CaseloadViewInput = {
  needsAttention: false,
  statuses: [],
  flag: null,
  domain: null,
  search: '',
  sort: 'NAME',
  descending: false,
};

/** A calm, active client as the caseload view answers one; `changes` override. */
export const aClient = aCaseloadRow;

/** One reason for attention as the API words it. */
export function aFlag(
  kind: AnswerFlag['kind'],
  label: string,
  evidence: AnswerFlag['evidence'],
): AnswerFlag {
  return { __typename: 'AttentionFlag', kind, label, detail: `${label}: the detail`, evidence };
}

/** One piece of good news as the API words it. */
export function aGoodNews(
  kind: AnswerGoodNews['kind'],
  label: string,
  detail: string,
  evidence: AnswerGoodNews['evidence'],
): AnswerGoodNews {
  return { __typename: 'GoodNews', kind, label, detail, evidence };
}

/** The counts of a caseload view's answer; each defaults to what the rows alone would say. */
export interface ViewCounts {
  readonly totalCount?: number;
  readonly activeCount?: number;
  readonly matchCount?: number;
  readonly attentionCount?: number;
}

/** A window of the caseload view as the API answers it, from `offset`. */
export function aCaseloadWindow(
  rows: readonly CaseloadAnswerClient[],
  counts: ViewCounts = {},
  offset = 0,
): CaseloadViewQuery & { caseloadView: { __typename: 'CaseloadPage' } } {
  return {
    caseloadView: {
      __typename: 'CaseloadPage',
      totalCount: counts.totalCount ?? rows.length,
      activeCount: counts.activeCount ?? rows.filter((row) => row.status === 'ACTIVE').length,
      matchCount: counts.matchCount ?? offset + rows.length,
      attentionCount:
        counts.attentionCount ?? rows.filter((row) => row.attention.length > 0).length,
      offset,
      rows: [...rows],
    },
  };
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
  /** The one CaseloadView operation waiting for an answer. */
  expectView(): TestOperation;
  /**
   * Answers the one waiting CaseloadView operation with `rows`, lets the page show them, and
   * says what the page asked for.
   */
  answerView(rows: readonly CaseloadAnswerClient[], counts?: ViewCounts): Promise<ViewAsked>;
  /** The preferred names in the table, top to bottom, as far as it has rendered rows. */
  names(): string[];
  /** Whether the caseload table is on the page. */
  hasTable(): boolean;
  /**
   * Scrolls the table's rows until row `index` (from 0) is at the top of a viewport ten rows
   * tall, as a browser would: jsdom lays nothing out, so the sizes are told to it.
   */
  scrollTableTo(index: number): Promise<void>;
  /** The address the router is at. */
  url(): string;
  /** Presses the browser's Back button. */
  back(): Promise<void>;
  /** The page's root element. */
  element(): HTMLElement;
}

/** What one CaseloadView operation asked the server for. */
export interface ViewAsked {
  readonly clinicianId?: string;
  readonly view: CaseloadViewInput;
  readonly offset: number;
  readonly limit: number;
}

/** Opens `url` on a router holding the caseload page, signed in as `viewer`. */
export async function openCaseloadPage(
  url = '/',
  viewer: SignedInViewer & { __typename: 'Viewer' } = aViewer(),
): Promise<OpenCaseloadPage> {
  TestBed.configureTestingModule({
    imports: [LoadedApolloTestingModule],
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
  TestBed.inject(SignedInViewerReader).remember(viewer, Date.now());
  const harness = await RouterTestingHarness.create();
  // Without an app to bootstrap, the router would not listen to Back: start it as one does.
  TestBed.inject(Router).initialNavigation();
  await harness.navigateByUrl(url);
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
    // The virtual scroll renders its rows after the render that gave it its data.
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  await settle();
  const element = () => harness.routeNativeElement as HTMLElement;
  const expectView = () => backend.expectOne('CaseloadView');
  return {
    harness,
    loader: TestbedHarnessEnvironment.loader(harness.fixture),
    backend,
    settle,
    settleSearch: async () => {
      await new Promise((resolve) => setTimeout(resolve, SEARCH_SETTLE_MILLISECONDS + 50));
      await settle();
    },
    expectView,
    answerView: async (rows, counts) => {
      const operation = expectView();
      const asked = operation.operation.variables as unknown as ViewAsked;
      operation.flushData(aCaseloadWindow(rows, counts, asked.offset));
      await settle();
      return asked;
    },
    names: () =>
      [...element().querySelectorAll('[role="row"] a.preferred-name')].map(
        (link) => link.textContent?.trim() ?? '',
      ),
    hasTable: () => element().querySelector('[role="table"]') !== null,
    scrollTableTo: async (index) => {
      const viewport = harness.fixture.debugElement.query(By.directive(CdkVirtualScrollViewport));
      const scroller = viewport.nativeElement as HTMLElement;
      Object.defineProperty(scroller, 'clientHeight', {
        configurable: true,
        value: 10 * CASELOAD_ROW_HEIGHT,
      });
      let scrollTop = index * CASELOAD_ROW_HEIGHT;
      Object.defineProperty(scroller, 'scrollTop', {
        configurable: true,
        get: () => scrollTop,
        set: (value: number) => (scrollTop = value),
      });
      viewport.injector.get(CdkVirtualScrollViewport).checkViewportSize();
      scroller.dispatchEvent(new Event('scroll'));
      // The viewport reads a scroll on the next animation frame.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await settle();
    },
    url: () => TestBed.inject(Router).url,
    back: async () => {
      TestBed.inject(Location).back();
      await settle();
    },
    element,
  };
}
