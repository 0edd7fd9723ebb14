// ingest/programs/placement.ts — where a name stands can make it something else than a program: part of a postal
// address (`地址:重庆市两江新区黄山大道…`), or the heading of one of the document's own tasks
// (`(一)实施就业容量拓展行动。` in an implementation plan names its own section, not a program it cites).

import { pat } from './patterns.ts';

const LOOK_BACK = 16;

/** Start of the line holding `pos`, looking back at most `max` characters (-1 when the line starts further back). */
function lineStart(text: string, pos: number, max: number): number {
  for (let k = pos - 1; k >= Math.max(0, pos - max); k--) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d) return k + 1;
  }
  return pos <= max ? 0 : -1;
}

/** True when an address marker stands before `start` on the same line, within a few characters. */
export function inAddress(text: string, start: number): boolean {
  const from = Math.max(0, start - LOOK_BACK);
  const before = text.slice(from, start);
  const nl = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  const line = nl >= 0 ? before.slice(nl + 1) : before;
  return pat().addressMarkers.some((m) => line.includes(m));
}

/** `(一)`, `（二）`, `一、`, `1.`, `2、`: the number of a heading at the start of a line. */
const HEADING_NUMBER =
  /^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])\s*/;

/** True when text[start, end) closes a numbered heading that opens with a verb of carrying out
 *  (`(一)实施就业容量拓展行动。`, `三、开展…专项行动⏎`): the document's own task, not a program it names. */
export function ownTaskHeading(text: string, start: number, end: number): boolean {
  const ls = lineStart(text, start, LOOK_BACK + 8);
  if (ls < 0) return false;
  const next = text.charCodeAt(end);
  if (!(end >= text.length || next === 0x3002 || next === 0x0a || next === 0x0d || next === 0xff1b || next === 0x3b))
    return false;
  const m = HEADING_NUMBER.exec(text.slice(ls, start));
  if (!m) return false;
  const lead = text.slice(ls + m[0].length, start);
  return pat().governingVerbs.some((v) => lead.startsWith(v));
}
