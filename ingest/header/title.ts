// ingest/header/title.ts — the title block (GB/T 9704 版头): issuer lines, the title line(s) with their 关于 or verb of
// issuing, the number line under them; and what the title says the document issues (关于印发《X》的通知 → X).

import { normalizeTitle, parseDate } from '../normalize.ts';
import { DOC_KIND_ENDING, ORGAN_ENDING, PROPOSAL_SERIAL } from '../regexes.ts';
import { evidence } from '../spans.ts';
import { isCentralSurface } from '../agencies/roster.ts';
import { isAbbreviationOf } from './abbreviation.ts';
import { columnPrefixLength, isChromeLine } from './chrome.ts';
import { isOrganLine, pushOrganMentions, SECTION_HEADING, VERB_AFTER_ISSUERS } from './lines.ts';
import type { Candidate, HeaderInfo } from './model.ts';
import { INDEX_NUMBER } from './index-number.ts';
import { trimListingLine } from './listing-line.ts';
import { ANNOUNCEMENT_HEAD, dateOfNumberLine, numberOfLine, numberOfTitle, trimTitleLine } from './number-line.ts';

/** A title is complete when it ends with the kind of document (and is not `…第0035号建议` waiting for 办理情况的答复函). */
const TITLE_COMPLETE =
  /(?:的|之)?(?:通知|通报|通告|公告|复函|答复函|答复的函|函|答复|回复|答复意见|意见|决定|规定|办法|方案|规划|纲要|报告|请示|批复|细则|规则|条例|计划|决议|指引|指南|清单|目录|预案)(?:\([^()]{1,20}\))?$/;
/** A site's tag in parentheses at the end of a heading: a date alone (`(7月2日)`, `(2018年7月2日)`), a note that the
 *  page carries the full text (`(全文内容)`) or an appendix (`(附:理解与适用)`, `(附英文)`), a bare year and serial
 *  (`(2007年12号)`, the number without its code); a period (`(2021—2025年)`) or a
 *  dated adoption note (`(2019年10月31日…通过)`) is part of the title and does not match. A site template's unfilled
 *  date placeholder counts as such a tag (`…的决定(YYYY年MM月)`); an old record doubles the parentheses
 *  (`…的通知 ((1990年11月16日))`). */
