// cli/bench-neo4j.ts — the database a Neo4j benchmark (bench-graph, bench-api) runs against: the one NEO4J_URI
// names, or a bench Neo4j of its own (never the user's 7687 data), started for the run and stopped after it.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configFromEnv, localConfig, type Neo4jConfig } from '../graph/connection.ts';
import * as local from '../graph/local-neo4j.ts';
import { DATABASE_EXIT, withDatabase } from './with-database.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface BenchNeo4j {
  config: Neo4jConfig;
  /** The database is the one NEO4J_URI names (not the bench's own). */
  fromEnv: boolean;
  /** The bench Neo4j's process (not known for NEO4J_URI's). */
  pid?: number;
}

export interface BenchNeo4jOptions {
  /** The command, for its error lines. */
  name: string;
  /** Bolt port and data folder (below the project root) of the bench's own Neo4j. */
  port: number;
  dataDir: string;
  /** Leave the bench's own Neo4j running afterwards. */
  keepDb: boolean;
  log: (line: string) => void;
  /** With NEO4J_URI set: an exit code to refuse that database (after writing why), or null to go on. */
  checkEnv: (config: Neo4jConfig) => number | null;
}

/** Run `body` against the bench's database; its exit code, or 3 when the database cannot start or fails. */
export async function withBenchNeo4j(o: BenchNeo4jOptions, body: (db: BenchNeo4j) => Promise<number>): Promise<number> {
  let db: BenchNeo4j;
  let startedHere = false;
  if (process.env.NEO4J_URI?.trim()) {
    const config = configFromEnv();
    const refused = o.checkEnv(config);
    if (refused !== null) return refused;
    db = { config, fromEnv: true };
  } else {
    const dataDir = path.join(ROOT, o.dataDir);
    try {
      await local.ensureInstalled({ log: o.log });
      const started = await local.startLocal({ port: o.port, dataDir, log: o.log });
      startedHere = !started.alreadyRunning;
      db = { config: localConfig(o.port), fromEnv: false, pid: started.pid };
      o.log(
        `${started.alreadyRunning ? 'reusing' : 'started'} the bench Neo4j on ${started.uri} (data in ${o.dataDir}).`,
      );
    } catch (err) {
      process.stderr.write(`${o.name}: ${err instanceof Error ? err.message : String(err)}\n`);
      return DATABASE_EXIT;
    }
  }
  try {
    return await withDatabase(o.name, () => body(db));
  } finally {
    if (startedHere && !o.keepDb) {
      await local.stopLocal(o.port);
      o.log(`stopped the bench Neo4j on port ${o.port}.`);
    }
  }
}
