// graph/graph-dump.ts — whole-graph helpers for tests and benchmarks: empty the graph, count it. (The canonical text
// dump the tests compare graphs by is test/graph/canonical-dump.ts.)

import { configFromEnv, runRead, runWrite, toNumber, type Neo4jConfig } from './connection.ts';
import { forgetSchema } from './schema.ts';

/** Delete every node and relationship in batches (the schema stays). For tests and the bench database only. */
export async function clearGraph(config: Neo4jConfig = configFromEnv()): Promise<void> {
  for (;;) {
    const deleted = await runWrite(async (tx) => {
      const r = await tx.run('MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n');
      return toNumber(r.records[0]!.get('n'));
    }, config);
    if (deleted === 0) break;
  }
  forgetSchema();
}

export async function graphCounts(
  config: Neo4jConfig = configFromEnv(),
): Promise<{ nodes: number; relationships: number }> {
  return runRead(
    {
      query:
        'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
      params: {},
      transform: (records) => ({
        nodes: toNumber(records[0]!.get('nodes')),
        relationships: toNumber(records[0]!.get('relationships')),
      }),
    },
    config,
  );
}
