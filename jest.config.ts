import type { Config } from 'jest';

// Unit tests sit beside their code; tests/ has its own configs for what crosses app boundaries.
const config: Config = {
  projects: ['<rootDir>/libs/shared', '<rootDir>/apps/api', '<rootDir>/apps/dashboard'],
};

export default config;
