// ingest/programs/merge.ts — from candidate names to programs: the normalized shortest form names a program, longer
// forms that end with it merge into it, and every other occurrence of a found name becomes a mention.

import type { Mention, ProgramRef } from '../model.ts';
import { mentionAt } from '../sentences.ts';
import { spanChecker } from '../spans.ts';
import { foldAbbreviations } from './abbreviations.ts';
import type { Candidate, Excluded } from './candidate.ts';

/** The program's name: quotes and spaces dropped (`“科创资本通”平台` → `科创资本通平台`). */
export function normalizeName(name: string): string {
  return name.replace(/[“”"‘’'\s]/g, '');
}

/** Programs found so far that share a name (the shortest form) and the ends of their occurrences. */
interface Group {
  key: string;
  ref: ProgramRef;
  ends: Set<number>;
}

/** First characters of the names being searched in the current document (see occurrencesOf). */
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

/** `国家中小企业发展基金重庆子基金`, `西部科学城重庆高新区`: a name that is the beginning of a longer name found at the
 *  same position is its parent or its place, not a second program there. In place, linear after one sort. */
export function dropParentsAtSameStart(candidates: Candidate[]): void {
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

/** One program per shortest name, with every mention, in order of first mention. */
export function mergeCandidates(text: string, candidates: Candidate[], excluded: Excluded): ProgramRef[] {
  // Merge: `赋予科研人员职务…改革试点` is `职务…改革试点`; the shortest form names the group. Merged forms of one
  // occurrence share its end, so a set of ends keeps each occurrence once (linear even on very long texts).
  const keyed = candidates.map((c) => ({ c, key: normalizeName(c.name) }));
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
  return foldAbbreviations(
    groups.map((g) => g.ref).sort((a, b) => a.spans[0]!.start - b.spans[0]!.start),
    text,
  );
}
