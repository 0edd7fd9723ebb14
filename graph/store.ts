// graph/store.ts — writing documents to Neo4j: batched UNWIND … MERGE statements, all-or-nothing per batch.
// A batch first retracts what its documents asserted before, then writes what they assert now, then drops orphans.

import type { ManagedTransaction } from './connection.ts';
import { configFromEnv, runRead, runWrite, toNumber, type Neo4jConfig } from './connection.ts';
import type {
  AgencyNodeRow,
  DocumentNodeRow,
  DocumentWrite,
  OwnedEdgeRow,
  ProgramNodeRow,
  ProposalNodeRow,
  SharedEdgeRow,
} from './model.ts';
import { nodesByIdsCypher, RELATION_ORDER } from './model.ts';
import { TitleIndex } from './resolve.ts';
import { ensureSchema, forgetSchema } from './schema.ts';
import { legalLevel } from '../ingest/legal-level.ts';

// ---------------------------------------------------------------------------
// Cypher (every value a parameter; one statement per kind of row)
// ---------------------------------------------------------------------------

/** The parallel evidence arrays of a relationship (graph/model.ts EvidenceArrays). */
const EVIDENCE_FIELDS = ['starts', 'ends', 'quotes', 'quoteStarts', 'quoteEnds'] as const;
const SET_OWNED_EVIDENCE = EVIDENCE_FIELDS.map((f) => `r.${f} = e.${f}`).join(', ');

/**
 * 1. Retract the batch's shared-type edges (ISSUED_BY, RUNS): each asserting document has its own relationship
 *    (`sourceDoc`), so a popular document's issuer is one relationship per citing document — written in O(1),
 *    retracted without touching what other documents asserted. Every such relationship hangs off a node the
 *    document reaches through its own edges: itself, a document it cites, a program it mentions.
 *    Returns the end nodes, which may now be orphans.
 */
const RETRACT_SHARED = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
CALL {
  WITH d MATCH (d)-[r:ISSUED_BY]->() WHERE r.sourceDoc = d.id RETURN r
  UNION
  WITH d MATCH (d)-[:CITES]->(:Document)-[r:ISSUED_BY]->() WHERE r.sourceDoc = d.id RETURN r
  UNION
  WITH d MATCH (d)-[:MENTIONS]->(:Program)<-[r:RUNS]-() WHERE r.sourceDoc = d.id RETURN r
}
WITH DISTINCT r
WITH r, startNode(r).id AS a, endNode(r).id AS b
DELETE r
RETURN collect(a) + collect(b) AS candidates`;

/** Which of the batch's documents were ingested before (they have assertions to retract). */
const EXISTING_DOCUMENTS = `UNWIND $ids AS id MATCH (d:Document {id: id}) WHERE d.assertionHash IS NOT NULL RETURN d.id AS id`;

/** 2. Delete the batch's own edges (CITES, MENTIONS, RESPONDS_TO). Returns their targets, which may now be orphans. */
const RETRACT_OWNED = `
UNWIND $ids AS id
MATCH (d:Document {id: id})-[r:CITES|MENTIONS|RESPONDS_TO]->(t)
WITH r, t.id AS target
DELETE r
RETURN collect(DISTINCT target) AS candidates`;

/**
 * The union of two lists as a Cypher expression (set-valued properties: titles, keys, aliases, pinyin). Appending
 * only the new items is far cheaper than sorting in a subquery; the order records nothing but the order documents
 * were written in, and canonicalDump compares these lists as sets.
 */
function sortedUnion(a: string, b: string): string {
  return `coalesce(${a}, []) + [x IN coalesce(${b}, []) WHERE NOT x IN coalesce(${a}, [])]`;
}

/** `|a|b|` from a list, for the text indexes (graph/schema.ts). */
function delimitedText(list: string): string {
  return `CASE WHEN size(coalesce(${list}, [])) = 0 THEN null ELSE reduce(s = '|', k IN ${list} | s + k + '|') END`;
}

/** Derived search properties of a Document, recomputed from its sets after each write. */
const SET_DOCUMENT_DERIVED = `
SET d.name = coalesce(d.title, d.docNumber, CASE WHEN d.id STARTS WITH 'doc:f:' THEN substring(d.id, 6) ELSE d.id END),
    d.keysText = ${delimitedText('d.titleKeys')},
    d.pinyinText = ${delimitedText('d.pinyins')},
    d.initialsText = ${delimitedText('d.initials')}`;

/**
 * Scalar properties a merged title node hands to the numbered node when that node has none (an ingested document
 * first known by its title brings its text and dates). Never `id`: that is the numbered node's own.
 */
const COPIED_DOCUMENT_PROPERTIES = [
  'docNumber', 'code', 'year', 'file', 'source', 'encoding', 'text', 'indexNumber', 'writtenDate', 'publishedDate',
  'signedDate', 'date', 'genre', 'topics', 'assertionHash',
  // Lifecycle the document states of itself (graph/model.ts IngestedProperties).
  'effectiveDate', 'expiryDate', 'effectiveQuote', 'effectiveQuoteStart', 'effectiveQuoteEnd', 'expiryQuote',
  'expiryQuoteStart', 'expiryQuoteEnd',
];

/** CITES relations weakest first (graph/model.ts RELATION_ORDER), for choosing the stronger inside Cypher. */
const RELATION_LIST = `[${RELATION_ORDER.map((r) => `'${r}'`).join(', ')}]`;

/** The strength of a relation expression (-1 for none): its index in RELATION_LIST. */
function relationRank(expr: string): string {
  return `coalesce(head([i IN range(0, size(${RELATION_LIST}) - 1) WHERE ${RELATION_LIST}[i] = ${expr}]), -1)`;
}

/**
 * 3. Merge title-only nodes into the numbered node a document showed them to be (title ↔ number learned). The
 *    numbered node keeps its own values; lists are united; ranks pick title and issuer; every relationship moves.
 */
const MERGE_TITLE_NODES = `
UNWIND $merges AS m
MATCH (t:Document {id: m.from})
MERGE (n:Document {id: m.to})
ON CREATE SET n.ingested = false
WITH t, n, properties(n) AS keep, properties(t) AS old
SET ${COPIED_DOCUMENT_PROPERTIES.map((p) => `n.${p} = coalesce(keep.${p}, old.${p})`).join(', ')}
SET n.ingested = coalesce(keep.ingested, false) OR coalesce(old.ingested, false),
    n.titles = ${sortedUnion('keep.titles', 'old.titles')},
    n.titleKeys = ${sortedUnion('keep.titleKeys', 'old.titleKeys')},
    n.pinyins = ${sortedUnion('keep.pinyins', 'old.pinyins')},
    n.initials = ${sortedUnion('keep.initials', 'old.initials')},
    n.title = CASE WHEN old.titleRank IS NOT NULL AND (keep.titleRank IS NULL OR old.titleRank < keep.titleRank) THEN old.title ELSE keep.title END,
    n.titleRank = CASE WHEN old.titleRank IS NOT NULL AND (keep.titleRank IS NULL OR old.titleRank < keep.titleRank) THEN old.titleRank ELSE keep.titleRank END,
    n.issuer = CASE WHEN old.issuerRank IS NOT NULL AND (keep.issuerRank IS NULL OR old.issuerRank < keep.issuerRank) THEN old.issuer ELSE keep.issuer END,
    n.issuerRank = CASE WHEN old.issuerRank IS NOT NULL AND (keep.issuerRank IS NULL OR old.issuerRank < keep.issuerRank) THEN old.issuerRank ELSE keep.issuerRank END,
    n.trial = CASE WHEN keep.ingested THEN keep.trial WHEN old.ingested THEN old.trial ELSE coalesce(keep.trial, false) OR coalesce(old.trial, false) END
