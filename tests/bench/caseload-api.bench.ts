import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Kind, parse, print, visit, type FieldNode, type SelectionSetNode } from 'graphql';
import pg from 'pg';
import {
  BenchHttpClient,
  figuresOf,
  repositoryRoot,
  signIn,
  sleep,
  type BenchDatabase,
  type Figures,
  type RunningApi,
} from './bench-support';

// The caseload through the real HTTP API against the same SQL run directly (the floor).
//
// The API's operation log line gives each request's statement count. The SQL itself is caught
// in the database server's own log: `log_statement = 'all'` is switched on (ALTER SYSTEM and a
// reload) for exactly one caseload request, between two marker statements, and the statements
// of the API's connections in between are read back with their parameters. The floor replays
// them, in the same order and with the same parameter text, over one `pg` connection. The one
// write of the request, its audit event, cannot be replayed verbatim (its id and sequence
// are unique): each replay appends a fresh event instead (new id, next sequence, the head's
// hash as previous), in the same transaction shape, committed like the API's.

export interface CapturedStatement {
  readonly text: string;
  readonly parameters: readonly (string | null)[] | null;
}

export interface StatementFigures {
  readonly label: string;
  readonly parameters: number;
  readonly rows: number;
  readonly figures: Figures;
}

export interface ApiBenchResult {
  readonly database: string;
  readonly clients: number;
  readonly api: Figures;
  /** The `milliseconds` of the API's own log line: time inside Apollo. */
  readonly serverSide: Figures;
  /** Statement counts of the measured requests (from the operation log): count -> requests. */
  readonly statementCounts: Readonly<Record<number, number>>;
  readonly captured: readonly CapturedStatement[];
  readonly floor: Figures;
  readonly perStatement: readonly StatementFigures[];
  /** The caseload right after a write, when the API reads the changed summaries again. */
  readonly afterWrite: {
    readonly api: Figures;
    readonly floor: Figures;
    readonly statementCounts: Readonly<Record<number, number>>;
    readonly captured: number;
  };
  readonly responseBytes: number;
  readonly baseline: { readonly selectOne: Figures; readonly viewer: Figures };
  readonly viewerStatements: number | null;
}

export interface ApiBenchOptions {
  readonly runs: number;
  readonly warmups: number;
  /** Where the measured sources are (for the dashboard's Caseload document). */
  readonly sourceRoot: string;
}

/**
 * The caseload operation as the dashboard sends it for its first window of the default view,
 * read from the dashboard's own source (`caseloadViewInput` of the default view).
 */
export function dashboardCaseloadBody(sourceRoot: string = repositoryRoot): string {
  const source = readFileSync(
    path.join(sourceRoot, 'apps/dashboard/src/app/caseload/data-access/caseload-documents.graphql'),
    'utf8',
  );
  const document = parse(source);
  const operation = document.definitions.find(
    (definition) =>
      definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value === 'CaseloadView',
  );
  if (!operation) throw new Error('No `query CaseloadView` in caseload-documents.graphql');
  return JSON.stringify({
    operationName: 'CaseloadView',
    variables: {
      view: {
        needsAttention: false,
        statuses: [],
        flag: null,
        domain: null,
        search: '',
        sort: 'NAME',
        descending: false,
      },
      offset: 0,
      limit: 50,
    },
    query: print(withTypenames({ ...document, definitions: [operation] })),
  });
}

/** A small win logged for a client: a write that changes their caseload. */
function winBody(clientId: string): string {
  return JSON.stringify({
    operationName: 'LogWin',
    variables: {
      clientId,
      input: { kind: 'WIN', category: 'SELF_CARE', clientWords: 'Went for a walk' },
    },
    query:
      'mutation LogWin($clientId: ID!, $input: ProgressEntryInput!) { logProgressEntry(clientId: $clientId, input: $input) { id } }',
  });
}

/** Apollo Client's cache asks for __typename in every selection below the root. */
function withTypenames(document: ReturnType<typeof parse>) {
  return visit(document, {
    SelectionSet: (node: SelectionSetNode, _key, parent) => {
      const isRoot = parent && !Array.isArray(parent) && 'operation' in (parent as object);
      const hasTypename = node.selections.some(
        (selection) => selection.kind === Kind.FIELD && selection.name.value === '__typename',
      );
      if (isRoot || hasTypename) return undefined;
      const typename: FieldNode = {
        kind: Kind.FIELD,
        name: { kind: Kind.NAME, value: '__typename' },
      };
      return { ...node, selections: [...node.selections, typename] };
    },
  });
}

const viewerBody = JSON.stringify({
  operationName: 'Viewer',
  variables: {},
  query: 'query Viewer { viewer { clinician { id displayName } } }',
});

