// benchmarks/api.ts — the API load benchmark: N concurrent clients against the real server (its own process) over the
// real Neo4j, for a fixed time, with the analyst mix: search, cited-by, node, neighbourhood, overview.

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runRead, type Neo4jConfig } from '../graph/connection.ts';
import { freePort } from './free-port.ts';
import { rng } from './rng.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'bin', 'policy-graph.js');

export interface ApiBenchOptions {
  config: Neo4jConfig;
  clients: number;
  seconds: number;
  /** Untimed seconds first: the server and Neo4j plan the queries and warm their caches. */
  warmUpSeconds: number;
  log: (line: string) => void;
  /** The Neo4j process, when it runs on this machine: its CPU time per request is reported too. */
  neo4jPid?: number;
}

export interface EndpointFigures {
  endpoint: string;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface ApiBenchResult {
  clients: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  errors: number;
  /** First few distinct error descriptions. */
  errorSamples: string[];
  all: EndpointFigures;
  endpoints: EndpointFigures[];
  serverRssBeforeMB: number;
  serverRssAfterMB: number;
  loadRssBeforeMB: number;
  loadRssAfterMB: number;
  nodes: number;
  /** CPU milliseconds per measured request, by process (NaN when not measurable): where the time goes. */
  cpuMsPerRequest: { server: number; neo4j: number; loadGenerator: number };
  /** The machine's 1-minute load average at the end (other work on the machine shows here). */
  loadAverage: number;
}

// ─── Inputs ──────────────────────────────────────────────────────────────────────────────────

interface Inputs {
  cited: string[];
  documents: string[];
  searches: string[];
  nodes: number;
}

/** Real inputs from the graph, so every request has real work to do (popular citations, real titles, ids). */
async function sampleInputs(config: Neo4jConfig): Promise<Inputs> {
  return runRead(
    {
      query: `CALL { MATCH (d:Document) WHERE d.docNumber IS NOT NULL
                     WITH d ORDER BY d.citedCount DESC, d.id LIMIT 40 RETURN collect(d.docNumber) AS cited }
              CALL { MATCH (d:Document) WHERE d.ingested = true WITH d ORDER BY d.id LIMIT 400 RETURN collect(d.id) AS documents }
              CALL { MATCH (d:Document) WHERE d.title IS NOT NULL WITH d ORDER BY d.citedCount DESC, d.id LIMIT 40
                     RETURN collect(substring(d.title, 2, 6)) AS parts }
              CALL { MATCH (a:Agency) WITH a ORDER BY a.citedCount DESC, a.id LIMIT 10 RETURN collect(a.name) AS agencies }
              CALL { MATCH (n) RETURN count(n) AS nodes }
              RETURN cited, documents, parts + agencies + ['kjj', 'kejiju', 'zscq'] AS searches, nodes`,
      params: {},
      transform: (records) => {
        const r = records[0]!.toObject() as Omit<Inputs, 'nodes'> & { nodes: unknown };
        return { ...r, nodes: Number(r.nodes) };
      },
    },
    config,
  );
}

/** The request mix: what an analyst's clicks send (weights per 100 requests). */
function requestMix(inputs: Inputs): { endpoint: string; weight: number; path: (i: number) => string }[] {
  const pick = (xs: string[], i: number) => xs[i % xs.length]!;
  const q = encodeURIComponent;
  return [
    { endpoint: 'search', weight: 30, path: (i) => `/api/search?q=${q(pick(inputs.searches, i))}` },
    {
      endpoint: 'cited-by',
      weight: 20,
      path: (i) => `/api/cited-by?x=${q(pick(inputs.cited, i))}&sort=${i % 2 ? 'date' : 'count'}`,
    },
    { endpoint: 'node', weight: 20, path: (i) => `/api/node/${q(pick(inputs.documents, i))}` },
    {
      endpoint: 'neighbourhood',
      weight: 20,
      path: (i) => `/api/neighbourhood/${q(`doc:${pick(inputs.cited, i)}`)}?limit=50`,
    },
    { endpoint: 'overview', weight: 10, path: () => '/api/overview?limit=300' },
  ];
}

// ─── Measuring ───────────────────────────────────────────────────────────────────────────────

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function figures(endpoint: string, ms: number[], errors: number): EndpointFigures {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    endpoint,
    requests: ms.length,
    errors,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? 0,
  };
}

/** One GET; resolves to the status (0 when the connection failed) after the whole body arrived. */
function get(agent: http.Agent, port: number, p: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: p, agent, timeout: 30_000 }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(0));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(0));
  });
}

