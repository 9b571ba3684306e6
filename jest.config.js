/**
 * Payload 3 is ESM-only, so tests run as native ES modules (NODE_OPTIONS=--experimental-vm-modules,
 * set by `npm test`) with SWC stripping the types.
 * @type {import('jest').Config}
 */
export default {
  testEnvironment: 'node',
  // Lexical's plain `node` entry points wrap themselves in top-level await, which can deadlock
  // Node 20's module loader; the `development` entry is the same code without the wrapper.
  testEnvironmentOptions: { customExportConditions: ['development', 'node', 'node-addons'] },
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  globalSetup: '<rootDir>/test/globalSetup.ts',
  globalTeardown: '<rootDir>/test/globalTeardown.ts',
  // Booting Payload and starting servers takes seconds on a 2-core machine.
  testTimeout: 120_000,
  slowTestThreshold: 30,
}
