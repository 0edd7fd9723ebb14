// graph/queries.ts — the analyst queries: one parameterized Cypher statement per function, run in read transactions.
// Each builder returns {query, params, transform}; the exported async functions hand it to graph/connection.ts.

import neo4j from 'neo4j-driver';
import { runRead, toNumber, type Neo4jRecord, type ReadQuery } from './connection.ts';
import { ID_PREFIX } from './model.ts';
import { FULLTEXT_INDEX, TEXT_INDEX } from './schema.ts';
import { luceneQuery, matchingSentence } from './text-search.ts';
import { normalizeDocNumber, primaryTitleKey, programKey, titleIdentityKey } from './normalize.ts';
import { CITED_BY_ROWS, clampTo, NEIGHBOURS, OVERVIEW_NODES, QUERY_ROWS } from '../contracts/settings.ts';
import type {
  AgencyPortfolio,
  CitationRelation,
  CitedByRow,
  CountRow,
  EvidenceQuote,
  GraphEdge,
  NodeLabel,
  NodeSummary,
  SearchHit,
  Subgraph,
  TimelineRow,
} from '../contracts/api.ts';

// ---------------------------------------------------------------------------
// Limits: every list is capped so a query on a large graph stays fast and its answer stays readable. The limits a
// caller may set are in contracts/settings.ts (QUERY_ROWS caps every list); these are the queries' own.
// ---------------------------------------------------------------------------

/** Entries per list of an agency portfolio (issued, numbered, programs, co-handled). */
const PORTFOLIO_LIST_LIMIT = 100;
/**
 * Relationships of one type between two nodes shown per pair: an issuer asserted by 3,000 citing documents is
 * 3,000 relationships (one per asserting document); a few of them carry enough evidence for a panel.
 */
const PARALLEL_EDGES_SHOWN = 10;
/** Quotes returned per citing document in cited-by (the count says how many there are in all). */
const MAX_QUOTES_PER_ROW = 10;
/**
 * Shared policies (same-citations) or common citers (co-cited) named per row; the count says how many in all. Two
 * documents rarely share more than a handful of policies; a popular pair's common citers are thousands, and naming
 * 50 of them per row doubled co-cited's time on the 10,000-document bench graph.
 */
const VIA_SHOWN = 20;

/** Cypher wants integers for LIMIT and list slices; JS numbers travel as floats unless wrapped. */
export function int(n: number) {
  return neo4j.int(n);
}

// ---------------------------------------------------------------------------
// Shared Cypher fragments (one projection, one resolver, reused by every query)
// ---------------------------------------------------------------------------

/** The NodeSummary projection of variable `v`. `citedBy` counts citing documents (documents) or mentioning ones (agencies, programs). */
export function summary(v: string): string {
  // citedCount is kept by every write (graph/store.ts RECOUNT): no count of a popular node's relationships per row.
  return `{id: ${v}.id, label: head(labels(${v})), name: ${v}.name, docNumber: ${v}.docNumber, title: ${v}.title,
    date: ${v}.date, issuer: ${v}.issuer, ingested: coalesce(${v}.ingested, false), kind: ${v}.kind,
    citedBy: coalesce(${v}.citedCount, 0), effectiveDate: ${v}.effectiveDate, expiryDate: ${v}.expiryDate,
    legalLevel: ${v}.legalLevel, legalLevelRule: ${v}.legalLevelRule, trial: ${v}.trial,
    firstLine: CASE WHEN ${v}.title IS NULL AND ${v}.docNumber IS NULL THEN left(${v}.text, 120) END}`;
}

/**
 * Resolve the user's words to one node, bound to `out`. Tried in order (first rank wins, then the most cited):
 * 0 a node id or a document number; 1 an exact title (any of its known forms, see graph/normalize.ts), an agency
 * name, alias or former name, a program name; 2 part of a title; 3 part of an agency or program name.
 * Parameters: `${p}Ids`, `${p}Key`, `${p}ExactKey`, `${p}ExactName`, `${p}Text` (see resolveParams).
 */
export function resolveFragment(p: string, out: string, carry: string[] = []): string {
  const keep = carry.map((v) => `${v}, `).join('');
  return `CALL {
    MATCH (n:Document) WHERE n.id IN $${p}Ids RETURN n, 0 AS rank
    UNION ALL MATCH (n:Agency) WHERE n.id IN $${p}Ids RETURN n, 0 AS rank
    UNION ALL MATCH (n:Program) WHERE n.id IN $${p}Ids RETURN n, 0 AS rank
    UNION ALL MATCH (n:Proposal) WHERE n.id IN $${p}Ids RETURN n, 0 AS rank
    UNION ALL MATCH (n:Document) WHERE n.keysText CONTAINS $${p}ExactKey RETURN n, 1 AS rank
    UNION ALL MATCH (n:Agency) WHERE n.namesText CONTAINS $${p}ExactName RETURN n, 1 AS rank
    UNION ALL MATCH (n:Document) WHERE size($${p}Key) >= 2 AND n.keysText CONTAINS $${p}Key RETURN n, 2 AS rank
    UNION ALL MATCH (n:Agency) WHERE size($${p}Text) >= 2 AND n.namesText CONTAINS $${p}Text RETURN n, 3 AS rank
    UNION ALL MATCH (n:Program) WHERE size($${p}Text) >= 2 AND n.name CONTAINS $${p}Text RETURN n, 3 AS rank
  }
  WITH ${keep}n, rank ORDER BY rank, coalesce(n.citedCount, 0) DESC, n.id LIMIT 1
  WITH ${keep}n AS ${out}`;
}

