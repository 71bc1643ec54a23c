import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import {
  adminQuery,
  BenchHttpClient,
  buildApi,
  checkOutSources,
  createWorkFolder,
  debianPostgresInstalled,
  describeMachine,
  embeddedDatabase,
  kilobytes,
  markdownTable,
  ms,
  ratio,
  repositoryRoot,
  signIn,
  startApi,
  startDebianCluster,
  type BenchDatabase,
  type DebianCluster,
} from './bench-support';
import {
  benchCaseloadApi,
  dashboardCaseloadBody,
  describeStatementCounts,
  usualStatementCount,
  type ApiBenchResult,
} from './caseload-api.bench';
import {
  benchDashboardRender,
  buildDashboard,
  buildReference,
  bundleSizes,
  sameDocument,
  type BundleSizes,
  type DashboardRenderResult,
} from './dashboard.bench';
import { seedPractice } from './seed-practice';

// Waypoint's benchmarks (issue 8): figures printed, never pass or fail.
//
//   npm run bench                        everything: 100, 1,000 and 5,000 clients, both databases
//   npm run bench -- --sizes=50 --runs=5 --browser-runs=2    a quick look while developing
//
// Options: --sizes=100,1000,5000  --runs=50  --warmups=5  --browser-runs=10
//          --browser-budget=60 (seconds per size and mode; at least 3 navigations)
//          --databases=embedded,debian  --skip=api,dashboard,bundles  --json=FILE
//          --source=HEAD (any git revision, exported with git archive) or --source=working

interface Options {
  readonly sizes: readonly number[];
  readonly runs: number;
  readonly warmups: number;
  readonly browserRuns: number;
  /** Seconds of navigations per size and mode after which fewer runs are taken (3 at least). */
  readonly browserBudget: number;
  readonly databases: readonly ('embedded' | 'debian')[];
  readonly skip: ReadonlySet<string>;
  readonly json: string | null;
  /** A git revision to export and measure, or 'working' for the working tree. */
  readonly source: string;
}

function readOptions(argv: readonly string[]): Options {
  const value = (name: string) =>
    argv.find((argument) => argument.startsWith(`--${name}=`))?.slice(name.length + 3);
  const list = (name: string, fallback: string) =>
    (value(name) ?? fallback)
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  return {
    sizes: list('sizes', '100,1000,5000').map(Number),
    runs: Number(value('runs') ?? 50),
    warmups: Number(value('warmups') ?? 5),
    browserRuns: Number(value('browser-runs') ?? 10),
    browserBudget: Number(value('browser-budget') ?? 60),
    databases: list('databases', 'embedded,debian') as ('embedded' | 'debian')[],
    skip: new Set(list('skip', '')),
    json: value('json') ?? null,
    source: value('source') ?? 'HEAD',
  };
}

const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

function describeSource(source: string): string {
  const git = (...arguments_: string[]) =>
    execFileSync('git', arguments_, { cwd: repositoryRoot, encoding: 'utf8' }).trim();
  try {
    if (source !== 'working') {
      return `${git('rev-parse', '--short', source)} (${source}, exported with git archive)`;
    }
    const changed = git('status', '--porcelain').split('\n').filter(Boolean).length;
    return `the working tree on ${git('rev-parse', '--short', 'HEAD')}, with ${changed} uncommitted change(s)`;
  } catch {
    return source;
  }
}

