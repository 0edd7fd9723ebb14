// ingest/year-first-number.ts — the document numbers of the 1970s–80s, written with the year first, often in two digits:
// `(78)交公路字412号`, `(88)署货字第403号`, `〔(88)〕财商字第277号`. GB/T 9704 puts the code first (`国发〔1988〕5号`); these
// older numbers open with the bracketed year, and their code ends in 字. Normalized as the annotated sets write them:
// `〔78〕交公路字412号` (a two-digit year in 〔〕, no 第), `内法经请字〔1988〕6号` (a four-digit year: code first).

import type { NumberHit } from './citations.ts';

/** The bracketed year (`(78)`, `〔78〕`, `〔(88)〕`, `(1985)`), the code ending in 字, 第 optional, the serial, 号. */
const YEAR_FIRST_G = /[〔([]\(?(\d{2}|19\d\d)\)?[〕)\]]\s?([\u3400-\u9fff]{1,8}字)\s?第?\s?(\d{1,5})\s?号/g;

/** Whether a number's text opens with its bracketed year (`(78)交公路字412号`, `〔(88)〕财商字第277号`): the old form. */
export function opensWithYear(written: string): boolean {
  return /^[〔([]/.test(written);
}

/** Every year-first number in the text. */
export function yearFirstNumbers(folded: string): NumberHit[] {
  const hits: NumberHit[] = [];
  // Literal prefilter: the code's 字 (most texts hold no such number).
  if (!folded.includes('字')) return hits;
  YEAR_FIRST_G.lastIndex = 0;
  for (let m = YEAR_FIRST_G.exec(folded); m; m = YEAR_FIRST_G.exec(folded)) {
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      // A four-digit year gives the number its GB/T 9704 form (`(1988)内法经请字第6号` → `内法经请字〔1988〕6号`), the
      // form the same number takes where it is cited code first; a two-digit year is kept as written.
      docNumber: m[1]!.length === 4 ? `${m[2]}〔${m[1]}〕${m[3]}号` : `〔${m[1]}〕${m[2]}${m[3]}号`,
      code: m[2]!,
    });
  }
  return hits;
}

/** `〔78〕交公路字412号` → its code and four-digit year; null for a number of any other form. */
export function yearFirstParts(docNumber: string): { code: string; year: number } | null {
  const m = /^〔(\d{2})〕([\u3400-\u9fff]{1,8}字)\d/.exec(docNumber);
  return m ? { code: m[2]!, year: 1900 + Number(m[1]) } : null;
}
