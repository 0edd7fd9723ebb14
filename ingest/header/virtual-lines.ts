// ingest/header/virtual-lines.ts — a page saved without line breaks (a whole reply or notice on one line, as some
// portals and copy-paste produce) is cut into virtual lines for the header readers, at the boundaries its layout still
// shows: the blank runs that stood for line breaks and the sentence ends (。;!?). Each virtual line is a span of the
// original text, so every offset a reader finds is still an offset of the original: nothing is copied or shifted.

import { type Line, trimSpan } from '../clean.ts';
import { findNumbers } from '../citations.ts';
import { LONG_LINE as RUN_IN_LINE } from './detect.ts';
import { isOrganLine } from './lines.ts';
import { emptyHeader } from './model.ts';
import { readRunIn } from './runin.ts';

/** A page counts as run-in when its text sits on at most this many non-empty lines … */
const MAX_REAL_LINES = 2;
/** … one of them at least this long (a line of body text: ingest/header/lines.ts isBodyLine). */
const LONG_LINE = 120;

/** The lines the header stage should read: the real lines, or the virtual lines of a run-in page. */
export function headerLines(folded: string, lines: Line[]): Line[] {
  let nonEmpty = 0;
  let long: Line | null = null;
  for (const l of lines) {
    const t = trimSpan(folded, l);
    if (t.start === t.end) continue;
    if (++nonEmpty > MAX_REAL_LINES) return lines;
    if (!long && t.end - t.start >= LONG_LINE) long = t;
  }
  if (!long) return lines;
  // The run-in title block (`…的实施意见 浙政发[2009]69号 2009-11-03 为贯彻…`: a title of one piece opening the line,
  // its number after it) on a line long enough for the layout detector to see it has its own reader, which also keeps
  // the title's words as the first words of the text.
  if (long.end - long.start > RUN_IN_LINE && opensWithRunInTitle(folded, long)) return lines;
  const out: Line[] = [];
  for (const l of lines) segment(folded, l, out);
  return out;
}

function isBlankUnit(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0;
}

/** Sentence ends after which a new virtual line starts (the text is folded: ;!? are half-width). */
function endsSentence(c: number): boolean {
  return c === 0x3002 /* 。 */ || c === 0x3b /* ; */ || c === 0x21 /* ! */ || c === 0x3f /* ? */;
}

/** One linear pass: a virtual line ends before a blank run or right after a sentence end. */
function segment(folded: string, line: Line, out: Line[]): void {
  let start = line.start;
  let i = line.start;
  while (i < line.end) {
    const c = folded.charCodeAt(i);
    if (endsSentence(c)) {
      out.push({ start, end: i + 1 });
      start = ++i;
      continue;
    }
    if (!isBlankUnit(c)) {
      i++;
      continue;
    }
    let j = i;
    while (j < line.end && isBlankUnit(folded.charCodeAt(j))) j++;
    if (i === start) start = j;
    else if (j < line.end && !holdsTogether(folded, start, i, j, line.end)) {
      out.push({ start, end: i });
      start = j;
    }
    i = j;
  }
  if (line.end > start || out.length === 0) out.push({ start, end: line.end });
}

/** An organ name is at most this long (ingest/header/lines.ts isOrganLine). */
const ORGAN_MAX = 40;

/** The blank-free token that ends at `i` (looked back at most ORGAN_MAX + 1 characters, never before `start`). */
function tokenBefore(folded: string, start: number, i: number): string {
  let k = i;
  while (k > start && i - k <= ORGAN_MAX && !isBlankUnit(folded.charCodeAt(k - 1))) k--;
  return folded.slice(k, i);
}

/** The blank-free token that starts at `j` (looked at for at most ORGAN_MAX + 1 characters). */
function tokenAfter(folded: string, j: number, end: number): string {
  let k = j;
  while (k < end && k - j <= ORGAN_MAX && !isBlankUnit(folded.charCodeAt(k))) k++;
  return folded.slice(j, k);
}

const OPENING = new Set(['[', '【', '(']);
const CLOSING = new Set([']', '】', ')']);
const CELL_SEPARATOR = /^\|+$/;
const IDEOGRAPH = /^[\u3400-\u9fff]$/;

/** A blank run (from `i` to `j`) that is not a break: inside a bracketed label (`[ 索引号 ]`), between the letters of a
 *  letter-spaced label (`索 引 号:`, `名  称:`), inside a spaced label or number, before a cell separator, between joint
 *  issuers. Only the tokens on either side are looked at, each at most ORGAN_MAX + 1 characters: the pass stays linear. */
function holdsTogether(folded: string, start: number, i: number, j: number, end: number): boolean {
  const prevSingle = i - 1 === start || isBlankUnit(folded.charCodeAt(i - 2));
  const prev = folded[i - 1]!;
  const nextEnd = j + 1 === end || isBlankUnit(folded.charCodeAt(j + 1));
  const next = folded[j]!;
  if (prevSingle && OPENING.has(prev)) return true;
  // A label spaced from its colon (`文号 :晋政发…`) and a document number spaced around its year and serial
  // (`渝北府发 〔2017〕 7号`, `国函 〔2011〕 50 号`, `重庆市人民政府令第 265 号`).
  const nextDigit = next >= '0' && next <= '9';
  if (
    next === ':' ||
    next === '〔' ||
    prev === '〕' ||
    (next === '号' && prev >= '0' && prev <= '9') ||
    (prev === '第' && nextDigit)
  )
    return true;
  if (nextEnd && CLOSING.has(next)) return true;
  const nextLetter =
    nextEnd || (j + 2 <= end && folded[j + 1] === ':' && (j + 2 === end || isBlankUnit(folded.charCodeAt(j + 2))));
  if (prevSingle && IDEOGRAPH.test(prev) && nextLetter && IDEOGRAPH.test(next)) return true;
  // A flattened table's cell separator closes the cell before it (`[ 索引号 ] |`, `1150… |`): the label then waits for
  // its value on the next virtual line, as on a page whose cells were printed one a line.
  const before = tokenBefore(folded, start, i);
  const after = tokenAfter(folded, j, end);
  if (CELL_SEPARATOR.test(after)) return true;
  // Joint issuers printed on one line (`财政部 国家发展和改革委员会 工业和信息化部`): the line is one issuer block.
  return isOrganLine(before) && isOrganLine(after);
}

/** How much of the line's head the run-in title block may take (as ingest/header/runin.ts reads it). */
const RUN_IN_HEAD = 300;

/** The line opens with a title of one piece (no blank inside) followed by its number, as the run-in reader reads it. */
function opensWithRunInTitle(folded: string, line: Line): boolean {
  const probe = emptyHeader();
  readRunIn(probe, folded, folded, line);
  if (!probe.title) return false;
  const number = findNumbers(folded.slice(line.start, Math.min(line.end, line.start + RUN_IN_HEAD))).find(
    (n) => n.start > 0,
  );
  return number !== undefined && !/\s/.test(folded.slice(line.start, line.start + number.start).trimEnd());
}
