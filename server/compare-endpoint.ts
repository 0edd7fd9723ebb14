// server/compare-endpoint.ts — GET /api/compare?a=…&b=…: two documents side by side (graph/compare.ts).
// Each side is a number, a title or an id, resolved as /api/path resolves its ends; both must be documents.
import { compareQuery } from '../graph/compare.ts';
import { resolveNodeQuery } from '../graph/queries.ts';
import type { CompareAnswer } from '../contracts/api.ts';
import { notFound, read, type Handler } from './api.ts';
import { BadRequestError } from './errors.ts';
import { onlyParams, requireText } from './validate.ts';

export const compareHandler: Handler = async (_s, params, ctx) => {
  onlyParams(params, ['a', 'b']);
  const a = requireText(params, 'a');
  const b = requireText(params, 'b');
  const [left, right] = await Promise.all([read(ctx, resolveNodeQuery(a)), read(ctx, resolveNodeQuery(b))]);
  if (left?.label !== 'Document') throw notFound('document', a);
  if (right?.label !== 'Document') throw notFound('document', b);
  if (left.id === right.id)
    throw new BadRequestError(
      `"${a.slice(0, 80)}" and "${b.slice(0, 80)}" are the same document; compare two different ones.`,
    );
  const answer: CompareAnswer | null = await read(ctx, compareQuery(left.id, right.id));
  if (!answer) throw notFound('document', `${a} / ${b}`);
  return answer;
};
