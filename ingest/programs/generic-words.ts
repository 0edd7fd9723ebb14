// ingest/programs/generic-words.ts — whether words are all generic (`高质量发展`, `综合改革`): the shared test of
// generic.ts (class names) and purpose.ts (what a fund is for).

import { pat } from './patterns.ts';
import { startsWithAny } from './words.ts';

/** True when every character of `s` is covered by generic words; `also` adds words generic for one head only. */
export function onlyGenericWords(s: string, also?: readonly string[]): boolean {
  const P = pat();
  let i = 0;
  while (i < s.length) {
    let w = startsWithAny(s, P.genericWordIndex, i);
    if (also) for (const a of also) if (s.startsWith(a, i) && a.length > (w?.length ?? 0)) w = a;
    if (!w) return false;
    i += w.length;
  }
  return true;
}
