// server/citation-years-endpoint.ts — GET /api/citation-years?x=…: documents citing X per year (graph/citation-years.ts).
// The explorer's per-policy timeline; a bar's click filters the cited-by list to that year.
import { citationYearsQuery } from '../graph/citation-years.ts';
import type { CitationYearsAnswer } from '../contracts/api.ts';
import { notFound, read, type Handler } from './api.ts';
import { onlyParams, requireText } from './validate.ts';

export const citationYearsHandler: Handler = async (_s, params, ctx) => {
  onlyParams(params, ['x']);
  const x = requireText(params, 'x');
  const answer: CitationYearsAnswer | null = await read(ctx, citationYearsQuery(x));
  if (!answer) throw notFound('document', x);
  return answer;
};
