import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDataDirectory, startWaypoint } from '../../support/waypoint-process';

/** Whether a process runs; an exited one waiting to be reaped (state Z) does not count. */
function isAlive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** A stopped server's process may take a moment to leave the process table. */
async function waitUntilGone(pid: number): Promise<boolean> {
  for (let attempt = 0; attempt < 50 && isAlive(pid); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

function serverPid(dataDirectory: string): number {
  return Number.parseInt(
    readFileSync(path.join(dataDirectory, 'postgres/postmaster.pid'), 'utf8'),
    10,
  );
}

describe('the embedded PostgreSQL server', () => {
  let dataDirectory: string;

  beforeEach(() => {
    dataDirectory = createDataDirectory();
  });

  afterEach(() => {
    rmSync(dataDirectory, { recursive: true, force: true });
  });

  it('runs as the unprivileged postgres account when Waypoint runs as root', async () => {
    const waypoint = await startWaypoint({
      WAYPOINT_DATA_DIR: dataDirectory,
      WAYPOINT_DEMO_DATA: 'false',
    });
    try {
      const owner = execFileSync('ps', ['-o', 'user=', '-p', String(serverPid(dataDirectory))])
        .toString()
        .trim();
      expect(owner).toBe(os.userInfo().uid === 0 ? 'postgres' : os.userInfo().username);
    } finally {
      await waypoint.stop();
    }
  });

  it('stops with Waypoint: a clean shutdown leaves no server running', async () => {
    const waypoint = await startWaypoint({
      WAYPOINT_DATA_DIR: dataDirectory,
      WAYPOINT_DEMO_DATA: 'false',
    });
    const pid = serverPid(dataDirectory);
    expect(await waypoint.stop()).toBe(0);
    expect(await waitUntilGone(pid)).toBe(true);
    expect(existsSync(path.join(dataDirectory, 'waypoint.pid'))).toBe(false);
  });

  it('takes over after Waypoint was killed: the leftover server is stopped, the next start works', async () => {
    const environment = { WAYPOINT_DATA_DIR: dataDirectory };
    const killed = await startWaypoint(environment);
    const leftoverPid = serverPid(dataDirectory);
    killed.process.kill('SIGKILL');
    await killed.stop();
    expect(isAlive(leftoverPid)).toBe(true);

    const restarted = await startWaypoint(environment);
    try {
      expect(await waitUntilGone(leftoverPid)).toBe(true);
      const health = await fetch(`${restarted.url}/healthz`);
      expect(health.status).toBe(200);
    } finally {
      await restarted.stop();
    }
  });

  it('refuses a data folder another running Waypoint is using', async () => {
    const first = await startWaypoint({
      WAYPOINT_DATA_DIR: dataDirectory,
      WAYPOINT_DEMO_DATA: 'false',
    });
    try {
      await expect(startWaypoint({ WAYPOINT_DATA_DIR: dataDirectory })).rejects.toThrow(
        /in use by another Waypoint process/,
      );
    } finally {
      await first.stop();
    }
  });
});
