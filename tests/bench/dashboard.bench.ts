import { readFileSync, statSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { parse, print } from 'graphql';
import type { Browser } from 'playwright-core';
import {
  figuresOf,
  repositoryRoot,
  runQuietly,
  type Figures,
  type WorkFolder,
} from './bench-support';

// The dashboard in Debian's Chromium, and the production bundles beside a bare Angular +
// Material app built in the same run.

// ---------------------------------------------------------------------------------------------
// Navigation to the caseload table

export interface RenderFigures {
  /** From navigation start to the first client's row of the caseload table in the DOM. */
  readonly firstRow: Figures;
  /**
   * From navigation start to the frame after the table's first screen is filled: every row the
   * viewport shows holds a client (the table scrolls virtually, so later rows come on scrolling).
   */
  readonly table: Figures;
}

export interface DashboardRenderResult {
  readonly clients: number;
  /** A new browser context each run: nothing cached, as on a first visit. */
  readonly cold: RenderFigures;
  /** Reloads in one context: scripts from the HTTP cache, as on a return visit. */
  readonly warm: RenderFigures;
  /** The body of the Caseload request the dashboard sent, as the browser sent it. */
  readonly wireQuery: string | null;
}

interface Marks {
  firstRow?: number;
  allRows?: number;
  table?: number;
}

/**
 * Records, in the page's own clock (0 = navigation start), when the first client's row and when
 * the first screenful (`expected` rows, or every client when fewer) are in the DOM, and the
 * frame after that.
 */
function markScript(expected: number): string {
  return `(() => {
    const marks = {};
    Object.defineProperty(window, '__waypointBench', { value: marks });
    const observer = new MutationObserver(() => {
      const rows = document.querySelectorAll('.caseload-table [role=row] a.preferred-name').length;
      if (marks.firstRow === undefined && rows > 0) marks.firstRow = performance.now();
      if (marks.allRows === undefined && rows >= ${expected}) {
        marks.allRows = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => { marks.table = performance.now(); }));
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  })();`;
}

/** Rows of a caseload that fill the table's first screen at 1280 x 800. */
const FIRST_SCREEN_ROWS = 5;

export interface SessionCookie {
  readonly name: string;
  readonly value: string;
}

/** Times navigation to the caseload with a signed-in session, cold and warm. */
export async function benchDashboardRender(
  browser: Browser,
  baseUrl: string,
  cookies: readonly SessionCookie[],
  clients: number,
  limits: { readonly runs: number; readonly budgetSeconds: number },
): Promise<DashboardRenderResult> {
  const newContext = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addCookies(
      cookies.map((cookie) => ({ ...cookie, url: baseUrl, httpOnly: true, sameSite: 'Strict' })),
    );
    await context.addInitScript({ content: markScript(Math.min(clients, FIRST_SCREEN_ROWS)) });
    return context;
  };
  const timeout = 180_000;
  let wireQuery: string | null = null;

  const visit = async (page: import('playwright-core').Page): Promise<Marks> => {
    await page.goto(`${baseUrl}/`, { waitUntil: 'commit', timeout });
    await page.waitForFunction(
      () => (window as unknown as { __waypointBench?: Marks }).__waypointBench?.table !== undefined,
      undefined,
      { timeout, polling: 100 },
    );
    const marks = await page.evaluate(
      () => (window as unknown as { __waypointBench: Marks }).__waypointBench,
    );
    const summary =
      (await page.getByRole('status').filter({ hasText: 'clients' }).first().textContent()) ?? '';
    if (
      !summary.includes(`${clients.toLocaleString('en')} clients`) &&
      !summary.includes(`${clients} clients`)
    ) {
      throw new Error(`The caseload says "${summary.trim()}" for ${clients} clients`);
    }
    return marks;
  };

  // Up to `runs` navigations per mode, fewer (3 at least) once the budget is spent.
  const more = (done: number, since: number) =>
    done < limits.runs && (done < 3 || performance.now() - since < limits.budgetSeconds * 1000);

  // The API benchmark has already warmed the server; every cold navigation counts.
  const cold: Marks[] = [];
  const coldStarted = performance.now();
  for (let round = 0; more(round, coldStarted); round++) {
    const context = await newContext();
    try {
      const page = await context.newPage();
      if (round === 0) {
        page.on('request', (request) => {
          const body = request.postDataJSON() as { operationName?: string; query?: string } | null;
          if (request.url().endsWith('/graphql') && body?.operationName === 'CaseloadView') {
            wireQuery = body.query ?? null;
          }
        });
      }
      cold.push(await visit(page));
    } finally {
      await context.close();
    }
  }

  const warm: Marks[] = [];
  const context = await newContext();
  try {
    const page = await context.newPage();
    // The first visit fills the HTTP cache; it is not counted.
    await visit(page);
    const warmStarted = performance.now();
    for (let round = 0; more(round, warmStarted); round++) warm.push(await visit(page));
  } finally {
    await context.close();
  }

  const figures = (marks: Marks[]): RenderFigures => ({
    firstRow: figuresOf(marks.map((mark) => mark.firstRow ?? NaN)),
    table: figuresOf(marks.map((mark) => mark.table ?? NaN)),
  });
  return { clients, cold: figures(cold), warm: figures(warm), wireQuery };
}

