import type { Config } from 'jest';

const config: Config = {
  displayName: 'api',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.app.json' }],
    // Migrations, the schema and word lists are bundled as text in the build; the same here.
    '^.+\\.(sql|graphql|txt)$': '<rootDir>/../../tests/support/text-transform.cjs',
    '/node_modules/kysely/.+\\.js$': '<rootDir>/../../tests/support/esm-to-cjs-transform.cjs',
  },
  transformIgnorePatterns: ['/node_modules/(?!kysely/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json', 'sql', 'graphql', 'txt'],
  moduleNameMapper: {
    '^@waypoint/shared$': '<rootDir>/../../libs/shared/src/index.ts',
    '^@waypoint/shared/graphql/(.*)$': '<rootDir>/../../libs/shared/src/graphql/$1',
  },
};

export default config;
