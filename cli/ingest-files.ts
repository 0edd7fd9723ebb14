// cli/ingest-files.ts — the ingest run as a library: extract files on the worker pool, resolve them against the graph,
// write them to Neo4j batch by batch while the rest is extracted. `policy-graph ingest` and `policy-graph import` (and
// `crawl`, through import) call it.

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentExtraction } from '../ingest/model.ts';
import { autoJobs, extractInOrder, MIN_FILES_PER_WORKER } from './pool.ts';
import { buildContext, buildWrites, type BuildContext } from '../graph/build.ts';
import { configFromEnv, type Neo4jConfig } from '../graph/connection.ts';
import { resolutionKey, titleOnlyReferences } from '../graph/resolution-key.ts';
import { ensureSchema } from '../graph/schema.ts';
import { BATCH_SIZE, EXTRACT_TIME_LIMIT_S } from '../contracts/settings.ts';
import { BatchWriter, loadTitleIndex, type WriteSummary } from '../graph/store.ts';

/** File kinds a directory walk picks up (a file named explicitly is always tried). */
const DOCUMENT_FILE = /\.(txt|html?)$/i;

export interface FailedFile {
  file: string;
  error: string;
}

export interface IngestReport extends WriteSummary {
  files: number;
  failed: FailedFile[];
  /** From the start until the last file was extracted. */
  extractSeconds: number;
  /** Time spent in Neo4j write transactions (mostly while extraction went on). */
  writeSeconds: number;
  /** The whole ingest, start to last commit. */
  totalSeconds: number;
  /** Documents written again at the end because a title they cite was learned (or became ambiguous) later in the run. */
  rewritten: number;
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
  /** Seconds one file's extraction may take before it is stopped and fails (default EXTRACT_TIME_LIMIT_S). */
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

/**
 * Extract the files, resolve them against what the graph already knows, and write them — batch by batch while the
 * rest is still being extracted. A batch is resolved with the title ↔ number pairs of every file extracted so far
 * (and of the graph); a document whose title-only references resolve differently once every file is known (a pair
 * learned later, or a title that turned out to name two numbers) is written again at the end, so the graph is the
 * one a single resolution over all files gives. At most two batches of extractions are held in memory.
 */
export async function ingestFiles(paths: string[], options: IngestOptions = {}): Promise<IngestReport> {
  const config = options.config ?? configFromEnv();
  const progress = options.progress ?? stderrProgress();
  const report =
    options.report ?? ((f: FailedFile) => process.stderr.write(`policy-graph ingest: ${f.file}: ${f.error}\n`));
  const failed: FailedFile[] = [];
  const files = await collectFiles(paths, failed);
  failed.forEach(report);

  // The database is prepared (connection, schema, the titles it already knows) while the first files are extracted.
  const t0 = performance.now();
  const prepared = (async () => {
    await ensureSchema(config);
    return loadTitleIndex(config);
  })();
  prepared.catch(() => undefined); // awaited below; this only keeps an early failure from being reported as unhandled
  const size = Math.max(1, options.batchSize ?? BATCH_SIZE.default);
  const writer = new BatchWriter({ config, force: options.force });
  const pool = {
    jobs: options.jobs === undefined ? autoJobs(files.length) : Math.min(options.jobs, Math.max(1, files.length)),
    timeLimitMs: (options.timeLimitS ?? EXTRACT_TIME_LIMIT_S) * 1000,
    output: 'object' as const,
  };
  let ctx: BuildContext | null = null;
  /** The title-only references of each written document that has some, and what they resolved to, by file. */
  const resolvedAs = new Map<string, { titles: string[]; key: string }>();
  let writeMs = 0;
  let handed = 0;
  let writing: Promise<void> = Promise.resolve();
  const write = async (batch: DocumentExtraction[], onDone: () => void): Promise<void> => {
    ctx ??= buildContext([], await prepared);
    for (const x of batch) ctx.titles.learnFrom(x);
    const writes = buildWrites(batch, ctx);
    for (const x of batch) {
      const titles = titleOnlyReferences(x);
      if (titles.length && x.file) resolvedAs.set(x.file, { titles, key: resolutionKey(titles, ctx.titles) });
    }
    // One transaction at a time: the next batch is built (above) while the previous one is written.
    await writing;
    writing = (async () => {
      const t = performance.now();
      await writer.write(writes);
      writeMs += performance.now() - t;
      onDone();
    })();
    writing.catch(() => undefined); // awaited by the next batch or at the end
  };

  let pending: DocumentExtraction[] = [];
  // A terminal gets a live bar; a log gets a line per quarter.
  const step = Math.max(1, Math.floor(files.length / (process.stderr.isTTY ? 50 : 4)));
  const handOver = async () => {
    const batch = pending;
    pending = [];
    await write(batch, () => {
      handed += batch.length;
      progress(`writing    ${bar(handed, files.length)}`, false);
    });
  };
  // Text extracted from a page (`import`, `crawl`) is stored under the page's own path, source and encoding.
  /** The file each page's text was read from, by the page's path (a stale document is extracted again from it). */
  const readFrom = new Map<string, string>();
  const fromOrigin = (file: string, x: DocumentExtraction): DocumentExtraction => {
    const origin = options.origins?.get(file);
    if (!origin) return x;
    readFrom.set(origin.file, file);
    return { ...x, file: origin.file, source: origin.source, encoding: origin.encoding };
  };
  await extractInOrder<DocumentExtraction>(files, pool, async (file, r, i) => {
    const origin = options.origins?.get(file);
    if (r.ok) {
      pending.push(fromOrigin(file, r.result));
      if (r.warning) process.stderr.write(`policy-graph ingest: ${origin?.file ?? file}: warning: ${r.warning}\n`);
    } else {
      const f = { file: origin?.file ?? file, error: r.problem };
      failed.push(f);
      report(f);
    }
    if (i % step === 0 || i === files.length - 1) progress(`extracting ${bar(i + 1, files.length)}`, false);
    if (pending.length >= size) await handOver();
  });
  const extractSeconds = (performance.now() - t0) / 1000;
  if (pending.length) await handOver();
  await writing;
  await prepared; // a database that cannot be reached fails the ingest even when no file was left to write

  // Documents that resolve differently now that every file is known: extracted again (they were not kept) and
  // written again; the writer retracts what they asserted first. The index no longer changes, so one pass does.
  const final = ctx ? (ctx as BuildContext) : null;
  const stale = final
    ? [...resolvedAs]
        .filter(([, r]) => resolutionKey(r.titles, final.titles) !== r.key)
        .map(([file]) => readFrom.get(file) ?? file)
    : [];
  resolvedAs.clear();
  const firstPass = writer.summary();
  let rewritten = 0;
  if (final && stale.length) {
    progress(`rewriting ${stale.length} document(s) whose title-only citations resolve differently now`, false);
    let again: DocumentExtraction[] = [];
    const flush = async () => {
      const t = performance.now();
      rewritten += await writer.write(buildWrites(again, final));
      writeMs += performance.now() - t;
      again = [];
    };
    await extractInOrder<DocumentExtraction>(
      stale,
      { ...pool, jobs: Math.min(pool.jobs, Math.max(1, Math.ceil(stale.length / MIN_FILES_PER_WORKER))) },
      async (file, r) => {
        if (r.ok) again.push(fromOrigin(file, r.result));
        if (again.length >= size) await flush();
      },
    );
    if (again.length) await flush();
  }
  progress(`writing    ${bar(handed, files.length)}`, true);
  const summary = writer.summary();
  // A document written twice is one document: the counts are those of the first pass, the counters of both.
  const totalSeconds = (performance.now() - t0) / 1000;
  return {
    ...summary,
    documents: firstPass.documents,
    written: firstPass.written,
    unchanged: firstPass.unchanged,
    files: files.length + failed.filter((f) => !files.includes(f.file)).length,
    failed,
    extractSeconds,
    writeSeconds: writeMs / 1000,
    totalSeconds,
    rewritten,
  };
}
