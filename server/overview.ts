// server/overview.ts — the overview for large views (more than QUERY_ROWS.max nodes, up to OVERVIEW_NODES.max, both in
// contracts/settings.ts): bench:viewer's 20k-node graph. graph/queries.ts overviewQuery caps at QUERY_ROWS.max and
// filters edges inside Cypher; this reads nodes, then edges, in bulk.
import neo4j from 'neo4j-driver';
import { runRead, toNumber, type Neo4jConfig } from '../graph/connection.ts';
import { nodesByIdsCypher } from '../graph/model.ts';
import { toRelation } from '../graph/queries.ts';
import type { GraphEdge, NodeLabel, NodeSummary, Subgraph } from '../contracts/api.ts';

const RELS = 'CITES|ISSUED_BY|MENTIONS|RESPONDS_TO|RUNS';

/**
 * Top nodes by the `degree` every write maintains (range-indexed per label, as graph/queries.ts overview() reads
 * it), summarized with the same fields.
 */
const NODES_QUERY = `
  CALL {
    MATCH (n:Document) WHERE n.degree > 0 RETURN n ORDER BY n.degree DESC LIMIT $limit
    UNION ALL MATCH (n:Agency) WHERE n.degree > 0 RETURN n ORDER BY n.degree DESC LIMIT $limit
    UNION ALL MATCH (n:Program) WHERE n.degree > 0 RETURN n ORDER BY n.degree DESC LIMIT $limit
    UNION ALL MATCH (n:Proposal) WHERE n.degree > 0 RETURN n ORDER BY n.degree DESC LIMIT $limit
  }
  WITH n ORDER BY n.degree DESC, n.id LIMIT $limit
  RETURN n.id AS id, head(labels(n)) AS label, n.name AS name, n.docNumber AS docNumber, n.title AS title,
    n.date AS date, n.issuer AS issuer, coalesce(n.ingested, false) AS ingested, n.kind AS kind,
    coalesce(n.citedCount, 0) AS citedBy`;

/**
 * Every outgoing edge of the given nodes; the caller keeps those whose target is also in the set (a JS Set
 * lookup, instead of `b IN list` per edge inside Cypher). Evidence is left out: the panel loads it per node.
 */
const EDGES_QUERY = `${nodesByIdsCypher('a')}
  MATCH (a)-[r:${RELS}]->(b)
  RETURN a.id AS source, type(r) AS type, b.id AS target, r.roles AS roles, r.relation AS relation`;

function text(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

export async function largeOverview(config: Neo4jConfig, limit: number): Promise<Subgraph> {
  const nodes = await runRead<NodeSummary[]>(
    {
      query: NODES_QUERY,
      // LIMIT needs an integer: a JS number travels as a float.
      params: { limit: neo4j.int(limit) },
      transform: (records) =>
        records.map((r) => ({
          id: String(r.get('id')),
          label: r.get('label') as NodeLabel,
          name: text(r.get('name')) ?? String(r.get('id')),
          docNumber: text(r.get('docNumber')),
          title: text(r.get('title')),
          date: text(r.get('date')),
          issuer: text(r.get('issuer')),
          ingested: r.get('ingested') === true,
          kind: text(r.get('kind')),
          citedBy: toNumber(r.get('citedBy')),
        })),
    },
    config,
    { connectRetries: 0, timeoutMs: 60_000 },
  );
  const ids = nodes.map((n) => n.id);
  const inSet = new Set(ids);
  const edges = await runRead<GraphEdge[]>(
    {
      query: EDGES_QUERY,
      params: { ids },
      transform: (records) => {
        const out: GraphEdge[] = [];
        for (const r of records) {
          const source = String(r.get('source'));
          const target = String(r.get('target'));
          if (!inSet.has(target)) continue;
          const type = String(r.get('type'));
          const roles = r.get('roles') as string[] | null;
          const relation = type === 'CITES' ? { relation: toRelation(r.get('relation')) } : {};
          out.push({
            id: `${type}:${source}->${target}`,
            source,
            target,
            type,
            ...(roles ? { roles } : {}),
            ...relation,
            evidence: [],
          });
        }
        return out;
      },
    },
    config,
    { connectRetries: 0, timeoutMs: 60_000 },
  );
  // Truncated when the database holds more connected nodes than were asked for.
  return { nodes, edges, truncated: nodes.length === limit };
}
