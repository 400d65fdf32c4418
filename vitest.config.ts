import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (`main`) and ESM (`module`). Node loads the CJS build for the externalized
    // libraries (Pothos, yoga, graphql-ws) while Vite would pick the ESM build for our sources: two graphql
    // instances ("Cannot use GraphQLObjectType from another module or realm"). Use the CJS build everywhere.
    alias: [
      { find: /^graphql$/, replacement: 'graphql/index.js' },
      // The client workspace's sources (its `@switchboard/source` export condition), so tests never run a stale build.
      {
        find: /^@switchboard\/client$/,
        replacement: fileURLToPath(new URL('client/src/index.ts', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // One Redis for the whole run (REDIS_URL, or a private redis-server); tests isolate by key prefix.
    globalSetup: ['test/helpers/redis-global-setup.ts'],
    // Every stack binds port 0 and every test isolates its Redis keys, so files run in parallel, one worker per
    // core (vitest's own default is cores − 1: a single worker on a 2-core machine). VITEST_MAX_WORKERS overrides.
    pool: 'forks',
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS) || Math.max(2, availableParallelism()),
    testTimeout: 30_000,
    hookTimeout: 30_000,
    teardownTimeout: 10_000,
  },
});
