// cli/commands/bench-graph.ts — `policy-graph bench-graph` (npm run bench:graph): Neo4j load time and query latency
// on a 10,000-document synthetic corpus, in a bench database of its own (never the user's 7687 data).

import path from 'node:path';
import { DEFAULTS, runGraphBench, type GraphBenchResult } from '../../benchmarks/graph.ts';
import type { Neo4jConfig } from '../../graph/connection.ts';
import { statementTimes } from '../../graph/store.ts';
import { withBenchNeo4j } from '../bench-neo4j.ts';
import { printResult } from '../bench-result.ts';
import { parseStrict, setWholeNumbers, USAGE_EXIT, usageError, optionSpecs } from '../strict-args.ts';

const NAME = 'policy-graph bench-graph';

export const help = `usage: policy-graph bench-graph [--documents N] [--batch-size N] [--runs N] [--port N] [--keep-db] [--wipe] [--reuse] [--json]

Builds a synthetic corpus from the real sample documents (own numbers, titles and proposals varied; cited numbers
drawn from a popularity curve so documents share citations), extracts it, loads it into Neo4j over Bolt in
batched UNWIND … MERGE transactions and times each analyst query. Prints extraction, build and load times
separately, then p50/p95 latency per query. Bars: load < 60 s (goal < 10 s), p95 < 50 ms.

Where it loads: with NEO4J_URI unset, a bench Neo4j of its own on 127.0.0.1:7689 (data in .neo4j/bench-graph),
started for the run and stopped after it. With NEO4J_URI set, that database — which the bench EMPTIES first, so
it refuses unless you also pass --wipe.

options:
  --documents N   corpus size (default ${DEFAULTS.documents})
  --batch-size N  documents per write transaction (default ${DEFAULTS.batchSize})
  --runs N        timed runs per query (default ${DEFAULTS.runs}; 0 = load only)
  --port N        Bolt port of the bench Neo4j (default 7689)
  --keep-db       leave the bench Neo4j running afterwards
  --wipe          allow emptying the database NEO4J_URI points at
  --reuse         load nothing: time the queries on the graph the database holds (NEO4J_URI, or the bench
                  Neo4j on --port with its data left by --keep-db); nothing is emptied
  --json          print the result as JSON

Set POLICY_GRAPH_PROFILE_WRITES=1 to also print the time spent per write statement.`;

const BENCH_PORT = 7689;

function report(r: GraphBenchResult, batchSize: number): string {
  const lines =
    r.documents === 0
      ? [`graph             ${r.nodes} nodes, ${r.relationships} relationships (as the database holds it)`]
      : [
          `corpus            ${r.documents} documents, ${r.corpusMB.toFixed(1)} MB (generated in ${r.generateSeconds.toFixed(2)} s)`,
          `extraction        ${r.extractSeconds.toFixed(2)} s (${(r.corpusMB / r.extractSeconds).toFixed(1)} MB/s)`,
          `build (resolve)   ${r.buildSeconds.toFixed(2)} s`,
          `schema            ${r.schemaSeconds.toFixed(2)} s`,
          `Neo4j load        ${r.loadSeconds.toFixed(2)} s over Bolt, batches of ${batchSize} (bar < 60 s, goal < 10 s) → ${r.nodes} nodes, ${r.relationships} relationships`,
        ];
  if (r.queries.length) {
    const width = Math.max(...r.queries.map((q) => q.query.length));
    lines.push('', `${'query'.padEnd(width)}   p50 ms   p95 ms   max ms  (runs)`);
    for (const q of r.queries) {
      lines.push(
        `${q.query.padEnd(width)}  ${q.p50.toFixed(1).padStart(7)}  ${q.p95.toFixed(1).padStart(7)}  ${q.max.toFixed(1).padStart(7)}  (${q.runs})${q.p95 >= 50 ? '  ← over the 50 ms bar' : ''}`,
      );
    }
  }
  if (statementTimes.size) {
    lines.push('', 'time per write statement (POLICY_GRAPH_PROFILE_WRITES=1):');
    for (const [k, v] of [...statementTimes].sort((a, b) => b[1] - a[1]))
      lines.push(`  ${(v / 1000).toFixed(2).padStart(7)} s  ${k}`);
  }
  return lines.join('\n');
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseStrict(
    NAME,
    argv,
    optionSpecs(['documents', 'batch-size', 'runs', 'port'], ['keep-db', 'wipe', 'reuse', 'json']),
    { positionals: false },
  );
  if (!parsed) return USAGE_EXIT;
  const { values } = parsed;
  const o = {
    documents: DEFAULTS.documents,
    batchSize: DEFAULTS.batchSize,
    runs: DEFAULTS.runs,
    port: BENCH_PORT,
    keepDb: values['keep-db'] === true,
    wipe: values.wipe === true,
    reuse: values.reuse === true,
    json: values.json === true,
  };
  const numeric = [
    ['documents', 'documents', 1, undefined],
    ['batch-size', 'batchSize', 1, undefined],
    ['runs', 'runs', 0, undefined],
    ['port', 'port', 1, 65535],
  ] as const;
  const problem = setWholeNumbers(values, numeric, o);
  if (problem !== null) return usageError(NAME, problem);
  const log = (l: string) => process.stderr.write(`${l}\n`);

  // The bench empties the database it loads into: NEO4J_URI's only when asked to (--wipe), or to read it (--reuse).
  const checkEnv = (config: Neo4jConfig) => {
    if (!o.wipe && !o.reuse) {
      process.stderr.write(
        `${NAME}: NEO4J_URI is set (${config.uri}); the benchmark deletes everything in that database first. ` +
          'Pass --wipe if that is what you want, or unset NEO4J_URI to use a bench Neo4j of its own on port 7689.\n',
      );
      return 2;
    }
    log(`using NEO4J_URI=${config.uri}${o.reuse ? ' as it is' : ' (it will be emptied)'}.`);
    return null;
  };
  const dataDir = path.join('.neo4j', 'bench-graph');
  return withBenchNeo4j({ name: NAME, port: o.port, dataDir, keepDb: o.keepDb, log, checkEnv }, async (db) => {
    const result = await runGraphBench({
      config: db.config,
      documents: o.documents,
      batchSize: o.batchSize,
      runs: o.runs,
      log,
      reuse: o.reuse,
    });
    printResult(result, o.json, (r) => report(r, o.batchSize));
    return 0;
  });
}
