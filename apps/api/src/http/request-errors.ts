import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from '../logger';

/** Answers in GraphQL's error shape, so clients read every failure the same way. */
export function replyWithRequestError(
  response: Response,
  status: number,
  code: string,
  message: string,
): void {
  // Read by the refusal log (operation-log.ts), which cannot see the body once it is sent.
  response.locals['errorCode'] = code;
  response.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * Refuses a JSON array body before Apollo sees it. One request carries one operation, so
 * batching cannot multiply sign-in attempts behind one request and one throttling step.
 * Apollo's allowBatchedHttpRequests is false as well; refusing here is clearer and skips
 * building a request context (a session look-up) for a request that will not run.
 */
export const refuseBatchedOperations: RequestHandler = (request, response, next) => {
  if (!Array.isArray(request.body)) return next();
  replyWithRequestError(
    response,
    400,
    'BAD_REQUEST',
    'Batched operations are not accepted: send one operation per request',
  );
};

/** Body parser and unexpected failures answer in GraphQL's error shape, never with a stack. */
export function handleRequestError(logger: Logger, maxBodyBytes: number): ErrorRequestHandler {
  return (error: { type?: string; status?: number }, _request, response, next) => {
    if (response.headersSent) return next(error);
    if (error.type === 'entity.too.large') {
      return replyWithRequestError(
        response,
        413,
        'PAYLOAD_TOO_LARGE',
        `Request body is larger than ${maxBodyBytes / 1024} kB`,
      );
    }
    if (error.type === 'entity.parse.failed') {
      return replyWithRequestError(response, 400, 'BAD_REQUEST', 'Request body is not valid JSON');
    }
    if (error.status && error.status >= 400 && error.status < 500) {
      return replyWithRequestError(
        response,
        error.status,
        'BAD_REQUEST',
        'The request could not be read',
      );
    }
    logger.error('http.unexpected_error', {
      name: errorName(error),
      requestId: response.locals['requestId'] as string,
    });
    return replyWithRequestError(
      response,
      500,
      'INTERNAL_SERVER_ERROR',
      'Something went wrong on our side',
    );
  };
}

/** The kind of an error (its class and code), never its message, which may quote client data. */
export function errorName(error: unknown): string {
  return error instanceof Error
    ? `${error.name}${'code' in error ? ` ${String(error.code)}` : ''}`
    : 'unknown';
}
