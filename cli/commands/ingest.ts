// cli/commands/ingest.ts — `policy-graph ingest PATH…`: extract files and write them to Neo4j.
// Directories recurse (.txt, .html); bad files are reported one line each and skipped; progress on stderr, summary on stdout.

import { defaultJobs, MIN_FILES_PER_WORKER, parseJobs, parseTimeLimit } from '../pool.ts';
import { UNFINISHED_BATCH, withDatabase } from '../with-database.ts';
import { BATCH_SIZE, EXTRACT_TIME_LIMIT_S } from '../../contracts/settings.ts';
import { ingestFiles, type IngestReport } from '../ingest-files.ts';
import { parseStrict, USAGE_EXIT, usageError, wholeNumber, optionSpecs } from '../strict-args.ts';

const NAME = 'policy-graph ingest';

// The run itself is a library (cli/ingest-files.ts) that ingest, import, start and the tests call; this file is the command.

export const help = `usage: policy-graph ingest PATH… [--batch-size N] [--force] [--json] [--jobs N] [--time-limit S]

Extract every file (directories recurse into .txt, .htm and .html files) and write the documents to Neo4j:
their citations, agencies, programs and the proposal they answer, each edge with its evidence quote.

  --batch-size N   documents per write transaction (default ${BATCH_SIZE.default}); each batch is all-or-nothing
  --force          rewrite documents even when nothing they assert has changed
  --json           print the summary as one JSON object
  --jobs N         extract on N threads (default: one per free core, up to ${defaultJobs()} here, and one per ${MIN_FILES_PER_WORKER} files)
  --time-limit S   stop a file whose extraction takes longer than S seconds (default ${EXTRACT_TIME_LIMIT_S}); it fails

Re-ingesting is safe: unchanged documents are skipped, a changed document replaces what it asserted before
(and nothing other documents asserted). Progress goes to stderr; files that cannot be read or extracted are
reported one line each and skipped; the exit code is 1 when any file failed, 3 when Neo4j failed.

Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE (unset: the local Neo4j, \`policy-graph db start\`).`;

function formatSummary(r: IngestReport): string {
  const lines = [
    `ingested ${r.documents} document(s) from ${r.files} file(s): ${r.written} written, ${r.unchanged} unchanged` +
      ` (${r.totalSeconds.toFixed(2)} s: extraction ${r.extractSeconds.toFixed(2)} s, Neo4j ${r.writeSeconds.toFixed(2)} s in ${r.batches} transaction(s), overlapping)` +
      (r.rewritten ? `; ${r.rewritten} rewritten at the end (a title they cite by name was learned later)` : ''),
    `nodes: ${r.nodesCreated} created, ${r.nodesDeleted} deleted; relationships: ${r.relationshipsCreated} created, ${r.relationshipsDeleted} deleted; ${r.propertiesSet} properties set`,
  ];
  if (r.failed.length) {
    lines.push(`failed: ${r.failed.length} file(s)`);
    for (const f of r.failed) lines.push(`  ${f.file}: ${f.error}`);
  }
  return lines.join('\n');
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseStrict(NAME, argv, optionSpecs(['batch-size', 'jobs', 'time-limit'], ['force', 'json']));
  if (!parsed) return USAGE_EXIT;
  const { values, positionals: paths } = parsed;
  const batchSize =
    values['batch-size'] === undefined ? undefined : wholeNumber(values['batch-size'], '--batch-size', BATCH_SIZE.min);
  const jobs = values.jobs === undefined ? undefined : parseJobs(values.jobs);
  const timeLimitS = values['time-limit'] === undefined ? undefined : parseTimeLimit(values['time-limit']);
  if (typeof batchSize === 'string') return usageError(NAME, batchSize);
  if (typeof jobs === 'string') return usageError(NAME, jobs);
  if (typeof timeLimitS === 'string') return usageError(NAME, timeLimitS);
  if (paths.length === 0) return usageError(NAME, 'name at least one file or directory');
  const force = values.force === true;
  const json = values.json === true;
  const work = async () => {
    const r = await ingestFiles(paths, { batchSize, force, jobs, timeLimitS });
    process.stdout.write((json ? JSON.stringify(r) : formatSummary(r)) + '\n');
    return r.failed.length ? 1 : 0;
  };
  return withDatabase(NAME, work, UNFINISHED_BATCH);
}