/** Parameters for resolveFragment(p, …) from what the user typed. */
export function resolveParams(p: string, input: string): Record<string, unknown> {
  const x = input.trim();
  const ids = new Set<string>();
  if (Object.values(ID_PREFIX).some((prefix) => x.startsWith(prefix))) ids.add(x);
  const number = normalizeDocNumber(x);
  if (number) ids.add(`doc:${number}`);
  ids.add(`agency:${x}`);
  ids.add(`program:${programKey(x)}`);
  const key = x ? primaryTitleKey(x) : '';
  return {
    [`${p}Ids`]: [...ids],
    [`${p}Key`]: x ? titleIdentityKey(x) : '',
    [`${p}ExactKey`]: `|${key}|`,
    [`${p}ExactName`]: `|${x}|`,
    [`${p}Text`]: x,
  };
}

/** Match a node by its id (one index seek per label), carrying the variables `carry` along. */
export function byIdFragment(param: string, out: string, carry: string[] = []): string {
  const keep = carry.map((v) => `${v}, `).join('');
  return `CALL {
    MATCH (n:Document {id: $${param}}) RETURN n
    UNION ALL MATCH (n:Agency {id: $${param}}) RETURN n
    UNION ALL MATCH (n:Program {id: $${param}}) RETURN n
    UNION ALL MATCH (n:Proposal {id: $${param}}) RETURN n
  }
  WITH ${keep}n AS ${out} LIMIT 1`;
}

/**
 * Continue with one row per element of the list `top` (bound to `x`), or one row with x = null when it is empty,
 * so the projection after it runs only on the rows kept (the expensive part of a summary is its count).
 */
function unwindTop(carry: string): string {
  return `UNWIND (CASE WHEN size(top) = 0 THEN [null] ELSE top END) AS x WITH ${carry}, x`;
}

/** Relationship types a neighbourhood may follow (paths: graph/paths.ts). */
const ALL_RELS = 'CITES|ISSUED_BY|MENTIONS|RESPONDS_TO|RUNS';

/**
 * A GraphEdge projection of relationship `r` (evidence as parallel arrays; see graph/model.ts). An issuer read from
 * a document number's code (`source: 'code'`) is no one text's assertion: its evidence is the sentence of a citing
 * document where that number stands (the first such sentence found: reading thousands of citers to choose one would
 * cost more than it says).
 */
export function edgeProjection(r: string): string {
  return `{type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id, roles: ${r}.roles,
    relation: ${r}.relation, relationQuote: ${r}.relationQuote, relationStart: ${r}.relationQuoteStart,
    relationEnd: ${r}.relationQuoteEnd,
    docs: coalesce(${r}.docs, [x IN coalesce(${r}.quotes, []) | ${r}.sourceDoc]),
    quotes: ${r}.quotes, quoteStarts: ${r}.quoteStarts, quoteEnds: ${r}.quoteEnds,
    cited: CASE WHEN ${r}.source = 'code' THEN COLLECT {
      MATCH (numbered:Document {id: startNode(${r}).id})<-[c:CITES]-(citing:Document)
      WITH citing, c, [i IN range(0, size(c.quotes) - 1) WHERE c.quotes[i] CONTAINS numbered.docNumber] AS at
      WHERE size(at) > 0
      WITH citing, c, at[0] AS i LIMIT 1
      RETURN {doc: citing.id, quote: c.quotes[i], start: c.quoteStarts[i], end: c.quoteEnds[i]} } ELSE [] END}`;
}

// ---------------------------------------------------------------------------
// Turning driver values into the shared types
// ---------------------------------------------------------------------------

type Row = Record<string, unknown>;

export function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

export function num(v: unknown): number {
  return v === null || v === undefined ? 0 : toNumber(v);
}

