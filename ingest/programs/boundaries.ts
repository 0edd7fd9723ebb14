// ingest/programs/boundaries.ts — where a program name begins and whether what follows its head lets it be one.
// Left edge: the nearest function word, verb or punctuation before the head; right side: blockers, periods, counts.

import { pat, type HeadJson } from './patterns.ts';
import { startsWithAny, wordEndingAt } from './words.ts';

export const CJK = /[\u4e00-\u9fa5]/;

/** Han characters and ASCII letters (`OTC专精特新板`) make up names; anything else ends one. */
export function isNameChar(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fa5) || ((code | 32) >= 97 && (code | 32) <= 122);
}

/** ASCII and full-width digits (the year before 年). */
export function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** `13个国家农业园区`, `4家国家高新区`: a quantity before a name makes it a class of things, not one program. */
const QUANTITY_BEFORE = /[0-9０-９一二三四五六七八九十百千万两几多]+[个家批项所只类种]$/;

/** `三项`, `两大`, `四个`: a count of things between a run of names and the head that sums them up
 *  (`“粤菜师傅”“广东技工”“南粤家政”三项工程`), or standing for the name (`三大行动`). */
export const COUNT_WORDS = /^[一二三四五六七八九十两]{1,2}[项大个类批种]$/;

/** Joiners inside a name when Han characters stand on both sides: `中关村信息谷·重庆创新中心`, `解放碑—朝天门世界知名商圈`. */
const INNER_JOINERS = new Set(['·', '•', '—']);

/** `市级留学人员创业园1个`, `培训基地19个`: a count right after the name makes it a class, not one program. */
/** A range counts as well (`园区2—3个`). */
const QUANTITY_AFTER =
  /^[0-9０-９一二三四五六七八九十百千万两几多余]+(?:[—\-~～至到][0-9０-９一二三四五六七八九十百千万两]+)?[个家批项所只类种]/;
/** Han characters that may open such a count; any other Han character after a name cannot (a cheap gate before the RegExp). */
const QUANTITY_FIRST_CODE = new Uint8Array(0x10000);
for (const ch of '一二三四五六七八九十百千万两几多余') QUANTITY_FIRST_CODE[ch.charCodeAt(0)] = 1;

const MAX_NAME = 26;