export async function benchCaseloadApi(
  api: RunningApi,
  database: BenchDatabase,
  account: { readonly email: string; readonly password: string; readonly clients: number },
  options: ApiBenchOptions,
): Promise<ApiBenchResult> {
  const client = new BenchHttpClient(api.url);
  const direct = new pg.Client({ connectionString: database.applicationUrl() });
  await direct.connect();
  try {
    await signIn(client, account.email, account.password);
    const caseloadBody = dashboardCaseloadBody(options.sourceRoot);

    // Baselines on this machine, now: a database round trip and a trivial operation.
    const selectOne = await timed(options, async () => {
      await direct.query('SELECT 1');
    });
    let viewerStatements: number | null = null;
    const viewer = await timed(options, async () => {
      const response = await client.post(viewerBody);
      if (response.status !== 200) throw new Error(`Viewer answered ${response.status}`);
      viewerStatements = (await api.operationLine(response.requestId)).statements;
      return response.milliseconds;
    });

    // The caseload through HTTP.
    const first = await client.post(caseloadBody);
    const firstBody = JSON.parse(first.text) as {
      data?: { caseloadView?: { totalCount: number; rows: { id: string }[] } };
      errors?: [];
    };
    if (
      first.status !== 200 ||
      firstBody.errors ||
      firstBody.data?.caseloadView?.totalCount !== account.clients
    ) {
      throw new Error(`The caseload answered badly (${first.status}): ${first.text.slice(0, 500)}`);
    }
    const firstRows = firstBody.data.caseloadView.rows;
    const serverSide: number[] = [];
    const statementCounts: Record<number, number> = {};
    const apiFigures = await timed(options, async (measured) => {
      const response = await client.post(caseloadBody);
      if (response.status !== 200 || response.text.startsWith('{"errors"')) {
        throw new Error(`The caseload failed: ${response.text.slice(0, 500)}`);
      }
      const line = await api.operationLine(response.requestId);
      if (measured) {
        serverSide.push(line.milliseconds);
        if (line.statements !== null) {
          statementCounts[line.statements] = (statementCounts[line.statements] ?? 0) + 1;
        }
      }
      return response.milliseconds;
    });

    // The SQL of one more caseload request, from the server's log. A request that also
    // refreshed the session's last-seen time (once in a while) is not the usual one: take
    // another, so the floor replays what most requests ran.
    const usual = usualStatementCount(statementCounts);
    let captured: CapturedStatement[] = [];
    for (let attempt = 0; attempt < 3 && captured.length !== usual; attempt++) {
      captured = await captureStatements(database, async () => {
        await client.post(caseloadBody);
      });
    }

    // The floor: the same statements, directly.
    const perStatement: number[][] = captured.map(() => []);
    const rows: number[] = captured.map(() => 0);
    const floor = await timed(options, async (measured) => {
      const started = performance.now();
      const times = await replay(direct, captured, rows);
      const total = performance.now() - started;
      if (measured) times.forEach((time, index) => perStatement[index].push(time));
      return total;
    });

    // Right after a write (a win logged for one of the first window's clients), the caseload's
    // revision has moved: the API reads the summaries that changed since the revision it kept
    // and works their flags out again, as when a clinician comes back from a session. Only the
    // caseload request is timed; its SQL, caught the same way, is the floor of that case.
    let written = 0;
    const write = async () => {
      const response = await client.post(winBody(firstRows[written++ % firstRows.length].id));
      if (response.status !== 200 || response.text.includes('"errors"')) {
        throw new Error(`Logging a win failed: ${response.text.slice(0, 500)}`);
      }
    };
    const afterWriteStatements: Record<number, number> = {};
    const afterWrite = await timed(options, async (measured) => {
      await write();
      const response = await client.post(caseloadBody);
      if (response.status !== 200 || response.text.startsWith('{"errors"')) {
        throw new Error(`The caseload failed: ${response.text.slice(0, 500)}`);
      }
      const line = await api.operationLine(response.requestId);
      if (measured && line.statements !== null) {
        afterWriteStatements[line.statements] = (afterWriteStatements[line.statements] ?? 0) + 1;
      }
      return response.milliseconds;
    });
    const usualAfterWrite = usualStatementCount(afterWriteStatements);
    let capturedAfterWrite: CapturedStatement[] = [];
    for (let attempt = 0; attempt < 3 && capturedAfterWrite.length !== usualAfterWrite; attempt++) {
      await write();
      capturedAfterWrite = await captureStatements(database, async () => {
        await client.post(caseloadBody);
      });
    }
    const afterWriteFloor = await timed(options, async () => {
      const started = performance.now();
      await replay(
        direct,
        capturedAfterWrite,
        capturedAfterWrite.map(() => 0),
      );
      return performance.now() - started;
    });

    return {
      database: database.kind === 'embedded' ? 'embedded' : 'Debian',
      clients: account.clients,
      api: apiFigures,
      serverSide: figuresOf(serverSide),
      statementCounts,
      captured,
      floor,
      perStatement: captured.map((statement, index) => ({
        label: labelOf(statement.text),
        parameters: statement.parameters?.length ?? 0,
        rows: rows[index],
        figures: figuresOf(perStatement[index]),
      })),
      afterWrite: {
        api: afterWrite,
        floor: afterWriteFloor,
        statementCounts: afterWriteStatements,
        captured: capturedAfterWrite.length,
      },
      responseBytes: Buffer.byteLength(first.text),
      baseline: { selectOne, viewer },
      viewerStatements,
    };
  } finally {
    client.close();
    await direct.end();
  }
}

