import type { Config } from 'jest';

// Real processes, real HTTP, real PostgreSQL: each test file starts its own Waypoint.
const config: Config = {
  displayName: process.env['TEST_DATABASE_ADMIN_URL']
    ? 'api (Debian PostgreSQL)'
    : 'api (embedded)',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.test.ts'],
  // Start-up and embedded-server tests do not depend on which database the others use.
  testPathIgnorePatterns: process.env['TEST_DATABASE_ADMIN_URL'] ? ['/start-up/'] : [],
  globalSetup: '<rootDir>/../support/build-api.global-setup.ts',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/../tsconfig.json' }],
    '^.+\\.(sql|graphql)$': '<rootDir>/../support/text-transform.cjs',
    '/node_modules/kysely/.+\\.js$': '<rootDir>/../support/esm-to-cjs-transform.cjs',
  },
  transformIgnorePatterns: ['/node_modules/(?!kysely/)'],
  moduleNameMapper: { '^@waypoint/shared$': '<rootDir>/../../libs/shared/src/index.ts' },
  testTimeout: 60_000,
  maxWorkers: 2,
};

export default config;
