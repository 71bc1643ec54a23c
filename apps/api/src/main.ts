import type net from 'node:net';
import { toIsoDate } from '@waypoint/shared';
import { dummyPasswordHash } from './auth/passwords';
import { CommandLineError, createPracticeCommand } from './cli/create-practice';
import { ConfigError, loadConfig, type Config } from './config';
import {
  connectDatabase,
  DatabaseUnavailableError,
  type DatabaseConnection,
} from './database/connection';
import {
  DataDirectoryError,
  startEmbeddedServer,
  type EmbeddedServer,
} from './database/embedded-server';
import { migrate } from './database/migrate';
import {
  describeDemoAccounts,
  findDemoAccountsFile,
  writeDemoAccountsFile,
} from './demo/demo-accounts';
import { seedDemoPractice } from './demo/seed-demo-practice';
import { createLogger, type Logger } from './logger';
import { createHttpServer, type WaypointHttpServer } from './server';

/** Starts Waypoint: configuration, database, migrations, demo data, then HTTP. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedServer(config.dataDirectory, logger);
  let database: DatabaseConnection | null = null;
  let httpServer: WaypointHttpServer | null = null;
  let demoAccounts: string;

  const shutdown = async (signal: string) => {
    logger.info('shutdown', { signal });
    await httpServer?.stop();
    await database?.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    database = config.databaseUrl
      ? await connectDatabase(config.databaseUrl, 'DATABASE_URL')
      : await connectDatabase((embedded as EmbeddedServer).connectionString, 'embedded server');
    const applied = await migrate(database.db);
    logger.info('database.migrated', { applied: applied.length });
    demoAccounts = await seedWhenEmpty(config, database, embedded !== null, logger);
    // Made now, so the first sign-in with an unknown email takes no longer than any other.
    await dummyPasswordHash();
    httpServer = await createHttpServer(config, database, logger);
    await listen(httpServer.server, config);
  } catch (error) {
    await database?.close().catch(() => undefined);
    await embedded?.stop();
    throw error;
  }
  const { port } = httpServer.server.address() as net.AddressInfo;
  const shownHost = config.host === '0.0.0.0' ? 'localhost' : config.host;
  // One write, so whoever waits for this line has the demo accounts with it.
  process.stdout.write(`Waypoint is running at http://${shownHost}:${port}\n${demoAccounts}`);
}

/**
 * Seeds the demo practice into an empty database. Answers what to print: the demo accounts'
 * passwords when just seeded, or where they are kept on later starts (the file sits in the
 * data folder, so only beside the embedded database it belongs to).
 */
async function seedWhenEmpty(
  config: Config,
  database: DatabaseConnection,
  isEmbedded: boolean,
  logger: Logger,
): Promise<string> {
  if (!config.isDemoDataEnabled) return '';
  const practice = await database.db
    .selectFrom('practice')
    .select('id')
    .limit(1)
    .executeTakeFirst();
  if (practice) {
    const file = isEmbedded ? await findDemoAccountsFile(config.dataDirectory) : null;
    return file ? `Demo account passwords (local use only): ${file}\n` : '';
  }
  const started = Date.now();
  const seeded = await seedDemoPractice(database.db, toIsoDate(new Date()), config.demoPassword);
  logger.info('demo.seeded', { clients: seeded.clientCount, milliseconds: Date.now() - started });
  if (!isEmbedded) return describeDemoAccounts(seeded.accounts);
  const file = await writeDemoAccountsFile(config.dataDirectory, seeded.accounts);
  return `${describeDemoAccounts(seeded.accounts)}Kept in ${file}, readable only by you.\n`;
}

function listen(server: WaypointHttpServer['server'], config: Config): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
}

/** No argument starts the server; `create-practice` runs the operator's command and stops. */
function run(): Promise<void> {
  const [command, ...commandArguments] = process.argv.slice(2);
  if (command === undefined) return main();
  if (command === 'create-practice') return createPracticeCommand(commandArguments);
  return Promise.reject(new CommandLineError(`unknown command "${command}"; try create-practice`));
}

run().then(
  // A one-shot command is done; the server keeps running until a signal stops it.
  () => process.argv[2] !== undefined && process.exit(0),
  (error: unknown) => {
    process.stderr.write(`waypoint: ${describeStartupFailure(error)}\n`);
    process.exit(error instanceof CommandLineError ? 2 : 1);
  },
);

/** One line that says what stopped the start and why. */
function describeStartupFailure(error: unknown): string {
  if (error instanceof CommandLineError) return error.message;
  if (error instanceof ConfigError) return `configuration: ${error.message}`;
  if (error instanceof DataDirectoryError)
    return `data folder (WAYPOINT_DATA_DIR): ${error.message}`;
  if (error instanceof DatabaseUnavailableError) return `database ${error.message}`;
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE') return `PORT: the port is already in use`;
  if (code === 'EACCES') return `PORT: not allowed to listen on this port`;
  return `start-up failed: ${error instanceof Error ? error.message : String(error)}`;
}
