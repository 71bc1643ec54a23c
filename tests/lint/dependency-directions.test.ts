import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Linter } from 'eslint';

// The dependency directions of STYLE.md ("Where things live"), linted through the real
// eslint.config.mjs. Files are virtual: lintText only needs a path to pick the scoped config.

const repositoryRoot = path.resolve(__dirname, '../..');
const ruleId = 'no-restricted-imports';

// ESLint loads eslint.config.mjs with import(), which Jest's module sandbox refuses without
// --experimental-vm-modules; a worker thread runs ESLint's Node API outside the sandbox.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { ESLint } = require(workerData.eslintPath);
const eslint = new ESLint({ cwd: workerData.cwd });
parentPort.on('message', async ({ id, code, filePath }) => {
  try {
    const [result] = await eslint.lintText(code, { filePath });
    parentPort.postMessage({ id, messages: result.messages });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack || error) });
  }
});
`;

let worker: Worker;
let nextRequestId = 0;

beforeAll(() => {
  worker = new Worker(workerSource, {
    eval: true,
    workerData: { cwd: repositoryRoot, eslintPath: require.resolve('eslint') },
  });
});

afterAll(() => worker.terminate());

/** Lints `code` as if it were the file at `filePath` (relative to the repository root). */
function lint(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const id = nextRequestId++;
  return new Promise((resolve, reject) => {
    const onMessage = (reply: { id: number; messages?: Linter.LintMessage[]; error?: string }) => {
      if (reply.id !== id) return;
      worker.off('message', onMessage);
      if (reply.error) reject(new Error(reply.error));
      else resolve(reply.messages ?? []);
    };
    worker.on('message', onMessage);
    worker.postMessage({ id, code, filePath: path.join(repositoryRoot, filePath) });
  });
}

/** The import-direction errors for one import statement in the given file. */
async function importErrors(filePath: string, source: string): Promise<string[]> {
  const messages = await lint(filePath, `import { thing } from '${source}';\nexport { thing };\n`);
  const fatal = messages.filter((message) => message.fatal);
  expect(fatal).toEqual([]);
  return messages.filter((message) => message.ruleId === ruleId).map((message) => message.message);
}

async function expectForbidden(filePath: string, source: string, explanation: string) {
  const errors = await importErrors(filePath, source);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain(explanation);
}

async function expectAllowed(filePath: string, source: string) {
  expect(await importErrors(filePath, source)).toEqual([]);
}

const uiComponent = 'apps/dashboard/src/app/caseload/ui/goal-card.ts';
const sharedUiComponent = 'apps/dashboard/src/app/shared/ui/empty-state.ts';
const dataAccess = 'apps/dashboard/src/app/caseload/data-access/caseload.store.ts';
const featureContainer = 'apps/dashboard/src/app/caseload/feature/caseload-page.ts';
const shellComponent = 'apps/dashboard/src/app/shell/shell.ts';
const apiModule = 'apps/api/src/clients/client.service.ts';
const sharedLibrary = 'libs/shared/src/domain/goal.ts';

describe('ui components', () => {
  const explanation = 'ui components take inputs and emit outputs';

  test('a ui component may not import data access', async () => {
    await expectForbidden(uiComponent, '../data-access/caseload.store', explanation);
    await expectForbidden(uiComponent, '../../sessions/data-access', explanation);
    await expectAllowed(uiComponent, './milestone-list');
  });

  test('a ui component may not import a feature container', async () => {
    await expectForbidden(uiComponent, '../feature/caseload-page', 'never the other way round');
    await expectForbidden(sharedUiComponent, '../../caseload/feature', 'never the other way round');
    await expectAllowed(uiComponent, '../../sessions/ui/session-chip');
  });

  test('a ui component may not touch the NgRx store', async () => {
    await expectForbidden(uiComponent, '@ngrx/store', 'never touch the NgRx store or Apollo');
    await expectForbidden(uiComponent, '@ngrx/signals', 'never touch the NgRx store or Apollo');
    await expectAllowed(uiComponent, '@angular/core');
  });

  test('a ui component may not import the Apollo client', async () => {
    await expectForbidden(uiComponent, 'apollo-angular', 'never touch the NgRx store or Apollo');
    await expectForbidden(uiComponent, '@apollo/client', 'never touch the NgRx store or Apollo');
    await expectForbidden(
      uiComponent,
      '@apollo/client/core',
      'never touch the NgRx store or Apollo',
    );
    await expectAllowed(uiComponent, 'rxjs');
  });

  test('a ui component may use shared code, Angular Material and the CDK', async () => {
    for (const source of [
      '../../shared/relative-day',
      '@waypoint/shared',
      '@angular/material/button',
      '@angular/cdk/a11y',
      'rxjs/operators',
    ]) {
      await expectAllowed(uiComponent, source);
    }
  });

  test('a ui component still may not import the API', async () => {
    await expectForbidden(uiComponent, '../../../../../api/src/server', 'never imports the API');
  });
});

describe('data access', () => {
  const explanation = 'data-access may use shared only';

  test('data access may not import a feature', async () => {
    await expectForbidden(dataAccess, '../feature/caseload-page', explanation);
    await expectAllowed(dataAccess, '../../shared/relative-day');
  });

  test('data access may not import ui components', async () => {
    await expectForbidden(dataAccess, '../ui/goal-card', explanation);
    await expectForbidden(dataAccess, '../../shared/ui/empty-state', explanation);
    await expectAllowed(dataAccess, '@waypoint/shared');
  });

  test('data access may use the store and Apollo', async () => {
    await expectAllowed(dataAccess, '@ngrx/store');
    await expectAllowed(dataAccess, 'apollo-angular');
  });
});

describe('feature containers', () => {
  test('a feature container may use ui, data access and shared code', async () => {
    for (const source of [
      '../ui/goal-card',
      '../data-access/caseload.store',
      '../../shared/relative-day',
      '@waypoint/shared',
      '@ngrx/store',
      'apollo-angular',
    ]) {
      await expectAllowed(featureContainer, source);
    }
  });
});

describe('the shared library', () => {
  test('the shared library may not reach into the apps', async () => {
    const explanation = 'it may not reach into apps/';
    await expectForbidden(sharedLibrary, '../../../../apps/api/src/server', explanation);
    await expectForbidden(sharedLibrary, 'apps/dashboard/src/app/shared/relative-day', explanation);
    await expectAllowed(sharedLibrary, '../calendar');
  });

  test('the shared library may not depend on Angular, Apollo, Express or the database', async () => {
    const explanation = 'libs/shared holds framework-free domain types';
    for (const source of [
      '@angular/core',
      'express',
      'pg',
      'kysely',
      'apollo-angular',
      '@apollo/client',
      '@apollo/server',
    ]) {
      await expectForbidden(sharedLibrary, source, explanation);
    }
    await expectAllowed(sharedLibrary, './practice');
  });

  test('the shared library imports its own code relatively, not through its alias', async () => {
    await expectForbidden(
      sharedLibrary,
      '@waypoint/shared',
      'use relative imports inside the library',
    );
  });
});

describe('the two apps', () => {
  test('the dashboard may not import the API', async () => {
    const explanation = 'The dashboard never imports the API';
    await expectForbidden(
      featureContainer,
      '../../../../../api/src/clients/client.repository',
      explanation,
    );
    await expectForbidden(shellComponent, 'apps/api/src/server', explanation);
    await expectForbidden('apps/dashboard/src/main.ts', '../../api/src/config', explanation);
    await expectAllowed(shellComponent, '@waypoint/shared');
  });

  test('the API may not import the dashboard', async () => {
    const explanation = 'The API never imports the dashboard';
    await expectForbidden(apiModule, '../../../dashboard/src/app/shared/relative-day', explanation);
    await expectForbidden(apiModule, 'apps/dashboard/src/app/shared/relative-day', explanation);
    await expectAllowed(apiModule, '@waypoint/shared');
  });
});

describe('how imports are written', () => {
  test('type-only imports and re-exports follow the same directions', async () => {
    const typeImport = await lint(uiComponent, "import type { Store } from '@ngrx/store';\n");
    const reExport = await lint(uiComponent, "export * from '../data-access/caseload.store';\n");
    expect(typeImport.map((message) => message.ruleId)).toContain(ruleId);
    expect(reExport.map((message) => message.ruleId)).toContain(ruleId);
  });

  test('a name that merely contains a layer name is not mistaken for that layer', async () => {
    await expectAllowed(uiComponent, '@angular/cdk/overlay');
    await expectAllowed(uiComponent, './feature-flag-badge');
  });
});
