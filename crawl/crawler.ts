// crawl/crawler.ts — a polite crawl of government portals: breadth first from one address, allowed hosts only,
// robots.txt obeyed, one request per --delay seconds (or the site's Crawl-delay when longer), failures retried a bounded
// number of times, every page saved under --out and recorded in the state file as soon as it is saved.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { decodePage } from '../ingest/html/charset.ts';
import { fetchOnce } from './fetch.ts';
import { linksOf } from './links.ts';
import { savedPathOf } from './names.ts';
import { ALLOW_ALL, DISALLOW_ALL, parseRobots, type Robots } from './robots.ts';
import {
  DEFAULT_DELAY_S,
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_MAX_PAGES,
  DEFAULT_TIMEOUT_S,
  MAX_PAGE_BYTES,
  MAX_REDIRECTS,
  MAX_ROBOTS_BYTES,
  NON_PAGE_EXTENSIONS,
  PAGES_DIR,
  ROBOTS_AGENT,
  STATE_FILE,
} from './settings.ts';
import { type CrawlState, loadState, type PageRecord, record } from './state.ts';

export interface CrawlOptions {
  start: string;
  /** Hosts whose pages may be fetched: `kjj.cq.gov.cn` (any port) or `127.0.0.1:8080`. */
  allow: string[];
  out: string;
  maxPages?: number;
  delayS?: number;
  timeoutS?: number;
  maxAttempts?: number;
  /** One line per event worth a reader's eye (failures, skips, redirects, progress). */
  log?: (line: string) => void;
}

export interface CrawlIssue {
  url: string;
  reason: string;
}

export interface CrawlReport {
  /** Requests sent (robots.txt included). */
  requests: number;
  saved: number;
  notModified: number;
  /** Pages taken from an earlier, unfinished run without a request. */
  resumedFromDisk: number;
  failed: CrawlIssue[];
  skipped: CrawlIssue[];
  /** Every page saved so far (this run and earlier ones): its file (absolute) → address and Content-Type. */
  pages: Map<string, { url: string; contentType: string | null }>;
  resumed: boolean;
  recrawl: boolean;
  /** The --max limit stopped the run with addresses still queued. */
  stoppedAtMax: boolean;
  seconds: number;
}

/** Whether a URL's host is one of the allowed ones. */
export function hostAllowed(url: string, allow: readonly string[]): boolean {
  const u = new URL(url);
  return allow.some((a) => {
    const h = a
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .split('/')[0]!;
    return h === u.host.toLowerCase() || h === u.hostname.toLowerCase();
  });
}

function isPageAddress(url: string): boolean {
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  return !ext || !NON_PAGE_EXTENSIONS.has(ext);
}

function isHtmlType(contentType: string | null): boolean {
  return !contentType || /text\/html|application\/xhtml|text\/plain/i.test(contentType);
}

/** Spaces requests: each starts at least `gapMs` after the previous one ended (its answer read or abandoned), so the
 *  server sees the gap whatever the time a connection takes to open — spacing starts instead let two requests arrive
 *  70 ms apart at a 200 ms delay when the first waited for its connection. */
class Pacer {
  private lastEnd = -Infinity;
  constructor(public gapMs: number) {}
  async request<T>(send: () => Promise<T>): Promise<T> {
    // Timers count whole milliseconds and may fire a fraction early: wait until the gap has really passed.
    for (
      let due = this.lastEnd + this.gapMs - performance.now();
      due > 0;
      due = this.lastEnd + this.gapMs - performance.now()
    ) {
      await new Promise((r) => setTimeout(r, Math.ceil(due)));
    }
    try {
      return await send();
    } finally {
      this.lastEnd = performance.now();
    }
  }
}

