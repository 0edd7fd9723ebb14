// test/api/corpus-server.ts — the sample corpus ingested into the test Neo4j and the real server in-process, for an
// API test file: `const api = useCorpusServer();` then `api.server.url` in its tests; closed after the file.
import path from 'node:path';
import { ingestFiles } from '../../cli/ingest-files.ts';
import { closeDriver } from '../../graph/connection.ts';
import { createServer, type RunningServer } from '../../server/app.ts';

export function useCorpusServer(): { server: RunningServer } {
  const held = {} as { server: RunningServer };
  beforeAll(async () => {
    const report = await ingestFiles([path.resolve('samples/corpus')], {
      progress: () => undefined,
      report: () => undefined,
    });
    expect(report.failed).toEqual([]);
    held.server = await createServer({ port: 0 });
  });
  afterAll(async () => {
    await held.server?.close();
    await closeDriver();
  });
  return held;
}
