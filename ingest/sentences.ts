// ingest/sentences.ts — evidence quotes: the sentence around a span.
// A sentence ends at 。！？；, a line break, or the text edge; quotes are cut to a readable length.

import type { Mention } from './model.ts';

const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';', '\n', '\r']);
/** Quotes longer than this are trimmed around the mention so evidence stays readable. */
const MAX_QUOTE = 300;

export function sentenceBounds(text: string, start: number, end: number): { quoteStart: number; quoteEnd: number } {
  let s = start;
  while (s > 0 && !SENTENCE_END.has(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.has(text[e]!)) e++;
  // Keep the closing punctuation of the sentence in the quote (but not a line break).
  if (e < text.length && text[e] !== '\n' && text[e] !== '\r') e++;
  // Leading whitespace is not part of the evidence.
  while (s < start && /\s/.test(text[s]!)) s++;
  if (e - s > MAX_QUOTE) {
    const half = Math.max(0, Math.floor((MAX_QUOTE - (end - start)) / 2));
    s = Math.max(s, start - half);
    e = Math.min(e, end + half);
  }
  return { quoteStart: s, quoteEnd: e };
}

/** A mention of text[start, end) with the sentence it stands in. */
export function mentionAt(text: string, start: number, end: number): Mention {
  const { quoteStart, quoteEnd } = sentenceBounds(text, start, end);
  return { text: text.slice(start, end), start, end, quote: text.slice(quoteStart, quoteEnd), quoteStart, quoteEnd };
}
