// ingest/programs/heads.ts — names that end in a head noun (`…基金`, `…示范区`, `…行动`): find the head, walk to the
// left edge, keep the name unless it is generic.

import type { Candidate, Excluded } from './candidate.ts';
import { blockedOnRight, COUNT_WORDS, countAfter, isNameChar, leftEdge } from './boundaries.ts';
import { followedByGoal, isGeneric } from './generic.ts';
import { HEAD_PAIR, KNOWN_PAIR, pairIndex, pat, type HeadJson, type HeadNode } from './patterns.ts';
import { inAddress, ownTaskHeading } from './placement.ts';

/** Start of a short quoted name of Han characters (`“创客中国”`) that ends right at `pos`, or -1.
 *  A quoted formula (`“6+N”环大学创新生态圈`) is a label, not part of the name. */
function quotedBefore(text: string, pos: number): number {
  if (pos < 3 || text.charCodeAt(pos - 1) !== 0x201d) return -1; // ”
  for (let k = pos - 2; k >= Math.max(0, pos - 14); k--) {
    const code = text.charCodeAt(k);
    if (code === 0x201c) return k < pos - 2 ? k : -1; // “
    if (code < 0x4e00 || code > 0x9fa5) return -1;
  }
  return -1;
}

/** `416`, `33618`, `1+3+8`, `2+4+1`: a strategy numbered by its parts. */
const NUMBER_FORMULA = /^[0-9０-９]+(?:[+＋][0-9０-９A-Za-z]+)*$/;
/** A year is a date, not a label (`2023现代农业产业体系` does not occur; `2023年` is read elsewhere). */
const YEAR = /^(?:19|20)\d\d$/;
const LABEL_MAX = 12;
/** How far before a numbered head its label may end (the longest name after a label), and what ends a label. */
const LABEL_LOOK_BACK = 14;
const LABEL_END_BEFORE = /[0-9０-９”]/;

/** The number formula that labels the name starting at `start` (`“416”科技创新布局`, `“11263”的现代农业产业体系`,
 *  `33618现代制造业集群`): its start and its text, or null. */
function numberLabelBefore(text: string, start: number): { at: number; label: string } | null {
  let p = start;
  if (text.charCodeAt(p - 1) === 0x7684) p--; // 的
  if (text.charCodeAt(p - 1) === 0x201d) {
    // ”
    const open = text.lastIndexOf('“', p - 2);
    if (open < 0 || p - open > LABEL_MAX + 2) return null;
    const label = text.slice(open + 1, p - 1);
    return NUMBER_FORMULA.test(label) ? { at: open, label } : null;
  }
  let k = p;
  while (k > 0 && p - k < LABEL_MAX && /[0-9０-９+＋]/.test(text[k - 1]!)) k--;
  const label = text.slice(k, p);
  if (label.length < 3 || !NUMBER_FORMULA.test(label) || YEAR.test(label) || /[0-9A-Za-z]/.test(text[k - 1] ?? ''))
    return null;
  return { at: k, label };
}

const CONJUNCTIONS = new Set([0x4e0e, 0x548c, 0x53ca]); // 与 和 及
const CONJUNCT_MAX = 8;

/** Start of the object of one of `verbs` that ends in the name starting at `start`: the name itself when a verb
 *  stands right before it, or a first conjunct joined to it (`开展经济区与行政区适度分离改革`); -1 when no such verb
 *  governs it. */
function objectStart(text: string, start: number, verbs: readonly string[]): number {
  if (verbs.some((v) => text.endsWith(v, start))) return start;
  // `编制了2021-2025年老旧小区改造计划`, `编制“十四五”及2022年…计划`: a year or period between the verb and its object.
  const period = PERIOD_BEFORE.exec(text.slice(Math.max(0, start - PERIOD_LOOK_BACK), start));
  if (period && verbs.some((v) => text.endsWith(v, start - period[0].length))) return start;
  if (!CONJUNCTIONS.has(text.charCodeAt(start - 1))) return -1;
  for (let k = start - 2; k >= Math.max(0, start - 1 - CONJUNCT_MAX); k--) {
    const c = text.charCodeAt(k);
    if (c < 0x4e00 || c > 0x9fa5) return -1;
    if (start - 1 - k >= 2 && verbs.some((v) => text.endsWith(v, k))) return k;
  }
  return -1;
}

/** Years and plan periods before an object (`2021-2025年`, `“十四五”及2022年`, `2023年度`). */
const PERIOD_BEFORE =
  /(?:(?:\d{4}(?:\s*[-—–~至到]\s*\d{4})?年度?|“?十[一二三四五六七八九]五”?(?:期间)?)(?:及|和|、)?)+$/;
const PERIOD_LOOK_BACK = 24;

/** Whether the name from `start` to its head `hs` is the object of one of `verbs`: a verb right before it (or before a
 *  first conjunct), or a verb inside the walked name, which then is a clause. */
function notObjectOf(text: string, start: number, hs: number, verbs: readonly string[]): boolean {
  if (objectStart(text, start, verbs) >= 0) return true;
  const name = text.slice(start, hs);
  return verbs.some((v) => name.includes(v));
}

/** Names by head noun into `out`; positions where a known name may start into `knownAt` (one scan for both). */
/** An ordinal of a national undertaking as its official name writes it (`第四次全国…`), inside the words before a head
 *  or right before them; a loose rewording (`全国第一次…`) is not its name. */