interface Measurement {
  readonly api: ApiBenchResult | null;
  readonly dashboard: DashboardRenderResult | null;
  readonly seedSeconds: number;
  readonly serverVersion: string;
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const started = performance.now();
  const machine = describeMachine();
  const commit = describeSource(options.source);
  const work = createWorkFolder();
  let cluster: DebianCluster | null = null;
  let browser: Browser | null = null;
  try {
    // Builds first, so that compiling does not compete with the measurements.
    progress(`building ${commit} into ${work.root}`);
    const sourceRoot = await checkOutSources(work, options.source);
    const apiEntry = await buildApi(work, sourceRoot);
    const dashboard = await buildDashboard(work, sourceRoot);
    const bundles = new Map<string, BundleSizes>();
    if (!options.skip.has('bundles')) {
      bundles.set(
        'Waypoint dashboard',
        bundleSizes(
          dashboard.directory,
          dashboard.seconds,
          path.join(sourceRoot, 'apps/dashboard/src/app/app.routes.ts'),
        ),
      );
      for (const kind of ['material', 'material-apollo'] as const) {
        progress(`building the ${kind} reference app`);
        const reference = await buildReference(work, sourceRoot, kind);
        bundles.set(kind, bundleSizes(reference.directory, reference.seconds));
      }
    }

    const measurements = new Map<string, Measurement>();
    const databases = options.databases.filter((kind) => {
      if (kind === 'debian' && !debianPostgresInstalled()) {
        progress('Debian PostgreSQL is not installed (apt-get install -y postgresql): skipped');
        return false;
      }
      return true;
    });
    const failures: string[] = [];
    const measure = async (kind: 'embedded' | 'debian', size: number) => {
      const name = `bench_${kind}_${size}`;
      const database: BenchDatabase =
        kind === 'embedded' ? embeddedDatabase(work, name) : await cluster!.database(work, name);
      progress(`${kind} PostgreSQL, ${size} clients: starting the API and seeding`);
      const api = await startApi(apiEntry, path.join(dashboard.directory, 'browser'), {
        ...database.environment,
      });
      try {
        const seeded = await seedPractice(database.applicationUrl(), { clients: size });
        const serverVersion = (await adminQuery(database.applicationUrl(), 'SHOW server_version'))
          .rows[0].server_version as string;
        const account = { email: seeded.email, password: seeded.password, clients: size };
        let apiResult: ApiBenchResult | null = null;
        if (!options.skip.has('api')) {
          progress(`${kind} PostgreSQL, ${size} clients: ${options.runs} caseload requests`);
          apiResult = await benchCaseloadApi(api, database, account, {
            ...options,
            sourceRoot,
          });
        }
        // The dashboard is timed once per size, on the embedded server (the default setup).
        let dashboardResult: DashboardRenderResult | null = null;
        if (browser && (kind === 'embedded' || !databases.includes('embedded'))) {
          progress(`${size} clients: ${options.browserRuns} navigations in Chromium (x2)`);
          const client = new BenchHttpClient(api.url);
          await signIn(client, account.email, account.password);
          const cookies = client.cookieHeader.split('; ').map((pair) => ({
            name: pair.slice(0, pair.indexOf('=')),
            value: pair.slice(pair.indexOf('=') + 1),
          }));
          client.close();
          dashboardResult = await benchDashboardRender(browser, api.url, cookies, size, {
            runs: options.browserRuns,
            budgetSeconds: options.browserBudget,
          });
        }
        measurements.set(`${kind}:${size}`, {
          api: apiResult,
          dashboard: dashboardResult,
          seedSeconds: seeded.milliseconds / 1000,
          serverVersion,
        });
      } finally {
        await api.stop();
        await database.dispose();
      }
    };
    if (!options.skip.has('api') || !options.skip.has('dashboard')) {
      if (databases.includes('debian')) cluster = await startDebianCluster(work);
      if (!options.skip.has('dashboard')) browser = await launchChromium();
      for (const kind of databases) {
        for (const size of options.sizes) {
          // One failure (a crashed process, a timeout) costs its figures, not the whole run.
          try {
            await measure(kind, size);
          } catch (error) {
            failures.push(`${kind} PostgreSQL, ${size} clients: ${String(error).split('\n')[0]}`);
            progress(`FAILED ${failures[failures.length - 1]}`);
          }
        }
      }
    }

    const report = formatReport({
      options,
      sourceRoot,
      machine,
      commit,
      chromium: browser?.version() ?? null,
      measurements,
      bundles,
      failures,
      minutes: (performance.now() - started) / 60_000,
    });
    process.stdout.write(report);
    if (options.json) {
      writeFileSync(
        options.json,
        JSON.stringify(
          {
            machine,
            commit,
            options: { ...options, skip: [...options.skip] },
            measurements: Object.fromEntries(measurements),
            bundles: Object.fromEntries(bundles),
          },
          null,
          2,
        ),
      );
    }
  } finally {
    await browser?.close();
    await cluster?.stop().catch(() => undefined);
    work.dispose();
  }
}

