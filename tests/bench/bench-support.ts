import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import pg from 'pg';
import { embeddedAdminUrl } from '../support/waypoint-process';

// What every benchmark shares: figures (median, p95), tables, a private build of the product,
// the databases, the API as a real process, and GraphQL over keep-alive HTTP.

const run = promisify(execFile);
export const repositoryRoot = path.resolve(__dirname, '../..');

// ---------------------------------------------------------------------------------------------
// Figures and tables

export interface Figures {
  readonly n: number;
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
}

/** Median (mean of the middle two) and p95 (nearest rank) of a sample. */
export function figuresOf(samples: readonly number[]): Figures {
  if (samples.length === 0) return { n: 0, median: NaN, p95: NaN, min: NaN, max: NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  const p95 = sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)];
  return { n: sorted.length, median, p95, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Milliseconds with the precision the figure deserves. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return value.toFixed(0);
}

export function ratio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a';
}

export function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** A Markdown table, padded so it also reads well in a terminal. */
export function markdownTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => (cell ?? '').padEnd(widths[column])).join(' | ')} |`;
  return [
    line(headers),
    `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// A private work folder: builds, data folders and the reference app live here, never in dist/.

export interface WorkFolder {
  readonly root: string;
  /** A new folder inside the work folder that the server account can reach. */
  folder(name: string): string;
  dispose(): void;
}

