// ingest/header/news.ts — a news article that quotes the document (`…全文如下:` then the document). The article above
// that line is not the document: its short lines (related links, headlines) are chrome; in its prose, the titles it
// quotes name this document or other articles, never a citation — its named programs and agencies still count.

import { type Line, trimSpan } from '../clean.ts';
import { isBodyLine } from './lines.ts';
import type { HeaderInfo } from './model.ts';

/** A quoted title (nested 〈〉 or <> inside allowed, no nested 《》). */
const QUOTED = /《[^《》\n]{1,150}》/g;

/** Exclude the article on lines [0, quotedFrom]. */
export function readNewsWrapper(info: HeaderInfo, folded: string, lines: Line[], quotedFrom: number): void {
  for (let i = 0; i <= quotedFrom; i++) {
    const t = trimSpan(folded, lines[i]!);
    if (t.start === t.end) continue;
    if (!isBodyLine(folded.slice(t.start, t.end))) {
      info.excluded.push(t);
      continue;
    }
    for (const q of folded.slice(t.start, t.end).matchAll(QUOTED))
      info.excluded.push({ start: t.start + q.index!, end: t.start + q.index! + q[0].length });
  }
}
