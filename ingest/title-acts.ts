// ingest/title-acts.ts — the documents an amending or repealing decision names in its own title
// (`海南省人民政府关于修改《海南省城市市容和环境卫生管理办法》等30件规章的决定`): the decision acts on them, so they are
// citations (amends / repeals) even where the body lists them without 《》; the title line is the evidence.

import type { Citation, CitationRelation, Span } from './model.ts';
import { normalizeTitle, titleKey } from './normalize.ts';
import { mentionAt } from './sentences.ts';

/** The act a title does to the titles it quotes right after its verb (`关于修改《A》和《B》的决定`). */
const TITLE_ACT = /关于(修改|修正|废止|宣布废止|停止执行)/;
const QUOTED = /《([^《》]{2,150})》/g;

/** Citations for the titles the own title amends or repeals, unless `found` already holds them. The title may be
 *  printed over several lines (`国家税务总局关于修改` / `《…申请表》的公告`): its lines are read as one. */
export function titleActs(text: string, folded: string, titleSpans: Span[], found: Citation[]): Citation[] {
  const out: Citation[] = [];
  const spans = [...titleSpans].sort((a, b) => a.start - b.start);
  // The title's lines joined, with where each character stands in the text.
  let joined = '';
  const at: number[] = [];
  for (const span of spans) {
    for (let i = span.start; i < span.end; i++) {
      joined += folded[i];
      at.push(i);
    }
  }
  const act = TITLE_ACT.exec(joined);
  if (!act) return out;
  const relation: CitationRelation = act[1]!.includes('废止') || act[1] === '停止执行' ? 'repeals' : 'amends';
  const whole = mentionAt(text, spans[0]!.start, spans[spans.length - 1]!.end);
  // Titles compared as extraction tells two mentions of one document apart (presentation differences folded).
  const seen = new Set(found.flatMap((c) => (c.title === null ? [] : [titleKey(c.title)])));
  for (const q of joined.slice(act.index).matchAll(QUOTED)) {
    const title = normalizeTitle(q[1]!);
    const key = titleKey(title);
    if (seen.has(key)) continue;
    seen.add(key);
    const from = act.index + q.index!;
    const evidence = mentionAt(text, at[from]!, at[from + q[0].length - 1]! + 1);
    out.push({
      title,
      docNumber: null,
      issuer: null,
      issuerSource: null,
      relation,
      relationEvidence: whole,
      spans: [evidence],
    });
  }
  return out;
}
