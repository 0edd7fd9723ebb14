// ingest/header/promulgation.ts — the order layout: a rule or decision published under a promulgating paragraph
// (`《X》已经2018年9月19日第4次部常务会议审议通过,现予发布,自发布之日起施行。` + signer + date), with the text of X
// and its own title line after it. X is the document itself: its title, never a citation.

import type { Line } from '../clean.ts';
import { trimSpan } from '../clean.ts';
import { normalizeTitle } from '../normalize.ts';
import type { HeaderInfo } from './model.ts';
import { pushOrganMentions } from './lines.ts';
import { subjectStart } from './title.ts';

/** `《X》已经…通过,现予发布` / `现予公布` / `现予印发` / `现予以发布`, within one sentence. */
const PROMULGATES =
  /^\s*《([^《》\n]{4,120})》\s*已经?[^。\n]{0,80}?(?:通过|同意|批准)[^。\n]{0,10}?现予以?(?:发布|公布|印发)/;
/** How many lines after the paragraph the title line of X is looked for. */
const TITLE_LOOKAHEAD = 30;

/** Nested titles are written 《》, 〈〉 or <> in different printings of the same title. */
function sameName(a: string): string {
  return a.replace(/[〈<]/g, '《').replace(/[〉>]/g, '》');
}

export function readPromulgation(
  info: HeaderInfo,
  text: string,
  folded: string,
  lines: Line[],
  bodyLine: number,
): void {
  if (info.title || bodyLine >= lines.length) return;
  const first = trimSpan(folded, lines[bodyLine]!);
  const m = PROMULGATES.exec(folded.slice(first.start, first.end));
  if (!m) return;
  const quoteStart = first.start + m[0].indexOf('《');
  info.excluded.push({ start: quoteStart, end: quoteStart + m[1]!.length + 2 });
  const name = sameName(normalizeTitle(m[1]!));
  for (let i = bodyLine + 1; i < lines.length && i <= bodyLine + TITLE_LOOKAHEAD; i++) {
    const t = trimSpan(folded, lines[i]!);
    if (t.start === t.end || sameName(normalizeTitle(folded.slice(t.start, t.end))) !== name) continue;
    info.title = normalizeTitle(text.slice(t.start, t.end));
    info.excluded.push(t);
    const about = subjectStart(folded.slice(t.start, t.end));
    if (about > 0) pushOrganMentions(info.titleIssuers, text, folded, { start: t.start, end: t.start + about });
    return;
  }
  info.title = normalizeTitle(m[1]!);
}
