// ingest/list-items.ts — the items of a list of documents, in the three layouts pages print it. Decisions that repeal
// or amend several rules list them one per line under a lead clause (`省政府决定废止以下规章:`), each item opened by a
// marker (`一、`, `1.`, `(一)`) and naming its document either in 《》 or unquoted with its number in parentheses:
//   一、山东省信访规定(省政府令第114号)。
//   2.《重庆市科技计划项目管理办法》(渝科局发〔2016〕1号)
// or as a table under a caption (one cell per line), or run into one paragraph after the lead's colon.
// Kind words of document names live in ingest/data/list-items.json.

import data from './data/list-items.json' with { type: 'json' };

/** An item's marker: `1.`, `1、`, `(一)`, `(1)`, `一、`. */
const MARKER = String.raw`(?:\d{1,3}\s*[.、]|[(][一二三四五六七八九十\d]{1,3}[)]|[一二三四五六七八九十]{1,3}\s*、)`;
/** The kind of marker a line opens with — `1.` (digit), `(一)` (paren), `一、` (numeral) — or null: items of one list
 *  share a kind; a line of another kind is a heading above the list or a sub-item inside one of its items. A section
 *  number (`1.2 编制依据`) is no item marker: the line is a heading. */
export type MarkerKind = 'digit' | 'paren' | 'numeral';
const KIND_OF =
  /^\s*(?:(\d{1,3}\s*[.、](?!\d))|([(][一二三四五六七八九十\d]{1,3}[)])|([一二三四五六七八九十]{1,3}\s*、))/;
export function markerKind(line: string): MarkerKind | null {
  const m = KIND_OF.exec(line);
  return !m ? null : m[1] ? 'digit' : m[2] ? 'paren' : 'numeral';
}
/** `line` without the item marker it opens with (`一、废止4件省政府规章` → `废止4件省政府规章`). */
export function withoutMarker(line: string): string {
  const m = KIND_OF.exec(line);
  return m ? line.slice(m[0].length).trimStart() : line;
}
/** What may stand between a line's start and an item's 《title》: a marker, or nothing. */
const BEFORE_TITLE = new RegExp(`^\\s*${MARKER}?\\s*$`);
/** Whether `s`, the start of a line up to a title (or the verb before it), is only an item's marker or blanks. */
export function isItemPrefix(s: string): boolean {
  return BEFORE_TITLE.test(s);
}
/** The date an order was made before its number (`(1996年10月14日山东省人民政府令第71号公布)`). */
const DATE = String.raw`(?:(?:19|20)\d\d年(?:\d{1,2}月(?:\d{1,2}日)?)?)`;
/** What stands between a line's start and an unquoted item's number: marker, name (a parenthesized qualifier such as
 *  `(试行)` allowed, and a quoted law inside: `湖北省实施《中华人民共和国森林法》办法`), then the opening parenthesis
 *  and the order's date; or the marker alone (`一、鲁政发〔1983〕90号`). Bounded classes that exclude the
 *  parentheses: no backtracking over overlapping runs. */
const BEFORE_NUMBER = new RegExp(
  `^\\s*${MARKER}\\s*(?:([^,。;:()\\n]{2,${data.maxName}}(?:[(][^()\\n]{1,8}[)])?)\\s*[(]\\s*${DATE}?)?$`,
);

const KIND_WORDS = [...data.kindWords].sort((a, b) => b.length - a.length);
/** The longest stretch of a line read before an item's title or number. */
const MAX_PREFIX = data.maxName + 24;

/** Characters that may stand right before an item's title or number (blanks aside): a line break, the end of a
 *  marker (`1.` `一、` `(一)`), a colon or an item's end (inline lists), a cell's start, the parenthesis after an
 *  unquoted name, the end of an order's date. */
const ITEM_PRECEDERS = new Set([...'\n.、):;。(年月日'].map((c) => c.charCodeAt(0)));

