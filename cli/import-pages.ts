// cli/import-pages.ts — `import` as a library: saved portal pages in, documents out. Each page is decoded (its declared
// charset honoured), analysed (ingest/html/page.ts), list pages and pages without text skipped, duplicates (same 发文字号
// or same text) kept once; the documents' text goes to .txt files that the ingest run (cli/ingest-files.ts) extracts
// and writes to Neo4j under the page's own path and address. `crawl` imports the pages it saved through here.

import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { decodePage } from '../ingest/html/charset.ts';
import { analysePage, type PageKind } from '../ingest/html/page.ts';
import { DEFAULT_MAX_BYTES } from '../ingest/limits.ts';
import { InputError } from '../ingest/read.ts';
import { ingestFiles, type IngestOptions, type IngestReport, type Origin } from './ingest-files.ts';

/** Saved pages a directory walk picks up: `.html`, `.htm`, `.shtml`, `.xhtml` (a file named explicitly is always tried). */
export const PAGE_FILE = /\.(?:s?html?|xhtml)$/i;

export type Outcome = 'imported' | 'skipped' | 'failed';

export interface ImportEntry {
  page: string;
  /** Where the page came from (a URL, for crawled pages). */
  source: string | null;
  outcome: Outcome;
  /** Why it was skipped or failed; for an imported page, its kind and the metadata fields read. */
  reason: string;
  kind: PageKind | null;
  title: string | null;
  docNumber: string | null;
  encoding: string | null;
  /** The .txt file its document text was written to (kept only with --out). */
  textFile: string | null;
}

export interface ImportReport {
  entries: ImportEntry[];
  /** The ingest run (null with dryRun or when no page was a document). */
  ingest: IngestReport | null;
}

/** What a page fetched over HTTP carries besides its bytes. */
export interface PageOrigin {
  url: string;
  contentType: string | null;
}

export interface ImportOptions {
  /** Keep the extracted texts in this directory (one .txt per document page, mirroring the pages' paths). */
  out?: string;
  /** Analyse and report only: nothing is written to Neo4j. */
  dryRun?: boolean;
  /** Crawled pages: their address and Content-Type. */
  origins?: ReadonlyMap<string, PageOrigin>;
  maxBytes?: number;
  /** Options of the ingest run (database, jobs, force, progress …). */
  ingest?: IngestOptions;
  /** One line per page that is skipped or fails, as it happens (nothing by default). */
  onEntry?: (entry: ImportEntry) => void;
}

interface PageFile {
  path: string;
  /** The directory it was found under (its .txt keeps the path below it), or null for a page named explicitly. */
  root: string | null;
}

async function collectPages(paths: string[], entries: ImportEntry[]): Promise<PageFile[]> {
  const out: PageFile[] = [];
  async function walk(dir: string, root: string): Promise<void> {
    const list = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of list) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p, root);
      else if (e.isFile() && PAGE_FILE.test(e.name)) out.push({ path: p, root });
    }
  }
  for (const p of paths) {
    try {
      if ((await stat(p)).isDirectory()) await walk(p, p);
      else out.push({ path: p, root: null });
    } catch {
      entries.push(entry(p, null, 'failed', 'no such file or directory'));
    }
  }
  return out;
}

function entry(
  page: string,
  source: string | null,
  outcome: Outcome,
  reason: string,
  more: Partial<ImportEntry> = {},
): ImportEntry {
  return {
    page,
    source,
    outcome,
    reason,
    kind: null,
    title: null,
    docNumber: null,
    encoding: null,
    textFile: null,
    ...more,
  };
}

/** The key two copies of one text share: its characters without blanks and punctuation of layout. */
function textKey(body: string): string {
  return createHash('sha1')
    .update(body.replace(/[\s|]+/g, ''))
    .digest('hex');
}

/** The .txt path of a page under `out`: the page's path below its root, extension replaced; unique. */
function textPathOf(page: PageFile, out: string, taken: Set<string>): string {
  const rel = (page.root ? relative(page.root, page.path) : basename(page.path)).replace(PAGE_FILE, '');
  let candidate = join(out, `${rel}.txt`);
  for (let i = 2; taken.has(candidate); i++) candidate = join(out, `${rel}-${i}.txt`);
  taken.add(candidate);
  return candidate;
}

