import { performance } from 'node:perf_hooks';
import type express from 'express';
import { GraphQLError } from 'graphql';
import type { Kysely } from 'kysely';
import type { Config } from '../config';
import { countingStatements, statementsSoFar } from '../database/statement-count';
import type { Database } from '../database/tables';
import { createRequestContext, type RequestContext } from '../graphql/context';
import { noStore } from '../http/security-headers';
import type { Logger } from '../logger';
import { exportLetterPdf, exportNotePdf, type ExportFile } from './note-exports';

// PDF downloads as plain GET routes, so a link or a window.open can save them: the session
// cookie signs them in, through the same request context and the same checks as /graphql.
// Refusals answer in the API's JSON error shape with the HTTP status of their code.

/** Where the dashboard links to a progress note's PDF. */
export const NOTE_PDF_ROUTE = '/exports/notes/:noteId.pdf';
/** Where the dashboard links to a progress letter's PDF (?from=&to=&includeScores=). */
export const LETTER_PDF_ROUTE = '/exports/progress-letters/:clientId.pdf';

const HTTP_STATUS: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
};

/** Adds the PDF routes; before the dashboard's catch-all page, which would answer them. */
export function registerExportRoutes(
  app: express.Express,
  config: Config,
  db: Kysely<Database>,
  logger: Logger,
): void {
  app.get(
    NOTE_PDF_ROUTE,
    noStore,
    pdfRoute(config, db, logger, 'note', (context, request) =>
      exportNotePdf(context, String(request.params['noteId'])),
    ),
  );
  app.get(
    LETTER_PDF_ROUTE,
    noStore,
    pdfRoute(config, db, logger, 'progress-letter', (context, request) =>
      exportLetterPdf(context, String(request.params['clientId']), request.query),
    ),
  );
}

function pdfRoute(
  config: Config,
  db: Kysely<Database>,
  logger: Logger,
  kind: string,
  make: (context: RequestContext, request: express.Request) => Promise<ExportFile>,
): express.RequestHandler {
  return (request, response, next) =>
    countingStatements(async () => {
      const started = performance.now();
      const requestId = response.locals['requestId'] as string;
      try {
        const context = await createRequestContext(config, db, request, response);
        const file = await make(context, request);
        response.setHeader('Content-Type', 'application/pdf');
        response.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
        response.send(Buffer.from(file.bytes));
      } catch (error) {
        const code = error instanceof GraphQLError ? String(error.extensions['code']) : '';
        const status = HTTP_STATUS[code];
        if (!(error instanceof GraphQLError) || status === undefined) return next(error);
        const field = error.extensions['field'];
        response.locals['errorCode'] = code;
        response.status(status).json({
          errors: [
            {
              message: error.message,
              extensions: typeof field === 'string' ? { code, field } : { code },
            },
          ],
        });
      } finally {
        // Ids, counts and timings only: never the note, the name or the range asked for.
        logger.info('export.download', {
          requestId,
          kind,
          // An error passed on is answered by the error handler, with a 500.
          status: response.headersSent ? response.statusCode : 500,
          milliseconds: Math.round(performance.now() - started),
          statements: statementsSoFar(),
        });
      }
    });
}