/** Whether two GraphQL documents say the same thing (whitespace and formatting aside). */
export function sameDocument(a: string, b: string): boolean {
  return print(parse(a)) === print(parse(b));
}

// ---------------------------------------------------------------------------------------------
// Production bundles

export interface BundleFile {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
}

export interface BundleSizes {
  readonly initial: readonly BundleFile[];
  readonly initialRaw: number;
  readonly initialGzip: number;
  /** What each lazy entry (route pages, and lazy pieces such as charts) adds to the initial. */
  readonly lazy: readonly {
    readonly entry: string;
    readonly route: string | null;
    readonly raw: number;
    readonly gzip: number;
  }[];
  readonly buildSeconds: number;
  /** Minified bytes of the initial JavaScript by package (or our folder), largest first. */
  readonly initialByPackage: readonly { readonly name: string; readonly bytes: number }[];
}

interface Metafile {
  outputs: Record<
    string,
    {
      bytes: number;
      entryPoint?: string;
      imports?: { path: string; kind: string }[];
      inputs?: Record<string, { bytesInOutput: number }>;
    }
  >;
}

/** 'node_modules/@angular/core/fesm2022/core.mjs' -> '@angular/core'; our sources by folder. */
function packageOf(input: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (match) return match[1];
  const own = /^(apps\/[^/]+\/src\/app\/[^/]+|libs\/[^/]+)/.exec(input);
  return own ? `${own[1]}/ (ours)` : input;
}

/**
 * The initial files are what index.html loads (module scripts, modulepreloads, stylesheets)
 * and everything those scripts import statically, from the build's esbuild metafile.
 */
