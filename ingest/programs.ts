// ingest/programs.ts — named public programs (funds, pilots, platforms, zones, initiatives, events, institutions) by the patterns of the language.
// A program name ends in a head noun (`…基金`, `…示范区`, `“X”平台`); its left edge is the nearest function word, verb or punctuation.

import { readFileSync } from 'node:fs';
import type { ExtractContext } from './context.ts';
import type { Mention, ProgramKind, ProgramRef, Span } from './model.ts';
import { mentionAt } from './sentences.ts';

// ───────────────────────────── pattern data ─────────────────────────────

interface HeadJson {
  head: string;
  kind: ProgramKind;
}

interface QuotedHeadJson extends HeadJson {
  keepHead: boolean;
}

interface PatternsJson {
  heads: HeadJson[];
  quotedHeads: QuotedHeadJson[];
  quotedOnlyHeads: HeadJson[];
  quotedListFollowers: string[];
  goalMarkers: string[];
  hardBoundaries: string[];
  strongVerbs: string[];
  leadingWords: string[];
  levelPrefixes: string[];
  genericWords: string[];
  genericNames: string[];
  rightBlockers: string[];
  strategies: string[];
  enumerationClasses: Array<{ noun: string; kind: ProgramKind }>;
}

interface Patterns extends PatternsJson {
  headTrie: TrieNode;
  genericNameSet: Set<string>;
  /** Longest first, so stripping and segmenting take the longest word. */
  genericWordsByLength: string[];
  levelPrefixesByLength: string[];
  leadingByLength: string[];
  enumerationRe: RegExp;
  quotedListRe: RegExp;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  head: HeadJson | null;
}

function buildTrie(heads: HeadJson[]): TrieNode {
  const root: TrieNode = { next: new Map(), head: null };
  for (const h of heads) {
    let node = root;
    for (let i = 0; i < h.head.length; i++) {
      const c = h.head.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), head: null };
        node.next.set(c, child);
      }
      node = child;
    }
    node.head = h;
  }
  return root;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const byLengthDesc = (a: string, b: string): number => b.length - a.length;

function loadPatterns(): Patterns {
  const url = new URL('./data/program-patterns.json', import.meta.url);
  let data: PatternsJson;
  try {
    data = JSON.parse(readFileSync(url, 'utf8')) as PatternsJson;
  } catch (e) {
    throw new Error(`ingest/programs: cannot load ${url.pathname} (${(e as Error).message}); restore the pattern data file.`);
  }
  const classes = data.enumerationClasses.map((c) => escapeRe(c.noun)).join('|');
  const followers = data.quotedListFollowers.map(escapeRe).join('|');
  return {
    ...data,
    headTrie: buildTrie(data.heads),
    genericNameSet: new Set(data.genericNames),
    genericWordsByLength: [...data.genericWords].sort(byLengthDesc),
    levelPrefixesByLength: [...data.levelPrefixes].sort(byLengthDesc),
    leadingByLength: [...data.leadingWords, ...data.strongVerbs].sort(byLengthDesc),
    // `科学谷、菁云湖、照母山、明月湖等50万平方米以上的大型创新创业孵化社区`: an enumeration closed by 等 + a zone class noun.
    enumerationRe: new RegExp(
      '(' + // the items: at least two, separated by 、
        '[^，,。；;：:\\n、]{2,16}(?:、[^，,。；;：:\\n、]{2,16})+' +
      ')' +
      '等' + // closed by 等
      '[^，,。；;\\n]{0,24}?' + // any qualifier (`50万平方米以上的大型创新创业`)
      '(' + classes + ')', // the class noun
      'g',
    ),
    // `出台“塔尖”“塔基”“鸿雁计划”等政策`: a run of quoted names closed by 等 + a policy word.
    quotedListRe: new RegExp('((?:“[^“”、，,。；;\\n]{1,12}”){2,})(?:' + followers + ')', 'g'),
  };
}

let patterns: Patterns | null = null;
function pat(): Patterns {
  return (patterns ??= loadPatterns());
}

// ───────────────────────────── character classes ─────────────────────────────

