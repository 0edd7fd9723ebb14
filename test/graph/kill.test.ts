// test/graph/kill.test.ts — kill an ingest midway (SIGKILL, no chance to clean up), run it again: the same graph as a clean run.
// A synthetic corpus built from the real samples is large enough that the kill lands between committed batches.

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, writeCorpus } from '../../benchmarks/graph-corpus.ts';
import { closeDriver, runRead, toNumber } from '../../graph/connection.ts';
import { canonicalDump } from './canonical-dump.ts';
import { emptyGraph, testConfig } from './helpers.ts';

const DOCUMENTS = 1200;
const BATCH = 40;

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pg-kill-'));
  writeCorpus(generateCorpus({ count: DOCUMENTS, seed: 11 }), dir);
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await closeDriver();
});

function ingestArgs(): string[] {
  return ['bin/policy-graph.js', 'ingest', dir, '--batch-size', String(BATCH)];
}

async function ingestedDocuments(): Promise<number> {
  return runRead(
    {
      query: 'MATCH (d:Document) WHERE d.ingested = true RETURN count(d) AS n',
      params: {},
      transform: (r) => toNumber(r[0]!.get('n')),
    },
    testConfig(),
  );
}

/** Start an ingest and SIGKILL it once `after` documents are committed; resolves with what it had printed. */
function ingestAndKill(after: number): Promise<{ killedAt: number; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ingestArgs(), { env: process.env, stdio: ['ignore', 'ignore', 'pipe'] });
    let killedAt = -1;
    let buffer = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      buffer += chunk;
      for (const m of buffer.matchAll(/writing\s+\[[#.]+\] (\d+)\/(\d+)/g)) {
        const done = Number(m[1]);
        if (killedAt < 0 && done >= after && done < Number(m[2])) {
          killedAt = done;
          child.kill('SIGKILL');
        }
      }
      buffer = buffer.slice(-200);
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ killedAt, signal }));
  });
}

test('an ingest killed midway and run again gives exactly the graph of a clean run', async () => {
  await emptyGraph();
  const clean = spawnSync(process.execPath, ingestArgs(), { env: process.env, encoding: 'utf8', timeout: 600_000 });
  expect(clean.status, clean.stderr.slice(-500)).toBe(0);
  const cleanDump = await canonicalDump(testConfig());
  expect(await ingestedDocuments()).toBe(DOCUMENTS);

  await emptyGraph();
  const killed = await ingestAndKill(BATCH * 3);
  expect(killed.signal).toBe('SIGKILL');
  expect(killed.killedAt).toBeGreaterThanOrEqual(BATCH * 3);
  // Whole batches only: the batch in flight when the process died left nothing behind.
  const partial = await ingestedDocuments();
  expect(partial).toBeGreaterThan(0);
  expect(partial).toBeLessThan(DOCUMENTS);
  expect(partial % BATCH).toBe(0);

  const rerun = spawnSync(process.execPath, ingestArgs(), { env: process.env, encoding: 'utf8', timeout: 600_000 });
  expect(rerun.status, rerun.stderr.slice(-500)).toBe(0);
  // What the killed run committed is not written again — except documents it wrote before a title they cite by
  // name was known under its final number (an ingest writes batches while still reading files, and would have
  // rewritten them at its end): the rerun writes those again, so at most a few more than the missing ones.
  const counts = /(\d+) written, (\d+) unchanged/.exec(rerun.stdout);
  expect(counts, rerun.stdout).not.toBeNull();
  const [written, unchanged] = [Number(counts![1]), Number(counts![2])];
  expect(written + unchanged).toBe(DOCUMENTS);
  expect(written).toBeGreaterThanOrEqual(DOCUMENTS - partial);
  expect(written - (DOCUMENTS - partial)).toBeLessThanOrEqual(partial / 10);
  const rerunDump = await canonicalDump(testConfig());
  if (rerunDump !== cleanDump) {
    // Name the first differing facts rather than two huge strings.
    const a = new Set(cleanDump.split('\n'));
    const b = new Set(rerunDump.split('\n'));
    const onlyClean = [...a]
      .filter((l) => !b.has(l))
      .slice(0, 3)
      .map((l) => l.slice(0, 400));
    const onlyRerun = [...b]
      .filter((l) => !a.has(l))
      .slice(0, 3)
      .map((l) => l.slice(0, 400));
    throw new Error(
      `kill-and-rerun graph differs:\nonly in the clean run:\n${onlyClean.join('\n')}\nonly after the rerun:\n${onlyRerun.join('\n')}`,
    );
  }
}, 600_000);
