// cli/commands/db.ts — `policy-graph db start | stop | status`: the bundled local Neo4j on 127.0.0.1.
// A thin shell over graph/local-neo4j.ts: parse options, call it, print one line per outcome.

import path from 'node:path';
import { configFromEnv, DEFAULT_LOCAL_PORT, parsePort, ping } from '../../graph/connection.ts';
import { ensureInstalled, LocalNeo4jError, startLocal, statusLocal, stopLocal } from '../../graph/local-neo4j.ts';
import { parseStrict, USAGE_EXIT, usageError, wholeNumber } from '../strict-args.ts';

export const help = `usage: policy-graph db start [--port N] [--data-dir DIR]
       policy-graph db stop [--port N]
       policy-graph db status [--port N]
       policy-graph db install

The bundled local Neo4j (Community 5.26, embedded, Bolt on 127.0.0.1 only, no auth).
  start    resolve the Neo4j jars with Maven the first time (about 150 MB from Maven Central, once),
           start Neo4j in the background and return once Bolt answers. Already running: says so, exit 0.
  stop     shut it down cleanly (SIGTERM; the store is checkpointed and closed) and wait until it is gone.
  status   what runs where: pid, Bolt URI, data directory, log. With NEO4J_URI set, also the target
           policy-graph actually uses and whether it answers.
  install  only the first step of start: resolve the jars and compile the launcher (used before tests).

options:
  --port N        Bolt port (default ${DEFAULT_LOCAL_PORT}, or POLICY_GRAPH_NEO4J_PORT)
  --data-dir DIR  data directory for start (default .neo4j/data-<port>)

Files: .neo4j/lib (jars), .neo4j/data-<port>, .neo4j/logs/neo4j-<port>.log (launcher),
       .neo4j/logs/neo4j-<port>/debug.log (Neo4j), .neo4j/run/neo4j-<port>.pid.
Memory: heap up to 2g, page cache 1g; override with POLICY_GRAPH_NEO4J_HEAP / POLICY_GRAPH_NEO4J_PAGECACHE.
Exit status: 0 done (status: running and answering), 3 status: not running, 1 a problem (printed), 2 bad usage.`;

const NAME = 'policy-graph db';

interface DbArgs {
  action: (typeof ACTIONS)[number];
  port: number;
  dataDir: string | undefined;
}

const ACTIONS = ['start', 'stop', 'status', 'install'] as const;

/** The action and its options, or the problem in words; null when parseStrict already wrote the error. */
function parse(argv: string[]): DbArgs | string | null {
  const parsed = parseStrict(NAME, argv, { port: { type: 'string' }, 'data-dir': { type: 'string' } });
  if (!parsed) return null;
  const { values, positionals } = parsed;
  const [action, ...extra] = positionals;
  if (!ACTIONS.includes(action as DbArgs['action'])) {
    return action
      ? `unknown action "${action}" — use start, stop, status or install`
      : 'missing action — use start, stop, status or install';
  }
  if (extra.length) return `unexpected argument ${JSON.stringify(extra[0])} for "${action}"`;
  let port: number;
  try {
    port = parsePort(process.env.POLICY_GRAPH_NEO4J_PORT, DEFAULT_LOCAL_PORT, 'POLICY_GRAPH_NEO4J_PORT');
  } catch (err) {
    return (err as Error).message;
  }
  if (values.port !== undefined) {
    const n = wholeNumber(values.port, '--port', 1, 65535);
    if (typeof n === 'string') return n;
    port = n;
  }
  const dataDir = values['data-dir'];
  if (dataDir !== undefined && action !== 'start') return `unknown option "--data-dir" for "${action}"`;
  if (dataDir === '') return '--data-dir needs a directory';
  return { action: action as DbArgs['action'], port, dataDir };
}

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);
const rel = (p: string) => path.relative(process.cwd(), p) || p;

