import { TestBed } from '@angular/core/testing';
import { ApolloTestingController, type TestOperation } from 'apollo-angular/testing';

import { SignedInViewerReader } from '../../session/data-access/signed-in-viewer';
import { LoadedApolloTestingModule } from '../../shared/apollo-on-demand.testing';
import { aCaseloadRow, type AnsweredCaseloadRow } from '../../shared/caseload-row.fixture';
import type { CaseloadViewInput } from '../../__generated__/graphql';
import { type SignedInViewer } from '../../session/data-access/session-documents';
import { aViewer } from '../../session/data-access/viewer.fixture';
import type { CaseloadClient, CaseloadWindow } from './caseload-documents';
import { CASELOAD_WINDOW_SIZE, CaseloadReader } from './caseload-reader';

// The reader asks the server for a caseload view a window of 50 rows at a time: the first when
// the view is shown, the others as the table reaches them.

const defaultViewInput: CaseloadViewInput = {
  needsAttention: false,
  statuses: [],
  flag: null,
  domain: null,
  search: '',
  sort: 'NAME',
  descending: false,
};
const attentionView: CaseloadViewInput = { ...defaultViewInput, needsAttention: true };

type Answered<T> = T & { readonly __typename: string };

/** `count` calm clients from row `offset` of a view, named by their place in it. */
function clients(offset: number, count: number, prefix = 'Client'): AnsweredCaseloadRow[] {
  return Array.from({ length: count }, (_, index) =>
    aCaseloadRow(`client-${offset + index}`, `${prefix} ${offset + index}`),
  );
}

/** A window of a view as the API answers it: `rows` from `offset`, with the view's counts. */
function aCaseloadWindow(
  rows: readonly Answered<CaseloadClient>[],
  counts: Partial<Omit<CaseloadWindow, 'offset' | 'rows'>>,
  offset: number,
): { caseloadView: Answered<CaseloadWindow> } {
  const matchCount = counts.matchCount ?? offset + rows.length;
  return {
    caseloadView: {
      __typename: 'CaseloadPage',
      totalCount: counts.totalCount ?? matchCount,
      activeCount: counts.activeCount ?? matchCount,
      matchCount,
      attentionCount: counts.attentionCount ?? 0,
      offset,
      rows: [...rows],
    },
  };
}