export function toSummary(v: unknown): NodeSummary {
  const o = v as Row;
  const s: NodeSummary = {
    id: String(o.id),
    label: o.label as NodeLabel,
    name: str(o.name) ?? String(o.id),
    docNumber: str(o.docNumber),
    title: str(o.title),
    date: str(o.date),
    issuer: str(o.issuer),
    ingested: o.ingested === true,
    kind: str(o.kind),
    citedBy: num(o.citedBy),
  };
  if (s.label === 'Document') {
    // Lifecycle and 效力级别 (graph/store.ts): what the status rules and the viewer's badge read.
    s.effectiveDate = str(o.effectiveDate);
    s.expiryDate = str(o.expiryDate);
    s.legalLevel = str(o.legalLevel);
    s.legalLevelRule = str(o.legalLevelRule);
    s.trial = o.trial === true;
    const firstLine = str(o.firstLine);
    if (firstLine !== null) s.firstLine = firstLine;
  }
  return s;
}

/** A CITES relation as stored (graph/model.ts RELATION_ORDER); an edge written before relations existed mentions. */
export function toRelation(v: unknown): CitationRelation {
  return v === 'basis' || v === 'implements' || v === 'amends' || v === 'repeals' ? v : 'mentions';
}

function maybeSummary(v: unknown): NodeSummary | null {
  return v === null || v === undefined ? null : toSummary(v);
}

/** Zip parallel evidence arrays into EvidenceQuote objects. */
function toQuotes(docs: unknown, quotes: unknown, starts: unknown, ends: unknown): EvidenceQuote[] {
  const d = (docs as unknown[] | null) ?? [];
  const q = (quotes as unknown[] | null) ?? [];
  const s = (starts as unknown[] | null) ?? [];
  const e = (ends as unknown[] | null) ?? [];
  return q.map((quote, i) => ({
    documentId: String(d[i] ?? ''),
    quote: String(quote),
    start: num(s[i]),
    end: num(e[i]),
  }));
}

export function toEdge(v: unknown): GraphEdge {
  const o = v as Row;
  const type = String(o.type);
  const source = String(o.source);
  const target = String(o.target);
  const roles = (o.roles as string[] | null) ?? undefined;
  const cited = ((o.cited as Row[] | null) ?? []).map((c) => ({
    documentId: String(c.doc),
    quote: String(c.quote ?? ''),
    start: num(c.start),
    end: num(c.end),
  }));
  const relation =
    type === 'CITES'
      ? {
          relation: toRelation(o.relation),
          relationEvidence:
            str(o.relationQuote) === null
              ? null
              : {
                  documentId: source,
                  quote: String(o.relationQuote),
                  start: num(o.relationStart),
                  end: num(o.relationEnd),
                },
        }
      : {};
  return {
    id: `${type}:${source}->${target}`,
    source,
    target,
    type,
    ...(roles ? { roles } : {}),
    evidence: [...toQuotes(o.docs, o.quotes, o.quoteStarts, o.quoteEnds), ...cited],
    ...relation,
  };
}

/** One GraphEdge per (type, source, target): parallel relationships (one per asserting document) pool their evidence. */
function mergeEdges(raw: unknown[]): GraphEdge[] {
  const byId = new Map<string, GraphEdge>();
  for (const v of raw) {
    const e = toEdge(v);
    const known = byId.get(e.id);
    if (!known) byId.set(e.id, e);
    else {
      known.evidence = [...(known.evidence ?? []), ...(e.evidence ?? [])];
      if (e.roles) known.roles = [...new Set([...(known.roles ?? []), ...e.roles])];
    }
  }
  return [...byId.values()];
}

function first<T>(records: Neo4jRecord[], f: (r: Neo4jRecord) => T): T | null {
  return records.length === 0 ? null : f(records[0]!);
}

// ---------------------------------------------------------------------------
// Query builders (pure: exported for tests and the benchmark)
// ---------------------------------------------------------------------------

export function resolveNodeQuery(x: string): ReadQuery<NodeSummary | null> {
  return {
    query: `${resolveFragment('x', 'target')} RETURN ${summary('target')} AS node`,
    params: resolveParams('x', x),
    transform: (records) => first(records, (r) => toSummary(r.get('node'))),
  };
}

// luceneQuery lives with the other full-text helpers; re-exported for the callers that import it from here.
export { luceneQuery };

/** Latin letters only: the user typed pinyin (`kejiju`) or initials (`kjj`). */
const PINYIN_INPUT = /^[a-z]+$/;

