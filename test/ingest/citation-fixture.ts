// test/ingest/citation-fixture.ts — the citation stage run alone on a sentence, as the pipeline calls it for a
// Chongqing document of 2023 with no header (shared by the citation and relation tables).
import { resolveAgencyName } from '../../ingest/agencies.ts';
import { findCitations, type CitationInput } from '../../ingest/citations.ts';
import { clean } from '../../ingest/clean.ts';
import type { Citation } from '../../ingest/model.ts';

export function citationsOf(text: string, extra: Partial<CitationInput> = {}): Citation[] {
  const { folded } = clean(text);
  return findCitations({
    text,
    folded,
    excluded: [],
    ownTitle: null,
    ownDocNumber: null,
    issued: [],
    proposalSpans: [],
    proposalTitle: null,
    resolveAgency: (s) => resolveAgencyName(s, { jurisdiction: '重庆', date: '2023-04-28' }),
    ...extra,
  });
}