describe('CaseloadReader', () => {
  let backend: ApolloTestingController;
  let reader: CaseloadReader;

  function setUp(viewer: SignedInViewer & { __typename: 'Viewer' } = aViewer()): void {
    TestBed.configureTestingModule({
      imports: [LoadedApolloTestingModule],
      providers: [CaseloadReader],
    });
    backend = TestBed.inject(ApolloTestingController);
    TestBed.inject(SignedInViewerReader).remember(viewer, Date.now());
    reader = TestBed.inject(CaseloadReader);
  }

  afterEach(() => backend.verify());

  /** Lets effects run and Apollo hand its operations to the backend, and answers arrive. */
  async function settle(): Promise<void> {
    TestBed.tick();
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  }

  /** The one waiting CaseloadView operation for the window at `offset`. */
  function expectWindow(offset: number): TestOperation {
    return backend.expectOne(
      (operation) =>
        operation.operationName === 'CaseloadView' && operation.variables['offset'] === offset,
      `CaseloadView from ${offset}`,
    );
  }

  /** Answers the window at `offset` of a view of `matchCount` rows, and lets it arrive. */
  async function answerWindow(offset: number, matchCount: number, prefix?: string): Promise<void> {
    const count = Math.min(CASELOAD_WINDOW_SIZE, matchCount - offset);
    expectWindow(offset).flushData(
      aCaseloadWindow(
        clients(offset, count, prefix),
        { totalCount: matchCount, activeCount: matchCount, matchCount, attentionCount: 0 },
        offset,
      ),
    );
    await settle();
  }

  /** The names of the rows, '-' where a row has not arrived. */
  function names(from: number, to: number): string[] {
    return (reader.rows() ?? []).slice(from, to).map((row) => row?.preferredName ?? '-');
  }

  describe('for a clinician', () => {
    beforeEach(() => setUp());

    it('asks for nothing, and is loading, until a view is shown', async () => {
      await settle();

      backend.expectNone('CaseloadView');
      expect(reader.isLoading()).toBe(true);
      expect(reader.rows()).toBeUndefined();
      expect(reader.counts()).toBeUndefined();
    });

    it('asks for the first window of the view shown, and holds a place for every row', async () => {
      reader.show({ clinicianId: null, view: attentionView });
      await settle();

      const first = expectWindow(0);
      // The own caseload leaves the clinician out.
      expect(first.operation.variables).toEqual({ view: attentionView, offset: 0, limit: 50 });
      expect(reader.isLoading()).toBe(true);
      expect(reader.rows()).toBeUndefined();

      first.flushData(
        aCaseloadWindow(
          clients(0, 50),
          { totalCount: 300, activeCount: 250, matchCount: 120, attentionCount: 120 },
          0,
        ),
      );
      await settle();

      expect(reader.counts()).toEqual({
        totalCount: 300,
        activeCount: 250,
        matchCount: 120,
        attentionCount: 120,
      });
      expect(reader.rows()).toHaveLength(120);
      expect(names(48, 52)).toEqual(['Client 48', 'Client 49', '-', '-']);
      expect(
        reader
          .rows()
          ?.slice(50)
          .every((row) => row === null),
      ).toBe(true);
      expect(reader.isLoading()).toBe(false);
      expect(reader.hasFailed()).toBe(false);
    });

    it("asks for a supervisee's caseload by their clinicianId", async () => {
      reader.show({ clinicianId: 'clinician-2', view: defaultViewInput });
      await settle();

      expect(expectWindow(0).operation.variables).toEqual({
        clinicianId: 'clinician-2',
        view: defaultViewInput,
        offset: 0,
        limit: 50,
      });
    });

    it('asks only for the windows a range lacks, each once', async () => {
      reader.show({ clinicianId: null, view: defaultViewInput });
      await settle();
      // The table shows its first rows while the first window is still on its way.
      reader.loadRange(0, 16);
      await settle();
      await answerWindow(0, 120);

      reader.loadRange(40, 120);
      await settle();

      const second = expectWindow(50);
      const third = expectWindow(100);
      backend.expectNone('CaseloadView');
      expect(second.operation.variables).toEqual({
        view: defaultViewInput,
        offset: 50,
        limit: 50,
      });
      expect(third.operation.variables['limit']).toBe(50);
      expect(reader.isLoading()).toBe(true);

      // Asked for already: nothing more, however often the table says so.
      reader.loadRange(60, 110);
      reader.loadRange(0, 120);
      await settle();
      backend.expectNone('CaseloadView');

      second.flushData(aCaseloadWindow(clients(50, 50), { matchCount: 120, totalCount: 120 }, 50));
      await settle();
      expect(names(49, 51)).toEqual(['Client 49', 'Client 50']);
      expect(names(99, 101)).toEqual(['Client 99', '-']);
      expect(reader.isLoading()).toBe(true);

      third.flushData(aCaseloadWindow(clients(100, 20), { matchCount: 120, totalCount: 120 }, 100));
      await settle();
      expect(reader.rows()).toHaveLength(120);
      expect(reader.rows()?.every((row) => row !== null)).toBe(true);
      expect(names(119, 120)).toEqual(['Client 119']);
      expect(reader.isLoading()).toBe(false);
    });

    it('asks for the window a range starts in, from anywhere in the list', async () => {
      reader.show({ clinicianId: null, view: defaultViewInput });
      await settle();
      await answerWindow(0, 400);

      reader.loadRange(263, 280);
      await settle();

      await answerWindow(250, 400);
      expect(names(262, 264)).toEqual(['Client 262', 'Client 263']);
      expect(names(200, 201)).toEqual(['-']);
    });

    it('asks nothing again for the same view, even as a new object', async () => {
      reader.show({ clinicianId: null, view: { ...defaultViewInput, statuses: ['ACTIVE'] } });
      await settle();
      await answerWindow(0, 10);

      reader.show({ clinicianId: null, view: { ...defaultViewInput, statuses: ['ACTIVE'] } });
      await settle();

      backend.expectNone('CaseloadView');
      expect(names(0, 1)).toEqual(['Client 0']);
    });

    it('starts a new view from its first window, showing the last view until it answers', async () => {
      reader.show({ clinicianId: null, view: defaultViewInput });
      await settle();
      await answerWindow(0, 120);
      reader.loadRange(50, 100);
      await settle();
      await answerWindow(50, 120);

      reader.show({ clinicianId: null, view: attentionView });
      await settle();

      const first = expectWindow(0);
      expect(first.operation.variables['view']).toEqual(attentionView);
      backend.expectNone('CaseloadView');
      // The controls and rows stay in the page (with the clinician's focus) meanwhile.
      expect(reader.rows()).toHaveLength(120);
      expect(names(0, 1)).toEqual(['Client 0']);
      expect(reader.counts()?.matchCount).toBe(120);
      expect(reader.isLoading()).toBe(true);

      first.flushData(
        aCaseloadWindow(clients(0, 50, 'Flagged'), { matchCount: 70, totalCount: 120 }, 0),
      );
      await settle();
      expect(reader.rows()).toHaveLength(70);
      expect(names(0, 1)).toEqual(['Flagged 0']);
      expect(names(50, 51)).toEqual(['-']);

      // Its later windows are its own, asked for afresh.
      reader.loadRange(50, 70);
      await settle();
      expect(expectWindow(50).operation.variables['view']).toEqual(attentionView);
    });

    it('asks again for every window shown on refetch, keeping what is shown meanwhile', async () => {
      reader.show({ clinicianId: null, view: defaultViewInput });
      await settle();
      await answerWindow(0, 120);
      reader.loadRange(50, 100);
      await settle();
      await answerWindow(50, 120);

      reader.refetch();
      await settle();

      expect(reader.isLoading()).toBe(true);
      expect(names(0, 1)).toEqual(['Client 0']);
      expect(names(50, 51)).toEqual(['Client 50']);
      await answerWindow(0, 120, 'Renamed');
      await answerWindow(50, 120, 'Renamed');
      expect(names(0, 1)).toEqual(['Renamed 0']);
      expect(names(50, 51)).toEqual(['Renamed 50']);
      expect(reader.isLoading()).toBe(false);
    });

    it('says the load failed, and keeps saying so while a retry is in flight', async () => {
      reader.show({ clinicianId: null, view: defaultViewInput });
      await settle();

      expectWindow(0).networkError(new Error('Network is unreachable'));
      await settle();

      expect(reader.hasFailed()).toBe(true);
      expect(reader.isLoading()).toBe(false);
      expect(reader.rows()).toBeUndefined();

      reader.refetch();
      await settle();

      // The failure message and its button stay put while the clinician waits.
      expect(reader.hasFailed()).toBe(true);
      expect(reader.isLoading()).toBe(true);

      await answerWindow(0, 10);
      expect(reader.hasFailed()).toBe(false);
      expect(reader.isLoading()).toBe(false);
      expect(reader.rows()).toHaveLength(10);
    });

    it('counts an answer with GraphQL errors, or a later window failing, as a failure', async () => {
      reader.show({ clinicianId: null, view: defaultViewInput });
      await settle();
      await answerWindow(0, 120);
      reader.loadRange(50, 60);
      await settle();

      expectWindow(50).graphqlErrors([{ message: 'Something went wrong' }]);
      await settle();

      expect(reader.hasFailed()).toBe(true);
      // What did arrive stays.
      expect(names(0, 1)).toEqual(['Client 0']);

      reader.refetch();
      await settle();
      await answerWindow(0, 120);
      await answerWindow(50, 120);
      expect(reader.hasFailed()).toBe(false);
      expect(names(50, 51)).toEqual(['Client 50']);
    });

    it('asks for no supervisees or practice counts for a clinician who supervises nobody', async () => {
      await settle();

      backend.expectNone('CaseloadSupervisees');
      backend.expectNone('PracticeSummary');
      expect(reader.isSupervisor()).toBe(false);
      expect(reader.supervisees()).toEqual([]);
      expect(reader.practiceCounts()).toBeNull();
    });
  });

  describe('for a supervisor', () => {
    const supervisor = aViewer({ role: 'SUPERVISOR' });

    beforeEach(() => setUp(supervisor));

    it('reads who they supervise and the counts across their caseloads', async () => {
      await settle();
      expect(reader.isSupervisor()).toBe(true);
      expect(reader.supervisees()).toEqual([]);
      expect(reader.practiceCounts()).toBeNull();

      backend.expectOne('CaseloadSupervisees').flushData({
        viewer: {
          ...supervisor,
          clinician: {
            ...supervisor.clinician,
            supervisees: [
              { __typename: 'Clinician', id: 'clinician-2', displayName: 'Maya Lindqvist' },
            ],
          },
        },
      });
      const practice = {
        clinicianCount: 2,
        activeClients: 30,
        clientsNeedingAttention: 6,
        reliablyImprovedThisQuarter: 5,
        goalsAchievedThisQuarter: 8,
        notesToSign: 3,
        quarterStartedOn: '2026-10-01',
      };
      backend
        .expectOne('PracticeSummary')
        .flushData({ practiceSummary: { __typename: 'PracticeSummary', ...practice } });
      await settle();

      expect(reader.supervisees()).toEqual([
        { __typename: 'Clinician', id: 'clinician-2', displayName: 'Maya Lindqvist' },
      ]);
      expect(reader.practiceCounts()).toEqual({ __typename: 'PracticeSummary', ...practice });
    });
  });
});
