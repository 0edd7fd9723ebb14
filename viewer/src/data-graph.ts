// viewer/src/data-graph.ts — the data graph: nodes and edges as the API gave them, plus layout positions.
// Sigma renders it through reducers (render.ts); interaction never writes display attributes here.
import Graph from 'graphology';
import type {
  CitationRelation,
  EvidenceQuote,
  GraphEdge,
  NodeLabel,
  NodeSummary,
  Subgraph,
} from '../../contracts/api.ts';
import { INGESTED_MIN_SIZE, nodeSize, shortLabel } from './appearance.ts';
import { nodeName } from './labels.ts';
import { stableHash } from '../../contracts/stable-hash.ts';

export interface NodeAttrs {
  /** Layout position (written by ForceAtlas2 / noverlap only). */
  x: number;
  y: number;
  /** Derived once from `summary.citedBy`; the layout's overlap removal needs it as an attribute. */
  size: number;
  label: string;
  nodeType: NodeLabel;
  year: number | null;
  summary: NodeSummary;
}

export interface EdgeAttrs {
  relType: string;
  roles: string[];
  evidence: EvidenceQuote[];
  /** CITES only: the relation (colours the edge, filtered by the relation filter) and its deciding clause. */
  relation: CitationRelation | null;
  relationEvidence: EvidenceQuote | null;
  /** The documents asserting the edge; filled with its complete evidence by /api/edge (edge-evidence.ts). */
  documents: NodeSummary[];
  /** True once /api/edge answered: the overview sends edges bare, a neighbourhood at most a few quotes. */
  evidenceLoaded: boolean;
}

export type DataGraph = Graph<NodeAttrs, EdgeAttrs>;

export function createDataGraph(): DataGraph {
  // Multi: a document can both MENTION an agency and be ISSUED_BY it; each is its own edge with its own evidence.
  return new Graph<NodeAttrs, EdgeAttrs>({ type: 'directed', multi: true, allowSelfLoops: false });
}

/** `2021-09-30` → 2021; anything without a leading year → null. */
export function yearOf(date: string | null | undefined): number | null {
  const m = date ? /^(\d{4})/.exec(date) : null;
  return m ? Number(m[1]) : null;
}

function seededPosition(id: string, around: { x: number; y: number } | null, spread: number): { x: number; y: number } {
  const h = stableHash(id);
  const angle = ((h & 0xffff) / 0xffff) * 2 * Math.PI;
  const radius = spread * (0.3 + ((h >>> 16) / 0xffff) * 0.7);
  const cx = around?.x ?? 0;
  const cy = around?.y ?? 0;
  return { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) };
}

function nodeAttrs(n: NodeSummary, position: { x: number; y: number }): NodeAttrs {
  return {
    ...position,
    size: n.ingested ? Math.max(nodeSize(n.citedBy), INGESTED_MIN_SIZE) : nodeSize(n.citedBy),
    label: shortLabel(nodeName(n)),
    nodeType: n.label,
    year: yearOf(n.date),
    summary: n,
  };
}

/**
 * Merge a subgraph (overview, neighbourhood, path) into the data graph. New nodes start near `aroundId` (an
 * expanded node) or at a seeded position; known nodes keep their position and get the fresher summary.
 * Returns the ids of nodes that were added.
 */
export function mergeSubgraph(graph: DataGraph, sub: Subgraph, aroundId: string | null = null): string[] {
  const added: string[] = [];
  const around = aroundId && graph.hasNode(aroundId) ? graph.getNodeAttributes(aroundId) : null;
  const spread = around ? 8 : Math.max(50, Math.sqrt(sub.nodes.length) * 10);
  for (const n of sub.nodes) {
    if (graph.hasNode(n.id)) {
      const old = graph.getNodeAttributes(n.id);
      graph.mergeNodeAttributes(n.id, { ...nodeAttrs(n, { x: old.x, y: old.y }) });
    } else {
      graph.addNode(n.id, nodeAttrs(n, seededPosition(n.id, around, spread)));
      added.push(n.id);
    }
  }
  for (const e of sub.edges) addEdge(graph, e);
  return added;
}

function addEdge(graph: DataGraph, e: GraphEdge): void {
  if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || e.source === e.target) return;
  if (graph.hasEdge(e.id)) {
    // The overview brings edges without evidence; a neighbourhood brings them with it: keep the richer one.
    if ((e.evidence?.length ?? 0) > 0 && !graph.getEdgeAttribute(e.id, 'evidenceLoaded'))
      graph.mergeEdgeAttributes(e.id, { evidence: e.evidence ?? [], relationEvidence: e.relationEvidence ?? null });
    return;
  }
  graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
    relType: e.type,
    roles: e.roles ?? [],
    evidence: e.evidence ?? [],
    relation: e.type === 'CITES' ? (e.relation ?? 'mentions') : null,
    relationEvidence: e.relationEvidence ?? null,
    documents: [],
    evidenceLoaded: false,
  });
}

/** Agencies present in the graph, by name, for the agency filter. */
export function agenciesIn(graph: DataGraph): { id: string; name: string }[] {
  const out: { id: string; name: string }[] = [];
  graph.forEachNode((id, a) => {
    if (a.nodeType === 'Agency') out.push({ id, name: a.summary.name });
  });
  return out.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/** Smallest and largest document year in the graph (for the year filter's placeholders). */
export function yearRange(graph: DataGraph): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((_, a) => {
    if (a.year !== null) {
      min = Math.min(min, a.year);
      max = Math.max(max, a.year);
    }
  });
  return Number.isFinite(min) ? { min, max } : null;
}
