import { writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createDataDirectory, runWaypointUntilExit } from '../../support/waypoint-process';

/** Start-up failures stop the process with exactly one line naming the setting and the cause. */
describe('a start-up that cannot succeed stops with one line saying which setting and why', () => {
  async function expectOneLineFailure(
    environment: Record<string, string>,
    expected: RegExp,
  ): Promise<void> {
    const result = await runWaypointUntilExit(environment);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(expected);
    expect(result.stdout).not.toContain('Waypoint is running');
  }

  it('names PORT when it is not a port number', async () => {
    await expectOneLineFailure({ PORT: 'eighty' }, /^waypoint: configuration: PORT: .*"eighty"/);
  });

  it('names DATABASE_URL when it is not a postgres URL', async () => {
    await expectOneLineFailure({ DATABASE_URL: 'mysql://localhost/x' }, /DATABASE_URL: .*postgres/);
  });

  it('refuses demo data in production', async () => {
    await expectOneLineFailure(
      { NODE_ENV: 'production', WAYPOINT_DEMO_DATA: 'true' },
      /WAYPOINT_DEMO_DATA: demo data is never seeded in production/,
    );
  });

  it('names DATABASE_URL when its server is down', async () => {
    const closedPort = await portWithNothingListening();
    await expectOneLineFailure(
      { DATABASE_URL: `postgres://waypoint@127.0.0.1:${closedPort}/waypoint` },
      new RegExp(
        `^waypoint: database DATABASE_URL: cannot connect to 127\\.0\\.0\\.1:${closedPort}.*ECONNREFUSED`,
      ),
    );
  });

  it('names the data folder when it cannot be written', async () => {
    // Root can write anywhere, so the unwritable folder is one whose parent is a file.
    const file = path.join(createDataDirectory(), 'not-a-folder');
    writeFileSync(file, '');
    await expectOneLineFailure(
      { WAYPOINT_DATA_DIR: path.join(file, 'data') },
      /^waypoint: data folder \(WAYPOINT_DATA_DIR\): .*not-a-folder\/data is not writable \(ENOTDIR\)/,
    );
  });

  (os.userInfo().uid === 0 ? it : it.skip)(
    'as root, names a data folder the database account cannot reach',
    async () => {
      const closed = path.join(createDataDirectory(), 'closed');
      const { mkdirSync } = await import('node:fs');
      mkdirSync(closed, { mode: 0o700 });
      await expectOneLineFailure(
        { WAYPOINT_DATA_DIR: path.join(closed, 'data') },
        /cannot be entered by the "postgres" account/,
      );
    },
  );
});

function portWithNothingListening(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
