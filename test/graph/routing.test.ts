// test/graph/routing.test.ts — the cluster/Aura code path: ingest and the analyst queries through the routing scheme
// (neo4j://, which a cluster and Aura need) against the test Neo4j, which answers routing as a one-member cluster.

import { closeDriver, configFromEnv, DatabaseError, runRead, type Neo4jConfig } from '../../graph/connection.ts';
import { citedBy, nodeDetails, overview, search } from '../../graph/queries.ts';
import { canonicalDump } from './canonical-dump.ts';
import { CORPUS, emptyGraph, ingestQuiet, testConfig } from './helpers.ts';

const REPLY_0035 = 'doc:渝科局函〔2023〕349号';

let boltUri = '';

/** The test database through neo4j:// (routing) instead of bolt:// (direct). */
function routed(): Neo4jConfig {
  return { ...testConfig(), uri: boltUri.replace(/^bolt:/, 'neo4j:') };
}

beforeAll(() => {
  boltUri = testConfig().uri;
  expect(boltUri).toMatch(/^bolt:\/\//);
});

afterAll(async () => {
  process.env.NEO4J_URI = boltUri;
  await closeDriver();
});

describe('through neo4j:// (the scheme of a cluster or Aura)', () => {
  let direct = '';

  beforeAll(async () => {
    await emptyGraph();
    await ingestQuiet([CORPUS]);
    direct = await canonicalDump(testConfig());
    await emptyGraph();
    // Everything below, ingest and the query functions (which read NEO4J_URI), goes through the routing driver.
    process.env.NEO4J_URI = routed().uri;
    expect(configFromEnv().uri).toMatch(/^neo4j:\/\//);
  }, 240_000);

  test('ingest writes the same graph as over bolt://', async () => {
    const r = await ingestQuiet([CORPUS]);
    expect(r.failed).toEqual([]);
    expect(r.written).toBe(25);
    expect(await canonicalDump(routed())).toBe(direct);
    // Re-ingesting reads the stored hashes back (a read, routed to a reader) and writes nothing.
    expect((await ingestQuiet([CORPUS])).written).toBe(0);
  }, 240_000);

  test('the analyst queries answer', async () => {
    const cited = await citedBy('渝府办发〔2021〕142号');
    expect(cited.rows.map((row) => row.document.id)).toContain(REPLY_0035);
    expect((await search('高质量孵化载体')).map((h) => h.id)).toContain('doc:渝府办发〔2021〕142号');
    expect((await nodeDetails(REPLY_0035))?.id).toBe(REPLY_0035);
    expect((await overview(50)).nodes.length).toBeGreaterThan(0);
  });

  test('reads are declared as reads (a cluster sends them to followers): a write in one is refused', async () => {
    const attempt = runRead(
      { query: 'CREATE (:RoutingProbe) RETURN 1 AS one', params: {}, transform: () => 'written' },
      routed(),
    );
    await expect(attempt).rejects.toBeInstanceOf(DatabaseError);
    await expect(attempt).rejects.toThrow(/read/i);
  });
});
