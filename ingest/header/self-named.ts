// ingest/header/self-named.ts — a document without a title line whose opening sentence names it in 《》
// (`为…,特制定《重庆市推进乡村产业高质量发展实施方案》。` at the top of a plan): that title is the document itself, its
// title, never a citation. (`现将《X》印发给你们` at the top is a notice issuing X: X is no citation — the citation stage
// drops it — but the notice's own title is not X, so the title stays unread.)

import type { Line } from '../clean.ts';
import { trimSpan } from '../clean.ts';
import { normalizeTitle } from '../normalize.ts';
import type { HeaderInfo } from './model.ts';

/** The opening sentence: a purpose clause (为…) ending with the act of making the document named in 《》. Bounded
 *  repetitions over classes that exclude the sentence end, so no backtracking across sentences. */
const NAMES_ITSELF =
  /^为[^。\n]{2,200}?,\s*(?:特|现|特此|经研究,?)?(?:研究)?(?:制定|制订|编制|拟定|修订)(?:了|出)?《([^《》\n]{4,120})》(?:如下)?\s*[。:]/;
/** How many lines after the body's start the opening sentence may stand (a blank line or a date above it). */
const OPENING_LINES = 4;

export function readSelfNamed(info: HeaderInfo, text: string, folded: string, lines: Line[], bodyLine: number): void {
  if (info.title) return;
  // An opening ending with a colon (`…制定《X》如下:`) was read as a salutation: the body starts after it.
  for (let i = Math.max(0, bodyLine - 1), seen = 0; i < lines.length && seen < OPENING_LINES; i++) {
    const t = trimSpan(folded, lines[i]!);
    if (t.start === t.end) continue;
    seen++;
    const m = NAMES_ITSELF.exec(folded.slice(t.start, t.end));
    if (!m) continue;
    const open = t.start + m[0].lastIndexOf(`《${m[1]!}》`);
    info.title = normalizeTitle(text.slice(open + 1, open + 1 + m[1]!.length));
    info.excluded.push({ start: open, end: open + m[1]!.length + 2 });
    return;
  }
}
