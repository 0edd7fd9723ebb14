// ingest/programs/words.ts — word lists as lookup tables for the program stage: words ending at a position, words
// starting at a position. Tests run at every step of every left edge, so they read code tables, not strings.

/** Words by the code of their last character, longest first: a test at a position reads one table entry and, for
 *  the few words ending in that character, compares in place (no substring per test: these run at every step of
 *  every left edge). */
export interface WordSet {
  byLast: Map<number, string[]>;
  /** 1 at the code of every last character: the cheap first test. */
  lastCodes: Uint8Array;
}

export function wordSet(words: readonly string[]): WordSet {
  const byLast = new Map<number, string[]>();
  const lastCodes = new Uint8Array(0x10000);
  for (const w of new Set(words)) {
    const c = w.charCodeAt(w.length - 1);
    let list = byLast.get(c);
    if (!list) byLast.set(c, (list = []));
    list.push(w);
    lastCodes[c] = 1;
  }
  for (const list of byLast.values()) list.sort(byLengthDesc);
  return { byLast, lastCodes };
}

/** The longest word of `ws` that ends at `pos` in `text`, or null. */
export function wordEndingAt(text: string, pos: number, ws: WordSet): string | null {
  if (pos === 0) return null;
  const c = text.charCodeAt(pos - 1);
  if (ws.lastCodes[c] === 0) return null;
  for (const w of ws.byLast.get(c)!) {
    if (pos >= w.length && text.startsWith(w, pos - w.length)) return w;
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
