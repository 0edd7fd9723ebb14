// graph/types.ts — the shapes the analyst queries return.
// Shared by graph/queries.ts (which produces them), the CLI tables and the HTTP API (which serve them).

export type NodeLabel = 'Document' | 'Agency' | 'Program' | 'Proposal';

/** A node as lists and the viewer show it. `id` is the stable graph key (see graph/model.ts). */
export interface NodeSummary {
  id: string;
  label: NodeLabel;
  /** Display name: title or number for documents, canonical name for agencies/programs. */
  name: string;
  docNumber?: string | null;
  title?: string | null;
  date?: string | null;
  issuer?: string | null;
  ingested?: boolean;
  kind?: string | null;
  /** How many documents cite it (documents) or mention it (agencies/programs). */
  citedBy?: number;
}

/** The evidence of one edge: the document that asserted it and the exact quote. */
export interface EvidenceQuote {
  documentId: string;
  quote: string;
  start: number;
  end: number;
}

export interface CitedByRow {
  document: NodeSummary;
  /** How many times this citing document mentions the cited one. */
  count: number;
  quotes: EvidenceQuote[];
}

export interface CountRow {
  node: NodeSummary;
  count: number;
}

export interface AgencyPortfolio {
  agency: NodeSummary & { aliases: string[]; formerNames: { name: string; until: number | null }[] };
  issued: NodeSummary[];
  numberedPolicies: NodeSummary[];
  programs: (NodeSummary & { inferredBy: string })[];
  coHandled: NodeSummary[];
}

export interface PathStep {
  node: NodeSummary;
  /** The relationship type that leads to the next step (null on the last one). */
  via: string | null;
}

export interface SearchHit extends NodeSummary {
  /** Which field matched: title, docNumber, name, alias, pinyin, initials. */
  matched: string;
  score: number;
}

export interface TimelineRow {
  year: number;
  documents: number;
  citations: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  roles?: string[];
  evidence?: EvidenceQuote[];
}

/** A subgraph for the viewer: the overview, a neighbourhood, or a path. */
export interface Subgraph {
  nodes: NodeSummary[];
  edges: GraphEdge[];
  /** True when a cap cut the result short ("show more"). */
  truncated: boolean;
}
