// ingest/programs/quoted.ts — quoted names (“…”): a quoted name before a head (`“科创资本通”平台`), a quoted name
// ending in a head (`“鸿雁计划”`), a run of quoted names closed by 等政策/等计划.

import type { Candidate, Excluded } from './candidate.ts';
import { COUNT_WORDS, isNameChar } from './boundaries.ts';
import { followedByGoal } from './generic.ts';
import { headAt, pat, type QuotedHeadJson } from './patterns.ts';
import { startsWithAny, wordEndingAt } from './words.ts';

const QUOTED = /“([^“”\n]{1,20})”/g;
/** Characters allowed between a quoted name and its head (`“巴渝工匠”培养计划`). */
const QUOTED_MODIFIER_MAX = 4;
/** The longest gap any quoted head allows (`maxGap` in the data). */
const QUOTED_GAP_MAX = 8;
const INNER_PUNCT = /[、，,。；;：:！？]/;

/** What may follow a quoted name that stands alone (the end of the clause or of a list item). */
const ALONE_AFTER = /^[，,。；;、等和及与(（]/;
/** `“两个维护”`, `“十四五”`: a count of things or a period is a slogan, not a program. */
const SLOGAN = /^(?:[一二三四五六七八九十两]+个|[一二三四五六七八九十百千万两]+$)/;

/** `推行“互联网+政务”,`, `实施“选派大学生到村任职”、“选调生”、…`: a quoted name standing alone as the object of a
 *  verb of carrying out, or as a later item of such a list. */
function objectOfCarryingOut(text: string, qs: number, qe: number, inner: string): boolean {
  if (inner.length < 3 || SLOGAN.test(inner) || !ALONE_AFTER.test(text.slice(qe, qe + 1))) return false;
  const P = pat();
  // Back over the earlier items of a list of quoted names (`“A”、“B”、`), at most a few.
  let p = qs;
  for (let k = 0; k < 6 && p > 1 && text[p - 1] === '、' && text[p - 2] === '”'; k++) {
    const open = text.lastIndexOf('“', p - 2);
    if (open < 0 || p - open > 16) return false;
    p = open;
  }
  return wordEndingAt(text, p, P.quotedObjectSet) !== null;
}

/** `五公开`, `三支一扶`, `两不愁三保障`: a formula that counts its parts; not a count of things (`两个维护`,
 *  `两大定位`) nor a period (`十四五`). */
const NUMERAL_FORMULA =
  /^[一二三四五六七八九十两双](?![个大项条类种位])[\u4e00-\u9fa5]*[^一二三四五六七八九十百千万两]$/;

/** A quoted numeral formula standing alone (`推进行政决策、执行、管理、服务和结果“五公开”,`) names a program. */
function standingFormula(text: string, qe: number, inner: string): boolean {
  if (inner.length < 3 || inner.length > 8 || !NUMERAL_FORMULA.test(inner) || !ALONE_AFTER.test(text.slice(qe, qe + 1)))
    return false;
  const P = pat();
  // `“两山论”`, `“两化路”`: a theory or a path is a slogan; `“一老一小”等重点群体`: a target group.
  if (P.formulaSloganEnds.some((e) => inner.endsWith(e))) return false;
  return !groupAfter().test(text.slice(qe, qe + 8));
}

/** `等重点群体`, `等人群`: what after a quoted formula makes it a group of people (built once from the data). */
let groupAfterRe: RegExp | null = null;
function groupAfter(): RegExp {
  return (groupAfterRe ??= new RegExp(`^等?(?:重点|特殊|困难)?(?:${pat().groupFollowers.join('|')})`));
}

/** A copula with words on both sides: the quote says something of something. */
const STATEMENT = /[\u4e00-\u9fa5]是[\u4e00-\u9fa5]/;

/** What may stand before a quoted name that opens a clause. */
const CLAUSE_START = /[\n，,。；;：:、]/;

/** `。“巫山恋橙采摘之旅”入选…精品线路`: a quoted name opening a clause as the subject of a verb of selection or
 *  award names a program (a brand, a route, an event). */
function subjectOfAward(text: string, qs: number, qe: number, inner: string): boolean {
  if (inner.length < 3 || (qs > 0 && !CLAUSE_START.test(text[qs - 1]!))) return false;
  return startsWithAny(text, pat().quotedSubjectIndex, qe, qe + 5) !== null;
}

/** Most quoted names in one run. */
const RUN_MAX = 8;

/** The quoted names of a run that ends with the one at [qs, qe) (`“A”“B”“C”`, `“A”、“B”和“C”`), in order. */
function quotedRunEndingAt(text: string, qs: number, qe: number): Array<{ inner: string; start: number; end: number }> {
  const run = [{ inner: text.slice(qs + 1, qe - 1), start: qs, end: qe }];
  let p = qs;
  for (let k = 0; k < RUN_MAX; k++) {
    let close = p - 1;
    if (close >= 0 && /[、和及与]/.test(text[close]!)) close--;
    if (close < 1 || text.charCodeAt(close) !== 0x201d) break; // ”
    const open = text.lastIndexOf('“', close - 1);
    if (open < 0 || close - open > 21) break;
    const inner = text.slice(open + 1, close);
    if (INNER_PUNCT.test(inner) || inner.includes('”')) break;
    run.unshift({ inner, start: open, end: close + 1 });
    p = open;
  }
  return run;
}

export function quotedCandidates(text: string, excluded: Excluded, out: Candidate[]): void {
  const P = pat();
  for (const m of text.matchAll(QUOTED)) {
    const qs = m.index!;
    const qe = qs + m[0].length;
    const inner = m[1]!.trim();
    if (INNER_PUNCT.test(inner) || excluded(qs, qe) || followedByGoal(text, qs)) continue;
    // `“一建议一方案”`, `“一事一议”`, `“双创”`, `“三通一平工作”`: a slogan or a working method, quoted or not, with or
    // without the word of work after it, is no program.
    if (P.formulaSloganSet.has(inner) || P.formulaFollowers.some((f) => P.formulaSloganSet.has(withoutEnd(inner, f))))
      continue;
    // `“一体式”、“一户式”管理机制`, `“创新型”`: a manner or a type, not a program.
    if (P.mannerEnds.some((w) => inner.endsWith(w))) continue;
    // `“人民城市”理念`, `“四个面向”要求`: a concept or a goal the quote names.
    if (P.conceptFollowers.some((w) => text.startsWith(w, qe))) continue;
    // `“山水林田湖草是生命共同体”`, `“绿水青山就是金山银山”`: a quoted statement (a copula between two nouns) is a slogan.
    if (STATEMENT.test(inner)) continue;
    // `“建议统一保供平台”建议`: a quoted clause (it opens with a verb) is not a name.
    if (startsWithAny(inner, P.leadingIndex)) continue;
    // `“科创资本通”平台`, `“巴渝工匠”培养计划`: a quoted name, at most a short modifier, then a head.
    // `“11263”的现代农业产业体系`: a 的 right after the quote is not part of the name.
    const from = text.charCodeAt(qe) === 0x7684 ? qe + 1 : qe; // 的
    let qh: QuotedHeadJson | undefined;
    let gap = 0;
    for (; gap <= QUOTED_GAP_MAX && from + gap < text.length; gap++) {
      qh = P.quotedHeadsByLength.find(
        (h) => text.startsWith(h.head, from + gap) && gap <= (h.maxGap ?? QUOTED_MODIFIER_MAX),
      );
      // `“…”等改革举措`: a function word ends the modifier (the quote is one item of a list).
      if (qh || !isNameChar(text.charCodeAt(from + gap)) || wordEndingAt(text, from + gap + 1, P.hardSet)) break;
    }
    if (qh && qh.minQuoted !== undefined && inner.length < qh.minQuoted) continue;
    // `“乡聘村用”改革试点`: a longer head goes on after this one; the head-noun pass names the program.
    if (qh?.keepHead && headAt(text, from + gap + qh.head.length)) continue;
    // `“粤菜师傅”“广东技工”“南粤家政”三项工程`: a count before the head sums up a run of quoted names, each a program.
    if (qh && COUNT_WORDS.test(text.slice(from, from + gap))) {
      for (const q of quotedRunEndingAt(text, qs, qe))
        out.push({ name: q.inner, kind: qh.kind, start: q.start, end: q.end });
      continue;
    }
    if (qh && (gap === 0 || qh.keepHead || qh.minQuoted !== undefined)) {
      // `“职引未来”系列招聘活动`: a head that is dropped may follow a short modifier too; the quoted name stays.
      const tail = qh.keepHead ? text.slice(from, from + gap) + qh.head : '';
      out.push({ name: inner + tail, kind: qh.kind, start: qs, end: qh.keepHead ? from + gap + qh.head.length : qe });
      continue;
    }
    // A quoted name that ends in a head (`“鸿雁计划”`); a long head may be the whole name (`“专精特新板”`).
    const own = P.ownHeadsByLength.find(
      (h) => inner.endsWith(h.head) && (inner.length > h.head.length || h.head.length >= 3),
    );
    // `“三大行动”`: a count of actions, not the name of one.
    if (own && COUNT_WORDS.test(inner.slice(0, inner.length - own.head.length))) continue;
    if (own) out.push({ name: inner, kind: own.kind, start: qs, end: qe });
    else if (objectOfCarryingOut(text, qs, qe, inner) || standingFormula(text, qe, inner)) {
      out.push({ name: inner, kind: 'initiative', start: qs, end: qe });
    } else if (subjectOfAward(text, qs, qe, inner)) {
      out.push({ name: inner, kind: 'other', start: qs, end: qe });
    }
  }
  for (const m of text.matchAll(P.quotedListRe)) {
    if (excluded(m.index!, m.index! + m[0].length)) continue;
    for (const q of m[1]!.matchAll(QUOTED)) {
      const s = m.index! + q.index!;
      out.push({ name: q[1]!, kind: 'initiative', start: s, end: s + q[0].length });
    }
  }
}

/** `name` without the word `end` it ends with, or '' when it does not end with it. */
function withoutEnd(name: string, end: string): string {
  return name.endsWith(end) ? name.slice(0, name.length - end.length) : '';
}
