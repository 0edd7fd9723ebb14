// ingest/programs.ts — named public programs (funds, pilots, platforms, zones, initiatives, events, institutions) by the patterns of the language.
// A program name ends in a head noun (`…基金`, `…示范区`, `“X”平台`); its left edge is the nearest function word, verb or punctuation.

import { readFileSync } from 'node:fs';
import type { ExtractContext } from './context.ts';
import type { Mention, ProgramKind, ProgramRef } from './model.ts';
import { mentionAt } from './sentences.ts';
import { spanChecker } from './spans.ts';

// ───────────────────────────── pattern data ─────────────────────────────

interface HeadJson {
  head: string;
  kind: ProgramKind;
  /** A level prefix makes the name specific even when the words between are generic (`市级新型基础设施建设专项资金`). */
  levelNamed?: boolean;
  /** Names a program only after a full province-level or city name (`重庆市中小企业公共服务平台`). */
  placeNamed?: boolean;
}

interface QuotedHeadJson extends HeadJson {
  keepHead: boolean;
  /** Shortest quoted name accepted (`“双创”活动` is a slogan). */
  minQuoted?: number;
}

interface PatternsJson {
  heads: HeadJson[];
  quotedHeads: QuotedHeadJson[];
  quotedOnlyHeads: HeadJson[];
  quotedListFollowers: string[];
  goalMarkers: string[];
  hardBoundaries: string[];
  nonBoundaryWords: string[];
  strongVerbs: string[];
  leadingWords: string[];
  levelPrefixes: string[];
  genericWords: string[];
  genericNames: string[];
  rightBlockers: string[];
  strategies: string[];
  notProgramWords: string[];
  enumerationClasses: Array<{ noun: string; kind: ProgramKind }>;
  knownZones: Array<{ name: string; kind: ProgramKind; source: string }>;
  groupAfter: string[];
  groupOrganEnds: string[];
}

/** Words grouped by length, with a table of their last characters (by code unit) as a cheap first test. */
interface WordSet {
  byLength: Map<number, Set<string>>;
  lengths: number[];
  /** 1 at the code of every last character. A table read, not `set.has(text[i])`: indexing a string by position
   *  makes a new one-character string for every Han character, and these tests run at each step of every left edge. */
  lastCodes: Uint8Array;
}

function wordSet(words: readonly string[]): WordSet {
  const byLength = new Map<number, Set<string>>();
  const lastCodes = new Uint8Array(0x10000);
  for (const w of words) {
    let set = byLength.get(w.length);
    if (!set) byLength.set(w.length, (set = new Set()));
    set.add(w);
    lastCodes[w.charCodeAt(w.length - 1)] = 1;
  }
  return { byLength, lengths: [...byLength.keys()].sort((a, b) => b - a), lastCodes };
}

/** The longest word of `ws` that ends at `pos` in `text`, or null. */
function wordEndingAt(text: string, pos: number, ws: WordSet): string | null {
  if (pos === 0 || ws.lastCodes[text.charCodeAt(pos - 1)] === 0) return null;
  for (const len of ws.lengths) {
    if (pos < len) continue;
    const w = text.slice(pos - len, pos);
    if (ws.byLength.get(len)!.has(w)) return w;
  }
  return null;
}

interface Patterns extends PatternsJson {
  headTrie: HeadNode;
  headFirstChar: Uint8Array;
  /** Hashed first two characters of every head (all heads are at least two long): `创新`, `实施`, `公司` stop here. */
  headPair: Uint8Array;
  quotedHeadsByLength: QuotedHeadJson[];
  /** Heads a quoted name may end with (`“鸿雁计划”`, `“国家创新型城市”`), longest first. */
  ownHeadsByLength: HeadJson[];
  hardSet: WordSet;
  nonBoundary: Set<string>;
  strongSet: WordSet;
  leadingSet: WordSet;
  goalSet: WordSet;
  enumerationNouns: string[];
  enumerationFirstChars: Set<string>;
  genericNameSet: Set<string>;
  /** Longest first, so stripping and segmenting take the longest word. */
  genericWordsByLength: string[];
  quotedListRe: RegExp;
  groupAfterRe: RegExp;
  rightBlockerIndex: PrefixIndex;
  knownZoneRe: RegExp;
  knownZoneByName: Map<string, { name: string; kind: ProgramKind }>;
  leadingIndex: PrefixIndex;
  levelPrefixIndex: PrefixIndex;
}

