// server/layout.ts — positions for the overview, computed on the server when the graph changes, so the explorer opens
// laid out: ForceAtlas2 (Barnes-Hut) from seeded positions, then overlap removal. Cached with the overview, per version.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { Subgraph } from '../contracts/api.ts';
import { stableHash } from '../contracts/stable-hash.ts';

/** Layout limits: iterations converge a few hundred nodes; large graphs get what a time budget allows. */
export const LAYOUT_SETTINGS = {
  /** ForceAtlas2 iterations for small graphs (a few hundred nodes settle in well under a second). */
  maxIterations: 400,
  /** Fewest iterations even for the largest graph: below this a 20,000-node graph is still a disc of noise. */
  minIterations: 40,
  /** Stop adding iterations after this long (20,000 nodes take ~100–200 ms per iteration on a busy 2-core machine). */
  timeBudgetMs: 12_000,
  /** Iterations per slice; the event loop is released between slices so other requests are served meanwhile. */
  slice: 5,
  /** Overlap removal runs up to this many nodes (above, discs are drawn small and labels thinned anyway). */
  noverlapMaxNodes: 5_000,
  /** Above this many nodes Barnes-Hut approximates more coarsely (θ 1.0 instead of 0.5): about twice as fast. */
  coarseAbove: 5_000,
  /** Digits kept per coordinate in the JSON (positions are relative; two decimals are sub-pixel). */
  decimals: 2,
};

type LayoutGraph = Graph<{ x: number; y: number; size: number }>;

function toLayoutGraph(sub: Subgraph): LayoutGraph {
  const g: LayoutGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const spread = Math.sqrt(sub.nodes.length) * 10;
  for (const n of sub.nodes) {
    if (g.hasNode(n.id)) continue;
    const h = stableHash(n.id);
    const angle = ((h & 0xffff) / 0xffff) * 2 * Math.PI;
    const radius = spread * (0.1 + ((h >>> 16) / 0xffff) * 0.9);
    g.addNode(n.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle), size: 1 });
  }
  // One pull per linked pair: the layout shows who is connected, not through how many relationship types.
  for (const e of sub.edges)
    if (e.source !== e.target && g.hasNode(e.source) && g.hasNode(e.target)) g.mergeEdge(e.source, e.target);
  // Discs grow with links, as the viewer draws them by citation count (square root, capped).
  g.updateEachNodeAttributes((id, a) => ({ ...a, size: Math.min(1 + 0.7 * Math.sqrt(g.degree(id)), 8) }));
  return g;
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Lay the subgraph out; returns [x0, y0, x1, y1, …] in the order of `sub.nodes`. Runs in slices so the server keeps
 * answering while a large graph is laid out.
 */
export async function layoutPositions(sub: Subgraph, settings = LAYOUT_SETTINGS): Promise<number[]> {
  const g = toLayoutGraph(sub);
  if (g.order > 1) {
    const fa2 = {
      ...forceAtlas2.inferSettings(g),
      gravity: 1,
      scalingRatio: 10,
      barnesHutOptimize: g.order > 500,
      barnesHutTheta: g.order > settings.coarseAbove ? 1 : 0.5,
    };
    const started = performance.now();
    for (let done = 0; done < settings.maxIterations; done += settings.slice) {
      forceAtlas2.assign(g, { iterations: settings.slice, settings: fa2, getEdgeWeight: null });
      if (done >= settings.minIterations && performance.now() - started > settings.timeBudgetMs) break;
      await pause();
    }
    if (g.order <= settings.noverlapMaxNodes)
      noverlap.assign(g, { maxIterations: 60, settings: { margin: 1, ratio: 1.2 } });
  }
  const scale = 10 ** settings.decimals;
  const round = (v: number) => Math.round(v * scale) / scale;
  const out: number[] = [];
  for (const n of sub.nodes) {
    const a = g.getNodeAttributes(n.id);
    out.push(round(a.x), round(a.y));
  }
  return out;
}
