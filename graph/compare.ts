// graph/compare.ts — two documents side by side: the citations, agencies and programs both name, and those only one does.
// One read for both documents; the set arithmetic is done here, on ids, so the order of each list is kept.

import type { ReadQuery } from './connection.ts';
import { int, summary, toSummary } from './queries.ts';
import type { CompareAnswer, CompareSplit, NodeSummary } from '../contracts/api.ts';

/** Entries read per list and document: a real document cites tens of policies, never thousands. */
const COMPARE_LIST_LIMIT = 500;

interface Side {
  doc: NodeSummary;
  citations: NodeSummary[];
  agencies: NodeSummary[];
  programs: NodeSummary[];
}

/** Split two lists by id: what both hold (in A's order), what only A holds, what only B holds. */
export function splitById(a: NodeSummary[], b: NodeSummary[]): CompareSplit {
  const inA = new Set(a.map((n) => n.id));
  const inB = new Set(b.map((n) => n.id));
  return {
    shared: a.filter((n) => inB.has(n.id)),
    onlyA: a.filter((n) => !inB.has(n.id)),
    onlyB: b.filter((n) => !inA.has(n.id)),
  };
}

/** The two documents by id (resolve names first); null when either is not a document in the graph. */
export function compareQuery(aId: string, bId: string): ReadQuery<CompareAnswer | null> {
  return {
    query: `UNWIND $ids AS id
      MATCH (d:Document {id: id})
      RETURN d.id AS id, ${summary('d')} AS doc,
        COLLECT { MATCH (d)-[:CITES]->(c:Document) WITH DISTINCT c ORDER BY coalesce(c.date, '') DESC, c.id
                  RETURN ${summary('c')} LIMIT $cap } AS citations,
        COLLECT { MATCH (d)-[:ISSUED_BY|MENTIONS]->(a:Agency) WITH DISTINCT a ORDER BY a.name
                  RETURN ${summary('a')} LIMIT $cap } AS agencies,
        COLLECT { MATCH (d)-[:MENTIONS]->(p:Program) WITH DISTINCT p ORDER BY p.name
                  RETURN ${summary('p')} LIMIT $cap } AS programs`,
    params: { ids: [aId, bId], cap: int(COMPARE_LIST_LIMIT) },
    transform: (records) => {
      const sides = new Map<string, Side>();
      for (const r of records) {
        sides.set(String(r.get('id')), {
          doc: toSummary(r.get('doc')),
          citations: (r.get('citations') as unknown[]).map(toSummary),
          agencies: (r.get('agencies') as unknown[]).map(toSummary),
          programs: (r.get('programs') as unknown[]).map(toSummary),
        });
      }
      const a = sides.get(aId);
      const b = sides.get(bId);
      if (!a || !b) return null;
      return {
        a: a.doc,
        b: b.doc,
        citations: splitById(a.citations, b.citations),
        agencies: splitById(a.agencies, b.agencies),
        programs: splitById(a.programs, b.programs),
      };
    },
  };
}
