// viewer/src/importance.ts — which nodes carry a label on the first screen: the most linked ones (degree), spread out.
// Sigma's label grid keeps the largest disc per cell, and discs grow with citations only; a reply that cites twenty
// policies is small but central, so the top nodes by degree are labelled whatever their size.

import type { DataGraph } from './data-graph.ts';

/** Labels forced on the overview: enough to name the main documents and agencies, few enough not to overlap. */
export const LABELLED_SMALL = 18;
export const LABELLED_LARGE = 40;

/**
 * A label is a line of text to the right of its node, about a quarter of the first screen wide and a fortieth high:
 * two forced labels closer than that (as shares of the graph's extent) would print over each other.
 */
const LABEL_BOX = { width: 0.24, height: 0.03 };
/** How far down the ranking the thinning looks for nodes away from those already labelled. */
const RANKS_SCANNED = 20;

/**
 * The `count` nodes of highest degree (ties by id, so the same graph always labels the same nodes), skipping a node
 * that sits too close to one already chosen: the hubs of a dense centre would otherwise print over each other.
 */
export function mostLinked(graph: DataGraph, count: number): Set<string> {
  const ranked: [string, number][] = [];
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((id, a) => {
    ranked.push([id, graph.degree(id)]);
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  ranked.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const extent = Math.max(maxX - minX, maxY - minY, 0);
  const [w, h] = [LABEL_BOX.width * extent, LABEL_BOX.height * extent];
  const chosen: { id: string; x: number; y: number }[] = [];
  for (const [id] of ranked.slice(0, count * RANKS_SCANNED)) {
    if (chosen.length >= count) break;
    const { x, y } = graph.getNodeAttributes(id);
    if (chosen.every((c) => Math.abs(c.x - x) >= w || Math.abs(c.y - y) >= h)) chosen.push({ id, x, y });
  }
  return new Set(chosen.map((c) => c.id));
}

/** mostLinked, recomputed only when the graph grew or shrank. */
export function labelledNodes(graph: DataGraph, count: number): () => ReadonlySet<string> {
  let order = -1;
  let size = -1;
  let cached: Set<string> = new Set();
  // Called once per node per refresh: two comparisons, no allocation, unless the graph changed.
  return () => {
    if (graph.order !== order || graph.size !== size) {
      cached = mostLinked(graph, count);
      order = graph.order;
      size = graph.size;
    }
    return cached;
  };
}