/** CPU seconds (user + system) a process has used so far, from /proc (NaN where there is none). */
function cpuSeconds(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // Fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the command name; ticks of 1/100 s.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

function rssMB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

// ─── The server ──────────────────────────────────────────────────────────────────────────────

/** `policy-graph serve --api-only` in its own process (as a user runs it), pointed at the bench database. */
async function startServer(
  config: Neo4jConfig,
  log: (l: string) => void,
): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_URI: config.uri,
    NEO4J_USER: config.user,
    NEO4J_PASSWORD: config.password,
  };
  if (config.database) env.NEO4J_DATABASE = config.database;
  else delete env.NEO4J_DATABASE;
  const child = spawn(process.execPath, [CLI, 'serve', '--api-only', '--port', String(port)], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  const agent = new http.Agent({ keepAlive: false });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`bench/api: the server exited (${child.exitCode}): ${stderr.trim().split('\n').pop() ?? ''}`);
    if ((await get(agent, port, '/api/health')) === 200) {
      log(`server: pid ${child.pid}, http://127.0.0.1:${port}/api (serve --api-only)`);
      return { child, port };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGTERM');
  throw new Error(
    `bench/api: the server did not answer /api/health within 60 s: ${stderr.trim().split('\n').pop() ?? ''}`,
  );
}

// ─── Run ─────────────────────────────────────────────────────────────────────────────────────

export async function runApiBench(o: ApiBenchOptions): Promise<ApiBenchResult> {
  const inputs = await sampleInputs(o.config);
  if (inputs.documents.length === 0 || inputs.cited.length === 0) {
    throw new Error(
      `bench/api: the database at ${o.config.uri} holds no ingested documents with citations — load a corpus first.`,
    );
  }
  const mix = requestMix(inputs);
  const totalWeight = mix.reduce((n, m) => n + m.weight, 0);
  const { child, port } = await startServer(o.config, o.log);
  try {
    const loadRssBeforeMB = process.memoryUsage().rss / 1024 / 1024;
    const serverRssBeforeMB = rssMB(child.pid!);
    const latencies = new Map(mix.map((m) => [m.endpoint, [] as number[]]));
    const errors = new Map(mix.map((m) => [m.endpoint, 0]));
    const errorSamples = new Set<string>();
    let measuring = false;
    let stop = false;

    // Each client is one browser tab: one keep-alive connection, one request at a time, its own request sequence.
    const client = async (id: number) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const random = rng(1000 + id);
      let i = id * 7919;
      while (!stop) {
        let r = random() * totalWeight;
        const m = mix.find((x) => (r -= x.weight) < 0) ?? mix[0]!;
        const p = m.path(i++);
        const t0 = performance.now();
        const status = await get(agent, port, p);
        const ms = performance.now() - t0;
        if (!measuring || stop) continue;
        latencies.get(m.endpoint)!.push(ms);
        if (status !== 200) {
          errors.set(m.endpoint, errors.get(m.endpoint)! + 1);
          if (errorSamples.size < 5) errorSamples.add(`${status || 'connection failed'} ${p.slice(0, 120)}`);
        }
      }
      agent.destroy();
    };

    // A freshly started Neo4j plans each query on first use and its JIT is cold: one client first sends every kind
    // of request a few times, so the clients do not all queue behind the first plans.
    const primer = new http.Agent({ keepAlive: true, maxSockets: 1 });
    for (const m of mix) for (let i = 0; i < 10; i++) await get(primer, port, m.path(i));
    primer.destroy();
    o.log(`${o.clients} clients, ${o.warmUpSeconds} s warm-up, then ${o.seconds} s measured …`);
    const running = Array.from({ length: o.clients }, (_, id) => client(id));
    await new Promise((r) => setTimeout(r, o.warmUpSeconds * 1000));
    measuring = true;
    const started = performance.now();
    const cpuBefore = [
      cpuSeconds(child.pid!),
      o.neo4jPid ? cpuSeconds(o.neo4jPid) : Number.NaN,
      cpuSeconds(process.pid),
    ];
    await new Promise((r) => setTimeout(r, o.seconds * 1000));
    stop = true;
    const elapsed = (performance.now() - started) / 1000;
    const cpuAfter = [
      cpuSeconds(child.pid!),
      o.neo4jPid ? cpuSeconds(o.neo4jPid) : Number.NaN,
      cpuSeconds(process.pid),
    ];
    await Promise.all(running);

    const endpoints = mix.map((m) => figures(m.endpoint, latencies.get(m.endpoint)!, errors.get(m.endpoint)!));
    const allMs = [...latencies.values()].flat();
    const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
    return {
      clients: o.clients,
      seconds: elapsed,
      requests: allMs.length,
      requestsPerSecond: allMs.length / elapsed,
      errors: errorCount,
      errorSamples: [...errorSamples],
      all: figures('all', allMs, errorCount),
      endpoints,
      serverRssBeforeMB,
      serverRssAfterMB: rssMB(child.pid!),
      loadRssBeforeMB,
      loadRssAfterMB: process.memoryUsage().rss / 1024 / 1024,
      nodes: inputs.nodes,
      cpuMsPerRequest: {
        server: ((cpuAfter[0]! - cpuBefore[0]!) * 1000) / Math.max(1, allMs.length),
        neo4j: ((cpuAfter[1]! - cpuBefore[1]!) * 1000) / Math.max(1, allMs.length),
        loadGenerator: ((cpuAfter[2]! - cpuBefore[2]!) * 1000) / Math.max(1, allMs.length),
      },
      loadAverage: os.loadavg()[0]!,
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
  }
}

export const API_BENCH_DEFAULTS = { clients: 20, seconds: 20, warmUpSeconds: 5 };
/** The issue's target: p95 under 200 ms at 20 clients, no errors. */
export const P95_TARGET_MS = 200;
