// graph/status.ts — validity status as of a date and the history of amendments and repeals: one Cypher read per function.
// Cypher gathers each document's lifecycle facts (its own clauses, the documents that repeal or amend it); contracts/status-rules.ts decides.

import { runRead, type ReadQuery } from './connection.ts';
import { normalizeDocNumber } from './normalize.ts';
import { int, num, resolveFragment, resolveParams, str, summary, toSummary } from './queries.ts';
import { deriveStatus, effectiveFrom } from '../contracts/status-rules.ts';
import type {
  DocumentAct,
  DocumentStatus,
  HistoryAnswer,
  HistoryEvent,
  LifecycleFacts,
  NodeSummary,
  StatusAnswer,
  StatusEvidence,
} from '../contracts/api.ts';

/** The status and history queries' own limits. */
const LIMITS = {
  /** Versions of one title listed beside the one asked for. */
  versions: 20,
  /** Hops along repeal/amend links that `history` follows (a regulation amended five times and then repealed is 6). */
  chainHops: 8,
  /** Documents in one history. */
  chain: 100,
  /** Acts per document read for its status (a law amended more often than this is rare; the newest are kept). */
  acts: 50,
} as const;

type Row = Record<string, unknown>;

/**
 * The lifecycle facts of Document `d`: its summary, its own effective/expiry clauses, and every incoming CITES that
 * repeals or amends it with the acting document and the clause that decided the relation.
 */
function factsProjection(d: string): string {
  return `{doc: ${summary(d)},
    effectiveQuote: ${d}.effectiveQuote, effectiveStart: ${d}.effectiveQuoteStart, effectiveEnd: ${d}.effectiveQuoteEnd,
    expiryQuote: ${d}.expiryQuote, expiryStart: ${d}.expiryQuoteStart, expiryEnd: ${d}.expiryQuoteEnd,
    acts: COLLECT { MATCH (actor:Document)-[act:CITES]->(${d}) WHERE act.relation IN ['repeals', 'amends']
      RETURN {relation: act.relation, by: ${summary('actor')},
        quote: coalesce(act.relationQuote, act.quotes[0]), start: coalesce(act.relationQuoteStart, act.quoteStarts[0]),
        end: coalesce(act.relationQuoteEnd, act.quoteEnds[0])} LIMIT $maxActs }}`;
}

function evidence(document: NodeSummary, quote: unknown, start: unknown, end: unknown): StatusEvidence | null {
  const q = str(quote);
  return q === null ? null : { document, quote: q, start: num(start), end: num(end) };
}

function toFacts(v: unknown): LifecycleFacts {
  const o = v as Row;
  const document = toSummary(o.doc);
  const acts: DocumentAct[] = ((o.acts as Row[] | null) ?? []).map((a) => {
    const by = toSummary(a.by);
    return {
      relation: a.relation === 'repeals' ? 'repeals' : 'amends',
      by,
      from: effectiveFrom(by),
      evidence: evidence(by, a.quote, a.start, a.end),
    };
  });
  return {
    document,
    effectiveEvidence: evidence(document, o.effectiveQuote, o.effectiveStart, o.effectiveEnd),
    expiryEvidence: evidence(document, o.expiryQuote, o.expiryStart, o.expiryEnd),
    acts,
  };
}

/** Input that names one document exactly (a number or an id): its versions do not replace it. */
function namesOneDocument(x: string): boolean {
  return x.trim().startsWith('doc:') || normalizeDocNumber(x) !== null;
}

/**
 * The status of X (number, title or id) on `at`, and of every other version bearing the same title. For a title,
 * the version in force on that date answers first; versions are never merged.
 */
export function statusQuery(x: string, at: string): ReadQuery<StatusAnswer | null> {
  return {
    query: `${resolveFragment('x', 'target')}
      WITH target WHERE target:Document
      CALL {
        // Other versions: documents known under one of its title keys (graph/normalize.ts titleKeys).
        WITH target
        UNWIND coalesce(target.titleKeys, []) AS k
        MATCH (v:Document) WHERE v.keysText CONTAINS ('|' + k + '|') AND v <> target
        WITH DISTINCT v ORDER BY coalesce(v.date, '') DESC, v.id LIMIT $maxVersions
        RETURN collect(v) AS versions
      }
      UNWIND [target] + versions AS d
      RETURN d = target AS asked, ${factsProjection('d')} AS facts`,
    params: { ...resolveParams('x', x), maxVersions: int(LIMITS.versions), maxActs: int(LIMITS.acts) },
    transform: (records) => {
      if (records.length === 0) return null;
      const all = records.map((r) => ({
        asked: r.get('asked') === true,
        status: deriveStatus(toFacts(r.get('facts')), at),
      }));
      let main = all.find((v) => v.asked)!;
      if (!namesOneDocument(x)) {
        const inForce = all.filter((v) => v.status.status === 'in-force' || v.status.status === 'amended');
        if (!inForce.includes(main) && inForce.length > 0) main = inForce[0]!;
      }
      return { query: x, at, status: main.status, otherVersions: all.filter((v) => v !== main).map((v) => v.status) };
    },
  };
}

