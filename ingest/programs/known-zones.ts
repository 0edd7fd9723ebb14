// ingest/programs/known-zones.ts — nationally known zones named without a head noun (`北京中关村、上海浦东等地区`),
// found wherever they stand unless part of a longer name already found.

import { spanChecker } from '../spans.ts';
import type { Candidate, Excluded } from './candidate.ts';
import { pat } from './patterns.ts';

/** `out` must be sorted by start (the span checker then needs no sort of its own). */
export function knownZoneCandidates(text: string, excluded: Excluded, out: Candidate[]): void {
  const P = pat();
  const found = spanChecker(out);
  // One pass over the text for all names (not one indexOf pass per name).
  P.knownZoneRe.lastIndex = 0;
  for (let m = P.knownZoneRe.exec(text); m; m = P.knownZoneRe.exec(text)) {
    const z = P.knownZoneByName.get(m[0])!;
    const at = m.index;
    const end = at + z.name.length;
    if (!excluded(at, end) && !found(at, end)) out.push({ name: z.name, kind: z.kind, start: at, end });
  }
}
