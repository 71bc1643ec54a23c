import { sql } from 'kysely';
import {
  canTickMilestonesOf,
  quarterStart,
  type ClientStatus,
  type GoalDomain,
  type GoalStatus,
  type ProgressEntryKind,
} from '@waypoint/shared';
import type { GraphqlSession } from '../../support/graphql-session';
import { DEMO_EMAILS, firstError } from '../accounts/accounts-fixture';
import {
  AddMilestone,
  ChangeClientStatus,
  ChangeGoalStatus,
  ClientRecordQuery,
  CreateClient,
  CreateGoal,
  document,
  LogProgressEntry,
  RecordGasReview,
  RemoveMilestone,
  RemoveProgressEntry,
  TickMilestone,
  UntickMilestone,
  UpdateClient,
  UpdateGoal,
  UpdateProgressEntry,
  type ClientFields,
  type GoalFields,
  type GoalInput,
  type MilestoneFields,
  type ProgressEntryFields,
} from '../clients/client-documents';
import {
  dataOf,
  daysFromToday,
  expectRefusal,
  GAS_LEVELS,
  startClientRecordFixture,
  type ClientRecordFixture,
} from '../clients/client-record-fixture';
import {
  ClientMeasures,
  RecordMeasure,
  ReviewSafetyFlag,
  SetMeasureSchedule,
} from '../measures/measure-documents';
import { gad7Answers, phq9Answers } from '../measures/measures-fixture';
import { DraftSessionNote, SignSessionNote } from '../notes/note-documents';
import { EndSession, StartSession } from '../sessions/session-documents';

// The caseload view over real HTTP and a real database: windows of a caseload in its order,
// its filters and counts, the table's columns read from the client summaries the triggers of
// migration 0008 keep, and that every write shows in the next view despite the API keeping
// worked-out caseloads until their revision changes.

interface Chip {
  readonly kind: string;
  readonly label: string;
  readonly detail: string;
  readonly evidence: string;
}

interface CaseloadRowFields {
  readonly id: string;
  readonly preferredName: string;
  readonly pronouns: string | null;
  readonly status: ClientStatus;
  readonly activeGoalCount: number;
  readonly activeGoalDomains: readonly GoalDomain[];
  readonly lastProgressOn: string | null;
  readonly lastSessionAt: string | null;
  readonly notesToSignCount: number;
  readonly nextMeasureDue: {
    readonly instrument: string;
    readonly dueOn: string;
    readonly isOverdue: boolean;
  } | null;
  readonly milestonesTickedLast30Days: number;
  readonly winsLast30Days: number;
  readonly weeklyActivity: readonly number[];
  readonly measures: readonly {
    readonly instrument: string;
    readonly latest: number;
    readonly latestOn: string;
    readonly severity: string;
    readonly severityLabel: string;
    readonly changeFromBaseline: number | null;
    readonly reliableChange: string | null;
  }[];
  readonly gasTScores: readonly { readonly reviewedOn: string; readonly tScore: number }[];
  readonly attention: readonly Chip[];
  readonly goodNews: readonly Chip[];
}

interface CaseloadPageFields {
  readonly totalCount: number;
  readonly activeCount: number;
  readonly matchCount: number;
  readonly attentionCount: number;
  readonly offset: number;
  readonly rows: readonly CaseloadRowFields[];
}

interface CaseloadViewInput {
  readonly needsAttention?: boolean | null;
  readonly statuses?: readonly ClientStatus[] | null;
  readonly flag?: string | null;
  readonly domain?: GoalDomain | null;
  readonly search?: string | null;
  readonly sort?: 'NAME' | 'LAST_SESSION' | 'LAST_PROGRESS' | null;
  readonly descending?: boolean | null;
}

interface CaseloadViewVariables {
  readonly clinicianId?: string | null;
  readonly view?: CaseloadViewInput | null;
  readonly offset?: number | null;
  readonly limit?: number | null;
}

interface PracticeSummaryFields {
  readonly clinicianCount: number;
  readonly activeClients: number;
  readonly clientsNeedingAttention: number;
  readonly reliablyImprovedThisQuarter: number;
  readonly goalsAchievedThisQuarter: number;
  readonly notesToSign: number;
  readonly quarterStartedOn: string;
}

const chipFields = 'kind label detail evidence';
const rowFields = `id preferredName pronouns status activeGoalCount activeGoalDomains
  lastProgressOn lastSessionAt notesToSignCount nextMeasureDue { instrument dueOn isOverdue }
  milestonesTickedLast30Days winsLast30Days weeklyActivity
  measures { instrument latest latestOn severity severityLabel changeFromBaseline reliableChange }
  gasTScores { reviewedOn tScore } attention { ${chipFields} } goodNews { ${chipFields} }`;

const CaseloadView = document<{ caseloadView: CaseloadPageFields }, CaseloadViewVariables>(
  `query CaseloadView($clinicianId: ID, $view: CaseloadViewInput, $offset: Int, $limit: Int) {
    caseloadView(clinicianId: $clinicianId, view: $view, offset: $offset, limit: $limit) {
      totalCount activeCount matchCount attentionCount offset rows { ${rowFields} }
    }
  }`,
);

const PracticeSummary = document<{ practiceSummary: PracticeSummaryFields | null }>(
  `query PracticeSummary {
    practiceSummary {
      clinicianCount activeClients clientsNeedingAttention reliablyImprovedThisQuarter
      goalsAchievedThisQuarter notesToSign quarterStartedOn
    }
  }`,
);

const TODAY = daysFromToday(0);
const names = (page: CaseloadPageFields) => page.rows.map((row) => row.preferredName);
const kinds = (chips: readonly Chip[]) => chips.map((chip) => chip.kind);

/** The Kiresuk & Sherman T-score, written out again: 50 + 10·Σwx / √(0.7·Σw² + 0.3·(Σw)²). */
function expectedTScore(ratings: readonly { level: number; weight: number }[]): number {
  const weighted = ratings.reduce((sum, { level, weight }) => sum + level * weight, 0);
  const squares = ratings.reduce((sum, { weight }) => sum + weight * weight, 0);
  const weights = ratings.reduce((sum, { weight }) => sum + weight, 0);
  return 50 + (10 * weighted) / Math.sqrt(0.7 * squares + 0.3 * weights * weights);
}

