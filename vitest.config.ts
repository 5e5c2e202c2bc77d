import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // PIN hashing is deliberately slow (scrypt); on a busy two-core machine a test that logs
    // several members in can take more than the default five seconds.
    testTimeout: 30_000,
  },
});
