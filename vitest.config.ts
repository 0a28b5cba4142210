import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Two tiers: unit tests (pure logic, no database) and integration tests, which share one
// throw-away Neo4j started by tests/helpers/global-setup.ts on free ports in a temporary folder
// (never the user's database). Integration files run one at a time: they share that database.
export default defineConfig({
  // graphql ships both CommonJS and ESM files; type-graphql (run by Node) loads the CommonJS one,
  // so our sources must too, or `instanceof GraphQLScalarType` fails across the two copies.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          // Browser tests (tests/e2e) need the same server and database, so they share this setup.
          include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          // Conditions polled in the browser and server tests: generous, since the suite shares
          // two cores with Neo4j and Chromium (a poll ends as soon as its condition holds).
          expect: { poll: { timeout: 15_000 } },
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