/** What the tests do on one clinician's caseload, as that clinician. */
function caseloadOf(session: GraphqlSession) {
  const actions = {
    session,
    async view(variables: CaseloadViewVariables = {}): Promise<CaseloadPageFields> {
      return dataOf(await session.post(CaseloadView, variables)).caseloadView;
    },
    /** The client's row of the whole (unfiltered) caseload, and the page's counts. */
    async rowOf(clientId: string, clinicianId?: string) {
      const page = await actions.view({ clinicianId, limit: 200 });
      const row = page.rows.find((candidate) => candidate.id === clientId);
      if (!row) throw new Error(`The caseload view does not list client ${clientId}`);
      return { page, row };
    },
    /** A new client, started `started` days ago (60 unless told) or on the day given. */
    async client(preferredName: string, started: number | string = 60): Promise<ClientFields> {
      const startedOn = typeof started === 'string' ? started : daysFromToday(-started);
      const created = await session.post(CreateClient, { input: { preferredName, startedOn } });
      return dataOf(created).createClient;
    },
    async status(client: ClientFields, status: ClientStatus): Promise<ClientFields> {
      const changed = await session.post(ChangeClientStatus, {
        input: { clientId: client.id, version: client.version, status },
      });
      return dataOf(changed).changeClientStatus;
    },
    async rename(client: ClientFields, preferredName: string): Promise<ClientFields> {
      const updated = await session.post(UpdateClient, {
        id: client.id,
        version: client.version,
        input: {
          preferredName,
          pronouns: client.pronouns,
          startedOn: client.startedOn,
          primaryClinicianId: client.primaryClinician.id,
        },
      });
      return dataOf(updated).updateClient;
    },
    async handOver(client: ClientFields, clinicianId: string): Promise<ClientFields> {
      const updated = await session.post(UpdateClient, {
        id: client.id,
        version: client.version,
        input: {
          preferredName: client.preferredName,
          pronouns: client.pronouns,
          startedOn: client.startedOn,
          primaryClinicianId: clinicianId,
        },
      });
      return dataOf(updated).updateClient;
    },
    async goal(
      clientId: string,
      goal: Partial<GoalInput> = {},
      status?: GoalStatus,
    ): Promise<GoalFields> {
      const created = await session.post(CreateGoal, {
        input: {
          clientId,
          status,
          goal: { clientWords: 'Get outside more', domain: 'MOOD', gasLevels: GAS_LEVELS, ...goal },
        },
      });
      return dataOf(created).createGoal;
    },
    async goalStatus(goal: GoalFields, status: GoalStatus): Promise<GoalFields> {
      const reason = status === 'ON_HOLD' || status === 'CANCELLED' ? 'Agreed together' : null;
      const changed = await session.post(ChangeGoalStatus, {
        input: { goalId: goal.id, version: goal.version, status, reason },
      });
      return dataOf(changed).changeGoalStatus;
    },
    async milestone(goalId: string, title = 'A first step'): Promise<MilestoneFields> {
      return dataOf(await session.post(AddMilestone, { goalId, input: { title } })).addMilestone;
    },
    async tick(milestoneId: string): Promise<MilestoneFields> {
      return dataOf(await session.post(TickMilestone, { id: milestoneId })).tickMilestone;
    },
    async untick(milestoneId: string): Promise<MilestoneFields> {
      return dataOf(await session.post(UntickMilestone, { id: milestoneId })).untickMilestone;
    },
    async entry(
      clientId: string,
      daysAgo = 0,
      kind: ProgressEntryKind = 'WIN',
    ): Promise<ProgressEntryFields> {
      const logged = await session.post(LogProgressEntry, {
        clientId,
        input: {
          kind,
          category: 'MOVEMENT',
          clientWords: 'Walked to the shop',
          occurredOn: daysFromToday(-daysAgo),
        },
      });
      return dataOf(logged).logProgressEntry;
    },
    async removeEntry(entry: ProgressEntryFields): Promise<void> {
      const removed = await session.post(RemoveProgressEntry, {
        id: entry.id,
        version: entry.version,
      });
      expect(dataOf(removed).removeProgressEntry).toBe(true);
    },
    async measure(
      clientId: string,
      instrument: 'PHQ9' | 'GAD7',
      total: number,
      onDay: string,
      itemNine = 0,
    ) {
      const answers = instrument === 'PHQ9' ? phq9Answers(total, itemNine) : gad7Answers(total);
      const recorded = await session.post(RecordMeasure, {
        input: { clientId, instrument, answers, administeredOn: onDay },
      });
      return dataOf(recorded).recordMeasure;
    },
    async schedule(clientId: string, instrument: 'PHQ9' | 'GAD7', everyWeeks: number | null) {
      const set = await session.post(SetMeasureSchedule, { clientId, instrument, everyWeeks });
      return dataOf(set).setMeasureSchedule;
    },
    async reviewFlags(clientId: string): Promise<number> {
      const { client } = dataOf(await session.post(ClientMeasures, { id: clientId }));
      const open = client.safetyFlags.filter((flag) => !flag.isReviewed);
      for (const flag of open) {
        dataOf(await session.post(ReviewSafetyFlag, { id: flag.id, note: 'Spoke; safe plan' }));
      }
      return open.length;
    },
    async gasReview(
      clientId: string,
      ratings: { goalId: string; level: number }[],
      reviewedOn = TODAY,
    ) {
      const recorded = await session.post(RecordGasReview, {
        input: { clientId, reviewedOn, ratings },
      });
      return dataOf(recorded).recordGasReview;
    },
    /** A session that began `startedAt`, ended 50 minutes later, with its note drafted. */
    async sessionWithNote(clientId: string, startedAt: Date) {
      const started = dataOf(
        await session.post(StartSession, {
          input: { clientId, modality: 'VIDEO', startedAt: startedAt.toISOString() },
        }),
      ).startSession;
      const endedAt = new Date(startedAt.getTime() + 50 * 60_000).toISOString();
      dataOf(await session.post(EndSession, { id: started.id, endedAt }));
      const note = dataOf(await session.post(DraftSessionNote, { sessionId: started.id }));
      return { session: started, note: note.draftSessionNote };
    },
  };
  return actions;
}

type Caseload = ReturnType<typeof caseloadOf>;

