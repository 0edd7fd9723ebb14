#!/usr/bin/env node
// bin/policy-graph.js — entry point: load the TypeScript sources through tsx and run the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`policy-graph: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
