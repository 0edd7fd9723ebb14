// cli/commands/start.ts — `npm start`: the main job. Start the local Neo4j if needed, ingest the bundled corpus
// (corpus/) and the sample corpus, build the viewer if needed, serve it and print its URL. Ctrl-C stops the server
// (and a Neo4j it started).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeDriver, configFromEnv, DEFAULT_LOCAL_PORT, ping } from '../../graph/connection.ts';
import { ensureViewerBuilt } from '../../server/build-viewer.ts';
import { ingestFiles } from '../ingest-files.ts';
import { parseStrict, USAGE_EXIT, usageError } from '../strict-args.ts';
import { DEFAULT_SERVE_PORT, listen, SERVE_OPTIONS, serveOptions, untilSignal } from '../serve-run.ts';

const NAME = 'policy-graph start';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The bundled corpus: 300+ published government documents, centred on Chongqing (corpus/SOURCES.tsv). */
export const BUNDLED_CORPUS = path.join(ROOT, 'corpus');
/** The annotated sample corpus (25 real documents with gold files; the gold files are not ingested). */
export const SAMPLE_CORPUS = path.join(ROOT, 'samples', 'corpus');
/** What `npm start` ingests: both are real published documents, disjoint (no shared address or text), and
 *  the samples are the documents the README's examples and the screenshot use. */
export const START_CORPORA = [BUNDLED_CORPUS, SAMPLE_CORPUS];

export const help = `usage: policy-graph start [--port N] [--no-ingest] [--keep-db] [--log]

The main job (npm start):
  1. with no NEO4J_URI, start the bundled local Neo4j on 127.0.0.1:${DEFAULT_LOCAL_PORT} if it is not running
     (the first run downloads Neo4j from Maven Central);
  2. ingest the bundled corpus (corpus/, 300+ published documents) and the sample corpus
     (samples/corpus); unchanged documents are skipped;
  3. build the viewer if dist/viewer is missing or stale;
  4. serve the explorer on http://127.0.0.1:N (default ${DEFAULT_SERVE_PORT}) and print its URL.

options:
  --port N      port of the explorer (default ${DEFAULT_SERVE_PORT})
  --no-ingest   do not ingest the bundled corpora (serve what the database holds)
  --keep-db     leave the local Neo4j running after Ctrl-C (by default a Neo4j this command started is stopped)
  --log         print one line per HTTP request

Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE — set NEO4J_URI to use your own Neo4j 5.`;

function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Start the bundled Neo4j unless it already answers. Returns the port when this call started it. */
async function ensureLocalNeo4j(): Promise<number | null> {
  const config = configFromEnv();
  if (await ping(config, 3_000)) {
    say(`Neo4j: already running at ${config.uri}`);
    return null;
  }
  const port = Number(new URL(config.uri).port) || DEFAULT_LOCAL_PORT;
  const local = await import('../../graph/local-neo4j.ts');
  say(`Neo4j: starting the bundled Neo4j on 127.0.0.1:${port} …`);
  await local.ensureInstalled({ log: say });
  const result = await local.startLocal({ port, log: say });
  if (result.alreadyRunning) {
    say(`Neo4j: already running at ${result.uri}`);
    return null;
  }
  say(
    `Neo4j: running at ${result.uri} (started in ${(result.ms / 1000).toFixed(1)} s, data in ${path.relative(process.cwd(), result.dataDir) || result.dataDir})`,
  );
  return port;
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseStrict(
    NAME,
    argv,
    { ...SERVE_OPTIONS, 'no-ingest': { type: 'boolean' }, 'keep-db': { type: 'boolean' } },
    { positionals: false },
  );
  if (!parsed) return USAGE_EXIT;
  const options = serveOptions(parsed.values);
  if (typeof options === 'string') return usageError(NAME, options);
  const ingest = parsed.values['no-ingest'] !== true;
  const keepDb = parsed.values['keep-db'] === true;
  const external = Boolean(process.env.NEO4J_URI?.trim());

  let startedPort: number | null = null;
  if (external) {
    const config = configFromEnv();
    if (!(await ping(config, 3_000))) {
      say(
        `${NAME}: Neo4j at ${config.uri} (NEO4J_URI) does not answer — start it, or unset NEO4J_URI to use the bundled one.`,
      );
      return 3;
    }
    say(`Neo4j: using ${config.uri} (NEO4J_URI)`);
  } else {
    startedPort = await ensureLocalNeo4j();
  }

  const stopStartedDb = async () => {
    if (startedPort === null || keepDb) return;
    const local = await import('../../graph/local-neo4j.ts');
    say(`Neo4j: stopping the local Neo4j on port ${startedPort} (pass --keep-db to leave it running)`);
    await local.stopLocal(startedPort);
  };

  try {
    if (ingest) {
      const shown = START_CORPORA.map((dir) => path.relative(process.cwd(), dir) || dir).join(', ');
      say(`Ingesting the bundled corpora (${shown}) …`);
      const report = await ingestFiles(START_CORPORA);
      say(
        `Ingested ${report.files} files: ${report.written} written, ${report.unchanged} unchanged` +
          (report.failed.length ? `, ${report.failed.length} failed` : '') +
          ` (${report.nodesCreated} nodes and ${report.relationshipsCreated} relationships created).`,
      );
    }
    await ensureViewerBuilt(say);
    const server = await listen(options, 'start');
    if (!server) {
      await stopStartedDb();
      await closeDriver();
      return 1;
    }
    process.stdout.write(`\npolicy-graph explorer: ${server.url}/\n\nPress Ctrl-C to stop.\n`);
    const code = await untilSignal(server);
    await stopStartedDb();
    return code;
  } catch (err) {
    await closeDriver();
    await stopStartedDb().catch(() => undefined);
    throw err;
  }
}