/** A cheap test settling most occurrences (mid-sentence ones): whether `at` can open a list item at all. */
export function mayOpenItem(folded: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (folded.charCodeAt(i) === 0x20 || folded.charCodeAt(i) === 0x3000 || folded.charCodeAt(i) === 0x09))
    i--;
  return i < 0 || ITEM_PRECEDERS.has(folded.charCodeAt(i));
}

/** Start of the line holding `at`, or -1 when it lies more than MAX_PREFIX characters back (no item line then). */
function lineStartWithin(folded: string, at: number): number {
  const head = folded.slice(Math.max(0, at - MAX_PREFIX), at);
  const nl = head.lastIndexOf('\n');
  if (nl === -1) return at > MAX_PREFIX ? -1 : 0;
  return at - head.length + nl + 1;
}

/** Whether the title or number at `at` opens a list item (or follows its unquoted name), and where its line starts. */
export function itemLineStart(folded: string, at: number): number {
  const start = lineStartWithin(folded, at);
  if (start === -1) return -1;
  const prefix = folded.slice(start, at);
  if (folded[at] === '《') return BEFORE_TITLE.test(prefix) ? start : -1;
  return BEFORE_NUMBER.test(prefix) ? start : -1;
}

/** The unquoted name of the item whose number starts at `numberStart`, as a span, when it ends with a kind word
 *  (`山东省信访规定`); null otherwise (no item, or a name that is no document's: `关于做好工作`). */
export function unquotedItemTitle(folded: string, numberStart: number): { start: number; end: number } | null {
  const start = lineStartWithin(folded, numberStart);
  if (start === -1) return null;
  const m = BEFORE_NUMBER.exec(folded.slice(start, numberStart));
  const name = m?.[1]?.trim();
  if (!m || !name || !namesDocument(name)) return null;
  const nameStart = start + m[0].indexOf(m[1]!) + (m[1]!.length - m[1]!.trimStart().length);
  return { start: nameStart, end: nameStart + name.length };
}

// Tables: pages render a table one cell per line, each ending with ` |` (`序号 |`, `文件名称 |`, `文号 |`), so a
// list of repealed documents set as a table reads as runs of cell lines under its caption
// (`省政府决定废止的规范性文件目录`).

/** A cell line: its text, then ` |`. */
const CELL_LINE = /\|\s*$/;
/** The longest a cell line is read. */
const MAX_CELL = 200;

/** The end of the line holding `at` (bounded), or -1 when it lies more than MAX_CELL characters ahead. */
function lineEndWithin(folded: string, at: number): number {
  const nl = folded.slice(at, at + MAX_CELL).indexOf('\n');
  if (nl === -1) return at + MAX_CELL >= folded.length ? folded.length : -1;
  return at + nl;
}

/** Whether the title or number at `at` opens a table cell, and where its line starts (-1 if not). */
export function tableCellStart(folded: string, at: number): number {
  const start = lineStartWithin(folded, at);
  if (start === -1 || folded.slice(start, at).trim() !== '') return -1;
  const end = lineEndWithin(folded, at);
  return end !== -1 && CELL_LINE.test(folded.slice(at, end)) ? start : -1;
}

/** Whether a line is a table cell. */
export function isCellLine(line: string): boolean {
  return CELL_LINE.test(line);
}

/** The title in the cell right before a number's cell (`关于加强农村工作的通知 |` then `鲁政发〔2005〕12号 |`), when it
 *  names a kind of document; null otherwise. */
export function cellTitleBefore(
  folded: string,
  numberStart: number,
): { start: number; end: number; quoted: boolean } | null {
  const lineStart = tableCellStart(folded, numberStart);
  if (lineStart <= 0) return null;
  const prevStart = lineStartWithin(folded, lineStart - 1);
  if (prevStart === -1) return null;
  const line = folded.slice(prevStart, lineStart - 1);
  if (!CELL_LINE.test(line)) return null;
  let name = line.replace(CELL_LINE, '').trim();
  // A quoted title in the cell (`《A》 |`): the row pairs it with the number, whatever its kind.
  const quoted = name.startsWith('《') && name.endsWith('》') && name.indexOf('《', 1) === -1;
  if (quoted) name = name.slice(1, -1);
  if (name.length > data.maxName || (!quoted && !namesDocument(name)) || name.length < 2) return null;
  const start = prevStart + line.indexOf(name);
  return { start, end: start + name.length, quoted };
}

