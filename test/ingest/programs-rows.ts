// test/ingest/programs-rows.ts — the table runner the program tests share: each row is a text and the programs
// (name → kind) a careful analyst names in it; every span must point at its mention.

import type { ExtractContext } from '../../ingest/context.ts';
import type { ProgramKind, Span } from '../../ingest/model.ts';
import { findPrograms } from '../../ingest/programs.ts';

export type Row = [text: string, expected: Record<string, ProgramKind>];

export function context(text: string, excluded: string[] = []): ExtractContext {
  const spans: Span[] = excluded.map((sub) => {
    const at = text.indexOf(sub);
    if (at < 0) throw new Error(`test setup: ${sub} not in text`);
    return { start: at, end: at + sub.length };
  });
  return { text, date: null, jurisdiction: null, issuerMentions: [], salutation: null, excluded: spans };
}

/** One test per row: the programs found, by name and kind, and evidence that points into the text. */
export function runRows(rows: Row[]): void {
  test.each(rows.map(([text, expected]) => [text.slice(0, 40), text, expected] as const))(
    '%s',
    (_label, text, expected) => {
      const got = findPrograms(text, context(text));
      expect(Object.fromEntries(got.map((p) => [p.name, p.kind]))).toEqual(expected);
      for (const p of got) {
        expect(p.spans.length).toBeGreaterThan(0);
        for (const s of p.spans) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(p.mentions).toContain(s.text);
        }
      }
    },
  );
}
