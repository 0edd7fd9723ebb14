// ingest/programs/purpose.ts — a fund named by what it is for (`三峡后续扶持资金`, `大气污染防治资金`), unlike money
// named by its source, share or use (`财政资金`, `结余资金`, `高速公路建设资金`).

import { onlyGenericWords } from './generic-words.ts';
import { pat } from './patterns.ts';

/** Fewest specific characters before the purpose of a fund (`三峡后续扶持资金`, not `桥系专项补助资金`). */
const PURPOSE_SPECIFIC_MIN = 3;

/** `三峡后续扶持`, `农村环境连片整治示范`: the modifier of a money head names a purpose (its last word) and something
 *  specific before it (what is left once the generic words next to the purpose are taken off). Money without a
 *  purpose is an amount or a source (`结余资金`, `住宅专项维修资金`, `回笼资金`). */
export function namesPurpose(modifier: string, purposeEnds: readonly string[], also?: readonly string[]): boolean {
  const P = pat();
  const purpose = purposeEnds.find((w) => modifier.endsWith(w));
  if (!purpose) return false;
  let s = modifier.slice(0, modifier.length - purpose.length);
  for (
    let w = P.genericWords.find((g) => s.endsWith(g));
    w && s.length > w.length;
    w = P.genericWords.find((g) => s.endsWith(g))
  ) {
    s = s.slice(0, s.length - w.length);
  }
  return s.length >= PURPOSE_SPECIFIC_MIN && !onlyGenericWords(s, also);
}
