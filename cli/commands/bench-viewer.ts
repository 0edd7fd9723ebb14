// cli/commands/bench-viewer.ts — `policy-graph bench-viewer` (npm run bench:viewer): the viewer on 20,000 nodes
// and 50,000 edges in headless Chromium; prints load, first frame, layout and hover figures.
import { runViewerBench, type ViewerBenchResult } from '../../benchmarks/viewer.ts';
import { printResult } from '../bench-result.ts';
import { parseStrict, USAGE_EXIT, usageError, wholeNumber, optionSpecs } from '../strict-args.ts';

const NAME = 'policy-graph bench-viewer';
const BENCH_PORT = 7691;
const DEFAULT_HOVERS = 150;
const MAX_HOVERS = 2000;

export const help = `usage: policy-graph bench-viewer [--port N] [--reload] [--keep-db] [--hovers N] [--json]

Loads a generated graph of 20,000 nodes and 50,000 edges into a local Neo4j of its own (port 7691, data in
.neo4j/bench-viewer; loaded once and reused), serves it through the API, opens the viewer in headless Chromium
(/usr/bin/chromium) and prints:
  the overview request (first: bulk read + ForceAtlas2 on the server; then cached per graph version), the time to
  the laid-out first frame, and while the mouse moves from node to node:
  frame time p50/p95 and hover response (mouse event → neighbours highlighted) p50/p95.

options:
  --port N     Bolt port of the bench Neo4j (default ${BENCH_PORT})
  --reload     regenerate and reload the graph even if the database already holds it
  --keep-db    leave the bench Neo4j running afterwards
  --hovers N   nodes to hover (default ${DEFAULT_HOVERS})
  --json       print the result as JSON`;

function ms(n: number): string {
  return Number.isFinite(n) ? `${n.toFixed(1)} ms` : 'n/a';
}

function report(r: ViewerBenchResult): string {
  return [
    `graph                     ${r.nodes} nodes, ${r.edges} edges${r.loadSeconds !== null ? ` (loaded into Neo4j in ${r.loadSeconds.toFixed(1)} s)` : ' (already loaded)'}`,
    `API /api/overview         ${ms(r.apiOverviewMs)} first (bulk read + server layout), ${ms(r.apiOverviewCachedMs)} cached (${r.payloadMB.toFixed(1)} MB JSON)`,
    `data in the page          ${ms(r.dataLoadedMs)} after navigation start`,
    `${r.laidOutByServer ? 'laid-out first screen    ' : 'time to first frame      '} ${ms(r.firstFrameMs)} after navigation start${r.laidOutByServer ? ' (positions from the server)' : ' (NOT laid out: no positions)'}`,
    `layout in the page        ${Number.isFinite(r.layoutMs) ? ms(r.layoutMs) : 'none (precomputed)'}`,
    `idle frame time           p50 ${ms(r.idleFrame.p50)} · p95 ${ms(r.idleFrame.p95)}`,
    `hover frame time          p50 ${ms(r.hoverFrame.p50)} · p95 ${ms(r.hoverFrame.p95)} · max ${ms(r.hoverFrame.max)} (${r.hoverFrame.frames} frames)`,
    `hover response            p50 ${ms(r.hoverResponse.p50)} · p95 ${ms(r.hoverResponse.p95)} · max ${ms(r.hoverResponse.max)} (${r.hoverEvents} nodes entered)`,
    '',
    'sigma settings at this size (viewer/src/render.ts largeGraphSettings): hideEdgesOnMove, hideLabelsOnMove,',
    'labelRenderedSizeThreshold 10, labelDensity 0.35, no edge events, plain lines without arrow heads, discs at 0.45×;',
    'hover paints the neighbourhood on its own 2D layer (no sigma re-render); positions come laid out from the server.',
    'Rendering is software WebGL (SwiftShader: headless Chromium, --disable-gpu); a GPU draws each frame far faster.',
  ].join('\n');
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseStrict(NAME, argv, optionSpecs(['port', 'hovers'], ['reload', 'keep-db', 'json']), {
    positionals: false,
  });
  if (!parsed) return USAGE_EXIT;
  const { values } = parsed;
  const port = values.port === undefined ? BENCH_PORT : wholeNumber(values.port, '--port', 1, 65535);
  if (typeof port === 'string') return usageError(NAME, port);
  const hovers = values.hovers === undefined ? DEFAULT_HOVERS : wholeNumber(values.hovers, '--hovers', 1, MAX_HOVERS);
  if (typeof hovers === 'string') return usageError(NAME, hovers);
  const o = {
    port,
    reload: values.reload === true,
    keepDb: values['keep-db'] === true,
    hovers,
    json: values.json === true,
  };
  const result = await runViewerBench({ ...o, log: (l) => process.stderr.write(`${l}\n`) });
  printResult(result, o.json, report);
  return 0;
}
