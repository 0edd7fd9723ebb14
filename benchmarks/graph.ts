// benchmarks/graph.ts — the graph benchmark: load a 10,000-document synthetic corpus into Neo4j over Bolt, then time the queries.
// Extraction, graph building and the Neo4j load are timed separately; each query runs many times for p50/p95.

import type { Neo4jConfig } from '../graph/connection.ts';
import { runRead, type ReadQuery } from '../graph/connection.ts';
import { buildContext, buildWrites } from '../graph/build.ts';
import * as q from '../graph/queries.ts';
import { PATH_DEFAULTS } from '../contracts/settings.ts';
import { pathsQuery } from '../graph/paths.ts';
import { ensureSchema } from '../graph/schema.ts';
import { BATCH_SIZE } from '../contracts/settings.ts';
import { clearGraph, graphCounts, writeDocuments } from '../graph/store.ts';
import { extractText } from '../ingest/extract.ts';
import { generateCorpus } from './graph-corpus.ts';

export interface GraphBenchOptions {
  config: Neo4jConfig;
  documents: number;
  batchSize: number;
  /** Timed runs per query (after warm-up runs). */
  runs: number;
  log: (line: string) => void;
  /** Time the queries on the graph the database already holds (load nothing). */
  reuse?: boolean;
}

export interface QueryTiming {
  query: string;
  p50: number;
  p95: number;
  max: number;
  runs: number;
}

