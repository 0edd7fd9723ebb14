// ingest/programs/quoted.ts — quoted names (“…”): a quoted name before a head (`“科创资本通”平台`), a quoted name
// ending in a head (`“鸿雁计划”`), a run of quoted names closed by 等政策/等计划.

import type { Candidate, Excluded } from './candidate.ts';
import { isNameChar } from './boundaries.ts';
import { followedByGoal } from './generic.ts';
import { pat, type QuotedHeadJson } from './patterns.ts';

const QUOTED = /“([^“”\n]{1,20})”/g;
/** Characters allowed between a quoted name and its head (`“巴渝工匠”培养计划`). */
const QUOTED_MODIFIER_MAX = 4;
const INNER_PUNCT = /[、，,。；;：:！？]/;

export function quotedCandidates(text: string, excluded: Excluded, out: Candidate[]): void {
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
