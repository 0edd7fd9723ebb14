// ingest/lexicon.ts — a character trie of surfaces with values, and a cheap prefilter on first characters.
// One module for every stage that looks names up in running text (agencies, places, programs): longest match, linear.

/** A character trie holding values at the ends of surfaces. */
export interface Trie<T> {
  next: Map<number, Trie<T>>;
  values: T[] | null;
}

export function newTrie<T>(): Trie<T> {
  return { next: new Map(), values: null };
}

/** Add `value` at the end of `surface` (several values may share one surface). */
export function trieAdd<T>(root: Trie<T>, surface: string, value: T): void {
  let node = root;
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i);
    let child = node.next.get(c);
    if (!child) {
      child = newTrie<T>();
      node.next.set(c, child);
    }
    node = child;
  }
  (node.values ??= []).push(value);
}

/** The longest surface of `root` that starts at `text[i]` and ends by `to`: its end and values, or null. */
export function longestAt<T>(
  root: Trie<T>,
  text: string,
  i: number,
  to = text.length,
): { end: number; values: T[] } | null {
  let node: Trie<T> | undefined = root;
  let best: { end: number; values: T[] } | null = null;
  for (let j = i; j < to; ) {
    node = node.next.get(text.charCodeAt(j));
    if (!node) break;
    j++;
    if (node.values) best = { end: j, values: node.values };
  }
  return best;
}

const PAIR_BITS = 20;

function pairIndex(c0: number, c1: number): number {
  return ((c0 << 10) ^ c1) & ((1 << PAIR_BITS) - 1);
}

/** Which first characters and (hashed) first pairs start some surface: a scan skips every other position without a
 *  Map lookup. Surfaces must be at least two characters long. Both tables are bit sets (8 KB and 128 KB, not 64 KB
 *  and 1 MB of bytes): the scan tests every character of every document, and a table that stays in the CPU's cache
 *  answers several times faster than one whose lookups miss it. */
export class FirstCharFilter {
  private readonly first = new Int32Array(0x10000 >>> 5);
  private readonly pair = new Int32Array((1 << PAIR_BITS) >>> 5);

  /** Admit every surface of a trie. */
  addTrie(trie: Trie<unknown>): void {
    for (const [c0, child] of trie.next) {
      this.first[c0 >>> 5]! |= 1 << (c0 & 31);
      for (const c1 of child.next.keys()) {
        const p = pairIndex(c0, c1);
        this.pair[p >>> 5]! |= 1 << (p & 31);
      }
    }
  }

  /** Admit one surface (a prefix that opens composed names, `中共`). */
  addSurface(s: string): void {
    if (s.length < 2) return;
    const c0 = s.charCodeAt(0);
    const p = pairIndex(c0, s.charCodeAt(1));
    this.first[c0 >>> 5]! |= 1 << (c0 & 31);
    this.pair[p >>> 5]! |= 1 << (p & 31);
  }

  /** Whether some surface may start at text[i]. */
  mayStart(text: string, i: number): boolean {
    const c0 = text.charCodeAt(i);
    if ((this.first[c0 >>> 5]! & (1 << (c0 & 31))) === 0 || i + 1 >= text.length) return false;
    const p = pairIndex(c0, text.charCodeAt(i + 1));
    return (this.pair[p >>> 5]! & (1 << (p & 31))) !== 0;
  }
}