export function bundleSizes(
  outputDirectory: string,
  buildSeconds: number,
  routesFile?: string,
): BundleSizes {
  const browserDirectory = path.join(outputDirectory, 'browser');
  const metafile = JSON.parse(
    readFileSync(path.join(outputDirectory, 'browser-stats.json'), 'utf8'),
  ) as Metafile;
  const index = readFileSync(path.join(browserDirectory, 'index.html'), 'utf8');
  const referenced = [
    ...index.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+\.(?:js|css))"/g),
  ].map((match) => match[1]);

  const closure = (roots: readonly string[]): Set<string> => {
    const seen = new Set<string>();
    const pending = [...roots];
    while (pending.length > 0) {
      const file = pending.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const imported of metafile.outputs[file]?.imports ?? []) {
        if (imported.kind === 'import-statement') pending.push(imported.path);
      }
    }
    return seen;
  };
  const sizeOf = (file: string): BundleFile => {
    const content = readFileSync(path.join(browserDirectory, file));
    return {
      file,
      raw: statSync(path.join(browserDirectory, file)).size,
      gzip: gzipSync(content).length,
    };
  };
  const total = (files: readonly BundleFile[]) => ({
    raw: files.reduce((sum, file) => sum + file.raw, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
  });

  const initialSet = closure(referenced);
  const initial = [...initialSet].map(sizeOf).sort((a, b) => b.raw - a.raw);
  const routes = routesFile ? routeEntries(routesFile) : new Map<string, string>();
  const mainEntry = referenced
    .filter((file) => file.endsWith('.js'))
    .map((file) => metafile.outputs[file]?.entryPoint)
    .find((entryPoint) => entryPoint !== undefined);
  const lazy = Object.entries(metafile.outputs)
    .filter(
      ([file, output]) =>
        output.entryPoint && output.entryPoint !== mainEntry && file.endsWith('.js'),
    )
    .map(([file, output]) => {
      const extra = [...closure([file])].filter((candidate) => !initialSet.has(candidate));
      const entry = path.basename(output.entryPoint!).replace(/\.ts$/, '');
      return { entry, route: routes.get(entry) ?? null, ...total(extra.map(sizeOf)) };
    })
    .sort((a, b) => b.raw - a.raw);
  const initialTotal = total(initial);
  const byPackage = new Map<string, number>();
  for (const file of initialSet) {
    for (const [input, { bytesInOutput }] of Object.entries(metafile.outputs[file]?.inputs ?? {})) {
      byPackage.set(packageOf(input), (byPackage.get(packageOf(input)) ?? 0) + bytesInOutput);
    }
  }
  return {
    initial,
    initialRaw: initialTotal.raw,
    initialGzip: initialTotal.gzip,
    lazy,
    buildSeconds,
    initialByPackage: [...byPackage]
      .map(([name, bytes]) => ({ name, bytes }))
      .filter(({ bytes }) => bytes > 0)
      .sort((a, b) => b.bytes - a.bytes),
  };
}

/** Lazy route files by name ('caseload-page') and their paths ('/'), from app.routes.ts. */
function routeEntries(routesFile: string): Map<string, string> {
  const source = readFileSync(routesFile, 'utf8');
  const paths = new Map<string, string[]>();
  const add = (entry: string, routePath: string) =>
    paths.set(entry, [...new Set([...(paths.get(entry) ?? []), `/${routePath}`])]);
  // `path: 'x', ... loadComponent: () => import('./y')`, within one route object.
  for (const match of source.matchAll(/path:\s*'([^']*)'[^{}]*?import\('([^']+)'\)/g)) {
    add(path.basename(match[2]), match[1]);
  }
  // `const name = () => import('./y')` used as `loadComponent: name`.
  for (const alias of source.matchAll(/const (\w+) =\s*\(\) =>\s*import\('([^']+)'\)/g)) {
    const uses = new RegExp(`path:\\s*'([^']*)'[^{}]*?loadComponent:\\s*${alias[1]}\\b`, 'g');
    for (const use of source.matchAll(uses)) add(path.basename(alias[2]), use[1]);
  }
  return new Map([...paths].map(([entry, routePaths]) => [entry, routePaths.join(', ')]));
}

const ng = path.join(repositoryRoot, 'node_modules/@angular/cli/bin/ng.js');

/** The dashboard's production build, with its metafile, into the work folder. */
export async function buildDashboard(
  work: WorkFolder,
  sourceRoot: string,
): Promise<{ directory: string; seconds: number }> {
  const directory = path.join(work.root, 'dashboard');
  const started = performance.now();
  await runQuietly(
    process.execPath,
    [
      ng,
      'build',
      'dashboard',
      '--configuration',
      'production',
      '--output-path',
      directory,
      '--stats-json',
    ],
    { cwd: sourceRoot },
  );
  return { directory, seconds: (performance.now() - started) / 1000 };
}

export type ReferenceKind = 'material' | 'material-apollo';

/**
 * A bare standalone, zoneless Angular app with a Material toolbar and button (and, for
 * 'material-apollo', Apollo Client over HttpClient as the dashboard has), built with the same
 * packages, builder options and fonts as the dashboard.
 */
