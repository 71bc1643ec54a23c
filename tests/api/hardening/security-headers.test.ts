import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NONCE_PLACEHOLDER } from '../../../apps/api/src/http/dashboard-page';
import {
  createTestDatabase,
  startWaypoint,
  type RunningWaypoint,
  type TestDatabase,
} from '../../support/waypoint-process';

const nonceSource = "'nonce-([A-Za-z0-9+/]{22}==)'";
const expectedPolicy = new RegExp(
  '^' +
    [
      "default-src 'self'",
      "script-src 'self'",
      "script-src-attr 'none'",
      `style-src 'self' ${nonceSource}`,
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join(';') +
    '$',
);

/** The nonce a response's Content-Security-Policy allows styles with. */
function policyNonce(response: Response): string {
  const match = expectedPolicy.exec(response.headers.get('content-security-policy') ?? '');
  if (!match)
    throw new Error(`Unexpected policy: ${response.headers.get('content-security-policy')}`);
  return match[1];
}

describe('security headers', () => {
  let database: TestDatabase;
  let waypoint: RunningWaypoint;
  let dashboardDirectory: string;

  beforeAll(async () => {
    // A stand-in for the built dashboard, so these tests do not need an Angular build.
    dashboardDirectory = mkdtempSync(path.join(os.tmpdir(), 'waypoint-dashboard-'));
    writeFileSync(
      path.join(dashboardDirectory, 'index.html'),
      `<!doctype html><html><head><link rel="stylesheet" href="styles.css" nonce="${NONCE_PLACEHOLDER}"></head>` +
        `<body><wp-root ngcspnonce="${NONCE_PLACEHOLDER}"></wp-root></body></html>`,
    );
    writeFileSync(path.join(dashboardDirectory, 'styles.css'), 'body { margin: 0; }');
    database = await createTestDatabase();
    waypoint = await startWaypoint({
      ...database.environment,
      WAYPOINT_DEMO_DATA: 'false',
      WAYPOINT_DASHBOARD_DIR: dashboardDirectory,
    });
  });

  afterAll(async () => {
    await waypoint?.stop();
    await database?.dispose();
    rmSync(dashboardDirectory, { recursive: true, force: true });
  });

  it('marks the dashboard’s own index.html with the nonce placeholder the server fills in', () => {
    const source = readFileSync(
      path.resolve(__dirname, '../../../apps/dashboard/src/index.html'),
      'utf8',
    );
    expect(source).toContain(`<wp-root ngCspNonce="${NONCE_PLACEHOLDER}">`);
  });

  it.each(['/', '/clients/some-client', '/index.html'])(
    'serves %s with a fresh nonce in both the policy and the page, never cached',
    async (pagePath) => {
      const [first, second] = await Promise.all([
        fetch(`${waypoint.url}${pagePath}`),
        fetch(`${waypoint.url}${pagePath}`),
      ]);
      const pages = [await first.text(), await second.text()];
      const nonces = [policyNonce(first), policyNonce(second)];

      expect(nonces[0]).not.toBe(nonces[1]);
      for (const [index, page] of pages.entries()) {
        expect(Buffer.from(nonces[index], 'base64')).toHaveLength(16);
        expect(page).toContain(`<wp-root ngcspnonce="${nonces[index]}">`);
        expect(page).toContain(`href="styles.css" nonce="${nonces[index]}"`);
        expect(page).not.toContain(NONCE_PLACEHOLDER);
      }
      expect(first.headers.get('content-type')).toMatch(/^text\/html/);
      expect(first.headers.get('cache-control')).toBe('no-store');
    },
  );

  it.each([
    ['the page', '/', {}],
    ['a static asset', '/styles.css', {}],
    ['the health check', '/healthz', {}],
    [
      'a GraphQL answer',
      '/graphql',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      },
    ],
    [
      'a GraphQL error',
      '/graphql',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' },
    ],
    [
      'a refused cross-site post',
      '/graphql',
      { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' },
    ],
  ])('sends the security headers with %s', async (_what, resourcePath, init: RequestInit) => {
    const response = await fetch(`${waypoint.url}${resourcePath}`, init);
    await response.arrayBuffer();
    expect(policyNonce(response)).toBeTruthy();
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'x-frame-options': 'DENY',
      'permissions-policy': expect.stringMatching(
        /^accelerometer=\(\), camera=\(\), .*microphone=\(\)/,
      ),
    });
    expect(response.headers.has('x-powered-by')).toBe(false);
    // Plain HTTP: HSTS over HTTP is ignored by browsers, and would be a lie on a loopback port.
    expect(response.headers.has('strict-transport-security')).toBe(false);
  });

  it.each([
    ['an answer', '{"query":"{ __typename }"}'],
    ['an error', '{"query":"{ caseload { id } }"}'],
    ['an unreadable body', '{"query": '],
  ])('forbids caching of GraphQL %s, which may hold PHI', async (_what, body) => {
    const response = await fetch(`${waypoint.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    await response.arrayBuffer();
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
