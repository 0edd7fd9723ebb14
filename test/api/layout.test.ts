// test/api/layout.test.ts — the overview's server-side layout (server/layout.ts) on small real-shaped graphs: one
// position per node, finite, the same for the same data, linked nodes close, components apart from each other's nodes.
import type { GraphEdge, NodeSummary, Subgraph } from '../../contracts/api.ts';
import { layoutPositions } from '../../server/layout.ts';

function node(id: string): NodeSummary {
  return { id, label: 'Document', name: id };
}

function edge(source: string, target: string): GraphEdge {
  return { id: `CITES:${source}->${target}`, source, target, type: 'CITES' };
}

/** Two stars (a reply citing eight policies each) joined by one shared citation, and a lone pair. */
function twoStars(): Subgraph {
  const nodes: NodeSummary[] = [];
  const edges: GraphEdge[] = [];
  for (const hub of ['doc:a', 'doc:b']) {
    nodes.push(node(hub));
    for (let i = 0; i < 8; i++) {
      nodes.push(node(`${hub}-${i}`));
      edges.push(edge(hub, `${hub}-${i}`));
    }
  }
  nodes.push(node('doc:shared'), node('doc:x'), node('doc:y'));
  edges.push(edge('doc:a', 'doc:shared'), edge('doc:b', 'doc:shared'), edge('doc:x', 'doc:y'));
  return { nodes, edges, truncated: false };
}

test('one finite position per node, in node order, and the same positions for the same graph', async () => {
  const sub = twoStars();
  const p = await layoutPositions(sub);
  expect(p).toHaveLength(sub.nodes.length * 2);
  expect(p.every(Number.isFinite)).toBe(true);
  expect(await layoutPositions(sub)).toEqual(p);
});

test('linked nodes end up closer than unlinked ones; no two nodes on one point', async () => {
  const sub = twoStars();
  const p = await layoutPositions(sub);
  const at = new Map(sub.nodes.map((n, i) => [n.id, [p[2 * i]!, p[2 * i + 1]!] as const]));
  const d = (a: string, b: string) => Math.hypot(at.get(a)![0] - at.get(b)![0], at.get(a)![1] - at.get(b)![1]);
  const linked = sub.edges.map((e) => d(e.source, e.target));
  const leaves = ['doc:a-0', 'doc:a-1', 'doc:a-2'].flatMap((a) =>
    ['doc:b-0', 'doc:b-1', 'doc:b-2'].map((b) => d(a, b)),
  );
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  expect(mean(linked)).toBeLessThan(mean(leaves));
  const ids = sub.nodes.map((n) => n.id);
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) expect(d(ids[i]!, ids[j]!)).toBeGreaterThan(0);
});

test('an empty or one-node overview lays out without error', async () => {
  expect(await layoutPositions({ nodes: [], edges: [], truncated: false })).toEqual([]);
  const one = await layoutPositions({ nodes: [node('doc:only')], edges: [], truncated: false });
  expect(one).toHaveLength(2);
  expect(one.every(Number.isFinite)).toBe(true);
});
