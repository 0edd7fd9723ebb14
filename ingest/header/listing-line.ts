// ingest/header/listing-line.ts — a portal's listing entry left above the document: a bullet, the title and the
// publication date on one line (`  • 市发展改革委 市商务局关于印发…的通知 2022-10-18`). The title is the document's, the
// date its publication date; neither the bullet nor the date is part of the title.

import { DOC_KIND_ENDING } from '../regexes.ts';
import { parseDate } from '../normalize.ts';
import type { Candidate, HeaderInfo } from './model.ts';

const LISTING = /^(\s*[•·●▪]\s*)(\S.*?)\s+((?:19|20)\d\d-\d{1,2}-\d{1,2})\s*$/;

/** Cut a listing entry's bullet and date off a candidate title line; the date becomes the page's date. */
export function trimListingLine(info: HeaderInfo, folded: string, c: Candidate): void {
  const line = folded.slice(c.span.start, c.span.end);
  const m = LISTING.exec(line);
  if (!m || !DOC_KIND_ENDING.test(m[2]!.replace(/\s+/g, ''))) return;
  info.pageDate ??= parseDate(m[3]!);
  const start = c.span.start + m[1]!.length;
  c.span = { start, end: start + m[2]!.length };
  c.compact = m[2]!.replace(/\s+/g, '');
}
