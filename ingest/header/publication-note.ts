// ingest/header/publication-note.ts — the note under a rule's title that says how it was published and amended:
// `(1998年11月17日山东省人民政府令第96号发布 根据2004年7月15日山东省人民政府令第172号修订)`. The order it was published
// under is the rule's own number (never a citation); the orders that amended it later stay citations.

import type { Candidate, HeaderInfo } from './model.ts';

/** `YYYY年M月D日<organ>令第N号发布`: the publication in such a note, at its opening or after the adoption
 *  (`(1992年7月25日省人民政府第一三七次常务会议通过, 1992年10月22日省人民政府令第18号发布`, or with blanks for the
 *  comma, or nothing: `…审议通过  2004年2月26日海南省人民政府令第171号公布`, `…审议通过2021年12月25日甘肃省人民政府令第160号公布`; an old note may leave out 第: `济南市人民政府令19号发布`). */
const PUBLISHED_UNDER =
  /(?:^\(?|[,;]\s*|通过\s*)\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*([\u3400-\u9fff]{2,30}令\s*(?:(?:19|20)\d\d年)?\s*第?\s*\d{1,5}\s*号)\s*(?:发布|公布)/;

export function readPublicationNote(info: HeaderInfo, folded: string, candidates: Candidate[]): void {
  if (info.docNumber || info.numberLine) return;
  for (const c of candidates) {
    const line = folded.slice(c.span.start, c.span.end);
    // The opening parenthesis may be lost in a page conversion (`…审议通过  …令第171号公布  自公布之日起施行)`).
    if (!line.startsWith('(') && !(line.endsWith(')') && !line.includes('('))) continue;
    const m = PUBLISHED_UNDER.exec(line);
    if (!m) continue;
    const at = c.span.start + m[0].indexOf(m[1]!);
    info.numberLine = m[1]!.replace(/\s+/g, '');
    info.excluded.push({ start: at, end: at + m[1]!.length });
    return;
  }
}