export function searchQuery(text: string, limit?: number): ReadQuery<SearchHit[]> {
  const x = text.trim();
  const lower = x.toLowerCase().replace(/\s+/g, '');
  const number = normalizeDocNumber(x);
  const n = clampTo(QUERY_ROWS, limit);
  return {
    query: `CALL {
      MATCH (n:Document) WHERE n.id IN $ids RETURN n, 'docNumber' AS matched, 100.0 AS score
      UNION ALL
      MATCH (n:Agency) WHERE n.namesText CONTAINS $exactName
        RETURN n, CASE WHEN n.name = $text THEN 'name' ELSE 'alias' END AS matched, 90.0 AS score
      UNION ALL
      CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $lucene, {limit: $ftLimit}) YIELD node AS n, score
        RETURN n, CASE
          WHEN n.docNumber IS NOT NULL AND n.docNumber CONTAINS $text THEN 'docNumber'
          WHEN n.title IS NOT NULL AND n.title CONTAINS $text THEN 'title'
          WHEN n.name CONTAINS $text THEN 'name'
          WHEN n:Proposal AND n.proposer IS NOT NULL AND n.proposer CONTAINS $text THEN 'proposer'
          WHEN n:Agency THEN 'alias'
          ELSE 'title' END AS matched, score * 10.0 AS score
      UNION ALL
      // The body of ingested documents: below every name match; the sentence shown comes from the text (TS).
      CALL db.index.fulltext.queryNodes('${TEXT_INDEX}', $lucene, {limit: $ftLimit}) YIELD node AS n, score
        RETURN n, 'text' AS matched, score AS score
      UNION ALL
      MATCH (n:Agency) WHERE $pinyin <> '' AND n.pinyinText CONTAINS $pinyin RETURN n, 'pinyin' AS matched, 6.0 AS score
      UNION ALL
      MATCH (n:Program) WHERE $pinyin <> '' AND n.pinyinText CONTAINS $pinyin RETURN n, 'pinyin' AS matched, 5.0 AS score
      UNION ALL
      MATCH (n:Agency) WHERE $pinyin <> '' AND n.initialsText CONTAINS $pinyin RETURN n, 'initials' AS matched, 5.0 AS score
      UNION ALL
      MATCH (n:Program) WHERE $pinyin <> '' AND n.initialsText CONTAINS $pinyin RETURN n, 'initials' AS matched, 4.0 AS score
    }
    WITH n, matched, score ORDER BY score DESC
    WITH n, head(collect(matched)) AS matched, max(score) AS score
    WITH n, matched, score, coalesce(n.citedCount, 0) AS degree
    ORDER BY score DESC, degree DESC, n.id LIMIT $limit
    RETURN ${summary('n')} AS node, matched, score, CASE WHEN matched = 'text' THEN n.text END AS text`,
    params: {
      text: x,
      ids: number ? [`doc:${number}`] : [],
      exactName: `|${x}|`,
      lucene: luceneQuery(x) || '""',
      ftLimit: int(n * 3),
      pinyin: PINYIN_INPUT.test(lower) && lower.length >= 2 ? lower : '',
      limit: int(n),
    },
    transform: (records) =>
      records.map((r) => {
        const hit: SearchHit = {
          ...toSummary(r.get('node')),
          matched: String(r.get('matched')),
          score: Number(r.get('score')),
        };
        const body = str(r.get('text'));
        const sentence = body === null ? null : matchingSentence(body, x);
        if (sentence !== null) hit.snippet = sentence;
        return hit;
      }),
  };
}

/** Node properties that are internal (keys for lookups, ranks, hashes) or too big for a details panel. */
const HIDDEN_PROPERTIES = new Set([
  'text',
  'keysText',
  'namesText',
  'pinyinText',
  'initialsText',
  'titleRank',
  'issuerRank',
  'assertionHash',
  'formerNamesJson',
]);

type PropertyValue = string | number | boolean | string[] | null;

function toPropertyValue(v: unknown): PropertyValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return v;
  if (Array.isArray(v)) return v.map((x) => String(x));
  try {
    return toNumber(v);
  } catch {
    return String(v);
  }
}

export function nodeDetailsQuery(
  id: string,
): ReadQuery<(NodeSummary & { properties: Record<string, PropertyValue> }) | null> {
  return {
    query: `${byIdFragment('id', 'target')} RETURN ${summary('target')} AS node, properties(target) AS props`,
    params: { id },
    transform: (records) =>
      first(records, (r) => {
        const props = r.get('props') as Row;
        const properties: Record<string, PropertyValue> = {};
        for (const [k, v] of Object.entries(props)) if (!HIDDEN_PROPERTIES.has(k)) properties[k] = toPropertyValue(v);
        return { ...toSummary(r.get('node')), properties };
      }),
  };
}

export function neighbourhoodQuery(id: string, limit?: number): ReadQuery<Subgraph> {
  const n = clampTo(NEIGHBOURS, limit);
  return {
    query: `${byIdFragment('id', 'center')}
      OPTIONAL MATCH (center)-[r:${ALL_RELS}]-(m)
      WITH center, m, collect(r)[..$perNeighbour] AS rels
      ORDER BY coalesce(m.degree, 0) DESC, m.id
      WITH center, [x IN collect({m: m, rels: rels}) WHERE x.m IS NOT NULL] AS around
      WITH center, around[..$limit] AS top, size(around) > $limit AS truncated
      UNWIND (CASE WHEN size(top) = 0 THEN [null] ELSE top END) AS x
      WITH center, truncated, x.m AS m, x.rels AS rels
      RETURN ${summary('center')} AS center,
        collect(CASE WHEN m IS NULL THEN null ELSE ${summary('m')} END) AS nodes,
        collect([r IN coalesce(rels, []) | ${edgeProjection('r')}]) AS edges,
        truncated`,
    params: { id, limit: int(n), perNeighbour: int(PARALLEL_EDGES_SHOWN) },
    transform: (records) => {
      const r = records[0];
      if (!r) return { nodes: [], edges: [], truncated: false };
      const nodes = new Map<string, NodeSummary>();
      const center = toSummary(r.get('center'));
      nodes.set(center.id, center);
      for (const v of r.get('nodes') as unknown[]) {
        const s = toSummary(v);
        nodes.set(s.id, s);
      }
      return {
        nodes: [...nodes.values()],
        edges: mergeEdges((r.get('edges') as unknown[][]).flat()),
        truncated: r.get('truncated') === true,
      };
    },
  };
}

