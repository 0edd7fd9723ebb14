// ingest/data-file.ts — reading a JSON data file of ingest/data/ (the reference knowledge rules read): a file that
// is missing or not JSON stops the program with one line naming the file and what to do.

import { readFileSync } from 'node:fs';

/** The parsed file at `url`; `owner` is the module that needs it and `what` the file in words (for the error). */
export function readDataFile<T>(url: URL, owner: string, what: string): T {
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as T;
  } catch (e) {
    throw new Error(`${owner}: cannot read ${url.pathname} (${(e as Error).message}); restore the ${what}.`);
  }
}
