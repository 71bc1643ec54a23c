// @ts-check
import js from '@eslint/js';
import ngrx from '@ngrx/eslint-plugin';
import angular from 'angular-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Import-direction rules from STYLE.md ("Where things live"), written for ESLint's built-in
// no-restricted-imports. Regexes rather than gitignore globs, so that one pattern covers
// relative ('../data-access/x'), baseUrl ('apps/api/src/x') and alias ('@waypoint/x') forms.
// A path segment counts only in our own paths, so a package named '@foo/ui' is not caught.
const ownPathSegment = (names) => `^(\\.{1,2}/|apps/)(.*/)?(${names})(/|$)`;

const dashboardNeverImportsApi = {
  regex: '^@waypoint/api(/|$)|(^|/)apps/api(/|$)|^(\\.\\./)+api/src(/|$)',
  message:
    'The dashboard never imports the API: they meet only at the GraphQL schema. Put shared types in libs/shared (@waypoint/shared) or use the generated GraphQL types.',
};

const apiNeverImportsDashboard = {
  regex: '^@waypoint/dashboard(/|$)|(^|/)apps/dashboard(/|$)|^(\\.\\./)+dashboard/src(/|$)',
  message:
    'The API never imports the dashboard. Code both apps need belongs in libs/shared (@waypoint/shared).',
};

const uiStaysPresentational = [
  {
    regex: ownPathSegment('data-access'),
    message:
      'ui components take inputs and emit outputs; move data access to a feature container and pass the data in as an input.',
  },
  {
    regex: ownPathSegment('feature'),
    message:
      'ui components are used by features, never the other way round: ui may import only ui and shared. Emit an output and let the feature container act on it.',
  },
  {
    regex: '^(@ngrx/|apollo-angular(/|$)|@apollo/)',
    message:
      'ui components take inputs and emit outputs; they never touch the NgRx store or Apollo. Select, dispatch and query in a feature container instead.',
  },
];

const dataAccessBelowFeatures = [
  {
    regex: ownPathSegment('feature|ui'),
    message:
      'data-access may use shared only, never feature or ui: features compose data-access and ui, not the reverse. Move the shared piece to shared/ or libs/shared.',
  },
];

const sharedLibraryDependsOnNothingOfOurs = [
  {
    regex: '^(\\.\\./)+apps(/|$)|^apps/',
    message:
      'libs/shared depends on nothing of ours: it may not reach into apps/. Move the code into libs/shared, or keep it in the app.',
  },
  {
    regex: '^@waypoint/',
    message:
      'libs/shared depends on nothing of ours: use relative imports inside the library (importing its own barrel makes a cycle).',
  },
  {
    regex: '^(@angular/|@ngrx/|apollo-angular(/|$)|@apollo/|express(/|$)|pg(/|$)|kysely(/|$))',
    message:
      'libs/shared holds framework-free domain types and rules used by both apps; Angular, Apollo, Express and database code stays in the app that needs it.',
  },
];

// Flat config replaces (does not merge) a rule's options when several objects match a file,
// so each scope lists every pattern that applies to it.
const restrictImports = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.flat() }],
});

const scriptFiles = '**/*.{ts,mts,cts,js,mjs,cjs}';

export default defineConfig(
  globalIgnores(
    [
      '**/node_modules/',
      '**/dist/',
      'data/',
      '.toolchain/',
      '**/.angular/',
      '**/coverage/',
      '**/__generated__/**',
      'test-results/',
      'tmp/',
    ],
    'waypoint/ignores',
  ),

  {
    name: 'waypoint/linter-options',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // Not type-checked on purpose: type-aware rules took 3-4 times as long and twice the memory
  // even on a young repository, and need every file in some tsconfig, which lintText on the
  // virtual paths of tests/lint is not.
  {
    name: 'waypoint/typescript',
    files: [scriptFiles],
    extends: [js.configs.recommended, tseslint.configs.recommended],
  },

  // Plain JavaScript runs on Node: build scripts, the test summary, Jest transforms.
  {
    name: 'waypoint/node-scripts',
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },

  // CommonJS files (Jest transforms) exist to use require().
  {
    name: 'waypoint/commonjs',
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  // Angular component and directive classes; the processor hands inline templates to the
  // template block below as virtual .html files.
  {
    name: 'waypoint/dashboard/angular',
    files: ['apps/dashboard/**/*.ts'],
    extends: [angular.configs.tsRecommended],
    processor: angular.processInlineTemplates,
    rules: {
      // The prefix set in angular.json, so our elements never clash with Material's or HTML's.
      '@angular-eslint/component-selector': [
        'error',
        { type: 'element', prefix: 'wp', style: 'kebab-case' },
      ],
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'wp', style: 'camelCase' },
      ],
    },
  },

  // External and inline templates, including the accessibility rules (clinicians use keyboards
  // and screen readers too).
  {
    name: 'waypoint/dashboard/templates',
    files: ['apps/dashboard/**/*.html'],
    extends: [angular.configs.templateRecommended, angular.configs.templateAccessibility],
  },

  // NgRx store, effects, signal store and operators; component-store is not used here.
  {
    name: 'waypoint/dashboard/ngrx',
    files: ['apps/dashboard/**/*.ts'],
    extends: [
      ngrx.configs.store,
      ngrx.configs.effects,
      ngrx.configs.signals,
      ngrx.configs.operators,
    ],
  },

  // Dependency directions. Later scopes are more specific and repeat the wider rules.
  {
    name: 'waypoint/boundaries/dashboard',
    files: [`apps/dashboard/${scriptFiles}`],
    rules: restrictImports(dashboardNeverImportsApi),
  },
  {
    name: 'waypoint/boundaries/dashboard-ui',
    files: ['apps/dashboard/src/app/**/ui/**/*.ts'],
    rules: restrictImports(dashboardNeverImportsApi, uiStaysPresentational),
  },
  {
    name: 'waypoint/boundaries/dashboard-data-access',
    files: ['apps/dashboard/src/app/**/data-access/**/*.ts'],
    rules: restrictImports(dashboardNeverImportsApi, dataAccessBelowFeatures),
  },
  {
    name: 'waypoint/boundaries/api',
    files: [`apps/api/${scriptFiles}`],
    rules: restrictImports(apiNeverImportsDashboard),
  },
  {
    name: 'waypoint/boundaries/shared-library',
    files: [`libs/shared/src/${scriptFiles}`],
    rules: restrictImports(sharedLibraryDependsOnNothingOfOurs),
  },
);
