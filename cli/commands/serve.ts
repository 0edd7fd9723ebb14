// cli/commands/serve.ts — `policy-graph serve [--port N]`: the JSON API and the built viewer on 127.0.0.1.
// Builds the viewer first when dist/viewer is missing or stale; runs until Ctrl-C.
import os from 'node:os';
import path from 'node:path';
import { closeDriver, configFromEnv, ping } from '../../graph/connection.ts';
import { warmOverview } from '../../server/api.ts';
import { createServer, type RunningServer } from '../../server/app.ts';
import { ensureViewerBuilt } from '../../server/build-viewer.ts';
import { parseStrict, USAGE_EXIT, usageError, wholeNumber } from '../strict-args.ts';

const NAME = 'policy-graph serve';
/** The explorer's port when --port is not given. */
export const DEFAULT_SERVE_PORT = 8080;

export const help = `usage: policy-graph serve [--port N] [--log] [--api-only]

Serve the explorer and its read-only JSON API on http://127.0.0.1:N (default ${DEFAULT_SERVE_PORT}).
The viewer is built first (vite build → dist/viewer) when missing or older than its sources.
Only requests addressed to 127.0.0.1:N, localhost:N or [::1]:N are answered (others get 421).

options:
  --port N     TCP port to listen on (1–65535, default ${DEFAULT_SERVE_PORT})
  --log        print one line per request on stderr
  --api-only   serve the JSON API alone: no viewer build, no static files (bench:api uses it)

API: /api/search?q=  /api/node/:id  /api/neighbourhood/:id?limit=  /api/cited-by?x=&sort=date|count
     /api/co-cited?x=  /api/same-citations?doc=  /api/agency?name=  /api/path?a=&b=
     /api/document/:id/text  /api/overview?limit=  /api/top-cited  /api/timeline  /api/health
     /api/compare?a=&b=  /api/citation-years?x=  /api/version
Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE (unset: the bundled local Neo4j).`;

export interface ServeOptions {
  port: number;
  log: boolean;
  apiOnly: boolean;
}

/** The options serve and start share (start adds its own). */
export const SERVE_OPTIONS = {
  port: { type: 'string' },
  log: { type: 'boolean' },
  'api-only': { type: 'boolean' },
} as const;

/** The parsed SERVE_OPTIONS as ServeOptions, or the problem with the port. */
export function serveOptions(values: { port?: string; log?: boolean; 'api-only'?: boolean }): ServeOptions | string {
  const port = values.port === undefined ? DEFAULT_SERVE_PORT : wholeNumber(values.port, '--port', 1, 65535);
  if (typeof port === 'string') return port;
  return { port, log: values.log === true, apiOnly: values['api-only'] === true };
}

/** Listen, with one clear line when the port is taken. */
export async function listen(options: ServeOptions, name: string): Promise<RunningServer | null> {
  try {
    // --api-only: a static folder that does not exist, so every non-API path is a JSON 404.
    const server = await createServer({
      port: options.port,
      log: options.log,
      ...(options.apiOnly ? { staticDir: path.join(os.tmpdir(), 'policy-graph-no-viewer') } : {}),
    });
    // The explorer's first screen is laid out on the server: do it before the first visitor asks.
    if (!options.apiOnly) void warmOverview();
    return server;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      process.stderr.write(
        `policy-graph ${name}: port ${options.port} is already in use — stop what runs there or pass --port N.\n`,
      );
      return null;
    }
    if (code === 'EACCES') {
      process.stderr.write(
        `policy-graph ${name}: not allowed to listen on port ${options.port} — use a port above 1023.\n`,
      );
      return null;
    }
    throw err;
  }
}

/** Resolve when the process gets SIGINT/SIGTERM; close the server and the driver first. */
export function untilSignal(server: RunningServer): Promise<number> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      process.stderr.write('\nStopping the server …\n');
      void server
        .close()
        .catch(() => undefined)
        .then(() => closeDriver())
        .then(() => resolve(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseStrict(NAME, argv, SERVE_OPTIONS, { positionals: false });
  if (!parsed) return USAGE_EXIT;
  const options = serveOptions(parsed.values);
  if (typeof options === 'string') return usageError(NAME, options);
  if (!options.apiOnly) await ensureViewerBuilt();
  const server = await listen(options, 'serve');
  if (!server) return 1;
  const neo4j = configFromEnv();
  const up = await ping(neo4j, 2_000);
  process.stdout.write(`policy-graph explorer: ${server.url}/\n`);
  if (!up) {
    process.stderr.write(
      `Note: Neo4j at ${neo4j.uri} does not answer; the API returns 503 until it does (start it with \`policy-graph db start\` or set NEO4J_URI).\n`,
    );
  }
  return untilSignal(server);
}
