// ingest/header/number-line.ts — the document's own number as the header prints it: the number line under the title
// (GB/T 9704 发文字号), the same number damaged by a page conversion, or appended by a site to the title line.
// The own number is never a citation: every form read here goes to HeaderInfo.numberLine and its span is excluded.

import { findNumbers } from '../citations.ts';
import { normalizeDocNumber } from '../normalize.ts';
import { opensWithYear } from '../year-first-number.ts';
import type { Candidate, HeaderInfo } from './model.ts';
import { headlineTagLength } from './chrome.ts';

/** The shortest title a column tag may stand before. */
const MIN_TAGGED_TITLE = 8;

/** A number line is short; longer lines are settled without running the number scanner. */
const MAX_NUMBER_LINE = 40;

/** A law database's validity tag after a number and its date (`2010-12-24  全文有效`). */
const VALIDITY_TAG = '(?:全文有效|现行有效|部分失效|已失效|失效|已废止)';
/** A reply's handling class printed before its number on the number line (`办理结果分类:A 市住建函〔2024〕35号`,
 *  `类别:B 杨退军函〔2023〕6号`). */
const CLASS_LABEL_BEFORE = /^(?:办理结果分类|办理结果类别|答复类别|办理类别|类别|分类)[:]?[A-D]类?(?=[\u3400-\u9fff])/;
/** A reply's handling class letter right after 号, without 类 (`渝教提函〔2019〕88号A`). */
const BARE_CLASS = '[A-D]\\d?';
/** The verb a gazette's note puts after the date it gives with the number (`(冀政发〔2018〕11号 2018年5月18日印发)`). */
const ISSUED_VERB = '(?:印发|发布|公布)';
/** A county's handling class (`A类`, `(B类)`, `(A)类`, `B1类`, the letter lost: `类`) and openness tag (`同意公开`). */
const CLASS_TAG = String.raw`(?:\(?[A-D]?\d?类\)?|\([A-D]\d?\)类)`;
const OPENNESS_TAG = '(?:同意公开|主动公开|依申请公开|不予公开|不公开)';
/** A portal's validity tag in brackets after the number (`陕政办发 〔2014〕17号 [有效]`, `【失效】`). */
const BRACKETED_VALIDITY = String.raw`[[【](?:有效|失效|已失效|废止|已废止|现行有效|全文有效|部分失效)[\]】]`;

/** What may follow the number on its line: `签发人:姓名`, a date with a law database's validity tag (`2010-12-24  全文有效`),
 *  a handling class letter alone (`…88号A`),
 *  a portal's bracketed validity tag (`[有效]`), or a county's handling class and openness tags
 *  (`平教字〔2020〕25号  A类  同意公开`, `华建复〔2017〕5号(B类)`, `桃建函〔2025〕60号 (A)类`, the class letter lost:
 *  `平教字〔2021〕19号 类 同意公开`, or numbered: `B1类`). */
const SIGNER_OR_DATE = new RegExp(
  `(?<=号)(?:签发人[:][\\u3400-\\u9fff、]{2,20}|(?:[,、]?(?:19|20)\\d\\d(?:年\\d{1,2}月\\d{1,2}日|-\\d{1,2}-\\d{1,2})${ISSUED_VERB}?)?${VALIDITY_TAG}?|${CLASS_TAG}?${OPENNESS_TAG}?|${BRACKETED_VALIDITY}|${BARE_CLASS})$`,
);

/** A whole line in parentheses (the clean stage folded （） to ()); an old number's year may stand in parentheses of its
 *  own inside (`((78)交公路字412号)`). */
const PARENTHESIZED = /^\(((?:\(\d{2,4}\))?[^()]+)\)$/;

/** `渝北商函〔202342`, `广安区府办发〔202026`: the closing bracket and 号 lost in conversion, the opening bracket and the
 *  four-digit year still there — unambiguous (`城交通函202517`, with no bracket at all, is not read). */