const DATED_HEADING =
  /\(\(?(?:(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日|Y{2,4}年M{1,2}月(?:D{1,2}日)?|全文|全文内容|附全文|正文|附英文|附:[^()]{1,12}|(?:19|20)\d\d年第?\d{1,4}号)\)\)?$/;
/** The dash before a subtitle. */
const SUBTITLE_DASH = /^[—–－-]+/;
/** A database's version tag after a heading: the year in parentheses, maybe with the act (`(2002年)`, `(2019修订)`). */
const VERSION_TAG = /\((?:19|20)\d\d年?(?:修订|修正|修改)?\)$/;
/** A database's validity and serial tags (`[部分失效]`, `(No.666)`, `(第666号)`): never part of a title. */
const DATABASE_TAGS = /(?:\[[\u4e00-\u9fa5]{2,6}\]|\(No\.\s?\d{1,5}\)|\(第\d{1,5}号\))+$/;
/** Kinds whose own serial belongs to the title (`…办公室公告(第7号)`). */
const ANNOUNCED = /(?:公告|通告|令)$/;
const WAITING = /第\s*\d+\s*号\s*(?:建议|提案)?$|关于$|印发$|转发$/;
/** The verbs by which a title issues a document (`关于印发《X》的通知`, a database's heading over `印发X的通知`). */
const ISSUING_VERBS = ['印发', '转发', '下发', '颁布', '颁发', '发布', '公布'];
/** `印发《X》`; the bodies that wrote X may stand between the verb and the title (`转发市发改委等部门《X》的通知`). */
const ISSUES_QUOTED = new RegExp(
  `(?:${ISSUING_VERBS.join('|')})(?:(?:(?!关于|落实|贯彻|执行|实施)[^《》,。]){0,20}?(?:等部门|等单位|局|委|厅|部|办|府|院|署))?《(.+)》`,
);
/** A title that issues or forwards a document ends with its own kind (`关于印发…方案的通知`): until then a kind word at the
 *  end of a line (`关于印发2021年区政府工作报告` / `目标任务分解方案的通知`) is the issued document's, and the title goes on. */
const ISSUING_WITHOUT_OWN_KIND = /(?:印发|转发)(?!.*的(?:通知|决定|通报|函|意见|批复))[^《》]*$/;

/** An organ's order head alone on its line (`山东省人民政府令`, `中华人民共和国监察部令`), in 《》 on some reprints
 *  (`《中国地震局令》`). */
const ORDER_HEAD = /^《?[\u3400-\u9fff]{2,30}(?:国务院|政府|部|委员会|委|局|署|行|主席)令》?$/;
/** The serial on the line under it (`第2号`, `第 96 号`, `2019年第1号`, the President's `第三十一号`, an announcement's
 *  `(第三十一号)`). */
const ORDER_SERIAL =
  /^(?:(?:(?:19|20)\d\d年)?第(?:\d{1,5}|[一二三四五六七八九十百零〇]{1,6})号|\(第(?:\d{1,5}|[一二三四五六七八九十百零〇]{1,6})号\))$/;

/** A page's metadata line: a label and its date (`上载日期: 2017-12-29 信息员: …`). */
const METADATA_LINE = /(?:日期|时间)[:]\d{4}-\d{1,2}-\d{1,2}/;

/** Join an order head and the serial on the next line into one candidate, so the number-line reader takes both. */
function joinOrderHead(candidates: Candidate[]): void {
  for (let k = 0; k + 1 < candidates.length; k++) {
    const head = candidates[k]!;
    if (!(ORDER_HEAD.test(head.compact) || ANNOUNCEMENT_HEAD.test(head.compact))) continue;
    // A portal's upload line may stand between the head and its serial (`齐齐哈尔市人民政府令` / `上载日期: 2017-12-29 …`
    // / `第3号`).
    const between = candidates[k + 1]!;
    const serial = ORDER_SERIAL.test(between.compact)
      ? between
      : k + 2 < candidates.length && METADATA_LINE.test(between.compact)
        ? candidates[k + 2]!
        : null;
    if (!serial || !ORDER_SERIAL.test(serial.compact)) continue;
    head.compact = head.compact.replace(/^《(.+)》$/, '$1') + serial.compact;
    serial.compact = '';
    // The serial's line is excluded with the head's: both are the own number, never a citation.
    head.span = { start: head.span.start, end: serial.span.end };
  }
}

/** An index number, blanks, and a date (`11152523011672048D/2024-00004  2024-03-08`). */
const INDEXED_DATE = /^\s*(\S+)\s+((?:19|20)\d\d-\d{1,2}-\d{1,2})\s*$/;

/** A listing's year after the kind word of a title (`…的批复(2007年)`, `…的复函(2018年)`): the list's label, no part of
 *  the title. A plan's or a list's year is its own (`…清单(2025年)`, `…规划(2021—2025年)`), so only the kinds of
 *  a letter, a reply, a notice or a decision take it off. */
const LISTING_YEAR = /(?<=(?:批复|复函|函|通知|决定|公告|通告|命令))\((?:19|20)\d\d年\)$/;

/** The shortest title looked for as printed twice. */
const MIN_DOUBLED = 8;

/** The title as the document writes it, the page's doublings and labels taken off: a title printed twice run
 *  together (a portal's heading over the same title line, joined) is one title; a listing's year is dropped. */
export function settleTitle(title: string): string {
  const half = title.length / 2;
  let t =
    Number.isInteger(half) && half >= MIN_DOUBLED && title.slice(0, half) === title.slice(half)
      ? title.slice(0, half)
      : title;
  t = t.replace(LISTING_YEAR, '');
  return t;
}
export function findTitle(
  info: HeaderInfo,
  text: string,
  folded: string,
  candidates: Candidate[],
  tableEnd: number,
): void {
  // An order's or an announcement's head printed over its serial (`中华人民共和国监察部令` / `第2号`,
  // `德宏州人民政府办公室公告` / `第8号`): together they are the own number.
  joinOrderHead(candidates);
  joinLoneKindWord(candidates);
  // The number line under the title.
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    // A page's index number printed alone on a line, without its label (`11330700MB10327095/2024-00144`), or with the
    // page's date of publication after it (`11152523011672048D/2024-00004  2024-03-08`, a disclosure listing's row).
    const listed = INDEX_NUMBER.test(c.compact) ? null : INDEXED_DATE.exec(folded.slice(c.span.start, c.span.end));
    if (INDEX_NUMBER.test(c.compact) || (listed && INDEX_NUMBER.test(listed[1]!))) {
      info.indexNumber ??= listed ? listed[1]! : c.compact;
      if (listed) info.publishedDate ??= parseDate(listed[2]!);
      info.excluded.push(c.span);
      c.compact = '';
      continue;
    }
    const own = numberOfLine(c.compact);
    if (own) {
      // A gazette prints the document's date after its number (`(教基厅[1993]6号 1993年3月15日)`).
      const dated = info.numberLine === null ? dateOfNumberLine(c.compact) : null;
      if (dated) info.writtenDate ??= parseDate(dated);
      // A letter's 发文机关标志 is the organ's name alone over its number (GB/T 9704 信函格式: `桂林市住房和城乡建设局` /
      // `市住建函〔2025〕31号`): the letterhead, as `…文件` is for a document.
      const above = info.numberLine === null ? candidates[k - 1] : undefined;
      if (
        above &&
        !info.letterhead &&
        isOrganLine(above.compact) &&
        !/\S/.test(folded.slice(above.span.end, c.span.start))
      )
        info.letterhead = evidence(text, above.span.start, above.span.end);
      info.numberLine ??= own;
      info.excluded.push(c.span);
      c.compact = '';
    } else {
      trimListingLine(info, folded, c);
      trimTitleLine(info, folded, c);
    }
  }
  // Page chrome before the body (breadcrumbs, site names, toolbars) is part of the header, not of the document; a
  // column name set before the title with a bar (`政务服务丨…`) too.
  for (const c of candidates) {
    const column = c.compact === '' ? 0 : columnPrefixLength(folded.slice(c.span.start, c.span.end));
    if (column > 0 && isTitleAnchor(folded.slice(c.span.start + column, c.span.end).replace(/\s+/g, ''))) {
      info.excluded.push({ start: c.span.start, end: c.span.start + column });
      c.span = { start: c.span.start + column, end: c.span.end };
      c.compact = folded.slice(c.span.start, c.span.end).replace(/\s+/g, '');
    }
    if (c.compact !== '' && isChromeLine(c.compact)) info.excluded.push(c.span);
  }
  // A line with a date is a date line, unless the date only dates a heading (`…的通报(2018年7月20日)`).
  const usable = candidates.filter(
    (c, k) =>
      c.compact !== '' &&
      !isChromeLine(c.compact) &&
      parseDate(c.compact.replace(DATED_HEADING, '')) === null &&
      !inContents(candidates, k) &&
      !inLinkList(candidates, k),
  );
  let anchorAt = usable.findIndex((c, k) => isTitleAnchor(c.compact) || shortOrderUnderOrgan(usable, k));
  if (anchorAt === -1) {
    info.title = info.headerTitle;
    return;
  }
  // A page titled with the name of the document a notice issues (`信息系统工程监理暂行规定` … `关于发布《信息系统工程监理
  // 暂行规定》的通知`): the notice below is the document, the page title only names what it carries.
  const wrapper = issuingNotice(usable, anchorAt);
  // A page heading without a subject (`山东省财政厅大学生创业引领计划`), then the document's own title block: an issuer
  // line or none, and a title line with its subject (`关于…`, `转发…`).
  let below = wrapper === -1 ? titleBlockBelow(usable, anchorAt) : -1;
  if (wrapper === -1 && below === -1) below = replyTitleBelow(usable, anchorAt);
  if (wrapper === -1 && below === -1) below = interpretedBelow(usable, anchorAt);
  if (wrapper === -1 && below === -1) below = ownBlockBelow(usable, anchorAt);
  if (wrapper === -1 && below === -1) below = ownedTitleBelow(usable, anchorAt);
  if (wrapper !== -1 || below !== -1) {
    info.excluded.push(usable[anchorAt]!.span);
    anchorAt = wrapper !== -1 ? wrapper : below;
  }
  const parts: Candidate[] = [usable[anchorAt]!];
  // Issuer lines above `关于…` (丰都县科学技术局 / 丰都县财政局 / 关于印发…的通知) — only those after the metadata
  // table: a saved page prints the issuer in its menu above the table too (重庆市市场监督管理局 / [ 索引号 ] … /
  // 重庆市市场监督管理局 / 关于…的通知), and an organ line repeated by the line below it (the same organ, or a title
  // line that opens with it) is one issuer printed twice.
  const anchorStart = usable[anchorAt]!.span.start;
  const floor = tableEnd < anchorStart ? tableEnd : -1;
  // The menu's organ line above the table is page chrome: not a mention of the agency in the document.
  for (let k = 0; k < anchorAt && usable[k]!.span.end <= floor; k++)
    if (isOrganLine(usable[k]!.compact)) info.excluded.push(usable[k]!.span);
  const setApart: Candidate[] = [];
  for (
    let k = anchorAt - 1;
    k >= 0 &&
    usable[k]!.span.start > floor &&
    (isOrganLine(usable[k]!.compact) || (k === anchorAt - 1 && issuingOrganLine(usable[k]!.compact))) &&
    // A portal's name over its menu or breadcrumb (`大姚县人民政府` / `首页 >> 部门动态 >> 正文`) is the site's, not
    // the document's: page chrome between an organ line and the title parts them.
    !/\S/.test(folded.slice(usable[k]!.span.end, usable[k + 1]!.span.start));
    k--
  ) {
    if (parts[0]!.compact.startsWith(usable[k]!.compact) || abbreviatesPrefix(usable[k]!.compact, parts[0]!.compact)) {
      info.excluded.push(usable[k]!.span);
      continue;
    }
    // A portal's name over a title that names its own organ (`文山市人民政府` / / `文山市财政局对…的答复`): set apart by
    // a blank line, it is the site's banner, not a joint issuer (joint issuers stand on consecutive lines); an agency a
    // banner names is still a mention (ANNOTATION.md, page chrome).
    if (
      k === anchorAt - 1 &&
      subjectStart(parts[0]!.compact) > 0 &&
      blankLinesBetween(folded, usable[k]!.span.end, parts[0]!.span.start) >= 1 &&
      isOrganLine(usable[k]!.compact)
    )
      break;
    // An organ line set apart by two blank lines or more is the page's issuer field (law databases print
    // `信息产业部` / / / `关于发布…的通知`), not the first line of the title: it names the issuer only.
    if (blankLinesBetween(folded, usable[k]!.span.end, parts[0]!.span.start) >= 2) {
      setApart.push(usable[k]!);
      break;
    }
    parts.unshift(usable[k]!);
  }
  // A title without 关于 broken before its kind word (`铜梁区促进农民工就近就业三年行动` / `实施方案(2025-2027)`): the
  // line right above, when it is a name in progress, is its first line.
  const above = usable[anchorAt - 1];
  if (
    parts.length === 1 &&
    above &&
    above.span.start > floor &&
    subjectStart(usable[anchorAt]!.compact) === -1 &&
    (isTitleHead(above.compact) || replyObjectHead(above.compact, usable[anchorAt]!.compact)) &&
    above.compact !== usable[anchorAt]!.compact &&
    blankLinesBetween(folded, above.span.end, usable[anchorAt]!.span.start) <= 1
  )
    parts.unshift(above);
  // Continuation lines below (关于市六届人大一次会议第1160号建议 / 办理情况的答复函), and a qualifier on a line of its
  // own (`(征求意见稿)`, `(试行)`). A page prints its heading and then the document's own title: the same words
  // twice are a repeat, not two lines of one title.
  let joined = parts.map((p) => p.compact).join('');
  for (let k = anchorAt + 1; k < usable.length && k <= anchorAt + 3; k++) {
    const next = usable[k]!.compact;
    const incomplete =
      !TITLE_COMPLETE.test(joined) ||
      WAITING.test(joined) ||
      unbalanced(joined) ||
      ISSUING_WITHOUT_OWN_KIND.test(joined);
    if (
      (!incomplete && !QUALIFIER_LINE.test(next)) ||
      isOrganLine(next) ||
      next === joined ||
      // A forwarding title goes on to the forwarded title's 关于 (`转发省人力资源社会保障厅等部门` / `关于做好…`).
      (next.includes('关于') && !(incomplete && forwardsWithoutSubject(joined))) ||
      SECTION_HEADING.test(next)
    )
      break;
    parts.push(usable[k]!);
    joined += next;
  }

  // A column name glued before the title (`重庆市科学技术局通知公告 关于开展…`) is not part of it.
  // An organ's line over the rest of the title (`巫山县人民政府` / `森林防火封山令`) is the issuer's part of it.
  const first =
    parts.find((p) => p.compact.includes('关于')) ??
    parts.find((p) => p.compact.startsWith('对') && REPLY_SUBJECT.test(p.compact)) ??
    (parts.length > 1 && isOrganLine(parts[0]!.compact) ? parts[1]! : parts[0]!);
  let firstStart = first.span.start;
  const line = folded.slice(first.span.start, first.span.end);
  const about = subjectStart(line);
  // Issuers named on the lines above the title come first (they precede the title line in the text).
  for (const c of setApart) {
    pushOrganMentions(info.titleIssuers, text, folded, c.span);
    info.excluded.push(c.span);
  }
  const issuersBefore = info.titleIssuers.length;
  for (const p of parts) {
    if (p === first) break;
    pushOrganMentions(info.titleIssuers, text, folded, p.span);
  }
  if (about > 0) {
    // `重庆市人民政府办公厅转发市科技局 市财政局关于…的通知`: the agencies after 转发 wrote the forwarded document;
    // the issuer is only what stands before 转发 (or the lines above when the title line starts with 转发).
    const forward = FORWARD.exec(line.slice(0, about));
    // `鹤岗市人民政府 鹤岗市中级人民法院印发关于…的通知`: the issuers' own verb before 关于 closes the issuer prefix.
    const prefix = line.slice(0, about).replace(ISSUING_BEFORE_SUBJECT, '');
    const issuerEnd = forward ? forward.index : prefix.length;
    const tokens = prefix.replace(FORWARD, ' ').trim().split(/\s+/).filter(Boolean);
    // `中共中央 全国人大常委会 国务院 全国政协 中央军委关于…`: central bodies' short forms end in no organ word.
    const organPrefix = tokens.length > 0 && tokens.every((tk) => ORGAN_ENDING.test(tk) || isCentralSurface(tk));
    if (!organPrefix && /\s/.test(prefix)) {
      firstStart = first.span.start + about;
      // Lines above are then not part of the title either.
      while (parts[0] !== first) parts.shift();
      info.titleIssuers.splice(issuersBefore);
    } else if (tokens.length > 0) {
      for (const tk of line.slice(0, issuerEnd).matchAll(/\S+/g)) {
        // A site's region tag before the name (`[重庆]市农业委员会办公室`) is not part of it.
        const tag = REGION_TAG.exec(tk[0]);
        const from = first.span.start + tk.index! + (tag ? tag[0].length : 0);
        if ((ORGAN_ENDING.test(tk[0]) || isCentralSurface(tk[0])) && tk[0].length - (tag ? tag[0].length : 0) >= 2)
          info.titleIssuers.push(evidence(text, from, first.span.start + tk.index! + tk[0].length));
      }
    }
  }
  const pieces = parts.map((p) =>
    p === first ? text.slice(firstStart, p.span.end) : text.slice(p.span.start, p.span.end),
  );
  // `…的通报(7月2日)`, `…条例(全文内容)`: a page's tag after its heading is not part of the title.
  // A news page prints the document's title as the subtitle of its own headline, after a dash (`———关于…的函`).
  const whole = normalizeTitle(pieces.join(''));
  // The tag may stand apart on the title's line, read as a line of its own (`…的通知 ((1990年11月16日))`).
  const lastEnd = parts[parts.length - 1]!.span.end;
  const lineEnd = folded.indexOf('\n', lastEnd);
  const rest = folded.slice(lastEnd, lineEnd === -1 ? folded.length : lineEnd).trim();
  const restTag = DATED_HEADING.exec(rest);
  const dated = DATED_HEADING.exec(whole) ?? (restTag?.index === 0 ? restTag : null);
  if (dated) info.headingDate = parseDate(dated[0]);
  const title = whole.replace(DATED_HEADING, '').replace(SUBTITLE_DASH, '');
  // ANNOTATION.md: the title is the title line. The page's 标题 field only wins when the line we found does not look
  // like the same title (then our line detection, not the page metadata, is the likelier error).
  // A field that holds the whole of a title whose first line we did not join (`对十四届全国人大一次会议` /
  // `第6826号建议的答复`) is the fuller reading.
  const fuller = info.headerTitle && info.headerTitle.length > title.length && info.headerTitle.endsWith(title);
  info.title = !info.headerTitle || (sameTitle(title, info.headerTitle) && !fuller) ? title : info.headerTitle;
  // A law database's validity and order-serial tags after a heading (`…的决定(2016)[部分失效](No.666)(第666号)`) go, and
  // the year before them; an announcement's own serial alone (`…办公室公告(第7号)`) is part of its title.
  const tags = DATABASE_TAGS.exec(info.title);
  // A decision's or rule's order serial after it (`…规章的决定(第154号)`) is the order's, not the title's.
  if (tags && tags.index > 0 && (/\[|No\./.test(tags[0]) || !ANNOUNCED.test(info.title.slice(0, tags.index))))
    info.title = info.title.slice(0, tags.index).replace(VERSION_TAG, '');
  // A law database tags its heading with the year of the version (`厦门市新型墙体材料管理规定(2002年)`); the document's own
  // title line below prints the title without it.
  const versionTag = VERSION_TAG.exec(info.title);
  if (versionTag) {
    const bare = info.title.slice(0, versionTag.index);
    if (usable.some((c) => normalizeTitle(c.compact) === bare)) info.title = bare;
  }
  for (const p of parts) info.excluded.push(p === first ? { start: firstStart, end: p.span.end } : p.span);
  fullerRepeat(info, text, folded, usable, parts);
  // Repeats of the title (pages print it twice) are part of the header too; an organ line right above a repeat is
  // the issuer printed with it.
  for (let k = 0; k < usable.length; k++) {
    const c = usable[k]!;
    if (parts.includes(c)) continue;
    const norm = normalizeTitle(c.compact);
    if (norm.length >= 6 && (title.endsWith(norm) || norm.endsWith(title) || norm === info.headerTitle)) {
      info.excluded.push(c.span);
      // The organ printed with the repeat: above it (title / 国务院机关事务管理局 / title) or right below it (title /
      // 时间:… / title / 全国人民代表大会常务委员会 / 主席令…). Below it, on a page whose table names the publisher,
      // stands the drafting body of a plan (发布机构 大渡口区发展改革委 … / 重庆市大渡口区科学技术局 / 2021年8月).
      for (const by of info.issuerField ? [usable[k - 1]] : [usable[k - 1], usable[k + 1]]) {
        if (!by || info.titleIssuers.length > 0 || usable.indexOf(by) <= anchorAt || !isOrganLine(by.compact)) continue;
        pushOrganMentions(info.titleIssuers, text, folded, by.span);
        info.excluded.push(by.span);
      }
    }
  }
  info.numberLine ??= numberOfTitle(info.title ?? title);
  publicationDateBelow(info, folded, candidates, parts[parts.length - 1]!);
  // What the document issues: 关于印发《X》的通知, 关于印发X的通知.
  const own = info.title ?? title;
  const quotedIssue = ISSUES_QUOTED.exec(own);
  const issue = quotedIssue ?? /(?:印发|转发)(.+?)的(?:通知|决定)$/.exec(own);
  if (issue) {
    // `印发《A》《B》的通知`, `印发《A》和《B》的通知`: each quoted title is a document this text issues.
    const quoted = issue[1]!.split(/》\s*[、和及与]?\s*《/);
    for (const q of quoted) info.issued.push(normalizeTitle(q));
    // `转发A管理办法和B管理办法的通知`: two documents issued together, each a document of this text. Inside 《》 a
    // conjunction is the one title's own (`关于贯彻实施税收征管法及其实施细则若干问题的规定`).
    const parts = quoted.length > 1 || quotedIssue ? [] : issue[1]!.split(/和|及|、/);
    if (parts.length > 1 && parts.every((p) => DOC_KIND_ENDING.test(p)))
      for (const p of parts) info.issued.push(normalizeTitle(p));
  }
  // `市农委办公室转发农业部办公厅关于开展…工作的通知`: the forwarded notice (`农业部办公厅关于…的通知`, cited as
  // `关于…的通知`) is the document itself, as an issued one is — the forwarding notice's 的通知 is the forwarded one's.
  const forwarded = /转发([^《》]*关于[^《》]+的通知)$/.exec(own);
  if (forwarded) {
    info.issued.push(normalizeTitle(forwarded[1]!));
    info.issued.push(normalizeTitle(forwarded[1]!.slice(forwarded[1]!.indexOf('关于'))));
  }
  const consult = /征求\s*《(.+)》/.exec(own);
  if (consult) info.issued.push(normalizeTitle(consult[1]!));
}

/** The issuer prefix of a title line (what stands before its subject), or '' when it has none. */
function issuerPrefix(compact: string): string {
  const at = subjectStart(compact);
  return at > 0 ? compact.slice(0, at) : '';
}

/** An organ line above a title line that opens with the same organ spelled in full (`渝北区政府` /
 *  `重庆市渝北区人民政府关于…`): the page's short name for the issuer, not a second issuer of the title. */
function abbreviatesPrefix(organ: string, titleLine: string): boolean {
  const prefix = issuerPrefix(titleLine);
  return prefix !== '' && ORGAN_ENDING.test(prefix) && isAbbreviationOf(organ, prefix);
}

/** A page heading printed without the issuer (or with its short name) above the document's own title line, which
 *  opens with the issuer (`关于印发…的通知` … `重庆市渝北区人民政府关于印发…的通知`): the title line with the issuer
 *  is the title (ANNOTATION.md: the title line), and its prefix names the issuer. */
function fullerRepeat(info: HeaderInfo, text: string, folded: string, usable: Candidate[], parts: Candidate[]): void {
  if (!info.title || parts.length !== 1) return;
  // A database's region tag before its heading (`[重庆]重庆市关于…`) is no part of the issuer's name.
  const title = info.title.replace(REGION_TAG, '');
  const own = issuerPrefix(title);
  const subject = title.slice(own.length);
  if (subject.length < 6) return;
  for (let k = 0; k < usable.length; k++) {
    const c = usable[k]!;
    // The issuer on a line of its own above the repeated subject (`重庆市渝北区人民政府` / `关于印发…的通知`), when the
    // heading names it short (`渝北区政府 关于印发…的通知`).
    const above = usable[k - 1];
    if (
      own !== '' &&
      c.compact === subject &&
      above &&
      !parts.includes(above) &&
      isOrganLine(above.compact) &&
      isAbbreviationOf(own, above.compact)
    ) {
      info.title = normalizeTitle(text.slice(above.span.start, above.span.end) + text.slice(c.span.start, c.span.end));
      info.titleIssuers.splice(0);
      pushOrganMentions(info.titleIssuers, text, folded, above.span);
      info.excluded.push(above.span, c.span);
      return;
    }
    // A page heading without the issuer, then the document's own title block: the issuer's line and the title again
    // (`关于…的函` … `重庆市应急管理局` / `关于…的函`): the block is the title line (ANNOTATION.md), issuer included. An
    // organ set apart by two blank lines or more is a law database's issuer field instead.
    const repeatEnd = own === '' && !parts.includes(c) ? repeatedAt(usable, k, title) : -1;
    if (
      repeatEnd >= 0 &&
      above &&
      !parts.includes(above) &&
      isOrganLine(above.compact) &&
      blankLinesBetween(folded, above.span.end, c.span.start) <= 1
    ) {
      const block = usable.slice(k, repeatEnd + 1);
      info.title = normalizeTitle(
        text.slice(above.span.start, above.span.end) + block.map((b) => text.slice(b.span.start, b.span.end)).join(''),
      );
      info.titleIssuers.splice(0);
      pushOrganMentions(info.titleIssuers, text, folded, above.span);
      info.excluded.push(above.span, ...block.map((b) => b.span));
      return;
    }
    // The same subject under a fuller organ, on one line or wrapped over up to three (`重庆市人民政府办公厅关于` /
    // `贯彻落实…和` / `人口较少…的通知` under a database's heading `重庆市关于贯彻落实…的通知`).
    if (parts.includes(c)) continue;
    // Wrapped over lines only under a heading that names the issuer (short or by place): a law database's heading
    // without one keeps it (its own title block below is the document's text).
    const block = blockEndingWith(usable, parts, k, subject, title.length, own === '' ? 1 : 3);
    if (!block) continue;
    const prefix = block.compact.slice(0, block.compact.length - subject.length);
    if (issuerPrefix(block.compact) !== prefix || !ORGAN_ENDING.test(prefix) || !c.compact.startsWith(prefix)) continue;
    // The heading names the issuer short (`渝北区政府`) or only by its place (`重庆市`).
    if (own !== '' && !isAbbreviationOf(own, prefix) && !(PLACE_ONLY.test(own) && prefix.startsWith(own))) continue;
    const subjectAt = compactOffset(folded.slice(c.span.start, c.span.end), prefix.length);
    if (subjectAt <= 0) continue;
    const lines = usable.slice(k, block.end + 1);
    info.title = normalizeTitle(lines.map((b) => text.slice(b.span.start, b.span.end)).join(''));
    info.titleIssuers.splice(0);
    pushOrganMentions(info.titleIssuers, text, folded, { start: c.span.start, end: c.span.start + subjectAt });
    info.excluded.push(...lines.map((b) => b.span));
    return;
  }
}

/** A heading's issuer that is a place alone (`重庆市关于…`, a database's re-titled heading). */
const PLACE_ONLY = /^[\u4e00-\u9fa5]{2,8}[省市县区]$/;

/** The lines from usable[k] (up to `most`, none of the title's own) whose joined text is longer than the title and
 *  ends with its subject, or null. */
function blockEndingWith(
  usable: Candidate[],
  parts: Candidate[],
  k: number,
  subject: string,
  titleLength: number,
  most: number,
): { compact: string; end: number } | null {
  let compact = '';
  for (let j = k; j < usable.length && j < k + most && !parts.includes(usable[j]!); j++) {
    compact += usable[j]!.compact;
    if (compact.length > titleLength && compact.endsWith(subject)) return { compact, end: j };
    if (compact.length >= titleLength + 30) break;
  }
  return null;
}

/** The offset in `line` after its first `n` characters other than blanks. */
function compactOffset(line: string, n: number): number {
  let seen = 0;
  for (let i = 0; i < line.length; i++) {
    if (seen === n) return i;
    if (!/\s/.test(line[i]!)) seen++;
  }
  return seen === n ? line.length : -1;
}

/** The index of the last line of a repeat of `title` that starts at usable[k] (on one line or wrapped over up to
 *  three), or -1. */
function repeatedAt(usable: Candidate[], k: number, title: string): number {
  let joined = '';
  for (let j = k; j < usable.length && j < k + 3; j++) {
    joined += usable[j]!.compact;
    if (joined === title) return j;
    if (!title.startsWith(joined)) return -1;
  }
  return -1;
}

/** `2019-03-25` or `• 2020-11-13 14:42` alone on the line right under the title: the page's publication date. */
const BARE_DATE =
  /^(?:[•·]\s*)?((?:19|20)\d\d-\d{1,2}-\d{1,2}|(?:19|20)\d\d年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

function publicationDateBelow(info: HeaderInfo, folded: string, candidates: Candidate[], last: Candidate): void {
  const at = candidates.indexOf(last);
  if (at === -1) return;
  // The publishing organ may stand between (`…的通知` / `金华市生态环境局…分局` / `2024-03-01`).
  const organ = candidates[at + 1] && isOrganLine(candidates[at + 1]!.compact) ? 1 : 0;
  const next = candidates[at + 1 + organ];
  if (!next) return;
  const m = BARE_DATE.exec(folded.slice(next.span.start, next.span.end));
  if (m) info.publishedDate ??= parseDate(m[1]!);
}

/** The index of a notice below the page title that issues the document the page title names, or -1. */
function issuingNotice(usable: Candidate[], anchorAt: number): number {
  const name = usable[anchorAt]!.compact;
  if (subjectStart(name) !== -1 || name.startsWith('《')) return -1;
  for (let k = anchorAt + 1; k < usable.length && k <= anchorAt + 6; k++) {
    const c = usable[k]!.compact;
    // `关于发布《X》的通知`, or unquoted `印发X的通知` (a law database's heading over a notice that lost its 关于).
    const issues = c.includes(`《${name}》`) || ISSUING_VERBS.some((v) => c.includes(`${v}${name}的`));
    if (issues && isTitleAnchor(c)) return k;
  }
  return -1;
}

/** A title so far that forwards bodies' document and has not reached its subject (`…转发省人力资源社会保障厅等部门`). */
function forwardsWithoutSubject(joined: string): boolean {
  return joined.includes('转发') && !joined.includes('关于');
}

/** An ordinal opening a line of a table of contents (`一、国家税务总局关于…的公告`) or of a site's numbered menu
 *  (`1. 目录` / `2. 旗人民政府` / `1. 国民经济和社会发展规划`). */
const CONTENTS_ORDINAL = /^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、](?!\d))/;