/** `…三年行动计划(2023—2025年)`: a period right after the name makes it a document's title, not a program. */
const TITLE_YEARS_AFTER = /^[(（]\s*\d{4}/;

/** The unit of an amount written in digits (`600万元`, `3亿`, `50元`). */
const AMOUNT_UNIT = /^(?:[千百]?[万亿]元?|元)/;

/** `第三届`, `第十二届`: the edition of a recurring event; `第一次` the sitting of a meeting; `第四条` an article of the
 *  text itself, before a clause that begins with a body (`第四条区发展改革委负责…`). */
const EDITION = /^第[一二三四五六七八九十百零〇]+[届次条]/;

/** A province, city or county name (`河南省`, `成都市`, `巫溪县`) — not a word ending in 市 (`城市`, `都市`). */
const SUBJECT_PLACE = /^[\u4e00-\u9fa5]{2,7}?(?:省|自治区|(?<![城都])市|县)/;

/** Characters closing an ordinal written in digits (`第3次常务会议`, `第12届`): the digits stop the walk, these do not. */
const ORDINAL_END = new Set([0x5c4a, 0x6b21, 0x6761]); // 届 次 条

/** Characters that close a quantity (`13个`, `4家`, `一批`), as a code table (tested at every step of a left edge). */
const QUANTIFIER_CODE = new Uint8Array(0x10000);
for (const ch of '个家批项所只类种') QUANTIFIER_CODE[ch.charCodeAt(0)] = 1;

/** What may count a measure word: a digit, a numeral, or a distributive or demonstrative (`各项`, `每个`, `该类`). */
const COUNTER_BEFORE_MEASURE = /[0-9０-９一二三四五六七八九十百千万两几多各每该本这那此]/;

/** `…政务公开各项工作推进计划`, `14项工作推进计划`: the walk stopped at the counter and left its measure word as the
 *  name's first character — a name never opens with a measure word; what follows is a counted class. */
function countedFromMeasure(text: string, p: number, headStart: number): boolean {
  return (
    p > 0 && p < headStart && QUANTIFIER_CODE[text.charCodeAt(p)] === 1 && COUNTER_BEFORE_MEASURE.test(text[p - 1]!)
  );
}

function quantityBefore(text: string, pos: number): boolean {
  return (
    pos > 1 &&
    QUANTIFIER_CODE[text.charCodeAt(pos - 1)] === 1 &&
    QUANTITY_BEFORE.test(text.slice(Math.max(0, pos - 6), pos))
  );
}

/** True when what follows a head ending at `headEnd` makes the words before it something else than a program: a
 *  blocker word (`…基金总规模`, `…行动方案`), a period in brackets (a document's title), a count (`…创业园2个`).
 *  The RegExps run only where the next character can open what they match. */
export function blockedOnRight(text: string, headEnd: number, head: HeadJson): boolean {
  const P = pat();
  // `推动长江经济带发展领导小组办公室牵头`: a body's office names the body.
  if (head.kind === 'other' && P.bodyOffices.some((w) => text.startsWith(w, headEnd))) return false;
  // A title wrapped at the head (`…就业三年行动⏎实施方案(2025—2027年)`) reads on from the next line.
  let at = headEnd;
  if (text.charCodeAt(at) === 0x0a || text.charCodeAt(at) === 0x0d) {
    while (at < text.length && at - headEnd < 4 && /\s/.test(text[at]!)) at++;
  }
  const afterEnd = Math.min(text.length, at + 7);
  if (startsWithAny(text, P.rightBlockerIndex, at, afterEnd)) return true;
  const next = text.charCodeAt(at);
  return (next === 0x28 || next === 0xff08) && TITLE_YEARS_AFTER.test(text.slice(at, afterEnd));
}

/** True when a count follows the head (`市级留学人员创业园2个`, `各类国家级园区2—3个`): the name is a class of things,
 *  unless it closes an enumeration the count sums up (`A创业园、B创业园3个返乡创业园`, see heads.ts). */
export function countAfter(text: string, headEnd: number): boolean {
  // Only a digit or a numeral can open a count (a cheap gate before the RegExp).
  // `…共同体数4个`: the number of such things (数) before the count.
  const at = text.charCodeAt(headEnd) === 0x6570 ? headEnd + 1 : headEnd; // 数
  const next = text.charCodeAt(at);
  return (isDigitCode(next) || QUANTITY_FIRST_CODE[next] === 1) && QUANTITY_AFTER.test(text.slice(at, at + 9));
}

/** `关于成立咸宁市车用乙醇汽油推广使用工作领导小组`, `由推动长江经济带发展领导小组办公室牵头`: a body is named after its
 *  task, and the task may hold verbs. Walking on from the verb at `verbEnd`, the name reaches back to a verb that takes
 *  the body (成立, 组建, 由) or to a place name opening it; any other stop (a clause, the look-back limit) leaves the
 *  name at the verb, as for other heads. */
function bodyTaskStart(text: string, verbEnd: number, floor: number): number {
  const P = pat();
  let p = verbEnd;
  while (p > floor && isNameChar(text.charCodeAt(p - 1))) {
    if (wordEndingAt(text, p, P.bodyGoverningSet)) return p;
    if (wordEndingAt(text, p, P.hardSet)) break;
    p--;
  }
  return p < verbEnd && SUBJECT_PLACE.test(text.slice(p, verbEnd)) ? p : verbEnd;
}

/** Start of the name whose head begins at `headStart`, or -1 when the name is a counted class (`13个…园区`)
 *  or a bare head after a verb (`支持示范区建设`). */
export function leftEdge(text: string, headStart: number, head: HeadJson): number {
  const P = pat();
  let p = headStart;
  const floor = Math.max(0, headStart - MAX_NAME);
  // Set when a body's name was read back over a verb of its task: its verbs are then the name's own.
  let taskNamed = false;
  while (p > floor) {
    const c = text.charCodeAt(p - 1);
    if (c === 0x29 || c === 0xff09) {
      // `)` or `）`
      // `西部(成都)科学城`, `成渝(兴隆湖)综合性科学中心`: a short parenthesis inside a name.
      // Look back at most 9 characters for the opening bracket (never across the whole text).
      let open = p - 2;
      while (open >= 0 && p - 1 - open <= 9 && text.charCodeAt(open) !== 0x28 && text.charCodeAt(open) !== 0xff08)
        open--;
      if (open < 1 || p - 1 - open > 9) break;
      const inner = text.slice(open + 1, p - 1);
      if (!/^[\u4e00-\u9fa5]+$/.test(inner) || !CJK.test(text[open - 1]!)) break;
      if (wordEndingAt(text, open, P.hardSet)) break;
      p = open;
      continue;
    }
    if (!isNameChar(text.charCodeAt(p - 1))) {
      if (!(INNER_JOINERS.has(text[p - 1]!) && p >= 2 && CJK.test(text[p - 2]!) && CJK.test(text[p]!))) break;
      p--;
      continue;
    }
    const hard = wordEndingAt(text, p, P.hardSet);
    // `自由贸易试验区`: 由 ends a name only when it is not the end of a word (`自由`, `面向`, `普及`) nor the start of
    // one (`要素市场化配置综合改革`).
    if (
      hard &&
      !(hard.length === 1 && (P.nonBoundary.has(text.slice(p - 2, p)) || P.nonBoundary.has(text.slice(p - 1, p + 1))))
    )
      break;
    if (quantityBefore(text, p)) return -1;
    // `…建设联合办公室生态环境共建专项工作组`: a working group of a body is named after the body's name ends.
    if (head.kind === 'other' && p < headStart && wordEndingAt(text, p, P.bodyHeadSet)) break;
    // A few verbs stand inside the name of a body (`生态环境共建专项工作组`).
    if (wordEndingAt(text, p, P.strongSet) && !(head.kind === 'other' && wordEndingAt(text, p, P.bodyVerbSet))) {
      // A verb right before an action head is part of the name (`人才培育工程`, `能级提升行动`);
      // before any other head it takes the head as its object (`支持示范区建设`, `组建子基金`), and so does a verb
      // that governs actions before an action head (`配合开展行动`).
      if (p !== headStart) {
        if (head.kind === 'other') {
          const start = bodyTaskStart(text, p, floor);
          taskNamed = start < p;
          p = start;
        }
        break;
      }
      if (head.kind !== 'initiative' || wordEndingAt(text, p, P.governingSet)) return -1;
    }
    p--;
  }
  if (quantityBefore(text, p) || countedFromMeasure(text, p, headStart)) return -1;
  // `第3次常务会议`: the digits stopped the walk inside an ordinal; its last character is not the name's first.
  if (p < headStart && ORDINAL_END.has(text.charCodeAt(p)) && p > 1 && isDigitCode(text.charCodeAt(p - 1))) p++;
  // `2024年度重庆市…项目`, `2023年重庆市…基金`: the digits of a year stop the walk, and 年/年度 after them is the date's
  // tail, not the first word of the name.
  // `2023年1月再次…`: the same for a month or a day.
  const dateTail = text.charCodeAt(p);
  if (
    (dateTail === 0x5e74 || dateTail === 0x6708 || dateTail === 0x65e5) &&
    p > 0 &&
    isDigitCode(text.charCodeAt(p - 1))
  ) {
    p += dateTail === 0x5e74 && text.charCodeAt(p + 1) === 0x5ea6 ? 2 : 1; // 年度, or 年 月 日
    if (headStart - p < 0) return -1;
  }
  // `600万元旅游发展专项资金`: the digits of an amount stop the walk, and its unit is not the first word of the name.
  if (p > 0 && isDigitCode(text.charCodeAt(p - 1))) {
    const unit = AMOUNT_UNIT.exec(text.slice(p, headStart));
    if (unit) p += unit[0].length;
    if (headStart - p < 1) return -1;
  }
  // An edition number is not part of an event's name (`第三届重庆英才大会`).
  const edition = EDITION.exec(text.slice(p, headStart));
  if (edition && headStart - p - edition[0].length >= 2) p += edition[0].length;
  if (taskNamed) return p;
  // `河南省建设郑洛新国家自主创新示范区`: a place and a verb open a clause; the place is its subject.
  const subject = SUBJECT_PLACE.exec(text.slice(p, headStart));
  if (subject && startsWithAny(text, P.leadingIndex, p + subject[0].length, headStart)) p += subject[0].length;
  // Leading verbs and adverbs are not part of the name (`加快建设科学谷`, `深入开展…试点`).
  for (;;) {
    const w = startsWithAny(text, P.leadingIndex, p, headStart);
    if (!w) break;
    // An adverb leads only a verb (`共同打造…`); before a noun it is part of the name (`共同富裕示范区`).
    if (P.adverbSet.has(w) && !startsWithAny(text, P.leadingIndex, p + w.length, headStart)) break;
    if (headStart - p - w.length < 2) {
      // A verb or a pronoun with only a generic noun after it is a clause, not a name: `扩大试点(范围)`, `加强实验室
      // (建设)`, `(及)其子基金` — what the word governs is the bare head or a class noun.
      const rest = text.slice(p + w.length, headStart + head.head.length);
      if (rest === head.head || P.genericNameSet.has(rest)) return -1;
      break;
    }
    p += w.length;
  }
  // `此项工作计划`: a determiner read as a leading word leaves its measure word opening the name.
  if (countedFromMeasure(text, p, headStart)) return -1;
  return p;
}
