// viewer/src/positions.ts — the overview's positions, computed on the server (server/layout.ts), put on the data graph.
// The first screen is drawn laid out; the layout button stays for re-running ForceAtlas2 after the graph grew.
import type { OverviewAnswer } from '../../contracts/api.ts';
import type { DataGraph } from './data-graph.ts';

/**
 * Place the overview's nodes where the server laid them out. False when the answer carries no usable positions
 * (a server from before server-side layout): the caller then runs the layout in the browser.
 */
export function applyPositions(graph: DataGraph, answer: OverviewAnswer): boolean {
  const p = answer.positions;
  if (!Array.isArray(p) || p.length !== answer.nodes.length * 2 || answer.nodes.length === 0) return false;
  const at = new Map<string, number>();
  answer.nodes.forEach((n, i) => {
    at.set(n.id, i);
  });
  // One pass and one graph event: sigma indexes the graph once, however many nodes there are.
  graph.updateEachNodeAttributes(
    (id, a) => {
      const i = at.get(id);
      if (i === undefined) return a;
      const x = p[2 * i]!;
      const y = p[2 * i + 1]!;
      if (Number.isFinite(x) && Number.isFinite(y)) {
        a.x = x;
        a.y = y;
      }
      return a;
    },
    { attributes: ['x', 'y'] },
  );
  return true;
}
