// cli/main.ts — the `policy-graph` command line: dispatch to one module per command.
// Each command lives in cli/commands/<name>.ts and exports `run(argv: string[]): Promise<number>` and `help: string`;
// it parses its options with cli/strict-args.ts (`--help` / `-h` is answered here before the command runs).

import { USAGE_EXIT } from './strict-args.ts';

/** A command module: cli/commands/<name>.ts. */
interface CommandModule {
  run: (argv: string[]) => Promise<number>;
  help: string;
}

/** Each command and its one-line summary for `policy-graph --help`; its code is cli/commands/<name>.ts. */
const COMMANDS: Record<string, string> = {
  start: 'start the local Neo4j if needed, ingest the bundled samples, serve the viewer',
  extract: 'extract citations, agencies and programs from files (--json for JSON lines)',
  eval: 'score extraction of every X.txt in DIR against X.gold.json',
  ingest: 'extract files and write them to Neo4j (directories recurse)',
  import: 'import saved pages and mirrored sites: main text and metadata, list pages skipped, duplicates once',
  crawl: 'crawl a government portal politely (robots.txt, delay, resumable), then import the pages',
  db: 'start | stop | status of the bundled local Neo4j',
  query: 'analyst queries: cited-by, co-cited, agency, same-citations, path, search, top-cited, timeline',
  serve: 'serve the API and the built viewer on 127.0.0.1 (default port 8080)',
  'bench-extract': 'benchmark extraction throughput and memory',
  'bench-graph': 'benchmark Neo4j load and query latency on a 10,000-document corpus',
  'bench-viewer': 'benchmark the viewer on a 20,000-node graph in headless Chromium',
  'bench-api': 'load-test the API: N clients, fixed time, requests/s, p50/p95/p99, errors, RSS',
};

/** Loaded only when it runs: a command's dependencies (the Neo4j driver, the browser) cost nothing to the others. */
function load(name: string): Promise<CommandModule> {
  return import(`./commands/${name}.ts`);
}

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  const lines = Object.entries(COMMANDS).map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`);
  return [
    'policy-graph — a citation knowledge graph for Chinese government documents',
    '',
    'usage: policy-graph <command> [options]',
    '',
    'commands:',
    ...lines,
    '',
    "Run `policy-graph <command> --help` for a command's options.",
    'Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE (unset: the bundled local Neo4j).',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name ? 0 : USAGE_EXIT;
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    process.stderr.write(`policy-graph: unknown command "${name}". Run \`policy-graph --help\` for the list.\n`);
    return USAGE_EXIT;
  }
  const mod = await load(name);
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(mod.help.trimEnd() + '\n');
    return 0;
  }
  return mod.run(rest);
}
