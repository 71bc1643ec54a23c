import type net from 'node:net';
import { toIsoDate } from '@waypoint/shared';
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
    await seedWhenEmpty(config, database, logger);
    httpServer = await createHttpServer(config, database, logger);
    await listen(httpServer.server, config);
  } catch (error) {
    await database?.close().catch(() => undefined);
    await embedded?.stop();
    throw error;
  }
  const { port } = httpServer.server.address() as net.AddressInfo;
  const shownHost = config.host === '0.0.0.0' ? 'localhost' : config.host;
  process.stdout.write(`Waypoint is running at http://${shownHost}:${port}\n`);
}

async function seedWhenEmpty(
  config: Config,
  database: DatabaseConnection,
  logger: Logger,
): Promise<void> {
  if (!config.isDemoDataEnabled) return;
  const practice = await database.db
    .selectFrom('practice')
    .select('id')
    .limit(1)
    .executeTakeFirst();
  if (practice) return;
  const started = Date.now();
  const seeded = await seedDemoPractice(database.db, toIsoDate(new Date()));
  logger.info('demo.seeded', { clients: seeded.clientCount, milliseconds: Date.now() - started });
}

function listen(server: WaypointHttpServer['server'], config: Config): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`waypoint: ${describeStartupFailure(error)}\n`);
  process.exit(1);
});

/** One line that says what stopped the start and why. */
function describeStartupFailure(error: unknown): string {
  if (error instanceof ConfigError) return `configuration: ${error.message}`;
  if (error instanceof DataDirectoryError)
    return `data folder (WAYPOINT_DATA_DIR): ${error.message}`;
  if (error instanceof DatabaseUnavailableError) return `database ${error.message}`;
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE') return `PORT: the port is already in use`;
  if (code === 'EACCES') return `PORT: not allowed to listen on this port`;
  return `start-up failed: ${error instanceof Error ? error.message : String(error)}`;
}
