// viewer/src/lifecycle.ts — each document's status as of today from what the loaded graph shows: for the status filter.
// The same rules as the server (contracts/status-rules.ts) over the nodes and edges at hand; the panel's badge asks the server.
import type { DocumentAct, StatusName } from '../../contracts/api.ts';
import { deriveStatus, effectiveFrom, today } from '../../contracts/status-rules.ts';
import type { DataGraph } from './data-graph.ts';

/**
 * Status per Document node, from its own dates and the repeal/amend edges into it whose acting document is loaded.
 * A document repealed by one outside the view shows as in force here until that document is loaded (expand, search).
 */
export function statusesInGraph(graph: DataGraph, at = today()): Map<string, StatusName> {
  const out = new Map<string, StatusName>();
  graph.forEachNode((id, a) => {
    if (a.nodeType !== 'Document') return;
    const acts: DocumentAct[] = [];
    graph.forEachInEdge(id, (_e, attrs, source) => {
      if (attrs.relation !== 'repeals' && attrs.relation !== 'amends') return;
      const by = graph.getNodeAttribute(source, 'summary');
      acts.push({ relation: attrs.relation, by, from: effectiveFrom(by), evidence: null });
    });
    out.set(id, deriveStatus({ document: a.summary, effectiveEvidence: null, expiryEvidence: null, acts }, at).status);
  });
  return out;
}