/** Whether an unquoted name ends with a kind of document (a qualifier `(试行)` aside) and opens with no verb. */
function namesDocument(name: string): boolean {
  let bare = name;
  if (bare.endsWith(')')) bare = bare.slice(0, bare.lastIndexOf('('));
  return (
    KIND_WORDS.some((k) => bare.endsWith(k)) && !data.notOpenings.some((w) => name.startsWith(w)) && name.length >= 4
  );
}

// Lists run into one paragraph (`省政府决定废止以下规章:一、山东省信访规定(省政府令第114号);二、…。`), as law
// databases and flattened pages print them: each item opens with its marker right after the colon of the lead or the
// 。/; closing the item before.

const SEGMENT_END = new Set([...':;。\n'].map((c) => c.charCodeAt(0)));
/** An inline item's opening: a marker is required (a bare title after a colon is the object of the sentence). */
const INLINE_BEFORE_TITLE = new RegExp(`^\\s*${MARKER}\\s*$`);
const INLINE_BEFORE_NUMBER = new RegExp(
  `^\\s*${MARKER}\\s*(?:[^,。;:()\\n]{2,${data.maxName}}(?:[(][^()\\n]{1,8}[)])?\\s*[(]\\s*${DATE}?)?$`,
);
/** How many items an inline list is followed back over. */
const MAX_INLINE_ITEMS = 150;
/** The longest inline item or lead clause read. */
const MAX_SEGMENT = 300;

/** Start of the segment holding `at`: right after the nearest 。 ; : or line break before it within `limit`, or -1. */
function segmentStart(folded: string, at: number, limit: number): number {
  for (let i = at - 1; i >= Math.max(0, at - limit); i--) if (SEGMENT_END.has(folded.charCodeAt(i))) return i + 1;
  return at <= limit ? 0 : -1;
}

/** The lead clause (ending with its colon) of an inline list whose item the title or number at `at` opens, or null. */
export function inlineLead(folded: string, at: number): string | null {
  let start = segmentStart(folded, at, MAX_PREFIX);
  if (start <= 0 || folded[start - 1] === '\n') return null;
  const prefix = folded.slice(start, at);
  if (!(folded[at] === '《' ? INLINE_BEFORE_TITLE : INLINE_BEFORE_NUMBER).test(prefix)) return null;
  const kind = markerKind(prefix);
  for (let n = 0; n < MAX_INLINE_ITEMS && start > 0; n++) {
    const boundary = folded[start - 1]!;
    if (boundary === '\n') return null;
    const prevStart = segmentStart(folded, start - 1, MAX_SEGMENT);
    if (prevStart === -1) return null;
    const segment = folded.slice(prevStart, start);
    // The colon ends the lead: the clause before it.
    if (boundary === ':') return segment;
    // An item before this one (same kind of marker): keep walking back; anything else ends the list.
    if (markerKind(segment) !== kind) return null;
    start = prevStart;
  }
  return null;
}

/** The unquoted name of an inline item whose number starts at `numberStart` (`;二、山东省渔业办法(省政府令第115号)`). */
export function unquotedInlineTitle(folded: string, numberStart: number): { start: number; end: number } | null {
  const start = segmentStart(folded, numberStart, MAX_PREFIX);
  if (start <= 0 || folded[start - 1] === '\n' || inlineLead(folded, numberStart) === null) return null;
  const m = BEFORE_NUMBER.exec(folded.slice(start, numberStart));
  const name = m?.[1]?.trim();
  if (!m || !name || !namesDocument(name)) return null;
  const nameStart = start + m[0].indexOf(name);
  return { start: nameStart, end: nameStart + name.length };
}