/** Whether candidate k is one entry of a table of contents: it and a neighbour open with an ordinal. A newsletter lists
 *  the documents it reprints before the first of them; none of the entries is the title line. */
/** A link cut short by its list (`石家庄市道教协会道教教职人员认…`). */
const CUT_LINK = /(?:…|\.\.\.)$/;
/** How many lines on either side of a line are looked at for the cut links of its list. */
const LINK_LIST_REACH = 4;

/** A line among a sidebar's links (`互联网宗教信息服务管理办法` beside `宗教活动场所财务管理办法`,
 *  `石家庄市道教协会道教教职人员认…`): two or more of its neighbours are links cut short. The page's own title is no
 *  link of a list. */
function inLinkList(candidates: Candidate[], k: number): boolean {
  let cut = 0;
  for (let j = Math.max(0, k - LINK_LIST_REACH); j <= k + LINK_LIST_REACH && j < candidates.length; j++)
    if (j !== k && CUT_LINK.test(candidates[j]!.compact)) cut++;
  return cut >= 2 && !CUT_LINK.test(candidates[k]!.compact);
}

function inContents(candidates: Candidate[], k: number): boolean {
  if (!CONTENTS_ORDINAL.test(candidates[k]!.compact)) return false;
  return [k - 1, k + 1].some((j) => candidates[j] !== undefined && CONTENTS_ORDINAL.test(candidates[j]!.compact));
}