const DAMAGED_NUMBER = /^([\u3400-\u9fff]{1,10})[〔[【(]((?:19|20)\d\d)(\d{1,4})$/;

/** `四川省第十一届人民代表大会常务委员会公告第28号`, `德宏州人民政府办公室公告第8号`, `…常务委员会公告第三十七号` (the
 *  head and its serial joined from two lines; a Chinese-numeral serial kept as written): an announcement that
 *  promulgates a regulation or rule; its number is the document's own. */
/** The organs whose announcements promulgate a document: a standing committee, a government, its office. */
export const ANNOUNCEMENT_HEAD = /^[\u3400-\u9fff]{2,40}(?:常务委员会|人民政府|办公室|办公厅)公告$/;
const ANNOUNCEMENT_LINE = new RegExp(
  `${ANNOUNCEMENT_HEAD.source.slice(0, -1)}第(?:\\d{1,4}|[一二三四五六七八九十百零〇]{1,6})号$`,
);

/** A county's handling class and openness tags at the end of a number line whose 号 was lost (`B1类同意公开`). */
const HANDLING_TAGS = new RegExp(`(?:${CLASS_TAG}${OPENNESS_TAG}?|${OPENNESS_TAG})$`);

/** `铜城管函﹝2025﹞456`: a number line whose 号 the page left out — the code, the bracketed year, the serial, nothing
 *  else on the line. */
const NUMBER_WITHOUT_HAO = /^([\u3400-\u9fff]{1,10})[〔[【﹝〖(]((?:19|20)\d\d)[〕\]】﹞〗)](\d{1,5})$/;

/** `中华人民共和国主席令第三十一号`: an order's head with its serial in Chinese numerals (the President's orders are
 *  numbered so), kept as written. */
const CN_ORDER_LINE =
  /^[\u3400-\u9fff]{2,30}(?:国务院|政府|部|委员会|委|局|署|行|主席)令第[一二三四五六七八九十百零〇]{1,6}号$/;

/** `中华人民共和国主席令(九届第37号)`, `国务院令(第588号)`, `广东省第九届人民代表大会常务委员会公告(第147号)`: an
 *  order's or a promulgating announcement's serial printed in parentheses, with the congress term before it; the own
 *  number is the head and serial (`中华人民共和国主席令第37号`). An office's announcement so printed
 *  (`…常务委员会办公室公告(第7号)`, of a draft for comment) is the document's own title line. */
const ORDER_IN_PARENS =
  /^([\u3400-\u9fff]{2,30}令|[\u3400-\u9fff]{2,30}(?:常务委员会|人民政府)公告)\((?:[一二三四五六七八九十]{1,3}届)?(第\d{1,4}号)\)$/;

/** Characters a local code may carry before the part the scanner knows (a place's short name, 1–3 characters, or a
 *  body's own short name: `渝大数据复函`). */
const MAX_CODE_HEAD = 4;
/** A code's head: Han characters, never a verb of reading (`根据渝府发…` on a line is a sentence, not a number). */
const CODE_HEAD = /^(?!根据|依据|按照|依照|关于|参照)[\u3400-\u9fff]+$/;

/** The date a number line carries after the number (`(教基厅[1993]6号 1993年3月15日)`, `…号 2018年5月18日印发)`):
 *  the document's date. */
const DATE_AFTER_NUMBER = new RegExp(
  `号[,、]?((?:19|20)\\d\\d(?:年\\d{1,2}月\\d{1,2}日|-\\d{1,2}-\\d{1,2}))${ISSUED_VERB}?\\)?${VALIDITY_TAG}?$`,
);
/** The date a bulletin prints before the number (`2012-12-06 国家税务总局公告2012年第54号`). */
const DATE_BEFORE_NUMBER = /^((?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2}))(?=[\u3400-\u9fff])/;

/** The date written after (or before) the own number on its line (blanks removed), or null. */
export function dateOfNumberLine(line: string): string | null {
  return DATE_AFTER_NUMBER.exec(line)?.[1] ?? DATE_BEFORE_NUMBER.exec(line)?.[1] ?? null;
}

/** The normalized own number when the whole line (blanks removed) is one document number, else null. */
export function numberOfLine(line: string): string | null {
  // A number line may carry the signer of a report (GB/T 9704 §7.2.5: `川府〔2023〕5号  签发人:黄强`) or the date;
  // gazettes and portals print it in parentheses under the title (`(陕政办发〔2011〕12号)`).
  const compact = line
    .replace(PARENTHESIZED, '$1')
    .replace(CLASS_LABEL_BEFORE, '')
    .replace(SIGNER_OR_DATE, '')
    .replace(DATE_BEFORE_NUMBER, '')
    .replace(ORDER_IN_PARENS, '$1$2');
  if (compact.length === 0 || compact.length > MAX_NUMBER_LINE) return null;
  if (CN_ORDER_LINE.test(compact) || ANNOUNCEMENT_LINE.test(compact)) return compact;
  if (compact.endsWith('号')) {
    const hits = findNumbers(compact);
    if (hits.length !== 1 || hits[0]!.end !== compact.length) return null;
    // A line that is nothing but a number is the own number even when the scanner read its code late: a county's
    // one-character short name before a known department code (`神林函`: 神木 + 林函) is the code's own head.
    // An order never takes a head so: it names its organ in full (`广西壮族自治区人民政府令第116号`).
    const head = compact.slice(0, hits[0]!.start);
    // An old number opening with its year (`(78)交公路字412号`) is written as the scanner normalized it.
    if (hits[0]!.start === 0 && opensWithYear(compact)) return hits[0]!.docNumber;
    if (hits[0]!.start === 0 || (head.length <= MAX_CODE_HEAD && CODE_HEAD.test(head) && !compact.includes('令')))
      return normalizeDocNumber(compact);
    return null;
  }
  // The handling tags may follow a damaged number too (`临水字〔202313B1类 同意公开`).
  const damaged = DAMAGED_NUMBER.exec(compact.replace(HANDLING_TAGS, ''));
  if (damaged) return `${damaged[1]}〔${damaged[2]}〕${damaged[3]}号`;
  const unsigned = NUMBER_WITHOUT_HAO.exec(compact);
  return unsigned ? `${unsigned[1]}〔${unsigned[2]}〕${unsigned[3]}号` : null;
}

/** The length of an own number (bare or in parentheses) opening a title (`(湘水提〔2017〕046号A类)对…的答复`), or 0: a
 *  metadata field's title holds it the way the page's heading does. */
export function numberPrefixLength(title: string): number {
  const m = NUMBER_PREFIX.exec(title) ?? PAREN_NUMBER_PREFIX.exec(title);
  return m && TITLE_AFTER_PREFIX.test(title.slice(m[0].length)) ? m[0].length : 0;
}

/** `…的通知(岳办发〔2017〕2号)`, `…的通知 (渝市监发〔2023〕45号)`, `…的答复[浙交建〔2018〕101号]`: a site appends the own
 *  number to the title line, in parentheses or square brackets. */
const NUMBER_SUFFIX =
  /(?:\(\s*([^()\s]{1,12}[〔[【(]\s*(?:19|20)\d\d\s*[〕\]】)]\s*\d{1,5}\s*号)\s*\)|[[【]\s*([^()[\]【】\s]{1,12}[〔(]\s*(?:19|20)\d\d\s*[〕)]\s*\d{1,5}\s*号)\s*[\]】])$/;
/** A document number written without blanks inside (`晋政办发〔2017〕55号`, `湘政办发[2018]27号`). */
const COMPACT_NUMBER = String.raw`[\u3400-\u9fff]{1,10}[〔[【(](?:19|20)\d\d[〕\]】)]\d{1,5}号`;
/** `晋政办发〔2017〕55号 山西省…关于…`: the own number opening a title line, set off by a blank, or glued to a title
 *  that opens with 关于 (`梁政发【2023】7号关于印发…`). */
const NUMBER_PREFIX = new RegExp(`^(${COMPACT_NUMBER})(?:\\s+|(?=关于))`);
/** `湘政办发[2018]27号各市州、县市区人民政府,…`: the own number opening the body's first line, run into the addressees
 *  (各… or an organ and its punctuation) when the page lost the line break after it. */
const NUMBER_BEFORE_ADDRESSEE = new RegExp(
  `^(${COMPACT_NUMBER})\\s*(?=各|[\\u3400-\\u9fff]{2,30}(?:人民政府|委员会|局|厅|办公室)[,、:])`,
);

/** The own number a body line opens with, run into its addressees, with its length on the line; null when none. */
export function numberBeforeAddressee(line: string): { number: string; length: number } | null {
  const m = NUMBER_BEFORE_ADDRESSEE.exec(line);
  return m ? { number: normalizeDocNumber(m[1]!), length: m[0].length } : null;
}
/** What follows such a number is a title: it names its subject (关于) or issues a document. */
const TITLE_AFTER_PREFIX = /关于|印发|转发|^对/;
/** `(湘水提〔2017〕046号A类)对省十二届人大七次会议第1746号建议的答复`: a provincial department's portal puts the own number
 *  and its handling class in parentheses before the title. */
const PAREN_NUMBER_PREFIX = new RegExp(`^\\((${COMPACT_NUMBER})(?:${CLASS_TAG})?\\)\\s*`);
/** `商务部令2007年第15号 商业特许经营备案管理办法`: an order's number opening the line of the rule it promulgates. */
const ORDER_PREFIX = /^([\u3400-\u9fff]{2,30}令(?:(?:19|20)\d\d年)?第\d{1,4}号)\s+/;
/** A list bullet opening a line. */
const LEADING_BULLET = /^[•·●▪◦]\s*/;
/** The shortest title a bullet may stand before. */
const BULLETED_TITLE_MIN = 8;
/** Table separators a flattened page leaves after the title (`…的通知 | |`). */
const TRAILING_SEPARATORS = /[\s|]+$/;

/** `关于…第11号提案的答复函 B`: a reply's result class (A 已解决, B 正在解决, C 留作参考) printed after its title, set off
 *  by a blank: the portal's grade of the answer, not part of the title. */
const RESULT_CLASS = /(?<=(?:答复|回复|复函|答复函|的函|答复意见))\s+[A-C]类?$/;

/** The kind word a title ends with before a run-on number (`…的通知`, `…的回复`, `…的答复函`). */
const TITLE_KIND_BEFORE =
  /(?:通知|通报|通告|公告|复函|答复函|函|意见|决定|决议|规定|办法|方案|规划|报告|请示|批复|细则|规则|条例|计划|答复|回复|答复意见)\s*$/;
/** A GB/T 9704 number ending the line: the code's characters, the bracketed year, the serial. */
const NUMBER_AT_END = /([\u3400-\u9fff]{1,10})\s*[〔[【(]\s*(?:19|20)\d\d\s*[〕\]】)]\s*\d{1,5}\s*号$/;
/** A title before its run-on number is at least this long. */
const MIN_TITLE = 6;

/** Where a document number run onto the end of a title line starts (`…的回复神林函〔2022〕31号` → at 神), else -1. The
 *  number must end the line and follow a complete title (a kind word); the code is what stands between the last kind
 *  word and the bracket (`…的答复函城交通函〔2025〕17号` → 城交通函, the shortest code after a kind word). */
function runOnNumberAt(line: string): number {
  if (!line.endsWith('号') || line.length > MAX_TITLE_WITH_NUMBER) return -1;
  const m = NUMBER_AT_END.exec(line);
  if (!m) return -1;
  const codeEnd = m.index + m[1]!.length;
  for (let k = 1; k <= m[1]!.length; k++) {
    const cut = codeEnd - k;
    if (cut >= MIN_TITLE && TITLE_KIND_BEFORE.test(line.slice(0, cut))) return cut;
  }
  return -1;
}
/** `标题关于印发…的通知`: a metadata row's title label run into its value (no colon, no blank), the subject's 关于 near. */
const TITLE_LABEL_RUN_IN = /^标题(?=[\u3400-\u9fff]{0,30}?关于)/;

/** `《关于…的建议》` (or 提案) opening a line on which a reply's own title follows (an organ, 关于, a reply's kind word). */
const QUOTED_PROPOSAL_PREFIX =
  /^《[^《》]{4,80}(?:建议|提案|议案)》(?=[\u3400-\u9fff]{2,40}?关于[^《》]{2,80}(?:答复|复函|回复)[^《》]{0,4}$)/;
function quotedProposalPrefixLength(line: string): number {
  return QUOTED_PROPOSAL_PREFIX.exec(line)?.[0].length ?? 0;
}

/** A title line with its number is short; longer lines are text. */
const MAX_TITLE_WITH_NUMBER = 200;

/** Cut a site's number suffix and trailing separators off a candidate title line (its span shrinks with it); the number
 *  becomes the own number when the header has none yet. */
export function trimTitleLine(info: HeaderInfo, folded: string, c: Candidate): void {
  let line = folded.slice(c.span.start, c.span.end);
  // `• 金华开发区突发公共事件总体应急预案`: a portal's list bullet before the title is no part of it.
  // Only before a line as long as a title: a bulleted toolbar item (`• 字号:`, `• 打印`) stays what it was.
  const bullet = LEADING_BULLET.exec(line);
  if (bullet && line.length - bullet[0].length >= BULLETED_TITLE_MIN && !/[:|]/.test(line)) {
    c.span = { start: c.span.start + bullet[0].length, end: c.span.end };
    line = line.slice(bullet[0].length);
    c.compact = line.replace(/\s+/g, '');
  }
  // `权威发布:国家林业局关于…`: a news column's tag before the headline is not part of the title; so is the quoted
  // proposal a repost sets before the reply's own title (`《关于…的建议》山东省自然资源厅关于…建议的答复`).
  const tag =
    headlineTagLength(line) || quotedProposalPrefixLength(line) || (TITLE_LABEL_RUN_IN.exec(line)?.[0].length ?? 0);
  if (tag > 0 && line.length - tag >= MIN_TAGGED_TITLE) {
    c.span = { start: c.span.start + tag, end: c.span.end };
    line = line.slice(tag);
    c.compact = line.replace(/\s+/g, '');
  }
  const sep = TRAILING_SEPARATORS.exec(line);
  if (sep && sep.index > 0) line = line.slice(0, sep.index);
  const graded = RESULT_CLASS.exec(line);
  if (graded) line = line.slice(0, graded.index);
  const suffix = NUMBER_SUFFIX.exec(line);
  if (suffix && suffix.index > 0) {
    info.numberLine ??= normalizeDocNumber((suffix[1] ?? suffix[2])!);
    info.excluded.push({ start: c.span.start + suffix.index, end: c.span.start + line.length });
    line = line.slice(0, suffix.index).replace(/\s+$/, '');
  }
  const numbered = suffix ? null : (NUMBER_PREFIX.exec(line) ?? PAREN_NUMBER_PREFIX.exec(line));
  const order = suffix || numbered ? null : ORDER_PREFIX.exec(line);
  const prefix =
    numbered && TITLE_AFTER_PREFIX.test(line.slice(numbered[0].length))
      ? numbered
      : order && TITLE_KIND_BEFORE.test(line.slice(order[0].length))
        ? order
        : null;
  if (prefix) {
    // `晋政办发〔2017〕55号 山西省人民政府办公厅关于印发…`: a portal's heading prints the number before the title; an
    // order's number opens the line of the rule it promulgates.
    info.numberLine ??= normalizeDocNumber(prefix[1]!.replace(/\s+/g, ''));
    info.excluded.push({ start: c.span.start, end: c.span.start + prefix[0].length });
    c.span = { start: c.span.start + prefix[0].length, end: c.span.start + line.length };
    c.compact = line.slice(prefix[0].length).replace(/\s+/g, '');
    return;
  }
  if (!suffix) {
    // `关于…建议的回复神林函〔2022〕31号`: the own number run onto the title line without a separator.
    const cut = runOnNumberAt(line);
    if (cut > 0) {
      info.numberLine ??= normalizeDocNumber(line.slice(cut).replace(/\s+/g, ''));
      info.excluded.push({ start: c.span.start + cut, end: c.span.start + line.length });
      line = line.slice(0, cut).replace(/\s+$/, '');
    }
  }
  if (line.length === c.span.end - c.span.start) return;
  c.span = { start: c.span.start, end: c.span.start + line.length };
  c.compact = line.replace(/\s+/g, '');
}

/** `沈阳市人民代表大会常务委员会办公室公告(第7号)`, `国家税务总局公告2023年第1号`, `…常务委员会公告(第三十一号)`,
 *  `…常务委员会公告〔六届〕第74号`: an announcement's title carries its number (the issuing organ + 公告 + serial), which
 *  is then its own number; after a bracketed term the 第 goes, as after a bracketed year. */
const ANNOUNCEMENT_NUMBER =
  /^([\u3400-\u9fff]{2,40}公告)(?:(\()?((?:(?:19|20)\d\d年)?第(?:\d{1,4}|[一二三四五六七八九十百零〇]{1,6})号)(\))?|(〔[一二三四五六七八九十]{1,3}届〕)第(\d{1,4}号))$/;

export function numberOfTitle(title: string): string | null {
  const m = ANNOUNCEMENT_NUMBER.exec(title);
  // The serial's parentheses come in pairs: `公告(第7号)` or `公告第7号`.
  if (!m || (m[2] === undefined) !== (m[4] === undefined)) return null;
  return m[5] ? `${m[1]}${m[5]}${m[6]}` : `${m[1]}${m[3]}`;
}