WITH t, n, n AS d
${SET_DOCUMENT_DERIVED}
WITH t, n
CALL {
  WITH t, n
  MATCH (s:Document)-[r:CITES]->(t) WHERE s <> n
  MERGE (s)-[e:CITES]->(n)
  // One edge per citing document: the stronger relation (and the clause that decided it) of the two it had.
  WITH r, e, s, ${relationRank('r.relation')} > ${relationRank('e.relation')} AS stronger
  SET ${EVIDENCE_FIELDS.map((f) => `e.${f} = coalesce(e.${f}, []) + r.${f}`).join(', ')}, e.sourceDoc = s.id
  SET e.count = size(e.starts)
  FOREACH (_ IN CASE WHEN stronger THEN [1] ELSE [] END |
    SET e.relation = r.relation, e.relationQuote = r.relationQuote, e.relationQuoteStart = r.relationQuoteStart,
        e.relationQuoteEnd = r.relationQuoteEnd)
  DELETE r
  RETURN count(*) AS movedIn
}
CALL {
  // What t asserted as an ingested document moves to n — unless n is rewritten in this batch (it asserts anew).
  WITH t, n
  MATCH (t)-[r:CITES|MENTIONS|RESPONDS_TO]->(x) WHERE x <> n AND NOT n.id IN $ids
  CALL {
    WITH r, n, x
    WITH r, n, x WHERE type(r) = 'CITES'
    MERGE (n)-[e:CITES]->(x) SET e = properties(r), e.sourceDoc = n.id
  }
  CALL {
    WITH r, n, x
    WITH r, n, x WHERE type(r) = 'MENTIONS'
    MERGE (n)-[e:MENTIONS]->(x) SET e = properties(r), e.sourceDoc = n.id
  }
  CALL {
    WITH r, n, x
    WITH r, n, x WHERE type(r) = 'RESPONDS_TO'
    MERGE (n)-[e:RESPONDS_TO]->(x) SET e = properties(r), e.sourceDoc = n.id
  }
  DELETE r
  RETURN count(*) AS movedOut
}
CALL {
  // Issuers other documents asserted for t now hang off n (one relationship per asserting document).
  WITH t, n
  MATCH (t)-[r:ISSUED_BY]->(a:Agency) WHERE r.sourceDoc <> t.id OR NOT n.id IN $ids
  CREATE (n)-[e:ISSUED_BY]->(a) SET e = properties(r)
  SET e.sourceDoc = CASE WHEN r.sourceDoc = t.id THEN n.id ELSE r.sourceDoc END
  RETURN count(*) AS movedIssuers
}
CALL {
  // Shared edges t asserted elsewhere: renamed to n, or dropped when n asserts anew in this batch.
  WITH t, n
  MATCH (n)-[:CITES|MENTIONS]->()-[r:ISSUED_BY|RUNS]-() WHERE r.sourceDoc = t.id
  FOREACH (_ IN CASE WHEN n.id IN $ids THEN [1] ELSE [] END | DELETE r)
  FOREACH (_ IN CASE WHEN n.id IN $ids THEN [] ELSE [1] END | SET r.sourceDoc = n.id)
  RETURN count(*) AS renamed
}
WITH t, n, [(n)--(x) | x.id] AS around
DETACH DELETE t
RETURN collect(n.id) + reduce(acc = [], a IN collect(around) | acc + a) AS touched`;

/**
 * Which of these title-only nodes exist (merge sources) — except one the numbered document repeals or amends: that
 * is an earlier version bearing the same title (DESIGN.md: keep versions apart), not the numbered document itself.
 */
const FIND_MERGE_SOURCES = `
UNWIND $merges AS m
MATCH (t:Document {id: m.from})
WHERE NOT EXISTS { MATCH (:Document {id: m.to})-[r:CITES]->(t) WHERE r.relation IN ['repeals', 'amends'] }
RETURN t.id AS id`;

/** 4. Document nodes: the ingested document's own properties, and what citing documents say about cited ones. */
const UPSERT_DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
ON CREATE SET d.ingested = false
SET d += coalesce(row.own, {})
SET d.docNumber = coalesce(d.docNumber, row.docNumber),
    d.code = coalesce(d.code, row.code),
    d.year = coalesce(d.year, row.year),
    d.titles = ${sortedUnion('d.titles', 'row.titles')},
    d.titleKeys = ${sortedUnion('d.titleKeys', 'row.titleKeys')},
    d.pinyins = ${sortedUnion('d.pinyins', 'row.pinyins')},
    d.initials = ${sortedUnion('d.initials', 'row.initials')}
WITH d, row,
  row.title IS NOT NULL AND (row.own IS NOT NULL OR d.titleRank IS NULL OR row.title.rank < d.titleRank) AS newTitle,
  row.issuer IS NOT NULL AND (row.own IS NOT NULL OR d.issuerRank IS NULL OR row.issuer.rank < d.issuerRank) AS newIssuer
SET d.title = CASE WHEN newTitle THEN row.title.value ELSE d.title END,
    d.titleRank = CASE WHEN newTitle THEN row.title.rank ELSE d.titleRank END,
    d.issuer = CASE WHEN newIssuer THEN row.issuer.value ELSE d.issuer END,
    d.issuerRank = CASE WHEN newIssuer THEN row.issuer.rank ELSE d.issuerRank END
// 试行 from the document's own word, else from any title it is cited by.
SET d.trial = CASE WHEN row.own IS NOT NULL THEN coalesce(row.own.trial, false)
                   WHEN coalesce(d.ingested, false) THEN d.trial
                   ELSE coalesce(d.trial, false) OR coalesce(row.trial, false) END
${SET_DOCUMENT_DERIVED}`;

