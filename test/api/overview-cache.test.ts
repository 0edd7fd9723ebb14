// test/api/overview-cache.test.ts — the overview is served from a cache keyed by the graph's version: repeated reads
// hit it, and an ingest (any committed write) makes the next read compute the new overview. Real Neo4j, real server.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDriver, graphVersion, runRead, runWrite } from '../../graph/connection.ts';
import { overviewQuery } from '../../graph/queries.ts';
import type { OverviewAnswer, Subgraph } from '../../contracts/api.ts';
import { overviewCache } from '../../server/api.ts';
import { createServer, type RunningServer } from '../../server/app.ts';
import { CORPUS, emptyGraph, ingestQuiet, testConfig } from '../graph/helpers.ts';
import { apiGet } from './http.ts';

/** The reply that joins the graph later: it cites and answers things the other 24 documents do not all have. */
const LATE = 'cq-kjj-2023-0035-reply.txt';

let server: RunningServer;
let dir: string;

async function overview(limit = 300): Promise<Subgraph> {
  const res = await apiGet(server.url, '/api/overview', { limit: String(limit) });
  expect(res.status, res.body.slice(0, 200)).toBe(200);
  return res.json as Subgraph;
}

/** The same overview straight from Neo4j, uncached (edges in a stable order). */
async function fresh(limit = 300): Promise<Subgraph> {
  return JSON.parse(JSON.stringify(await runRead(overviewQuery(limit), testConfig()))) as Subgraph;
}

/** The graph part of an answer (the server adds `positions`, its layout: server/layout.ts), edges in a stable order. */
const sorted = (g: Subgraph) => {
  const { positions: _layout, ...graph } = g as OverviewAnswer;
  return { ...graph, edges: [...g.edges].sort((a, b) => (a.id < b.id ? -1 : 1)) };
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pg-overview-'));
  for (const f of readdirSync(CORPUS)) if (f.endsWith('.txt') && f !== LATE) cpSync(join(CORPUS, f), join(dir, f));
  await emptyGraph();
  expect((await ingestQuiet([dir])).written).toBe(24);
  server = await createServer({ port: 0 });
  overviewCache.clear();
});

afterAll(async () => {
  await server?.close();
  await closeDriver();
  rmSync(dir, { recursive: true, force: true });
});

test('the graph version names the last committed write: reads leave it, a write moves it', async () => {
  const v1 = await graphVersion(testConfig());
  expect(v1).not.toBe('');
  await runRead(overviewQuery(10), testConfig());
  expect(await graphVersion(testConfig())).toBe(v1);
  await runWrite((tx) => tx.run('CREATE (:CacheProbe)'), testConfig());
  const v2 = await graphVersion(testConfig());
  expect(v2).not.toBe(v1);
  await runWrite((tx) => tx.run('MATCH (n:CacheProbe) DELETE n'), testConfig());
  expect(await graphVersion(testConfig())).not.toBe(v2);
  // A transaction that changes nothing in the end (created and deleted inside it) commits nothing: same version.
  const v3 = await graphVersion(testConfig());
  await runWrite((tx) => tx.run('CREATE (n:CacheProbe) DELETE n'), testConfig());
  expect(await graphVersion(testConfig())).toBe(v3);
});

test('repeated reads of the same overview are computed once, and equal what Neo4j says', async () => {
  const first = await overview();
  expect(overviewCache.stats).toEqual({ hits: 0, misses: 1 });
  const again = await overview();
  expect(again).toEqual(first);
  expect(overviewCache.stats).toEqual({ hits: 1, misses: 1 });
  expect(sorted(first)).toEqual(sorted(await fresh()));
  // Laid out once with it: a position per node.
  expect((first as OverviewAnswer).positions).toHaveLength(first.nodes.length * 2);
  // Another size is another entry.
  await overview(20);
  expect(overviewCache.stats).toEqual({ hits: 1, misses: 2 });
  await Promise.all([overview(), overview(), overview(20)]);
  expect(overviewCache.stats).toEqual({ hits: 4, misses: 2 });
});

test('an ingest invalidates it: the next read is the new graph', async () => {
  const before = await overview();
  const r = await ingestQuiet([join(CORPUS, LATE)]);
  expect(r.written).toBe(1);
  const misses = overviewCache.stats.misses;
  const after = await overview();
  expect(overviewCache.stats.misses).toBe(misses + 1);
  expect(after).not.toEqual(before);
  expect(after.nodes.map((n) => n.id)).toContain('doc:渝科局函〔2023〕349号');
  expect(sorted(after)).toEqual(sorted(await fresh()));
  // And it is cached again from there.
  await overview();
  expect(overviewCache.stats.misses).toBe(misses + 1);
});
