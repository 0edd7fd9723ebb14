// graph/write-cypher.ts — the Cypher of a write batch (graph/store.ts runs it): every value a parameter, one
// statement per kind of row. Node rows find their node through the `id` uniqueness constraint once per batch;
// edge rows then reach both ends by element id (NodeByElementIdSeek), not by one index seek per end per row.

import { nodesByIdsCypher, RELATION_ORDER } from './model.ts';

/** The parallel evidence arrays of a relationship (graph/model.ts EvidenceArrays). */
const EVIDENCE_FIELDS = ['starts', 'ends', 'quotes', 'quoteStarts', 'quoteEnds'] as const;

/** Marks, inside one transaction only, a node CREATE_DOCUMENTS found already there (cleared by CLEAR_PENDING). */
const PENDING_FLAG = 'pgPendingUpsert';

/**
 * The nodes with these ids, one list per label (an id's prefix names its label, graph/model.ts ID_PREFIX): one
 * uniqueness-index seek per id, where nodesByIdsCypher tries all four labels.
 */
function nodesByLabelCypher(variable: string): string {
  const one = (label: string, list: string) =>
    `UNWIND $${list} AS id MATCH (${variable}:${label} {id: id}) RETURN ${variable}`;
  return `CALL {
  ${one('Document', 'documents')}
  UNION ALL ${one('Agency', 'agencies')}
  UNION ALL ${one('Program', 'programs')}
  UNION ALL ${one('Proposal', 'proposals')}
}`;
}

/** Element ids of the batch's nodes already in the graph: the edge statements reach their ends through them. */
export const LOCATE_NODES = `${nodesByLabelCypher('n')}
RETURN n.id AS id, elementId(n) AS eid`;

/**
 * 1. Retract the batch's shared-type edges (ISSUED_BY, RUNS): each asserting document has its own relationship
 *    (`sourceDoc`), so a popular document's issuer is one relationship per citing document — written in O(1),
 *    retracted without touching what other documents asserted. Every such relationship hangs off a node the
 *    document reaches through its own edges: itself, a document it cites, a program it mentions.
 *    Returns the end nodes, which may now be orphans.
 */
export const RETRACT_SHARED = `
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
export const EXISTING_DOCUMENTS = `UNWIND $ids AS id MATCH (d:Document {id: id}) WHERE d.assertionHash IS NOT NULL RETURN d.id AS id`;

/** 2. Delete the batch's own edges (CITES, MENTIONS, RESPONDS_TO). Returns their targets, which may now be orphans. */
export const RETRACT_OWNED = `
UNWIND $ids AS id
MATCH (d:Document {id: id})-[r:CITES|MENTIONS|RESPONDS_TO]->(t)
WITH r, t.id AS target
DELETE r
RETURN collect(DISTINCT target) AS candidates`;

/**
 * The union of two lists as a Cypher expression (set-valued properties: titles, keys, aliases, pinyin). Appending
 * only the new items is far cheaper than sorting in a subquery; the order records nothing but the order documents
 * were written in, and canonicalDump (test/graph/canonical-dump.ts) compares these lists as sets.
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
  'docNumber',
  'code',
  'year',
  'file',
  'source',
  'encoding',
  'text',
  'indexNumber',
  'writtenDate',
  'publishedDate',
  'signedDate',
  'date',
  'genre',
  'topics',
  'assertionHash',
  // Lifecycle the document states of itself (graph/model.ts IngestedProperties).
  'effectiveDate',
  'expiryDate',
  'effectiveQuote',
  'effectiveQuoteStart',
  'effectiveQuoteEnd',
  'expiryQuote',
  'expiryQuoteStart',
  'expiryQuoteEnd',
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
export const MERGE_TITLE_NODES = `
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
export const FIND_MERGE_SOURCES = `
UNWIND $merges AS m
MATCH (t:Document {id: m.from})
WHERE NOT EXISTS { MATCH (:Document {id: m.to})-[r:CITES]->(t) WHERE r.relation IN ['repeals', 'amends'] }
RETURN t.id AS id`;

/**
 * 4a. Document nodes the batch creates: every property computed beforehand (graph/write-rows.ts
 *     createdDocumentProperties gives what UPSERT_DOCUMENTS would give on an absent node), set in one operation.
 *     A node another writer created since LOCATE_NODES looked is flagged and gets UPSERT_DOCUMENTS (4b) instead.
 */
export const CREATE_DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
ON CREATE SET d += row.props
ON MATCH SET d.${PENDING_FLAG} = true
RETURN row.id AS id, elementId(d) AS eid, d.${PENDING_FLAG} IS NOT NULL AS raced`;

export const CLEAR_PENDING = `UNWIND $ids AS id MATCH (d:Document {id: id}) REMOVE d.${PENDING_FLAG}`;

/** 4b. Document nodes already in the graph: the ingested document's own properties, and what citing documents say about cited ones. */
export const UPSERT_DOCUMENTS = `
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
export const UPSERT_AGENCIES = `
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
    a.initialsText = ${delimitedText('a.initials')}
RETURN a.id AS id, elementId(a) AS eid`;