/** Import saved pages: analyse, skip, deduplicate, write the documents' text, ingest them. */
export async function importPages(paths: string[], options: ImportOptions = {}): Promise<ImportReport> {
  const entries: ImportEntry[] = [];
  const note = (e: ImportEntry) => {
    entries.push(e);
    if (e.outcome !== 'imported') options.onEntry?.(e);
  };
  const pages = await collectPages(paths, entries);
  entries.forEach((e) => {
    options.onEntry?.(e);
  });
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const byNumber = new Map<string, string>();
  const byText = new Map<string, string>();
  const outDir = options.out ?? (options.dryRun ? null : await mkdtemp(join(tmpdir(), 'policy-graph-import-')));
  const taken = new Set<string>();
  const texts: string[] = [];
  const ingestOrigins = new Map<string, Origin>();
  const imported: ImportEntry[] = [];

  try {
    for (const page of pages) {
      const origin = options.origins?.get(page.path) ?? null;
      const source = origin?.url ?? null;
      let decoded: ReturnType<typeof decodePage>;
      let analysis: ReturnType<typeof analysePage>;
      try {
        const info = await stat(page.path);
        if (!info.isFile()) throw new InputError(page.path, 'is not a regular file');
        if (info.size > maxBytes) throw new InputError(page.path, `too large (${info.size} bytes > limit ${maxBytes})`);
        decoded = decodePage(await readFile(page.path), page.path, origin?.contentType);
        analysis = analysePage(decoded.html);
      } catch (err) {
        note(
          entry(
            page.path,
            source,
            'failed',
            err instanceof InputError ? err.problem : `unreadable: ${err instanceof Error ? err.message : String(err)}`,
          ),
        );
        continue;
      }
      const more = {
        kind: analysis.kind,
        title: analysis.title,
        docNumber: analysis.docNumber,
        encoding: decoded.encoding,
      };
      if (analysis.kind !== 'document') {
        note(entry(page.path, source, 'skipped', analysis.reason ?? analysis.kind, more));
        continue;
      }
      const sameNumber = analysis.docNumber ? byNumber.get(analysis.docNumber) : undefined;
      if (sameNumber) {
        note(
          entry(page.path, source, 'skipped', `duplicate of ${sameNumber} (same 发文字号 ${analysis.docNumber})`, more),
        );
        continue;
      }
      const key = textKey(analysis.body);
      const sameText = byText.get(key);
      if (sameText) {
        note(entry(page.path, source, 'skipped', `duplicate of ${sameText} (same text)`, more));
        continue;
      }
      if (analysis.docNumber) byNumber.set(analysis.docNumber, page.path);
      byText.set(key, page.path);
      const fields = analysis.metadataFields.length
        ? `metadata table (${analysis.metadataFields.length} fields)`
        : 'no metadata table';
      const warning = decoded.warning ? `; warning: ${decoded.warning}` : '';
      const e = entry(
        page.path,
        source,
        'imported',
        `document, ${analysis.stats.bodyChars} characters, ${fields}${warning}`,
        more,
      );
      if (outDir) {
        const txt = textPathOf(page, outDir, taken);
        await mkdir(dirname(txt), { recursive: true });
        await writeFile(txt, `${analysis.text}\n`);
        texts.push(txt);
        ingestOrigins.set(txt, { file: page.path, source, encoding: decoded.encoding });
        if (options.out) e.textFile = txt;
      }
      note(e);
      imported.push(e);
    }

    if (options.dryRun || texts.length === 0) return { entries, ingest: null };
    const ingest = await ingestFiles(texts, { ...options.ingest, origins: ingestOrigins });
    // A document the extraction refused after all is a failed page, not an imported one.
    for (const f of ingest.failed) {
      const e = imported.find((x) => x.page === f.file);
      if (e) {
        e.outcome = 'failed';
        e.reason = f.error;
        options.onEntry?.(e);
      }
    }
    return { entries, ingest };
  } finally {
    if (outDir && !options.out) await rm(outDir, { recursive: true, force: true });
  }
}

/** Counts by outcome, and skipped pages by the first words of their reason (`list page`, `duplicate of`). */
export function summarizeImport(r: ImportReport): string {
  const count = (o: Outcome) => r.entries.filter((e) => e.outcome === o).length;
  const reasons = new Map<string, number>();
  for (const e of r.entries) {
    if (e.outcome !== 'skipped') continue;
    const k = e.reason.startsWith('duplicate')
      ? `duplicate (${e.reason.includes('same text') ? 'same text' : 'same number'})`
      : e.reason.split(':')[0]!;
    reasons.set(k, (reasons.get(k) ?? 0) + 1);
  }
  const why = [...reasons].map(([k, n]) => `${n} ${k}`).join(', ');
  return `${r.entries.length} page(s): ${count('imported')} imported, ${count('skipped')} skipped${why ? ` (${why})` : ''}, ${count('failed')} failed`;
}

const TSV_COLUMNS = ['outcome', 'reason', 'page', 'source', 'title', 'doc_number', 'encoding', 'text_file'] as const;

/** The report as TSV: one line per page, a header line first; tabs and line breaks inside values become blanks. */
export function importReportTsv(r: ImportReport): string {
  const cell = (v: string | null) => (v ?? '').replace(/[\t\r\n]+/g, ' ');
  const lines = [TSV_COLUMNS.join('\t')];
  for (const e of r.entries)
    lines.push(
      [e.outcome, e.reason, e.page, e.source, e.title, e.docNumber, e.encoding, e.textFile].map(cell).join('\t'),
    );
  return `${lines.join('\n')}\n`;
}

/** The summary on stderr and the TSV report; shared with `crawl`, whose pages end here too. */
export async function finishImport(r: ImportReport, reportFile: string | undefined, name: string): Promise<void> {
  process.stderr.write(`${name}: ${summarizeImport(r)}\n`);
  if (r.ingest) {
    const g = r.ingest;
    process.stderr.write(
      `${name}: Neo4j: ${g.documents} document(s), ${g.written} written, ${g.unchanged} unchanged (extraction ${g.extractSeconds.toFixed(2)} s, writes ${g.writeSeconds.toFixed(2)} s)\n`,
    );
  }
  if (reportFile) {
    await writeFile(reportFile, importReportTsv(r));
    process.stderr.write(`${name}: report written to ${reportFile}\n`);
  }
}
