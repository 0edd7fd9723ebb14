// ingest/header/detect.ts — which metadata layouts a page carries, read from its preamble before any reader runs.
// A page may carry several (a portal's labelled table above a document that prints its own number line).

import layout from '../data/page-layout.json' with { type: 'json' };
import { type Line, trimSpan } from '../clean.ts';
import { HEADER_LABELS } from '../regexes.ts';

export interface Layouts {
  /** A law database's record (`【公布日期】…【字号】…`, `状态:有效 … 发布文号:`): its fields are a third party's reading. */
  lawDatabase: boolean;
  /** A metadata table printed as unlabelled bullets (ingest/header/bullets.ts). */
  bullets: boolean;
  /** A page that lost its line breaks: the title block runs into a long first line (ingest/header/runin.ts). */
  runIn: boolean;
  /** A news article that quotes the document after `全文如下:`: the index of that line, else -1. Everything above it is
   *  the article (related links, a summary naming the document), not the document. */
  quotedFrom: number;
}

/** The line that hands over from a news article to the document it quotes, the document's title before it or not
 *  (`全文如下:`, `《重庆市…实施方案》全文如下。`). */
const QUOTES_BELOW =
  /^(?:《[^《》]{1,150}》)?(?:全文|原文|文件全文|通知全文)如下[::。]?$|^(?:以下为|以下是)(?:全文|原文)[::]?$/;
/** The longest such line: a bare one, or a title of up to 150 characters and the words. */
const QUOTES_BELOW_MAX = 12;
const QUOTES_BELOW_TITLED_MAX = 165;

/** A law database's own labels (ingest/data/page-layout.json). */
export const LAW_DATABASE_LABELS: readonly string[] = (layout as { lawDatabaseLabels: string[] }).lawDatabaseLabels;
/** A law database's own label standing as a label (line start or after a separator, then a colon or blank). */
const LAW_DATABASE_LABEL = new RegExp(
  `(?:^|[\\s|,•])(?:${(layout as { lawDatabaseLabels: string[] }).lawDatabaseLabels.join('|')})\\s*[:\\s]`,
  'm',
);
/** How much of the page is looked at. */
const PREAMBLE_CHARS = 4000;
const MIN_BULLETS = 3;
/** The first lines of a page; a line longer than this among them may be a run-in text (its reader checks the head). */
const FIRST_LINES = 8;
export const LONG_LINE = 300;
/** `【字号】`, `【 公布日期 】`: a label in lenticular brackets. */
// The label opens and closes with a character, so the blanks around it belong to `\s*` alone (a blank-only
// class between two `\s*` was quadratic on a 【 followed by thousands of blank lines; found by npm run fuzz).
const LENTICULAR = /【\s*([\u3400-\u9fff](?:[\u3400-\u9fff\s]{0,6}?[\u3400-\u9fff])?)\s*】/g;

export function detectLayouts(folded: string, lines: Line[], limit: number): Layouts {
  const head = folded.slice(0, PREAMBLE_CHARS);
  let lawDatabase = false;
  // Literal prefilters first: most pages hold neither a 【 nor a database label, and a native indexOf is cheap.
  if (head.includes('【')) {
    LENTICULAR.lastIndex = 0;
    for (let m = LENTICULAR.exec(head); m && !lawDatabase; m = LENTICULAR.exec(head))
      lawDatabase = HEADER_LABELS[m[1]!.replace(/\s+/g, '')] !== undefined;
    LENTICULAR.lastIndex = 0;
  }
  if (!lawDatabase && LAW_DATABASE_LABELS.some((w) => head.includes(w))) lawDatabase = LAW_DATABASE_LABEL.test(head);

  let bullets = false;
  let runIn = false;
  let quotedFrom = -1;
  let run = 0;
  let seen = 0;
  for (let i = 0; i < Math.min(lines.length, limit); i++) {
    const t = trimSpan(folded, lines[i]!);
    if (t.start === t.end) continue;
    if (seen++ < FIRST_LINES && t.end - t.start > LONG_LINE) runIn = true;
    run = folded.charCodeAt(t.start) === 0x2022 /* • */ ? run + 1 : 0;
    if (run >= MIN_BULLETS) bullets = true;
    if (
      quotedFrom === -1 &&
      t.end - t.start <=
        (folded.charCodeAt(t.start) === 0x300a /* 《 */ ? QUOTES_BELOW_TITLED_MAX : QUOTES_BELOW_MAX) &&
      QUOTES_BELOW.test(folded.slice(t.start, t.end).replace(/\s+/g, ''))
    )
      quotedFrom = i;
  }
  return { lawDatabase, bullets, runIn, quotedFrom };
}