/**
 * Runs `work` for the warm-up rounds, then `runs` times; figures of what it returns (its own
 * measure of time) or, when it returns nothing, of its wall time.
 */
async function timed(
  options: ApiBenchOptions,
  work: (measured: boolean) => Promise<number | void>,
): Promise<Figures> {
  for (let round = 0; round < options.warmups; round++) await work(false);
  const samples: number[] = [];
  for (let round = 0; round < options.runs; round++) {
    const started = performance.now();
    const reported = await work(true);
    samples.push(typeof reported === 'number' ? reported : performance.now() - started);
  }
  return figuresOf(samples);
}

// ---------------------------------------------------------------------------------------------
// Capturing the SQL from the server's log

const LOG_PREFIX = '@@bench %p@@ ';
const START_MARKER = 'waypoint-bench-capture-start';
const END_MARKER = 'waypoint-bench-capture-end';

/** The statements that other connections ran on the server while `work` ran. */
export async function captureStatements(
  database: BenchDatabase,
  work: () => Promise<void>,
): Promise<CapturedStatement[]> {
  const admin = new pg.Client({ connectionString: database.adminUrl() });
  await admin.connect();
  try {
    const ownPid = (await admin.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]
      .pid;
    await admin.query(`ALTER SYSTEM SET log_line_prefix = '${LOG_PREFIX}'`);
    await admin.query(`ALTER SYSTEM SET log_statement = 'all'`);
    await admin.query('SELECT pg_reload_conf()');
    // Each backend rereads the settings before its next command; give the signal time to land.
    await sleep(500);
    await admin.query(`SELECT '${START_MARKER}'`);
    await work();
    await admin.query(`SELECT '${END_MARKER}'`);
    await admin.query('ALTER SYSTEM RESET log_statement');
    await admin.query('ALTER SYSTEM RESET log_line_prefix');
    await admin.query('SELECT pg_reload_conf()');
    await sleep(200);
    return parseServerLog(readFileSync(database.logFile(), 'utf8'), ownPid);
  } finally {
    await admin.end();
  }
}

interface LogRecord {
  readonly pid: number;
  readonly message: string;
}

/** Statements and their parameters between the markers, from connections other than ours. */
export function parseServerLog(log: string, ownPid: number): CapturedStatement[] {
  const records: LogRecord[] = [];
  for (const line of log.split('\n')) {
    const match = /^@@bench (\d+)@@ (.*)$/.exec(line);
    if (match) records.push({ pid: Number(match[1]), message: match[2] });
    else if (line.startsWith('\t') && records.length > 0) {
      const last = records.pop()!;
      records.push({ pid: last.pid, message: `${last.message}\n${line.slice(1)}` });
    }
  }
  const start = records.findLastIndex((record) => record.message.includes(START_MARKER));
  const end = records.findLastIndex((record) => record.message.includes(END_MARKER));
  if (start < 0 || end < start) throw new Error('The capture markers are not in the server log');

  const statements: { pid: number; statement: CapturedStatement }[] = [];
  for (const record of records.slice(start + 1, end)) {
    if (record.pid === ownPid) continue;
    const executed = /^LOG:\s+(?:statement|execute [^:]*):\s([\s\S]*)$/.exec(record.message);
    if (executed) {
      statements.push({ pid: record.pid, statement: { text: executed[1], parameters: null } });
      continue;
    }
    const detail = /^DETAIL:\s+parameters:\s([\s\S]*)$/i.exec(record.message);
    if (detail) {
      // The parameters belong to the last statement of the same connection.
      const owner = statements.findLast((candidate) => candidate.pid === record.pid);
      if (owner) {
        owner.statement = { ...owner.statement, parameters: parseParameters(detail[1]) };
      }
    }
  }
  return statements.map(({ statement }) => statement);
}

/** `$1 = 'text', $2 = NULL` as PostgreSQL logs bind parameters. */
function parseParameters(text: string): (string | null)[] {
  const values: (string | null)[] = [];
  const pattern = /\$(\d+) = (NULL|'((?:[^']|'')*)')(?:, |$)/gy;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    values[Number(match[1]) - 1] = match[2] === 'NULL' ? null : match[3].replace(/''/g, "'");
  }
  return values;
}

