// ingest/spans.ts — span helpers shared by the extraction stages: evidence mentions and sorted span sets.
// Evidence is bounded: the sentence walk never goes further than a quote can be long, so it stays O(1) per mention.

import type { Mention, Span } from './model.ts';
import { mentionAt } from './sentences.ts';

/** A mention of text[start, end) with the sentence it stands in: one definition of evidence for every stage
 *  (ingest/sentences.ts, bounded walk, cut to 300 characters around the mention). */
export const evidence: (text: string, start: number, end: number) => Mention = mentionAt;

/** Sort spans by start and merge overlapping ones. */
export function normalizeSpans(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Whether `pos` lies inside one of `spans` (sorted, non-overlapping): binary search. */
export function inSpans(spans: Span[], pos: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** A membership test over spans: sorted and merged once, then a binary search per query (documents may carry thousands). */
export function spanChecker(spans: readonly Span[]): (start: number, end: number) => boolean {
  if (spans.length === 0) return () => false;
  let sorted = true;
  for (let k = 1; k < spans.length && sorted; k++) sorted = spans[k - 1]!.start <= spans[k]!.start;
  const merged: Span[] = [];
  for (const s of sorted ? spans : [...spans].sort((a, b) => a.start - b.start)) {
    if (s.end <= s.start) continue;
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return (start, end) => {
    // The last merged span that starts before `end` is the only one that can overlap [start, end).
    let lo = 0;
    let hi = merged.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (merged[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && merged[lo - 1]!.end > start;
  };
}
