import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One Redis for the whole run (REDIS_URL, or a private redis-server); tests isolate by key prefix.
    globalSetup: ['test/helpers/redis-global-setup.ts'],
    // Every stack binds port 0, so files run in parallel on both cores.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    teardownTimeout: 10_000,
  },
});
