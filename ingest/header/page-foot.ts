// ingest/header/page-foot.ts — the foot of a page after the document: a related-links list (`相关新闻:` then other
// pages' titles), links to the previous and next page (`上一篇:…`), or a mirror's note that the rest is hidden
// (`【之后的内容被隐藏了,请下载APP查看完整内容。】`). What follows is other documents' titles, never this document's
// citations, agencies or programs.

import type { Line } from '../clean.ts';
import layout from '../data/page-layout.json' with { type: 'json' };
import type { Span } from '../model.ts';
import { isPageLink } from './chrome.ts';

const HEADINGS = new Set((layout as { trailingHeadings: string[] }).trailingHeadings);
const NOTICES = (layout as { hiddenContentNotices: string[] }).hiddenContentNotices;

/** Brackets, blanks and a colon around a heading (`【相关文章】`, `相关新闻:`). */
const DECORATION = /[\s【】[\]:]/g;
/** Longer lines are text, not a heading; the cheap test before the compaction. */
const MAX_HEADING_LINE = 24;

/** The span from the first foot line after the body start to the end of the text, or null. */
export function pageFoot(folded: string, lines: readonly Line[], bodyStart: number): Span | null {
  // A notice may stand anywhere on its line: found by the native search, then taken from its line's start.
  let foot = folded.length;
  for (const w of NOTICES) {
    const at = folded.indexOf(w, bodyStart);
    if (at >= 0 && at < foot) foot = folded.lastIndexOf('\n', at) + 1;
  }
  for (const line of lines) {
    if (line.start >= foot) break;
    if (line.start < bodyStart) continue;
    const s = folded.slice(line.start, line.end);
    if (
      (s.length <= MAX_HEADING_LINE && HEADINGS.has(s.replace(DECORATION, ''))) ||
      (s.includes('一') && isPageLink(s))
    ) {
      foot = line.start;
      break;
    }
  }
  return foot < folded.length ? { start: foot, end: folded.length } : null;
}
