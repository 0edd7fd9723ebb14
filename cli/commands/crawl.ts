// cli/commands/crawl.ts — `policy-graph crawl URL --allow HOST …`: a polite crawl of a government portal (robots.txt,
// one request per --delay seconds, resumable, conditional re-crawl), then the saved pages imported as `import` does.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crawl, type CrawlReport, hostAllowed } from '../../crawl/crawler.ts';
import {
  DEFAULT_DELAY_S,
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_MAX_PAGES,
  DEFAULT_TIMEOUT_S,
  PAGES_DIR,
  STATE_FILE,
  TEXTS_DIR,
} from '../../crawl/settings.ts';
import { withDatabase } from '../with-database.ts';
import { parseStrict, USAGE_EXIT, usageError } from '../strict-args.ts';
import { finishImport, type ImportEntry, importPages, type ImportReport, importReportTsv } from '../import-pages.ts';

const NAME = 'policy-graph crawl';

export const help = `usage: policy-graph crawl URL [--allow HOST]… [--max N] [--delay S] [--out DIR] [--timeout S] [--attempts N]
                          [--dry-run] [--no-import] [--report FILE]

Crawl a government portal from URL, breadth first, and import the pages it saved (as \`policy-graph import\` does:
documents to Neo4j, list pages skipped, duplicates once).

  --allow HOST     hosts whose pages may be fetched (repeatable; \`kjj.cq.gov.cn\`, or \`host:port\`); default: URL's host.
                   Links to other hosts are never followed, nor redirects that leave them.
  --max N          fetch at most N pages in this run (default ${DEFAULT_MAX_PAGES}); a run stopped there resumes next time
  --delay S        seconds between requests (default ${DEFAULT_DELAY_S}); a longer Crawl-delay in robots.txt wins
  --out DIR        where pages, texts and the crawl record go (default: crawl-HOST in the current directory):
                   DIR/${PAGES_DIR}/HOST/… the saved pages, DIR/${TEXTS_DIR}/ the extracted texts, DIR/${STATE_FILE} the record
  --timeout S      seconds a page may take before it is abandoned (default ${DEFAULT_TIMEOUT_S})
  --attempts N     tries per page for timeouts, network errors and 5xx answers (default ${DEFAULT_MAX_ATTEMPTS})
  --dry-run        crawl and analyse the pages, write nothing to Neo4j
  --no-import      crawl only
  --report FILE    the report as TSV: the addresses the crawl failed on or skipped (robots.txt, other hosts),
                   then every saved page's import outcome (columns: see \`policy-graph import --help\`)

robots.txt is obeyed (group \`policy-graph\`, else \`*\`). Every saved page is recorded at once in DIR/${STATE_FILE}:
a crawl that was killed or stopped by --max resumes where it was without asking again for what it saved; a crawl
run again after it finished asks for every page with If-None-Match / If-Modified-Since and keeps what did not
change. Exit code 0; 1 when a page failed (after its attempts) or could not be imported; 2 usage; 3 Neo4j failed.`;

function positiveNumber(value: string | undefined, flag: string, whole: boolean): number | string | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (whole && (!Number.isInteger(n) || n < 1))) {
    return `${flag} needs ${whole ? 'a whole number ≥ 1' : 'a number of seconds ≥ 0'} (got ${JSON.stringify(value)})`;
  }
  return n;
}

function summary(r: CrawlReport): string {
  const mode = r.resumed ? ' (resumed)' : r.recrawl ? ' (re-crawl, conditional requests)' : '';
  return (
    `${NAME}: ${r.requests} request(s) in ${r.seconds.toFixed(1)} s${mode}: ${r.saved} page(s) saved, ${r.notModified} not modified, ` +
    `${r.resumedFromDisk} taken from the earlier run, ${r.skipped.length} skipped, ${r.failed.length} failed` +
    (r.stoppedAtMax ? '; stopped at --max (run again to go on)' : '')
  );
}

/** The crawl's failed and skipped addresses as rows of the import report (no page file: nothing was saved). */
function crawlEntries(r: CrawlReport): ImportEntry[] {
  const row = (outcome: 'failed' | 'skipped', url: string, reason: string): ImportEntry => ({
    page: '',
    source: url,
    outcome,
    reason: `crawl: ${reason}`,
    kind: null,
    title: null,
    docNumber: null,
    encoding: null,
    textFile: null,
  });
  return [
    ...r.failed.map((f) => row('failed', f.url, f.reason)),
    ...r.skipped.map((s) => row('skipped', s.url, s.reason)),
  ];
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseStrict(NAME, argv, {
    allow: { type: 'string', multiple: true },
    max: { type: 'string' },
    delay: { type: 'string' },
    out: { type: 'string' },
    timeout: { type: 'string' },
    attempts: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'no-import': { type: 'boolean' },
    report: { type: 'string' },
  });
  if (!parsed) return USAGE_EXIT;
  const { values, positionals } = parsed;
  const usage = (problem: string) => usageError(NAME, problem);
  if (positionals.length !== 1) return usage('name one start address');
  let start: URL;
  try {
    start = new URL(positionals[0]!);
  } catch {
    return usage(`${JSON.stringify(positionals[0])} is not an address`);
  }
  if (start.protocol !== 'http:' && start.protocol !== 'https:')
    return usage('the start address must be http:// or https://');
  const max = positiveNumber(values.max, '--max', true);
  const delay = positiveNumber(values.delay, '--delay', false);
  const timeout = positiveNumber(values.timeout, '--timeout', false);
  const attempts = positiveNumber(values.attempts, '--attempts', true);
  for (const v of [max, delay, timeout, attempts]) if (typeof v === 'string') return usage(v);
  if (timeout === 0) return usage('--timeout must be more than 0 seconds');
  const allow = values.allow?.length ? values.allow : [start.host];
  if (!hostAllowed(start.href, allow))
    return usage(`the start address's host ${start.host} is not among --allow ${allow.join(', ')}`);
  const out = values.out ?? `crawl-${start.hostname}`;

  const work = async () => {
    const r = await crawl({
      start: start.href,
      allow,
      out,
      maxPages: max as number | undefined,
      delayS: delay as number | undefined,
      timeoutS: timeout as number | undefined,
      maxAttempts: attempts as number | undefined,
      log: (line) => process.stderr.write(`${NAME}: ${line}\n`),
    });
    process.stderr.write(`${summary(r)}\n`);
    let imported: ImportReport = { entries: [], ingest: null };
    if (!values['no-import'] && r.pages.size > 0) {
      imported = await importPages([join(out, PAGES_DIR)], {
        out: join(out, TEXTS_DIR),
        dryRun: values['dry-run'] === true,
        origins: r.pages,
        onEntry: (e) => process.stderr.write(`${NAME}: ${e.outcome}: ${e.source ?? e.page}: ${e.reason}\n`),
      });
      await finishImport(imported, undefined, NAME);
    }
    if (values.report) {
      // The pages the crawl could not fetch or left alone come first, then every saved page's import outcome.
      await writeFile(
        values.report,
        importReportTsv({ ...imported, entries: [...crawlEntries(r), ...imported.entries] }),
      );
      process.stderr.write(`${NAME}: report written to ${values.report}\n`);
    }
    return r.failed.length || imported.entries.some((e) => e.outcome === 'failed') ? 1 : 0;
  };
  return withDatabase(NAME, work, 'The pages are saved; run the same command again to import them.');
}
