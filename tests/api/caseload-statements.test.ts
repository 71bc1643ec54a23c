import argon2 from 'argon2';
import type { Kysely } from 'kysely';
import type { Database } from '../../apps/api/src/database/tables';
import {
  DEMO_PASSWORD,
  startAccountsFixture,
  type AccountsFixture,
} from './accounts/accounts-fixture';

// The caseload's cost is a count, not a time: the same statements for a small caseload as
// for a large one (batched loading, no N+1). Read from the operation log's `statements`.

const caseloadQuery = `query Caseload {
  caseload {
    id preferredName activeGoalCount lastProgressOn lastSessionAt
    unreviewedSafetyFlagCount overdueMeasures notOnTrack { instrument reason } notesToSignCount
    attention { kind label detail evidence } goodNews { kind label detail evidence } activeGoalDomains
  }
}`;

// The caseload view reads one summary row per client (migration 0008) and works out every
// client's flags in the API, so its statements do not grow with the caseload either.
const caseloadViewQuery = `query CaseloadView {
  caseloadView(limit: 200) {
    totalCount activeCount matchCount attentionCount offset
    rows {
      id preferredName status activeGoalCount activeGoalDomains lastProgressOn lastSessionAt
      notesToSignCount nextMeasureDue { instrument dueOn isOverdue }
      milestonesTickedLast30Days winsLast30Days weeklyActivity
      measures { instrument latest latestOn severity changeFromBaseline reliableChange }
      gasTScores { reviewedOn tScore }
      attention { kind label detail evidence } goodNews { kind label detail evidence }
    }
  }
}`;

interface CaseloadViewData {
  caseloadView: {
    totalCount: number;
    matchCount: number;
    rows: {
      notesToSignCount: number;
      activeGoalCount: number;
      measures: { latest: number; changeFromBaseline: number | null }[];
      nextMeasureDue: { instrument: string } | null;
    }[];
  };
}

describe('the caseload query', () => {
  let fixture: AccountsFixture;

  beforeAll(async () => {
    fixture = await startAccountsFixture({ LOG_LEVEL: 'info' });
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  const demoPracticeId = async () =>
    (await fixture.db.selectFrom('practice').select('id').executeTakeFirstOrThrow()).id;

  it('runs the same number of SQL statements for 10 clients as for 200', async () => {
    const practiceId = await demoPracticeId();
    const counts: number[] = [];
    for (const size of [10, 200]) {
      const email = `caseload-${size}@riverside.example`;
      await seedCaseload(fixture.db, practiceId, email, size);
      const clinician = await fixture.signedIn(email);
      const response = await clinician.postRaw<{ caseload: { notesToSignCount: number }[] }>(
        JSON.stringify({ query: caseloadQuery }),
      );
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.caseload).toHaveLength(size);
      expect(response.body.data?.caseload.every((client) => client.notesToSignCount === 1)).toBe(
        true,
      );
      counts.push(await statementsOf(response.requestId));
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);
  });

  it('runs the same number of SQL statements for a caseload view of 10 clients as of 200', async () => {
    const practiceId = await demoPracticeId();
    const counts: { first: number; again: number }[] = [];
    for (const size of [10, 200]) {
      const email = `caseload-view-${size}@riverside.example`;
      await seedCaseload(fixture.db, practiceId, email, size);
      const clinician = await fixture.signedIn(email);
      const view = async () => {
        const response = await clinician.postRaw<CaseloadViewData>(
          JSON.stringify({ query: caseloadViewQuery }),
        );
        expect(response.body.errors).toBeUndefined();
        const page = response.body.data!.caseloadView;
        expect(page).toMatchObject({ totalCount: size, matchCount: size });
        expect(page.rows).toHaveLength(size);
        for (const row of page.rows) {
          expect(row).toMatchObject({
            notesToSignCount: 1,
            activeGoalCount: 2,
            measures: [{ latest: 15, changeFromBaseline: -1 }],
            nextMeasureDue: { instrument: 'PHQ9' },
          });
        }
        return statementsOf(response.requestId);
      };
      // The first view works the caseload out; the second finds it kept at the same revision.
      counts.push({ first: await view(), again: await view() });
    }
    expect(counts[0].first).toBeGreaterThan(0);
    expect(counts[1]).toEqual(counts[0]);
    // Kept: the caseload's rows are not read again.
    expect(counts[0].again).toBeLessThan(counts[0].first);
  });

  /** The `statements` of the request's operation log line. */
  async function statementsOf(requestId: string): Promise<number> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const line = fixture.waypoint
        .output()
        .split('\n')
        .find((text) => text.includes('"graphql.operation"') && text.includes(requestId));
      if (line) return (JSON.parse(line) as { statements: number }).statements;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`No operation log line for request ${requestId}`);
  }
});

