// graph/model.ts — the graph model: node labels, relationship types, stable ids and the rows written to Neo4j.
// Ids are derived from what identifies a thing in the world (a document number, an agency's name), never from insertion order.

import type { NodeLabel } from '../contracts/api.ts';
import { programKey, proposalNumber, shortHash } from './normalize.ts';

export type { NodeLabel };

/** Relationship types (DESIGN.md, "Graph model"). */
export type RelType = 'CITES' | 'ISSUED_BY' | 'MENTIONS' | 'RESPONDS_TO' | 'RUNS';

/**
 * Relationships owned by the document at their start: exactly one per (document, target), written and replaced
 * only by that document. Their evidence is the document's own quotes.
 */
export const OWNED_RELS = ['CITES', 'MENTIONS', 'RESPONDS_TO'] as const;

/**
 * Relationships several documents can assert (a cited document's issuer from its 机关代字, an agency running a
 * program): evidence is kept as parallel arrays, one entry per (asserting document, quote), so each entry stays
 * attributable and a re-ingested document removes exactly its own entries.
 */
export const SHARED_RELS = ['ISSUED_BY', 'RUNS'] as const;

// ---------------------------------------------------------------------------
// Stable ids. Each id starts with the label's prefix so ids are unique across labels (the viewer keys on them).
// ---------------------------------------------------------------------------

/**
 * Cypher for "the nodes whose ids are in `$ids`, whatever their label", bound to `variable`: one indexed
 * lookup per label (an unlabelled `MATCH (n {id: …})` would scan every node).
 */
export function nodesByIdsCypher(variable: string): string {
  return `
UNWIND $ids AS id
CALL {
  WITH id MATCH (${variable}:Document {id: id}) RETURN ${variable}
  UNION WITH id MATCH (${variable}:Agency {id: id}) RETURN ${variable}
  UNION WITH id MATCH (${variable}:Program {id: id}) RETURN ${variable}
  UNION WITH id MATCH (${variable}:Proposal {id: id}) RETURN ${variable}
}
WITH DISTINCT ${variable}`;
}

export const ID_PREFIX: Record<NodeLabel, string> = {
  Document: 'doc:',
  Agency: 'agency:',
  Program: 'program:',
  Proposal: 'proposal:',
};

/**
 * A document's id: its canonical number (`doc:渝府办发〔2021〕142号`); else the hash of its title key
 * (`doc:t:<hash>`, see graph/normalize.ts primaryTitleKey); else — an ingested text with neither — its file name.
 */
export function documentId(id: {
  docNumber?: string | null;
  titleKey?: string | null;
  fileName?: string | null;
}): string {
  if (id.docNumber) return `doc:${id.docNumber}`;
  if (id.titleKey) return `doc:t:${shortHash(id.titleKey)}`;
  if (id.fileName) return `doc:f:${id.fileName}`;
  throw new Error('graph/model: a document needs a number, a title or a file name to have an id.');
}

/** An agency's id: its current canonical full name (aliases and former names resolve to it, graph/resolve.ts). */
export function agencyId(canonicalName: string): string {
  return `agency:${canonicalName}`;
}

/** A program's id: its normalized name. */
export function programId(name: string): string {
  return `program:${programKey(name)}`;
}

/** A proposal's id: session + number (`proposal:市政协六届一次会议#0035`). */
export function proposalId(session: string | null, number: string | null, title: string | null): string {
  if (number) return `proposal:${session ?? '?'}#${proposalNumber(number)}`;
  return `proposal:${session ?? '?'}#t:${shortHash(title ?? '')}`;
}

// ---------------------------------------------------------------------------
// Write rows: what one ingested document asserts, after resolution (graph/build.ts produces them).
// ---------------------------------------------------------------------------

/**
 * Evidence of one edge as parallel arrays (Neo4j relationship properties cannot hold maps): per mention, the
 * mention's own offsets (`starts`/`ends`, for highlighting in the reader) and its sentence (`quotes`,
 * `quoteStarts`/`quoteEnds`, the evidence an analyst reads).
 */
export interface EvidenceArrays {
  starts: number[];
  ends: number[];
  quotes: string[];
  quoteStarts: number[];
  quoteEnds: number[];
}

/** A value chosen order-independently among candidates: the smallest `rank` wins (graph/build.ts says how ranks are made). */
export interface Ranked {
  value: string;
  rank: string;
}

/** What a citing document does with the cited one (ANNOTATION.md "Relations and lifecycle"), weakest first. */
export const RELATION_ORDER = ['mentions', 'implements', 'basis', 'amends', 'repeals'] as const;
export type Relation = (typeof RELATION_ORDER)[number];

