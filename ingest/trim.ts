// ingest/trim.ts — trimming a run of characters off the end of a string in linear time.
// `s.replace(/[|\s]+$/, '')` looks the same but is quadratic: the engine tries the run from every position inside a
// long run of bars or blanks that is not at the end (25,000 `|` in a header line took a second).

/** `s` without the characters matching `one` (a one-character class, no flags) at its end. */
export function trimEndOf(s: string, one: RegExp): string {
  let end = s.length;
  while (end > 0 && one.test(s[end - 1]!)) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Bars and blanks: what separates the cells of a saved metadata table. */
export const BAR_OR_BLANK = /[|\s]/;
