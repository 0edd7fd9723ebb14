// test/setup/global.ts — Vitest global setup: a real Neo4j for the integration tests.
// Starts (or reuses) a separate TEST instance on 127.0.0.1:7688, so tests never touch the user's data (7687 or NEO4J_URI).

import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { parsePort } from '../../graph/connection.ts';
import { LAYOUT, LocalNeo4jError, startLocal, stopLocal, type StartResult } from '../../graph/local-neo4j.ts';
import { ensureLocalPassword } from '../../graph/local-password.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Bolt URI the tests use: POLICY_GRAPH_TEST_NEO4J_URI as given, or the test instance this setup started. */
    neo4jUri: string;
  }
}

/** The test instance's port: POLICY_GRAPH_TEST_PORT, default 7688 (the user's own local Neo4j is on 7687). */
export const DEFAULT_TEST_PORT = 7688;

export function testDataDir(port: number): string {
  return path.join(LAYOUT.home, `data-test-${port}`);
}

const note = (line: string) => process.stderr.write(`[test setup] ${line}\n`);

// ─── Leases ──────────────────────────────────────────────────────────────────────────────────
// Several test runs may share the test instance (two terminals, or helpers working side by side). Each run
// holds a lease file named by its pid; the last run out stops the instance, and only if a test run started
// it (the `started-by-tests` marker) — an instance a person started with `policy-graph db start` stays up.

function leaseDir(port: number): string {
  return path.join(LAYOUT.run, `neo4j-${port}.leases`);
}
function startedByTestsMarker(port: number): string {
  return path.join(leaseDir(port), 'started-by-tests');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Other live runs holding a lease (dead runs' leases are swept). */
function otherLeaseHolders(port: number): number[] {
  const holders: number[] = [];
  for (const name of fs.existsSync(leaseDir(port)) ? fs.readdirSync(leaseDir(port)) : []) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    if (isAlive(pid)) holders.push(pid);
    else fs.rmSync(path.join(leaseDir(port), name), { force: true });
  }
  return holders;
}

/** Start or reuse the instance; a run that lost a start race to another run reuses the winner's. */
async function startOrReuse(port: number): Promise<StartResult> {
  try {
    return await startLocal({ port, dataDir: testDataDir(port), log: note });
  } catch (err) {
    if (!(err instanceof LocalNeo4jError) || err.problem !== 'locked') throw err;
    note('another test run is starting the test Neo4j at the same moment; waiting for it.');
    return startLocal({ port, dataDir: testDataDir(port), log: note });
  }
}

export default async function setup(project: TestProject): Promise<void | (() => Promise<void>)> {
  // The tests wipe the database they run against, so they never use the user's NEO4J_URI: only a database
  // named for tests on purpose (POLICY_GRAPH_TEST_NEO4J_URI), else the test instance started here.
  const given = process.env.POLICY_GRAPH_TEST_NEO4J_URI?.trim();
  if (given) {
    note(`using POLICY_GRAPH_TEST_NEO4J_URI=${given} (nothing started; its data will be replaced).`);
    process.env.NEO4J_URI = given;
    project.provide('neo4jUri', given);
    return undefined;
  }
  if (process.env.POLICY_GRAPH_TEST_NO_DB === '1') {
    // For unit-only runs on a machine without Java: integration tests will then fail with a clear
    // DatabaseUnavailableError rather than hang.
    note('POLICY_GRAPH_TEST_NO_DB=1: no Neo4j started.');
    return undefined;
  }

  const port = parsePort(process.env.POLICY_GRAPH_TEST_PORT, DEFAULT_TEST_PORT, 'POLICY_GRAPH_TEST_PORT');
  const started = Date.now();
  fs.mkdirSync(leaseDir(port), { recursive: true });
  fs.writeFileSync(path.join(leaseDir(port), String(process.pid)), '');
  const instance = await startOrReuse(port);
  // The marker holds the launcher's pid, so a leftover marker never matches an instance a person started later.
  if (!instance.alreadyRunning) fs.writeFileSync(startedByTestsMarker(port), String(instance.pid));
  note(
    instance.alreadyRunning
      ? `reusing the test Neo4j on ${instance.uri} (pid ${instance.pid}).`
      : `started the test Neo4j on ${instance.uri} (pid ${instance.pid}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  // Workers are forked after global setup and inherit process.env; `inject('neo4jUri')` works as well.
  process.env.NEO4J_URI = instance.uri;
  // With NEO4J_URI set, clients take the password from NEO4J_PASSWORD: the one the instance was started with
  // (NEO4J_PASSWORD as given, else the generated one in .neo4j/password).
  process.env.NEO4J_PASSWORD = ensureLocalPassword();
  // A user's NEO4J_DATABASE names a database of their own server; the test instance has only the default one.
  delete process.env.NEO4J_DATABASE;
  project.provide('neo4jUri', instance.uri);

  return async () => {
    fs.rmSync(path.join(leaseDir(port), String(process.pid)), { force: true });
    // Leave it for runs still using it, for a person who started it, or when asked to keep it warm.
    if (otherLeaseHolders(port).length > 0) return;
    const marker = fs.existsSync(startedByTestsMarker(port))
      ? fs.readFileSync(startedByTestsMarker(port), 'utf8').trim()
      : '';
    if (marker !== String(instance.pid) || process.env.POLICY_GRAPH_TEST_KEEP_DB === '1') return;
    const stopped = await stopLocal(port);
    fs.rmSync(startedByTestsMarker(port), { force: true });
    note(`stopped the test Neo4j on port ${port} in ${(stopped.ms / 1000).toFixed(1)} s.`);
  };
}