/** 5. Agencies: the roster's facts, plus every surface form documents used as an alias. */
const UPSERT_AGENCIES = `
UNWIND $rows AS row
MERGE (a:Agency {id: row.id})
SET a.name = row.name,
    a.level = coalesce(row.level, a.level),
    a.jurisdiction = coalesce(row.jurisdiction, a.jurisdiction),
    a.formerNames = row.formerNames,
    a.formerNamesJson = row.formerNamesJson,
    a.aliases = ${sortedUnion('a.aliases', 'row.aliases')},
    a.pinyins = ${sortedUnion('a.pinyins', 'row.pinyins')},
    a.initials = ${sortedUnion('a.initials', 'row.initials')}
SET a.namesText = ${delimitedText('[a.name] + a.aliases + a.formerNames')},
    a.pinyinText = ${delimitedText('a.pinyins')},
    a.initialsText = ${delimitedText('a.initials')}`;

/** 6. Programs (name and kind chosen order-independently when two documents spell them differently). */
const UPSERT_PROGRAMS = `
UNWIND $rows AS row
MERGE (p:Program {id: row.id})
SET p.name = CASE WHEN p.name IS NULL OR row.name < p.name THEN row.name ELSE p.name END,
    p.kind = CASE WHEN p.kind IS NULL OR row.kind < p.kind THEN row.kind ELSE p.kind END,
    p.pinyins = ${sortedUnion('p.pinyins', 'row.pinyins')},
    p.initials = ${sortedUnion('p.initials', 'row.initials')}
SET p.pinyinText = ${delimitedText('p.pinyins')},
    p.initialsText = ${delimitedText('p.initials')}`;

/**
 * 7b. The issuer a document number's 机关代字 names: one relationship per (document, agency), marked
 *     `source: 'code'` and owned by the numbered node (no citing document asserts it alone, none retracts it;
 *     it goes when the node goes).
 */
