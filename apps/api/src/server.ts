import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler } from 'express';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import schema from '@waypoint/shared/graphql/schema.graphql';
import { resolveSingleClinicianViewer } from './auth/viewer';
import type { Config } from './config';
import type { DatabaseConnection } from './database/connection';
import { createRequestContext, type RequestContext } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import type { Logger } from './logger';

/** The largest request body accepted; GraphQL operations are small. */
export const MAX_BODY_BYTES = 100 * 1024;

/** The HTTP side of Waypoint, and how to stop it gracefully. */
export interface WaypointHttpServer {
  readonly server: http.Server;
  /** Stops taking requests and waits for those in flight. */
  stop(): Promise<void>;
}

/** The HTTP server of the whole product: /graphql, /healthz and the built dashboard. */
export async function createHttpServer(
  config: Config,
  database: DatabaseConnection,
  logger: Logger,
): Promise<WaypointHttpServer> {
  const app = express();
  const httpServer = http.createServer(app);
  app.disable('x-powered-by');
  app.use((request, response, next) => {
    response.locals['requestId'] = randomUUID();
    response.setHeader('X-Request-Id', response.locals['requestId']);
    next();
  });

  app.get('/healthz', async (_request, response) => {
    try {
      await database.pool.query('SELECT 1');
      response.json({ status: 'ok' });
    } catch {
      response.status(503).json({ status: 'unavailable', reason: 'database' });
    }
  });

  const apollo = new ApolloServer<RequestContext>({
    typeDefs: schema,
    resolvers,
    introspection: config.environment !== 'production',
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: the database must stop after HTTP, not be cut off by a re-raised signal.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The default landing page loads from the internet; Waypoint serves nothing from outside.
      ApolloServerPluginLandingPageDisabled(),
    ],
    formatError: (formatted, error) => maskUnexpectedError(formatted, error, logger),
  });
  await apollo.start();

  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY_BYTES }),
    expressMiddleware(apollo, {
      context: async ({ res }) =>
        createRequestContext(
          database.db,
          res.locals['requestId'] as string,
          await resolveSingleClinicianViewer(database.db),
        ),
    }),
  );

  serveDashboard(app, config.dashboardDirectory, logger);
  app.use(handleRequestError(logger));
  // Apollo's drain plugin closes the HTTP server and waits for requests in flight.
  return { server: httpServer, stop: () => apollo.stop() };
}

function serveDashboard(app: express.Express, directory: string, logger: Logger): void {
  const indexFile = path.join(directory, 'index.html');
  if (!existsSync(indexFile)) {
    logger.warn('dashboard.missing', { directory });
    return;
  }
  app.use(express.static(directory, { index: false, maxAge: '1h' }));
  // Client-side routes (/clients/..., /prompts) all load the same page.
  app.get('/{*path}', (_request, response) => {
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile);
  });
}

/** Body parser and unexpected failures answer in GraphQL's error shape, never with a stack. */
function handleRequestError(logger: Logger): ErrorRequestHandler {
  return (error: { type?: string; status?: number }, _request, response, next) => {
    if (response.headersSent) return next(error);
    const reply = (status: number, code: string, message: string) =>
      response.status(status).json({ errors: [{ message, extensions: { code } }] });
    if (error.type === 'entity.too.large') {
      return reply(
        413,
        'PAYLOAD_TOO_LARGE',
        `Request body is larger than ${MAX_BODY_BYTES / 1024} kB`,
      );
    }
    if (error.type === 'entity.parse.failed') {
      return reply(400, 'BAD_REQUEST', 'Request body is not valid JSON');
    }
    if (error.status && error.status >= 400 && error.status < 500) {
      return reply(error.status, 'BAD_REQUEST', 'The request could not be read');
    }
    logger.error('http.unexpected_error', {
      name: errorName(error),
      requestId: response.locals['requestId'] as string,
    });
    return reply(500, 'INTERNAL_SERVER_ERROR', 'Something went wrong on our side');
  };
}

function maskUnexpectedError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: Logger,
): GraphQLFormattedError {
  if (formatted.extensions?.['code'] !== 'INTERNAL_SERVER_ERROR') return formatted;
  // The original message may quote database values: log only its kind, answer a plain sentence.
  logger.error('graphql.unexpected_error', {
    name: errorName(unwrapResolverError(error)),
    path: formatted.path?.join('.') ?? null,
  });
  return {
    message: 'Something went wrong on our side',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function errorName(error: unknown): string {
  return error instanceof Error
    ? `${error.name}${'code' in error ? ` ${String(error.code)}` : ''}`
    : 'unknown';
}
