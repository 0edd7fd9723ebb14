// cli/commands/bench-api.ts — `policy-graph bench-api` (npm run bench:api): N concurrent clients against the real
// API server over the real Neo4j for a fixed time; prints requests/s, p50/p95/p99, errors and RSS before/after.

import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_BENCH_DEFAULTS, P95_TARGET_MS, runApiBench, type ApiBenchResult } from '../../benchmarks/api.ts';
import { DEFAULTS as GRAPH_DEFAULTS, runGraphBench } from '../../benchmarks/graph.ts';
import { runRead, toNumber, type Neo4jConfig } from '../../graph/connection.ts';
import { withBenchNeo4j } from '../bench-neo4j.ts';
import { printResult } from '../bench-result.ts';
import { parseStrict, setWholeNumbers, USAGE_EXIT, usageError, optionSpecs } from '../strict-args.ts';
import { ingestFiles } from '../ingest-files.ts';

const NAME = 'policy-graph bench-api';

export const help = `usage: policy-graph bench-api [--clients N] [--seconds N] [--warm-up N] [--corpus generated|samples]
                           [--documents N] [--port N] [--reload] [--keep-db] [--json]

Starts the API server (\`serve --api-only\`, its own process) over a Neo4j holding a corpus, then runs N clients
(one keep-alive connection each, one request at a time) for a fixed time with the analyst mix: search 30%,
cited-by 20%, node 20%, neighbourhood 20%, overview 10%. Prints requests/s, p50/p95/p99 overall and per endpoint,
errors, and the RSS of the server and of the load generator before and after. Target: p95 < ${P95_TARGET_MS} ms at 20
clients, 0 errors.

Where it reads: with NEO4J_URI unset, a bench Neo4j of its own on 127.0.0.1:7690 (data in .neo4j/bench-api-…),
loaded the first time with the corpus (the 10,000-document graph bench-graph builds, or the 25 samples) and
reused afterwards. With NEO4J_URI set, that database as it is (the benchmark only reads).

options:
  --clients N     concurrent clients (default ${API_BENCH_DEFAULTS.clients})
  --seconds N     measured duration (default ${API_BENCH_DEFAULTS.seconds})
  --warm-up N     unmeasured seconds before (default ${API_BENCH_DEFAULTS.warmUpSeconds})
  --corpus C      generated (default; --documents N, default ${GRAPH_DEFAULTS.documents}) or samples (samples/corpus)
  --port N        Bolt port of the bench Neo4j (default 7690)
  --reload        empty the bench Neo4j and load the corpus again
  --keep-db       leave the bench Neo4j running afterwards
  --json          print the result as JSON`;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BENCH_PORT = 7690;

interface Options {
  clients: number;
  seconds: number;
  warmUp: number;
  corpus: 'generated' | 'samples';
  documents: number;
  port: number;
  reload: boolean;
  keepDb: boolean;
  json: boolean;
}

/** Each numeric option: its field and the whole numbers it accepts. */
const NUMERIC = [
  ['clients', 'clients', 1, 1000],
  ['seconds', 'seconds', 1, undefined],
  ['warm-up', 'warmUp', 0, undefined],
  ['documents', 'documents', 1, undefined],
  ['port', 'port', 1, 65535],
] as const;

/** The options, or the problem in words; null when parseStrict already wrote the error. */
function parse(argv: string[]): Options | string | null {
  const parsed = parseStrict(
    NAME,
    argv,
    optionSpecs(['clients', 'seconds', 'warm-up', 'corpus', 'documents', 'port'], ['reload', 'keep-db', 'json']),
    { positionals: false },
  );
  if (!parsed) return null;
  const { values } = parsed;
  const o: Options = {
    clients: API_BENCH_DEFAULTS.clients,
    seconds: API_BENCH_DEFAULTS.seconds,
    warmUp: API_BENCH_DEFAULTS.warmUpSeconds,
    corpus: 'generated',
    documents: GRAPH_DEFAULTS.documents,
    port: BENCH_PORT,
    reload: values.reload === true,
    keepDb: values['keep-db'] === true,
    json: values.json === true,
  };
  if (values.corpus !== undefined) {
    if (values.corpus !== 'generated' && values.corpus !== 'samples') return '--corpus is generated or samples';
    o.corpus = values.corpus;
  }
  const problem = setWholeNumbers(values, NUMERIC, o);
  if (problem !== null) return problem;
  return o;
}

