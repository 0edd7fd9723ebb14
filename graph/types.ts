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
  /** Documents: the date it takes effect and the last day of validity, as its own text says (else null). */
  effectiveDate?: string | null;
  expiryDate?: string | null;
  /** Documents: 效力级别 (ingest/legal-level.ts) and the rule that decided it. */
  legalLevel?: string | null;
  legalLevelRule?: string | null;
  /** Documents: a trial version (`试行`, `暂行`). */
  trial?: boolean;
  /** Documents with neither title nor number: the start of their text, so no one is shown a file name. */
  firstLine?: string | null;
}

/** What a citing document does with the cited one (ANNOTATION.md "Relations and lifecycle"). */
export type CitationRelation = 'basis' | 'implements' | 'amends' | 'repeals' | 'mentions';

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
  /** What the citing document does with it, and the clause that decided that (null for a plain mention). */
  relation: CitationRelation;
  relationEvidence: EvidenceQuote | null;
}

export interface CountRow {
  node: NodeSummary;
  count: number;
  /**
   * What the count counts, when the list names it: for same-citations the policies both documents cite, for co-cited
   * the documents citing both (at most VIA_SHOWN of them; `count` says how many in all).
   */
  via?: NodeSummary[];
}

export interface AgencyPortfolio {
  agency: NodeSummary & { aliases: string[]; formerNames: { name: string; until: number | null }[] };
  issued: NodeSummary[];
  numberedPolicies: NodeSummary[];
  programs: (NodeSummary & { inferredBy: string })[];
  coHandled: NodeSummary[];
}

/** Which edges a path may follow: citations only, or also the agencies and programs documents name. */
export type PathScope = 'citations' | 'all';

export interface PathOptions {
  /** How many paths, shortest first. */
  k: number;
  scope: PathScope;
  /** Nodes of higher degree are not walked through (the ends may be); null: none left out. */
  maxDegree: number | null;
}

/** One hop of a path, read in the direction of its edge: `from` cites (issued, mentions, answers, runs) `to`. */
export interface PathHop {
  from: NodeSummary;
  to: NodeSummary;
  /** CITES, ISSUED_BY, MENTIONS, RESPONDS_TO, RUNS. */
  type: string;
  /** True when the edge points along the path (from its start towards its end). */
  forward: boolean;
  /** CITES: what the citing document does with the cited one. */
  relation?: CitationRelation;
  /** The deciding clause first, then the other quotes (a few; evidenceCount says how many there are). */
  evidence: EvidenceQuote[];
  evidenceCount: number;
}

export interface FoundPath {
  /** From the start to the end. */
  nodes: NodeSummary[];
  hops: PathHop[];
}

export interface PathsAnswer {
  start: NodeSummary;
  end: NodeSummary;
  options: PathOptions;
  /** Shortest first; empty when no chain links the ends under these options. */
  paths: FoundPath[];
}

export interface SearchHit extends NodeSummary {
  /** Which field matched: title, docNumber, name, alias, proposer, pinyin, initials, text (the document's body). */
  matched: string;
  score: number;
  /** A body match: the sentence where the words occur. */
  snippet?: string;
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
  /** CITES: the relation (basis, implements, amends, repeals, mentions) and the clause that decided it. */
  relation?: CitationRelation;
  relationEvidence?: EvidenceQuote | null;
}

/** A subgraph for the viewer: the overview, a neighbourhood, or a path. */
export interface Subgraph {
  nodes: NodeSummary[];
  edges: GraphEdge[];
  /** True when a cap cut the result short ("show more"). */
  truncated: boolean;
}

// ---------------------------------------------------------------------------
// Validity status and history (graph/status.ts, graph/status-rules.ts)
// ---------------------------------------------------------------------------

/** 现行有效 / 已修改 / 已废止 / 已失效 / 尚未施行, as of a date. */
export type StatusName = 'in-force' | 'amended' | 'repealed' | 'expired' | 'not-yet-in-force';

/** A quote that establishes a status: the document that says it and the clause. */
export interface StatusEvidence {
  document: NodeSummary;
  quote: string;
  start: number;
  end: number;
}

/** Another document's act on this one: it repeals or amends it (an incoming CITES with that relation). */
export interface DocumentAct {
  relation: 'repeals' | 'amends';
  by: NodeSummary;
  /** When the act takes effect: the acting document's effective date, else its own date (null: not known). */
  from: string | null;
  evidence: StatusEvidence | null;
}

/** What the graph knows of a document's lifecycle: its own clauses and what other documents did to it. */
export interface LifecycleFacts {
  document: NodeSummary;
  effectiveEvidence: StatusEvidence | null;
  expiryEvidence: StatusEvidence | null;
  acts: DocumentAct[];
}

export interface DocumentStatus {
  document: NodeSummary;
  /** The date the status holds on (YYYY-MM-DD). */
  at: string;
  status: StatusName;
  /** Since when: the repeal's or amendment's date, the expiry date, the date it takes effect. */
  since: string | null;
  /** The document that repealed or (last) amended it. */
  by: NodeSummary | null;
  /** The document and quote that establish the status (null: nothing in the corpus says otherwise than in force). */
  evidence: StatusEvidence | null;
  /** How the status was decided, in words. */
  basis: string;
  /** Every amendment in effect on that date, oldest first. */
  amendments: DocumentAct[];
}

export interface StatusAnswer {
  query: string;
  at: string;
  /** The document the query names (for a title with several versions: the version in force on that date). */
  status: DocumentStatus;
  /** Other versions bearing the same title (each with its own number, dates and status): never merged. */
  otherVersions: DocumentStatus[];
}

export interface HistoryEvent {
  /** When it happened or takes effect (null: not known). */
  date: string | null;
  kind: 'effective' | 'expires' | 'amends' | 'repeals';
  /** The document that acts (or, for effective/expires, the document itself). */
  document: NodeSummary;
  /** The document acted on (amends/repeals), else null. */
  target: NodeSummary | null;
  evidence: StatusEvidence | null;
}

export interface HistoryAnswer {
  query: string;
  target: NodeSummary;
  /** Documents linked to it by chains of amendments and repeals: predecessors and successors. */
  chain: NodeSummary[];
  /** Every act and lifecycle date along the chain, in date order (undated last). */
  events: HistoryEvent[];
}
