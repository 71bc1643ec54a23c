import type { Config } from 'jest';

// Browser journeys: Debian Chromium through playwright-core against the real built product.
const config: Config = {
  displayName: 'browser',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.test.ts'],
  globalSetup: '<rootDir>/../support/build-api.global-setup.ts',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/../tsconfig.json' }] },
  moduleNameMapper: { '^@waypoint/shared$': '<rootDir>/../../libs/shared/src/index.ts' },
  testTimeout: 60_000,
  maxWorkers: 1,
};

export default config;
