import { defineConfig } from 'vitest/config';

// Two tiers: unit tests (pure logic, no database) and integration tests, which share one
// throw-away Neo4j started by tests/helpers/global-setup.ts on free ports in a temporary folder
// (never the user's database). Integration files run one at a time: they share that database.
export default defineConfig({
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
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
