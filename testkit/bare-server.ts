// testkit/bare-server.ts — the product's server with no data behind it: a static folder of a few files in a temporary
// directory, and an API pointed at a Neo4j port where nothing listens. For tests of the server's own boundary (Host
// header, paths, parameters), which is answered before any query runs.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { localConfig } from '../graph/connection.ts';
import { createServer, type RunningServer } from '../server/app.ts';

/** A port where nothing listens: the Neo4j the server is pointed at is "down". */
export const DEAD_NEO4J_PORT = 1;
/** The viewer page a bare server serves at `/`. */
export const VIEWER_TITLE = '<title>viewer</title>';

export interface BareServer {
  server: RunningServer;
  /** The temporary directory; the static folder is its `viewer/`. */
  root: string;
  close(): Promise<void>;
}

/** Starts the server on an ephemeral port; `files` (paths inside the root, and their text) go beside the viewer page. */
export async function startBareServer(files: Record<string, string> = {}): Promise<BareServer> {
  const root = await mkdtemp(path.join(tmpdir(), 'policy-graph-bare-'));
  const staticDir = path.join(root, 'viewer');
  for (const [name, text] of Object.entries({ 'viewer/index.html': `<!doctype html>${VIEWER_TITLE}`, ...files })) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  const server = await createServer({ port: 0, staticDir, api: { neo4j: localConfig(DEAD_NEO4J_PORT) } });
  return {
    server,
    root,
    close: async () => {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