async function start(args: DbArgs): Promise<number> {
  if (process.env.NEO4J_URI?.trim()) {
    err(
      `${NAME}: note: NEO4J_URI is set (${process.env.NEO4J_URI.trim()}), so other commands use that, not this local Neo4j.`,
    );
  }
  const result = await startLocal({
    port: args.port,
    dataDir: args.dataDir,
    log: (line) => err(line),
  });
  if (result.alreadyRunning) {
    out(`Neo4j is already running on ${result.uri} (pid ${result.pid}, data ${rel(result.dataDir)}).`);
  } else {
    out(
      `Neo4j is running on ${result.uri} (pid ${result.pid}, data ${rel(result.dataDir)}, log ${rel(result.log)}; ready in ${(result.ms / 1000).toFixed(1)} s).`,
    );
  }
  return 0;
}

async function install(): Promise<number> {
  const report = await ensureInstalled({ log: err });
  out(
    `Neo4j jars ready: ${report.jars} jars, ${(report.libBytes / 1e6).toFixed(1)} MB in .neo4j/lib` +
      (report.resolved
        ? ` (resolved in ${(report.ms / 1000).toFixed(1)} s, ${(report.downloadedBytes / 1e6).toFixed(1)} MB downloaded)`
        : '') +
      `; launcher ${report.compiled ? 'compiled' : 'up to date'}.`,
  );
  return 0;
}

async function stop(args: DbArgs): Promise<number> {
  const result = await stopLocal(args.port);
  if (result.stale) out(`Neo4j was not running on port ${args.port}; removed its stale pid file.`);
  else if (result.pid === null) out(`Neo4j is not running on port ${args.port} (nothing to stop).`);
  else out(`Neo4j on port ${args.port} (pid ${result.pid}) stopped cleanly in ${(result.ms / 1000).toFixed(1)} s.`);
  return 0;
}

async function status(args: DbArgs): Promise<number> {
  let code = 0;
  if (process.env.NEO4J_URI?.trim()) {
    const config = configFromEnv();
    const answers = await ping(config, 3_000);
    const db = config.database ? `, database "${config.database}"` : '';
    out(
      `NEO4J_URI: policy-graph uses ${config.uri} (user "${config.user}"${db}) — ${answers ? 'it answers' : 'it does NOT answer'}.`,
    );
    code = answers ? 0 : 1;
  }
  const local = await statusLocal(args.port);
  const note = process.env.NEO4J_URI?.trim() ? ' (not used while NEO4J_URI is set)' : '';
  switch (local.state) {
    case 'running':
      out(
        `local Neo4j: running on ${local.uri}, pid ${local.pid}, data ${local.dataDir ? rel(local.dataDir) : '(unknown)'}, ` +
          `log ${rel(local.log)} — ${local.answers ? 'Bolt answers' : 'Bolt does NOT answer (starting, or stuck: see the log)'}${note}.`,
      );
      if (!local.answers) code = 1;
      break;
    case 'stale':
      out(
        `local Neo4j: not running on port ${local.port} — stale pid file (pid ${local.pid} is gone); \`${NAME} start\` replaces it.`,
      );
      if (!note) code = 3;
      break;
    case 'port-taken':
      out(
        `local Neo4j: not running; port ${local.port} is used by another program` +
          (local.bolt ? ` that answers Bolt (use it with NEO4J_URI=bolt://127.0.0.1:${local.port}).` : '.'),
      );
      if (!note) code = 3;
      break;
    case 'not-running':
      out(
        `local Neo4j: not running on port ${local.port}${note}. Start it with \`${NAME} start${args.port === DEFAULT_LOCAL_PORT ? '' : ` --port ${args.port}`}\`.`,
      );
      if (!note) code = 3;
      break;
  }
  return code;
}

export async function run(argv: string[]): Promise<number> {
  const args = parse(argv);
  if (args === null) return USAGE_EXIT;
  if (typeof args === 'string') return usageError(NAME, args);
  try {
    if (args.action === 'start') return await start(args);
    if (args.action === 'stop') return await stop(args);
    if (args.action === 'install') return await install();
    return await status(args);
  } catch (e) {
    if (e instanceof LocalNeo4jError) {
      // Already one line that names the fix (and the log, for start failures).
      err(`${NAME} ${args.action}: ${e.message.replace(/^graph\/local-neo4j: /, '')}`);
      return 1;
    }
    throw e;
  }
}
