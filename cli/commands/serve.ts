// cli/commands/serve.ts — `policy-graph serve [--port N]`: the JSON API and the built viewer on 127.0.0.1.
// Builds the viewer first when dist/viewer is missing or stale; runs until Ctrl-C.
import { configFromEnv, ping } from '../../graph/connection.ts';
import { ensureViewerBuilt } from '../../server/build-viewer.ts';
import { DEFAULT_SERVE_PORT, listen, SERVE_OPTIONS, serveOptions, untilSignal } from '../serve-run.ts';
import { parseStrict, USAGE_EXIT, usageError } from '../strict-args.ts';

const NAME = 'policy-graph serve';
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