interface HeadNode {
  next: Map<number, HeadNode>;
  head: HeadJson | null;
}

const PAIR_TABLE_SIZE = 1 << 16;

function pairIndex(c0: number, c1: number): number {
  return ((c0 << 7) ^ c1) & (PAIR_TABLE_SIZE - 1);
}

function headIndex(heads: HeadJson[]): { headTrie: HeadNode; headFirstChar: Uint8Array; headPair: Uint8Array } {
  const headTrie: HeadNode = { next: new Map(), head: null };
  const headFirstChar = new Uint8Array(0x10000);
  const headPair = new Uint8Array(PAIR_TABLE_SIZE);
  for (const h of heads) {
    if (h.head.length < 2) throw new Error(`ingest/programs: head "${h.head}" in ingest/data/program-patterns.json must be at least two characters.`);
    headFirstChar[h.head.charCodeAt(0)] = 1;
    headPair[pairIndex(h.head.charCodeAt(0), h.head.charCodeAt(1))] = 1;
    let node = headTrie;
    for (let k = 0; k < h.head.length; k++) {
      const c = h.head.charCodeAt(k);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), head: null }));
      node = child;
    }
    node.head = h;
  }
  return { headTrie, headFirstChar, headPair };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const byLengthDesc = (a: string, b: string): number => b.length - a.length;

const REQUIRED_KEYS: ReadonlyArray<keyof PatternsJson> = [
  'heads', 'quotedHeads', 'quotedOnlyHeads', 'quotedListFollowers', 'goalMarkers', 'hardBoundaries', 'nonBoundaryWords',
  'strongVerbs', 'leadingWords', 'levelPrefixes', 'genericWords', 'genericNames', 'rightBlockers', 'strategies',
  'notProgramWords', 'enumerationClasses', 'knownZones', 'groupAfter', 'groupOrganEnds',
];

function loadPatterns(): Patterns {
  const url = new URL('./data/program-patterns.json', import.meta.url);
  let data: PatternsJson;
  try {
    data = JSON.parse(readFileSync(url, 'utf8')) as PatternsJson;
  } catch (e) {
    throw new Error(`ingest/programs: cannot load ${url.pathname} (${(e as Error).message}); restore the pattern data file.`);
  }
  for (const key of REQUIRED_KEYS) {
    if (!Array.isArray(data[key])) {
      throw new Error(`ingest/programs: ${url.pathname} lacks the list "${key}"; restore it (see the $comment at the top of the file).`);
    }
  }
  const followers = data.quotedListFollowers.map(escapeRe).join('|');
  return {
    ...data,
    ...headIndex(data.heads),
    quotedHeadsByLength: [...data.quotedHeads].sort((a, b) => b.head.length - a.head.length),
    ownHeadsByLength: [...data.heads, ...data.quotedOnlyHeads].sort((a, b) => b.head.length - a.head.length),
    hardSet: wordSet(data.hardBoundaries),
    nonBoundary: new Set(data.nonBoundaryWords),
    strongSet: wordSet(data.strongVerbs),
    leadingSet: wordSet([...data.leadingWords, ...data.strongVerbs]),
    goalSet: wordSet(data.goalMarkers),
    enumerationNouns: data.enumerationClasses.map((c) => c.noun).sort(byLengthDesc),
    enumerationFirstChars: new Set(data.enumerationClasses.map((c) => c.noun[0]!)),
    genericNameSet: new Set(data.genericNames),
    genericWordsByLength: [...data.genericWords].sort(byLengthDesc),
    knownZoneRe: new RegExp(data.knownZones.map((z) => z.name).sort(byLengthDesc).map(escapeRe).join('|') || '(?!)', 'g'),
    knownZoneByName: new Map(data.knownZones.map((z) => [z.name, z])),
    rightBlockerIndex: prefixIndex([...data.rightBlockers].sort(byLengthDesc)),
    leadingIndex: prefixIndex([...data.leadingWords, ...data.strongVerbs].sort(byLengthDesc)),
    levelPrefixIndex: prefixIndex([...data.levelPrefixes].sort(byLengthDesc)),
    // `两江新区、西部科学城重庆高新区、万盛经开区商务主管部门`: the rest of the clause, up to the group word.
    // A conjunction or 各 in between (`四川天府新区、成都东部新区及各区(市)县科技主管部门`) gives the group word its own conjunct.
    groupAfterRe: new RegExp('^[^\\s，,。；;：:、及和与各]{0,8}?(?:、[^\\s，,。；;：:、及和与各]{1,20}?)*?(?:' + data.groupAfter.map(escapeRe).join('|') +
        '|[' + data.groupOrganEnds.join('') + '](?=[，,、：:\\n]))'),
    quotedListRe: new RegExp('((?:“[^“”、，,。；;\\n]{1,12}”){2,})(?:' + followers + ')', 'g'),
  };
}