/** How many organ lines may stand between a page heading and the title line below it. */
const ISSUER_LINES_BELOW_HEADING = 2;

/** The index of a title line with its subject right below a heading without one (organ lines between), or -1. */
function titleBlockBelow(usable: Candidate[], anchorAt: number): number {
  if (subjectStart(usable[anchorAt]!.compact) !== -1) return -1;
  for (let k = anchorAt + 1; k < usable.length && k <= anchorAt + 1 + ISSUER_LINES_BELOW_HEADING; k++) {
    const c = usable[k]!.compact;
    if (c.startsWith('关于') || c.startsWith('转发')) return k;
    if (!isOrganLine(c)) return -1;
  }
  return -1;
}

/** How far below a database's heading the document's own title block may stand (its fields between). */
const OWN_BLOCK_REACH = 6;

/** A database heading (`(最高检)关于…座谈会纪要`), then the document's own title block repeating its subject under the
 *  organ's line (`最高人民检察院` / `关于…座谈会纪要`): the index of the block's subject line, or -1. */
function ownBlockBelow(usable: Candidate[], anchorAt: number): number {
  const heading = usable[anchorAt]!.compact;
  const at = subjectStart(heading);
  if (at <= 0) return -1;
  const subject = heading.slice(at);
  // Only a subject that opens with 关于: a report named after its organ (`…镇人民政府2025年…年度报告` over
  // `…镇人民政府办公室` / `2025年…年度报告`) keeps the heading the page gives it.
  if (!subject.startsWith('关于')) return -1;
  for (let k = anchorAt + 2; k < usable.length && k <= anchorAt + OWN_BLOCK_REACH; k++) {
    if (usable[k]!.compact === subject && isOrganLine(usable[k - 1]!.compact)) return k;
  }
  return -1;
}

