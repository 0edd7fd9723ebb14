// ingest/header/chrome.ts — page chrome around a document: breadcrumbs, site names, toolbars, blurbs, mastheads.
// Chrome is never the title, an issuer or the salutation (ANNOTATION.md: `返回顶部`, `县政府网站`); the words are data.

import layout from '../data/page-layout.json' with { type: 'json' };

const WORDS = (layout as { chromeWords: string[] }).chromeWords;
const OPENERS = [...(layout as { chromeOpeners: string[] }).chromeOpeners].sort((a, b) => b.length - a.length);

/** Structural chrome: navigation arrows, a line of ASCII only, a table of contents, a masthead (`…文件`), the
 *  publication note (`(此件公开发布)`), a font-size switch (`大中小`). */
const CHROME_FORM = /[>›»→]|^[\x20-\x7e]+$|^目\s*录$|文件$|^\(?此件|^[【[(]?大中小[】\])]?$/;

/** A mirror's file name for the page (`…的通知.doc`, `附件1.pdf`): the document's own title block follows. */
const FILE_NAME = /\.(?:doc|docx|wps|pdf|ofd|xls|xlsx|txt)$/i;

/** A short preamble line that is chrome (the line with blanks removed). */
export function isChromeLine(compact: string): boolean {
  if (CHROME_FORM.test(compact) || FILE_NAME.test(compact)) return true;
  for (const w of WORDS) if (compact.includes(w)) return true;
  return false;
}

const LINK_OPENERS = (layout as { footLinkOpeners: string[] }).footLinkOpeners;
/** `上一篇:马关县财政局关于…`, `- ·下一篇文章:…`: a link to the previous or next page, its label and a colon, after a
 *  list mark or bullet. */
const LINK_LINE = new RegExp(`^[\\s\\-·•]*(?:${LINK_OPENERS.join('|')})(?:文章|信息|新闻)?\\s*[:：]`);

/** A link to another page of the site: no part of this document, wherever it stands (the foot, or above the title). */
export function isPageLink(line: string): boolean {
  return LINK_LINE.test(line);
}

const NOTICES = [
  ...(layout as { sharingBlurbs: string[] }).sharingBlurbs,
  ...(layout as { browserNotices: string[] }).browserNotices,
];

/** A site's sentence to its reader, chrome at any length: a document-sharing site's line about the file it shows
 *  (`《X.docx》由会员分享,可在线阅读…`) or a portal's notice about the reader's browser (`网站不支持您所使用的浏览器版本…`). */
export function isSiteNotice(compact: string): boolean {
  return NOTICES.some((w) => compact.includes(w));
}

/** A forum thread's heading opening with its board's tag (`[石柱新鲜事] 禁火令|…发布森林防火禁火令`): the poster's
 *  headline over the document it reposts, not its title. A law database's place tag of two characters opens a title
 *  (`[重庆]市农业委员会办公室转发…`, shared dev3). */
const FORUM_SECTION = /^\[[\u4e00-\u9fa5]{3,8}\]/;

/** A collection's numbered heading before a document it reprints (`第一篇:贵州省关于…的通知`). */
const COLLECTION_HEADING = /^第[一二三四五六七八九十百0-9]{1,4}篇[:]/;

/** A line that opens with a chrome label (`简介:…`, `核心提示:…`, `您当前所在位置:`, `分享:`), whatever its length:
 *  the label must stand alone or be followed by a colon, a blank or a bracket (`时间紧、任务重` is text). */
export function opensWithChrome(compact: string): boolean {
  if (COLLECTION_HEADING.test(compact) || isPageLink(compact) || FORUM_SECTION.test(compact)) return true;
  for (const o of OPENERS) {
    if (!compact.startsWith(o)) continue;
    const next = compact.charAt(o.length);
    if (next === '' || next === ':' || next === '【' || next === '[' || next === '|') return true;
  }
  return false;
}

/** `政务服务丨济宁市人民政府关于…`: a site's column name set before the title with a vertical bar; the length of that
 *  prefix (bar included), or 0. */
const COLUMN_PREFIX = /^[\u4e00-\u9fa5]{2,12}\s*[丨｜]\s*/;
export function columnPrefixLength(line: string): number {
  const m = COLUMN_PREFIX.exec(line);
  return m ? m[0].length : 0;
}

/** A site's menu of its towns and sub-districts (`高笋塘街道 太白街道 … 柱山乡 铁峰乡`): many short place names
 *  separated by blanks, whatever the line's length. */
const MENU_PLACE = /^[\u4e00-\u9fa5]{1,10}(?:街道|镇|乡|区|县|市|村|社区)$/;
const MIN_MENU_PLACES = 6;
export function isPlaceMenu(line: string): boolean {
  const tokens = line.trim().split(/\s+/);
  return tokens.length >= MIN_MENU_PLACES && tokens.every((t) => MENU_PLACE.test(t));
}

const MORE_LINKS = (layout as { moreLinks: string[] }).moreLinks;

/** A blurb closed by its link to the rest (`…[详细介绍]`): chrome at any length. */
export function closesWithMoreLink(compact: string): boolean {
  return MORE_LINKS.some((w) => compact.endsWith(w));
}

const HEADLINE_TAGS = [...(layout as { headlineTags: string[] }).headlineTags].sort((a, b) => b.length - a.length);

/** A WeChat-style tag in brackets opening a headline (`【重要通告】`, `「通告」`), or a portal's column
 *  (`【市政府重点工作及责任分解】滁州市人民政府关于…`). */
const BRACKETED_TAG = /^[【「〖]([\u4e00-\u9fa5]{2,16})[】」〗]\s*/;
/** A tag longer than a word is a column's name only before a title with its subject. */
const SHORT_TAG = 6;

/** The length of a news site's column tag and its colon opening a headline (`权威发布:`, `【重要通告】`, a forum's
 *  `[资料] `), or 0. */
export function headlineTagLength(line: string): number {
  const bracketed = BRACKETED_TAG.exec(line);
  if (bracketed && (bracketed[1]!.length <= SHORT_TAG || line.includes('关于', bracketed[0].length)))
    return bracketed[0].length;
  for (const t of HEADLINE_TAGS) {
    // A forum's tag in square brackets (`[资料] `).
    if (line.startsWith(`[${t}]`)) return t.length + 2 + (/^\s*/.exec(line.slice(t.length + 2))?.[0].length ?? 0);
    if (!line.startsWith(t)) continue;
    const c = line.charAt(t.length);
    if (c === ':' || c === '：') return t.length + 1;
  }
  return 0;
}