/** The status on `at` of each Document among `ids` (the panel's node and what it cites), by id. */
export function statusesQuery(ids: string[], at: string): ReadQuery<Map<string, DocumentStatus>> {
  return {
    query: `UNWIND $ids AS id
      MATCH (d:Document {id: id})
      RETURN ${factsProjection('d')} AS facts`,
    params: { ids, maxActs: int(LIMITS.acts) },
    transform: (records) => {
      const out = new Map<string, DocumentStatus>();
      for (const r of records) {
        const s = deriveStatus(toFacts(r.get('facts')), at);
        out.set(s.document.id, s);
      }
      return out;
    },
  };
}

/**
 * The history of X: the documents linked to it by chains of repeals and amendments (in either direction), every
 * such act with the clause that performs it, and the effective and expiry dates along the chain.
 */
export function historyQuery(x: string): ReadQuery<HistoryAnswer | null> {
  return {
    query: `${resolveFragment('x', 'target')}
      WITH target WHERE target:Document
      CALL {
        WITH target
        // Only repeal and amend links are followed (the predicate is inside the pattern, so a popular document's
        // thousands of plain citations are never expanded).
        OPTIONAL MATCH (target) (()-[links:CITES WHERE links.relation IN ['repeals', 'amends']]-()){1,${LIMITS.chainHops}} (:Document)
        UNWIND (CASE WHEN links IS NULL THEN [null] ELSE links END) AS l
        WITH DISTINCT l LIMIT ${LIMITS.chain * 4}
        RETURN [x IN collect(l) WHERE x IS NOT NULL] AS acts
      }
      WITH target, acts,
        reduce(s = [target], a IN acts | s + [y IN [startNode(a), endNode(a)] WHERE NOT y IN s]) AS docs
      RETURN ${summary('target')} AS target,
        [d IN docs[..$maxChain] | {doc: ${summary('d')}, effectiveQuote: d.effectiveQuote, effectiveStart: d.effectiveQuoteStart,
          effectiveEnd: d.effectiveQuoteEnd, expiryQuote: d.expiryQuote, expiryStart: d.expiryQuoteStart, expiryEnd: d.expiryQuoteEnd}] AS docs,
        [a IN acts | {relation: a.relation, from: startNode(a).id, to: endNode(a).id,
          quote: coalesce(a.relationQuote, a.quotes[0]), start: coalesce(a.relationQuoteStart, a.quoteStarts[0]),
          end: coalesce(a.relationQuoteEnd, a.quoteEnds[0])}] AS acts`,
    params: { ...resolveParams('x', x), maxChain: int(LIMITS.chain) },
    transform: (records) => {
      const r = records[0];
      if (!r) return null;
      const target = toSummary(r.get('target'));
      const docs = new Map<string, NodeSummary>();
      const events: HistoryEvent[] = [];
      for (const d of r.get('docs') as Row[]) {
        const doc = toSummary(d.doc);
        docs.set(doc.id, doc);
        if (doc.effectiveDate)
          events.push({
            date: doc.effectiveDate,
            kind: 'effective',
            document: doc,
            target: null,
            evidence: evidence(doc, d.effectiveQuote, d.effectiveStart, d.effectiveEnd),
          });
        if (doc.expiryDate)
          events.push({
            date: doc.expiryDate,
            kind: 'expires',
            document: doc,
            target: null,
            evidence: evidence(doc, d.expiryQuote, d.expiryStart, d.expiryEnd),
          });
      }
      for (const a of r.get('acts') as Row[]) {
        const by = docs.get(String(a.from));
        const on = docs.get(String(a.to));
        if (!by || !on) continue;
        events.push({
          date: effectiveFrom(by),
          kind: a.relation === 'repeals' ? 'repeals' : 'amends',
          document: by,
          target: on,
          evidence: evidence(by, a.quote, a.start, a.end),
        });
      }
      events.sort(
        (p, q) => (p.date ?? '9999').localeCompare(q.date ?? '9999') || p.document.id.localeCompare(q.document.id),
      );
      return { query: x, target, chain: [...docs.values()].filter((d) => d.id !== target.id), events };
    },
  };
}

/** The status of X on `at` (YYYY-MM-DD), with the document and quote that establish it, and its other versions. */
export async function status(x: string, at: string): Promise<StatusAnswer | null> {
  return runRead(statusQuery(x, at));
}

/** The chain of amendments, repeals and successors of X, with quotes. */
export async function history(x: string): Promise<HistoryAnswer | null> {
  return runRead(historyQuery(x));
}
