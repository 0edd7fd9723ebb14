// test/ingest/agencies-fixture.ts — the ExtractContext the early stages would hand the agency stage, built from a sentence.

import { findAgencies } from '../../ingest/agencies.ts';
import type { ExtractContext } from '../../ingest/context.ts';
import type { Role, Span } from '../../ingest/model.ts';
import { mentionAt } from '../../ingest/sentences.ts';

export interface Setup {
  /** Province-level jurisdiction (`重庆`, `四川`, …); null for a central document. Default `重庆`. */
  jurisdiction?: string | null;
  date?: string | null;
  /** Surfaces in the text that name the issuer (first occurrence of each). */
  issuer?: string[];
  /** A line of the text that is the salutation. */
  salutation?: string;
  /** Substrings of the text that earlier stages excluded (titles, numbers, session labels). */
  excluded?: string[];
}

export function context(text: string, s: Setup): ExtractContext {
  const span = (sub: string): Span => {
    const at = text.indexOf(sub);
    if (at < 0) throw new Error(`test setup: ${sub} not in text`);
    return { start: at, end: at + sub.length };
  };
  return {
    text,
    date: s.date ?? null,
    jurisdiction: s.jurisdiction === undefined ? '重庆' : s.jurisdiction,
    issuerMentions: (s.issuer ?? []).map((i) => {
      const sp = span(i);
      return mentionAt(text, sp.start, sp.end);
    }),
    salutation: s.salutation ? span(s.salutation) : null,
    excluded: (s.excluded ?? []).map(span).sort((a, b) => a.start - b.start),
  };
}

export interface Row {
  text: string;
  setup?: Setup;
  /** Expected agencies: canonical name → roles (sorted as issuer, addressee, co-handler, mentioned). */
  expect: Record<string, Role[]>;
}

/** Canonical name → roles of what the stage finds; every span must quote its mention. */
export function found(row: Row): Record<string, Role[]> {
  const got = findAgencies(row.text, context(row.text, row.setup ?? {}));
  for (const a of got)
    for (const sp of a.spans)
      if (!a.mentions.includes(row.text.slice(sp.start, sp.end)))
        throw new Error(`span of ${a.name} does not quote a mention`);
  return Object.fromEntries(got.map((a) => [a.name, a.roles]));
}
