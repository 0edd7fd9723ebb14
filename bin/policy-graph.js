#!/usr/bin/env node
// bin/policy-graph.js — entry point: run the compiled CLI in dist/cli (scripts/build.mjs; `npm install` builds it).
// When a source file changed since the last build (a developer editing a rule), the build is redone first (~0.5 s,
// esbuild), so a command never runs stale code. Without esbuild (an install without dev dependencies) the existing
// build runs as it is.
import { existsSync } from 'node:fs';
import { build, isStale, OUT_DIR } from '../scripts/build.mjs';

if (isStale()) {
  try {
    await build({ quiet: true });
  } catch (err) {
    if (!existsSync(`${OUT_DIR}/main.js`)) {
      process.stderr.write(
        `policy-graph: the compiled CLI is missing and cannot be built (${err instanceof Error ? err.message : String(err)}); run \`npm install\`.\n`,
      );
      process.exit(1);
    }
  }
}
// A reader that stops early (`extract … | head`) closes the pipe: that ends the run quietly, as for any Unix filter.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = await import('../dist/cli/main.js');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`policy-graph: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
