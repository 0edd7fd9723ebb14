// ingest/header/run-in-salutation.ts — an addressee printed on the same line as the text it opens
// (`秦振兴代表: 您提出的…收悉`), or after the reply's title or a table cell on that line
// (`…第134号提案的答复 张阳委员: 您提出的《…》收悉`, `释义 | 王福英、王玉琴委员: 你们提出的…`), is cut onto a
// virtual line of its own, so the salutation reader (ingest/header/lines.ts isSalutation) sees it as on a page that
// kept its line breaks. Each piece is a span of the original line: no offset moves.

import type { Line } from '../clean.ts';
import { PERSON_NAMES, PERSON_TITLES } from './lines.ts';

/**
 * People addressed by name and title, then a colon, at the line's head or after a blank or a cell bar. Away from
 * the head, the text after the colon must address them (`您`, `你们`): a name and a title before a colon inside a
 * sentence (`…会议邀请张三代表:`) is no salutation.
 */
const RUN_IN = new RegExp(`(^|[\\s|]+)(${PERSON_NAMES}):\\s*(您|你)?`);
/** A title and a colon with text after it: the cheap test that keeps RUN_IN off every other line. */
const TITLE_COLON_TEXT = new RegExp(`(?:${PERSON_TITLES}):.`);

/** Lines looked at: the salutation stands in the preamble (ingest/header/index.ts reads this many lines). */
export function splitRunInSalutation(folded: string, lines: Line[], limit: number): Line[] {
  const end = Math.min(lines.length, limit);
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    const s = folded.slice(line.start, line.end);
    // A salutation alone on its line needs no cut; a cheap test keeps the regex off lines without a title and colon.
    if (!TITLE_COLON_TEXT.test(s)) continue;
    const m = RUN_IN.exec(s);
    if (!m) continue;
    const atHead = m.index === 0 && m[1] === '';
    if (!atHead && m[3] === undefined) continue;
    const nameStart = line.start + m.index + m[1]!.length;
    const colonEnd = nameStart + m[2]!.length + 1;
    const pieces: Line[] = [];
    if (nameStart > line.start) pieces.push({ start: line.start, end: nameStart });
    pieces.push({ start: nameStart, end: colonEnd });
    if (colonEnd < line.end) pieces.push({ start: colonEnd, end: line.end });
    // One salutation per document: the first one found is cut, the lines after it are body text.
    return [...lines.slice(0, i), ...pieces, ...lines.slice(i + 1)];
  }
  return lines;
}
