// ingest/spans.ts — span helpers shared by the extraction stages: evidence mentions and sorted span sets.
// Evidence is bounded: the sentence walk never goes further than a quote can be long, so it stays O(1) per mention.

import type { Mention, Span } from './model.ts';

/** 。！？；!?; and the line break end a sentence (char codes: compared without allocating one-character strings). */
function endsSentence(code: number): boolean {
  return code === 0x3002 || code === 0x0a || code === 0xff01 || code === 0xff1f || code === 0xff1b || code === 0x21 || code === 0x3f || code === 0x3b;
}
/** Same readable length as ingest/sentences.ts; the walk stops there instead of scanning a whole unpunctuated text. */
const MAX_QUOTE = 300;

/** A mention of text[start, end) with the sentence it stands in (cut to MAX_QUOTE around the mention). */
export function evidence(text: string, start: number, end: number): Mention {
  const room = Math.max(0, Math.floor((MAX_QUOTE - (end - start)) / 2));
  let s = start;
  const sMin = Math.max(0, start - room);
  while (s > sMin && !endsSentence(text.charCodeAt(s - 1))) s--;
  let e = end;
  const eMax = Math.min(text.length, end + room);
  while (e < eMax && !endsSentence(text.charCodeAt(e))) e++;
  // Keep the sentence's closing punctuation (not a line break).
  if (e < text.length && text.charCodeAt(e) !== 0x0a && endsSentence(text.charCodeAt(e))) e++;
  while (s < start && (text.charCodeAt(s) <= 0x20 || text.charCodeAt(s) === 0x3000)) s++;
  return { text: text.slice(start, end), start, end, quote: text.slice(s, e), quoteStart: s, quoteEnd: e };
}

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