export function citedByQuery(
  x: string,
  opts: { sort?: 'date' | 'count'; limit?: number } = {},
): ReadQuery<{ target: NodeSummary | null; rows: CitedByRow[] }> {
  return {
    query: `${resolveFragment('x', 'target')}
      CALL {
        WITH target
        OPTIONAL MATCH (src:Document)-[r:CITES]->(target)
        // r.count (mentions in the citing text) is stored: ordering never reads the quote arrays of every citer.
        WITH src, r ORDER BY CASE WHEN $byDate THEN coalesce(src.date, '') ELSE '' END DESC, r.count DESC,
          coalesce(src.date, '') DESC, src.id
        LIMIT $limit
        RETURN collect(CASE WHEN src IS NULL THEN null ELSE {src: ${summary('src')}, count: r.count,
          relation: r.relation, relationQuote: r.relationQuote, relationStart: r.relationQuoteStart, relationEnd: r.relationQuoteEnd,
          docs: [q IN r.quotes[..$maxQuotes] | src.id], quotes: r.quotes[..$maxQuotes],
          starts: r.quoteStarts[..$maxQuotes], ends: r.quoteEnds[..$maxQuotes]} END) AS rows
      }
      RETURN ${summary('target')} AS target, rows`,
    params: {
      ...resolveParams('x', x),
      byDate: opts.sort === 'date',
      limit: int(clampTo(CITED_BY_ROWS, opts.limit)),
      maxQuotes: int(MAX_QUOTES_PER_ROW),
    },
    transform: (records) => {
      const r = records[0];
      if (!r) return { target: null, rows: [] };
      const rows = (r.get('rows') as Row[]).map((row) => {
        const document = toSummary(row.src);
        return {
          document,
          count: num(row.count),
          quotes: toQuotes(row.docs, row.quotes, row.starts, row.ends),
          relation: toRelation(row.relation),
          relationEvidence:
            str(row.relationQuote) === null
              ? null
              : {
                  documentId: document.id,
                  quote: String(row.relationQuote),
                  start: num(row.relationStart),
                  end: num(row.relationEnd),
                },
        };
      });
      return { target: maybeSummary(r.get('target')), rows };
    },
  };
}

function countRows(v: unknown): CountRow[] {
  return ((v as Row[] | null) ?? []).map((row) => {
    const out: CountRow = { node: toSummary(row.node), count: num(row.count) };
    if (Array.isArray(row.via))
      out.via = [...new Map((row.via as unknown[]).map(toSummary).map((n) => [n.id, n])).values()];
    return out;
  });
}

/**
 * Documents ranked by how many citation paths of `pattern` link them to the resolved target (one builder for
 * co-cited and same-citations: they differ only in the direction of the two CITES hops).
 * `pattern` binds `target`, `other` and the node counted, `via`.
 */
function rankedByCitationsQuery(
  x: string,
  limit: number | undefined,
  pattern: string,
): ReadQuery<{ target: NodeSummary | null; rows: CountRow[] }> {
  return {
    query: `${resolveFragment('x', 'target')}
      OPTIONAL MATCH ${pattern}
      WHERE other <> target
      // The named ones are collected without DISTINCT (cheaper; a repeat is dropped when the rows are read).
      WITH target, other, count(DISTINCT via) AS together, collect(via)[..$viaShown] AS vias
      ORDER BY together DESC, other.id
      WITH target, [x IN collect({node: other, count: together, vias: vias}) WHERE x.node IS NOT NULL][..$limit] AS top
      ${unwindTop('target')}
      WITH target, x.node AS other, x.count AS together, x.vias AS vias
      RETURN ${summary('target')} AS target,
        collect(CASE WHEN other IS NULL THEN null ELSE {node: ${summary('other')}, count: together,
          via: [v IN vias | ${summary('v')}]} END) AS rows`,
    params: { ...resolveParams('x', x), limit: int(clampTo(QUERY_ROWS, limit)), viaShown: int(VIA_SHOWN) },
    transform: (records) => {
      const r = records[0];
      return r ? { target: maybeSummary(r.get('target')), rows: countRows(r.get('rows')) } : { target: null, rows: [] };
    },
  };
}

