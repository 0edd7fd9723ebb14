// vite.config.ts — builds the viewer (viewer/ → dist/viewer) and configures Vitest for test/.
import { defineConfig } from 'vitest/config';

/**
 * Tests that need nothing but the code (extraction tables, normalization, resolution, viewer labels): their files
 * run side by side, one per worker.
 */
const UNIT_TESTS = [
  'test/ingest/**/*.test.ts',
  'test/viewer/**/*.test.ts',
  'test/graph/normalize.test.ts',
  'test/graph/resolve.test.ts',
  'test/contracts/**/*.test.ts',
];

export default defineConfig({
  root: 'viewer',
  base: './',
  build: {
    outDir: '../dist/viewer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  test: {
    root: '.',
    globals: true,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // The JSON report lets .ci/run print a plain `N passed, N failed` closing line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT_TESTS } },
      {
        extends: true,
        test: {
          name: 'neo4j',
          include: ['test/**/*.test.ts'],
          exclude: UNIT_TESTS,
          // Integration and browser tests share one Neo4j database and one server port:
          // files run one after another, tests inside a file in order.
          fileParallelism: false,
          globalSetup: ['test/setup/global.ts'],
        },
      },
    ],
  },
});