export interface GraphBenchResult {
  documents: number;
  corpusMB: number;
  generateSeconds: number;
  extractSeconds: number;
  buildSeconds: number;
  schemaSeconds: number;
  loadSeconds: number;
  nodes: number;
  relationships: number;
  queries: QueryTiming[];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

async function time<T>(f: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await f();
  return [r, (performance.now() - t0) / 1000];
}

/** Inputs for the queries, taken from the loaded graph so every query has real work to do. */
async function sampleInputs(config: Neo4jConfig) {
  return runRead(
    {
      query: `CALL { MATCH (d:Document) WHERE d.docNumber IS NOT NULL
                     WITH d, COUNT { (d)<-[:CITES]-() } AS c ORDER BY c DESC LIMIT 40 RETURN collect(d.docNumber) AS cited }
              CALL { MATCH (d:Document) WHERE d.ingested = true WITH d ORDER BY d.id LIMIT 400 RETURN collect(d.id) AS ingested }
              CALL { MATCH (a:Agency) WITH a, COUNT { (a)<-[:MENTIONS]-() } AS c ORDER BY c DESC LIMIT 20
                     RETURN collect(a.name) AS agencies, collect(coalesce(a.aliases[0], a.name)) AS aliases }
              CALL { MATCH (d:Document) WHERE d.title IS NOT NULL AND NOT d.ingested WITH d ORDER BY d.id LIMIT 40
                     RETURN collect(substring(d.title, 2, 6)) AS parts }
              RETURN cited, ingested, agencies, aliases, parts`,
      params: {},
      // One row of lists of strings, one per column.
      transform: (records) =>
        records[0]!.toObject() as Record<'cited' | 'ingested' | 'agencies' | 'aliases' | 'parts', string[]>,
    },
    config,
  );
}

export async function runGraphBench(o: GraphBenchOptions): Promise<GraphBenchResult> {
  if (o.reuse) {
    const counts = await graphCounts(o.config);
    o.log(`timing the queries on the graph as it is: ${counts.nodes} nodes, ${counts.relationships} relationships`);
    return {
      documents: 0,
      corpusMB: 0,
      generateSeconds: 0,
      extractSeconds: 0,
      buildSeconds: 0,
      schemaSeconds: 0,
      loadSeconds: 0,
      ...counts,
      queries: await timeQueries(o),
    };
  }
  const { log } = o;
  log(`generating ${o.documents} documents from samples/corpus …`);
  const [docs, generateSeconds] = await time(() => generateCorpus({ count: o.documents }));
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const corpusMB = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;
  log(
    `  ${docs.length} documents, ${(chars / 1e6).toFixed(1)} M characters (${corpusMB.toFixed(1)} MB UTF-8) in ${generateSeconds.toFixed(2)} s`,
  );

  log('extracting …');
  const [extractions, extractSeconds] = await time(() =>
    docs.map((d) => extractText(d.text, { file: `${d.name}.txt` })),
  );
  log(`  extraction: ${extractSeconds.toFixed(2)} s`);

  log('building the graph rows (resolution, pinyin) …');
  const [writes, buildSeconds] = await time(() => buildWrites(extractions, buildContext(extractions)));
  log(`  build: ${buildSeconds.toFixed(2)} s`);

  log(`clearing the bench database at ${o.config.uri} and creating the schema …`);
  await clearGraph(o.config);
  const [, schemaSeconds] = await time(() => ensureSchema(o.config));
  log(`  schema: ${schemaSeconds.toFixed(2)} s`);

  log(`loading over Bolt (batches of ${o.batchSize} documents, UNWIND … MERGE) …`);
  let lastPct = -1;
  const [summary, loadSeconds] = await time(() =>
    writeDocuments(writes, {
      config: o.config,
      batchSize: o.batchSize,
      force: true,
      onProgress: (done, total) => {
        const pct = Math.floor((done / Math.max(1, total)) * 10) * 10;
        if (pct !== lastPct) log(`  ${pct}% (${done}/${total})`);
        lastPct = pct;
      },
    }),
  );
  const counts = await graphCounts(o.config);
  log(
    `  load: ${loadSeconds.toFixed(2)} s for ${summary.written} documents in ${summary.batches} transactions → ${counts.nodes} nodes, ${counts.relationships} relationships`,
  );

  return {
    documents: docs.length,
    corpusMB,
    generateSeconds,
    extractSeconds,
    buildSeconds,
    schemaSeconds,
    loadSeconds,
    nodes: counts.nodes,
    relationships: counts.relationships,
    queries: await timeQueries(o),
  };
}

/** p50/p95 of each analyst query on the graph in the database (inputs sampled from it). */
async function timeQueries(o: GraphBenchOptions): Promise<QueryTiming[]> {
  const { log } = o;
  const inputs = await sampleInputs(o.config);
  const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]!;
  // The query builders of graph/queries.ts, run against the bench database (the exported functions use NEO4J_URI).
  const read = <T>(query: ReadQuery<T>) => runRead(query, o.config);
  const cases: { name: string; run: (i: number) => Promise<unknown> }[] = [
    { name: 'cited-by (number)', run: (i) => read(q.citedByQuery(pick(inputs.cited, i))) },
    {
      name: 'cited-by --sort date',
      run: (i) => read(q.citedByQuery(pick(inputs.cited, i), { sort: 'date', limit: 50 })),
    },
    { name: 'co-cited', run: (i) => read(q.coCitedQuery(pick(inputs.cited, i))) },
    { name: 'same-citations', run: (i) => read(q.sameCitationsQuery(pick(inputs.ingested, i))) },
    { name: 'agency (alias)', run: (i) => read(q.agencyPortfolioQuery(pick(inputs.aliases, i))) },
    {
      name: 'path',
      run: (i) => read(pathsQuery(pick(inputs.ingested, i), `doc:${pick(inputs.cited, i + 7)}`, PATH_DEFAULTS)),
    },
    { name: 'search (title part)', run: (i) => read(q.searchQuery(pick(inputs.parts, i))) },
    {
      name: 'search (pinyin initials)',
      run: (i) => read(q.searchQuery(pick(['kjj', 'cqskxjsj', 'zscq', 'fhzt', 'jyw'], i))),
    },
    { name: 'resolve (part of title)', run: (i) => read(q.resolveNodeQuery(pick(inputs.parts, i))) },
    { name: 'node details', run: (i) => read(q.nodeDetailsQuery(pick(inputs.ingested, i))) },
    { name: 'neighbourhood', run: (i) => read(q.neighbourhoodQuery(`doc:${pick(inputs.cited, i)}`)) },
    { name: 'document text', run: (i) => read(q.documentTextQuery(pick(inputs.ingested, i))) },
    { name: 'top-cited', run: () => read(q.topCitedQuery(20)) },
    { name: 'timeline', run: () => read(q.timelineQuery()) },
    { name: 'overview (300)', run: () => read(q.overviewQuery(300)) },
  ];
  const queries: QueryTiming[] = [];
  log(`querying (${o.runs} timed runs each, after ${WARM_UP_RUNS} warm-up runs) …`);
  for (const c of o.runs > 0 ? cases : []) {
    log(`  ${c.name} …`);
    for (let i = 0; i < WARM_UP_RUNS; i++) await c.run(i);
    const ms: number[] = [];
    for (let i = 0; i < o.runs; i++) {
      const t0 = performance.now();
      await c.run(i);
      ms.push(performance.now() - t0);
    }
    ms.sort((a, b) => a - b);
    queries.push({
      query: c.name,
      p50: percentile(ms, 50),
      p95: percentile(ms, 95),
      max: ms[ms.length - 1]!,
      runs: ms.length,
    });
  }
  return queries;
}

/** Untimed runs first: a freshly started bench Neo4j plans each query and warms its JIT and page cache. */
const WARM_UP_RUNS = 20;

export const DEFAULTS = { documents: 10_000, batchSize: BATCH_SIZE.default, runs: 100 };
