// ingest/header/page-date.ts — the date a portal prints by its source line under the title
// (`时间:2022-05-17 16:54 来源:本网`, `来自:襄阳市政府门户网站 时间:2018-11-22`, `来源:县政府办 2021-04-20 10:08`):
// the page's publication date when no labelled field gave one. A reposting site prints the same line with its own
// copy time (`作者:法律资料网 时间:2024-07-12`, `浏览量: 时间:2016-01-17` with no source): that is no publication date.

import layout from '../data/page-layout.json' with { type: 'json' };
import { ORGAN_ENDING } from '../regexes.ts';
import { fieldDate } from './table.ts';

/** The source named on the line; a portal always says where the text comes from. */
const SOURCE = /(?:来源|来自)\s*:\s*([^\s:|]{0,30})/;
/** A source that is a site's user account (`来源:fish`, `来源:admin`): a reposting site's editor, not a portal's organ. */
const CMS_ACCOUNT = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** `时间:` with its date. */
const TIME = /(?:^|[^发布公成印签更归])时间\s*:\s*((?:19|20)\d\d(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日))/;
/** The date right after the source's name (`来源:县政府办 2021-04-20 10:08`). */
const DATE_AFTER_SOURCE = /(?:来源|来自)\s*:\s*[^\s:|\d]{1,30}\s+((?:19|20)\d\d-\d{1,2}-\d{1,2})/;
/** A line that opens with the date and time, then the source (`2023-09-08 11:06:27 来源:农业农村部`, `2018-07-11 09:01
 *  信息来源:浙江省交通运输厅`, glued: `2020-12-18 10:21来源:救灾和物资保障司`). */
const DATE_BEFORE_SOURCE =
  /^\s*((?:19|20)\d\d-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:信息|文章|稿件)?(?:来源|来自)\s*:/;
/** A line that opens with the publishing organ, then the time (`湖南省农业农村厅  时间: 2023-12-13 09:44`): the organ
 *  stands where a source label would. */
const ORGAN_BEFORE_TIME =
  /^\s*[\u4e00-\u9fa5]{2,30}(?:厅|局|委|办|院|部|署|政府|委员会|办公室)\s+(?:发布)?时间\s*:\s*((?:19|20)\d\d(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日))/;
/** A source that is a website's name (`四川省人民政府网`, with the next label glued: `…网点击:684 次`), not an organ. */
const WEBSITE = /网(?:$|点击|浏览|阅读|访问)/;
/** An author line is a reposting site's: portals print their own source, not an author. A template's empty author
 *  field (`时间:2023-11-07 08:53来源:作者:点击:`) names no one and is the portal's own. */
const AUTHOR = /作者\s*:\s*([^\s:|]*)(:?)/;
const MIRRORS: string[] = layout.mirrorSites;

/** The publication date a preamble line prints by its source, or null. */
export function pageDateOf(line: string): string | null {
  const byOrgan = ORGAN_BEFORE_TIME.exec(line);
  if (byOrgan) return fieldDate(byOrgan[1]!);
  if (!line.includes('来')) return null;
  const source = SOURCE.exec(line);
  if (!source || namesAuthor(line) || MIRRORS.some((m) => line.includes(m)) || CMS_ACCOUNT.test(source[1]!))
    return null;
  // `2025-09-09 21:35:18来源:四川省人民政府网`: a line dated before a website named as the source is that site's copy.
  const before = WEBSITE.test(source[1]!) ? undefined : DATE_BEFORE_SOURCE.exec(line)?.[1];
  const date = TIME.exec(line)?.[1] ?? DATE_AFTER_SOURCE.exec(line)?.[1] ?? before;
  return date ? fieldDate(date) : null;
}

/** Whether the line names an author (`作者:法律资料网`), not just prints the empty field before another label; an organ
 *  as the author (`作者:云县应急局`) is the portal's own department, no reposting site. */
function namesAuthor(line: string): boolean {
  const m = AUTHOR.exec(line);
  return m !== null && m[1] !== '' && m[2] === '' && !ORGAN_ENDING.test(m[1]!);
}