export async function crawl(options: CrawlOptions): Promise<CrawlReport> {
  const t0 = performance.now();
  const log = options.log ?? (() => undefined);
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const timeoutMs = (options.timeoutS ?? DEFAULT_TIMEOUT_S) * 1000;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const pacer = new Pacer((options.delayS ?? DEFAULT_DELAY_S) * 1000);
  mkdirSync(join(options.out, PAGES_DIR), { recursive: true });
  const stateFile = join(options.out, STATE_FILE);
  const state: CrawlState = loadState(stateFile);
  const resumed = state.unfinished;
  const recrawl = !resumed && state.finishedBefore;
  record(stateFile, { t: 'run', at: new Date().toISOString(), start: options.start });

  const report: CrawlReport = {
    requests: 0,
    saved: 0,
    notModified: 0,
    resumedFromDisk: 0,
    failed: [],
    skipped: [],
    pages: new Map(),
    resumed,
    recrawl,
    stoppedAtMax: false,
    seconds: 0,
  };
  const robotsByOrigin = new Map<string, Robots>();
  const attempts = new Map<string, number>();
  const hops = new Map<string, number>();
  const queue: string[] = [];
  const seen = new Set<string>();
  let fetchedPages = 0;

  const enqueue = (url: string, front = false) => {
    if (seen.has(url)) return;
    seen.add(url);
    if (front) queue.unshift(url);
    else queue.push(url);
  };
  const skip = (url: string, reason: string) => {
    report.skipped.push({ url, reason });
    record(stateFile, { t: 'page', url, status: 'skipped', reason, at: new Date().toISOString() });
    log(`skipped ${url}: ${reason}`);
  };
  const follow = (html: string, url: string) => {
    for (const link of linksOf(html, url)) {
      if (!hostAllowed(link, options.allow) || !isPageAddress(link)) continue;
      enqueue(link);
    }
  };
  const linksOfSaved = (file: string, url: string, contentType: string | null | undefined) => {
    try {
      follow(decodePage(readFileSync(file), file, contentType).html, url);
    } catch {
      /* an unreadable saved page leads nowhere; import reports it */
    }
  };

  async function robotsFor(url: string): Promise<Robots> {
    const origin = new URL(url).origin;
    const known = robotsByOrigin.get(origin);
    if (known) return known;
    report.requests++;
    const r = await pacer.request(() => fetchOnce(`${origin}/robots.txt`, { timeoutMs, maxBytes: MAX_ROBOTS_BYTES }));
    let robots: Robots;
    if (r.kind === 'ok') robots = parseRobots(Buffer.from(r.bytes).toString('utf8'), ROBOTS_AGENT);
    else if (r.kind === 'http-error' && r.status >= 400 && r.status < 500)
      robots = ALLOW_ALL; // RFC 9309 §2.3.1.3: no robots.txt
    else {
      // Unreachable robots.txt (5xx, timeout): RFC 9309 §2.3.1.4 says assume everything disallowed.
      robots = DISALLOW_ALL;
      log(
        `robots.txt of ${origin} unreachable (${r.kind === 'error' ? r.reason : `HTTP ${r.status}`}): nothing fetched there`,
      );
    }
    if (robots.crawlDelayS !== null && robots.crawlDelayS * 1000 > pacer.gapMs) {
      pacer.gapMs = robots.crawlDelayS * 1000;
      log(`${origin} asks for ${robots.crawlDelayS} s between requests (Crawl-delay)`);
    }
    robotsByOrigin.set(origin, robots);
    return robots;
  }

  const save = (url: string, bytes: Uint8Array): string => {
    const rel = join(PAGES_DIR, savedPathOf(url));
    const abs = join(options.out, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, bytes);
    return rel;
  };
  const remember = (rec: PageRecord) => {
    state.pages.set(rec.url, rec);
    record(stateFile, rec);
  };

  // Pages of the start address's site that the start address redirects to are part of the site.
  enqueue(options.start);
  while (queue.length) {
    const url = queue.shift()!;
    const u = new URL(url);
    const robots = await robotsFor(url);
    if (!robots.allows(u.pathname + u.search)) {
      skip(url, 'disallowed by robots.txt');
      continue;
    }
    const before = state.pages.get(url);
    const savedBefore =
      before &&
      (before.status === 'saved' || before.status === 'not-modified') &&
      before.file &&
      existsSync(join(options.out, before.file))
        ? before
        : null;
    if (resumed && savedBefore) {
      // A resumed run: what the killed run saved is not asked for again.
      report.resumedFromDisk++;
      linksOfSaved(join(options.out, savedBefore.file!), url, savedBefore.contentType);
      continue;
    }
    const movedTo = resumed ? state.redirects.get(url) : undefined;
    if (movedTo && hostAllowed(movedTo, options.allow)) {
      enqueue(movedTo, true);
      continue;
    }
    if (fetchedPages >= maxPages) {
      report.stoppedAtMax = true;
      break;
    }
    report.requests++;
    fetchedPages++;
    const n = (attempts.get(url) ?? 0) + 1;
    attempts.set(url, n);
    const conditional = {
      etag: recrawl ? savedBefore?.etag : null,
      lastModified: recrawl ? savedBefore?.lastModified : null,
    };
    const r = await pacer.request(() => fetchOnce(url, { timeoutMs, maxBytes: MAX_PAGE_BYTES, ...conditional }));
    const at = new Date().toISOString();
    if (r.kind === 'ok') {
      if (!isHtmlType(r.contentType)) {
        skip(url, `not an HTML page (${r.contentType})`);
        continue;
      }
      const file = save(url, r.bytes);
      remember({
        t: 'page',
        url,
        status: 'saved',
        file,
        contentType: r.contentType,
        etag: r.etag,
        lastModified: r.lastModified,
        attempts: n,
        at,
      });
      report.saved++;
      try {
        follow(decodePage(r.bytes, url, r.contentType).html, url);
      } catch {
        /* an undecodable page leads nowhere; import reports it */
      }
    } else if (r.kind === 'not-modified' && savedBefore) {
      remember({ ...savedBefore, status: 'not-modified', attempts: n, at });
      report.notModified++;
      linksOfSaved(join(options.out, savedBefore.file!), url, savedBefore.contentType);
    } else if (r.kind === 'redirect') {
      const hop = (hops.get(url) ?? 0) + 1;
      if (!hostAllowed(r.location, options.allow)) skip(url, `redirects outside the allowed hosts, to ${r.location}`);
      else if (hop > MAX_REDIRECTS) skip(url, `more than ${MAX_REDIRECTS} redirects`);
      else {
        record(stateFile, { t: 'redirect', from: url, to: r.location, at });
        log(`redirect ${url} → ${r.location}`);
        hops.set(r.location, hop);
        enqueue(r.location, true);
      }
    } else {
      const reason = r.kind === 'error' ? r.reason : `HTTP ${r.status}`;
      const retryable = r.kind === 'not-modified' ? true : r.retryable;
      if (retryable && n < maxAttempts) {
        // Tried again after the rest of the queue: a server in trouble gets time to recover.
        log(`retry later ${url}: ${reason} (attempt ${n} of ${maxAttempts})`);
        queue.push(url);
      } else {
        remember({ t: 'page', url, status: 'failed', reason, attempts: n, at });
        report.failed.push({ url, reason: `${reason}${retryable ? ` (${n} attempts)` : ''}` });
        log(`failed ${url}: ${reason}`);
      }
    }
  }
  if (!report.stoppedAtMax) record(stateFile, { t: 'end', at: new Date().toISOString() });
  for (const rec of state.pages.values()) {
    if (
      (rec.status === 'saved' || rec.status === 'not-modified') &&
      rec.file &&
      existsSync(join(options.out, rec.file))
    ) {
      report.pages.set(join(options.out, rec.file), { url: rec.url, contentType: rec.contentType ?? null });
    }
  }
  report.seconds = (performance.now() - t0) / 1000;
  return report;
}