const ORDINAL = /第[一二三四五六七八九十百\d]{1,3}次(?=全国)/;
const ORDINAL_BEFORE = /第[一二三四五六七八九十百\d]{1,3}次$/;
const ORDINAL_MAX = 6;

export function headCandidates(text: string, excluded: Excluded, out: Candidate[], knownAt: number[]): void {
  const P = pat();
  // Longest head at each position (`试点城市` before `试点`), found by a first-character table and a small trie:
  // cheaper than a RegExp alternation of fifty words.
  for (let i = 0; i < text.length; ) {
    const c0 = text.charCodeAt(i);
    if (P.headFirstChar[c0] === 0) {
      i++;
      continue;
    }
    const pair = P.headPair[pairIndex(c0, text.charCodeAt(i + 1))]!;
    // Known names are found in the same scan (their candidates are made later, see known-names.ts).
    if ((pair & KNOWN_PAIR) !== 0) knownAt.push(i);
    if ((pair & HEAD_PAIR) === 0) {
      i++;
      continue;
    }
    let node: HeadNode | undefined = P.headTrie;
    let head: HeadJson | null = null;
    let headEnd = i;
    for (let j = i; j < text.length; ) {
      node = node.next.get(text.charCodeAt(j));
      if (!node) break;
      j++;
      if (node.head) {
        head = node.head;
        headEnd = j;
      }
    }
    const hs = i;
    if (!head) {
      i++;
      continue;
    }
    i = headEnd;
    // What follows the head, cheapest tests first.
    if (head.alone && isNameChar(text.charCodeAt(headEnd))) continue;
    if (head.notBefore?.some((w) => text.startsWith(w, headEnd))) continue;
    if (excluded(hs, headEnd) || blockedOnRight(text, headEnd, head)) continue;
    // An app head counts only after an app's short name (`全渝通应用`, not `推广应用`).
    if (head.appNamed && !P.appNameEnds.includes(text[hs - 1] ?? '')) continue;
    // Cheap tests before the walk for heads that need something before the name (common words: 改革, 体系).
    if (head.numbered && !LABEL_END_BEFORE.test(text.slice(Math.max(0, hs - LABEL_LOOK_BACK), hs))) continue;
    // A fund named by purpose (`…扶持资金`): the purpose word ends right before the head.
    if (head.purposeEnds && !head.purposeEnds.some((w) => text.endsWith(w, hs))) continue;
    if (head.onlyAfter) {
      const before = text.slice(Math.max(0, hs - LABEL_LOOK_BACK * 3), hs);
      if (!head.onlyAfter.some((v) => before.includes(v))) continue;
    }
    const counted = countAfter(text, headEnd);
    let start = leftEdge(text, hs, head);
    if (start < 0) continue;
    // `第四次全国文物普查`: a recurring undertaking is named with its ordinal, which the left edge stops at.
    // The name opens at the ordinal, whatever the left edge read before it (`灵璧县第四次全国文物普查` → `第四次…`).
    if (head.ordinalNamed) {
      const inside = ORDINAL.exec(text.slice(start, hs));
      const before =
        inside || !text.startsWith('全国', start)
          ? null
          : ORDINAL_BEFORE.exec(text.slice(Math.max(0, start - ORDINAL_MAX), start));
      if (inside) start += inside.index;
      else if (before) start -= before[0].length;
      else continue;
    }
    // `纳入其他农村公路建设计划`: the rest of a class, not one program.
    if (P.othersBefore.some((w) => text.endsWith(w, start))) continue;
    // `“天府英才”“蓉漂人才”两大计划`: a count sums up the names before it (quoted.ts names each); alone it is no name.
    if (COUNT_WORDS.test(text.slice(start, hs))) continue;
    // `“创客中国”中小企业创新创业大赛`: a short quoted name right before the words is part of the name.
    // `“县聘乡用”“乡聘村用”改革试点`: a run of quoted names before the words names one program together.
    for (let q = 0, qs = quotedBefore(text, start); qs >= 0 && q < 4; q++, qs = quotedBefore(text, start)) start = qs;
    if (hs - start < (head.minModifier ?? 2)) continue;
    // A count after the name makes it a class, unless the name closes an enumeration the count sums up
    // (`文峰镇返乡创业园、巫溪县宝源返乡创业园3个农民工返乡创业园`).
    if (counted && text[start - 1] !== '、') continue;
    const end = head.dropHead ? hs : headEnd;
    let name = text.slice(start, end);
    if (head.numbered) {
      const label = numberLabelBefore(text, start);
      if (!label) continue;
      name = label.label + name;
      start = label.at;
    }
    if ((!head.numbered && isGeneric(text.slice(start, headEnd), head)) || followedByGoal(text, start)) continue;
    // `该路段编入年度养护计划`: a filing verb inside the walked name is the clause's verb, the head its object.
    if (head.notObjectOf && notObjectOf(text, start, hs, head.notObjectOf)) continue;
    if (head.onlyAfter) {
      const from = objectStart(text, start, head.onlyAfter);
      if (from < 0) continue;
      start = from;
    }
    if (inAddress(text, start) || ownTaskHeading(text, start, headEnd)) continue;
    // Last, as the costliest test: zones in an enumeration that modifies a group of bodies (an addressee line).
    if (P.groupAfterRe.test(text.slice(headEnd, headEnd + 60))) continue;
    out.push({ name: head.onlyAfter ? text.slice(start, end) : name, kind: head.kind, start, end });
  }
}
