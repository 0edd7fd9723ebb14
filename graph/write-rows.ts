// graph/write-rows.ts — what a write batch sends: one row per node or edge of the batch (documents of a batch
// cite the same things), and the ready-made property maps of the nodes and edges it creates.

import type {
  DocumentNodeRow,
  DocumentWrite,
  OwnedEdgeRow,
  ProposalNodeRow,
  AgencyNodeRow,
  ProgramNodeRow,
  SharedEdgeRow,
} from './model.ts';
import type { OWNED_EDGE_PROPERTIES, SHARED_EDGE_PROPERTIES } from './write-cypher.ts';

/**
 * A proposal row with the rank of the reply that states it: `date id` (an undated reply ranks below every dated
 * one), compared as strings. `titleRank`/`proposerRank` are the ranks of the replies the title and the proposer
 * come from (null when no reply of the batch states one).
 */
export interface RankedProposalRow extends ProposalNodeRow {
  rank: string;
  titleRank: string | null;
  proposerRank: string | null;
}

/** The rank of what a reply says about the proposal it answers: later replies win, ties broken by id. */
export function proposalRank(date: string | null | undefined, documentId: string): string {
  return `${date ?? '0000-00-00'} ${documentId}`;
}

/** Fold one reply's row into the batch's row for that proposal, field by field, the same rule as UPSERT_PROPOSALS. */
function foldProposal(k: RankedProposalRow | undefined, p: ProposalNodeRow, rank: string): RankedProposalRow {
  const row: RankedProposalRow = {
    ...p,
    rank,
    titleRank: p.title === null ? null : rank,
    proposerRank: p.proposer === null ? null : rank,
  };
  if (!k) return row;
  const base = rank >= k.rank ? row : k;
  const title = row.titleRank !== null && (k.titleRank === null || row.titleRank >= k.titleRank) ? row : k;
  const proposer =
    row.proposerRank !== null && (k.proposerRank === null || row.proposerRank >= k.proposerRank) ? row : k;
  return {
    ...base,
    title: title.title,
    titleRank: title.titleRank,
    proposer: proposer.proposer,
    proposerRank: proposer.proposerRank,
  };
}

