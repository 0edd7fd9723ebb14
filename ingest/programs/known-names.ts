// ingest/programs/known-names.ts — programs usually named without a head noun: nationally known zones
// (`北京中关村、上海浦东等地区`), government-service apps (`渝快办`, `浙里办`), named reforms (`放管服`, `一网通办`).
// Found wherever they stand, unless part of a name already found.

import { spanChecker } from '../spans.ts';
import type { Candidate, Excluded } from './candidate.ts';
import { normalizeName } from './merge.ts';
import { pat } from './patterns.ts';
import { startsWithAny } from './words.ts';

/** `out` must be sorted by start (the span checker then needs no sort of its own). */
export function knownNameCandidates(text: string, excluded: Excluded, out: Candidate[]): void {
  const P = pat();
  const found = spanChecker(out);
  const foundNames = out.map((c) => normalizeName(c.name));
  const quotedHeads = P.quotedHeads.map((h) => h.head);
  // One pass over the text for all names, by a first-character table (cheaper than a RegExp alternation).
  for (let at = 0; at < text.length; at++) {
    if (P.knownNameFirst[text.charCodeAt(at)] === 0) continue;
    const w = startsWithAny(text, P.knownNameIndex, at);
    if (!w) continue;
    const z = P.knownNameByName.get(w)!;
    const end = at + z.name.length;
    if (excluded(at, end) || found(at, end)) continue;
    // `放管服` where `“放管服”改革` was found: the name with its own head is the program.
    if (foundNames.some((n) => n.startsWith(z.name) && quotedHeads.includes(n.slice(z.name.length)))) continue;
    out.push({ name: z.name, kind: z.kind, start: at, end });
    at = end - 1;
  }
}
