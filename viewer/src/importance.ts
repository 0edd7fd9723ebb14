// viewer/src/importance.ts — which nodes carry a label on the first screen: the most linked ones (degree).
// Sigma's label grid keeps the largest disc per cell, and discs grow with citations only; a reply that cites twenty
// policies is small but central, so the top nodes by degree are labelled whatever their size.

import type { DataGraph } from './data-graph.ts';

/** Labels forced on the overview: enough to name the main documents and agencies, few enough not to overlap. */
export const LABELLED_SMALL = 18;
export const LABELLED_LARGE = 40;

/** The `count` nodes of highest degree (ties by id, so the same graph always labels the same nodes). */
export function mostLinked(graph: DataGraph, count: number): Set<string> {
  const ranked: [string, number][] = [];
  graph.forEachNode((id) => ranked.push([id, graph.degree(id)]));
  ranked.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Set(ranked.slice(0, count).map(([id]) => id));
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
