// graph/citation-years.ts — a policy's citation timeline: how many documents cite it, per year of the citing document.
// The year is the citing document's own (graph/store.ts `year`: its date, else the year in its number).

import type { ReadQuery } from './connection.ts';
import { resolveFragment, resolveParams, summary, toSummary, num } from './queries.ts';
import type { CitationYearsAnswer } from '../contracts/api.ts';

/** Citing documents per year for X (a number, a title or part of one, or an id); null when X matches nothing. */
export function citationYearsQuery(x: string): ReadQuery<CitationYearsAnswer | null> {
  return {
    query: `${resolveFragment('x', 'target')}
      RETURN ${summary('target')} AS target,
        COLLECT { MATCH (src:Document)-[:CITES]->(target) WHERE src.year IS NOT NULL
                  WITH src.year AS year, count(DISTINCT src) AS documents ORDER BY year
                  RETURN {year: year, documents: documents} } AS years,
        COUNT { MATCH (src:Document)-[:CITES]->(target) WHERE src.year IS NULL } AS undated`,
    params: resolveParams('x', x),
    transform: (records) => {
      const r = records[0];
      if (!r) return null;
      return {
        target: toSummary(r.get('target')),
        years: (r.get('years') as Record<string, unknown>[]).map((y) => ({
          year: num(y.year),
          documents: num(y.documents),
        })),
        undated: num(r.get('undated')),
      };
    },
  };
}
