// benchmarks/viewer.ts — the viewer on a 20,000-node, 50,000-edge graph in headless Chromium, measured end to end.
// Neo4j (own port and data folder) → API overview laid out on the server → sigma: time to the laid-out first frame,
// frame time while hovering.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeDriver, localConfig, ping, type Neo4jConfig } from '../graph/connection.ts';
import { clearGraph, graphCounts, writeDocuments } from '../graph/store.ts';
import { createServer } from '../server/app.ts';
import { ensureViewerBuilt } from '../server/build-viewer.ts';
import { launch, type Page } from './chromium.ts';
import { EXPECTED_EDGES, EXPECTED_NODES, generateViewerGraph } from './viewer-graph.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ViewerBenchOptions {
  /** Bolt port of the bench database (default 7691: never the dev 7687 or the test 7688). */
  port: number;
  /** Reload the generated graph even if the database already holds it. */
  reload: boolean;
  /** Leave the bench Neo4j running afterwards. */
  keepDb: boolean;
  /** Nodes hovered in the hover measurement. */
  hovers: number;
  log: (line: string) => void;
}

export interface ViewerBenchResult {
  nodes: number;
  edges: number;
  loadSeconds: number | null;
  /** The first /api/overview: the bulk read and the server-side layout (server/layout.ts), then cached. */
  apiOverviewMs: number;
  /** The same request again: served from the cache of the graph version, as a browser gets it. */
  apiOverviewCachedMs: number;
  payloadMB: number;
  /** True when the first frame was drawn on the server's positions (no layout in the page). */
  laidOutByServer: boolean;
  dataLoadedMs: number;
  firstFrameMs: number;
  layoutMs: number;
  hoverEvents: number;
  hoverResponse: { p50: number; p95: number; max: number };
  hoverFrame: { p50: number; p95: number; max: number; frames: number };
  idleFrame: { p50: number; p95: number };
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Start the bench Neo4j when it does not answer; returns true when this call started it. */
async function ensureBenchNeo4j(config: Neo4jConfig, port: number, log: (l: string) => void): Promise<boolean> {
  // A cold JVM can take a few seconds to answer its first query.
  if (await ping(config, 5_000)) return false;
  const local = await import('../graph/local-neo4j.ts');
  log(`bench-viewer: starting a local Neo4j on 127.0.0.1:${port} (data in .neo4j/bench-viewer) …`);
  await local.ensureInstalled({ log });
  const result = await local.startLocal({ port, dataDir: path.join(ROOT, '.neo4j', 'bench-viewer'), log });
  return !result.alreadyRunning;
}

/** Record frame intervals (requestAnimationFrame deltas) in the page until stopped. */
async function startFrameRecorder(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    let last = performance.now();
    const tick = (t: number) => {
      w.__frames.push(t - last);
      last = t;
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(tick);
    });
  });
}

async function stopFrameRecorder(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames.slice(1);
  });
}