/** Documents cited together with X: count = documents citing both. */
export function coCitedQuery(x: string, limit?: number): ReadQuery<{ target: NodeSummary | null; rows: CountRow[] }> {
  return rankedByCitationsQuery(x, limit, '(target)<-[:CITES]-(via:Document)-[:CITES]->(other:Document)');
}

/** Other documents citing what DOC cites: count = shared citations (overlap). */
export function sameCitationsQuery(
  doc: string,
  limit?: number,
): ReadQuery<{ target: NodeSummary | null; rows: CountRow[] }> {
  return rankedByCitationsQuery(doc, limit, '(target)-[:CITES]->(via:Document)<-[:CITES]-(other:Document)');
}

export function agencyPortfolioQuery(name: string): ReadQuery<AgencyPortfolio | null> {
  return {
    query: `CALL {
        MATCH (a:Agency) WHERE a.id = $agencyId RETURN a, 0 AS rank
        UNION ALL MATCH (a:Agency) WHERE a.namesText CONTAINS $exactName RETURN a, 1 AS rank
        UNION ALL MATCH (a:Agency) WHERE size($text) >= 2 AND a.namesText CONTAINS $text RETURN a, 2 AS rank
      }
      WITH a, rank ORDER BY rank, coalesce(a.citedCount, 0) DESC, a.id LIMIT 1
      RETURN ${summary('a')} AS agency, a.aliases AS aliases, a.formerNamesJson AS formerNames,
        COLLECT { MATCH (d:Document)-[:ISSUED_BY]->(a) WITH DISTINCT d ORDER BY coalesce(d.date, '') DESC, d.id
                  RETURN ${summary('d')} LIMIT $limit } AS issued,
        COLLECT { MATCH (d:Document)-[i:ISSUED_BY {source: 'code'}]->(a) WHERE d.docNumber IS NOT NULL
                  WITH DISTINCT d ORDER BY d.docNumber RETURN ${summary('d')} LIMIT $limit } AS numbered,
        COLLECT { MATCH (a)-[r:RUNS]->(p:Program) UNWIND r.sources AS how
                  WITH p, collect(DISTINCT how) AS hows ORDER BY p.name
                  RETURN {node: ${summary('p')}, inferredBy: reduce(s = '', x IN hows | s + CASE WHEN s = '' THEN '' ELSE '; ' END + x)} LIMIT $limit } AS programs,
        COLLECT { MATCH (d:Document)-[m:MENTIONS {coHandler: true}]->(a)
                  WITH d ORDER BY coalesce(d.date, '') DESC, d.id RETURN ${summary('d')} LIMIT $limit } AS coHandled`,
    params: {
      agencyId: `agency:${name.trim()}`,
      exactName: `|${name.trim()}|`,
      text: name.trim(),
      limit: int(PORTFOLIO_LIST_LIMIT),
    },
    transform: (records) =>
      first(records, (r) => {
        const former = JSON.parse(String(r.get('formerNames') ?? '[]')) as { name: string; until: number | null }[];
        return {
          agency: {
            ...toSummary(r.get('agency')),
            aliases: (r.get('aliases') as string[] | null) ?? [],
            formerNames: former,
          },
          issued: (r.get('issued') as unknown[]).map(toSummary),
          numberedPolicies: (r.get('numbered') as unknown[]).map(toSummary),
          programs: (r.get('programs') as Row[]).map((p) => ({
            ...toSummary(p.node),
            inferredBy: String(p.inferredBy ?? ''),
          })),
          coHandled: (r.get('coHandled') as unknown[]).map(toSummary),
        };
      }),
  };
}

export function topCitedQuery(limit?: number): ReadQuery<CountRow[]> {
  return {
    // citedCount is maintained by every write (graph/store.ts) and range-indexed: no scan of every document.
    query: `MATCH (d:Document) WHERE d.citedCount > 0
      WITH d ORDER BY d.citedCount DESC LIMIT $limit
      WITH d ORDER BY d.citedCount DESC, d.id
      RETURN ${summary('d')} AS node, d.citedCount AS count`,
    params: { limit: int(clampTo(QUERY_ROWS, limit)) },
    transform: (records) => records.map((r) => ({ node: toSummary(r.get('node')), count: num(r.get('count')) })),
  };
}

/**
 * Per year: `documents` dated that year (an ingested document's own date, else the year in its number) and
 * `citations` made by documents of that year (CITES edges whose citing document is dated that year).
 */
export function timelineQuery(): ReadQuery<TimelineRow[]> {
  return {
    query: `MATCH (d:Document) WHERE d.year IS NOT NULL
      WITH d.year AS year, count(d) AS documents, sum(coalesce(d.citesCount, 0)) AS citations
      ORDER BY year
      RETURN year, documents, citations`,
    params: {},
    transform: (records) =>
      records.map((r) => ({
        year: num(r.get('year')),
        documents: num(r.get('documents')),
        citations: num(r.get('citations')),
      })),
  };
}