/** The longest column name a portal prints over the documents it lists (`政府信息公开年度报告`, `法治政府建设年度报告`). */
const COLUMN_NAME_MAX = 12;
/** What makes a title line name its owner or its time: a year, or a subject after 关于. */
const OWNED_TITLE = /\d{4}|关于/;

/** A portal's column name (`政府信息公开年度报告`) printed over the document's own title, which ends in the same kind
 *  word and names its organ or its year (`咸宁市政务服务和大数据管理局2025年政府信息公开工作年度报告`): the index of
 *  the owned title right below, or -1. A kind of document with no owner and no time is no document's title. */
function ownedTitleBelow(usable: Candidate[], anchorAt: number): number {
  const heading = usable[anchorAt]!.compact;
  if (heading.length > COLUMN_NAME_MAX || OWNED_TITLE.test(heading)) return -1;
  const next = usable[anchorAt + 1]?.compact;
  if (!next || next.length <= heading.length || !OWNED_TITLE.test(next) || !isTitleAnchor(next)) return -1;
  return next.endsWith(heading.slice(-2)) ? anchorAt + 1 : -1;
}

/** How far below a proposal's title a reply's own title may stand (a proposal system's table rows between). */
const REPLY_TITLE_REACH = 10;
const PROPOSAL_TITLE = /(?:建议|提案|议案)$/;
const REPLY_TITLE_LINE = /(?:答复|回复|复函|办理情况)/;
/** A proposal's number in a reply's heading (`第144号建议`). */
const PROPOSAL_NUMBER_IN = new RegExp(`第\\s?${PROPOSAL_SERIAL}\\s?号`);

