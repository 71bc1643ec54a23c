import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import accountsSchema from '@waypoint/shared/graphql/accounts.graphql';
import auditSchema from '@waypoint/shared/graphql/audit.graphql';
import caseloadSchema from '@waypoint/shared/graphql/caseload.graphql';
import clientsSchema from '@waypoint/shared/graphql/clients.graphql';
import goalsSchema from '@waypoint/shared/graphql/goals.graphql';
import measuresSchema from '@waypoint/shared/graphql/measures.graphql';
import notesSchema from '@waypoint/shared/graphql/notes.graphql';
import progressSchema from '@waypoint/shared/graphql/progress.graphql';
import promptsSchema from '@waypoint/shared/graphql/prompts.graphql';
import schema from '@waypoint/shared/graphql/schema.graphql';
import sessionsSchema from '@waypoint/shared/graphql/sessions.graphql';
import type { Config } from './config';
import type { DatabaseConnection } from './database/connection';
import { countingStatements } from './database/statement-count';
import { createRequestContext, type RequestContext } from './graphql/context';
import { createGraphqlLimitOptions } from './graphql/limits';
import { resolvers } from './graphql/resolvers';
import { connectionTimeouts } from './http/connection-timeouts';
import { serveDashboard } from './http/dashboard-page';
import { createOperationLog } from './http/operation-log';
import { errorName, handleRequestError, refuseBatchedOperations } from './http/request-errors';
import { noStore, securityHeaders } from './http/security-headers';
import type { Logger } from './logger';
import { registerExportRoutes } from './notes/export-routes';

/** The largest request body accepted; GraphQL operations are small. */
export const MAX_BODY_BYTES = 100 * 1024;

/** The HTTP side of Waypoint, and how to stop it gracefully. */
export interface WaypointHttpServer {
  readonly server: http.Server;
  /** Stops taking requests and waits for those in flight. */
  stop(): Promise<void>;
}

/** The HTTP server of the whole product: /graphql, /healthz, PDF exports and the built dashboard. */
export async function createHttpServer(
  config: Config,
  database: DatabaseConnection,
  logger: Logger,
): Promise<WaypointHttpServer> {
  const app = express();
  const httpServer = http.createServer(connectionTimeouts, app);
  app.disable('x-powered-by');
  app.use((request, response, next) => {
    response.locals['requestId'] = randomUUID();
    response.setHeader('X-Request-Id', response.locals['requestId']);
    next();
  });
  app.use(securityHeaders(config));

  app.get('/healthz', async (_request, response) => {
    try {
      await database.pool.query('SELECT 1');
      response.json({ status: 'ok' });
    } catch {
      response.status(503).json({ status: 'unavailable', reason: 'database' });
    }
  });

  const isProduction = config.environment === 'production';
  const limits = createGraphqlLimitOptions();
  const operationLog = createOperationLog(logger);
  const apollo = new ApolloServer<RequestContext>({
    typeDefs: [
      schema,
      accountsSchema,
      auditSchema,
      clientsSchema,
      goalsSchema,
      progressSchema,
      measuresSchema,
      sessionsSchema,
      promptsSchema,
      notesSchema,
      caseloadSchema,
    ],
    resolvers,
    introspection: !isProduction,
    // Field suggestions ("Did you mean ...?") would map the schema that introspection hides.
    hideSchemaDetailsFromClientErrors: isProduction,
    includeStacktraceInErrorResponses: false,
    // A form post or <img src> from another site cannot send a JSON content type or a custom
    // header without a CORS preflight, which this server never grants. On by default; explicit
    // so it is never lost. The SameSite=Strict session cookie is the second layer.
    csrfPrevention: true,
    // One request, one operation: batching would let one request carry many sign-in attempts.
    allowBatchedHttpRequests: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // main.ts owns shutdown: the database must stop after HTTP, not be cut off by a re-raised signal.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The default landing page loads from the internet; Waypoint serves nothing from outside.
      ApolloServerPluginLandingPageDisabled(),
      // Nothing here may be cached (every answer is no-store, see noStore), so the default cache
      // hints plugin would only cost time: it runs a hook on every field of every answer.
      ApolloServerPluginCacheControlDisabled(),
      operationLog.plugin,
    ],
    formatError: (formatted, error) =>
      maskUnexpectedError(hideSuggestions(formatted, isProduction), error, logger),
  });
  await apollo.start();

  app.use(
    '/graphql',
    noStore,
    operationLog.refusals,
    // Only JSON is parsed; a cross-site form (urlencoded, multipart, text/plain) leaves the body
    // unread, and Apollo's CSRF prevention refuses it with 400 BAD_REQUEST before anything runs.
    express.json({ limit: MAX_BODY_BYTES }),
    refuseBatchedOperations,
    // After the body is read: stream events would run outside the request's count.
    (_request, _response, next) => countingStatements(next),
    expressMiddleware(apollo, {
      context: ({ req, res }) => createRequestContext(config, database.db, req, res),
    }),
  );

  registerExportRoutes(app, config, database.db, logger);
  serveDashboard(app, config.dashboardDirectory, logger);
  app.use(handleRequestError(logger, MAX_BODY_BYTES));
  // Apollo's drain plugin closes the HTTP server and waits for requests in flight.
  return { server: httpServer, stop: () => apollo.stop() };
}

/**
 * hideSchemaDetailsFromClientErrors cleans validation errors only; a variable holding a
 * misspelt enum value fails later, with "Did you mean the enum value ...?" in its message.
 */
function hideSuggestions(
  formatted: GraphQLFormattedError,
  isProduction: boolean,
): GraphQLFormattedError {
  if (!isProduction || !formatted.message.includes('Did you mean')) return formatted;
  return { ...formatted, message: formatted.message.replace(/\s*Did you mean[^?]*\?/g, '') };
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
