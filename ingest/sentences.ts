// ingest/sentences.ts — evidence quotes: the sentence around a span.
// A sentence ends at 。！？；, a line break, or the text edge; quotes are cut to a readable length, and the walk never
// goes further than that length, so a mention costs O(MAX_QUOTE) however long its sentence is.

import type { Mention } from './model.ts';

/** Quotes longer than this are trimmed around the mention so evidence stays readable. */
const MAX_QUOTE = 300;

/** 。！？；!?; and the line breaks end a sentence (char codes: compared without allocating one-character strings). */
export function endsSentence(code: number): boolean {
  return (
    code === 0x3002 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0xff01 ||
    code === 0xff1f ||
    code === 0xff1b ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x3b
  );
}

/** Whitespace that does not start a quote (ASCII controls and space, the ideographic space, NBSP). */
function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0x3000 || code === 0xa0;
}

/**
 * The sentence around text[start, end), [start, end) with its ends as `isEnd` defines them (its end before the end
 * mark); each side walks at most `limit` characters, so the cost is bounded however long the sentence is.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  limit: number,
  isEnd: (code: number) => boolean = endsSentence,
): [start: number, end: number] {
  let s = start;
  const floor = Math.max(0, start - limit);
  while (s > floor && !isEnd(text.charCodeAt(s - 1))) s--;
  let e = end;
  const ceil = Math.min(text.length, end + limit);
  while (e < ceil && !isEnd(text.charCodeAt(e))) e++;
  return [s, e];
}

/** The sentence around text[start, end): whole when it is at most MAX_QUOTE long, else MAX_QUOTE around the span.
 *  Each side walks at most MAX_QUOTE characters: a sentence that reaches that far is trimmed anyway. */
export function sentenceBounds(text: string, start: number, end: number): { quoteStart: number; quoteEnd: number } {
  let [s, e] = sentenceAround(text, start, end, MAX_QUOTE);
  // Keep the closing punctuation of the sentence in the quote (but not a line break).
  if (e < text.length && endsSentence(text.charCodeAt(e)) && text.charCodeAt(e) !== 0x0a && text.charCodeAt(e) !== 0x0d)
    e++;
  // Leading whitespace is not part of the evidence.
  while (s < start && isSpace(text.charCodeAt(s))) s++;
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