/** 6. Programs (name and kind chosen order-independently when two documents spell them differently). */
export const UPSERT_PROGRAMS = `
UNWIND $rows AS row
MERGE (p:Program {id: row.id})
SET p.name = CASE WHEN p.name IS NULL OR row.name < p.name THEN row.name ELSE p.name END,
    p.kind = CASE WHEN p.kind IS NULL OR row.kind < p.kind THEN row.kind ELSE p.kind END,
    p.pinyins = ${sortedUnion('p.pinyins', 'row.pinyins')},
    p.initials = ${sortedUnion('p.initials', 'row.initials')}
SET p.pinyinText = ${delimitedText('p.pinyins')},
    p.initialsText = ${delimitedText('p.initials')}
RETURN p.id AS id, elementId(p) AS eid`;

/**
 * 7b. The issuer a document number's 机关代字 names: one relationship per (document, agency), marked
 *     `source: 'code'` and owned by the numbered node (no citing document asserts it alone, none retracts it;
 *     it goes when the node goes).
 */
export const CODE_ISSUERS = `
UNWIND $rows AS e
MATCH (d) WHERE elementId(d) = e.from
MATCH (a) WHERE elementId(a) = e.to
MERGE (d)-[r:ISSUED_BY {source: 'code'}]->(a)
ON CREATE SET r.sources = ['code']`;

/**
 * 10b. 效力级别 of every document the batch touched, from the node's final title, number and issuer (each chosen
 *      order-independently above), so the level never depends on the order documents were ingested in. The rule
 *      is a TypeScript function (ingest/legal-level.ts): read the inputs, decide, write back what changed.
 */
export const LEVEL_INPUTS = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.title AS title, d.docNumber AS docNumber, d.issuer AS issuer, d.legalLevel AS level, d.legalLevelRule AS rule`;

export const SET_LEVELS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
SET d.legalLevel = row.level, d.legalLevelRule = row.rule`;

/**
 * 7. Proposals. Replies to one proposal (the lead agency's and each co-handler's) may word its title or name its
 *    proposer differently: each property comes from the LATEST reply that states it — by the reply's date, then by
 *    its id (proposalRank) — so the node is the same whatever the batch size or the order of ingest. `>=`: the same
 *    reply written again (re-ingested after a change) restates its own values.
 */
export const UPSERT_PROPOSALS = `
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
    p.proposerRank = CASE WHEN newProposer THEN row.proposerRank ELSE p.proposerRank END
RETURN p.id AS id, elementId(p) AS eid`;

/**
 * 8. Owned and 9. shared-type edges: one statement per type; `from`/`to` are element ids, the properties come
 *    ready-made (graph/write-rows.ts edgeProperties) and are set by CREATE itself (a null is no property). CREATE,
 *    not MERGE: the batch retracted every edge its documents owned or asserted (steps 1–2), so none exists — and
 *    MERGE would scan a popular target's thousands of incoming relationships for each row.
 */
export function edgeStatement(type: string, properties: readonly string[]): string {
  return `
UNWIND $rows AS e
MATCH (a) WHERE elementId(a) = e.from
MATCH (b) WHERE elementId(b) = e.to
CREATE (a)-[r:${type} {${properties.map((p) => `${p}: e.p.${p}`).join(', ')}}]->(b)`;
}

/** Properties of an owned edge (CITES, MENTIONS, RESPONDS_TO). */
export const OWNED_EDGE_PROPERTIES = [
  'sourceDoc',
  ...EVIDENCE_FIELDS,
  'count',
  'roles',
  'mentions',
  // CITES: the strongest relation over the citing text's clauses, and that clause (null for other types).
  'relation',
  'relationQuote',
  'relationQuoteStart',
  'relationQuoteEnd',
  // A scalar flag beside the roles list: an agency portfolio filters thousands of mentions on it cheaply.
  'coHandler',
] as const;

/** Properties of a shared-type edge (ISSUED_BY, RUNS): one relationship per asserting document. */
export const SHARED_EDGE_PROPERTIES = ['sourceDoc', 'sources', ...EVIDENCE_FIELDS] as const;

const NODES_BY_IDS = nodesByIdsCypher('n');

/**
 * 11. Degrees of every node whose relationships this batch changed: `degree` (all relationships) orders the
 *     overview, `citedCount` (documents citing it, or mentioning it for agencies and programs) orders top-cited
 *     and every list's "cited by" — through range indexes and plain reads instead of counting relationships of
 *     every node at query time.
 */
export const RECOUNT = `${nodesByLabelCypher('n')}
SET n.degree = COUNT { (n)--() }, n.citedCount = COUNT { (n)<-[:CITES|MENTIONS]-() }
WITH n WHERE n:Document
SET n.citesCount = COUNT { (n)-[:CITES]->() }`;

/** 10. Nodes that lost their last relationship and are not ingested documents: nothing asserts them any more. */
export const DROP_ORPHANS = `${NODES_BY_IDS}
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
