// testkit/run-cli.ts — the real command line as a user runs it (`node bin/policy-graph.js …`), waited for: for tests
// that check a command's exit code and what it prints. One runner, so every such test runs the command the same way.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../bin/policy-graph.js', import.meta.url));
/** A hung command fails its test instead of holding the run; a command over the sample corpus takes seconds. */
export const CLI_TIMEOUT_MS = 60_000;
/** Room for `extract --json` over every sample document. */
const CLI_MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/** Runs `policy-graph args…` in this process's directory; `env` goes on top of this process's environment. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: CLI_TIMEOUT_MS,
    maxBuffer: CLI_MAX_OUTPUT_BYTES,
  });
}
