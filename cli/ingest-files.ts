// cli/ingest-files.ts — the ingest run as a library: extract files on the worker pool, resolve them against the graph,
// write them to Neo4j. `policy-graph ingest` and `policy-graph import` (and `crawl`, through import) call it.

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentExtraction } from '../ingest/model.ts';
import { autoJobs, DEFAULT_TIME_LIMIT_S, extractInOrder } from './pool.ts';
import { buildContext, buildWrites } from '../graph/build.ts';
import { configFromEnv, type Neo4jConfig } from '../graph/connection.ts';
import { ensureSchema } from '../graph/schema.ts';
import { loadTitleIndex, writeDocuments, type WriteSummary } from '../graph/store.ts';

/** File kinds a directory walk picks up (a file named explicitly is always tried). */
const DOCUMENT_FILE = /\.(txt|html?)$/i;

export interface FailedFile {
  file: string;
  error: string;
}

export interface IngestReport extends WriteSummary {
  files: number;
  failed: FailedFile[];
  extractSeconds: number;
  writeSeconds: number;
}

/** Expand paths: files as given, directories walked in name order (so runs are reproducible). */
export async function collectFiles(paths: string[], failed: FailedFile[]): Promise<string[]> {
  const out: string[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && DOCUMENT_FILE.test(e.name)) out.push(p);
    }
  }
  for (const p of paths) {
    try {
      const s = await stat(p);
      if (s.isDirectory()) await walk(p);
      else out.push(p);
    } catch {
      failed.push({ file: p, error: 'no such file or directory' });
    }
  }
  return out;
}

export interface IngestOptions {
  config?: Neo4jConfig;
  batchSize?: number;
  force?: boolean;
  /** Extraction threads (default: one per core). */
  jobs?: number;
  /** Seconds one file's extraction may take before it is stopped and fails (default DEFAULT_TIME_LIMIT_S). */
  timeLimitS?: number;
  /** Progress lines (stderr by default; pass a no-op to silence). */
  progress?: (line: string, final: boolean) => void;
  /** Bad-file lines (stderr by default). */
  report?: (failed: FailedFile) => void;
  /** Where each file came from, when it is text extracted from somewhere else (`import`, `crawl`): the document is
   *  stored under the original page's path and source (a URL), and problems name the page. */
  origins?: ReadonlyMap<string, Origin>;
}

/** The page a file's text was extracted from. */
export interface Origin {
  file: string;
  source: string | null;
  /** The page's own encoding (the extracted text is written as UTF-8). */
  encoding: string;
}

function stderrProgress(): (line: string, final: boolean) => void {
  const tty = process.stderr.isTTY === true;
  let last = '';
  return (line, final) => {
    if (tty) process.stderr.write(`\r${line}\x1b[K${final ? '\n' : ''}`);
    else if (final || line !== last) process.stderr.write(`${line}\n`);
    last = line;
  };
}

function bar(done: number, total: number): string {
  const width = 24;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}

/** Extract the files, resolve them against what the graph already knows, and write them. */
export async function ingestFiles(paths: string[], options: IngestOptions = {}): Promise<IngestReport> {
  const config = options.config ?? configFromEnv();
  const progress = options.progress ?? stderrProgress();
  const report = options.report ?? ((f: FailedFile) => process.stderr.write(`policy-graph ingest: ${f.file}: ${f.error}\n`));
  const failed: FailedFile[] = [];
  const files = await collectFiles(paths, failed);
  failed.forEach(report);

  // Extraction first (pure, no database), on every core: title ↔ number pairs from every file are known before any
  // write. Meanwhile the database is prepared (connection, schema, the titles it already knows), so Neo4j's round
  // trips overlap extraction instead of following it.
  const t0 = performance.now();
  const prepared = (async () => {
    await ensureSchema(config);
    return loadTitleIndex(config);
  })();
  prepared.catch(() => undefined); // awaited below; this only keeps an early failure from being reported as unhandled
  const extractions: DocumentExtraction[] = [];
  // A terminal gets a live bar; a log gets a line per quarter.
  const step = Math.max(1, Math.floor(files.length / (process.stderr.isTTY ? 50 : 4)));
  await extractInOrder<DocumentExtraction>(
    files,
    { jobs: options.jobs === undefined ? autoJobs(files.length) : Math.min(options.jobs, Math.max(1, files.length)), timeLimitMs: (options.timeLimitS ?? DEFAULT_TIME_LIMIT_S) * 1000, output: 'object' },
    (file, r, i) => {
      const origin = options.origins?.get(file);
      if (r.ok) {
        extractions.push(origin ? { ...r.result, file: origin.file, source: origin.source, encoding: origin.encoding } : r.result);
        if (r.warning) process.stderr.write(`policy-graph ingest: ${origin?.file ?? file}: warning: ${r.warning}\n`);
      }
      else {
        const f = { file: origin?.file ?? file, error: r.problem };
        failed.push(f);
        report(f);
      }
      if (i % step === 0 || i === files.length - 1) progress(`extracting ${bar(i + 1, files.length)}`, i === files.length - 1);
    },
  );
  const extractSeconds = (performance.now() - t0) / 1000;

  const t1 = performance.now();
  const ctx = buildContext(extractions, await prepared);
  const writes = buildWrites(extractions, ctx);
  const summary = await writeDocuments(writes, {
    config,
    batchSize: options.batchSize,
    force: options.force,
    onProgress: (done, total) => progress(`writing    ${bar(done, total)}`, done === total),
  });
  return { ...summary, files: files.length + failed.filter((f) => !files.includes(f.file)).length, failed, extractSeconds, writeSeconds: (performance.now() - t1) / 1000 };
}

