import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const repositoryRoot = path.resolve(__dirname, '../..');
export const apiEntry = path.join(repositoryRoot, 'dist/api/main.mjs');

/** A Waypoint process serving on a free loopback port. */
export interface RunningWaypoint {
  readonly url: string;
  readonly process: ChildProcess;
  /** Everything the process printed so far, stdout and stderr together. */
  output(): string;
  /** Stops the process the way an operator would (SIGTERM) and waits for it to exit. */
  stop(): Promise<number | null>;
}

/** Where a test's Waypoint keeps its data: a fresh embedded cluster or a fresh database. */
export interface TestDatabase {
  readonly environment: Readonly<Record<string, string>>;
  readonly description: string;
  dispose(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: on Debian's PostgreSQL when
 * TEST_DATABASE_ADMIN_URL is set (the test command sets it), otherwise in a new data folder
 * for the embedded server.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env['TEST_DATABASE_ADMIN_URL'];
  if (adminUrl) {
    const name = `waypoint_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return {
      environment: { DATABASE_URL: url.toString() },
      description: 'Debian PostgreSQL',
      dispose: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const dataDirectory = createDataDirectory();
  return {
    environment: { WAYPOINT_DATA_DIR: dataDirectory },
    description: 'embedded PostgreSQL',
    dispose: async () => rmSync(dataDirectory, { recursive: true, force: true }),
  };
}

/**
 * The maintenance database of the embedded server a running Waypoint started in this data
 * folder: its password file and the port recorded in postmaster.pid (line 4).
 */
export function embeddedAdminUrl(dataDirectory: string): string {
  const password = readFileSync(path.join(dataDirectory, 'database-password'), 'utf8').trim();
  const pidFile = readFileSync(path.join(dataDirectory, 'postgres/postmaster.pid'), 'utf8');
  const port = pidFile.split('\n')[3].trim();
  return `postgres://waypoint:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

/**
 * A superuser connection to the database a Waypoint keeps its data in, for a test that writes
 * there directly (a seeded practice, say): the database itself on Debian's PostgreSQL, or the
 * embedded server's `waypoint` database once a Waypoint has started it in the data folder.
 */
export function applicationDatabaseUrl(database: TestDatabase): string {
  const { DATABASE_URL: databaseUrl, WAYPOINT_DATA_DIR: dataDirectory } = database.environment;
  if (databaseUrl) return databaseUrl;
  if (!dataDirectory) throw new Error(`No database to connect to in ${database.description}`);
  const url = new URL(embeddedAdminUrl(dataDirectory));
  url.pathname = '/waypoint';
  return url.toString();
}

/** A new data folder the embedded server's account can reach (mkdtemp makes it 0700). */
export function createDataDirectory(): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'waypoint-test-'));
  chmodSync(directory, 0o755);
  return directory;
}

/** Starts the built API (dist/api/main.mjs) and resolves once it prints its URL. */
export function startWaypoint(
  environment: Readonly<Record<string, string>>,
): Promise<RunningWaypoint> {
  const child = spawn(process.execPath, [apiEntry], {
    cwd: repositoryRoot,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', NODE_ENV: 'development', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Waypoint is running at (http:\/\/\S+)/.exec(output);
      if (match) {
        resolve({
          url: match[1],
          process: child,
          output: () => output,
          stop: async () => {
            if (child.exitCode === null) child.kill('SIGTERM');
            return exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) =>
      reject(new Error(`Waypoint exited with ${code} before it was ready:\n${output}`)),
    );
  });
}

/** Runs the built API to completion, for start-up failures; resolves with its exit and output. */
export function runWaypointUntilExit(
  environment: Readonly<Record<string, string>>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [apiEntry], {
    cwd: repositoryRoot,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'silent', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

async function adminQuery(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
