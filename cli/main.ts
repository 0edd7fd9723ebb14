// cli/main.ts — the `policy-graph` command line: dispatch to one module per command.
// Each command lives in cli/commands/<name>.ts and exports `run(argv: string[]): Promise<number>` and `help: string`;
// it parses its options with cli/strict-args.ts (`--help` / `-h` is answered here before the command runs).

import { USAGE_EXIT } from './strict-args.ts';

export interface Command {
  /** One-line summary for `policy-graph --help`. */
  summary: string;
  load: () => Promise<{ run: (argv: string[]) => Promise<number>; help: string }>;
}

const COMMANDS: Record<string, Command> = {
  start: {
    summary: 'start the local Neo4j if needed, ingest the bundled samples, serve the viewer',
    load: () => import('./commands/start.ts'),
  },
  extract: {
    summary: 'extract citations, agencies and programs from files (--json for JSON lines)',
    load: () => import('./commands/extract.ts'),
  },
  eval: {
    summary: 'score extraction of every X.txt in DIR against X.gold.json',
    load: () => import('./commands/eval.ts'),
  },
  ingest: {
    summary: 'extract files and write them to Neo4j (directories recurse)',
    load: () => import('./commands/ingest.ts'),
  },
  import: {
    summary: 'import saved pages and mirrored sites: main text and metadata, list pages skipped, duplicates once',
    load: () => import('./commands/import.ts'),
  },
  crawl: {
    summary: 'crawl a government portal politely (robots.txt, delay, resumable), then import the pages',
    load: () => import('./commands/crawl.ts'),
  },
  db: { summary: 'start | stop | status of the bundled local Neo4j', load: () => import('./commands/db.ts') },
  query: {
    summary: 'analyst queries: cited-by, co-cited, agency, same-citations, path, search, top-cited, timeline',
    load: () => import('./commands/query.ts'),
  },
  serve: {
    summary: 'serve the API and the built viewer on 127.0.0.1 (default port 8080)',
    load: () => import('./commands/serve.ts'),
  },
  'bench-extract': {
    summary: 'benchmark extraction throughput and memory',
    load: () => import('./commands/bench-extract.ts'),
  },
  'bench-graph': {
    summary: 'benchmark Neo4j load and query latency on a 10,000-document corpus',
    load: () => import('./commands/bench-graph.ts'),
  },
  'bench-viewer': {
    summary: 'benchmark the viewer on a 20,000-node graph in headless Chromium',
    load: () => import('./commands/bench-viewer.ts'),
  },
  'bench-api': {
    summary: 'load-test the API: N clients, fixed time, requests/s, p50/p95/p99, errors, RSS',
    load: () => import('./commands/bench-api.ts'),
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
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
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`policy-graph: unknown command "${name}". Run \`policy-graph --help\` for the list.\n`);
    return USAGE_EXIT;
  }
  const mod = await command.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(mod.help.trimEnd() + '\n');
    return 0;
  }
  return mod.run(rest);
}
