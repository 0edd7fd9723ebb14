// ingest/programs/reference.ts — whether the words before a head only point back at something already named
// (`推动该工程`, `实施此项计划`, `加快这些项目`): a determiner makes the noun a reference, never a name.

import { pat } from './patterns.ts';
import { startsWithAny } from './words.ts';

/** True when `modifier` is leading verbs or adverbs (maybe none), then a determiner and at most a measure word
 *  (`推动该`, `此项`, `这些`, `全力推进这个`). */
export function refersBack(modifier: string): boolean {
  const P = pat();
  let i = 0;
  for (;;) {
    // A determiner is also a leading word (`其`, `该`): stop at it rather than strip it.
    if (startsWithAny(modifier, P.determinerIndex, i)) break;
    const w = startsWithAny(modifier, P.leadingIndex, i);
    if (!w) return false;
    i += w.length;
  }
  const d = startsWithAny(modifier, P.determinerIndex, i)!;
  const rest = modifier.slice(i + d.length);
  return rest === '' || P.determinerMeasures.includes(rest);
}
