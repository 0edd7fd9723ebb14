// cli/commands/extract.ts — `policy-graph extract FILE… [--json]`: one DocumentExtraction per file, in input order.
// Bad files get one stderr line naming the file and the problem; the others are still extracted; exit 1 if any failed.

import { EXTRACT_TIME_LIMIT_S } from '../../contracts/settings.ts';
import { DEFAULT_MAX_BYTES } from '../../ingest/limits.ts';
import {
  autoJobs,
  defaultJobs,
  MIN_FILES_PER_WORKER,
  extractInOrder,
  parseJobs,
  parseTimeLimit,
  tuneV8ForExtraction,
} from '../pool.ts';

import { parseStrict, USAGE_EXIT, usageError } from '../strict-args.ts';

export { summarize, toJsonLine } from '../output.ts';

const NAME = 'policy-graph extract';

export const help = `usage: policy-graph extract FILE… [--json] [--text] [--max-bytes N] [--jobs N] [--time-limit S]

Reads each FILE (.txt or a saved .html page; UTF-8 with or without BOM, UTF-16 with BOM, or GB18030/GBK) and
prints what it is, what it answers, what it cites, the agencies it names and the programs it mentions.

  --json          one JSON object per line, in input order: the ANNOTATION.md schema plus "file", "encoding"
                  and evidence spans ({text,start,end,quote,quoteStart,quoteEnd}, offsets into the decoded text)
  --text          with --json, also include the decoded "text" the spans point into (omitted by default)
  --max-bytes N   refuse files larger than N bytes (default ${DEFAULT_MAX_BYTES}, i.e. 50 MB)
  --jobs N        extract on N threads (default: one per free core, up to ${defaultJobs()} here, and one per
                  ${MIN_FILES_PER_WORKER} files); the output is the same for any N
  --time-limit S  stop a file whose extraction takes longer than S seconds (default ${EXTRACT_TIME_LIMIT_S}); it fails with one line

A file that cannot be read (missing, a directory, empty, binary, too large, undecodable) gives one line on
stderr, "policy-graph extract: FILE: problem"; the other files are still extracted and the exit code is 1.
So does a file stopped by the time limit.`;

interface Options {
  json: boolean;
  text: boolean;
  maxBytes: number;
  /** null: autoJobs. */
  jobs: number | null;
  timeLimitS: number;
  files: string[];
}

function parse(argv: string[]): Options | string | null {
  const parsed = parseStrict(NAME, argv, {
    json: { type: 'boolean' },
    text: { type: 'boolean' },
    'max-bytes': { type: 'string' },
    jobs: { type: 'string' },
    'time-limit': { type: 'string' },
  });
  if (!parsed) return null;
  const { values, positionals: files } = parsed;
  const raw = values['max-bytes'];
  const maxBytes = raw === undefined ? DEFAULT_MAX_BYTES : Number(raw);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0)
    return `--max-bytes expects a positive whole number of bytes, got "${raw}"`;
  const jobs = values.jobs === undefined ? null : parseJobs(values.jobs);
  if (typeof jobs === 'string') return jobs;
  const timeLimitS = values['time-limit'] === undefined ? EXTRACT_TIME_LIMIT_S : parseTimeLimit(values['time-limit']);
  if (typeof timeLimitS === 'string') return timeLimitS;
  if (files.length === 0) return 'expected at least one FILE';
  return { json: values.json === true, text: values.text === true, maxBytes, jobs, timeLimitS, files };
}

export async function run(argv: string[]): Promise<number> {
  const opts = parse(argv);
  if (opts === null) return USAGE_EXIT;
  if (typeof opts === 'string') return usageError(NAME, opts);
  let failed = 0;
  // The workers send each file's output as the UTF-8 bytes to write (its line break included); they are written in
  // input order, in chunks: one write per line costs a system call each on a pipe.
  let parts: Buffer[] = [];
  let size = 0;
  const flush = async () => {
    const out = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    parts = [];
    size = 0;
    if (!process.stdout.write(out)) await new Promise((r) => process.stdout.once('drain', r));
  };
  // A terminal sees each file as it is done.
  const limit = process.stdout.isTTY ? 0 : 1 << 16;
  const jobs = opts.jobs === null ? autoJobs(opts.files.length) : Math.min(opts.jobs, opts.files.length);
  tuneV8ForExtraction(jobs);
  await extractInOrder<Buffer>(
    opts.files,
    {
      jobs,
      timeLimitMs: opts.timeLimitS * 1000,
      maxBytes: opts.maxBytes,
      output: opts.json ? (opts.text ? 'json+text' : 'json') : 'summary',
    },
    async (file, r) => {
      if (r.ok) {
        if (r.warning) {
          if (size) await flush();
          process.stderr.write(`policy-graph extract: ${file}: warning: ${r.warning}\n`);
        }
        parts.push(r.result);
        size += r.result.length;
        if (size >= limit) await flush();
        return;
      }
      failed++;
      if (size) await flush();
      process.stderr.write(`policy-graph extract: ${file}: ${r.problem.replace(/\s*\n\s*/g, ' ')}\n`);
    },
  );
  if (size) await flush();
  return failed > 0 ? 1 : 0;
}
