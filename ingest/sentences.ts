// ingest/sentences.ts — evidence quotes: the sentence around a span.
// A sentence ends at 。！？；, a line break, or the text edge; quotes are cut to a readable length, and the walk never
// goes further than that length, so a mention costs O(MAX_QUOTE) however long its sentence is.

import type { Mention } from './model.ts';

/** Quotes longer than this are trimmed around the mention so evidence stays readable. */
const MAX_QUOTE = 300;

/** 。！？；!?; and the line breaks end a sentence (char codes: compared without allocating one-character strings). */
function endsSentence(code: number): boolean {
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

/** The sentence around text[start, end): whole when it is at most MAX_QUOTE long, else MAX_QUOTE around the span.
 *  Each side walks at most MAX_QUOTE characters: a sentence that reaches that far is trimmed anyway. */
export function sentenceBounds(text: string, start: number, end: number): { quoteStart: number; quoteEnd: number } {
  let s = start;
  const sMin = Math.max(0, start - MAX_QUOTE);
  while (s > sMin && !endsSentence(text.charCodeAt(s - 1))) s--;
  let e = end;
  const eMax = Math.min(text.length, end + MAX_QUOTE);
  while (e < eMax && !endsSentence(text.charCodeAt(e))) e++;
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
