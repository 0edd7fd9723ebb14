// ingest/programs/candidate.ts — one program name found in the text, before names are merged into programs.

import type { ProgramKind } from '../model.ts';

export interface Candidate {
  name: string;
  kind: ProgramKind;
  start: number;
  end: number;
}

/** Tells whether text[start, end) overlaps an excluded span (titles, numbers, the header). */
export type Excluded = (start: number, end: number) => boolean;
