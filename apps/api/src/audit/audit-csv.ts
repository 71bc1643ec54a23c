import type { AuditLogRow } from './audit-log.repository';

// The audit log as CSV (RFC 4180): a header row, CRLF line ends, fields quoted when they hold a
// quote, comma or line break, quotes doubled. Spreadsheets run cells that start like a formula,
// so such cells get a leading apostrophe (OWASP's advice against CSV injection): an actor's
// display name such as "=HYPERLINK(...)" is shown as text, never evaluated.

/** The columns of the export, in order; ids beside names so rows can be matched back. */
const COLUMNS: readonly { readonly title: string; readonly value: (row: AuditLogRow) => string }[] =
  [
    { title: 'Sequence', value: (row) => String(row.sequence) },
    { title: 'Event ID', value: (row) => row.id },
    { title: 'Occurred at (UTC)', value: (row) => row.occurredAt },
    { title: 'Actor ID', value: (row) => row.actorId ?? '' },
    { title: 'Actor', value: (row) => row.actorDisplayName ?? '' },
    { title: 'Action', value: (row) => row.action },
    { title: 'Entity type', value: (row) => row.entityType },
    { title: 'Entity ID', value: (row) => row.entityId ?? '' },
    { title: 'Client ID', value: (row) => row.clientId ?? '' },
    { title: 'Request ID', value: (row) => row.requestId },
    { title: 'Outcome', value: (row) => row.outcome },
    // With these, anyone can re-check the chain from the export alone (audit-chain.ts).
    { title: 'Previous hash', value: (row) => row.previousHash },
    { title: 'Hash', value: (row) => row.hash },
  ];

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
const LINE_END = '\r\n';

/** A cell as text a spreadsheet shows but never evaluates as a formula. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV field: neutralised, then quoted with inner quotes doubled when RFC 4180 needs it. */
export function toCsvField(value: string): string {
  const safe = neutraliseFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The audit log rows as a CSV document with a header row. */
export function toAuditCsv(rows: readonly AuditLogRow[]): string {
  const lines = [COLUMNS.map((column) => toCsvField(column.title)).join(',')];
  for (const row of rows) {
    lines.push(COLUMNS.map((column) => toCsvField(column.value(row))).join(','));
  }
  return lines.join(LINE_END) + LINE_END;
}