function report(r: ApiBenchResult): string {
  const row = (f: ApiBenchResult['all']) =>
    `${f.endpoint.padEnd(14)} ${String(f.requests).padStart(7)} ${String(f.errors).padStart(6)} ${f.p50.toFixed(1).padStart(8)} ${f.p95.toFixed(1).padStart(8)} ${f.p99.toFixed(1).padStart(8)} ${f.max.toFixed(1).padStart(8)}`;
  const verdict = r.all.p95 < P95_TARGET_MS && r.errors === 0 ? 'meets the target' : 'MISSES the target';
  return [
    `${r.clients} clients for ${r.seconds.toFixed(1)} s on a graph of ${r.nodes} nodes: ${r.requests} requests, ${r.requestsPerSecond.toFixed(1)} requests/s, ${r.errors} errors`,
    '',
    `${'endpoint'.padEnd(14)} ${'requests'.padStart(7)} ${'errors'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}`,
    ...r.endpoints.map(row),
    row(r.all),
    '',
    `RSS: server ${r.serverRssBeforeMB.toFixed(0)} → ${r.serverRssAfterMB.toFixed(0)} MB, load generator ${r.loadRssBeforeMB.toFixed(0)} → ${r.loadRssAfterMB.toFixed(0)} MB`,
    `CPU per request: server ${r.cpuMsPerRequest.server.toFixed(1)} ms, Neo4j ${Number.isNaN(r.cpuMsPerRequest.neo4j) ? 'n/a' : `${r.cpuMsPerRequest.neo4j.toFixed(1)} ms`}, load generator ${r.cpuMsPerRequest.loadGenerator.toFixed(1)} ms; load average ${r.loadAverage.toFixed(1)} on ${os.cpus().length} cores at the end`,
    ...(r.errorSamples.length ? ['errors, e.g.:', ...r.errorSamples.map((e) => `  ${e}`)] : []),
    `p95 ${r.all.p95.toFixed(1)} ms (target < ${P95_TARGET_MS} ms), ${r.errors} errors: ${verdict}.`,
  ].join('\n');
}

async function ingestedDocuments(config: Neo4jConfig): Promise<number> {
  return runRead(
    {
      query: 'MATCH (d:Document) WHERE d.ingested = true RETURN count(d) AS n',
      params: {},
      transform: (r) => toNumber(r[0]!.get('n')),
    },
    config,
  );
}

/** Load the corpus into the bench database (emptied first by the loaders or here). */
async function load(o: Options, config: Neo4jConfig, log: (l: string) => void): Promise<void> {
  if (o.corpus === 'generated') {
    await runGraphBench({ config, documents: o.documents, batchSize: GRAPH_DEFAULTS.batchSize, runs: 0, log });
    return;
  }
  const { clearGraph } = await import('../../graph/store.ts');
  await clearGraph(config);
  const r = await ingestFiles([path.join(ROOT, 'samples', 'corpus')], {
    config,
    progress: () => undefined,
    report: () => undefined,
  });
  log(`loaded samples/corpus: ${r.written} documents.`);
}

export async function run(argv: string[]): Promise<number> {
  const o = parse(argv);
  if (o === null) return USAGE_EXIT;
  if (typeof o === 'string') return usageError(NAME, o);
  const log = (l: string) => process.stderr.write(`${l}\n`);
  const checkEnv = (config: Neo4jConfig) => {
    log(`using NEO4J_URI=${config.uri} as it is (read only).`);
    return null;
  };
  const dataDir = path.join(
    '.neo4j',
    o.corpus === 'samples' ? 'bench-api-samples' : `bench-api-generated-${o.documents}`,
  );
  return withBenchNeo4j({ name: NAME, port: o.port, dataDir, keepDb: o.keepDb, log, checkEnv }, async (db) => {
    // NEO4J_URI's database is only read; the bench's own is loaded when empty or asked to.
    if (!db.fromEnv) {
      const docs = await ingestedDocuments(db.config);
      if (o.reload || docs === 0) await load(o, db.config, log);
      else log(`the bench database holds ${docs} ingested documents; reusing them (--reload to load again).`);
    }
    const result = await runApiBench({
      config: db.config,
      clients: o.clients,
      seconds: o.seconds,
      warmUpSeconds: o.warmUp,
      log,
      neo4jPid: db.pid,
    });
    printResult(result, o.json, report);
    return 0;
  });
}