/** A proposal system prints the proposal's title first, then the reply's own (`关于…的建议` … `关于政协…第27号提案的回复`):
 *  the index of the reply's title, or -1. */
function replyTitleBelow(usable: Candidate[], anchorAt: number): number {
  const first = usable[anchorAt]!.compact;
  // A disclosure platform's item name, then the letter's own heading that numbers the proposal (`关于“疏通…”的建议答复` /
  // `关于县人大十五届三次会议第144号建议的答复`): the letter's heading is the title.
  if (REPLY_TITLE_LINE.test(first)) {
    const next = usable[anchorAt + 1]?.compact ?? '';
    const numbered = REPLY_TITLE_LINE.test(next) && PROPOSAL_NUMBER_IN.test(next) && !PROPOSAL_NUMBER_IN.test(first);
    return numbered && isTitleAnchor(next) ? anchorAt + 1 : -1;
  }
  if (!PROPOSAL_TITLE.test(first)) return -1;
  for (let k = anchorAt + 1; k < usable.length && k <= anchorAt + REPLY_TITLE_REACH; k++) {
    const c = usable[k]!.compact;
    if (REPLY_TITLE_LINE.test(c) && /提案|建议/.test(c) && isTitleAnchor(c)) return k;
  }
  return -1;
}

/** A link to the page that interprets the document (`关于《X》 政策解读`, `《X》解读`): its 《X》 names the document. */
const INTERPRETATION_LINK = /^(?:关于)?《([^《》]{6,})》(?:的)?(?:政策|文件)?解读$/;
/** How far below the link the document's own title line may stand (a metadata table between). */
const INTERPRETATION_REACH = 12;

