import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { statementsSoFar } from '../database/statement-count';
import type { RequestContext } from '../graphql/context';
import type { Logger } from '../logger';

/** Operation names come from the document; a long one says nothing a short one would not. */
const MAX_OPERATION_NAME_LENGTH = 100;

/** One log line for every request to /graphql, whether it ran an operation or was refused. */
export interface OperationLog {
  /** Logs each operation Apollo handles, including those refused by parsing and validation. */
  readonly plugin: ApolloServerPlugin<RequestContext>;
  /** Logs requests refused before an operation began: CSRF, batching, unreadable bodies. */
  readonly refusals: RequestHandler;
}

/**
 * Info lines with the operation's name and type, its duration, outcome and error codes, and
 * the request id that ties it to the audit trail. Variables, arguments, results and error
 * messages are never logged: they hold names, notes and answers (PHI).
 */
export function createOperationLog(logger: Logger): OperationLog {
  // Requests whose operation line is written; the refusal logger skips them. Emptied as each
  // response closes, so it holds only requests in flight.
  const loggedRequestIds = new Set<string>();

  const plugin: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ contextValue, operation, operationName, errors, response }) {
          const errorCodes = [
            ...new Set(
              (errors ?? []).map((error) => String(error.extensions['code'] ?? 'UNKNOWN')),
            ),
          ];
          loggedRequestIds.add(contextValue.requestId);
          logger.info('graphql.operation', {
            requestId: contextValue.requestId,
            // Apollo takes these from the parsed document only, so they are GraphQL names, never
            // free text; null when the document did not parse or the operation is anonymous.
            operationName: operationName?.slice(0, MAX_OPERATION_NAME_LENGTH) ?? null,
            operationType: operation?.operation ?? null,
            milliseconds: Math.round(performance.now() - started),
            // Session lookup included; audit events still being written are not.
            statements: statementsSoFar(),
            status: response.http.status ?? 200,
            outcome: errorCodes.length === 0 ? 'success' : 'error',
            errorCodes: errorCodes.join(','),
          });
        },
      };
    },
  };

  const refusals: RequestHandler = (request, response, next) => {
    const started = performance.now();
    const requestId = response.locals['requestId'] as string;
    response.once('close', () => {
      if (loggedRequestIds.delete(requestId) || response.statusCode < 400) return;
      logger.info('graphql.refused', {
        requestId,
        method: request.method,
        milliseconds: Math.round(performance.now() - started),
        status: response.statusCode,
        errorCodes: String(
          response.locals['errorCode'] ??
            (response.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST'),
        ),
      });
    });
    next();
  };

  return { plugin, refusals };
}
