// testkit/read-rows.ts — what a read query returns, as plain rows: each record an object of its columns. For tests
// and benches that look at the graph directly (the product's queries have their own typed transforms).
import { runRead, type Neo4jConfig } from '../graph/connection.ts';

/** The rows of `query`; `T` names the columns and their types (integers stay neo4j Integers). */
export function readRows<T>(query: string, config: Neo4jConfig, params: Record<string, unknown> = {}): Promise<T[]> {
  return runRead({ query, params, transform: (records) => records.map((r) => r.toObject() as T) }, config);
}
