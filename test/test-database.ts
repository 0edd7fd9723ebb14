// test/test-database.ts — the Neo4j the tests of the `db` command and of its security run against: the instance the
// global setup started (test/setup/global.ts) or the NEO4J_URI given, and the CLI they run.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';
import { configFromEnv, type Neo4jConfig } from '../graph/connection.ts';

export const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'bin', 'policy-graph.js');

export const uri = inject('neo4jUri') ?? process.env.NEO4J_URI ?? '';
export const config: Neo4jConfig = configFromEnv({ ...process.env, NEO4J_URI: uri });
/** The port of the bundled test instance; undefined for a user-supplied database (its settings are its own). */
export const localTestPort = /^bolt:\/\/127\.0\.0\.1:(\d+)$/.exec(uri)?.[1];

/**
 * Run the real CLI (`node bin/policy-graph.js …`) without NEO4J_URI, with `env` on top of this process's environment
 * (undefined removes a variable).
 */
export function cli(
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: undefined, ...env };
  for (const key of Object.keys(childEnv)) if (childEnv[key] === undefined) delete childEnv[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: childEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
