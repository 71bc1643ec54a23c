import { postRaw } from '../../support/graphql-http';
import {
  createTestDatabase,
  startWaypoint,
  type RunningWaypoint,
  type TestDatabase,
} from '../../support/waypoint-process';

describe('in production, errors reveal nothing of the schema or the code', () => {
  let database: TestDatabase;
  let waypoint: RunningWaypoint;

  beforeAll(async () => {
    database = await createTestDatabase();
    waypoint = await startWaypoint({
      ...database.environment,
      NODE_ENV: 'production',
      WAYPOINT_DEMO_DATA: 'false',
      LOG_LEVEL: 'info',
      // Served to browsers over HTTPS by a proxy that ends TLS.
      PUBLIC_URL: 'https://waypoint.example.org',
    });
  });

  afterAll(async () => {
    await waypoint?.stop();
    await database?.dispose();
  });

  const post = (body: unknown) => postRaw(waypoint.url, JSON.stringify(body));

  function expectNoStackTrace(body: unknown): void {
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|\bat .+\.(m?js|ts):\d+/i);
  }

  it.each([
    ['the schema', '{ __schema { queryType { name } } }'],
    ['a type', '{ __type(name: "Client") { fields { name } } }'],
  ])('refuses introspection of %s', async (_what, query) => {
    const response = await post({ query });
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors?.[0].extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.body.errors?.[0].message).toContain('introspection is not allowed');
  });

  it.each([
    ['a misspelt field', { query: '{ caseloa { id } }' }, 'Cannot query field "caseloa"'],
    ['a misspelt argument', { query: '{ caseload(clinicianID: "x") { id } }' }, 'clinicianID'],
    [
      'a misspelt enum value',
      { query: '{ auditEvents(sort: { field: SEQUENC, direction: ASC }) { totalCount } }' },
      'SEQUENC',
    ],
    [
      'a misspelt enum value in a variable',
      {
        query:
          'query Audit($field: AuditEventSortField!) { auditEvents(sort: { field: $field, direction: ASC }) { totalCount } }',
        variables: { field: 'SEQUENC' },
      },
      'SEQUENC',
    ],
    [
      'a misspelt type',
      { query: 'query Q($x: AuditEventFiltr) { caseload { id } }' },
      'AuditEventFiltr',
    ],
  ])('names %s without suggesting the right one', async (_what, body, named) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const messages = response.body.errors?.map((error) => error.message) ?? [];
    expect(messages.join('\n')).toContain(named);
    expect(messages.join('\n')).not.toMatch(/did you mean/i);
    expectNoStackTrace(response.body);
  });

  it.each([
    ['a syntax error', '{"query": "{ caseload { id }"}'],
    ['a body that is not JSON', '{"query": '],
    ['an operation refused by the server', JSON.stringify({ query: '{ caseload { id } }' })],
    [
      'a mutation with missing variables',
      JSON.stringify({
        query: 'mutation S($input: SignInInput!) { signIn(input: $input) { status } }',
      }),
    ],
  ])('answers %s without a stack trace', async (_what, body) => {
    const response = await postRaw(waypoint.url, body);
    expect(response.body.errors?.length).toBeGreaterThan(0);
    expectNoStackTrace(response.body);
  });

  it('tells browsers to use HTTPS only when the public address is https', async () => {
    const response = await fetch(`${waypoint.url}/healthz`);
    expect(response.headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });

  it('logs each operation by name, duration and outcome, never its variables', async () => {
    const probe = 'phi-probe-7f3a@example.org';
    const response = await fetch(`${waypoint.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation SignInProbe($input: SignInInput!) { signIn(input: $input) { status } }',
        variables: { input: { email: probe, password: `${probe} password` } },
      }),
    });
    await response.json();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const requestId = response.headers.get('x-request-id') ?? '';
    const lines = waypoint
      .output()
      .split('\n')
      .filter((line) => line.includes(requestId))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'info',
        event: 'graphql.operation',
        requestId,
        operationName: 'SignInProbe',
        operationType: 'mutation',
        milliseconds: expect.any(Number),
        outcome: expect.stringMatching(/^(success|error)$/),
      }),
    );
    expect(waypoint.output()).not.toContain(probe);
  });
});
