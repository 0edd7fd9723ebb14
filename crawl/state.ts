// crawl/state.ts — what a crawl fetched, recorded in --out as one JSON object per line, appended and flushed page by
// page: a crawl that is killed loses at most the page it was on, and the next run reads the record to go on without
// fetching again what it saved (resume), or to ask the server only for what changed (re-crawl: ETag, Last-Modified).

import { appendFileSync, existsSync, readFileSync } from 'node:fs';

export type PageStatus = 'saved' | 'not-modified' | 'failed' | 'skipped';

export interface PageRecord {
  t: 'page';
  url: string;
  status: PageStatus;
  /** The saved page, relative to --out (saved and not-modified pages). */
  file?: string;
  contentType?: string | null;
  etag?: string | null;
  lastModified?: string | null;
  /** Why it failed or was skipped. */
  reason?: string;
  attempts?: number;
  at: string;
}

export interface RunRecord {
  t: 'run' | 'end';
  at: string;
  start?: string;
}

export interface RedirectRecord {
  t: 'redirect';
  from: string;
  to: string;
  at: string;
}

type Line = PageRecord | RunRecord | RedirectRecord;

export interface CrawlState {
  /** The last record of each address. */
  pages: Map<string, PageRecord>;
  redirects: Map<string, string>;
  /** A run was recorded and did not end: the next run resumes it. */
  unfinished: boolean;
  /** A run ended: the next run re-crawls with conditional requests. */
  finishedBefore: boolean;
}

export function loadState(file: string): CrawlState {
  const state: CrawlState = { pages: new Map(), redirects: new Map(), unfinished: false, finishedBefore: false };
  if (!existsSync(file)) return state;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let rec: Line;
    try {
      rec = JSON.parse(line) as Line;
    } catch {
      continue; // the last line of a run killed while writing it
    }
    if (rec.t === 'page') state.pages.set(rec.url, rec);
    else if (rec.t === 'redirect') state.redirects.set(rec.from, rec.to);
    else if (rec.t === 'run') state.unfinished = true;
    else if (rec.t === 'end') {
      state.unfinished = false;
      state.finishedBefore = true;
    }
  }
  return state;
}

/** Append one record (synchronously: it is on disk before the next request). */
export function record(file: string, rec: Line): void {
  appendFileSync(file, `${JSON.stringify(rec)}\n`);
}