interface ReportInput {
  readonly options: Options;
  readonly sourceRoot: string;
  readonly machine: string;
  readonly commit: string;
  readonly chromium: string | null;
  readonly measurements: ReadonlyMap<string, Measurement>;
  readonly bundles: ReadonlyMap<string, BundleSizes>;
  readonly failures: readonly string[];
  readonly minutes: number;
}

function formatReport(input: ReportInput): string {
  const { options, measurements, bundles } = input;
  const out: string[] = [];
  const section = (title: string) => out.push('', `## ${title}`, '');
  const results = [...measurements.values()];
  const apiResults = results.flatMap((result) => (result.api ? [result.api] : []));

  out.push('# Waypoint benchmarks', '');
  out.push(`- Machine: ${input.machine}`);
  out.push(`- Sources: ${input.commit}`);
  for (const failure of input.failures) out.push(`- FAILED (no figures): ${failure}`);
  const versions = new Map<string, string>();
  for (const [key, result] of measurements) versions.set(key.split(':')[0], result.serverVersion);
  for (const [kind, version] of versions) out.push(`- ${kind} PostgreSQL: ${version}`);
  if (input.chromium) out.push(`- Chromium: ${input.chromium}`);
  out.push(
    `- Runs: ${options.runs} measured after ${options.warmups} warm-up per figure; ${options.browserRuns} navigations per dashboard figure`,
  );
  out.push(
    `- Took ${input.minutes.toFixed(1)} minutes; load average at the end ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')} (other work on the machine inflates every figure)`,
  );

  if (apiResults.length > 0) {
    section('Baseline (this machine, this run)');
    out.push(
      markdownTable(
        [
          'database',
          'clients',
          'pg SELECT 1 median / p95',
          'HTTP viewer query median / p95',
          'viewer statements',
        ],
        apiResults.map((result) => [
          result.database,
          result.clients.toLocaleString('en'),
          `${ms(result.baseline.selectOne.median)} / ${ms(result.baseline.selectOne.p95)} ms`,
          `${ms(result.baseline.viewer.median)} / ${ms(result.baseline.viewer.p95)} ms`,
          String(result.viewerStatements ?? 'n/a'),
        ]),
      ),
    );

    section('Caseload query through the HTTP API, against its SQL run directly');
    out.push(
      markdownTable(
        [
          'database',
          'clients',
          'API median',
          'API p95',
          'in Apollo (log) median',
          'statements',
          'SQL floor median',
          'floor p95',
          'API/floor median',
          'API/floor p95',
          'response',
          'seeded in',
        ],
        apiResults.map((result) => {
          const measurement = measurements.get(
            `${result.database === 'embedded' ? 'embedded' : 'debian'}:${result.clients}`,
          );
          return [
            result.database,
            result.clients.toLocaleString('en'),
            `${ms(result.api.median)} ms`,
            `${ms(result.api.p95)} ms`,
            `${ms(result.serverSide.median)} ms`,
            `${describeStatementCounts(result.statementCounts)} (captured ${result.captured.length})`,
            `${ms(result.floor.median)} ms`,
            `${ms(result.floor.p95)} ms`,
            ratio(result.api.median / result.floor.median),
            ratio(result.api.p95 / result.floor.p95),
            kilobytes(result.responseBytes),
            measurement ? `${measurement.seedSeconds.toFixed(1)} s` : '',
          ];
        }),
      ),
    );

    section('The caseload right after a write (a win logged just before each request)');
    out.push(
      "Each request follows a write, so the caseload's revision has moved: the API reads the",
      'summaries that changed since the revision it kept (the one client written) and works',
      'their flags out again. Above, nothing had changed since the previous request.',
      '',
      markdownTable(
        [
          'database',
          'clients',
          'API median',
          'API p95',
          'statements',
          'SQL floor median',
          'floor p95',
          'API/floor median',
          'API/floor p95',
        ],
        apiResults.map((result) => [
          result.database,
          result.clients.toLocaleString('en'),
          `${ms(result.afterWrite.api.median)} ms`,
          `${ms(result.afterWrite.api.p95)} ms`,
          `${describeStatementCounts(result.afterWrite.statementCounts)} (captured ${result.afterWrite.captured})`,
          `${ms(result.afterWrite.floor.median)} ms`,
          `${ms(result.afterWrite.floor.p95)} ms`,
          ratio(result.afterWrite.api.median / result.afterWrite.floor.median),
          ratio(result.afterWrite.api.p95 / result.afterWrite.floor.p95),
        ]),
      ),
    );

    section("The caseload's statements, each run directly (median over the floor runs)");
    for (const result of apiResults) {
      out.push(
        `${result.database} PostgreSQL, ${result.clients.toLocaleString('en')} clients:`,
        '',
      );
      out.push(
        markdownTable(
          ['#', 'statement', 'parameters', 'rows', 'median', 'p95'],
          result.perStatement.map((statement, index) => [
            String(index + 1),
            statement.label,
            String(statement.parameters),
            String(statement.rows),
            `${ms(statement.figures.median)} ms`,
            `${ms(statement.figures.p95)} ms`,
          ]),
        ),
        '',
      );
    }
    out.pop();
  }

  const renders = results.flatMap((result) => (result.dashboard ? [result.dashboard] : []));
  if (renders.length > 0) {
    section('Dashboard: navigation to the caseload table rendered (headless Chromium, medians)');
    out.push(
      markdownTable(
        [
          'clients',
          'cold: first row',
          'cold: table',
          'cold: table p95',
          'warm: first row',
          'warm: table',
          'warm: table p95',
          'runs cold / warm',
        ],
        renders.map((render) => [
          render.clients.toLocaleString('en'),
          `${ms(render.cold.firstRow.median)} ms`,
          `${ms(render.cold.table.median)} ms`,
          `${ms(render.cold.table.p95)} ms`,
          `${ms(render.warm.firstRow.median)} ms`,
          `${ms(render.warm.table.median)} ms`,
          `${ms(render.warm.table.p95)} ms`,
          `${render.cold.table.n} / ${render.warm.table.n}`,
        ]),
      ),
    );
    const wire = renders.find((render) => render.wireQuery)?.wireQuery;
    if (wire) {
      const matches = sameDocument(
        wire,
        (JSON.parse(dashboardCaseloadBody(input.sourceRoot)) as { query: string }).query,
      );
      out.push(
        '',
        `The API benchmark's CaseloadView document ${matches ? 'is the one' : 'DIFFERS from the one'} the dashboard sent.`,
      );
    }
  }

  if (bundles.size > 0) {
    section('Production bundles (raw / gzip)');
    out.push(
      markdownTable(
        ['build', 'initial raw', 'initial gzip', 'built in'],
        [...bundles].map(([name, sizes]) => [
          name,
          kilobytes(sizes.initialRaw),
          kilobytes(sizes.initialGzip),
          `${sizes.buildSeconds.toFixed(1)} s`,
        ]),
      ),
    );
    const ours = bundles.get('Waypoint dashboard');
    if (ours) {
      out.push('', 'Initial files of the dashboard:', '');
      out.push(
        markdownTable(
          ['file', 'raw', 'gzip'],
          ours.initial.map((file) => [file.file, kilobytes(file.raw), kilobytes(file.gzip)]),
        ),
      );
      out.push(
        '',
        'Initial JavaScript by package (minified bytes, before gzip), beside the references:',
        '',
      );
      const references = [...bundles].filter(([name]) => name !== 'Waypoint dashboard');
      const bytesIn = (sizes: BundleSizes, name: string) =>
        sizes.initialByPackage.find((entry) => entry.name === name)?.bytes ?? 0;
      out.push(
        markdownTable(
          ['package', 'dashboard', ...references.map(([name]) => name)],
          ours.initialByPackage
            .slice(0, 15)
            .map((entry) => [
              entry.name,
              kilobytes(entry.bytes),
              ...references.map(([, sizes]) => kilobytes(bytesIn(sizes, entry.name))),
            ]),
        ),
      );
      out.push(
        '',
        'What each lazy entry adds to the initial files (its chunk and the shared chunks it needs):',
        '',
      );
      out.push(
        markdownTable(
          ['lazy entry', 'route', 'raw', 'gzip'],
          ours.lazy.map((entry) => [
            entry.entry,
            entry.route ?? '(lazy piece)',
            kilobytes(entry.raw),
            kilobytes(entry.gzip),
          ]),
        ),
      );
    }
  }

  section('Against the targets');
  const targets: string[][] = [];
  for (const result of apiResults.filter((candidate) => candidate.clients === 1000)) {
    targets.push([
      `p95 at 1,000 clients <= 50 ms (${result.database})`,
      `${ms(result.api.p95)} ms`,
      result.api.p95 <= 50 ? 'met' : 'missed',
    ]);
    targets.push([
      `... right after a write (${result.database})`,
      `${ms(result.afterWrite.api.p95)} ms`,
      result.afterWrite.api.p95 <= 50 ? 'met' : 'missed',
    ]);
  }
  for (const result of apiResults) {
    const median = result.api.median / result.floor.median;
    const p95 = result.api.p95 / result.floor.p95;
    targets.push([
      `API <= 1.5x SQL floor (${result.database}, ${result.clients.toLocaleString('en')})`,
      `${ratio(median)} median, ${ratio(p95)} p95`,
      median <= 1.5 && p95 <= 1.5 ? 'met' : median <= 1.5 ? 'met at the median only' : 'missed',
    ]);
    const afterWriteMedian = result.afterWrite.api.median / result.afterWrite.floor.median;
    const afterWriteP95 = result.afterWrite.api.p95 / result.afterWrite.floor.p95;
    targets.push([
      `... right after a write (${result.database}, ${result.clients.toLocaleString('en')})`,
      `${ratio(afterWriteMedian)} median, ${ratio(afterWriteP95)} p95`,
      afterWriteMedian <= 1.5 && afterWriteP95 <= 1.5
        ? 'met'
        : afterWriteMedian <= 1.5
          ? 'met at the median only'
          : 'missed',
    ]);
  }
  for (const database of new Set(apiResults.map((result) => result.database))) {
    const ofDatabase = apiResults.filter((result) => result.database === database);
    const usual = ofDatabase.map((result) => usualStatementCount(result.statementCounts));
    const occasional = ofDatabase.some((result) => Object.keys(result.statementCounts).length > 1);
    targets.push([
      `constant statement count (${database})`,
      `${ofDatabase.map((result, index) => `${usual[index]} at ${result.clients.toLocaleString('en')}`).join(', ')}${occasional ? " (+1 on some requests: the session's last-seen update)" : ''}`,
      new Set(usual).size === 1 ? 'met' : 'missed',
    ]);
  }
  const ours = bundles.get('Waypoint dashboard');
  const bare = bundles.get('material');
  if (ours && bare) {
    const raw = ours.initialRaw / bare.initialRaw;
    const gzip = ours.initialGzip / bare.initialGzip;
    targets.push([
      'initial bundle <= 1.3x bare Angular + Material',
      `${ratio(raw)} raw, ${ratio(gzip)} gzip`,
      raw <= 1.3 && gzip <= 1.3 ? 'met' : 'missed',
    ]);
    const apollo = bundles.get('material-apollo');
    if (apollo) {
      targets.push([
        '(context) initial bundle / Angular + Material + Apollo',
        `${ratio(ours.initialRaw / apollo.initialRaw)} raw, ${ratio(ours.initialGzip / apollo.initialGzip)} gzip`,
        '',
      ]);
    }
  }
  if (targets.length > 0) out.push(markdownTable(['target', 'measured', ''], targets));
  else out.splice(-3);
  out.push('');
  return `${out.join('\n')}\n`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
