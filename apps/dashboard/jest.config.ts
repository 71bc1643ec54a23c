import type { Config } from 'jest';

// The preset reads <rootDir>/tsconfig.spec.json and transforms Angular's .mjs bundles.
const config: Config = {
  displayName: 'dashboard',
  preset: 'jest-preset-angular',
  testEnvironment: 'jest-preset-angular/environments/jest-jsdom-env',
  roots: ['<rootDir>/src'],
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  moduleNameMapper: {
    '^@waypoint/shared$': '<rootDir>/../../libs/shared/src/index.ts',
  },
};

export default config;