export function createWorkFolder(): WorkFolder {
  const root = mkdtempSync(path.join(os.tmpdir(), 'waypoint-bench-'));
  // The embedded server runs as `postgres` when we are root: it must walk into its folder.
  chmodSync(root, 0o755);
  // Bundles built here resolve their packages through this link, as they would in dist/.
  symlinkSync(path.join(repositoryRoot, 'node_modules'), path.join(root, 'node_modules'));
  return {
    root,
    folder(name) {
      const folder = path.join(root, name);
      mkdirSync(folder, { recursive: true });
      chmodSync(folder, 0o755);
      return folder;
    },
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Runs a command, echoing nothing unless it fails; resolves with its stdout. */
export async function runQuietly(
  command: string,
  arguments_: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<string> {
  try {
    const { stdout } = await run(command, [...arguments_], {
      cwd: options.cwd,
      env: { ...process.env, NG_CLI_ANALYTICS: 'false', ...options.env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${command} ${arguments_.join(' ')} failed:\n${failure.stdout ?? ''}\n${failure.stderr ?? failure.message}`,
      { cause: error },
    );
  }
}

/**
 * The sources to measure: a commit exported with `git archive` into the work folder (so the
 * figures belong to that commit, whatever is being edited meanwhile), or with 'working' the
 * working tree as it is.
 */
export async function checkOutSources(work: WorkFolder, source: string): Promise<string> {
  if (source === 'working') return repositoryRoot;
  const folder = work.folder('source');
  await runQuietly(
    'bash',
    ['-c', 'git archive --format=tar "$1" | tar -x -C "$2"', 'archive', source, folder],
    {
      cwd: repositoryRoot,
    },
  );
  symlinkSync(path.join(repositoryRoot, 'node_modules'), path.join(folder, 'node_modules'));
  return folder;
}

/**
 * Bundles the API with the sources' own script into the work folder, never into the
 * repository's dist/ (which other runs rebuild): for the working tree, from a folder of links.
 */
export async function buildApi(work: WorkFolder, sourceRoot: string): Promise<string> {
  let folder = sourceRoot;
  if (sourceRoot === repositoryRoot) {
    folder = work.folder('api-build');
    for (const name of ['apps', 'libs', 'tsconfig.json', 'node_modules']) {
      symlinkSync(path.join(repositoryRoot, name), path.join(folder, name));
    }
  }
  await runQuietly(process.execPath, [path.join(sourceRoot, 'scripts/build-api.mjs')], {
    cwd: folder,
  });
  return path.join(folder, 'dist/api/main.mjs');
}

export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

export const sleep = (milliseconds: number) =>
  new Promise((resolve) => setTimeout(resolve, milliseconds));

// ---------------------------------------------------------------------------------------------
// Databases

/** Where one measurement's data lives, and the server's log (where statements are captured). */
export interface BenchDatabase {
  readonly kind: 'embedded' | 'debian';
  /** Settings for the API process. */
  readonly environment: Readonly<Record<string, string>>;
  /** A superuser connection to the application database (after the API has started once). */
  applicationUrl(): string;
  /** A superuser connection to the server's maintenance database. */
  adminUrl(): string;
  /** The server's log file, where `log_statement` writes. */
  logFile(): string;
  dispose(): Promise<void>;
}

/** A fresh data folder for the embedded server that the API starts itself. */
export function embeddedDatabase(work: WorkFolder, name: string): BenchDatabase {
  const dataDirectory = work.folder(name);
  const withDatabase = (database: string) => {
    const url = new URL(embeddedAdminUrl(dataDirectory));
    url.pathname = `/${database}`;
    return url.toString();
  };
  return {
    kind: 'embedded',
    environment: { WAYPOINT_DATA_DIR: dataDirectory },
    applicationUrl: () => withDatabase('waypoint'),
    adminUrl: () => withDatabase('postgres'),
    logFile: () => path.join(dataDirectory, 'postgres/server.log'),
    async dispose() {
      // An API that died without stopping its server leaves the server running: stop it (by
      // the pid in its own postmaster.pid) before removing its files.
      const pidFile = path.join(dataDirectory, 'postgres/postmaster.pid');
      if (existsSync(pidFile)) {
        const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
        try {
          if (pid > 0) process.kill(pid, 'SIGQUIT');
          for (let wait = 0; wait < 50 && existsSync(pidFile); wait++) await sleep(100);
        } catch {
          // Already gone.
        }
      }
      rmSync(dataDirectory, { recursive: true, force: true });
    },
  };
}

/** A throwaway cluster of Debian's PostgreSQL, started with the script the tests use. */
export interface DebianCluster {
  readonly adminUrl: string;
  readonly logFile: string;
  /** A fresh database on the cluster. */
  database(work: WorkFolder, name: string): Promise<BenchDatabase>;
  stop(): Promise<void>;
}

/** Whether Debian's PostgreSQL server is installed (what scripts/debian-postgres.sh runs). */
export function debianPostgresInstalled(): boolean {
  try {
    return readdirSync('/usr/lib/postgresql').some((version) =>
      existsSync(`/usr/lib/postgresql/${version}/bin/initdb`),
    );
  } catch {
    return false;
  }
}

export async function startDebianCluster(work: WorkFolder): Promise<DebianCluster> {
  const directory = path.join(work.root, 'debian-postgres');
  const port = await freeLoopbackPort();
  const script = path.join(repositoryRoot, 'scripts/debian-postgres.sh');
  await runQuietly('bash', [script, 'start', directory, String(port)], { cwd: repositoryRoot });
  const adminUrl = `postgres://waypoint@127.0.0.1:${port}/postgres`;
  return {
    adminUrl,
    logFile: path.join(directory, 'cluster.log'),
    async database(workFolder, name) {
      await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      // The API keeps its sealing key and nothing else in the data folder; give it a private one.
      const dataDirectory = workFolder.folder(`${name}-data`);
      return {
        kind: 'debian',
        environment: { DATABASE_URL: url.toString(), WAYPOINT_DATA_DIR: dataDirectory },
        applicationUrl: () => url.toString(),
        adminUrl: () => adminUrl,
        logFile: () => path.join(directory, 'cluster.log'),
        dispose: async () => {
          await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        },
      };
    },
    async stop() {
      await runQuietly('bash', [script, 'stop', directory], { cwd: repositoryRoot });
    },
  };
}

export async function adminQuery(url: string, statement: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(statement);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// The API as a real process

export interface RunningApi {
  readonly url: string;
  readonly process: ChildProcess;
  /** The JSON log line of a GraphQL operation, by the request id the response carried. */
  operationLine(requestId: string): Promise<OperationLogLine>;
  stop(): Promise<void>;
}

export interface OperationLogLine {
  readonly requestId: string;
  readonly operationName: string | null;
  readonly milliseconds: number;
  readonly statements: number | null;
  readonly outcome: string;
}

/**
 * Starts a built API (production mode, info logs, a free port) and resolves once it serves.
 * Its log lines are kept by request id, so each request's statement count can be read.
 */
export function startApi(
  entry: string,
  dashboardDirectory: string,
  environment: Readonly<Record<string, string>>,
): Promise<RunningApi> {
  const child = spawn(process.execPath, [entry], {
    cwd: repositoryRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      WAYPOINT_DASHBOARD_DIR: dashboardDirectory,
      WAYPOINT_SECRET_KEY: randomBytes(32).toString('hex'),
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const operations = new Map<string, OperationLogLine>();
  let pending = '';
  let output = '';
  // The last lines other than operation lines, to explain an exit nobody asked for.
  const tail: string[] = [];
  let stopping = false;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code, signal) => {
      if (!stopping) {
        process.stderr.write(
          `bench: the API (pid ${child.pid}) exited unexpectedly (code ${code}, signal ${signal}); its last lines:\n${tail.join('\n')}\n`,
        );
      }
      resolve(code);
    }),
  );
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      if (output.length < 20_000) output += text;
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.includes('"graphql.operation"')) {
          tail.push(line.slice(0, 500));
          if (tail.length > 40) tail.shift();
        }
        if (line.includes('"graphql.operation"')) {
          const parsed = JSON.parse(line) as OperationLogLine;
          operations.set(parsed.requestId, parsed);
        }
        const ready = /Waypoint is running at (http:\/\/\S+)/.exec(line);
        if (ready) {
          resolve({
            url: ready[1],
            process: child,
            async operationLine(requestId) {
              for (let attempt = 0; attempt < 100; attempt++) {
                const found = operations.get(requestId);
                if (found) {
                  operations.delete(requestId);
                  return found;
                }
                await sleep(10);
              }
              throw new Error(`No operation log line for request ${requestId}`);
            },
            async stop() {
              stopping = true;
              if (child.exitCode === null) child.kill('SIGTERM');
              await exited;
            },
          });
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) =>
      reject(new Error(`The API exited with ${code} before it was ready:\n${output}`)),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// GraphQL over keep-alive HTTP, timed from the first byte sent to the last byte received

export interface TimedResponse {
  readonly status: number;
  readonly text: string;
  readonly milliseconds: number;
  readonly requestId: string;
  readonly setCookies: readonly string[];
}

export class BenchHttpClient {
  readonly #agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  #cookie = '';

  constructor(readonly baseUrl: string) {}

  /** The Cookie header this client sends. */
  get cookieHeader(): string {
    return this.#cookie;
  }

  /** Keeps the name=value of each Set-Cookie header (one session cookie here). */
  keepCookies(setCookies: readonly string[]): void {
    const jar = new Map(
      this.#cookie
        .split('; ')
        .filter(Boolean)
        .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
    );
    for (const header of setCookies) {
      const pair = header.split(';')[0];
      jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    this.#cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  post(body: string): Promise<TimedResponse> {
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const request = http.request(
        `${this.baseUrl}/graphql`,
        {
          method: 'POST',
          agent: this.#agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...(this.#cookie ? { cookie: this.#cookie } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              text: Buffer.concat(chunks).toString('utf8'),
              milliseconds: performance.now() - started,
              requestId: String(response.headers['x-request-id'] ?? ''),
              setCookies: response.headers['set-cookie'] ?? [],
            }),
          );
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }

  close(): void {
    this.#agent.destroy();
  }
}

/** Signs in over HTTP as the dashboard does, keeping the session cookie. */
export async function signIn(client: BenchHttpClient, email: string, password: string) {
  const response = await client.post(
    JSON.stringify({
      operationName: 'SignIn',
      query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { status } }',
      variables: { input: { email, password } },
    }),
  );
  const body = JSON.parse(response.text) as { data?: { signIn?: { status?: string } } };
  if (body.data?.signIn?.status !== 'SIGNED_IN') {
    throw new Error(`Sign-in as ${email} failed: ${response.text}`);
  }
  client.keepCookies(response.setCookies);
}

/** The machine, for the figures' caption. */
export function describeMachine(): string {
  const cpus = os.cpus();
  return [
    `${cpus[0]?.model ?? 'unknown CPU'} x ${cpus.length}`,
    `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM`,
    `${os.type()} ${os.release()}`,
    `Node ${process.versions.node}`,
    `load average ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
  ].join(', ');
}