/** The stronger of two relations (repeals > amends > basis > implements > mentions). */
export function strongerRelation(a: Relation, b: Relation): Relation {
  return RELATION_ORDER.indexOf(b) > RELATION_ORDER.indexOf(a) ? b : a;
}

/**
 * A Document node as one ingested document sees it: either itself (`own` set) or a document it cites. Set-valued
 * properties (titles, keys, pinyin) are unions over every document that mentions the node; single values (title,
 * issuer) are chosen by rank, so the result never depends on the order documents are ingested in.
 */
export interface DocumentNodeRow {
  id: string;
  docNumber: string | null;
  code: string | null;
  year: number | null;
  titles: string[];
  titleKeys: string[];
  pinyins: string[];
  initials: string[];
  title: Ranked | null;
  issuer: Ranked | null;
  /** `试行`/`暂行` in a title this row knows. */
  trial?: boolean;
  /** Properties only the ingested document itself states (null for a document that is only cited). */
  own: IngestedProperties | null;
  /**
   * The agency (id) its number's 机关代字 names (`渝府办发` → 重庆市人民政府办公厅). A fact of the number, not of any one
   * citing text: written as ONE `ISSUED_BY {source: 'code'}` relationship that lives as long as the node; its
   * evidence is the quote of a document citing that number (graph/queries.ts).
   */
  codeIssuer?: string | null;
}

/** What an ingested document says about itself (all keys present: a null removes a stale value on re-ingest). */
export interface IngestedProperties {
  ingested: true;
  file: string | null;
  source: string | null;
  encoding: string;
  text: string;
  indexNumber: string | null;
  writtenDate: string | null;
  publishedDate: string | null;
  signedDate: string | null;
  date: string | null;
  year: number | null;
  genre: string | null;
  topics: string[];
  /**
   * Lifecycle from its own text (ingest/model.ts Lifecycle): dates, and the clause that fixes each. graph/build.ts
   * always sets every key (a null clears a stale value); optional only for rows made without an extraction (bench).
   */
  effectiveDate?: string | null;
  expiryDate?: string | null;
  trial?: boolean;
  effectiveQuote?: string | null;
  effectiveQuoteStart?: number | null;
  effectiveQuoteEnd?: number | null;
  expiryQuote?: string | null;
  expiryQuoteStart?: number | null;
  expiryQuoteEnd?: number | null;
  /** Hash of everything the document asserts: an unchanged document is skipped on re-ingest. */
  assertionHash: string;
}

export interface AgencyNodeRow {
  id: string;
  name: string;
  /** Roster aliases plus the surface forms documents used (`市科技局`). */
  aliases: string[];
  level: string | null;
  jurisdiction: string | null;
  formerNames: string[];
  /** JSON of {name, until}[]: the renames, with the year each name stopped being used. */
  formerNamesJson: string;
  pinyins: string[];
  initials: string[];
}

export interface ProgramNodeRow {
  id: string;
  name: string;
  kind: string;
  pinyins: string[];
  initials: string[];
}

export interface ProposalNodeRow {
  id: string;
  name: string;
  kind: string;
  session: string | null;
  number: string | null;
  title: string | null;
  proposer: string | null;
}

/** An edge owned by the asserting document (CITES, MENTIONS, RESPONDS_TO): `from` is that document. */
export interface OwnedEdgeRow extends EvidenceArrays {
  type: (typeof OWNED_RELS)[number];
  from: string;
  to: string;
  /** MENTIONS only: the roles of the agency in this document, and the surface forms used. */
  roles: string[] | null;
  mentions: string[] | null;
  /** CITES only: the strongest relation over the citing document's clauses, and the clause that decided it. */
  relation?: Relation | null;
  relationQuote?: string | null;
  relationQuoteStart?: number | null;
  relationQuoteEnd?: number | null;
}

/** One document's entries on a shared edge (ISSUED_BY, RUNS): who asserted it, how, and the quotes. */
export interface SharedEdgeRow extends EvidenceArrays {
  type: (typeof SHARED_RELS)[number];
  from: string;
  to: string;
  /** The asserting document, repeated per entry (parallel to `quotes`). */
  docs: string[];
  /** How each entry was found: header, signature, code, context (ISSUED_BY); `issuer states 开展` … (RUNS). */
  sources: string[];
}

/** Everything one ingested document writes, as one all-or-nothing unit. */
export interface DocumentWrite {
  /** The ingested document's id. */
  id: string;
  file: string | null;
  documents: DocumentNodeRow[];
  agencies: AgencyNodeRow[];
  programs: ProgramNodeRow[];
  proposals: ProposalNodeRow[];
  owned: OwnedEdgeRow[];
  shared: SharedEdgeRow[];
  /** Title-only nodes this document shows to be a numbered one (title ↔ number learned): merged into it first. */
  merges: { from: string; to: string }[];
}
