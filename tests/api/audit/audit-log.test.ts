import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Database } from '../../../apps/api/src/database/tables';
import {
  AuditEventsCsvDocument,
  AuditEventsDocument,
  CaseloadViewDocument,
  SignInDocument,
  VerifyAuditChainDocument,
  type AuditEventSortField,
  type AuditEventsQuery,
  type AuditEventsQueryVariables,
} from '../../../apps/dashboard/src/app/__generated__/graphql';
import { GraphqlSession } from '../../support/graphql-session';
import {
  createTestDatabase,
  embeddedAdminUrl,
  startWaypoint,
  type RunningWaypoint,
  type TestDatabase,
} from '../../support/waypoint-process';
import { recordAuditEvent } from '../../../apps/api/src/audit/audit-trail';
import { tamperWithAuditEvents } from './audit-test-database';
import { testPool } from '../../support/test-pool';

/** The demo accounts' password, set for this test (the demo seed prints random ones otherwise). */
const DEMO_PASSWORD = 'audit-trail-test-password-1';

type AuditEventRow = AuditEventsQuery['auditEvents']['events'][number];

/**
 * The audit log over real HTTP, signed in as the demo practice's admin and clinician, with
 * the database reachable directly to check the chain and to tamper with it.
 */
describe('the audit log over HTTP', () => {
  let database: TestDatabase;
  let waypoint: RunningWaypoint;
  let db: Kysely<Database>;
  let admin: GraphqlSession;
  let clinician: GraphqlSession;
  let adminId: string;
  let clinicianId: string;
  let practiceId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    waypoint = await startWaypoint({
      ...database.environment,
      WAYPOINT_DEMO_PASSWORD: DEMO_PASSWORD,
    });
    db = new Kysely<Database>({
      dialect: new PostgresDialect({
        pool: testPool(waypointDatabaseUrl(), 10),
      }),
    });
    // Whoever the demo seed made admin and clinician: found by role, not by guessing emails.
    const accountOf = (role: 'ADMIN' | 'CLINICIAN') =>
      db
        .selectFrom('clinician')
        .select(['id', 'email', 'practice_id as practiceId'])
        .where('role', '=', role)
        .orderBy('email')
        .executeTakeFirstOrThrow();
    const adminAccount = await accountOf('ADMIN');
    const clinicianAccount = await accountOf('CLINICIAN');
    ({ id: adminId, practiceId } = adminAccount);
    clinicianId = clinicianAccount.id;
    admin = await signIn(adminAccount.email);
    clinician = await signIn(clinicianAccount.email);
  });

  afterAll(async () => {
    await db?.destroy();
    await waypoint?.stop();
    await database?.dispose();
  });

  function waypointDatabaseUrl(): string {
    const { DATABASE_URL: databaseUrl, WAYPOINT_DATA_DIR: dataDirectory } = database.environment;
    if (databaseUrl) return databaseUrl;
    const url = new URL(embeddedAdminUrl(dataDirectory));
    url.pathname = '/waypoint';
    return url.toString();
  }

  async function signIn(email: string): Promise<GraphqlSession> {
    const session = new GraphqlSession(waypoint.url);
    const answer = await session.post(SignInDocument, {
      input: { email, password: DEMO_PASSWORD },
    });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.signIn.status).toBe('SIGNED_IN');
    return session;
  }

  async function listEvents(
    variables: AuditEventsQueryVariables = {},
  ): Promise<AuditEventsQuery['auditEvents']> {
    const answer = await admin.post(AuditEventsDocument, { limit: 200, ...variables });
    expect(answer.body.errors).toBeUndefined();
    return answer.body.data!.auditEvents;
  }

  async function chainSequences(): Promise<number[]> {
    const rows = await db
      .selectFrom('audit_event')
      .select('sequence')
      .where('chain_id', '=', practiceId)
      .orderBy('sequence')
      .execute();
    return rows.map((row) => row.sequence);
  }

  it('offers no mutation that could change or delete an audit event', async () => {
    interface TypeReference {
      name: string | null;
      ofType: TypeReference | null;
    }
    const answer = await new GraphqlSession(waypoint.url).postRaw<{
      __schema: {
        mutationType: {
          fields: { name: string; type: TypeReference; args: { type: TypeReference }[] }[];
        };
      };
    }>(
      JSON.stringify({
        query: `{ __schema { mutationType { fields {
          name type { ...Reference } args { type { ...Reference } } } } } }
          fragment Reference on __Type { name ofType { name ofType { name ofType { name } } } }`,
      }),
    );
    const namedType = (type: TypeReference): string => type.name ?? namedType(type.ofType!);
    const mutations = answer.body.data!.__schema.mutationType.fields;

    expect(mutations.length).toBeGreaterThan(0);
    for (const mutation of mutations) {
      const types = [mutation.type, ...mutation.args.map((argument) => argument.type)];
      expect([mutation.name, ...types.map(namedType)].join(' ')).not.toMatch(/audit/i);
    }
  });

  it('lists the practice’s events newest first, with each actor, and audits the listing', async () => {
    const first = await listEvents();
    const second = await listEvents();

    expect(second.totalCount).toBe(first.totalCount + 1);
    // Each listing shows the chain as it was just before its own view was recorded.
    expect(second.totalCount).toBe((await chainSequences()).length - 1);
    const viewed = second.events[0];
    expect(viewed).toMatchObject({
      action: 'AUDIT_LOG_VIEWED',
      entityType: 'AUDIT_LOG',
      outcome: 'SUCCESS',
      actor: { id: adminId },
    });
    expect(viewed.sequence).toBeGreaterThan(first.events[0].sequence);
    const sequences = second.events.map((event) => event.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => b - a));
  });

  it('never shows another practice’s events, nor attempts that belong to no practice', async () => {
    const other = await db
      .insertInto('practice')
      .values({ name: 'Another Practice' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const entry = {
      actorId: null,
      action: 'SIGN_IN_FAILED',
      entityType: 'CLINICIAN',
      entityId: null,
      clientId: null,
      requestId: 'elsewhere',
      outcome: 'FAILED',
    } as const;
    await recordAuditEvent(db, { ...entry, practiceId: other.id });
    await recordAuditEvent(db, { ...entry, practiceId: null });

    const listed = await listEvents({ filter: { action: 'SIGN_IN_FAILED' } });
    expect(listed.events.map((event) => event.requestId)).not.toContain('elsewhere');
  });

  it('filters by actor, action and an inclusive range of UTC days', async () => {
    await clinician.post(CaseloadViewDocument, { offset: 0, limit: 50 });
    const byClinician = await listEvents({ filter: { actorId: clinicianId } });
    expect(byClinician.events.length).toBeGreaterThan(0);
    expect(byClinician.events.every((event) => event.actor?.id === clinicianId)).toBe(true);

    const caseloadViews = await listEvents({ filter: { action: 'CASELOAD_VIEWED' } });
    expect(caseloadViews.events.every((event) => event.action === 'CASELOAD_VIEWED')).toBe(true);
    expect(caseloadViews.totalCount).toBe(caseloadViews.events.length);

    const newest = (await listEvents({ limit: 1 })).events[0];
    const day = newest.occurredAt.slice(0, 10);
    const dayBefore = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString();
    const onThatDay = await listEvents({ filter: { from: day, to: day } });
    expect(onThatDay.events.map((event) => event.id)).toContain(newest.id);
    const untilTheDayBefore = await listEvents({ filter: { to: dayBefore.slice(0, 10) } });
    expect(untilTheDayBefore.events.map((event) => event.id)).not.toContain(newest.id);
  });

  it.each<AuditEventSortField>([
    'SEQUENCE',
    'OCCURRED_AT',
    'ACTOR',
    'ACTION',
    'ENTITY_TYPE',
    'ENTITY_ID',
    'CLIENT_ID',
    'OUTCOME',
  ])('sorts on %s both ways, ties broken by sequence', async (field) => {
    for (const direction of ['ASC', 'DESC'] as const) {
      const { events } = await listEvents({ sort: { field, direction } });
      expect(events.length).toBeGreaterThan(1);
      for (let index = 1; index < events.length; index += 1) {
        const order = compareForSort(field, events[index - 1], events[index]);
        expect(direction === 'ASC' ? order : -order).toBeLessThan(0);
      }
    }
  });

  it('refuses a limit outside 1 to 200, naming the field', async () => {
    for (const limit of [0, 201]) {
      const answer = await admin.post(AuditEventsDocument, { limit });
      expect(answer.body.errors?.[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'limit',
      });
    }
  });

  it('refuses someone signed out', async () => {
    const answer = await new GraphqlSession(waypoint.url).post(AuditEventsDocument, {});
    expect(answer.body.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('refuses a clinician with FORBIDDEN, and puts each refusal on the record', async () => {
    const before = await listEvents({
      filter: { actorId: clinicianId, action: 'PERMISSION_DENIED' },
    });

    const answers = [
      await clinician.post(AuditEventsDocument, {}),
      await clinician.post(AuditEventsCsvDocument, {}),
      await clinician.post(VerifyAuditChainDocument, {}),
    ];
    for (const answer of answers) {
      expect(answer.body.data).toBeNull();
      expect(answer.body.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    }

    const after = await listEvents({
      filter: { actorId: clinicianId, action: 'PERMISSION_DENIED' },
    });
    expect(after.totalCount).toBe(before.totalCount + 3);
    for (const denial of after.events.slice(0, 3)) {
      expect(denial).toMatchObject({
        entityType: 'AUDIT_LOG',
        outcome: 'DENIED',
        actor: { id: clinicianId },
      });
    }
  });

  it('exports the matching events as CSV and records the export', async () => {
    const filter = { action: 'AUDIT_LOG_VIEWED' };
    const listed = await listEvents({ filter, sort: { field: 'SEQUENCE', direction: 'ASC' } });

    const answer = await admin.post(AuditEventsCsvDocument, {
      filter,
      sort: { field: 'SEQUENCE', direction: 'ASC' },
    });
    expect(answer.body.errors).toBeUndefined();
    const csv = answer.body.data!.auditEventsCsv;
    const [header, ...rows] = parseCsv(csv);

    expect(csv.endsWith('\r\n')).toBe(true);
    expect(header.slice(0, 6)).toEqual([
      'Sequence',
      'Event ID',
      'Occurred at (UTC)',
      'Actor ID',
      'Actor',
      'Action',
    ]);
    // The listing above was itself a view, so the export holds one more than it showed.
    expect(rows).toHaveLength(listed.totalCount + 1);
    expect(rows.slice(0, listed.events.length).map((row) => row[1])).toEqual(
      listed.events.map((event) => event.id),
    );
    for (const row of rows) {
      expect(row[3]).toBe(adminId);
      expect(row[4]).toBe(listed.events[0].actor?.displayName);
      expect(row[5]).toBe('AUDIT_LOG_VIEWED');
    }

    const exports = await listEvents({ filter: { action: 'AUDIT_LOG_EXPORTED' } });
    expect(exports.events[0]).toMatchObject({ outcome: 'SUCCESS', actor: { id: adminId } });
  });

  it('neutralises a display name that looks like a spreadsheet formula', async () => {
    const original = await db
      .selectFrom('clinician')
      .select('display_name')
      .where('id', '=', clinicianId)
      .executeTakeFirstOrThrow();
    await db
      .updateTable('clinician')
      .set({ display_name: '=HYPERLINK("http://evil.example","open")' })
      .where('id', '=', clinicianId)
      .execute();
    try {
      const answer = await admin.post(AuditEventsCsvDocument, { filter: { actorId: clinicianId } });
      const rows = parseCsv(answer.body.data!.auditEventsCsv).slice(1);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row[4]).toBe(`'=HYPERLINK("http://evil.example","open")`);
    } finally {
      await db
        .updateTable('clinician')
        .set({ display_name: original.display_name })
        .where('id', '=', clinicianId)
        .execute();
    }
  });

  it('keeps one gap-free chain while many requests append at once', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        index % 2 === 0
          ? admin.post(AuditEventsDocument, { limit: 1 })
          : clinician.post(CaseloadViewDocument, { offset: 0, limit: 50 }),
      ),
    );

    const sequences = await chainSequences();
    expect(sequences).toEqual(sequences.map((_, index) => index + 1));
    const answer = await admin.post(VerifyAuditChainDocument, {});
    expect(answer.body.data?.verifyAuditChain).toEqual({
      isIntact: true,
      checkedCount: sequences.length,
      firstBrokenSequence: null,
      reason: null,
    });
    const verified = await listEvents({ filter: { action: 'AUDIT_CHAIN_VERIFIED' }, limit: 1 });
    expect(verified.events[0]).toMatchObject({ outcome: 'SUCCESS', actor: { id: adminId } });
  });

  // Last: it breaks the chain for good.
  it('reports an event deleted in the database, and records the failed verification', async () => {
    const middle = Math.floor((await chainSequences()).length / 2);
    await tamperWithAuditEvents(
      db,
      sql`DELETE FROM audit_event WHERE chain_id = ${practiceId} AND sequence = ${middle}`,
    );

    const answer = await admin.post(VerifyAuditChainDocument, {});
    expect(answer.body.data?.verifyAuditChain).toEqual({
      isIntact: false,
      checkedCount: middle - 1,
      firstBrokenSequence: middle,
      reason: 'missing',
    });
    const verified = await listEvents({ filter: { action: 'AUDIT_CHAIN_VERIFIED' }, limit: 1 });
    expect(verified.events[0]).toMatchObject({ outcome: 'FAILED', entityType: 'AUDIT_CHAIN' });
  });
});

