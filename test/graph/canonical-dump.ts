// test/graph/canonical-dump.ts — the whole graph as canonical text, so a test compares two graphs (a rerun, a killed
// and resumed ingest, the same ingest through neo4j:// routing) with one string comparison.

import { configFromEnv, toNumber, type Neo4jConfig } from '../../graph/connection.ts';
import { readRows } from '../../testkit/read-rows.ts';

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
export async function canonicalDump(
  config: Neo4jConfig = configFromEnv(),
  options: { ignore?: string[] } = {},
): Promise<string> {
  const ignore = new Set(options.ignore ?? []);
  type Props = Record<string, unknown>;
  const nodes = await readRows<{ id: string; labels: string[]; props: Props }>(
    'MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id',
    config,
  );
  const rels = await readRows<{ type: string; a: string; b: string; props: Props }>(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS props ORDER BY a, b, type',
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
          if (typeof p === 'string' && p.length > 1 && p.startsWith('|') && p.endsWith('|'))
            return [k, `|${p.slice(1, -1).split('|').sort().join('|')}|`];
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