/** A portal lists the link to the document's interpretation above the document (`部门解读:` / `关于《X》 政策解读`), then
 *  prints X's own title line: the index of that line, or -1. A page that is the interpretation itself prints no X
 *  below its title. */
function interpretedBelow(usable: Candidate[], anchorAt: number): number {
  const link = INTERPRETATION_LINK.exec(usable[anchorAt]!.compact);
  if (!link) return -1;
  const named = link[1]!;
  for (let k = anchorAt + 1; k < usable.length && k <= anchorAt + INTERPRETATION_REACH; k++) {
    if (sameEnds(usable[k]!.compact, named)) return k;
  }
  return -1;
}

/** The characters two printings of one title must share at their start, besides the tail sameTitle compares (a link
 *  may word the middle a little otherwise: `…2024年度民生实事工作的通知` for `…2024年全区民生实事工作的通知`). */
const SAME_TITLE_ENDS = 8;
function sameEnds(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 2 * SAME_TITLE_ENDS || b.length < 2 * SAME_TITLE_ENDS) return false;
  return a.slice(0, SAME_TITLE_ENDS) === b.slice(0, SAME_TITLE_ENDS) && sameTitle(a, b);
}

/** Blank lines between two positions of the text. */
function blankLinesBetween(folded: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) if (folded.charCodeAt(i) === 0x0a) breaks++;
  return Math.max(0, breaks - 1);
}

/** A title's qualifier printed on a line of its own. */
const QUALIFIER_LINE =
  /^\((?:征求意见稿|送审稿|草案|试行|暂行|修订|修订稿|\d{4}[-—–~至]\d{4}年?|\d{4}年(?:修订|修正)?)\)$/;
