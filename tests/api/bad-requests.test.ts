import { postRaw } from '../support/graphql-http';
import {
  createTestDatabase,
  startWaypoint,
  type RunningWaypoint,
  type TestDatabase,
} from '../support/waypoint-process';

describe('bad requests get a clear error with a code, never a stack trace', () => {
  let database: TestDatabase;
  let waypoint: RunningWaypoint;

  beforeAll(async () => {
    database = await createTestDatabase();
    waypoint = await startWaypoint({ ...database.environment, WAYPOINT_DEMO_DATA: 'false' });
  });

  afterAll(async () => {
    await waypoint?.stop();
    await database?.dispose();
  });

  function expectNoStackTrace(body: unknown): void {
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|\bat .+\.(m?js|ts):\d+/i);
  }

  it('rejects an unknown field, naming it', async () => {
    const response = await postRaw(
      waypoint.url,
      JSON.stringify({ query: '{ caseload { id diagnosis } }' }),
    );
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0].extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.body.errors?.[0].message).toContain('diagnosis');
    expectNoStackTrace(response.body);
  });

  it('rejects a body that is not JSON', async () => {
    const response = await postRaw(waypoint.url, '{"query": "{ caseload { id } }"');
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0].extensions?.['code']).toBe('BAD_REQUEST');
    expectNoStackTrace(response.body);
  });

  it('rejects an oversized body before reading it', async () => {
    const padding = 'x'.repeat(200 * 1024);
    const response = await postRaw(
      waypoint.url,
      JSON.stringify({ query: '{ caseload { id } }', variables: { padding } }),
    );
    expect(response.status).toBe(413);
    expect(response.body.errors?.[0].extensions?.['code']).toBe('PAYLOAD_TOO_LARGE');
    expectNoStackTrace(response.body);
  });

  it('answers UNAUTHENTICATED, not a crash, when no clinician is known yet', async () => {
    const response = await postRaw(waypoint.url, JSON.stringify({ query: '{ caseload { id } }' }));
    // With no demo data there is no clinician yet, so nobody is signed in.
    expect(response.body.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
    expectNoStackTrace(response.body);
  });
});
