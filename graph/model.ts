// graph/model.ts — the graph model: node labels, relationship types, stable ids and the rows written to Neo4j.
// Ids are derived from what identifies a thing in the world (a document number, an agency's name), never from insertion order.

import type { NodeLabel } from './types.ts';
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
export function documentId(id: { docNumber?: string | null; titleKey?: string | null; fileName?: string | null }): string {
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

/** Evidence of one edge as parallel arrays (Neo4j relationship properties cannot hold maps). */
export interface EvidenceArrays {
  quotes: string[];
  starts: number[];
  ends: number[];
}

/** The ingested document's own node. */
export interface DocumentRow {
  id: string;
  docNumber: string | null;
  title: string | null;
  titles: string[];
  titleKeys: string[];
  date: string | null;
  year: number | null;
  writtenDate: string | null;
  publishedDate: string | null;
  signedDate: string | null;
  indexNumber: string | null;
  genre: string | null;
  topics: string[];
  issuer: string | null;
  file: string | null;
  source: string | null;
  encoding: string;
  text: string;
  pinyin: string | null;
  initials: string | null;
  /** Hash of everything this row set asserts: an unchanged document is skipped on re-ingest. */
  assertionHash: string;
  /** Spans for the reader (JSON: {start,end,kind,targetId}[]). */
  spansJson: string;
}

/** A document cited by the ingested one (maybe ingested itself, maybe only cited). */
export interface CitedRow {
  id: string;
  docNumber: string | null;
  title: string | null;
  /** Rank of `title` for choosing the display title order-independently (smaller wins). */
  titleRank: string | null;
  titleKeys: string[];
  code: string | null;
  year: number | null;
  pinyin: string | null;
  initials: string | null;
  evidence: EvidenceArrays;
  /** Issuer from the 机关代字 or the context (an agency named right before the title). */
  issuer: string | null;
  issuerSource: 'code' | 'context' | null;
}

export interface AgencyNodeRow {
  id: string;
  name: string;
  aliases: string[];
  level: string | null;
  jurisdiction: string | null;
  /** JSON of {name, until}[] (former names and the year they changed). */
  formerNamesJson: string;
  formerNames: string[];
  pinyin: string | null;
  initials: string | null;
  aliasPinyin: string[];
  aliasInitials: string[];
}

export interface MentionRow {
  targetId: string;
  roles: string[];
  /** Surface forms in this document. */
  mentions: string[];
  evidence: EvidenceArrays;
}

export interface ProgramNodeRow {
  id: string;
  name: string;
  kind: string;
  pinyin: string | null;
  initials: string | null;
}

export interface ProposalRow {
  id: string;
  kind: string;
  session: string | null;
  number: string | null;
  title: string | null;
  proposer: string | null;
  evidence: EvidenceArrays;
}

/** One entry of a shared edge (ISSUED_BY, RUNS): who asserted it, how, and the quote. */
export interface SharedEdgeRow {
  from: string;
  to: string;
  source: string;
  quote: string;
  start: number;
  end: number;
}

/** Everything one ingested document writes, in one all-or-nothing unit. */
export interface DocumentWrite {
  doc: DocumentRow;
  cited: CitedRow[];
  agencies: AgencyNodeRow[];
  agencyMentions: MentionRow[];
  programs: ProgramNodeRow[];
  programMentions: MentionRow[];
  proposal: ProposalRow | null;
  issuedBy: SharedEdgeRow[];
  runs: SharedEdgeRow[];
  /** Title-only nodes (ids) that this document shows to be the numbered one: merged into it before writing. */
  merges: { from: string; to: string }[];
}