/** A clinician with `size` clients, each with goals, entries, measures and a schedule. */
async function seedCaseload(
  db: Kysely<Database>,
  practiceId: string,
  email: string,
  size: number,
): Promise<void> {
  const clinician = await db
    .insertInto('clinician')
    .values({
      practice_id: practiceId,
      email,
      display_name: `Clinician of ${size}`,
      role: 'CLINICIAN',
      password_hash: await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const clients = await db
    .insertInto('client')
    .values(
      Array.from({ length: size }, (_, index) => ({
        practice_id: practiceId,
        primary_clinician_id: clinician.id,
        preferred_name: `Client ${String(index).padStart(3, '0')}`,
        started_on: '2026-06-01',
      })),
    )
    .returning('id')
    .execute();
  const perClient = <T>(make: (clientId: string) => T[]) => clients.flatMap(({ id }) => make(id));
  await db
    .insertInto('goal')
    .values(
      perClient((clientId) =>
        [1, 2].map((position) => ({
          practice_id: practiceId,
          client_id: clientId,
          client_words: 'Walk every day',
          domain: 'HEALTH' as const,
          status: 'ACTIVE' as const,
          position,
        })),
      ),
    )
    .execute();
  await db
    .insertInto('progress_entry')
    .values(
      perClient((clientId) => [
        {
          practice_id: practiceId,
          client_id: clientId,
          kind: 'WIN' as const,
          category: 'MOVEMENT' as const,
          client_words: 'Walked',
          occurred_on: '2026-11-20',
        },
      ]),
    )
    .execute();
  await db
    .insertInto('measure_response')
    .values(
      perClient((clientId) =>
        [16, 15].map((total, index) => ({
          practice_id: practiceId,
          client_id: clientId,
          instrument: 'PHQ9' as const,
          answers: [2, 2, 2, 2, 2, 2, 2, total - 14, 0],
          total,
          administered_on: index === 0 ? '2026-06-01' : '2026-09-01',
        })),
      ),
    )
    .execute();
  const sessions = await db
    .insertInto('therapy_session')
    .values(
      perClient((clientId) => [
        {
          practice_id: practiceId,
          client_id: clientId,
          clinician_id: clinician.id,
          modality: 'VIDEO' as const,
          started_at: new Date('2026-11-20T10:00:00Z'),
          ended_at: new Date('2026-11-20T10:50:00Z'),
        },
      ]),
    )
    .returning(['id', 'client_id'])
    .execute();
  // Each client has a progress note waiting to be signed.
  await db
    .insertInto('session_note')
    .values(
      sessions.map((session) => ({
        practice_id: practiceId,
        client_id: session.client_id,
        session_id: session.id,
        author_id: clinician.id,
        format: 'SOAP' as const,
        sections: JSON.stringify({ subjective: 'Walked', objective: '', assessment: '', plan: '' }),
      })),
    )
    .execute();
  await db
    .insertInto('measure_schedule')
    .values(
      perClient((clientId) => [
        {
          practice_id: practiceId,
          client_id: clientId,
          instrument: 'PHQ9' as const,
          every_weeks: 4,
        },
      ]),
    )
    .execute();
}
