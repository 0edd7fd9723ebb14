// ingest/programs/formulas.ts — campaigns named by a numeral formula that counts their parts (`三清一改`,
// `两不愁三保障`, quoted also `“五清”`): a name when a verb of carrying out governs it (`推进三清一改`) or a campaign
// word follows it (`三清一改工作`, `“五清”行动`).

import type { Candidate, Excluded } from './candidate.ts';
import { isNameChar } from './boundaries.ts';
import { pat } from './patterns.ts';
import { startsWithAny, wordEndingAt } from './words.ts';

const NUMERAL = new Uint8Array(0x10000);
for (const ch of '一二三四五六七八九十两双') NUMERAL[ch.charCodeAt(0)] = 1;
/** Characters after a numeral that make it a count or a date, not a formula (`三年`, `两个`, `五大`, `三级`, `十项`, the
 *  steps of `六步走`). */
const MEASURE = new Uint8Array(0x10000);
for (const ch of '个大项条类种位年月日天次批轮期季届名人家所级方化成倍分号层点周岁元亿万千百零〇星只台座处套本份户步')
  MEASURE[ch.charCodeAt(0)] = 1;
/** Most characters in one part (`不愁`, `保障`; quoted `好农村路`), and most parts (`三清一改`, `五清一治一拆`). */
const PART_MAX = 3;
const QUOTED_PART_MAX = 4;
const PARTS_MAX = 3;

function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fa5;
}

/** A numeral that opens a part: a Han character follows that is neither a numeral nor a measure word. */
function opensPart(text: string, p: number): boolean {
  if (NUMERAL[text.charCodeAt(p)] === 0) return false;
  const c1 = text.charCodeAt(p + 1);
  return isHan(c1) && NUMERAL[c1] === 0 && MEASURE[c1] === 0;
}

/** What must follow a formula: a campaign word, or, when a verb governs it, anything but a name character (after
 *  the closing quote when quoted: `落实“三重一大”制度` is a rule of a body, not a campaign). */
function closes(text: string, e: number, quoted: boolean, governed: boolean): boolean {
  const P = pat();
  if (quoted) {
    return (
      text.charCodeAt(e) === 0x201d && // ”
      (startsWithAny(text, P.formulaFollowerIndex, e + 1) !== null || (governed && !isNameChar(text.charCodeAt(e + 1))))
    );
  }
  return startsWithAny(text, P.formulaFollowerIndex, e) !== null || (governed && !isNameChar(text.charCodeAt(e)));
}

/** The end of the formula starting at `at` (a numeral and one to three characters, repeated; `minParts` at least),
 *  or -1. Every numeral 一 (`一户一策`) is a rule of distribution, not a campaign. */
function formulaEnd(text: string, at: number, minParts: number, quoted: boolean, governed: boolean): number {
  let p = at;
  let parts = 0;
  let notOne = false;
  while (parts < PARTS_MAX && opensPart(text, p)) {
    if (text.charCodeAt(p) !== 0x4e00) notOne = true; // 一
    parts++;
    // Each part is the shortest run after which the next part or what must follow begins.
    let next = -1;
    for (let q = p + 2; q - p - 1 <= (quoted ? QUOTED_PART_MAX : PART_MAX); q++) {
      if (parts < PARTS_MAX && opensPart(text, q)) {
        next = q;
        break;
      }
      if (parts >= minParts && notOne && closes(text, q, quoted, governed)) return q;
      if (!isHan(text.charCodeAt(q))) return -1;
    }
    if (next < 0) return -1;
    p = next;
  }
  return -1;
}

/** Numeral formulas into `out`, unquoted (two parts at least) and quoted (one part is enough: `“五清”`). */
export function formulaCandidates(text: string, excluded: Excluded, out: Candidate[]): void {
  const P = pat();
  for (let i = 0; i < text.length; i++) {
    if (!opensPart(text, i)) continue;
    const before = text.charCodeAt(i - 1);
    const quoted = before === 0x201c; // “
    if (!quoted) {
      // A numeral inside a longer number or word (`二十三`, `第三`) opens no formula; an unquoted one needs a second
      // part within reach (a cheap gate: `一是`, `进一步` stop here).
      if (NUMERAL[before] === 1 || before === 0x7b2c) continue; // 第
      // `一岗双责`, `一户一策`: a formula opening with 一 is a rule for each unit; quoted it may name a program.
      if (text.charCodeAt(i) === 0x4e00) continue; // 一
      if (!opensPart(text, i + 2) && !opensPart(text, i + 3) && !opensPart(text, i + 4)) continue;
    }
    const from = quoted ? i - 1 : i;
    const governed = wordEndingAt(text, from, P.formulaVerbSet) !== null;
    const end = formulaEnd(text, i, quoted ? 1 : 2, quoted, governed);
    if (end < 0) continue;
    const name = text.slice(i, end);
    const to = quoted ? end + 1 : end;
    if (P.formulaSloganSet.has(name) || excluded(from, to)) continue;
    // `“三清一改”村庄清洁行动`: the campaign named with its head is the formula's program; the formula is its name.
    let named = false;
    for (const c of out) {
      if (c.start === from && c.end > to) {
        c.name = name;
        named = true;
      }
    }
    if (!named) out.push({ name, kind: 'initiative', start: from, end: to });
    i = to - 1;
  }
}