/** Rows of a batch, one per node id or edge key: a batch's rows never touch the same entity twice in one statement. */
export interface BatchRows {
  ids: string[];
  merges: { from: string; to: string }[];
  documents: DocumentNodeRow[];
  agencies: AgencyNodeRow[];
  programs: ProgramNodeRow[];
  proposals: RankedProposalRow[];
  owned: OwnedEdgeRow[];
  shared: SharedEdgeRow[];
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

function minRank<T extends { rank: string } | null>(a: T, b: T): T {
  if (!a) return b;
  if (!b) return a;
  return b.rank < a.rank ? b : a;
}

/** A document row whose lists can be merged into without touching the row it came from. */
export function copyDocumentRow(d: DocumentNodeRow): DocumentNodeRow {
  return {
    ...d,
    titles: [...d.titles],
    titleKeys: [...d.titleKeys],
    pinyins: [...d.pinyins],
    initials: [...d.initials],
  };
}

/**
 * Merge what `d` says about a document into `k`, the one rule for two rows of the same node (the batch's rows, and
 * what this run wrote, graph/written-nodes.ts): sets are united, a missing number or code is filled in, and the
 * ingested document's own row decides title, issuer and 试行 (UPSERT_DOCUMENTS overrides with `own`); otherwise the
 * best-ranked title and issuer win.
 */
export function mergeDocumentRow(k: DocumentNodeRow, d: DocumentNodeRow): void {
  k.docNumber ??= d.docNumber;
  k.code ??= d.code;
  k.year ??= d.year;
  k.codeIssuer ??= d.codeIssuer;
  k.trial = k.own ? k.trial : (k.trial ?? false) || (d.trial ?? false);
  k.titles = union(k.titles, d.titles);
  k.titleKeys = union(k.titleKeys, d.titleKeys);
  k.pinyins = union(k.pinyins, d.pinyins);
  k.initials = union(k.initials, d.initials);
  if (d.own) {
    k.own = d.own;
    k.title = d.title ?? k.title;
    k.issuer = d.issuer ?? k.issuer;
    k.trial = d.trial;
  } else if (!k.own) {
    k.title = minRank(k.title, d.title);
    k.issuer = minRank(k.issuer, d.issuer);
  }
}

/** Combine the writes of several documents into one row per entity (documents in a batch cite the same things). */
export function batchRows(writes: DocumentWrite[]): BatchRows {
  const documents = new Map<string, DocumentNodeRow>();
  const agencies = new Map<string, AgencyNodeRow>();
  const programs = new Map<string, ProgramNodeRow>();
  const proposals = new Map<string, RankedProposalRow>();
  const shared: SharedEdgeRow[] = [];
  const merges = new Map<string, string>();
  const owned: OwnedEdgeRow[] = [];
  for (const w of writes) {
    for (const d of w.documents) {
      const k = documents.get(d.id);
      if (!k) documents.set(d.id, copyDocumentRow(d));
      else mergeDocumentRow(k, d);
    }
    for (const a of w.agencies) {
      const k = agencies.get(a.id);
      if (!k) agencies.set(a.id, { ...a });
      else {
        k.aliases = union(k.aliases, a.aliases);
        k.pinyins = union(k.pinyins, a.pinyins);
        k.initials = union(k.initials, a.initials);
      }
    }
    for (const p of w.programs) {
      const k = programs.get(p.id);
      if (!k) programs.set(p.id, { ...p });
      else {
        if (p.name < k.name) k.name = p.name;
        if (p.kind < k.kind) k.kind = p.kind;
        k.pinyins = union(k.pinyins, p.pinyins);
        k.initials = union(k.initials, p.initials);
      }
    }
    const rank = proposalRank(w.documents.find((d) => d.id === w.id)?.own?.date, w.id);
    for (const p of w.proposals) proposals.set(p.id, foldProposal(proposals.get(p.id), p, rank));
    shared.push(...w.shared);
    for (const m of w.merges) merges.set(m.from, m.to);
    owned.push(...w.owned);
  }
  // A merge source that is itself being written as a node in this batch is not stale: leave it (ids differ only
  // when resolution chose the title id for a document the batch also knows by number, which learnMerge prevents).
  return {
    ids: writes.map((w) => w.id),
    merges: [...merges].filter(([from]) => !documents.has(from)).map(([from, to]) => ({ from, to })),
    documents: [...documents.values()],
    agencies: [...agencies.values()],
    programs: [...programs.values()],
    proposals: [...proposals.values()],
    owned,
    shared,
  };
}

/** `|a|b|` from a list (null for none), as the text indexes want it (the same as write-cypher.ts delimitedText). */
function delimited(list: string[]): string | null {
  return list.length === 0 ? null : `|${list.join('|')}|`;
}

/**
 * Every property UPSERT_DOCUMENTS would give a document node that does not exist yet, computed here so that
 * CREATE_DOCUMENTS sets them in one operation. Nulls are left out (no property), as Cypher's SET of null does.
 */
export function createdDocumentProperties(row: DocumentNodeRow): Record<string, unknown> {
  const own = row.own;
  const title = row.title?.value ?? null;
  const docNumber = row.docNumber;
  const props: Record<string, unknown> = {
    id: row.id,
    ingested: false,
    ...(own ?? {}),
    docNumber,
    code: row.code,
    year: own?.year ?? row.year,
    titles: row.titles,
    titleKeys: row.titleKeys,
    pinyins: row.pinyins,
    initials: row.initials,
    title,
    titleRank: row.title?.rank ?? null,
    issuer: row.issuer?.value ?? null,
    issuerRank: row.issuer?.rank ?? null,
    // 试行 from the document's own word, else from any title it is cited by.
    trial: own ? (own.trial ?? false) : (row.trial ?? false),
    name: title ?? docNumber ?? (row.id.startsWith('doc:f:') ? row.id.slice(6) : row.id),
    keysText: delimited(row.titleKeys),
    pinyinText: delimited(row.pinyins),
    initialsText: delimited(row.initials),
  };
  for (const k of Object.keys(props)) if (props[k] === null || props[k] === undefined) delete props[k];
  return props;
}

/** The properties of an owned edge as CREATE sets them (graph/write-cypher.ts OWNED_EDGE_PROPERTIES). */
export function ownedEdgeProperties(e: OwnedEdgeRow): Record<(typeof OWNED_EDGE_PROPERTIES)[number], unknown> {
  return {
    sourceDoc: e.from,
    starts: e.starts,
    ends: e.ends,
    quotes: e.quotes,
    quoteStarts: e.quoteStarts,
    quoteEnds: e.quoteEnds,
    count: e.starts.length,
    roles: e.roles,
    mentions: e.mentions,
    relation: e.relation ?? null,
    relationQuote: e.relationQuote ?? null,
    relationQuoteStart: e.relationQuoteStart ?? null,
    relationQuoteEnd: e.relationQuoteEnd ?? null,
    coHandler: e.roles?.includes('co-handler') ? true : null,
  };
}

/** The properties of one asserting document's shared-type edge (graph/write-cypher.ts SHARED_EDGE_PROPERTIES). */
export function sharedEdgeProperties(e: SharedEdgeRow): Record<(typeof SHARED_EDGE_PROPERTIES)[number], unknown> {
  return {
    sourceDoc: e.docs[0] ?? null,
    sources: e.sources,
    starts: e.starts,
    ends: e.ends,
    quotes: e.quotes,
    quoteStarts: e.quoteStarts,
    quoteEnds: e.quoteEnds,
  };
}