/** The most connected nodes (by degree) and the edges among them, without evidence: the viewer's first screen. */
export function overviewQuery(limit?: number): ReadQuery<Subgraph> {
  // Up to QUERY_ROWS.max nodes: larger overviews are read in bulk (server/overview.ts).
  const n = Math.min(clampTo(OVERVIEW_NODES, limit), QUERY_ROWS.max);
  return {
    // `degree` is maintained by every write (graph/store.ts) and range-indexed per label: the top of each label
    // comes from its index, not from counting the relationships of every node.
    query: `CALL {
        MATCH (n:Document) WHERE n.degree > 0 RETURN n ORDER BY n.degree DESC LIMIT $limit
        UNION ALL MATCH (n:Agency) WHERE n.degree > 0 RETURN n ORDER BY n.degree DESC LIMIT $limit
        UNION ALL MATCH (n:Program) WHERE n.degree > 0 RETURN n ORDER BY n.degree DESC LIMIT $limit
        UNION ALL MATCH (n:Proposal) WHERE n.degree > 0 RETURN n ORDER BY n.degree DESC LIMIT $limit
      }
      WITH n ORDER BY n.degree DESC, n.id
      WITH collect(n)[..$limit] AS top
      CALL { MATCH (m) RETURN count(m) AS total }
      WITH top, total > size(top) AS truncated
      CALL {
        // In a subquery so the grouping key is (a, b, type) — never the 300-node list itself.
        WITH top
        UNWIND top AS a
        MATCH (a)-[r:${ALL_RELS}]->(b) WHERE b IN top
        // Grouped on the relation only (one CITES per pair, a short string): roles and evidence come with a click.
        WITH DISTINCT a, b, type(r) AS type, r.relation AS relation
        RETURN collect({type: type, source: a.id, target: b.id, relation: relation}) AS edges
      }
      RETURN [x IN top | ${summary('x')}] AS nodes, edges, truncated`,
    params: { limit: int(n) },
    transform: (records) => {
      const r = records[0];
      if (!r) return { nodes: [], edges: [], truncated: false };
      return {
        nodes: (r.get('nodes') as unknown[]).map(toSummary),
        // The first screen draws edges; their evidence comes with a click (neighbourhood, cited-by).
        edges: (r.get('edges') as Row[]).map((e) => {
          const type = String(e.type);
          const edge: GraphEdge = {
            id: `${type}:${String(e.source)}->${String(e.target)}`,
            source: String(e.source),
            target: String(e.target),
            type,
          };
          if (type === 'CITES') edge.relation = toRelation(e.relation);
          return edge;
        }),
        truncated: r.get('truncated') === true,
      };
    },
  };
}

type SpanKind = 'citation' | 'agency' | 'program' | 'proposal';

export interface DocumentText {
  id: string;
  title: string | null;
  text: string;
  spans: { start: number; end: number; kind: SpanKind; targetId: string }[];
}

/** The text of an ingested document and the spans of every mention it asserted (from its own edges). */
export function documentTextQuery(id: string): ReadQuery<DocumentText | null> {
  return {
    query: `MATCH (d:Document {id: $id}) WHERE d.ingested = true
      RETURN d.id AS id, d.title AS title, d.text AS text,
        COLLECT { MATCH (d)-[r:CITES|MENTIONS|RESPONDS_TO]->(t)
                  RETURN {type: type(r), label: head(labels(t)), target: t.id, starts: r.starts, ends: r.ends} } AS edges`,
    params: { id },
    transform: (records) =>
      first(records, (r) => {
        const spans: DocumentText['spans'] = [];
        for (const e of r.get('edges') as Row[]) {
          const kind: SpanKind =
            e.type === 'CITES'
              ? 'citation'
              : e.type === 'RESPONDS_TO'
                ? 'proposal'
                : e.label === 'Program'
                  ? 'program'
                  : 'agency';
          const starts = (e.starts as unknown[] | null) ?? [];
          const ends = (e.ends as unknown[] | null) ?? [];
          starts.forEach((s, i) => {
            spans.push({ start: num(s), end: num(ends[i]), kind, targetId: String(e.target) });
          });
        }
        spans.sort((a, b) => a.start - b.start || b.end - a.end);
        return { id: String(r.get('id')), title: str(r.get('title')), text: String(r.get('text') ?? ''), spans };
      }),
  };
}

// ---------------------------------------------------------------------------
// The analyst queries (called by the CLI and the HTTP API)
// ---------------------------------------------------------------------------

/** A document number, an exact title, part of a title, an agency name or alias, or a node id → one node. */
export async function resolveNode(x: string): Promise<NodeSummary | null> {
  return runRead(resolveNodeQuery(x));
}