export async function buildReference(
  work: WorkFolder,
  sourceRoot: string,
  kind: ReferenceKind,
): Promise<{ directory: string; seconds: number }> {
  const root = work.folder(`reference-${kind}`);
  symlinkSync(path.join(repositoryRoot, 'node_modules'), path.join(root, 'node_modules'));
  mkdirSync(path.join(root, 'src'), { recursive: true });
  const write = (file: string, content: string) => writeFileSync(path.join(root, file), content);
  const rootTsconfig = JSON.parse(readFileSync(path.join(sourceRoot, 'tsconfig.json'), 'utf8')) as {
    compilerOptions: Record<string, unknown>;
    angularCompilerOptions: Record<string, unknown>;
  };
  const compilerOptions = { ...rootTsconfig.compilerOptions, paths: undefined, types: [] };
  write(
    'tsconfig.json',
    JSON.stringify({
      compilerOptions,
      angularCompilerOptions: rootTsconfig.angularCompilerOptions,
      files: ['src/main.ts'],
    }),
  );
  write('package.json', JSON.stringify({ name: `reference-${kind}`, private: true }));
  write(
    'angular.json',
    JSON.stringify({
      version: 1,
      cli: { analytics: false, packageManager: 'npm' },
      projects: {
        reference: {
          projectType: 'application',
          root: '',
          sourceRoot: 'src',
          architect: {
            build: {
              builder: '@angular/build:application',
              options: {
                outputPath: 'dist',
                index: 'src/index.html',
                browser: 'src/main.ts',
                tsConfig: 'tsconfig.json',
                inlineStyleLanguage: 'scss',
                styles: [
                  '@fontsource/roboto/400.css',
                  '@fontsource/roboto/500.css',
                  '@fontsource/roboto/700.css',
                  'src/styles.scss',
                ],
                optimization: {
                  scripts: true,
                  styles: { minify: true, inlineCritical: false },
                  fonts: true,
                },
                outputHashing: 'all',
              },
            },
          },
        },
      },
    }),
  );
  write(
    'src/index.html',
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Reference</title>
    <base href="/" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
  </head>
  <body>
    <app-root></app-root>
  </body>
</html>
`,
  );
  write(
    'src/styles.scss',
    `@use '@angular/material' as mat;
html {
  color-scheme: light dark;
  @include mat.theme((color: (primary: mat.$azure-palette, tertiary: mat.$blue-palette),
    typography: Roboto, density: 0));
}
body { margin: 0; font-family: Roboto, sans-serif; }
`,
  );
  const apollo = kind === 'material-apollo';
  write(
    'src/main.ts',
    `import { Component, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection${apollo ? ', inject' : ''} } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { provideRouter, RouterOutlet } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
${
  apollo
    ? `import { provideHttpClient, withFetch } from '@angular/common/http';
import { InMemoryCache } from '@apollo/client';
import { Apollo, gql, provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
`
    : ''
}
@Component({
  selector: 'app-root',
  imports: [MatToolbarModule, MatButtonModule, RouterOutlet],
  template: '<mat-toolbar>Reference</mat-toolbar><main><button mat-flat-button (click)="go()">Go</button><router-outlet /></main>',
})
class App {
  ${apollo ? 'private readonly apollo = inject(Apollo);\n  go(): void { this.apollo.query({ query: gql`query Viewer { viewer { id } }` }).subscribe(); }' : 'go(): void { console.log("go"); }'}
}

bootstrapApplication(App, {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter([]),
    ${apollo ? "provideHttpClient(withFetch()),\n    provideApollo(() => ({ link: inject(HttpLink).create({ uri: '/graphql' }), cache: new InMemoryCache() })),\n" : ''}
  ],
}).catch((error: unknown) => console.error(error));
`,
  );
  const started = performance.now();
  await runQuietly(process.execPath, [ng, 'build', '--stats-json'], { cwd: root });
  return { directory: path.join(root, 'dist'), seconds: (performance.now() - started) / 1000 };
}
