import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The name of src/shared everywhere (as in electron.vite.config.ts and tsconfig.base.json).
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'src/shared') } },
  test: {
    pool: 'forks',
    // PIN hashing is deliberately slow (scrypt); on a busy two-core machine a test that logs
    // several members in can take more than the default five seconds.
    testTimeout: 30_000,
    // The test switch for the key stretching of handover codes (docs/sync-format.md), honoured
    // by the set-up file: packages in unit tests use the test-only lower cost, except where a
    // test asks for the real one.
    env: { PRECINCT_DESK_TEST_KDF: '1' },
    setupFiles: ['tests/support/test-cost.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // The renderer's component tests: a screen rendered into happy-dom's document, driven
        // by clicks and typing, over a typed stand-in for the contract (api/mock-precinct.ts).
        extends: true,
        test: {
          name: 'components',
          include: ['src/renderer/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['src/renderer/src/api/component-setup.ts'],
        },
      },
    ],
  },
});