/** Titles, numbers, agency names and aliases, program names; pinyin (full or initials) for Latin input. */
export async function search(text: string, limit?: number): Promise<SearchHit[]> {
  if (!text.trim()) return [];
  return runRead(searchQuery(text, limit));
}

export async function nodeDetails(
  id: string,
): Promise<(NodeSummary & { properties: Record<string, string | number | boolean | string[] | null> }) | null> {
  return runRead(nodeDetailsQuery(id));
}

/** A node, its neighbours (most connected first, capped) and the edges to them; `truncated` means "show more". */
export async function neighbourhood(id: string, limit?: number): Promise<Subgraph> {
  return runRead(neighbourhoodQuery(id, limit));
}

/** The documents citing X (a number, a title or part of one), with how often each cites it and the quotes. */
export async function citedBy(
  x: string,
  opts?: { sort?: 'date' | 'count'; limit?: number },
): Promise<{ target: NodeSummary | null; rows: CitedByRow[] }> {
  return runRead(citedByQuery(x, opts));
}

/** Documents most often cited together with X (count = documents citing both). */
export async function coCited(x: string, limit?: number): Promise<{ target: NodeSummary | null; rows: CountRow[] }> {
  return runRead(coCitedQuery(x, limit));
}

/** What an agency (any alias or former name) issued, the numbered policies carrying its code, its programs and co-handled replies. */
export async function agencyPortfolio(name: string): Promise<AgencyPortfolio | null> {
  return runRead(agencyPortfolioQuery(name));
}

/** Other documents citing any of DOC's citations, ranked by how many they share ("who else cites the same policy"). */
export async function sameCitations(
  doc: string,
  limit?: number,
): Promise<{ target: NodeSummary | null; rows: CountRow[] }> {
  return runRead(sameCitationsQuery(doc, limit));
}

/** The shortest chain of citations/agencies/programs between two nodes (either direction), or null. */
export async function topCited(limit?: number): Promise<CountRow[]> {
  return runRead(topCitedQuery(limit));
}

export async function timeline(): Promise<TimelineRow[]> {
  return runRead(timelineQuery());
}

export async function overview(limit?: number): Promise<Subgraph> {
  return runRead(overviewQuery(limit));
}

export async function documentText(id: string): Promise<{
  id: string;
  title: string | null;
  text: string;
  spans: { start: number; end: number; kind: 'citation' | 'agency' | 'program' | 'proposal'; targetId: string }[];
} | null> {
  return runRead(documentTextQuery(id));
}

// ---------------------------------------------------------------------------
// One edge's evidence (the viewer's edge click, the GEXF export)
// ---------------------------------------------------------------------------

/** Relationship types an edge query may name (validated before the query runs). */
export const EDGE_TYPES = ['CITES', 'ISSUED_BY', 'MENTIONS', 'RESPONDS_TO', 'RUNS'] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

/** Parallel relationships read for one edge (one per asserting document): enough quotes for any panel or export. */
const EDGE_RELS_READ = 200;

export interface EdgeEvidence {
  source: NodeSummary;
  target: NodeSummary;
  type: EdgeType;
  /** The documents whose text asserts this edge (a CITES edge: the citing document itself). */
  documents: NodeSummary[];
  /** The pooled edge: roles, relation, relation clause and every quote with its offsets in its document. */
  edge: GraphEdge;
}

/**
 * The evidence of the `type` edge from `from` to `to`: every parallel relationship (one per asserting document) pooled,
 * with the asserting documents summarized. Null when either node or the edge does not exist.
 */
export function edgeEvidenceQuery(from: string, to: string, type: EdgeType): ReadQuery<EdgeEvidence | null> {
  return {
    query: `${byIdFragment('from', 'a')}
      MATCH (a)-[r]->(b) WHERE b.id = $to AND type(r) = $type
      WITH a, b, r LIMIT $cap
      WITH a, b, collect(${edgeProjection('r')}) AS edges
      CALL {
        WITH edges
        UNWIND edges AS e
        UNWIND coalesce(e.docs, []) + [c IN e.cited | c.doc] AS did
        WITH DISTINCT did
        MATCH (d:Document {id: did})
        RETURN collect(${summary('d')}) AS documents
      }
      RETURN ${summary('a')} AS source, ${summary('b')} AS target, edges, documents`,
    params: { from, to, type, cap: int(EDGE_RELS_READ) },
    transform: (records) =>
      first(records, (r) => {
        const [edge] = mergeEdges(r.get('edges') as unknown[]);
        const source = toSummary(r.get('source'));
        const documents = (r.get('documents') as unknown[]).map(toSummary);
        // A citation's assertion is the citing document's own text, even when the edge stores no doc list.
        if (type === 'CITES' && !documents.some((d) => d.id === source.id)) documents.unshift(source);
        return { source, target: toSummary(r.get('target')), type, documents, edge: edge! };
      }),
  };
}
