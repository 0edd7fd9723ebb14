// test/api/corpus-server.ts — the sample corpus ingested into the test Neo4j and the real server in-process, for an
// API test file: `const api = useCorpusServer();` then `api.server.url` in its tests; closed after the file.
import { closeDriver } from '../../graph/connection.ts';
import { createServer, type RunningServer } from '../../server/app.ts';
import { CORPUS, emptyGraph, ingestQuiet } from '../graph/helpers.ts';

export function useCorpusServer(): { server: RunningServer } {
  const held = {} as { server: RunningServer };
  beforeAll(async () => {
    // From an empty graph: what an earlier test file left in the database must not change what this file counts.
    await emptyGraph();
    const report = await ingestQuiet([CORPUS]);
    expect(report.failed).toEqual([]);
    held.server = await createServer({ port: 0 });
  });
  afterAll(async () => {
    await held.server?.close();
    await closeDriver();
  });
  return held;
}
