// ingest/title-acts.ts — the documents an amending or repealing decision names in its own title
// (`海南省人民政府关于修改《海南省城市市容和环境卫生管理办法》等30件规章的决定`): the decision acts on them, so they are
// citations (amends / repeals) even where the body lists them without 《》; the title line is the evidence.

import type { Citation, CitationRelation, Span } from './model.ts';
import { normalizeTitle } from './normalize.ts';
import { mentionAt } from './sentences.ts';

/** The act a title does to the titles it quotes right after its verb (`关于修改《A》和《B》的决定`). */
const TITLE_ACT = /关于(修改|修正|废止|宣布废止|停止执行)/;
const QUOTED = /《([^《》]{2,150})》/g;

/** Citations for the titles the own title amends or repeals, unless `found` already holds them. */
export function titleActs(text: string, folded: string, titleSpans: Span[], found: Citation[]): Citation[] {
  const out: Citation[] = [];
  for (const span of titleSpans) {
    const line = folded.slice(span.start, span.end);
    const act = TITLE_ACT.exec(line);
    if (!act) continue;
    const relation: CitationRelation = act[1]!.includes('废止') || act[1] === '停止执行' ? 'repeals' : 'amends';
    QUOTED.lastIndex = 0;
    for (const q of line.slice(act.index).matchAll(QUOTED)) {
      const title = normalizeTitle(q[1]!);
      if (found.some((c) => c.title === title) || out.some((c) => c.title === title)) continue;
      const start = span.start + act.index + q.index!;
      const evidence = mentionAt(text, start, start + q[0].length);
      out.push({
        title,
        docNumber: null,
        issuer: null,
        issuerSource: null,
        relation,
        relationEvidence: mentionAt(text, span.start, span.end),
        spans: [evidence],
      });
    }
  }
  return out;
}