/** How two rows compare on a sort column as PostgreSQL orders them: nulls last, then sequence. */
function compareForSort(field: AuditEventSortField, a: AuditEventRow, b: AuditEventRow): number {
  const key = (row: AuditEventRow): string | number | null => {
    switch (field) {
      case 'SEQUENCE':
        return row.sequence;
      case 'OCCURRED_AT':
        return row.occurredAt;
      case 'ACTOR':
        return row.actor?.displayName ?? null;
      case 'ACTION':
        return row.action;
      case 'ENTITY_TYPE':
        return row.entityType;
      case 'ENTITY_ID':
        return row.entityId;
      case 'CLIENT_ID':
        return row.clientId;
      case 'OUTCOME':
        return row.outcome;
    }
  };
  const [first, second] = [key(a), key(b)];
  if (first !== second) {
    if (first === null) return 1;
    if (second === null) return -1;
    // Names sort in the database's collation; for the demo's plain names that agrees with this.
    return field === 'ACTOR'
      ? first.toString().localeCompare(second.toString())
      : first < second
        ? -1
        : 1;
  }
  return a.sequence - b.sequence;
}

/** RFC 4180 fields, quotes and line breaks inside quotes included. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let isQuoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (isQuoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') {
        isQuoted = false;
      } else {
        field += character;
      }
    } else if (character === '"') {
      isQuoted = true;
    } else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else {
      field += character;
    }
  }
  return rows;
}
