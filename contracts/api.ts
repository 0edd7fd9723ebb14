// contracts/api.ts — every JSON shape that crosses the HTTP boundary: the rows the analyst queries return
// (graph/queries.ts produces them, the CLI prints them) and the answer of each endpoint (server/ sends, viewer/ reads).
// Types only: the server, the viewer, the command line and the tests import them from here and from nowhere else.

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
// Validity status and history (graph/status.ts, contracts/status-rules.ts)
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

// ---------------------------------------------------------------------------
// One answer per endpoint (server/api.ts routes)
// ---------------------------------------------------------------------------

/** Every error: `{ error, status }` with a 4xx/5xx status. */
export interface ErrorBody {
  error: string;
  status: number;
}

export interface HealthAnswer {
  ok: boolean;
  neo4j: 'up' | 'down';
  /** The Bolt URI the API reads from (never credentials). */
  uri: string;
}

export interface SearchAnswer {
  query: string;
  hits: SearchHit[];
}

/** One relationship of a node, seen from that node. */
export interface RelationRow {
  /** CITES, ISSUED_BY, MENTIONS, RESPONDS_TO, RUNS. */
  type: string;
  /** The node at the other end. */
  node: NodeSummary;
  roles: string[];
  evidence: EvidenceQuote[];
  /** CITES: what the citing document does with the cited one, and the clause that decided it. */
  relation?: CitationRelation;
  relationEvidence?: EvidenceQuote | null;
  /** A cited document's status today (the panel marks citations of repealed or expired policies). */
  status?: DocumentStatus;
}

export interface NodeAnswer {
  node: NodeSummary;
  /** A document's validity status today, with the document and quote that establish it. */
  status?: DocumentStatus;
  /** Relationships leaving this node (what a document cites, mentions, answers; what an agency runs). */
  outgoing: RelationRow[];
  /** Relationships arriving (who cites this document, who mentions this agency). */
  incoming: RelationRow[];
}

export interface RowsAnswer<T> {
  rows: T[];
}

/** /api/path: the resolved ends and up to k paths; `message` says why there are none. */
export interface PathAnswer extends PathsAnswer {
  message?: string;
}

/** /api/overview: the first screen, laid out on the server; `positions` is [x0, y0, x1, y1, …] in node order. */
export interface OverviewAnswer extends Subgraph {
  positions: number[];
}

/** A highlighted occurrence in a document's text: what kind of thing, and the node it is. */
export interface TextSpan {
  start: number;
  end: number;
  kind: 'citation' | 'agency' | 'program' | 'proposal';
  /** The graph id of the node the span stands for (click → select it); null when it did not resolve. */
  nodeId: string | null;
  text: string;
}

export interface DocumentTextAnswer {
  node: NodeSummary;
  text: string;
  spans: TextSpan[];
}

/** One edge of the graph with its evidence: the asserting document(s), the relation, and every quote with offsets. */
export interface EdgeAnswer {
  source: NodeSummary;
  target: NodeSummary;
  /** CITES, ISSUED_BY, MENTIONS, RESPONDS_TO, RUNS. */
  type: string;
  /** The documents whose text asserts the edge. */
  documents: NodeSummary[];
  roles: string[];
  /** CITES: what the citing document does with the cited one, and the clause that decided it. */
  relation?: CitationRelation;
  relationEvidence?: EvidenceQuote | null;
  /** Every quote, each with its document and its offsets in that document's text. */
  evidence: EvidenceQuote[];
}

/** One kind of thing (citations, agencies or programs) split three ways. */
export interface CompareSplit {
  shared: NodeSummary[];
  onlyA: NodeSummary[];
  onlyB: NodeSummary[];
}

/** GET /api/compare: two documents side by side (graph/compare.ts). */
export interface CompareAnswer {
  a: NodeSummary;
  b: NodeSummary;
  citations: CompareSplit;
  agencies: CompareSplit;
  programs: CompareSplit;
}

export interface YearCount {
  year: number;
  documents: number;
}

/** GET /api/citation-years: documents citing a policy, per year of the citing document (graph/citation-years.ts). */
export interface CitationYearsAnswer {
  target: NodeSummary;
  years: YearCount[];
  /** Citing documents without a known year. */
  undated: number;
}

/** GET /api/version: changes whenever the graph does (a new ingest); compare, never parse. */
export interface VersionAnswer {
  version: string;
}
