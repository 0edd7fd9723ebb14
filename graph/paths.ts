// graph/paths.ts — the path query: up to k shortest chains between two nodes, each hop with its direction and quotes.
// Citation edges only by default (agencies and programs on request); hubs above a degree are not walked through.

import neo4j from 'neo4j-driver';
import { runRead, type ReadQuery } from './connection.ts';
import { byIdFragment, edgeProjection, resolveNodeQuery, summary, toEdge, toSummary } from './queries.ts';
import { clampTo, MAX_PATH_HOPS, PATHS } from '../contracts/settings.ts';
import type { FoundPath, NodeSummary, PathHop, PathOptions, PathScope, PathsAnswer } from '../contracts/api.ts';

/** Quotes kept per hop (the count says how many there are). */
const QUOTES_PER_HOP = 3;
/**
 * Paths asked of Neo4j beyond the k wanted, as Neo4j's SHORTEST counts paths that an analyst does not: two nodes linked
 * by several relationships of one pair (an issuer asserted by many documents, an agency both issuer and mentioned)
 * give several paths through the same nodes, and a path may come back through a node it passed (relationships are
 * unique in a path, nodes are not). Both are dropped here; a node-uniqueness test inside the search costs 2–4× the
 * time of the search itself on the 20,000-node bench graph, so it is done on the few paths returned instead.
 */
const OVERFETCH: Record<PathScope, (k: number) => number> = {
  citations: (k) => k * 2,
  all: (k) => k * 4,
};

const RELS: Record<PathScope, string> = {
  citations: 'CITES',
  all: 'CITES|ISSUED_BY|MENTIONS|RESPONDS_TO|RUNS',
};

/** Which end matched nothing ('a', 'b' or both), or the paths between the two nodes. */
export type PathResult = { unmatched: ('a' | 'b')[] } | PathsAnswer;

function nodeIds(path: FoundPath): string {
  return path.nodes.map((n) => n.id).join('\u0000');
}

function toHop(raw: unknown, at: NodeSummary, next: NodeSummary): PathHop {
  const edge = toEdge(raw);
  const forward = edge.source === at.id;
  const rel = edge.relationEvidence && edge.relation !== 'mentions' ? edge.relationEvidence : null;
  const quotes = rel
    ? [rel, ...(edge.evidence ?? []).filter((q) => q.start !== rel.start || q.documentId !== rel.documentId)]
    : (edge.evidence ?? []);
  return {
    from: forward ? at : next,
    to: forward ? next : at,
    type: edge.type,
    forward,
    ...(edge.relation ? { relation: edge.relation } : {}),
    evidence: quotes.slice(0, QUOTES_PER_HOP),
    evidenceCount: quotes.length,
  };
}

/**
 * Up to `k` shortest simple paths between two node ids, undirected over the scope's relationship types, never
 * through a node of degree above `maxDegree` (the ends excepted). Shortest first; chains that visit the same nodes
 * in the same order are one path. Fewer than k when the shortest paths Neo4j finds revisit nodes (see OVERFETCH).
 */
export function pathsQuery(a: string, b: string, options: PathOptions): ReadQuery<FoundPath[]> {
  const k = clampTo(PATHS, options.k);
  // SHORTEST takes a literal count; k is a clamped integer and RELS a fixed table, so nothing the user typed is spliced.
  return {
    query: `${byIdFragment('a', 'start')}
      ${byIdFragment('b', 'end', ['start'])}
      MATCH p = SHORTEST ${OVERFETCH[options.scope](k)} (
        (start)(()-[r:${RELS[options.scope]}]-(x) WHERE $maxDegree IS NULL OR x.degree <= $maxDegree OR x = end){1,${MAX_PATH_HOPS}}(end)
      )
      RETURN [n IN nodes(p) | ${summary('n')}] AS nodes, [r IN relationships(p) | ${edgeProjection('r')}] AS rels`,
    params: { a, b, maxDegree: options.maxDegree === null ? null : neo4j.int(options.maxDegree) },
    transform: (records) => {
      const seen = new Set<string>();
      const out: FoundPath[] = [];
      for (const r of records) {
        const nodes = (r.get('nodes') as unknown[]).map(toSummary);
        const rels = r.get('rels') as unknown[];
        const path: FoundPath = { nodes, hops: rels.map((rel, i) => toHop(rel, nodes[i]!, nodes[i + 1]!)) };
        const key = nodeIds(path);
        // Not a simple path (a node twice), or the same nodes as a path already kept.
        if (new Set(nodes.map((n) => n.id)).size !== nodes.length || seen.has(key)) continue;
        seen.add(key);
        out.push(path);
      }
      // Shortest first; within one length by the ids along the path, so the same graph always answers the same.
      return out.sort((x, y) => x.hops.length - y.hops.length || (nodeIds(x) < nodeIds(y) ? -1 : 1)).slice(0, k);
    },
  };
}

/**
 * Resolve both ends as every query does (a number, a title, a name, an id) and find the paths between them.
 * `run` executes a read (the API passes its own; the CLI the environment's Neo4j).
 */
export async function findPaths(
  a: string,
  b: string,
  options: PathOptions,
  run: <T>(q: ReadQuery<T>) => Promise<T> = (q) => runRead(q),
): Promise<PathResult> {
  const [start, end] = await Promise.all([run(resolveNodeQuery(a)), run(resolveNodeQuery(b))]);
  const unmatched: ('a' | 'b')[] = [];
  if (!start) unmatched.push('a');
  if (!end) unmatched.push('b');
  if (!start || !end) return { unmatched };
  const paths = start.id === end.id ? [{ nodes: [start], hops: [] }] : await run(pathsQuery(start.id, end.id, options));
  return { start, end, options, paths };
}

/** Why no path came back under these options, in words a person can act on. */
export function noConnectionMessage(start: string, end: string, o: PathOptions): string {
  const through = o.scope === 'citations' ? 'citations' : 'citations, agencies and programs';
  const hubs = o.maxDegree === null ? '' : `, leaving out nodes with more than ${o.maxDegree} links`;
  const tries = [
    o.scope === 'citations' ? 'allow agencies and programs (scope=all)' : null,
    o.maxDegree !== null ? 'raise the hub limit (maxDegree, 0 = none)' : null,
  ].filter(Boolean);
  return `"${start}" and "${end}" are not connected through ${through} within ${MAX_PATH_HOPS} hops${hubs}.${tries.length ? ` Try: ${tries.join(' or ')}.` : ''}`;
}