const CODE_ISSUERS = `
UNWIND $rows AS e
MATCH (d:Document {id: e.from})
MATCH (a:Agency {id: e.to})
MERGE (d)-[r:ISSUED_BY {source: 'code'}]->(a)
ON CREATE SET r.sources = ['code']`;

/**
 * 10b. 效力级别 of every document the batch touched, from the node's final title, number and issuer (each chosen
 *      order-independently above), so the level never depends on the order documents were ingested in. The rule
 *      is a TypeScript function (ingest/legal-level.ts): read the inputs, decide, write back what changed.
 */
const LEVEL_INPUTS = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.title AS title, d.docNumber AS docNumber, d.issuer AS issuer, d.legalLevel AS level, d.legalLevelRule AS rule`;

const SET_LEVELS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
SET d.legalLevel = row.level, d.legalLevelRule = row.rule`;

/**
 * 7. Proposals. Replies to one proposal (the lead agency's and each co-handler's) may word its title or name its
 *    proposer differently: each property comes from the LATEST reply that states it — by the reply's date, then by
 *    its id (proposalRank) — so the node is the same whatever the batch size or the order of ingest. `>=`: the same
 *    reply written again (re-ingested after a change) restates its own values.
 */
const UPSERT_PROPOSALS = `
UNWIND $rows AS row
MERGE (p:Proposal {id: row.id})
WITH p, row,
  p.sourceRank IS NULL OR row.rank >= p.sourceRank AS newer,
  row.title IS NOT NULL AND (p.titleRank IS NULL OR row.titleRank >= p.titleRank) AS newTitle,
  row.proposer IS NOT NULL AND (p.proposerRank IS NULL OR row.proposerRank >= p.proposerRank) AS newProposer
SET p.name = CASE WHEN newer THEN row.name ELSE p.name END,
    p.kind = CASE WHEN newer THEN row.kind ELSE p.kind END,
    p.session = CASE WHEN newer THEN row.session ELSE p.session END,
    p.number = CASE WHEN newer THEN row.number ELSE p.number END,
    p.sourceRank = CASE WHEN newer THEN row.rank ELSE p.sourceRank END,
    p.title = CASE WHEN newTitle THEN row.title ELSE p.title END,
    p.titleRank = CASE WHEN newTitle THEN row.titleRank ELSE p.titleRank END,
    p.proposer = CASE WHEN newProposer THEN row.proposer ELSE p.proposer END,
    p.proposerRank = CASE WHEN newProposer THEN row.proposerRank ELSE p.proposerRank END`;

/**
 * 8. Owned edges, one statement per (type, target label) so every MATCH uses an index. CREATE, not MERGE: the batch
 *    retracted every edge its documents owned (step 2), so none exists — and MERGE would scan a popular target's
 *    thousands of incoming relationships for each row.
 */
function ownedEdgeStatement(type: string, targetLabel: string): string {
  return `
UNWIND $rows AS e
MATCH (d:Document {id: e.from})
MATCH (t:${targetLabel} {id: e.to})
CREATE (d)-[r:${type}]->(t)
SET r.sourceDoc = e.from, ${SET_OWNED_EVIDENCE}, r.count = size(e.starts), r.roles = e.roles, r.mentions = e.mentions,
    // CITES: the strongest relation over the citing text's clauses, and that clause (null for other types).
    r.relation = e.relation, r.relationQuote = e.relationQuote, r.relationQuoteStart = e.relationQuoteStart,
    r.relationQuoteEnd = e.relationQuoteEnd,
    // A scalar flag beside the roles list: an agency portfolio filters thousands of mentions on it cheaply.
    r.coHandler = CASE WHEN 'co-handler' IN coalesce(e.roles, []) THEN true ELSE null END`;
}

/** 9. Shared-type edges: one new relationship per (asserting document, from, to); the batch retracted old ones first. */
function sharedEdgeStatement(type: string, fromLabel: string, toLabel: string): string {
  return `
UNWIND $rows AS e
MATCH (a:${fromLabel} {id: e.from})
MATCH (b:${toLabel} {id: e.to})
CREATE (a)-[r:${type}]->(b)
SET r.sourceDoc = e.docs[0], r.sources = e.sources, ${SET_OWNED_EVIDENCE}`;
}

const NODES_BY_IDS = nodesByIdsCypher('n');

/**
 * 11. Degrees of every node whose relationships this batch changed: `degree` (all relationships) orders the
 *     overview, `citedCount` (documents citing it, or mentioning it for agencies and programs) orders top-cited
 *     and every list's "cited by" — through range indexes and plain reads instead of counting relationships of
 *     every node at query time.
 */
const RECOUNT = `${NODES_BY_IDS}
SET n.degree = COUNT { (n)--() }, n.citedCount = COUNT { (n)<-[:CITES|MENTIONS]-() }
WITH n WHERE n:Document
SET n.citesCount = COUNT { (n)-[:CITES]->() }`;

