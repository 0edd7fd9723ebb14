// graph/name-resolution.ts — what the command line does with a name: the explorer's search, then one node or a list.
// The search ranks as the explorer's box does (graph/queries.ts searchQuery); pickHit decides whether its first hit
// is THE answer or only the first of several the analyst must choose between.

import { ID_PREFIX } from './model.ts';
import { normalizeDocNumber } from './normalize.ts';
import { resolveNode, search } from './queries.ts';
import type { NodeLabel, NodeSummary, SearchHit } from '../contracts/api.ts';

/** Hits read to decide: enough to see a tie, few enough to list. */
export const RESOLVE_CANDIDATES = 12;
/**
 * Without an exact match, the first hit wins when its documents outnumber the second's this many times over (the
 * municipal 科技局 mentioned in 13 replies against a county's in 1): the explorer's first suggestion, said out loud.
 */
export const DOMINANCE = 3;
/** Search scores from an exact match (graph/queries.ts searchQuery): a document number (100), an agency name or alias (90). */
const EXACT_SCORE = 90;

export type Resolution =
  | {
      kind: 'one';
      node: NodeSummary /** Other candidates when the pick came from dominance, not an exact match. */;
      others: NodeSummary[];
    }
  | { kind: 'none' }
  | { kind: 'ambiguous'; candidates: NodeSummary[] };

function exactly(text: string, hit: SearchHit): boolean {
  if (hit.score >= EXACT_SCORE || hit.id === text) return true;
  const number = normalizeDocNumber(text);
  if (number && hit.docNumber === number) return true;
  return [hit.name, hit.title, hit.docNumber].some((v) => v === text);
}

/**
 * One node for `text` from the search's hits, restricted to `labels` (any when empty). Body matches (`text`) never
 * name a node: a document that merely mentions 142号 is not 142号.
 */
export function pickHit(text: string, hits: SearchHit[], labels: readonly NodeLabel[] = []): Resolution {
  const x = text.trim();
  const candidates = hits.filter((h) => h.matched !== 'text' && (labels.length === 0 || labels.includes(h.label)));
  if (candidates.length === 0) return { kind: 'none' };
  // Exact matches first (an alias like 市科技局 is exact for every city's bureau), else every candidate.
  const exact = candidates.filter((h) => exactly(x, h));
  const pool = exact.length > 0 ? exact : candidates;
  if (pool.length === 1) return { kind: 'one', node: pool[0]!, others: [] };
  const [top, second] = pool as [SearchHit, SearchHit];
  if (top.score >= second.score && (top.citedBy ?? 0) >= DOMINANCE * Math.max(1, second.citedBy ?? 0)) {
    return { kind: 'one', node: top, others: pool.slice(1) };
  }
  return { kind: 'ambiguous', candidates: pool };
}

/** Resolve what the analyst typed: a graph id as it is, anything else through the search. */
export async function resolveName(text: string, labels: readonly NodeLabel[] = []): Promise<Resolution> {
  const x = text.trim();
  if (Object.values(ID_PREFIX).some((prefix) => x.startsWith(prefix))) {
    const node = await resolveNode(x);
    return node && node.id === x && (labels.length === 0 || labels.includes(node.label))
      ? { kind: 'one', node, others: [] }
      : { kind: 'none' };
  }
  return pickHit(x, await search(x, RESOLVE_CANDIDATES), labels);
}
