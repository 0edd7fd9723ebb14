// ingest/clean.ts — the matching view of a document: full-width/half-width and whitespace folded, offsets kept 1:1.
// Rules run on `folded`; every span they find is a span of the original text, so evidence is never shifted.

import { halfWidthChar } from './normalize.ts';

/** The text as published plus a same-length view in which the variants a rule should not care about are unified. */
export interface CleanText {
  /** The decoded text (what spans point into). */
  text: string;
  /** Same length as `text`: full-width ASCII → half-width (（→(, ：→:, ３→3), ideographic/no-break space → space,
   *  tab → space, and the bracket variants of document numbers kept (they are handled by the regexes). */
  folded: string;
}

/** Why 1:1: a mapping table would cost a lookup per span and invite off-by-one bugs; every fold here replaces one
 *  UTF-16 unit by one UTF-16 unit, so index i in `folded` is index i in `text`. */
export function clean(text: string): CleanText {
  // Fast path: most government pages have few full-width ASCII forms; a single regex replace is linear.
  const folded = text.replace(/[\uFF01-\uFF5E\u3000\u00A0\t\u2002\u2003\u2009\u200B\uFEFF]/g, (c) => {
    const code = c.charCodeAt(0);
    return code >= 0xff01 && code <= 0xff5e ? halfWidthChar(c) : ' ';
  });
  return { text, folded };
}

/** Line records of a text: start/end offsets (end excludes the line break). Computed once, reused by stages. */
export interface Line {
  start: number;
  end: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) {
      lines.push({ start, end: text.length });
      return lines;
    }
    lines.push({ start, end: nl });
    start = nl + 1;
  }
}

/** The line with leading and trailing blanks trimmed, as a span (empty lines give start === end). */
export function trimSpan(folded: string, line: Line): Line {
  let s = line.start;
  let e = line.end;
  while (s < e && isBlank(folded.charCodeAt(s))) s++;
  while (e > s && isBlank(folded.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

export function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0a || code === 0x3000 || code === 0xa0;
}