// ---------------------------------------------------------------------------------------------
// Replaying the SQL

/** Runs the captured statements once, in order; answers each statement's time. */
async function replay(
  client: pg.Client,
  statements: readonly CapturedStatement[],
  rows: number[],
): Promise<number[]> {
  let head: { sequence: number; hash: string; now: string | null } | null = null;
  let appended: { sequence: number; hash: string } | null = null;
  const times: number[] = [];
  for (const [index, statement] of statements.entries()) {
    let parameters = statement.parameters ? [...statement.parameters] : null;
    const text = statement.text;
    if (/^insert into "audit_event"/i.test(text) && parameters) {
      if (!head) throw new Error('An audit event without its chain head read first');
      appended = { sequence: head.sequence + 1, hash: randomBytes(32).toString('hex') };
      parameters = rewriteInsert(text, parameters, {
        id: randomUUID(),
        sequence: String(appended.sequence),
        previous_hash: head.hash,
        hash: appended.hash,
        ...(head.now ? { occurred_at: head.now } : {}),
      });
    } else if (/^update "audit_chain_head"/i.test(text) && parameters && appended) {
      parameters = rewriteUpdate(text, parameters, {
        last_sequence: String(appended.sequence),
        last_hash: appended.hash,
      });
    }
    const started = performance.now();
    const result = parameters ? await client.query(text, parameters) : await client.query(text);
    times.push(performance.now() - started);
    rows[index] = result.rowCount ?? result.rows.length;
    if (/from "audit_chain_head"[\s\S]*for update/i.test(text) && result.rows[0]) {
      const row = result.rows[0] as Record<string, unknown>;
      const value = (pattern: RegExp) =>
        Object.entries(row).find(([name]) => pattern.test(name))?.[1];
      head = {
        sequence: Number(value(/sequence/i)),
        hash: String(value(/hash/i)),
        now: (value(/^now$/i) as string | undefined) ?? null,
      };
    }
  }
  return times;
}

function rewriteInsert(
  text: string,
  parameters: (string | null)[],
  replacements: Readonly<Record<string, string>>,
): (string | null)[] {
  const match = /\(([^)]*)\)\s+values\s+\(([^)]*)\)/i.exec(text);
  if (!match) throw new Error(`Cannot read the columns of: ${text}`);
  const columns = match[1].split(',').map((column) => column.trim().replace(/"/g, ''));
  const values = match[2].split(',').map((value) => value.trim());
  const rewritten = [...parameters];
  columns.forEach((column, index) => {
    const placeholder = /^\$(\d+)$/.exec(values[index]);
    if (placeholder && column in replacements) {
      rewritten[Number(placeholder[1]) - 1] = replacements[column];
    }
  });
  return rewritten;
}

function rewriteUpdate(
  text: string,
  parameters: (string | null)[],
  replacements: Readonly<Record<string, string>>,
): (string | null)[] {
  const rewritten = [...parameters];
  for (const match of text.matchAll(/"(\w+)" = \$(\d+)/g)) {
    if (match[1] in replacements) rewritten[Number(match[2]) - 1] = replacements[match[1]];
  }
  return rewritten;
}

/** `select goal`, `insert audit_event`: what a statement does to which table. */
export function labelOf(text: string): string {
  const verb = /^\s*(\w+)/.exec(text)?.[1]?.toLowerCase() ?? '?';
  const table =
    verb === 'select'
      ? (/\bfrom\s+"(\w+)"/i.exec(text) ?? /\bfrom\s+(\w+)/i.exec(text))?.[1]
      : verb === 'insert'
        ? /\binto\s+"?(\w+)"?/i.exec(text)?.[1]
        : verb === 'update'
          ? /^\s*update\s+"?(\w+)"?/i.exec(text)?.[1]
          : undefined;
  const grouped = /\bgroup by\b/i.test(text) ? ' (grouped)' : '';
  const locked = /\bfor update\b/i.test(text) ? ' (for update)' : '';
  return table ? `${verb} ${table}${grouped}${locked}` : verb;
}

/** The count most requests ran (the session's periodic last-seen update adds one now and then). */
export function usualStatementCount(counts: Readonly<Record<number, number>>): number {
  return Number(
    Object.entries(counts).sort((a, b) => b[1] - a[1] || Number(a[0]) - Number(b[0]))[0]?.[0] ??
      NaN,
  );
}

/** '13 x49, 14 x1' */
export function describeStatementCounts(counts: Readonly<Record<number, number>>): string {
  return Object.entries(counts)
    .map(([count, requests]) => `${count} x${requests}`)
    .join(', ');
}
