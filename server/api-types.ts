// server/api-types.ts — the JSON shapes the HTTP API answers with (the contract between server/ and viewer/).
// Row types come from graph/types.ts; this file wraps them into one object per endpoint.
import type {
  CitationRelation,
  DocumentStatus,
  EvidenceQuote,
  NodeSummary,
  PathsAnswer,
  SearchHit,
  Subgraph,
} from '../graph/types.ts';

// Every row type of the graph layer crosses the boundary as it is.
export type * from '../graph/types.ts';

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

/** GET /api/compare: two documents side by side (graph/compare.ts). */
export type { Comparison as CompareAnswer, CompareSplit } from '../graph/compare.ts';

/** GET /api/citation-years: documents citing a policy, per year of the citing document. */
export type { CitationYears as CitationYearsAnswer, YearCount } from '../graph/citation-years.ts';

/** GET /api/version: changes whenever the graph does (a new ingest); compare, never parse. */
export interface VersionAnswer {
  version: string;
}
