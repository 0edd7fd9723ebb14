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
  // Sorted by start here, so the known-name pass's span checker needs no sort of its own.
  dropParentsAtSameStart(candidates);
  knownNameCandidates(text, excluded, candidates, knownAt);
  return mergeCandidates(text, candidates, excluded);
}

/** Remove, in place, the candidates that are stops of a route or kinds in a list of components. */
function dropStops(text: string, candidates: Candidate[]): void {
  let k = 0;
  for (const c of candidates) if (!inStopList(text, c)) candidates[k++] = c;
  candidates.length = k;
}