/** The first line of a title broken before its kind word: a name in progress (no kind ending, no punctuation). */
function isTitleHead(compact: string): boolean {
  return (
    compact.length >= MIN_KIND_TITLE &&
    compact.length <= 40 &&
    /^[\u3400-\u9fff“”"()\d]+$/.test(compact) &&
    !DOC_KIND_ENDING.test(compact) &&
    !isOrganLine(compact) &&
    !SENTENCE_OPENER.test(compact)
  );
}

/** A reply's title broken after the session it answers (`对市政协第十四届第四次会议` / `第2025D048号集体提案的答复`,
 *  `对十三届全国人大三次会议` / `3385号建议的答复`): the session line is the title's first line when the next one
 *  opens with the proposal's number. */
const REPLY_OBJECT_HEAD = /^(?:对|关于)[^,。;:!?]{2,40}(?:会议|委员会)$/;
function replyObjectHead(compact: string, next: string): boolean {
  return REPLY_OBJECT_HEAD.test(compact) && PROPOSAL_NUMBER_AT_START.test(next);
}
const PROPOSAL_NUMBER_AT_START = new RegExp(`^第?\\s?${PROPOSAL_SERIAL}\\s?号`);

/** 转发 in a title: what follows (up to 关于) names the authors of the forwarded document, not this one's issuer; the
 *  same for the verbs of carrying out another body's document (`市政府贯彻国务院关于…的实施意见`: the issuer is 市政府). */
const FORWARD = /转发|批转|贯彻|落实/;
/** The issuers' verb right before the subject's 关于 (`…中级人民法院印发` / `关于…的意见的通知`). */
const ISSUING_BEFORE_SUBJECT = /(?:印发|发布)\s*$/;
/** A line of issuers ending with their verb, the title's subject on the next line (`鹤岗市人民政府 鹤岗市中级人民法院印发`
 *  / `关于完善…的意见的通知`): the first line of the title. */
function issuingOrganLine(compact: string): boolean {
  const verb = VERB_AFTER_ISSUERS.exec(compact);
  return verb !== null && isOrganLine(compact.slice(0, verb.index));
}
/** A region tag a site puts before a title (`[重庆]`). */
const REGION_TAG = /^\[[\u3400-\u9fff]{1,6}\]/;
/** Verbs of issuing that open a title's subject when it has no 关于 of its own
 *  (`中共岳阳市委办公室岳阳市人民政府办公室印发《关于…》的通知`: the 关于 is inside the issued title). */
const ISSUING_VERB = /印发|转发|发布|颁布|颁发|公布/g;

/** Where the title's subject starts: its own 关于 (outside 《》), or else the verb of issuing outside 《》; -1 if neither.
 *  What stands before it is the issuer prefix. */
export function subjectStart(line: string): number {
  const outside = line.replace(/《[^《》]*》/g, (m) => '《' + ' '.repeat(m.length - 2) + '》');
  const about = outside.indexOf('关于');
  ISSUING_VERB.lastIndex = 0;
  const verb = ISSUING_VERB.exec(outside);
  ISSUING_VERB.lastIndex = 0;
  if (about === -1) {
    if (verb) return verb.index;
    // `攀枝花市自然资源和规划局对市政协九届五次会议第52号提案答复的函`: a reply's subject may open with 对.
    const reply = REPLY_SUBJECT.exec(outside);
    if (reply && reply.index > 0) return reply.index;
    // `重庆市巴南区东温泉镇人民政府2025年政府信息公开工作年度报告`: a report's subject opens with its year.
    const year = YEAR_AFTER_ORGAN.exec(outside);
    return year ? year.index : -1;
  }
  // 转发…关于: the forwarding verb comes first and the issuer prefix ends there (handled by the caller through FORWARD).
  return about;
}

/** A year right after an organ's name: where a yearly report's subject begins. */
const YEAR_AFTER_ORGAN = /(?<=(?:政府|局|委|厅|办公室|办事处|委员会))(?:19|20)\d\d年/;
/** The kinds a reply's title ends with, a co-handler's opinion among them. */
const REPLY_ENDING = '(?:答复|回复|复函|答复函|答复意见|的函|会办意见|协办意见|办理意见)';
/** The 对 that opens a reply's subject after its issuer (`…局对…第52号提案答复的函`). */
const REPLY_SUBJECT = new RegExp(`对(?=[^,。;:!?对]{2,60}(?:建议|提案)[^,。;:!?]{0,12}${REPLY_ENDING}$)`);
/** A short order named for what it forbids (`森林防火封山令`, `禁火令`) under the organ's line (`巫山县人民政府`): the
 *  second line of the title, whose first line is the organ. */
const SHORT_ORDER = /^[\u3400-\u9fff]{2,8}令$/;
function shortOrderUnderOrgan(usable: Candidate[], k: number): boolean {
  return k > 0 && SHORT_ORDER.test(usable[k]!.compact) && isOrganLine(usable[k - 1]!.compact);
}

/** A title without 关于 (重庆市大渡口区“十四五”科技创新规划) is at least this long; menu entries are shorter. */
const MIN_KIND_TITLE = 8;
/** …except a place's regulation named in few words (`张掖市立法条例`): a place, then at most four words, then 条例. */
const SHORT_PLACE_LAW = /^[\u4e00-\u9fa5]{1,6}[省市县区州][\u4e00-\u9fa5]{1,4}条例$/;
/** `对省十三届人大五次会议第1234号建议的答复`, `对《关于…的建议》的答复(县十七届人大五次会议第33号建议)`: a reply's
 *  title may open with 对, a sentence opener otherwise; its session and number may follow in parentheses. */
const REPLY_TITLE_FORM = new RegExp(
  `^对[^,。;:!?]{2,80}(?:建议|提案)[^,。;:!?]{0,12}${REPLY_ENDING}(?:\\([^()]{2,24}\\))?$`,
);
/** Sentence openers: a line that starts like this is body text, not a title (根据《…》…, 为贯彻…, 现将…). */
const SENTENCE_OPENER = /^(?:根据|按照|依据|为了?|经|现将|请|各|对|在|按|依照|遵照|结合|近年来|目前)/;

/** The first line of a title: `关于` outside any 《》 (the document's own subject), or a line that ends with a kind of
 *  document (重庆市大渡口区“十四五”科技创新规划). Never a sentence, an organ name or a quoted title alone. */
function isTitleAnchor(compact: string): boolean {
  if (isOrganLine(compact)) return false;
  // An announcement's head with its serial (`…常务委员会公告〔六届〕第74号`) is its title.
  if (numberOfTitle(compact) !== null) return true;
  if (SENTENCE_OPENER.test(compact)) return REPLY_TITLE_FORM.test(compact);
  if (/〔\d{4}〕\d+号|\(\s*\d{4}\s*\)\s*\d+号/.test(compact) && !/^关于/.test(compact)) return false;
  // A title printed inside 《》 as a whole (《重庆市…办法》) is judged by its inside.
  // A page title cut at its head (`《…管理办法》的决定`, the words before the quote lost) is no title line.
  if (/^《[^《》]+》的/.test(compact)) return false;
  const whole = /^《([^《》]+)》$/.exec(compact);
  if (whole) return whole[1]!.includes('关于') || DOC_KIND_ENDING.test(whole[1]!);
  const outside = compact.replace(/《[^《》]*》/g, '《》').replace(/《[^》]*$/, '');
  // Without 关于, only a full name ends in a kind of document; a menu entry (通知公告, 规划计划) is short. A reply's title
  // may end with the proposal's title it answers (`区政协八届二次会议第77号提案的答复函《关于…的建议》`).
  const beforeQuoted = outside.endsWith('《》') ? outside.slice(0, -2) : '';
  return (
    outside.includes('关于') ||
    ((compact.length >= MIN_KIND_TITLE || SHORT_PLACE_LAW.test(compact)) &&
      (DOC_KIND_ENDING.test(compact) || (REPLY_TITLE_LINE.test(beforeQuoted) && DOC_KIND_ENDING.test(beforeQuoted))))
  );
}

/** The last 8 characters of a title without blanks and brackets. Named functions here are module-level, not closures
 *  per call: tsx's keep-names transform adds a defineProperty call for each named closure it creates. */
function titleTail(x: string): string {
  return x.replace(/[\s《》〈〉<>]/g, '').slice(-8);
}

function sameTitle(a: string, b: string): boolean {
  return titleTail(a) === titleTail(b);
}

function unbalanced(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '《') depth++;
    else if (c === '》') depth--;
  }
  return depth > 0;
}

/** A reply's kind word printed alone, maybe letter-spaced, on the line under the rest of its title. */
const LONE_REPLY_KIND = /^(?:答复|回复|复函|答复函|答复意见|的答复|的回复|的复函)$/;
/** What the line above must end with to take it: the proposal it answers, or 的. */
const BEFORE_LONE_KIND = /(?:建议|提案|议案|的)$/;

/** `对汨罗市政协十届一次会议第26号提案的` / `答 复`: a title wrapped before its letter-spaced kind word is one line. */
function joinLoneKindWord(candidates: Candidate[]): void {
  for (let k = 0; k + 1 < candidates.length; k++) {
    const c = candidates[k]!;
    const next = candidates[k + 1]!;
    if (!LONE_REPLY_KIND.test(next.compact) || !BEFORE_LONE_KIND.test(c.compact)) continue;
    if (!/^(?:对|关于)/.test(c.compact)) continue;
    c.compact += next.compact;
    c.span = { start: c.span.start, end: next.span.end };
    next.compact = '';
  }
}
