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
export function longestAt<T>(root: Trie<T>, text: string, i: number, to = text.length): { end: number; values: T[] } | null {
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

const PAIR_TABLE_SIZE = 1 << 20;

function pairIndex(c0: number, c1: number): number {
  return ((c0 << 10) ^ c1) & (PAIR_TABLE_SIZE - 1);
}

/** Which first characters and (hashed) first pairs start some surface: a scan skips every other position without a
 *  Map lookup. Surfaces must be at least two characters long. */
export class FirstCharFilter {
  private readonly first = new Uint8Array(0x10000);
  private readonly pair = new Uint8Array(PAIR_TABLE_SIZE);

  /** Admit every surface of a trie. */
  addTrie(trie: Trie<unknown>): void {
    for (const [c0, child] of trie.next) {
      this.first[c0] = 1;
      for (const c1 of child.next.keys()) this.pair[pairIndex(c0, c1)] = 1;
    }
  }

  /** Admit one surface (a prefix that opens composed names, `中共`). */
  addSurface(s: string): void {
    if (s.length < 2) return;
    this.first[s.charCodeAt(0)] = 1;
    this.pair[pairIndex(s.charCodeAt(0), s.charCodeAt(1))] = 1;
  }

  /** Whether some surface may start at text[i]. */
  mayStart(text: string, i: number): boolean {
    const c0 = text.charCodeAt(i);
    return this.first[c0] === 1 && i + 1 < text.length && this.pair[pairIndex(c0, text.charCodeAt(i + 1))] === 1;
  }
}
