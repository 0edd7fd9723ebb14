// viewer/src/edge-evidence.ts — an edge's full evidence, fetched on demand from /api/edge and kept on the edge.
// The overview draws edges without evidence (it would be megabytes); a click or an export asks for what is missing.
import { api } from './api.ts';
import type { DataGraph, EdgeAttrs } from './data-graph.ts';

/** Requests in flight at once when an export fills many edges (the server reads each in one query). */
const EXPORT_CONCURRENCY = 6;

const pending = new Map<string, Promise<EdgeAttrs>>();

/** The edge's attributes with its evidence loaded (one request per edge, shared by concurrent callers). */
export function loadEdgeEvidence(graph: DataGraph, edge: string): Promise<EdgeAttrs> {
  if (graph.getEdgeAttribute(edge, 'evidenceLoaded')) return Promise.resolve(graph.getEdgeAttributes(edge));
  const known = pending.get(edge);
  if (known) return known;
  const [source, target] = graph.extremities(edge);
  const type = graph.getEdgeAttribute(edge, 'relType');
  const p = api
    .edge(source, target, type)
    .then((a) => {
      if (graph.hasEdge(edge)) {
        graph.mergeEdgeAttributes(edge, {
          evidence: a.evidence,
          relationEvidence: a.relationEvidence ?? null,
          documents: a.documents,
          roles: a.roles,
          evidenceLoaded: true,
        });
      }
      return graph.hasEdge(edge)
        ? graph.getEdgeAttributes(edge)
        : {
            ...a,
            relType: a.type,
            relation: a.relation ?? null,
            relationEvidence: a.relationEvidence ?? null,
            evidenceLoaded: true,
          };
    })
    .finally(() => pending.delete(edge));
  pending.set(edge, p);
  return p;
}

/** Load the evidence of every listed edge that lacks it, a few requests at a time; reports progress. */
export async function loadAllEdgeEvidence(
  graph: DataGraph,
  edges: string[],
  progress?: (done: number, total: number) => void,
): Promise<void> {
  const todo = edges.filter((e) => !graph.getEdgeAttribute(e, 'evidenceLoaded'));
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < todo.length) {
      const e = todo[next++]!;
      await loadEdgeEvidence(graph, e);
      progress?.(++done, todo.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(EXPORT_CONCURRENCY, todo.length) }, worker));
}
