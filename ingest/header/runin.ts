// ingest/header/runin.ts — the run-in layout: a page that lost its line breaks prints the title, the own number and the
// date at the head of one long line (`浙江省人民政府贯彻…的实施意见 浙政发[2009]69号 2009-11-03 为贯彻《…》…`), or
// repeats the title there with the number glued on (`…的通知粤府办〔2024〕9号各地级以上市人民政府,…`).
// Also the one-line form of the title block: title, then the order number (`…土地整治办法 广西壮族自治区人民政府令 第116号`).

import type { Line } from '../clean.ts';
import { findNumbers } from '../citations.ts';
import { normalizeDocNumber, normalizeTitle, parseDate } from '../normalize.ts';
import { DOC_KIND_ENDING } from '../regexes.ts';
import type { HeaderInfo } from './model.ts';

/** How much of the line's head is read: a title with its number and date fits. */
const HEAD = 300;
/** A run-in title is at least this long and holds no sentence punctuation. */
const MIN_TITLE = 6;
const DATE_AFTER = /^\s*((?:19|20)\d\d-\d{1,2}-\d{1,2}|(?:19|20)\d\d年\d{1,2}月\d{1,2}日)/;

/** Read the title, number and date run into the head of `line`. */
export function readRunIn(info: HeaderInfo, text: string, folded: string, line: Line): void {
  const head = folded.slice(line.start, Math.min(line.end, line.start + HEAD));
  const number = findNumbers(head).find((n) => n.start > 0);
  if (!number) return;
  const before = head.slice(0, number.start);
  const titleText = before.replace(/\s+$/, '');
  if (info.title) {
    // The title printed again with the number right after it.
    if (normalizeTitle(titleText) !== info.title) return;
  } else {
    const compact = titleText.replace(/\s+/g, '');
    if (
      compact.length < MIN_TITLE ||
      /[。;,:!?《]/.test(compact.replace(/《[^《》]*》/g, '')) ||
      !DOC_KIND_ENDING.test(compact)
    )
      return;
    info.title = normalizeTitle(text.slice(line.start, line.start + titleText.length));
  }
  // Only the number is excluded: the run-in title is also the first words of the text, whose organs are mentions.
  info.numberLine ??= normalizeDocNumber(head.slice(number.start, number.end));
  info.excluded.push({ start: line.start + number.start, end: line.start + number.end });
  const date = DATE_AFTER.exec(head.slice(number.end));
  if (date) info.publishedDate ??= parseDate(date[1]!);
}
