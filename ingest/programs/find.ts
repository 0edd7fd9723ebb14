// ingest/programs/find.ts — the program stage: every named public program in a text (ANNOTATION.md "programs").
// Candidates by head noun, by quotes, by enumeration, by numeral formula, by payment order and by known name; then merged into one entry per program.

import type { ExtractContext } from '../context.ts';
import type { ProgramRef } from '../model.ts';
import { spanChecker } from '../spans.ts';
import type { Candidate } from './candidate.ts';
import { enumerationCandidates } from './enumerations.ts';
import { formulaCandidates } from './formulas.ts';
import { paymentOrderCandidates } from './payment-orders.ts';
import { headCandidates } from './heads.ts';
import { knownNameCandidates } from './known-names.ts';
import { dropParentsAtSameStart, mergeCandidates } from './merge.ts';
import { quotedCandidates } from './quoted.ts';
import { inStopList } from './stop-lists.ts';

/** Every named program in the text; one entry per program (names that end with a shorter found name merge into it). */
export function findPrograms(text: string, ctx: ExtractContext): ProgramRef[] {
  const candidates: Candidate[] = [];
  const excluded = spanChecker(ctx.excluded);
  const knownAt: number[] = [];
  headCandidates(text, excluded, candidates, knownAt);
  quotedCandidates(text, excluded, candidates);
  enumerationCandidates(text, excluded, candidates);
  formulaCandidates(text, excluded, candidates);
  paymentOrderCandidates(text, excluded, candidates);
  dropStops(text, candidates);
  dropGoverned(text, candidates);
  // Sorted by start here, so the known-name pass's span checker needs no sort of its own.
  dropParentsAtSameStart(candidates);
  knownNameCandidates(text, excluded, candidates, knownAt);
  return mergeCandidates(text, candidates, excluded);
}

/** What after a zone's name makes it the place its organs govern (`请绿园区政府`, `两江新区管委会`): an agency's name,
 *  not a program. */
const ORGAN_AFTER_ZONE = /^(?:人民政府|政府|管委会|管理委员会|党工委|工委)/;

/** Remove, in place, the zone candidates that stand before their organ's word. */
function dropGoverned(text: string, candidates: Candidate[]): void {
  let k = 0;
  for (const c of candidates)
    if (c.kind !== 'zone' || !ORGAN_AFTER_ZONE.test(text.slice(c.end, c.end + 4))) candidates[k++] = c;
  candidates.length = k;
}

/** Remove, in place, the candidates that are stops of a route or kinds in a list of components. */
function dropStops(text: string, candidates: Candidate[]): void {
  let k = 0;
  for (const c of candidates) if (!inStopList(text, c)) candidates[k++] = c;
  candidates.length = k;
}
