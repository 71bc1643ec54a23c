import {
  createTestDatabase,
  startWaypoint,
  type RunningWaypoint,
  type TestDatabase,
} from '../../support/waypoint-process';

interface Answer {
  readonly status: number;
  readonly requestId: string;
  readonly headers: Headers;
  readonly body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

const signOut = 'mutation SignOut { signOut }';
const attacker = { origin: 'https://attacker.example', referer: 'https://attacker.example/' };

describe('cross-site request forgery', () => {
  let database: TestDatabase;
  let waypoint: RunningWaypoint;

  beforeAll(async () => {
    database = await createTestDatabase();
    waypoint = await startWaypoint({
      ...database.environment,
      WAYPOINT_DEMO_DATA: 'false',
      // Operation log lines show whether a refused request ever reached execution.
      LOG_LEVEL: 'info',
    });
  });

  afterAll(async () => {
    await waypoint?.stop();
    await database?.dispose();
  });

  async function send(path: string, init: RequestInit): Promise<Answer> {
    const response = await fetch(`${waypoint.url}${path}`, init);
    return {
      status: response.status,
      requestId: response.headers.get('x-request-id') ?? '',
      headers: response.headers,
      body: (await response.json()) as Answer['body'],
    };
  }

  /** The log lines of one request, once the server has written them. */
  async function logLinesOf(
    requestId: string,
  ): Promise<{ event: string; [field: string]: unknown }[]> {
    await new Promise((resolve) => setTimeout(resolve, 100));
    return waypoint
      .output()
      .split('\n')
      .filter((line) => line.includes(requestId))
      .map((line) => JSON.parse(line) as { event: string });
  }

  function expectRefusedAsCsrf(answer: Answer): void {
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors).toEqual([
      {
        message: expect.stringContaining('Cross-Site Request Forgery'),
        extensions: { code: 'BAD_REQUEST' },
      },
    ]);
  }

  it.each([
    ['application/x-www-form-urlencoded', new URLSearchParams({ query: signOut }).toString()],
    ['text/plain', JSON.stringify({ query: signOut })],
    ['text/plain;charset=UTF-8', JSON.stringify({ query: signOut })],
  ])('refuses a cross-site form post sent as %s, running nothing', async (contentType, body) => {
    const answer = await send('/graphql', {
      method: 'POST',
      headers: { 'content-type': contentType, ...attacker },
      body,
    });
    expectRefusedAsCsrf(answer);
    const lines = await logLinesOf(answer.requestId);
    expect(lines.map((line) => line.event)).toEqual(['graphql.refused']);
  });

  it('refuses a multipart form post, running nothing', async () => {
    const form = new FormData();
    form.set('query', signOut);
    const answer = await send('/graphql', { method: 'POST', headers: attacker, body: form });
    expectRefusedAsCsrf(answer);
    expect((await logLinesOf(answer.requestId)).map((line) => line.event)).toEqual([
      'graphql.refused',
    ]);
  });

  it('refuses a mutation in a plain GET request (a link or an image)', async () => {
    const answer = await send(`/graphql?query=${encodeURIComponent(signOut)}`, {
      headers: attacker,
    });
    expectRefusedAsCsrf(answer);
  });

  it('refuses a mutation over GET even with the preflight header, before executing it', async () => {
    const answer = await send(`/graphql?query=${encodeURIComponent(signOut)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('POST');
    expect(answer.body.errors?.[0].message).toBe(
      'GET requests only support query operations, not mutation operations',
    );
    const [line] = await logLinesOf(answer.requestId);
    expect(line).toMatchObject({
      event: 'graphql.operation',
      operationType: 'mutation',
      status: 405,
      outcome: 'error',
      errorCodes: 'BAD_REQUEST',
    });
  });

  it('still runs the dashboard’s own kind of request: a JSON post', async () => {
    const answer = await send('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // A mutation with no side effect, so the test depends on nothing but the transport.
      body: JSON.stringify({ query: 'mutation Probe { __typename }' }),
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { __typename: 'Mutation' } });
  });
});