describe('the caseload view over HTTP', () => {
  let fixture: ClientRecordFixture;
  /** The demo clinician's caseload (the demo supervisor supervises it). */
  let demo: Caseload;
  let supervisor: Caseload;

  beforeAll(async () => {
    fixture = await startClientRecordFixture();
    demo = caseloadOf(fixture.clinician);
    supervisor = caseloadOf(await fixture.accounts.signedIn(DEMO_EMAILS.supervisor));
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  /** A new clinician of the demo practice, with an empty caseload. */
  async function newClinician(handle: string): Promise<{ id: string; caseload: Caseload }> {
    const { id, session } = await fixture.secondClinician(`${handle}@waypoint.example`);
    return { id, caseload: caseloadOf(session) };
  }

  describe('windows', () => {
    let caseload: Caseload;
    // Created out of order; "ben" and "Émile" sort by the name, not by their code points.
    const inNameOrder = ['Ava', 'ben', 'Cal', 'Dee', 'Eli', 'Émile', 'Gus'];

    beforeAll(async () => {
      caseload = (await newClinician('windows')).caseload;
      for (const name of ['Gus', 'Cal', 'Émile', 'Ava', 'Dee', 'ben', 'Eli']) {
        await caseload.client(name);
      }
    });

    it('lists every client exactly once across windows, in name order, with the counts', async () => {
      const windows = [];
      for (const offset of [0, 3, 6]) windows.push(await caseload.view({ offset, limit: 3 }));
      expect(windows.map((page) => page.rows.length)).toEqual([3, 3, 1]);
      expect(windows.map((page) => page.offset)).toEqual([0, 3, 6]);
      for (const page of windows) {
        expect(page).toMatchObject({ totalCount: 7, activeCount: 7, matchCount: 7 });
      }
      const listed = windows.flatMap((page) => page.rows);
      expect(listed.map((row) => row.preferredName)).toEqual(inNameOrder);
      expect(new Set(listed.map((row) => row.id)).size).toBe(7);

      // Past the end: no rows, the same counts.
      expect(await caseload.view({ offset: 7, limit: 3 })).toMatchObject({
        offset: 7,
        rows: [],
        totalCount: 7,
        matchCount: 7,
      });
      // The defaults: from the start, up to 50 rows.
      const whole = await caseload.view();
      expect(whole.offset).toBe(0);
      expect(whole.rows.map((row) => row.id)).toEqual(listed.map((row) => row.id));
    });

    it('reverses the order when descending, window by window', async () => {
      const windows = [];
      for (const offset of [0, 3, 6]) {
        windows.push(await caseload.view({ offset, limit: 3, view: { descending: true } }));
      }
      expect(windows.flatMap((page) => names(page))).toEqual([...inNameOrder].reverse());
    });

    it('counts the caseload before the filters and the view after them', async () => {
      const first = await caseload.view({ limit: 200 });
      const dee = first.rows.find((row) => row.preferredName === 'Dee')!;
      const { client } = dataOf(await caseload.session.post(ClientRecordQuery, { id: dee.id }));
      await caseload.status(client, 'PAUSED');

      const active = await caseload.view({ view: { statuses: ['ACTIVE'] }, offset: 3, limit: 2 });
      expect(active).toMatchObject({ totalCount: 7, activeCount: 6, matchCount: 6, offset: 3 });
      expect(names(active)).toEqual(['Eli', 'Émile']);
      const paused = await caseload.view({ view: { statuses: ['PAUSED'] } });
      expect(paused).toMatchObject({ totalCount: 7, activeCount: 6, matchCount: 1 });
      expect(names(paused)).toEqual(['Dee']);
    });
  });

  describe('filters', () => {
    let caseload: Caseload;

    beforeAll(async () => {
      caseload = (await newClinician('filters')).caseload;
      // Five weeks without a session or anything logged.
      const jose = await caseload.client('José', 40);
      await caseload.goal(jose.id, { domain: 'MOOD' });
      // An unreviewed safety flag: PHQ-9 item 9 above 0.
      const amara = await caseload.client('Amara', 10);
      await caseload.goal(amara.id, { domain: 'ANXIETY' });
      await caseload.measure(amara.id, 'PHQ9', 12, TODAY, 1);
      // Paused: quiet stretches mean nothing.
      const bo = await caseload.client('Bo', 40);
      await caseload.goal(bo.id, { domain: 'MOOD' });
      await caseload.status(bo, 'PAUSED');
      // Calm, with an active HEALTH goal and a completed MOOD goal.
      const cleo = await caseload.client('Cleo', 5);
      await caseload.goal(cleo.id, { domain: 'HEALTH' });
      await caseload.goalStatus(await caseload.goal(cleo.id, { domain: 'MOOD' }), 'COMPLETED');
      await caseload.entry(cleo.id, 0);
      const dara = await caseload.client('Dara', 40);
      await caseload.status(dara, 'DISCHARGED');
      // A session two days ago (its note signed), nothing logged for five weeks.
      const eve = await caseload.client('Eve', 40);
      const { note } = await caseload.sessionWithNote(
        eve.id,
        new Date(Date.now() - 2 * 86_400_000),
      );
      dataOf(await caseload.session.post(SignSessionNote, { id: note.id, version: note.version }));
      await caseload.client('Joseph', 10);
    });

    it('lists everyone with their flags and counts the flagged', async () => {
      const page = await caseload.view();
      expect(page).toMatchObject({
        totalCount: 7,
        activeCount: 5,
        matchCount: 7,
        attentionCount: 3,
      });
      expect(page.rows.map((row) => [row.preferredName, kinds(row.attention)])).toEqual([
        ['Amara', ['SAFETY_REVIEW']],
        ['Bo', []],
        ['Cleo', []],
        ['Dara', []],
        ['Eve', ['NO_RECENT_PROGRESS']],
        ['José', ['NO_RECENT_SESSION', 'NO_RECENT_PROGRESS']],
        ['Joseph', []],
      ]);
      const amara = page.rows[0];
      expect(amara.attention[0]).toMatchObject({
        evidence: 'SAFETY',
        label: 'Safety review needed',
      });
      expect(page.rows[2].goodNews.map((chip) => chip.kind)).toEqual(['GOAL_ACHIEVED']);
    });

    it.each<[string, CaseloadViewInput, string[], number]>([
      ['statuses', { statuses: ['PAUSED', 'DISCHARGED'] }, ['Bo', 'Dara'], 0],
      ['statuses', { statuses: ['ACTIVE'] }, ['Amara', 'Cleo', 'Eve', 'José', 'Joseph'], 3],
      ['a flag', { flag: 'NO_RECENT_PROGRESS' }, ['Eve', 'José'], 2],
      ['a flag', { flag: 'SAFETY_REVIEW' }, ['Amara'], 1],
      ['a flag nobody has', { flag: 'RELIABLE_DETERIORATION' }, [], 0],
      // Cleo's MOOD goal is completed: only active goals count.
      ['a domain', { domain: 'MOOD' }, ['Bo', 'José'], 1],
      ['a domain', { domain: 'ANXIETY' }, ['Amara'], 1],
      ['a search', { search: 'jose' }, ['José', 'Joseph'], 1],
      ['a search', { search: '  JOSÉ ' }, ['José', 'Joseph'], 1],
      ['a search', { search: 'eph' }, ['Joseph'], 0],
      ['a search', { search: 'nobody' }, [], 0],
      [
        'a blank search',
        { search: '   ' },
        ['Amara', 'Bo', 'Cleo', 'Dara', 'Eve', 'José', 'Joseph'],
        3,
      ],
      ['filters together', { statuses: ['ACTIVE'], domain: 'MOOD', search: 'JOS' }, ['José'], 1],
    ])('filters by %s: %j', async (_what, view, listed, attentionCount) => {
      const page = await caseload.view({ view });
      expect(names(page)).toEqual(listed);
      expect(page).toMatchObject({
        totalCount: 7,
        activeCount: 5,
        matchCount: listed.length,
        attentionCount,
      });
    });

    it('needs attention: only the flagged, the most urgent kind first, never by name', async () => {
      const page = await caseload.view({ view: { needsAttention: true } });
      expect(names(page)).toEqual(['Amara', 'José', 'Eve']);
      expect(page).toMatchObject({ matchCount: 3, attentionCount: 3, totalCount: 7 });
      // The sort orders within a kind of need only.
      const descending = await caseload.view({ view: { needsAttention: true, descending: true } });
      expect(names(descending)).toEqual(['Amara', 'José', 'Eve']);
      const windowed = await caseload.view({ view: { needsAttention: true }, offset: 1, limit: 1 });
      expect(windowed).toMatchObject({ matchCount: 3, offset: 1 });
      expect(names(windowed)).toEqual(['José']);
      // Within the other filters.
      const mood = await caseload.view({ view: { needsAttention: true, domain: 'MOOD' } });
      expect(names(mood)).toEqual(['José']);
      expect(mood).toMatchObject({ matchCount: 1, attentionCount: 1 });
      const progress = await caseload.view({
        view: { needsAttention: true, flag: 'NO_RECENT_PROGRESS' },
      });
      expect(names(progress)).toEqual(['José', 'Eve']);
    });

    it('sorts by last session and last progress, the never-seen as longest ago', async () => {
      const bySession = await caseload.view({ view: { sort: 'LAST_SESSION', descending: true } });
      expect(names(bySession)[0]).toBe('Eve');
      // Ties (never seen) still by name, A to Z.
      expect(names(bySession).slice(1)).toEqual(['Amara', 'Bo', 'Cleo', 'Dara', 'José', 'Joseph']);
      const byProgress = await caseload.view({ view: { sort: 'LAST_PROGRESS' } });
      expect(names(byProgress)).toEqual(['Amara', 'Bo', 'Dara', 'Eve', 'José', 'Joseph', 'Cleo']);
    });
  });

  describe('columns', () => {
    let caseload: Caseload;
    let robin: ClientFields;
    let walking: GoalFields;
    let sleeping: GoalFields;
    let sessionStart: Date;

    beforeAll(async () => {
      caseload = (await newClinician('columns')).caseload;
      robin = await caseload.client('Robin', 60);
      walking = await caseload.goal(robin.id, { domain: 'MOOD', clientWords: 'Walk daily' });
      sleeping = await caseload.goal(robin.id, {
        domain: 'HEALTH',
        clientWords: 'Sleep through',
        weight: 2,
      });
      sessionStart = new Date(Date.now() - 2 * 86_400_000);
      await caseload.sessionWithNote(robin.id, sessionStart);
    });

    const rowOfRobin = async () => (await caseload.rowOf(robin.id)).row;

    it('starts with what a new record has', async () => {
      expect(await rowOfRobin()).toMatchObject({
        preferredName: 'Robin',
        status: 'ACTIVE',
        activeGoalCount: 2,
        activeGoalDomains: ['HEALTH', 'MOOD'],
        lastProgressOn: null,
        notesToSignCount: 1,
        nextMeasureDue: null,
        milestonesTickedLast30Days: 0,
        winsLast30Days: 0,
        weeklyActivity: [0, 0, 0, 0, 0, 0, 0, 0],
        measures: [],
        gasTScores: [],
      });
      const row = await rowOfRobin();
      expect(Date.parse(row.lastSessionAt!)).toBe(sessionStart.getTime());
    });

    it('shows the latest PHQ-9 against the baseline', async () => {
      await caseload.measure(robin.id, 'PHQ9', 18, daysFromToday(-56));
      const baselineOnly = await rowOfRobin();
      expect(baselineOnly.measures).toEqual([
        {
          instrument: 'PHQ9',
          latest: 18,
          latestOn: daysFromToday(-56),
          severity: 'MODERATELY_SEVERE',
          severityLabel: 'Moderately severe',
          changeFromBaseline: null,
          reliableChange: null,
        },
      ]);
      await caseload.measure(robin.id, 'PHQ9', 9, TODAY);
      const row = await rowOfRobin();
      expect(row.measures).toEqual([
        {
          instrument: 'PHQ9',
          latest: 9,
          latestOn: TODAY,
          severity: 'MILD',
          severityLabel: 'Mild',
          changeFromBaseline: -9,
          reliableChange: 'RELIABLE_IMPROVEMENT',
        },
      ]);
      expect(kinds(row.goodNews)).toEqual(['RELIABLE_IMPROVEMENT']);
      // A GAD-7 comes after the PHQ-9, whatever the order given.
      await caseload.measure(robin.id, 'GAD7', 11, daysFromToday(-3));
      expect((await rowOfRobin()).measures.map((measure) => measure.instrument)).toEqual([
        'PHQ9',
        'GAD7',
      ]);
    });

    it('names the soonest-due scheduled measure, the most overdue first', async () => {
      await caseload.schedule(robin.id, 'PHQ9', 4);
      expect((await rowOfRobin()).nextMeasureDue).toEqual({
        instrument: 'PHQ9',
        dueOn: daysFromToday(28),
        isOverdue: false,
      });
      // The GAD-7 given 3 days ago is due again in 2 weeks less 3 days: sooner.
      await caseload.schedule(robin.id, 'GAD7', 2);
      expect((await rowOfRobin()).nextMeasureDue).toEqual({
        instrument: 'GAD7',
        dueOn: daysFromToday(11),
        isOverdue: false,
      });
      await caseload.schedule(robin.id, 'GAD7', null);
      expect((await rowOfRobin()).nextMeasureDue?.instrument).toBe('PHQ9');
    });

    it('counts ticks and wins of the last 30 days and buckets them by week', async () => {
      const step = await caseload.milestone(walking.id);
      await caseload.tick(step.id);
      await caseload.entry(robin.id, 0);
      await caseload.entry(robin.id, 10);
      await caseload.entry(robin.id, 29);
      await caseload.entry(robin.id, 30);
      await caseload.entry(robin.id, 40);
      // A setback is progress logged, not a win.
      await caseload.entry(robin.id, 1, 'SETBACK');
      const row = await rowOfRobin();
      expect(row).toMatchObject({
        milestonesTickedLast30Days: 1,
        winsLast30Days: 3,
        lastProgressOn: TODAY,
        // Days 0 (a tick and a win), 10, 29, 30 and 40: weeks 0, 1, 4, 4 and 5 back.
        weeklyActivity: [0, 0, 1, 2, 0, 0, 1, 2],
      });
    });

    it('plots each GAS review’s T-score', async () => {
      const first = await caseload.gasReview(
        robin.id,
        [{ goalId: walking.id, level: 0 }],
        daysFromToday(-14),
      );
      expect((await rowOfRobin()).gasTScores).toEqual([
        { reviewedOn: daysFromToday(-14), tScore: 50 },
      ]);
      const second = await caseload.gasReview(robin.id, [
        { goalId: walking.id, level: -1 },
        { goalId: sleeping.id, level: 1 },
      ]);
      const expected = expectedTScore([
        { level: -1, weight: 1 },
        { level: 1, weight: 2 },
      ]);
      expect(expected).toBeCloseTo(54.016, 3);
      const { gasTScores } = await rowOfRobin();
      expect(gasTScores.map((point) => point.reviewedOn)).toEqual([daysFromToday(-14), TODAY]);
      expect(gasTScores[1].tScore).toBeCloseTo(expected, 9);
      // The same score the review itself reports.
      expect(gasTScores.map((point) => point.tScore)).toEqual([first.tScore, second.tScore]);
    });

    it('says why to look, and what is going well', async () => {
      const row = await rowOfRobin();
      // Progress today, a session two days ago, the PHQ-9 reliably better and due in 4 weeks;
      // but 8 weeks into care the GAD-7 has only its baseline, and a note waits.
      expect(kinds(row.attention)).toEqual(['NOT_ON_TRACK', 'NOTES_TO_SIGN']);
      expect(row.attention[0]).toMatchObject({
        label: 'Not on track (GAD-7)',
        detail: 'No reliable improvement on the GAD-7 after 8 weeks; no GAD-7 since baseline',
        evidence: 'MEASURES',
      });
      expect(row.attention[1]).toMatchObject({ label: '1 note to sign', evidence: 'NOTES' });
      expect(kinds(row.goodNews)).toEqual(['RELIABLE_IMPROVEMENT']);
    });
  });

  describe('freshness', () => {
    it('shows every write in the next view, whoever views, however often', async () => {
      let quinn = await demo.client('Quinn', 40);
      const goal = await demo.goal(quinn.id, { domain: 'RELATIONSHIPS' });
      const step = await demo.milestone(goal.id);
      const viewers = [
        () => demo.rowOf(quinn.id),
        () => supervisor.rowOf(quinn.id, fixture.clinicianId),
      ];
      let turn = 0;
      /** Views twice, alternating viewers: the cached answer must be the same as the fresh one. */
      const view = async () => {
        const first = await viewers[turn++ % 2]();
        const second = await viewers[turn++ % 2]();
        expect(second).toEqual(first);
        return first;
      };

      let { page, row } = await view();
      const before = page;
      expect(row).toMatchObject({ activeGoalCount: 1, winsLast30Days: 0, lastProgressOn: null });
      expect(kinds(row.attention)).toEqual(['NO_RECENT_SESSION', 'NO_RECENT_PROGRESS']);

      const win = await demo.entry(quinn.id, 0);
      ({ page, row } = await view());
      expect(row).toMatchObject({ winsLast30Days: 1, lastProgressOn: TODAY });
      expect(kinds(row.attention)).toEqual(['NO_RECENT_SESSION']);
      expect(row.weeklyActivity.at(-1)).toBe(1);
      // Still flagged, for the session.
      expect(page.attentionCount).toBe(before.attentionCount);

      await demo.tick(step.id);
      ({ row } = await view());
      expect(row.milestonesTickedLast30Days).toBe(1);
      expect(row.weeklyActivity.at(-1)).toBe(2);

      await demo.untick(step.id);
      ({ row } = await view());
      expect(row.milestonesTickedLast30Days).toBe(0);

      await demo.removeEntry(win);
      ({ row } = await view());
      expect(row).toMatchObject({ winsLast30Days: 0, lastProgressOn: null });
      expect(kinds(row.attention)).toEqual(['NO_RECENT_SESSION', 'NO_RECENT_PROGRESS']);

      await demo.measure(quinn.id, 'PHQ9', 14, TODAY, 2);
      ({ page, row } = await view());
      expect(kinds(row.attention)[0]).toBe('SAFETY_REVIEW');
      expect(page.attentionCount).toBe(before.attentionCount);
      expect(await demo.reviewFlags(quinn.id)).toBe(1);
      ({ row } = await view());
      expect(kinds(row.attention)).not.toContain('SAFETY_REVIEW');

      quinn = await demo.status(quinn, 'PAUSED');
      ({ page, row } = await view());
      expect(row.status).toBe('PAUSED');
      expect(kinds(row.attention)).toEqual([]);
      expect(page).toMatchObject({
        totalCount: before.totalCount,
        activeCount: before.activeCount - 1,
        attentionCount: before.attentionCount - 1,
      });
      const activeOnly = await demo.view({ view: { statuses: ['ACTIVE'] }, limit: 200 });
      expect(activeOnly.rows.map((listed) => listed.id)).not.toContain(quinn.id);

      quinn = await demo.rename(quinn, 'Quincy');
      ({ row } = await view());
      expect(row.preferredName).toBe('Quincy');
      expect(names(await demo.view({ view: { search: 'quinn' } }))).toEqual([]);
      expect(names(await demo.view({ view: { search: 'QUINCY' } }))).toEqual(['Quincy']);

      quinn = await demo.status(quinn, 'ACTIVE');
      await demo.goalStatus(goal, 'COMPLETED');
      ({ page, row } = await view());
      expect(row).toMatchObject({ status: 'ACTIVE', activeGoalCount: 0, activeGoalDomains: [] });
      expect(kinds(row.goodNews)).toEqual(['GOAL_ACHIEVED']);
      expect(page.activeCount).toBe(before.activeCount);
    });

    it('counts a milestone ticked as progress, as the session prompts do', async () => {
      const sky = await demo.client('Sky', 40);
      const goal = await demo.goal(sky.id, { domain: 'MOOD' });
      const step = await demo.milestone(goal.id);
      await demo.entry(sky.id, 30);
      let { row } = await demo.rowOf(sky.id);
      expect(row.lastProgressOn).toBe(daysFromToday(-30));
      expect(kinds(row.attention)).toContain('NO_RECENT_PROGRESS');

      await demo.tick(step.id);
      ({ row } = await demo.rowOf(sky.id));
      expect(row.lastProgressOn).toBe(TODAY);
      expect(kinds(row.attention)).not.toContain('NO_RECENT_PROGRESS');

      await demo.untick(step.id);
      ({ row } = await demo.rowOf(sky.id));
      expect(row.lastProgressOn).toBe(daysFromToday(-30));
      expect(kinds(row.attention)).toContain('NO_RECENT_PROGRESS');
    });

    it('moves a handed-over client from one caseload to the other, each viewed before', async () => {
      const other = await newClinician('handover');
      const theirs = await other.caseload.client('Uma', 5);
      const moving = await demo.client('Vic', 5);
      const everyone = { limit: 200 };
      const mineBefore = await demo.view(everyone);
      const theirsBefore = await other.caseload.view(everyone);
      expect(mineBefore.rows.map((row) => row.id)).toContain(moving.id);
      expect(theirsBefore.rows.map((row) => row.id)).toEqual([theirs.id]);

      await demo.handOver(moving, other.id);

      const mineAfter = await demo.view(everyone);
      expect(mineAfter.rows.map((row) => row.id)).not.toContain(moving.id);
      expect(mineAfter.totalCount).toBe(mineBefore.totalCount - 1);
      const theirsAfter = await other.caseload.view(everyone);
      expect(theirsAfter.rows.map((row) => row.preferredName)).toEqual(['Uma', 'Vic']);
      expect(theirsAfter.totalCount).toBe(2);
    });

    it('keeps each caseload’s answer apart: a write to one leaves the other as it was', async () => {
      const other = await newClinician('apart');
      const theirs = await other.caseload.client('Tam', 5);
      const mine = await demo.client('Mel', 5);
      const before = await other.caseload.rowOf(theirs.id);
      await demo.entry(mine.id, 0);
      expect(await other.caseload.rowOf(theirs.id)).toEqual(before);
      expect((await demo.rowOf(mine.id)).row.winsLast30Days).toBe(1);
      await other.caseload.entry(theirs.id, 0);
      expect((await other.caseload.rowOf(theirs.id)).row.winsLast30Days).toBe(1);
    });
  });

  describe('bad input', () => {
    it.each<[string, CaseloadViewVariables, string]>([
      ['no rows', { limit: 0 }, 'limit'],
      ['more rows than a window holds', { limit: 201 }, 'limit'],
      ['a negative limit', { limit: -5 }, 'limit'],
      ['a negative offset', { offset: -1 }, 'offset'],
      ['a search longer than a name', { view: { search: 'a'.repeat(101) } }, 'view.search'],
    ])('refuses %s', async (_what, variables, field) => {
      const response = await fixture.clinician.post(CaseloadView, variables);
      expectRefusal(response, 'BAD_USER_INPUT', field);
    });

    it('takes the largest window and the longest search', async () => {
      const page = await demo.view({ limit: 200 });
      expect(page.rows.length).toBe(Math.min(200, page.totalCount));
      const searched = await demo.view({ view: { search: `  ${'a'.repeat(100)}  ` } });
      expect(searched.matchCount).toBe(0);
    });

    it('refuses a view of a status, flag or sort the contract does not know', async () => {
      const response = await fixture.clinician.postRaw(
        JSON.stringify({ query: '{ caseloadView(view: { flag: SOMETHING }) { totalCount } }' }),
      );
      expect(response.body.data ?? null).toBeNull();
      expect(response.body.errors?.length).toBeGreaterThan(0);
    });
  });

  describe('who may read', () => {
    it('refuses someone signed out', async () => {
      const response = await fixture.accounts.browser().post(CaseloadView, {});
      expectRefusal(response, 'UNAUTHENTICATED');
      const summary = await fixture.accounts.browser().post(PracticeSummary);
      expect(firstError(summary).code).toBe('UNAUTHENTICATED');
    });

    it('keeps a caseload to its clinician and their supervisor', async () => {
      const outsider = await newClinician('outsider');
      await outsider.caseload.client('Noor');
      const mark = await fixture.auditMark();

      const refused = await outsider.caseload.session.post(CaseloadView, {
        clinicianId: fixture.clinicianId,
      });
      expectRefusal(refused, 'FORBIDDEN');
      expectRefusal(
        await fixture.clinician.post(CaseloadView, { clinicianId: outsider.id }),
        'FORBIDDEN',
      );
      // The demo supervisor supervises the demo clinician only.
      expectRefusal(
        await supervisor.session.post(CaseloadView, { clinicianId: outsider.id }),
        'FORBIDDEN',
      );
      for (const clinicianId of ['6f1c1d9e-8a43-4a9b-9d7e-3a1d2c4b5e6f', 'not-an-id']) {
        expectRefusal(await fixture.clinician.post(CaseloadView, { clinicianId }), 'NOT_FOUND');
      }
      const denied = await fixture.auditEventsSince(mark);
      expect(denied.map((event) => [event.action, event.outcome])).toEqual(
        Array.from({ length: 5 }, () => ['PERMISSION_DENIED', 'DENIED']),
      );

      const own = await demo.view({ limit: 200 });
      const supervised = await supervisor.view({ clinicianId: fixture.clinicianId, limit: 200 });
      expect(supervised).toEqual(own);
      expect(supervised.totalCount).toBeGreaterThan(0);
      const outsiders = await outsider.caseload.view();
      expect(names(outsiders)).toEqual(['Noor']);

      // A listing is audited once, naming the caseload read.
      const viewed = (await fixture.auditEventsSince(mark)).filter(
        (event) => event.action === 'CASELOAD_VIEWED',
      );
      expect(viewed.map((event) => [event.entityId, event.actorId])).toEqual([
        [fixture.clinicianId, fixture.clinicianId],
        [fixture.clinicianId, fixture.supervisorId],
        [outsider.id, outsider.id],
      ]);
    });

    it('gives practice counts to supervisors only', async () => {
      expect(dataOf(await fixture.clinician.post(PracticeSummary)).practiceSummary).toBeNull();
      const admin = await fixture.accounts.signedIn(DEMO_EMAILS.admin);
      expect(dataOf(await admin.post(PracticeSummary)).practiceSummary).toBeNull();
    });

    it('counts across the supervisor’s and the supervisees’ caseloads', async () => {
      const practiceSummary = async () =>
        dataOf(await supervisor.session.post(PracticeSummary)).practiceSummary!;
      const since = quarterStart(TODAY);
      const before = await practiceSummary();
      const supervised = await supervisedIds();
      expect(before).toMatchObject({
        clinicianCount: supervised.length,
        quarterStartedOn: since,
      });
      expect(supervised).toEqual(
        expect.arrayContaining([fixture.supervisorId, fixture.clinicianId]),
      );
      await expectCountsOfTheRecord(before, supervised);

      // Reliably better on a PHQ-9 given this quarter; another client's improvement was last
      // quarter's and does not count.
      const quarterDay = (days: number) => isoDayAfter(since, days);
      const uma = await demo.client('Uma', quarterDay(-30));
      await demo.measure(uma.id, 'PHQ9', 18, quarterDay(-20));
      await demo.measure(uma.id, 'PHQ9', 9, TODAY);
      const vic = await demo.client('Vic', quarterDay(-30));
      await demo.measure(vic.id, 'PHQ9', 18, quarterDay(-20));
      await demo.measure(vic.id, 'PHQ9', 9, quarterDay(-1));
      // A goal completed now counts; one completed and reopened does not.
      await demo.goalStatus(await demo.goal(uma.id), 'COMPLETED');
      const reopened = await demo.goalStatus(await demo.goal(vic.id), 'COMPLETED');
      await demo.goalStatus(reopened, 'ACTIVE');

      const after = await practiceSummary();
      expect(after.reliablyImprovedThisQuarter).toBe(before.reliablyImprovedThisQuarter + 1);
      expect(after.goalsAchievedThisQuarter).toBe(before.goalsAchievedThisQuarter + 1);
      expect(after.activeClients).toBe(before.activeClients + 2);
      await expectCountsOfTheRecord(after, supervised);

      // The supervisor's own caseload counts too.
      const own = await supervisor.client('Wren', 0);
      await supervisor.goalStatus(await supervisor.goal(own.id), 'COMPLETED');
      const withOwn = await practiceSummary();
      expect(withOwn.activeClients).toBe(after.activeClients + 1);
      expect(withOwn.goalsAchievedThisQuarter).toBe(after.goalsAchievedThisQuarter + 1);
      await expectCountsOfTheRecord(withOwn, supervised);
    });

    /** The supervisor and the clinicians they supervise, by the supervision table. */
    async function supervisedIds(): Promise<string[]> {
      const rows = await fixture.accounts.db
        .selectFrom('supervision')
        .select('supervisee_id')
        .where('supervisor_id', '=', fixture.supervisorId)
        .execute();
      return [fixture.supervisorId, ...rows.map((row) => row.supervisee_id)];
    }

    /** The counts that can be read off the tables, and the flagged clients of each caseload. */
    async function expectCountsOfTheRecord(
      summary: PracticeSummaryFields,
      clinicianIds: readonly string[],
    ): Promise<void> {
      const db = fixture.accounts.db;
      const { rows } = await sql<{ active: string; notes: string }>`
        SELECT
          (SELECT count(*) FROM client
           WHERE primary_clinician_id IN (${sql.join(clinicianIds)}) AND status = 'ACTIVE') AS active,
          (SELECT count(*) FROM session_note n JOIN client c ON c.id = n.client_id
           WHERE c.primary_clinician_id IN (${sql.join(clinicianIds)})
             AND n.signed_at IS NULL) AS notes`.execute(db);
      expect(summary.activeClients).toBe(Number(rows[0].active));
      expect(summary.notesToSign).toBe(Number(rows[0].notes));
      let flagged = 0;
      for (const clinicianId of clinicianIds) {
        flagged += (await supervisor.view({ clinicianId, limit: 1 })).attentionCount;
      }
      expect(summary.clientsNeedingAttention).toBe(flagged);
    }
  });

  describe('the summary and the record', () => {
    it('leaves nothing stale after any write, as a fresh rebuild shows', async () => {
      const random = seededRandom(20_261_201);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
      const client = await demo.client('Sasha', 70);
      const goals: GoalFields[] = [await demo.goal(client.id, { domain: 'ANXIETY' })];
      const milestones: MilestoneFields[] = [];
      const entries: ProgressEntryFields[] = [];
      // Distinct days per measure and for reviews and sessions, so that no order is a tie.
      const unusedDays = (from: number) =>
        shuffled(
          random,
          Array.from({ length: from }, (_, i) => i),
        );
      const measureDays = { PHQ9: unusedDays(70), GAD7: unusedDays(70) };
      const reviewDays = unusedDays(70);
      const sessionDays = unusedDays(65).map((days) => days + 1);
      const domains: GoalDomain[] = ['MOOD', 'ANXIETY', 'HEALTH', 'RELATIONSHIPS'];
      /** The indexes of the milestones whose goal is open to changes of its milestones. */
      const openMilestones = () =>
        milestones.flatMap((milestone, index) => {
          const goal = goals.find((candidate) => candidate.id === milestone.goalId);
          return goal && canTickMilestonesOf(goal.status) ? [index] : [];
        });

      const taken: string[] = [];
      /** The stored summary must be what a rebuild from the record makes of it now. */
      async function expectFresh(within?: string): Promise<void> {
        const after = [...taken, ...(within ? [`(${within})`] : [])].join(', ');
        const stored = await summaryOf(client.id);
        await sql`SELECT refresh_client_summaries(ARRAY[${client.id}]::uuid[])`.execute(
          fixture.accounts.db,
        );
        expect({ after, summary: stored }).toEqual({ after, summary: await summaryOf(client.id) });
      }

      const steps: Record<string, () => Promise<void>> = {
        async addGoal() {
          goals.push(await demo.goal(client.id, { domain: pick(domains) }));
        },
        async editGoal() {
          const index = Math.floor(random() * goals.length);
          const goal = goals[index];
          const edited = await demo.session.post(UpdateGoal, {
            id: goal.id,
            version: goal.version,
            input: {
              clientWords: goal.clientWords,
              domain: pick(domains),
              gasLevels: goal.gasLevels,
              weight: pick([1, 2, 3]),
            },
          });
          goals[index] = dataOf(edited).updateGoal;
        },
        async changeGoal() {
          const index = Math.floor(random() * goals.length);
          const goal = goals[index];
          const next = pick(
            (
              {
                PROPOSED: ['ACTIVE'],
                ACTIVE: ['COMPLETED', 'ON_HOLD', 'CANCELLED'],
                ON_HOLD: ['ACTIVE', 'COMPLETED'],
                COMPLETED: ['ACTIVE'],
                CANCELLED: ['ACTIVE'],
              } as const
            )[goal.status],
          );
          goals[index] = await demo.goalStatus(goal, next);
        },
        async addMilestone() {
          const open = goals.filter((goal) => canTickMilestonesOf(goal.status));
          if (open.length === 0) return;
          milestones.push(await demo.milestone(pick(open).id, `Step ${milestones.length + 1}`));
        },
        async tickOrUntick() {
          const open = openMilestones();
          if (open.length === 0) {
            await steps['addMilestone']();
            return;
          }
          const index = pick(open);
          const milestone = milestones[index];
          milestones[index] =
            milestone.doneAt === null
              ? await demo.tick(milestone.id)
              : await demo.untick(milestone.id);
        },
        async removeMilestone() {
          const open = openMilestones();
          if (open.length === 0) return;
          const [milestone] = milestones.splice(pick(open), 1);
          const removed = await demo.session.post(RemoveMilestone, {
            id: milestone.id,
            version: milestone.version,
          });
          expect(dataOf(removed).removeMilestone).toBe(true);
        },
        async logEntry() {
          const kind = pick<ProgressEntryKind>([
            'WIN',
            'WIN',
            'SETBACK',
            'GRATITUDE',
            'REFLECTION',
          ]);
          entries.push(await demo.entry(client.id, Math.floor(random() * 65), kind));
        },
        async moveEntry() {
          if (entries.length === 0) {
            await steps['logEntry']();
            return;
          }
          const index = Math.floor(random() * entries.length);
          const entry = entries[index];
          const updated = await demo.session.post(UpdateProgressEntry, {
            id: entry.id,
            version: entry.version,
            input: {
              kind: pick<ProgressEntryKind>(['WIN', 'SETBACK']),
              category: entry.category,
              clientWords: entry.clientWords,
              occurredOn: daysFromToday(-Math.floor(random() * 65)),
            },
          });
          entries[index] = dataOf(updated).updateProgressEntry;
        },
        async removeEntry() {
          if (entries.length === 0) return;
          const [entry] = entries.splice(Math.floor(random() * entries.length), 1);
          await demo.removeEntry(entry);
        },
        async measure() {
          const instrument = pick(['PHQ9', 'GAD7'] as const);
          const days = measureDays[instrument].pop();
          if (days === undefined) return;
          const total = Math.floor(random() * (instrument === 'PHQ9' ? 28 : 22));
          // Eight items carry at most 24 points; item 9 is above 0 now and then.
          const least = Math.max(0, total - 24);
          const itemNine =
            instrument === 'PHQ9' && random() < 0.5 ? Math.min(total, Math.max(1, least)) : least;
          await demo.measure(client.id, instrument, total, daysFromToday(-days), itemNine);
        },
        async reviewFlags() {
          // A PHQ-9 with item 9 above 0 first, so there is always a flag to review.
          const days = measureDays.PHQ9.pop();
          if (days === undefined) return;
          const total = 5 + Math.floor(random() * 20);
          await demo.measure(client.id, 'PHQ9', total, daysFromToday(-days), 1);
          await expectFresh('a flagged PHQ-9');
          expect(await demo.reviewFlags(client.id)).toBeGreaterThan(0);
        },
        async schedule() {
          await demo.schedule(client.id, pick(['PHQ9', 'GAD7'] as const), pick([null, 1, 2, 4]));
        },
        async gasReview() {
          const rateable = goals.filter((goal) => goal.status === 'ACTIVE');
          const days = reviewDays.pop();
          if (rateable.length === 0 || days === undefined) return;
          const ratings = rateable.map((goal) => ({
            goalId: goal.id,
            level: Math.floor(random() * 5) - 2,
          }));
          await demo.gasReview(client.id, ratings, daysFromToday(-days));
        },
        async sessionWithNote() {
          const startedAt = new Date(Date.now() - sessionDays.pop()! * 86_400_000);
          const started = dataOf(
            await demo.session.post(StartSession, {
              input: {
                clientId: client.id,
                modality: 'IN_PERSON',
                startedAt: startedAt.toISOString(),
              },
            }),
          ).startSession;
          await expectFresh('a session started');
          const endedAt = new Date(startedAt.getTime() + 50 * 60_000).toISOString();
          dataOf(await demo.session.post(EndSession, { id: started.id, endedAt }));
          const { draftSessionNote: note } = dataOf(
            await demo.session.post(DraftSessionNote, { sessionId: started.id }),
          );
          if (random() < 0.5) {
            await expectFresh('a note drafted');
            dataOf(
              await demo.session.post(SignSessionNote, { id: note.id, version: note.version }),
            );
          }
        },
      };

      // Every step once, then a weighted draw: more of what adds to the record than removes.
      const stepNames = Object.keys(steps);
      const often = ['logEntry', 'logEntry', 'measure', 'measure', 'tickOrUntick', 'addMilestone'];
      for (let index = 0; index < 80; index++) {
        const name = index < stepNames.length ? stepNames[index] : pick([...stepNames, ...often]);
        taken.push(name);
        await steps[name]();
        await expectFresh();
      }

      await expectRowMatchesTheRecord(client.id);
    });

    async function summaryOf(clientId: string): Promise<unknown> {
      const row = await fixture.accounts.db
        .selectFrom('client_summary')
        .select('document')
        .where('client_id', '=', clientId)
        .executeTakeFirstOrThrow();
      return row.document;
    }

    /** The row's columns, worked out again from the client's record as its pages show it. */
    async function expectRowMatchesTheRecord(clientId: string): Promise<void> {
      const { row } = await demo.rowOf(clientId);
      const { client } = dataOf(await demo.session.post(ClientRecordQuery, { id: clientId }));
      const measures = dataOf(await demo.session.post(ClientMeasures, { id: clientId })).client;
      const daysAgo = (day: string) =>
        Math.round((Date.parse(TODAY) - Date.parse(day.slice(0, 10))) / 86_400_000);
      const recent = (day: string) => daysAgo(day) >= 0 && daysAgo(day) < 30;

      const active = client.goals.filter((goal) => goal.status === 'ACTIVE');
      const wins = client.progressEntries.filter((entry) => entry.kind === 'WIN');
      const ticks = client.goals.flatMap((goal) =>
        goal.milestones.flatMap((milestone) => (milestone.doneAt ? [milestone.doneAt] : [])),
      );
      const weekly = Array.from({ length: 8 }, () => 0);
      for (const day of [...ticks, ...wins.map((entry) => entry.occurredOn)]) {
        const week = Math.floor(daysAgo(day) / 7);
        if (week >= 0 && week < 8) weekly[7 - week] += 1;
      }
      const lastProgress = client.progressEntries
        .map((entry) => entry.occurredOn)
        .sort()
        .at(-1);
      // Soonest first; on the same day, by instrument, as the summary keeps them.
      const scheduled = [...measures.measureSchedules].sort(
        (first, second) =>
          first.nextDueOn.localeCompare(second.nextDueOn) ||
          first.instrument.localeCompare(second.instrument),
      );
      const standard = (instrument: string) =>
        measures.measureResponses
          .filter((response) => response.instrument === instrument)
          .sort((first, second) => first.administeredOn.localeCompare(second.administeredOn));
      const notes = await sql<{ count: string }>`
        SELECT count(*) AS count FROM session_note
        WHERE client_id = ${clientId} AND signed_at IS NULL`.execute(fixture.accounts.db);

      expect(row).toMatchObject({
        activeGoalCount: active.length,
        activeGoalDomains: [...new Set(active.map((goal) => goal.domain))].sort(),
        lastProgressOn: lastProgress ?? null,
        winsLast30Days: wins.filter((entry) => recent(entry.occurredOn)).length,
        milestonesTickedLast30Days: ticks.filter(recent).length,
        weeklyActivity: weekly,
        notesToSignCount: Number(notes.rows[0].count),
        nextMeasureDue:
          scheduled.length === 0
            ? null
            : {
                instrument: scheduled[0].instrument,
                dueOn: scheduled[0].nextDueOn,
                isOverdue: scheduled[0].isOverdue,
              },
        measures: ['PHQ9', 'GAD7'].flatMap((instrument) => {
          const given = standard(instrument);
          if (given.length === 0) return [];
          const latest = given[given.length - 1];
          return [
            {
              instrument,
              latest: latest.total,
              latestOn: latest.administeredOn,
              severity: latest.severity,
              changeFromBaseline: given.length > 1 ? latest.total! - given[0].total! : null,
              reliableChange: given.length > 1 ? latest.change?.reliableChange : null,
            },
          ];
        }),
        gasTScores: [...client.gasReviews]
          .sort((first, second) => first.reviewedOn.localeCompare(second.reviewedOn))
          .slice(-6)
          .map((review) => ({ reviewedOn: review.reviewedOn, tScore: review.tScore })),
      });
      expect(kinds(row.attention).includes('SAFETY_REVIEW')).toBe(
        measures.unreviewedSafetyFlagCount > 0,
      );
    }
  });
});

/** The calendar day `days` after an ISO day. */
function isoDayAfter(day: string, days: number): string {
  return new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A small seeded generator (mulberry32), so a failing sequence can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffled<T>(random: () => number, items: T[]): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other], items[index]];
  }
  return items;
}