const CJK = /[\u4e00-\u9fa5]/;
const ASCII_LETTER = /[A-Za-z]/;
/** `13个国家农业园区`, `4家国家高新区`: a quantity before a name makes it a class of things, not one program. */
const QUANTITY_BEFORE = /[0-9０-９一二三四五六七八九十百千万两几多]+[个家批项所只类种]$/;
const OPEN_QUOTE = /[“"‘]$/;

function endsWithAny(text: string, pos: number, words: readonly string[]): string | null {
  for (const w of words) if (pos >= w.length && text.startsWith(w, pos - w.length)) return w;
  return null;
}

function startsWithAny(s: string, words: readonly string[]): string | null {
  for (const w of words) if (s.startsWith(w)) return w;
  return null;
}

// ───────────────────────────── left edge of a name ─────────────────────────────

const MAX_NAME = 26;

/** Start of the name whose head begins at `headStart`, or -1 when the name is a counted class (`13个…园区`). */
function leftEdge(text: string, headStart: number): number {
  const P = pat();
  let p = headStart;
  const floor = Math.max(0, headStart - MAX_NAME);
  while (p > floor) {
    const c = text[p - 1]!;
    if (c === ')' || c === '）') {
      // `西部(成都)科学城`, `成渝(兴隆湖)综合性科学中心`: a short parenthesis inside a name.
      const open = Math.max(text.lastIndexOf('(', p - 1), text.lastIndexOf('（', p - 1));
      if (open < 0 || p - 1 - open > 8 || open === 0) break;
      const inner = text.slice(open + 1, p - 1);
      if (!/^[\u4e00-\u9fa5]+$/.test(inner) || !CJK.test(text[open - 1]!)) break;
      if (endsWithAny(text, open, P.hardBoundaries)) break;
      p = open;
      continue;
    }
    if (!CJK.test(c) && !ASCII_LETTER.test(c)) break;
    if (endsWithAny(text, p, P.hardBoundaries)) break;
    if (QUANTITY_BEFORE.test(text.slice(Math.max(0, p - 6), p))) return -1;
    if (endsWithAny(text, p, P.strongVerbs)) {
      // `支持示范区建设`, `组建子基金`: a verb right before the head leaves it without a name.
      if (p === headStart) return -1;
      break;
    }
    p--;
  }
  if (QUANTITY_BEFORE.test(text.slice(Math.max(0, p - 6), p))) return -1;
  // Leading verbs and adverbs are not part of the name (`加快建设科学谷`, `深入开展…试点`).
  for (;;) {
    const w = startsWithAny(text.slice(p, headStart), P.leadingByLength);
    if (!w || headStart - p - w.length < 2) break;
    p += w.length;
  }
  return p;
}

// ───────────────────────────── generic phrases ─────────────────────────────

function stripLevel(name: string): string {
  const P = pat();
  let s = name;
  for (;;) {
    const w = startsWithAny(s, P.levelPrefixesByLength);
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

function isGeneric(name: string, head: string): boolean {
  const P = pat();
  const rest = stripLevel(name);
  if (P.genericNameSet.has(rest) || P.genericNameSet.has(name)) return true;
  if (P.strategies.some((s) => name.includes(s))) return true;
  const modifier = rest.endsWith(head) ? rest.slice(0, rest.length - head.length) : rest;
  return modifier.length === 0 || onlyGenericWords(modifier);
}

function followedByGoal(text: string, start: number): boolean {
  // `推动国家高新区建设成为“创新驱动发展示范区…”`: a goal, not a program.
  let p = start;
  if (p > 0 && OPEN_QUOTE.test(text.slice(p - 1, p))) p--;
  return endsWithAny(text, p, pat().goalMarkers) !== null;
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

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  for (const s of spans) if (start < s.end && end > s.start) return true;
  return false;
}

function headCandidates(text: string, excluded: readonly Span[], out: Candidate[]): void {
  const P = pat();
  const root = P.headTrie;
  let i = 0;
  while (i < text.length) {
    // Longest head at i (`试点城市` before `试点`, `行动计划` before `行动`).
    let node: TrieNode | undefined = root;
    let j = i;
    let head: HeadJson | null = null;
    let headEnd = i;
    while (j < text.length) {
      node = node.next.get(text.charCodeAt(j));
      if (!node) break;
      j++;
      if (node.head) {
        head = node.head;
        headEnd = j;
      }
    }
    if (!head) {
      i++;
      continue;
    }
    const hs = i;
    i = headEnd;
    if (overlaps(excluded, hs, headEnd)) continue;
    if (startsWithAny(text.slice(headEnd, headEnd + 4), P.rightBlockers)) continue;
    const start = leftEdge(text, hs);
    if (start < 0 || hs - start < 2) continue;
    const name = text.slice(start, headEnd);
    if (isGeneric(name, head.head) || followedByGoal(text, start)) continue;
    out.push({ name, kind: head.kind, start, end: headEnd });
  }
}

const QUOTED = /“([^“”\n]{1,20})”/g;
const INNER_PUNCT = /[、，,。；;：:！？]/;

function quotedCandidates(text: string, excluded: readonly Span[], out: Candidate[]): void {
  const P = pat();
  const allHeads = [...P.heads, ...P.quotedOnlyHeads].sort((a, b) => b.head.length - a.head.length);
  for (const m of text.matchAll(QUOTED)) {
    const qs = m.index!;
    const qe = qs + m[0].length;
    const inner = m[1]!.trim();
    if (INNER_PUNCT.test(inner) || overlaps(excluded, qs, qe) || followedByGoal(text, qs)) continue;
    const qh = P.quotedHeads.find((h) => text.startsWith(h.head, qe));
    if (qh) {
      out.push({ name: qh.keepHead ? inner + qh.head : inner, kind: qh.kind, start: qs, end: qe + (qh.keepHead ? qh.head.length : 0) });
      continue;
    }
    const own = allHeads.find((h) => inner.endsWith(h.head) && inner.length > h.head.length);
    if (own) out.push({ name: inner, kind: own.kind, start: qs, end: qe });
  }
  for (const m of text.matchAll(P.quotedListRe)) {
    if (overlaps(excluded, m.index!, m.index! + m[0].length)) continue;
    for (const q of m[1]!.matchAll(QUOTED)) {
      const s = m.index! + q.index!;
      out.push({ name: q[1]!, kind: 'initiative', start: s, end: s + q[0].length });
    }
  }
}

function enumerationCandidates(text: string, excluded: readonly Span[], out: Candidate[]): void {
  const P = pat();
  for (const m of text.matchAll(P.enumerationRe)) {
    const kind = P.enumerationClasses.find((c) => c.noun === m[2])!.kind;
    let pos = m.index!;
    for (const item of m[1]!.split('、')) {
      const itemStart = pos;
      pos += item.length + 1;
      // The first item carries the verb of the clause (`加快建设科学谷`): keep what follows the last verb or boundary word.
      let s = 0;
      for (let k = item.length; k > 0; k--) {
        if (endsWithAny(item, k, P.leadingByLength) || endsWithAny(item, k, P.hardBoundaries)) {
          s = k;
          break;
        }
      }
      const name = item.slice(s);
      if (name.length < 2 || name.length > 8 || !/^[\u4e00-\u9fa5]+$/.test(name)) continue;
      const start = itemStart + s;
      if (overlaps(excluded, start, start + name.length)) continue;
      out.push({ name, kind, start, end: start + name.length });
    }
  }
}

/** Every named program in the text; one entry per program (names that end with a shorter found name merge into it). */
export function findPrograms(text: string, ctx: ExtractContext): ProgramRef[] {
  const candidates: Candidate[] = [];
  headCandidates(text, ctx.excluded, candidates);
  quotedCandidates(text, ctx.excluded, candidates);
  enumerationCandidates(text, ctx.excluded, candidates);

  // Merge: `赋予科研人员职务…改革试点` is `职务…改革试点`; the shortest form names the group.
  candidates.sort((a, b) => normalize(a.name).length - normalize(b.name).length || a.start - b.start);
  const groups: Array<{ key: string; ref: ProgramRef }> = [];
  const addMention = (ref: ProgramRef, mention: Mention): void => {
    if (ref.spans.some((s) => mention.start < s.end && mention.end > s.start)) return;
    ref.spans.push(mention);
    if (!ref.mentions.includes(mention.text)) ref.mentions.push(mention.text);
  };
  for (const c of candidates) {
    const key = normalize(c.name);
    const g = groups.find((x) => key.endsWith(x.key));
    const mention = mentionAt(text, c.start, c.end);
    if (g) addMention(g.ref, mention);
    else groups.push({ key, ref: { name: key, mentions: [mention.text], kind: c.kind, spans: [mention] } });
  }

  // Every other occurrence of a found name is a mention too (`产科金平台活动` after `上线“产科金”平台`).
  for (const { key, ref } of groups) {
    if (key.length < 3) continue;
    for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + key.length)) {
      if (!overlaps(ctx.excluded, at, at + key.length)) addMention(ref, mentionAt(text, at, at + key.length));
    }
  }
  for (const { ref } of groups) ref.spans.sort((a, b) => a.start - b.start);
  return groups.map((g) => g.ref).sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
}
