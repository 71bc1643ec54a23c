import type { Config } from 'jest';

// Lint tests load the real eslint.config.mjs from the repository root.
const config: Config = {
  displayName: 'lint',
  testEnvironment: 'node',
  rootDir: '../..',
  roots: ['<rootDir>/tests/lint'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }] },
};

export default config;
