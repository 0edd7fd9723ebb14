// ingest/reply-list.ts — one letter answering several proposals names them all in its 收悉 sentence:
// `你们提出的《A》(第119号提案)、《B》(第120号提案)、《C》(第121号提案)收悉`. Each is a proposal, never a citation;
// the first is the one the reply is filed under (its title's first number).

import type { Span } from './model.ts';

/** Most proposals one letter answers in a list (a bound on the walk). */
const MAX_ITEMS = 12;
/** A number parenthetical after a listed title: `(第119号提案)`, `(第120号)`. */
const MAX_PAREN = 40;

export interface ListedProposal {
  /** The 《…》 span, brackets included. */
  quoted: Span;
  /** The parenthetical after it, when there is one. */
  paren: Span | null;
}

/** The proposals listed before the one whose 《 opens at `open`, first first (empty when it stands alone). */
export function proposalsListedBefore(folded: string, open: number): ListedProposal[] {
  const out: ListedProposal[] = [];
  let at = open;
  for (let n = 0; n < MAX_ITEMS; n++) {
    let i = at - 1;
    while (i >= 0 && folded[i] === ' ') i--;
    if (folded[i] !== '、') break;
    i--;
    while (i >= 0 && folded[i] === ' ') i--;
    let paren: Span | null = null;
    if (folded[i] === ')') {
      const o = folded.lastIndexOf('(', i);
      if (o < 0 || i - o > MAX_PAREN || !/\d\s*号|提案|建议/.test(folded.slice(o, i))) break;
      paren = { start: o, end: i + 1 };
      i = o - 1;
      while (i >= 0 && folded[i] === ' ') i--;
    }
    if (folded[i] !== '》') break;
    const o = folded.lastIndexOf('《', i);
    if (o < 0 || folded.slice(o + 1, i).includes('》')) break;
    out.unshift({ quoted: { start: o, end: i + 1 }, paren });
    at = o;
  }
  return out;
}
