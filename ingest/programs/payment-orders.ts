// ingest/programs/payment-orders.ts — reforms named by the order of care and payment (`先诊疗后付费`,
// `先看病后付费`, `先住院后结算`) and one-stop settlement (`一站式结报`, `“一站式”结算`): a fixed phrase names the
// reform when a verb of carrying out governs it (`推行先诊疗后付费`) or a campaign word follows it (`…改革`).
// Fully quoted `“先看病后付费”` is left to the quoted finder.

import type { Candidate, Excluded } from './candidate.ts';
import { isNameChar } from './boundaries.ts';
import { pat } from './patterns.ts';
import { startsWithAny, wordEndingAt } from './words.ts';

/** Most characters of what comes first (`诊疗`, `看病`, `住院`). */
const FIRST_MAX = 3;
const ONE_STOP = '一站式';
/** What joins two items of one list (`、`, `和`, `及`). */
const LIST_JOINERS = '、和及与';
/** What may follow a governed phrase though a name character: a joiner or the 等 closing a list. */
const LIST_ENDS = '、和及与等';

function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fa5;
}

/** The end of `先X后<payment word>` opening at `at`, or -1. */
function orderEnd(text: string, at: number): number {
  const P = pat();
  for (let q = at + 2; q <= at + 1 + FIRST_MAX; q++) {
    const c = text.charCodeAt(q);
    if (c === 0x540e) {
      // 后
      const w = startsWithAny(text, P.paymentIndex, q + 1);
      return w ? q + 1 + w.length : -1;
    }
    if (!isHan(c)) return -1;
  }
  return -1;
}

/** The end of `一站式<payment word>` (also `“一站式”<payment word>`) opening at `at`, or -1. */
function oneStopEnd(text: string, at: number): number {
  const quoted = text.charCodeAt(at) === 0x201c; // “
  const p = quoted ? at + 1 : at;
  if (!text.startsWith(ONE_STOP, p)) return -1;
  let e = p + ONE_STOP.length;
  if (quoted) {
    if (text.charCodeAt(e) !== 0x201d) return -1; // ”
    e++;
  }
  const w = startsWithAny(text, pat().paymentIndex, e);
  return w ? e + w.length : -1;
}

/** Payment-order reforms into `out`. */
export function paymentOrderCandidates(text: string, excluded: Excluded, out: Candidate[]): void {
  const P = pat();
  let lastEnd = -2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let end = -1;
    if (c === 0x5148) {
      // 先
      if (text.charCodeAt(i - 1) === 0x201c) continue;
      end = orderEnd(text, i);
    } else if (c === 0x4e00 || c === 0x201c) {
      // 一 “
      end = oneStopEnd(text, i);
    }
    if (end < 0) continue;
    // `推行先诊疗后付费、一站式结算`: the next item of a list the verb governs is governed too.
    const listed = lastEnd === i - 1 && LIST_JOINERS.includes(text[i - 1]!);
    const governed = listed || wordEndingAt(text, i, P.formulaVerbSet) !== null;
    const followed = startsWithAny(text, P.paymentFollowerIndex, end) !== null;
    // Governed, the phrase ends where the name ends; `一站式结算服务`, `…改革`: a service or campaign noun follows.
    const closed = !isNameChar(text.charCodeAt(end)) || LIST_ENDS.includes(text[end]!);
    if (!followed && (!governed || !closed)) continue;
    if (excluded(i, end)) continue;
    const name = text.slice(i, end).replace(/[“”]/g, '');
    out.push({ name, kind: 'initiative', start: i, end });
    lastEnd = end;
    i = end - 1;
  }
}