/** 10. Nodes that lost their last relationship and are not ingested documents: nothing asserts them any more. */
const DROP_ORPHANS = `${NODES_BY_IDS}
// A cited document's own code issuer does not keep it alive; everything else does.
WHERE NOT coalesce(n.ingested, false) AND NOT EXISTS { (n)-[r]-() WHERE NOT (r.source = 'code' AND startNode(r) = n) }
OPTIONAL MATCH (n)-[:ISSUED_BY {source: 'code'}]->(a:Agency)
WITH n, collect(a) AS issuers
DETACH DELETE n
WITH issuers UNWIND issuers AS a
WITH DISTINCT a, a.id AS agencyId
CALL {
  WITH a
  WITH a WHERE NOT EXISTS { (a)--() }
  DELETE a
  RETURN count(*) AS gone
}
RETURN collect(CASE WHEN gone = 0 THEN agencyId END) AS touched`;

// ---------------------------------------------------------------------------
// Batches
// ---------------------------------------------------------------------------

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
  const row: RankedProposalRow = { ...p, rank, titleRank: p.title === null ? null : rank, proposerRank: p.proposer === null ? null : rank };
  if (!k) return row;
  const base = rank >= k.rank ? row : k;
  const title = row.titleRank !== null && (k.titleRank === null || row.titleRank >= k.titleRank) ? row : k;
  const proposer = row.proposerRank !== null && (k.proposerRank === null || row.proposerRank >= k.proposerRank) ? row : k;
  return {
    ...base,
    title: title.title,
    titleRank: title.titleRank,
    proposer: proposer.proposer,
    proposerRank: proposer.proposerRank,
  };
}

