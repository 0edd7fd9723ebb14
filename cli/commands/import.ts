// cli/commands/import.ts — `policy-graph import DIR|FILE…`: saved pages and mirrored sites into the graph.
// Reads each page with a real HTML parser, keeps the main text and the metadata table, skips list pages and pages
// without text, keeps duplicates once, ingests the documents, and reports every page (stderr, --report TSV).

import { UNFINISHED_BATCH, withDatabase } from '../with-database.ts';
import { parseStrict, USAGE_EXIT, usageError, optionSpecs } from '../strict-args.ts';
import { parseJobs } from '../pool.ts';
import { finishImport, importPages, type ImportEntry } from '../import-pages.ts';

const NAME = 'policy-graph import';

export const help = `usage: policy-graph import DIR|FILE… [--dry-run] [--out DIR] [--report FILE] [--force] [--jobs N]

Import saved web pages and mirrored sites (.html, .htm, .shtml; directories recurse) of government portals:
each page is decoded (its <meta charset> or server charset honoured; GB18030/GBK/GB2312, Big5, UTF-8), parsed with an
HTML parser, and its main text and metadata table (索引号 / 发文字号 / 发布机构 / 成文日期 …) kept; navigation, link lists,
scripts, styles and footers are dropped. List and index pages (many document links, little text) and pages without
text are skipped; a document seen twice (same 发文字号, or same text) is imported once. The documents are then
extracted and written to Neo4j as \`policy-graph ingest\` does.

  --dry-run        analyse and report only; nothing is written to Neo4j (no database needed)
  --out DIR        keep the extracted document texts in DIR (one .txt per document page, mirroring the pages' paths)
  --report FILE    write the report as TSV: outcome, reason, page, source, title, doc_number, encoding, text_file
  --force          rewrite documents even when nothing they assert has changed
  --jobs N         extract on N threads (default: one per free core)

Skipped and failed pages are listed on stderr with the reason, then a summary. Exit code 0, 1 when a page could not
be read or extracted, 2 for a usage error, 3 when Neo4j failed.`;

function describe(e: ImportEntry): string {
  return `${NAME}: ${e.outcome}: ${e.page}: ${e.reason}`;
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseStrict(NAME, argv, optionSpecs(['out', 'report', 'jobs'], ['dry-run', 'force']));
  if (!parsed) return USAGE_EXIT;
  const { values, positionals } = parsed;
  if (positionals.length === 0) return usageError(NAME, 'name at least one page or directory');
  const jobs = values.jobs === undefined ? undefined : parseJobs(values.jobs);
  if (typeof jobs === 'string') return usageError(NAME, jobs);
  const work = async () => {
    const r = await importPages(positionals, {
      out: values.out,
      dryRun: values['dry-run'] === true,
      ingest: { force: values.force === true, jobs },
      onEntry: (e) => process.stderr.write(`${describe(e)}\n`),
    });
    await finishImport(r, values.report, NAME);
    return r.entries.some((e) => e.outcome === 'failed') ? 1 : 0;
  };
  return withDatabase(NAME, work, UNFINISHED_BATCH);
}