let patterns: Patterns | null = null;
function pat(): Patterns {
  return (patterns ??= loadPatterns());
}

// ───────────────────────────── character classes ─────────────────────────────

const CJK = /[\u4e00-\u9fa5]/;

/** Han characters and ASCII letters (`OTC专精特新板`) make up names; anything else ends one. */
function isNameChar(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fa5) || ((code | 32) >= 97 && (code | 32) <= 122);
}
/** `13个国家农业园区`, `4家国家高新区`: a quantity before a name makes it a class of things, not one program. */
const QUANTITY_BEFORE = /[0-9０-９一二三四五六七八九十百千万两几多]+[个家批项所只类种]$/;
const OPEN_QUOTE = /[“"‘]$/;

/** Joiners inside a name when Han characters stand on both sides: `中关村信息谷·重庆创新中心`, `解放碑—朝天门世界知名商圈`. */
const INNER_JOINERS = new Set(['·', '•', '—']);

/** `市级留学人员创业园1个`, `培训基地19个`: a count right after the name makes it a class, not one program. */
const QUANTITY_AFTER = /^[0-9０-９一二三四五六七八九十百千万两几多余]+[个家批项所只类种]/;
/** Han characters that may open such a count; any other Han character after a name cannot (a cheap gate before the RegExp). */
const QUANTITY_FIRST_CODE = new Uint8Array(0x10000);
for (const ch of '一二三四五六七八九十百千万两几多余') QUANTITY_FIRST_CODE[ch.charCodeAt(0)] = 1;

/** A full province-level or city name at the start of a name (`重庆市`, `四川省`, `广西壮族自治区`) — not a level word (`市级`). */
const PLACE_NAME_START = /^[\u4e00-\u9fa5]{2,6}?(?:省|市|自治区)(?!级)/;

/** Words by the code of their first character, in the order given (longest first where the list is so sorted). */
type PrefixIndex = Map<number, string[]>;

function prefixIndex(words: readonly string[]): PrefixIndex {
  const idx: PrefixIndex = new Map();
  for (const w of words) {
    let list = idx.get(w.charCodeAt(0));
    if (!list) idx.set(w.charCodeAt(0), (list = []));
    list.push(w);
  }
  return idx;
}

/** The first word of `idx` that `s[at, end)` starts with: one Map lookup rules out most positions. Works on the
 *  text in place (no slice per test). */
function startsWithAny(s: string, idx: PrefixIndex, at = 0, end = s.length): string | null {
  const list = idx.get(s.charCodeAt(at));
  if (list) for (const w of list) if (at + w.length <= end && s.startsWith(w, at)) return w;
  return null;
}

// ───────────────────────────── left edge of a name ─────────────────────────────

const MAX_NAME = 26;

/** `…三年行动计划(2023—2025年)`: a period right after the name makes it a document's title, not a program. */
const TITLE_YEARS_AFTER = /^[(（]\s*\d{4}/;

/** `第三届`, `第十二届`: the edition of a recurring event. */
const EDITION = /^第[一二三四五六七八九十百零〇]+届/;

/** Characters that close a quantity (`13个`, `4家`, `一批`), as a code table (tested at every step of a left edge). */
const QUANTIFIER_CODE = new Uint8Array(0x10000);
for (const ch of '个家批项所只类种') QUANTIFIER_CODE[ch.charCodeAt(0)] = 1;

function quantityBefore(text: string, pos: number): boolean {
  return pos > 1 && QUANTIFIER_CODE[text.charCodeAt(pos - 1)] === 1 && QUANTITY_BEFORE.test(text.slice(Math.max(0, pos - 6), pos));
}

/** Start of the name whose head begins at `headStart`, or -1 when the name is a counted class (`13个…园区`)
 *  or a bare head after a verb (`支持示范区建设`). */
function leftEdge(text: string, headStart: number, head: HeadJson): number {
  const P = pat();
  let p = headStart;
  const floor = Math.max(0, headStart - MAX_NAME);
  while (p > floor) {
    const c = text.charCodeAt(p - 1);
    if (c === 0x29 || c === 0xff09) {
      // `)` or `）`
      // `西部(成都)科学城`, `成渝(兴隆湖)综合性科学中心`: a short parenthesis inside a name.
      // Look back at most 9 characters for the opening bracket (never across the whole text).
      let open = p - 2;
      while (open >= 0 && p - 1 - open <= 9 && text.charCodeAt(open) !== 0x28 && text.charCodeAt(open) !== 0xff08) open--;
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
    // `自由贸易试验区`: 由 ends a name only when it is not the end of a word (`自由`, `面向`, `普及`).
    if (hard && !(hard.length === 1 && p >= 2 && P.nonBoundary.has(text.slice(p - 2, p)))) break;
    if (quantityBefore(text, p)) return -1;
    if (wordEndingAt(text, p, P.strongSet)) {
      // A verb right before an action head is part of the name (`人才培育工程`, `能级提升行动`);
      // before any other head it takes the head as its object (`支持示范区建设`, `组建子基金`).
      if (p !== headStart) break;
      if (head.kind !== 'initiative') return -1;
    }
    p--;
  }
  if (quantityBefore(text, p)) return -1;
  // `2024年度重庆市…项目`, `2023年重庆市…基金`: the digits of a year stop the walk, and 年/年度 after them is the date's
  // tail, not the first word of the name.
  if (text.charCodeAt(p) === 0x5e74 && p > 0 && isDigitCode(text.charCodeAt(p - 1))) {
    p += text.charCodeAt(p + 1) === 0x5ea6 ? 2 : 1; // 年度 or 年
    if (headStart - p < 0) return -1;
  }
  // An edition number is not part of an event's name (`第三届重庆英才大会`).
  const edition = EDITION.exec(text.slice(p, headStart));
  if (edition && headStart - p - edition[0].length >= 2) p += edition[0].length;
  // Leading verbs and adverbs are not part of the name (`加快建设科学谷`, `深入开展…试点`).
  for (;;) {
    const w = startsWithAny(text, P.leadingIndex, p, headStart);
    if (!w) break;
    if (headStart - p - w.length < 2) {
      // A verb or a pronoun with only a generic noun after it is a clause, not a name: `扩大试点(范围)`, `加强实验室
      // (建设)`, `(及)其子基金` — what the word governs is the bare head or a class noun.
      const rest = text.slice(p + w.length, headStart + head.head.length);
      if (rest === head.head || P.genericNameSet.has(rest)) return -1;
      break;
    }
    p += w.length;
  }
  return p;
}

/** ASCII and full-width digits (the year before 年). */
function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

// ───────────────────────────── generic phrases ─────────────────────────────

function stripLevel(name: string): string {
  const P = pat();
  let s = name;
  for (;;) {
    const w = startsWithAny(s, P.levelPrefixIndex);
    if (!w || w.length === s.length) return s;
    s = s.slice(w.length);
  }
}

/** True when every character of `s` is covered by generic words (`高质量发展`, `综合改革`). */
function onlyGenericWords(s: string): boolean {
  const P = pat();
  let i = 0;
  while (i < s.length) {
    const w = P.genericWordsByLength.find((g) => s.startsWith(g, i));
    if (!w) return false;
    i += w.length;
  }
  return true;
}

function isGeneric(name: string, head: HeadJson): boolean {
  const P = pat();
  const rest = stripLevel(name);
  if (P.genericNameSet.has(rest) || P.genericNameSet.has(name)) return true;
  if (P.strategies.some((s) => name.includes(s)) || P.notProgramWords.some((w) => name.includes(w))) return true;
  if (head.placeNamed && !PLACE_NAME_START.test(name)) return true;
  const modifier = rest.endsWith(head.head) ? rest.slice(0, rest.length - head.head.length) : rest;
  if (modifier.length === 0) return true;
  // `市级新型基础设施建设专项资金`: the level and the purpose together name one fund.
  if (head.levelNamed && rest !== name) return false;
  return onlyGenericWords(modifier);
}

function followedByGoal(text: string, start: number): boolean {
  // `推动国家高新区建设成为“创新驱动发展示范区…”`: a goal, not a program.
  let p = start;
  if (p > 0 && OPEN_QUOTE.test(text.slice(p - 1, p))) p--;
  return wordEndingAt(text, p, pat().goalSet) !== null;
}

// ───────────────────────────── collecting ─────────────────────────────

interface Candidate {
  name: string;
  kind: ProgramKind;
  start: number;
  end: number;
}

function normalize(name: string): string {
  return name.replace(/[“”"‘’'\s]/g, '');
}

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

function headCandidates(text: string, excluded: (start: number, end: number) => boolean, out: Candidate[]): void {
  const P = pat();
  // Longest head at each position (`试点城市` before `试点`), found by a first-character table and a small trie:
  // cheaper than a RegExp alternation of fifty words.
  for (let i = 0; i < text.length; ) {
    const c0 = text.charCodeAt(i);
    if (P.headFirstChar[c0] === 0 || P.headPair[pairIndex(c0, text.charCodeAt(i + 1))] === 0) {
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
    if (excluded(hs, headEnd)) continue;
    // What follows the head (7 characters): a blocker word, a period in brackets, a count. The RegExps run only
    // where the next character can open what they match.
    const afterEnd = Math.min(text.length, headEnd + 7);
    if (startsWithAny(text, P.rightBlockerIndex, headEnd, afterEnd)) continue;
    const next = text.charCodeAt(headEnd);
    if ((next === 0x28 || next === 0xff08) && TITLE_YEARS_AFTER.test(text.slice(headEnd, afterEnd))) continue;
    if ((!isNameChar(next) || QUANTITY_FIRST_CODE[next] === 1) && QUANTITY_AFTER.test(text.slice(headEnd, afterEnd))) continue;
    let start = leftEdge(text, hs, head);
    if (start < 0) continue;
    // `“创客中国”中小企业创新创业大赛`: a short quoted name right before the words is part of the name.
    // `“县聘乡用”“乡聘村用”改革试点`: a run of quoted names before the words names one program together.
    for (let q = 0, qs = quotedBefore(text, start); qs >= 0 && q < 4; q++, qs = quotedBefore(text, start)) start = qs;
    if (hs - start < 2) continue;
    const name = text.slice(start, headEnd);
    if (isGeneric(name, head) || followedByGoal(text, start)) continue;
    // Last, as the costliest test: zones in an enumeration that modifies a group of bodies (an addressee line).
    if (P.groupAfterRe.test(text.slice(headEnd, headEnd + 60))) continue;
    out.push({ name, kind: head.kind, start, end: headEnd });
  }
}

const QUOTED = /“([^“”\n]{1,20})”/g;
/** Characters allowed between a quoted name and its head (`“巴渝工匠”培养计划`). */
const QUOTED_MODIFIER_MAX = 4;
const INNER_PUNCT = /[、，,。；;：:！？]/;

function quotedCandidates(text: string, excluded: (start: number, end: number) => boolean, out: Candidate[]): void {
  const P = pat();
  for (const m of text.matchAll(QUOTED)) {
    const qs = m.index!;
    const qe = qs + m[0].length;
    const inner = m[1]!.trim();
    if (INNER_PUNCT.test(inner) || excluded(qs, qe) || followedByGoal(text, qs)) continue;
    // `“科创资本通”平台`, `“巴渝工匠”培养计划`: a quoted name, at most a short modifier, then a head.
    let qh: QuotedHeadJson | undefined;
    let gap = 0;
    for (; gap <= QUOTED_MODIFIER_MAX && qe + gap < text.length; gap++) {
      qh = P.quotedHeadsByLength.find((h) => text.startsWith(h.head, qe + gap));
      if (qh || !isNameChar(text.charCodeAt(qe + gap))) break;
    }
    if (qh && qh.minQuoted !== undefined && inner.length < qh.minQuoted) continue;
    if (qh && (gap === 0 || qh.keepHead || qh.minQuoted !== undefined)) {
      // `“职引未来”系列招聘活动`: a head that is dropped may follow a short modifier too; the quoted name stays.
      const tail = qh.keepHead ? text.slice(qe, qe + gap) + qh.head : '';
      out.push({ name: inner + tail, kind: qh.kind, start: qs, end: qe + tail.length });
      continue;
    }
    // A quoted name that ends in a head (`“鸿雁计划”`); a long head may be the whole name (`“专精特新板”`).
    const own = P.ownHeadsByLength.find((h) => inner.endsWith(h.head) && (inner.length > h.head.length || h.head.length >= 3));
    if (own) out.push({ name: inner, kind: own.kind, start: qs, end: qe });
  }
  for (const m of text.matchAll(P.quotedListRe)) {
    if (excluded(m.index!, m.index! + m[0].length)) continue;
    for (const q of m[1]!.matchAll(QUOTED)) {
      const s = m.index! + q.index!;
      out.push({ name: q[1]!, kind: 'initiative', start: s, end: s + q[0].length });
    }
  }
}

const ENUM_STOP = new Set(['，', ',', '。', '；', ';', '：', ':', '\n']);
/** ENUM_STOP as a code-unit table, and the first characters of class nouns: the walks around every 等 test codes, not strings. */
const ENUM_STOP_CODE = new Uint8Array(0x10000);
for (const ch of ENUM_STOP) ENUM_STOP_CODE[ch.charCodeAt(0)] = 1;
let enumFirstCode: Uint8Array | null = null;
const ENUM_QUALIFIER_MAX = 24;
const ENUM_ITEMS_MAX = 120;

/** `科学谷、菁云湖、照母山、明月湖等50万平方米以上的大型创新创业孵化社区`: each item of an enumeration closed by
 *  等 and a zone class noun is a program of that class. Anchored on 等 so the work stays linear. */
function enumerationCandidates(text: string, excluded: (start: number, end: number) => boolean, out: Candidate[]): void {
  const P = pat();
  for (let deng = text.indexOf('等'); deng >= 0; deng = text.indexOf('等', deng + 1)) {
    // The class noun must follow within the same clause.
    let kind: ProgramKind | null = null;
    if (!enumFirstCode) {
      enumFirstCode = new Uint8Array(0x10000);
      for (const ch of P.enumerationFirstChars) enumFirstCode[ch.charCodeAt(0)] = 1;
    }
    const kMax = Math.min(text.length, deng + 1 + ENUM_QUALIFIER_MAX);
    for (let k = deng + 1; k < kMax && ENUM_STOP_CODE[text.charCodeAt(k)] === 0; k++) {
      if (enumFirstCode[text.charCodeAt(k)] === 0) continue;
      const noun = P.enumerationNouns.find((n) => text.startsWith(n, k));
      if (noun) {
        kind = P.enumerationClasses.find((c) => c.noun === noun)!.kind;
        break;
      }
    }
    if (!kind) continue;
    let from = deng;
    while (from > 0 && deng - from < ENUM_ITEMS_MAX && ENUM_STOP_CODE[text.charCodeAt(from - 1)] === 0) from--;
    const items = text.slice(from, deng).split('、');
    if (items.length < 2 || items.some((it) => it.length < 2 || it.length > 16)) continue;
    let pos = from;
    for (const item of items) {
      const itemStart = pos;
      pos += item.length + 1;
      // The first item carries the verb of the clause (`加快建设科学谷`): keep what follows the last verb or boundary word.
      let s = 0;
      for (let k = item.length; k > 0; k--) {
        if (wordEndingAt(item, k, P.leadingSet) || wordEndingAt(item, k, P.hardSet)) {
          s = k;
          break;
        }
      }
      const name = item.slice(s);
      if (name.length < 2 || name.length > 8 || !/^[\u4e00-\u9fa5]+$/.test(name)) continue;
      const start = itemStart + s;
      if (excluded(start, start + name.length)) continue;
      out.push({ name, kind, start, end: start + name.length });
    }
  }
}

/** Programs found so far that share a name (the shortest form) and the ends of their occurrences. */
interface Group {
  key: string;
  ref: ProgramRef;
  ends: Set<number>;
}

/** First characters of the names being searched in the current document (see findPrograms). */
const NAME_FIRST_CHAR = new Uint8Array(0x10000);

interface Occurrence {
  start: number;
  end: number;
  group: Group;
}

/** Every occurrence of the groups' keys, longest first at each position, never overlapping: one pass over the text
 *  with a first-character table, then the few keys sharing that character (longest first) by startsWith. Cheaper
 *  than one indexOf pass per key (each a full scan of the text) and than building a trie per document. */
function occurrencesOf(text: string, groups: Group[]): Occurrence[] {
  // A shared first-character table, cleared after use: allocating 64 KB per document would cost more than the scan.
  const firstChar = NAME_FIRST_CHAR;
  const byFirst = new Map<number, Group[]>();
  for (const g of groups) {
    const c0 = g.key.charCodeAt(0);
    firstChar[c0] = 1;
    const list = byFirst.get(c0);
    if (list) list.push(g);
    else byFirst.set(c0, [g]);
  }
  for (const list of byFirst.values()) if (list.length > 1) list.sort((a, b) => b.key.length - a.key.length);
  const out: Occurrence[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c0 = text.charCodeAt(i);
    if (firstChar[c0] === 0) {
      i++;
      continue;
    }
    let hit: Group | null = null;
    for (const g of byFirst.get(c0)!) {
      if (text.startsWith(g.key, i)) {
        hit = g;
        break;
      }
    }
    if (hit) {
      out.push({ start: i, end: i + hit.key.length, group: hit });
      i += hit.key.length;
    } else {
      i++;
    }
  }
  for (const c0 of byFirst.keys()) firstChar[c0] = 0;
  return out;
}

/** Nationally known zones named without a head noun (`北京中关村、上海浦东等地区`), unless part of a longer name found. */
function knownZoneCandidates(text: string, excluded: (start: number, end: number) => boolean, out: Candidate[]): void {
  const P = pat();
  const found = spanChecker(out);
  // One pass over the text for all names (not one indexOf pass per name).
  P.knownZoneRe.lastIndex = 0;
  for (let m = P.knownZoneRe.exec(text); m; m = P.knownZoneRe.exec(text)) {
    const z = P.knownZoneByName.get(m[0])!;
    const at = m.index;
    const end = at + z.name.length;
    if (!excluded(at, end) && !found(at, end)) out.push({ name: z.name, kind: z.kind, start: at, end });
  }
}

/** `国家中小企业发展基金重庆子基金`, `西部科学城重庆高新区`: a name that is the beginning of a longer name found at the
 *  same position is its parent or its place, not a second program there. In place, linear after one sort. */
function dropParentsAtSameStart(candidates: Candidate[]): void {
  if (candidates.length < 2) return;
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  let w = 0;
  for (let r = 0; r < candidates.length; r++) {
    const c = candidates[r]!;
    const kept = w > 0 ? candidates[w - 1]! : null;
    if (kept && kept.start === c.start && kept.end > c.end) continue;
    candidates[w++] = c;
  }
  candidates.length = w;
}

/** One mention of a group, once per occurrence end. A module-level function, not a closure per document: the CLI
 *  runs through tsx, whose keep-names transform wraps every named closure in a defineProperty call each time it is
 *  created (measured: named closures per document cost ~5% of extraction). */
function addMention(g: Group, mention: Mention): void {
  if (g.ends.has(mention.end)) return;
  g.ends.add(mention.end);
  g.ref.spans.push(mention);
  if (!g.ref.mentions.includes(mention.text)) g.ref.mentions.push(mention.text);
}

/** Every named program in the text; one entry per program (names that end with a shorter found name merge into it). */
export function findPrograms(text: string, ctx: ExtractContext): ProgramRef[] {
  const candidates: Candidate[] = [];
  const excluded = spanChecker(ctx.excluded);
  headCandidates(text, excluded, candidates);
  quotedCandidates(text, excluded, candidates);
  enumerationCandidates(text, excluded, candidates);
  // Sorted by start here, so the known-zone pass's span checker needs no sort of its own.
  dropParentsAtSameStart(candidates);
  knownZoneCandidates(text, excluded, candidates);

  // Merge: `赋予科研人员职务…改革试点` is `职务…改革试点`; the shortest form names the group. Merged forms of one
  // occurrence share its end, so a set of ends keeps each occurrence once (linear even on very long texts).
  const keyed = candidates.map((c) => ({ c, key: normalize(c.name) }));
  keyed.sort((a, b) => a.key.length - b.key.length || a.c.start - b.c.start);
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  for (const { c, key } of keyed) {
    const g = byKey.get(key) ?? groups.find((x) => key.endsWith(x.key));
    const mention = mentionAt(text, c.start, c.end);
    if (g) {
      addMention(g, mention);
      byKey.set(key, g);
    } else {
      const group: Group = { key, ref: { name: key, mentions: [], kind: c.kind, spans: [] }, ends: new Set() };
      addMention(group, mention);
      groups.push(group);
      byKey.set(key, group);
    }
  }

  // Every other occurrence of a found name is a mention too (`产科金平台活动` after `上线“产科金”平台`).
  const searched = groups.filter((g) => g.key.length >= 3);
  if (searched.length > 0) {
    const found = spanChecker(candidates);
    // Longest first at each position, never overlapping (`重庆国际生物城建设推进工作小组` before `重庆国际生物城`).
    for (const o of occurrencesOf(text, searched)) {
      if (!excluded(o.start, o.end) && !found(o.start, o.end)) addMention(o.group, mentionAt(text, o.start, o.end));
    }
  }
  for (const { ref } of groups) ref.spans.sort((a, b) => a.start - b.start);
  return groups.map((g) => g.ref).sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
}