/** Rows of a batch, one per node id or edge key: a batch's rows never touch the same entity twice in one statement. */
interface BatchRows {
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
      if (!k) documents.set(d.id, { ...d, titles: [...d.titles], titleKeys: [...d.titleKeys], pinyins: [...d.pinyins], initials: [...d.initials] });
      else {
        k.docNumber ??= d.docNumber;
        k.code ??= d.code;
        k.year ??= d.year;
        k.codeIssuer ??= d.codeIssuer;
        k.trial = k.own ? k.trial : (k.trial ?? false) || (d.trial ?? false);
        k.titles = union(k.titles, d.titles);
        k.titleKeys = union(k.titleKeys, d.titleKeys);
        k.pinyins = union(k.pinyins, d.pinyins);
        k.initials = union(k.initials, d.initials);
        // The ingested document's own row decides title and issuer (UPSERT_DOCUMENTS overrides with `own`).
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

export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

function zeroCounters(): WriteCounters {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
}

function addCounters(total: WriteCounters, c: WriteCounters): void {
  total.nodesCreated += c.nodesCreated;
  total.nodesDeleted += c.nodesDeleted;
  total.relationshipsCreated += c.relationshipsCreated;
  total.relationshipsDeleted += c.relationshipsDeleted;
  total.propertiesSet += c.propertiesSet;
}

/** Run one statement in the batch's transaction; count what it changed. */
/**
 * Time spent per statement kind, when POLICY_GRAPH_PROFILE_WRITES=1 (for tuning batch sizes and statements;
 * printed by the benchmark). Keyed by the statement's first line.
 */
export const statementTimes = new Map<string, number>();
const PROFILE_WRITES = process.env.POLICY_GRAPH_PROFILE_WRITES === '1';

async function exec(tx: ManagedTransaction, counters: WriteCounters, query: string, params: Record<string, unknown>) {
  const t0 = PROFILE_WRITES ? performance.now() : 0;
  const result = await tx.run(query, params);
  if (PROFILE_WRITES) {
    const key = query.trim().split('\n').slice(0, 3).join(' ').slice(0, 70);
    statementTimes.set(key, (statementTimes.get(key) ?? 0) + performance.now() - t0);
  }
  const u = result.summary.counters.updates();
  counters.nodesCreated += u.nodesCreated;
  counters.nodesDeleted += u.nodesDeleted;
  counters.relationshipsCreated += u.relationshipsCreated;
  counters.relationshipsDeleted += u.relationshipsDeleted;
  counters.propertiesSet += u.propertiesSet;
  return result.records;
}

const OWNED_STATEMENTS: { type: OwnedEdgeRow['type']; targetPrefix: string; query: string }[] = [
  { type: 'CITES', targetPrefix: 'doc:', query: ownedEdgeStatement('CITES', 'Document') },
  { type: 'MENTIONS', targetPrefix: 'agency:', query: ownedEdgeStatement('MENTIONS', 'Agency') },
  { type: 'MENTIONS', targetPrefix: 'program:', query: ownedEdgeStatement('MENTIONS', 'Program') },
  { type: 'RESPONDS_TO', targetPrefix: 'proposal:', query: ownedEdgeStatement('RESPONDS_TO', 'Proposal') },
];

const SHARED_STATEMENTS: { type: SharedEdgeRow['type']; query: string }[] = [
  { type: 'ISSUED_BY', query: sharedEdgeStatement('ISSUED_BY', 'Document', 'Agency') },
  { type: 'RUNS', query: sharedEdgeStatement('RUNS', 'Agency', 'Program') },
];

/** Decide the legal level of these documents from what their nodes now hold, and write those that changed. */
async function writeLegalLevels(tx: ManagedTransaction, counters: WriteCounters, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows: { id: string; level: string | null; rule: string | null }[] = [];
  for (const r of await exec(tx, counters, LEVEL_INPUTS, { ids })) {
    const get = (k: string) => (r.get(k) as string | null) ?? null;
    const decided = legalLevel({ title: get('title'), docNumber: get('docNumber'), issuer: get('issuer') });
    const level = decided?.level ?? null;
    const rule = decided?.rule ?? null;
    if (level !== get('level') || rule !== get('rule')) rows.push({ id: get('id')!, level, rule });
  }
  if (rows.length) await exec(tx, counters, SET_LEVELS, { rows });
}

/**
 * Write one batch of documents in ONE transaction: retract what they asserted before, merge title nodes they
 * resolved, write nodes and edges, drop orphans. If anything fails (or the process dies) nothing of the batch is
 * visible, so every document is either fully written or not at all.
 */
export async function writeBatch(
  writes: DocumentWrite[],
  config: Neo4jConfig = configFromEnv(),
  written?: WrittenNodes,
): Promise<WriteCounters> {
  const all = batchRows(writes);
  const rows = written ? written.filter(all) : all;
  return runWrite(async (tx) => {
    const counters = zeroCounters(); // fresh per attempt: the driver may re-run this function on a transient error
    const candidates = new Set<string>();
    // Only documents already in the graph have assertions to retract. Asked inside the transaction, not taken from
    // `known`: when a commit succeeded but its answer was lost, the driver re-runs this function, and the batch's
    // own documents must then be retracted before they are written again.
    const existing = (await exec(tx, counters, EXISTING_DOCUMENTS, { ids: rows.ids })).map((r) => r.get('id') as string);
    if (existing.length) {
      for (const q of [RETRACT_SHARED, RETRACT_OWNED]) {
        const records = await exec(tx, counters, q, { ids: existing });
        for (const r of records) for (const id of r.get('candidates') as string[]) candidates.add(id);
      }
    }
    if (rows.merges.length) {
      // Most learned pairs have no title-only node to merge: find the ones that exist before the heavy statement.
      const found = await exec(tx, counters, FIND_MERGE_SOURCES, { merges: rows.merges });
      const present = new Set(found.map((r) => r.get('id') as string));
      const merges = rows.merges.filter((m) => present.has(m.from));
      if (merges.length) {
        const records = await exec(tx, counters, MERGE_TITLE_NODES, { merges, ids: rows.ids });
        for (const r of records) for (const id of r.get('touched') as string[]) candidates.add(id);
      }
    }
    if (rows.documents.length) await exec(tx, counters, UPSERT_DOCUMENTS, { rows: rows.documents });
    if (rows.agencies.length) await exec(tx, counters, UPSERT_AGENCIES, { rows: rows.agencies });
    if (rows.programs.length) await exec(tx, counters, UPSERT_PROGRAMS, { rows: rows.programs });
    if (rows.proposals.length) await exec(tx, counters, UPSERT_PROPOSALS, { rows: rows.proposals });
    const codeIssuers = rows.documents.filter((d) => d.codeIssuer).map((d) => ({ from: d.id, to: d.codeIssuer! }));
    if (codeIssuers.length) await exec(tx, counters, CODE_ISSUERS, { rows: codeIssuers });
    for (const s of OWNED_STATEMENTS) {
      const edges = rows.owned.filter((e) => e.type === s.type && e.to.startsWith(s.targetPrefix));
      if (edges.length) await exec(tx, counters, s.query, { rows: edges });
    }
    for (const s of SHARED_STATEMENTS) {
      const edges = rows.shared.filter((e) => e.type === s.type);
      if (edges.length) await exec(tx, counters, s.query, { rows: edges });
    }
    // Agencies that lost a code-issuer edge with a dropped orphan need their degree recounted too.
    const issuersOfOrphans = candidates.size ? await exec(tx, counters, DROP_ORPHANS, { ids: [...candidates] }) : [];
    for (const r of issuersOfOrphans) for (const id of (r.get('touched') as (string | null)[])) if (id) candidates.add(id);
    // Every node whose relationships changed: retracted targets, merged nodes and their neighbours, and both
    // ends of every edge written (from the unfiltered rows: a node row skipped as known still got new edges).
    const touched = new Set(candidates);
    for (const id of all.ids) touched.add(id);
    for (const e of all.owned) touched.add(e.to);
    for (const e of all.shared) (touched.add(e.from), touched.add(e.to));
    for (const d of all.documents) if (d.codeIssuer) touched.add(d.codeIssuer);
    await writeLegalLevels(tx, counters, [...touched].filter((id) => id.startsWith('doc:')));
    await exec(tx, counters, RECOUNT, { ids: [...touched] });
    return counters;
  }, config).then((counters) => {
    written?.remember(all);
    return counters;
  });
}

/**
 * What this run already wrote to each node. A popular document is cited in every batch, almost always with the
 * same title: rewriting its node each time would rewrite its properties and index entries for nothing. A node row
 * that brings nothing new (no new title, key, alias or pinyin, no better-ranked title or issuer) is dropped from
 * the node statements; the edge statements still find the node by id. Valid while this run is the only writer of
 * these nodes, which an ingest is; orphan removal and title merges make a node unknown again.
 */
export class WrittenNodes {
  private readonly docs = new Map<string, DocumentNodeRow>();
  private readonly others = new Map<string, string>();

  filter(rows: BatchRows): BatchRows {
    const touched = new Set(rows.merges.flatMap((m) => [m.from, m.to]));
    return {
      ...rows,
      documents: rows.documents.filter((d) => touched.has(d.id) || !this.coveredDocument(d)),
      agencies: rows.agencies.filter((a) => this.others.get(a.id) !== JSON.stringify(a)),
      programs: rows.programs.filter((p) => this.others.get(p.id) !== JSON.stringify(p)),
      proposals: rows.proposals.filter((p) => this.others.get(p.id) !== JSON.stringify(p)),
    };
  }

  remember(rows: BatchRows): void {
    // Orphan removal may delete nodes of retracted documents, and merges replace nodes: forget those.
    if (rows.merges.length) for (const m of rows.merges) (this.docs.delete(m.from), this.docs.delete(m.to));
    for (const d of rows.documents) {
      const k = this.docs.get(d.id);
      if (!k) this.docs.set(d.id, { ...d, titles: [...d.titles], titleKeys: [...d.titleKeys], pinyins: [...d.pinyins], initials: [...d.initials], own: null });
      else {
        k.titles = [...new Set([...k.titles, ...d.titles])];
        k.titleKeys = [...new Set([...k.titleKeys, ...d.titleKeys])];
        k.pinyins = [...new Set([...k.pinyins, ...d.pinyins])];
        k.initials = [...new Set([...k.initials, ...d.initials])];
        k.title = minRank(k.title, d.title);
        k.issuer = minRank(k.issuer, d.issuer);
        k.trial = (k.trial ?? false) || (d.trial ?? false);
        k.codeIssuer ??= d.codeIssuer;
      }
    }
    for (const a of rows.agencies) this.others.set(a.id, JSON.stringify(a));
    for (const p of rows.programs) this.others.set(p.id, JSON.stringify(p));
    for (const p of rows.proposals) this.others.set(p.id, JSON.stringify(p));
  }

  /** Forget everything (after a batch that retracted documents: orphans may have been removed). */
  clear(): void {
    this.docs.clear();
    this.others.clear();
  }

  private coveredDocument(d: DocumentNodeRow): boolean {
    if (d.own) return false;
    const k = this.docs.get(d.id);
    if (!k) return false;
    const sub = (a: string[], b: string[]) => a.every((x) => b.includes(x));
    const notBetter = (a: { rank: string } | null, b: { rank: string } | null) => !a || (b !== null && b.rank <= a.rank);
    return (
      (d.docNumber === null || k.docNumber === d.docNumber) &&
      (!d.codeIssuer || k.codeIssuer === d.codeIssuer) &&
      sub(d.titles, k.titles) &&
      sub(d.titleKeys, k.titleKeys) &&
      sub(d.pinyins, k.pinyins) &&
      sub(d.initials, k.initials) &&
      notBetter(d.title, k.title) &&
      notBetter(d.issuer, k.issuer) &&
      (!d.trial || k.trial === true)
    );
  }
}

// ---------------------------------------------------------------------------
// Ingest: what is already there, then batches
// ---------------------------------------------------------------------------

/** Title ↔ number pairs already in the graph (learned by earlier ingests), to resolve title-only citations. */
export async function loadTitleIndex(config: Neo4jConfig = configFromEnv()): Promise<TitleIndex> {
  return runRead(
    {
      query: `MATCH (d:Document) WHERE d.docNumber IS NOT NULL AND d.titleKeys IS NOT NULL
              RETURN d.docNumber AS number, d.titleKeys AS keys`,
      params: {},
      transform: (records) => {
        const index = new TitleIndex();
        for (const r of records) for (const k of r.get('keys') as string[]) index.learnKey(k, r.get('number') as string);
        return index;
      },
    },
    config,
  );
}

/** The assertion hashes stored for these ingested documents (an unchanged document is not rewritten). */
export async function storedHashes(ids: string[], config: Neo4jConfig = configFromEnv()): Promise<Map<string, string>> {
  return runRead(
    {
      query: `UNWIND $ids AS id MATCH (d:Document {id: id}) WHERE d.assertionHash IS NOT NULL RETURN d.id AS id, d.assertionHash AS hash`,
      params: { ids },
      transform: (records) => new Map(records.map((r) => [r.get('id') as string, r.get('hash') as string])),
    },
    config,
  );
}

export interface WriteOptions {
  config?: Neo4jConfig;
  /** Documents per transaction (default DEFAULT_BATCH_SIZE). */
  batchSize?: number;
  /** Rewrite documents whose stored hash is unchanged too. */
  force?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface WriteSummary extends WriteCounters {
  documents: number;
  written: number;
  unchanged: number;
  batches: number;
}

/**
 * Documents per transaction. Measured with the 10,000-document bench (npm run bench:graph) on a shared, busy
 * 2-core machine (figures vary by 2× from run to run): 200 → ~45 s, 500 → ~23 s, 1000 → 15–27 s, 2000 → no
 * better (commit work grows with the batch). A 1000-document batch stays well inside the transaction memory of
 * the local Neo4j's 2 GiB heap.
 */
export const DEFAULT_BATCH_SIZE = 1000;

/** Write documents (schema first; unchanged ones skipped), batch by batch, each batch all-or-nothing. */
export async function writeDocuments(writes: DocumentWrite[], options: WriteOptions = {}): Promise<WriteSummary> {
  const config = options.config ?? configFromEnv();
  await ensureSchema(config);
  const stored = await storedHashes(writes.map((w) => w.id), config);
  const todo = writes.filter((w) => {
    const own = w.documents.find((d) => d.id === w.id)?.own;
    return options.force || !own || stored.get(w.id) !== own.assertionHash;
  });
  const total = zeroCounters();
  const size = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  // Ingested documents already in the graph (their hash is stored): only they have old assertions to retract.
  const known = new Set(stored.keys());
  const written = new WrittenNodes();
  let batches = 0;
  options.onProgress?.(0, todo.length);
  for (let i = 0; i < todo.length; i += size) {
    const batch = todo.slice(i, i + size);
    // A batch that retracts documents may remove orphans this run wrote: start the cache afresh after it.
    const retracts = batch.some((w) => known.has(w.id));
    addCounters(total, await writeBatch(batch, config, written));
    if (retracts) written.clear();
    batches++;
    options.onProgress?.(Math.min(i + size, todo.length), todo.length);
  }
  return { ...total, documents: writes.length, written: todo.length, unchanged: writes.length - todo.length, batches };
}

// ---------------------------------------------------------------------------
// Whole-graph helpers (tests, benchmark)
// ---------------------------------------------------------------------------

/** Delete every node and relationship in batches (the schema stays). For tests and the bench database only. */
export async function clearGraph(config: Neo4jConfig = configFromEnv()): Promise<void> {
  for (;;) {
    const deleted = await runWrite(async (tx) => {
      const r = await tx.run('MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n');
      return toNumber(r.records[0]!.get('n'));
    }, config);
    if (deleted === 0) break;
  }
  forgetSchema();
}

export async function graphCounts(config: Neo4jConfig = configFromEnv()): Promise<{ nodes: number; relationships: number }> {
  return runRead(
    {
      query: 'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
      params: {},
      transform: (records) => ({ nodes: toNumber(records[0]!.get('nodes')), relationships: toNumber(records[0]!.get('relationships')) }),
    },
    config,
  );
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function plain(v: unknown): Json {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return v;
  if (Array.isArray(v)) return v.map(plain);
  try {
    return toNumber(v);
  } catch {
    return String(v);
  }
}

/**
 * A canonical text dump of the whole graph: nodes by id with their properties, relationships by (type, from, to)
 * with their properties; the entries of shared edges (parallel arrays) sorted, since their order records only the
 * order documents were written in. Two graphs with equal dumps hold the same facts and the same evidence.
 */
export async function canonicalDump(config: Neo4jConfig = configFromEnv(), options: { ignore?: string[] } = {}): Promise<string> {
  const ignore = new Set(options.ignore ?? []);
  const nodes = await runRead(
    {
      query: 'MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id',
      params: {},
      transform: (records) => records.map((r) => ({ id: r.get('id') as string, labels: r.get('labels') as string[], props: r.get('props') as Record<string, unknown> })),
    },
    config,
  );
  const rels = await runRead(
    {
      query: 'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS props ORDER BY a, b, type',
      params: {},
      transform: (records) => records.map((r) => ({ type: r.get('type') as string, a: r.get('a') as string, b: r.get('b') as string, props: r.get('props') as Record<string, unknown> })),
    },
    config,
  );
  const lines: string[] = [];
  for (const n of nodes) {
    // Lists on nodes are sets (titles, keys, aliases, pinyin, topics): compare them sorted.
    const props = Object.fromEntries(
      Object.entries(n.props)
        .filter(([k]) => !ignore.has(k))
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => {
          const p = plain(v);
          // Delimited search strings (`|a|b|`) are sets too.
          if (typeof p === 'string' && p.length > 1 && p.startsWith('|') && p.endsWith('|')) return [k, `|${p.slice(1, -1).split('|').sort().join('|')}|`];
          return [k, Array.isArray(p) ? [...p].sort() : p];
        }),
    );
    lines.push(`N ${n.labels.sort().join(':')} ${JSON.stringify(props)}`);
  }
  for (const r of rels) {
    const p = Object.fromEntries(Object.entries(r.props).map(([k, v]) => [k, plain(v)])) as Record<string, Json>;
    const props = Object.fromEntries(Object.entries(p).sort(([a], [b]) => (a < b ? -1 : 1)));
    lines.push(`R ${r.type} ${r.a} -> ${r.b} ${JSON.stringify(props)}`);
  }
  // Parallel relationships (one per asserting document) have no order of their own.
  return lines.sort().join('\n');
}
