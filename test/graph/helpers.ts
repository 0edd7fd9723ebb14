// test/graph/helpers.ts — shared set-up for the graph integration tests: the real test Neo4j from the global setup.
// Tests own that database: each file starts from an empty graph.

import { ingestFiles, type IngestReport } from '../../cli/ingest-files.ts';
import { configFromEnv, type Neo4jConfig } from '../../graph/connection.ts';
import { clearGraph } from '../../graph/store.ts';

export const CORPUS = 'samples/corpus';

/** The database the global setup started (or NEO4J_URI as given). */
export function testConfig(): Neo4jConfig {
  if (!process.env.NEO4J_URI)
    throw new Error(
      'test/graph: NEO4J_URI is not set — the global setup starts the test Neo4j; do not set POLICY_GRAPH_TEST_NO_DB for these tests.',
    );
  return configFromEnv();
}

/** Empty the test database (nodes and relationships; the schema is recreated by the next ingest). */
export async function emptyGraph(): Promise<void> {
  await clearGraph(testConfig());
}

/** Ingest through the real pipeline (extraction included), quietly; bad files are collected, not printed. */
export async function ingestQuiet(
  paths: string[],
  options: { force?: boolean; batchSize?: number } = {},
): Promise<IngestReport> {
  return ingestFiles(paths, { config: testConfig(), progress: () => undefined, report: () => undefined, ...options });
}
