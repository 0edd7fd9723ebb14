// ingest/programs/known-names.ts — programs usually named without a head noun: nationally known zones
// (`北京中关村、上海浦东等地区`), government-service apps (`渝快办`, `浙里办`), named reforms (`放管服`, `一网通办`).
// Found wherever they stand, unless part of a name already found.

import { spanChecker } from '../spans.ts';
import type { Candidate, Excluded } from './candidate.ts';
import { normalizeName } from './merge.ts';
import { pat } from './patterns.ts';
import { startsWithAny } from './words.ts';

/** `knownAt`: positions where a known name may start (from the head scan, in order). `out` must be sorted by
 *  start (the span checker then needs no sort of its own). */
export function knownNameCandidates(
  text: string,
  excluded: Excluded,
  out: Candidate[],
  knownAt: readonly number[],
): void {
  if (knownAt.length === 0) return;
  const P = pat();
  const found = spanChecker(out);
  let foundNames: string[] | null = null;
  let after = 0;
  for (const at of knownAt) {
    if (at < after) continue;
    const w = startsWithAny(text, P.knownNameIndex, at);
    if (!w) continue;
    const z = P.knownNameByName.get(w)!;
    const end = at + z.name.length;
    if (excluded(at, end) || found(at, end)) continue;
    // `城乡居民基本医疗保险费`, `…待遇`: the scheme's name modifies an amount or a benefit.
    if (startsWithAny(text, P.knownNameBlockerIndex, end)) continue;
    // `放管服` where `“放管服”改革` was found: the name with its own head is the program.
    foundNames ??= out.map((c) => normalizeName(c.name));
    if (foundNames.some((f) => f.startsWith(z.name) && P.quotedHeads.some((h) => h.head === f.slice(z.name.length))))
      continue;
    out.push({ name: z.name, kind: z.kind, start: at, end });
    after = end;
  }
}
