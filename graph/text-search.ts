// graph/text-search.ts — what search sends to the full-text indexes, and the sentence it shows for a hit in a body.
// Pure functions: the Cypher that uses them is graph/queries.ts searchQuery.

/** Lucene special characters, escaped so user text is always a literal phrase. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** One CJK ideograph (the `cjk` analyzer's bigram alphabet). */
const HAN = /\p{Script=Han}/u;

/**
 * The phrase with a lone ideograph at either end dropped when it stands against a digit or Latin run. The `cjk`
 * analyzer makes bigrams of adjacent ideographs and keeps a lone one as a unigram: in the index, `第` of
 * `会议第0035号提案` is part of the bigram `议第`, but the query `第0035号提案` starts with `第` alone, a unigram the index
 * never holds there, so the phrase finds nothing. The same holds for `142号` against a text reading `142号文`. The
 * trimmed phrase (`0035号提案`) is what both sides tokenize alike. Null when nothing is trimmed.
 */
export function trimmedPhrase(text: string): string | null {
  const chars = [...text.trim()];
  let start = 0;
  let end = chars.length;
  const lone = (i: number, next: number) =>
    HAN.test(chars[i] ?? '') && next >= 0 && next < chars.length && /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/.test(chars[next]!);
  if (chars.length > 2 && lone(0, 1)) start = 1;
  if (chars.length - start > 2 && lone(chars.length - 1, chars.length - 2)) end = chars.length - 1;
  if (start === 0 && end === chars.length) return null;
  return chars.slice(start, end).join('');
}

function phrase(text: string): string {
  return `"${text.replace(LUCENE_SPECIAL, (c) => `\\${c}`)}"`;
}

/** A full-text query for the user's text: the literal phrase, or the phrase with lone edge ideographs trimmed. */
export function luceneQuery(text: string): string {
  const t = text.trim();
  if (!t) return '';
  const trimmed = trimmedPhrase(t);
  return trimmed ? `${phrase(t)} OR ${phrase(trimmed)}` : phrase(t);
}

/** Longest sentence shown under a full-text hit; longer ones are cut around the match. */
export const SNIPPET_MAX = 120;

/** Sentence ends of Chinese official prose (and line breaks: headings and list items stand on their own line). */
const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';', '\n']);

/**
 * The sentence of `text` where `query` occurs (or, failing that, its trimmed phrase), cut to SNIPPET_MAX characters
 * around the match; null when neither occurs literally (the analyzer folded widths or case).
 */
export function matchingSentence(text: string, query: string): string | null {
  const q = query.trim();
  const candidates = [q, trimmedPhrase(q)].filter((s): s is string => !!s);
  let at = -1;
  let needle = '';
  for (const c of candidates) {
    at = text.indexOf(c);
    if (at >= 0) {
      needle = c;
      break;
    }
  }
  if (at < 0) return null;
  let start = at;
  while (start > 0 && !SENTENCE_END.has(text[start - 1]!)) start--;
  let end = at + needle.length;
  while (end < text.length && !SENTENCE_END.has(text[end]!)) end++;
  if (end < text.length && text[end] !== '\n') end++; // keep the full stop
  let sentence = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (sentence.length > SNIPPET_MAX) {
    const rel = Math.max(0, at - start - Math.floor((SNIPPET_MAX - needle.length) / 2));
    const cut = sentence.slice(rel, rel + SNIPPET_MAX);
    sentence = `${rel > 0 ? '…' : ''}${cut}${rel + SNIPPET_MAX < sentence.length ? '…' : ''}`;
  }
  return sentence;
}
