import net from 'node:net';
import { HEADERS_TIMEOUT_MILLISECONDS } from '../../../apps/api/src/http/connection-timeouts';
import {
  createTestDatabase,
  startWaypoint,
  type RunningWaypoint,
  type TestDatabase,
} from '../../support/waypoint-process';

describe('slow clients', () => {
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

  it('drops a client that never finishes its headers, so it cannot hold a connection', async () => {
    const { hostname, port } = new URL(waypoint.url);
    const started = Date.now();
    const answer = await new Promise<string>((resolve, reject) => {
      let received = '';
      const socket = net.connect(Number(port), hostname, () => {
        // A slowloris client: a request line and one header, then nothing more.
        socket.write('GET /healthz HTTP/1.1\r\nHost: waypoint\r\n');
      });
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
    });
    const elapsed = Date.now() - started;

    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(elapsed).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MILLISECONDS - 100);
    // Node checks its timeouts once a second here, not every 30 s as by default.
    expect(elapsed).toBeLessThan(HEADERS_TIMEOUT_MILLISECONDS + 3_000);
  });
});
