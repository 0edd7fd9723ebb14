// ingest/programs/words.ts — word lists as lookup tables for the program stage: words ending at a position, words
// starting at a position. Tests run at every step of every left edge, so they read code tables, not strings.

/** Words grouped by length, with a table of their last characters (by code unit) as a cheap first test. */
export interface WordSet {
  byLength: Map<number, Set<string>>;
  lengths: number[];
  /** 1 at the code of every last character. A table read, not `set.has(text[i])`: indexing a string by position
   *  makes a new one-character string for every Han character, and these tests run at each step of every left edge. */
  lastCodes: Uint8Array;
}

export function wordSet(words: readonly string[]): WordSet {
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
export function wordEndingAt(text: string, pos: number, ws: WordSet): string | null {
  if (pos === 0 || ws.lastCodes[text.charCodeAt(pos - 1)] === 0) return null;
  for (const len of ws.lengths) {
    if (pos < len) continue;
    const w = text.slice(pos - len, pos);
    if (ws.byLength.get(len)!.has(w)) return w;
  }
  return null;
}

/** Words by the code of their first character, in the order given (longest first where the list is so sorted). */
export type PrefixIndex = Map<number, string[]>;

export function prefixIndex(words: readonly string[]): PrefixIndex {
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
export function startsWithAny(s: string, idx: PrefixIndex, at = 0, end = s.length): string | null {
  const list = idx.get(s.charCodeAt(at));
  if (list) for (const w of list) if (at + w.length <= end && s.startsWith(w, at)) return w;
  return null;
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const byLengthDesc = (a: string, b: string): number => b.length - a.length;
