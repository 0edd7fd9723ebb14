// ingest/header/news.ts — a news article that quotes the document (`…全文如下:` then the document). The article above
// that line is not the document: its short lines (related links, headlines) are chrome; in its prose, the titles it
// quotes name this document or other articles, never a citation — its named programs and agencies still count.

import { type Line, trimSpan } from '../clean.ts';
import { ORGAN_ENDING } from '../regexes.ts';
import { mentionAt } from '../sentences.ts';
import { isBodyLine } from './lines.ts';
import type { HeaderInfo } from './model.ts';

/** A quoted title (nested 〈〉 or <> inside allowed, no nested 《》). */
const QUOTED = /《[^《》\n]{1,150}》/g;

/** The article's lead: organs (a list, `等10部门` after it or not), an adverb of time or manner, a verb of issuing, then
 *  the document's title (`近日,中共重庆市委办公厅、重庆市人民政府办公厅印发了《…》`). No clause mark inside the organs. */
const LEAD =
  /([^,，。;；:：\s“”《》]{2,80}?)(?:近日|日前|近期|于近日|正式|联合|共同)*(?:印发|发布|出台|公布)了?《([^《》\n]{1,150})》/g;
/** `等10部门`, `等部门`: the rest of a list of organs. */
const OTHERS = /等(?:[0-9一二三四五六七八九十]+个?)?(?:部门|单位)$/;

/** Exclude the article on lines [0, quotedFrom]; where the line that hands over names the document
 *  (`《X》全文如下。`), the organs the article says issued X are the document's issuers. */
export function readNewsWrapper(
  info: HeaderInfo,
  text: string,
  folded: string,
  lines: Line[],
  quotedFrom: number,
): void {
  if (quotedFrom >= 0) issuersFromLead(info, text, folded, lines, quotedFrom);
  for (let i = 0; i <= quotedFrom; i++) {
    const t = trimSpan(folded, lines[i]!);
    if (t.start === t.end) continue;
    if (!isBodyLine(folded.slice(t.start, t.end))) {
      info.excluded.push(t);
      continue;
    }
    for (const q of folded.slice(t.start, t.end).matchAll(QUOTED))
      info.excluded.push({ start: t.start + q.index!, end: t.start + q.index! + q[0].length });
  }
}

function issuersFromLead(info: HeaderInfo, text: string, folded: string, lines: Line[], quotedFrom: number): void {
  const handOver = trimSpan(folded, lines[quotedFrom]!);
  const named = /^《([^《》]+)》/.exec(folded.slice(handOver.start, handOver.end))?.[1];
  if (!named) return;
  for (let i = 0; i < quotedFrom; i++) {
    const t = trimSpan(folded, lines[i]!);
    const line = folded.slice(t.start, t.end);
    if (!line.includes(named)) continue;
    for (const m of line.matchAll(LEAD)) {
      if (m[2] !== named) continue;
      const organs = m[1]!.replace(OTHERS, '');
      if (!ORGAN_ENDING.test(organs)) continue;
      // One mention per organ of the list (`中共重庆市委办公厅、重庆市人民政府办公厅`).
      let at = t.start + m.index!;
      for (const organ of organs.split('、')) {
        if (ORGAN_ENDING.test(organ)) info.leadIssuers.push(mentionAt(text, at, at + organ.length));
        at += organ.length + 1;
      }
      return;
    }
  }
}