export async function runViewerBench(o: ViewerBenchOptions): Promise<ViewerBenchResult> {
  const config = localConfig(o.port);
  const started = await ensureBenchNeo4j(config, o.port, o.log);
  const session = { browser: null as Awaited<ReturnType<typeof launch>> | null };
  const server = { handle: null as Awaited<ReturnType<typeof createServer>> | null };
  try {
    // 1. The graph: generated once, kept in the bench database between runs.
    let counts = await graphCounts(config);
    let loadSeconds: number | null = null;
    if (o.reload || counts.nodes !== EXPECTED_NODES || counts.relationships !== EXPECTED_EDGES) {
      o.log(
        `bench-viewer: loading the generated graph (${EXPECTED_NODES} nodes, ${EXPECTED_EDGES} edges) through graph/store …`,
      );
      await clearGraph(config);
      const writes = generateViewerGraph();
      const t0 = performance.now();
      await writeDocuments(writes, { config, batchSize: 500, force: true });
      loadSeconds = (performance.now() - t0) / 1000;
      counts = await graphCounts(config);
      o.log(`bench-viewer: loaded in ${loadSeconds.toFixed(1)} s`);
    }
    if (counts.nodes !== EXPECTED_NODES || counts.relationships !== EXPECTED_EDGES) {
      throw new Error(
        `bench-viewer: the bench database holds ${counts.nodes} nodes / ${counts.relationships} edges, expected ${EXPECTED_NODES} / ${EXPECTED_EDGES}. Run with --reload.`,
      );
    }

    // 2. The API, in-process, reading the bench database.
    await ensureViewerBuilt(o.log);
    server.handle = await createServer({ port: 0, api: { neo4j: config } });
    const t1 = performance.now();
    const overviewRes = await fetch(`${server.handle.url}/api/overview?limit=${EXPECTED_NODES}`);
    const overviewBody = await overviewRes.arrayBuffer();
    const apiOverviewMs = performance.now() - t1;
    if (!overviewRes.ok)
      throw new Error(
        `bench-viewer: /api/overview answered ${overviewRes.status}: ${Buffer.from(overviewBody).toString('utf8').slice(0, 300)}`,
      );
    const overview = JSON.parse(Buffer.from(overviewBody).toString('utf8')) as { nodes: unknown[]; edges: unknown[] };
    o.log(
      `bench-viewer: API overview ${overview.nodes.length} nodes / ${overview.edges.length} edges, laid out, in ${apiOverviewMs.toFixed(0)} ms`,
    );
    const t2 = performance.now();
    await (await fetch(`${server.handle.url}/api/overview?limit=${EXPECTED_NODES}`)).arrayBuffer();
    const apiOverviewCachedMs = performance.now() - t2;

    // 3. The viewer in headless Chromium.
    session.browser = await launch({ width: 1400, height: 900 });
    const page = session.browser.page;
    await page.goto(`${server.handle.url}/?limit=${EXPECTED_NODES}`);
    await page.waitForFunction(() => window.__policyGraph?.metrics.firstFrameAt !== null, null, {
      timeout: 180_000,
      polling: 100,
    });
    await page.evaluate(() => window.__policyGraph.ready);
    const metrics = await page.evaluate(() => ({
      ...window.__policyGraph.metrics,
      state: window.__policyGraph.state(),
    }));
    if (metrics.state.status !== 'ready')
      throw new Error(`bench-viewer: the viewer ended in state ${JSON.stringify(metrics.state)}`);

    // 4. Idle frames (nothing moving), then frames while the mouse goes from node to node.
    await startFrameRecorder(page);
    await page.waitForTimeout(1_000);
    const idle = await stopFrameRecorder(page);

    const targets = await page.evaluate((count: number) => {
      const r = window.__policyGraph.renderer()!;
      const g = window.__policyGraph.graph;
      const box = r.getContainer().getBoundingClientRect();
      const { width, height } = r.getDimensions();
      const out: { x: number; y: number }[] = [];
      const ids = g.nodes();
      // Every k-th node that is on screen: a spread of hubs and leaves.
      const step = Math.max(1, Math.floor(ids.length / (count * 4)));
      for (let i = 0; i < ids.length && out.length < count; i += step) {
        const d = r.getNodeDisplayData(ids[i]!);
        if (!d || d.hidden) continue;
        const p = r.framedGraphToViewport(d);
        if (p.x < 5 || p.y < 5 || p.x > width - 5 || p.y > height - 5) continue;
        out.push({ x: box.left + p.x, y: box.top + p.y });
      }
      // Time from the mouse event to the end of our enterNode handler (the reducers' refresh included).
      const w = window as unknown as { __hover: number[]; __lastMove: number };
      w.__hover = [];
      w.__lastMove = 0;
      window.addEventListener('mousemove', () => (w.__lastMove = performance.now()), { capture: true });
      r.on('enterNode', () => w.__hover.push(performance.now() - w.__lastMove));
      return out;
    }, o.hovers);
    await startFrameRecorder(page);
    for (const t of targets) {
      await page.mouse.move(t.x, t.y, { steps: 2 });
      await page.waitForTimeout(30);
    }
    const hoverFrames = await stopFrameRecorder(page);
    const hover = await page.evaluate(() => (window as unknown as { __hover: number[] }).__hover);

    return {
      nodes: counts.nodes,
      edges: counts.relationships,
      loadSeconds,
      apiOverviewMs,
      apiOverviewCachedMs,
      payloadMB: overviewBody.byteLength / 1e6,
      laidOutByServer: metrics.laidOutByServer,
      dataLoadedMs: metrics.dataLoadedAt ?? NaN,
      firstFrameMs: metrics.firstFrameAt ?? NaN,
      layoutMs:
        metrics.layoutDoneAt !== null && metrics.layoutStartedAt !== null
          ? metrics.layoutDoneAt - metrics.layoutStartedAt
          : NaN,
      hoverEvents: hover.length,
      hoverResponse: { p50: percentile(hover, 50), p95: percentile(hover, 95), max: Math.max(...hover) },
      hoverFrame: {
        p50: percentile(hoverFrames, 50),
        p95: percentile(hoverFrames, 95),
        max: Math.max(...hoverFrames),
        frames: hoverFrames.length,
      },
      idleFrame: { p50: percentile(idle, 50), p95: percentile(idle, 95) },
    };
  } finally {
    await session.browser?.close();
    await server.handle?.close();
    await closeDriver();
    if (started && !o.keepDb) {
      const local = await import('../graph/local-neo4j.ts');
      await local.stopLocal(o.port);
    }
  }
}
