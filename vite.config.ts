// vite.config.ts — builds the viewer (viewer/ → dist/viewer) and configures Vitest for test/.
import { defineConfig } from 'vitest/config';

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
    include: ['test/**/*.test.ts'],
    globals: true,
    // Integration and browser tests share one Neo4j database and one server port:
    // files run one after another, tests inside a file in order.
    fileParallelism: false,
    globalSetup: ['test/setup/global.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // The JSON report lets .ci/run print a plain `N passed, N failed` closing line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
