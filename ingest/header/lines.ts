// ingest/header/lines.ts — what kind of line a preamble line is: a salutation, body text, an organ name; and the organ
// names a title or signature line holds.

import layout from '../data/page-layout.json' with { type: 'json' };
import proposers from '../data/proposers.json' with { type: 'json' };
import type { Line } from '../clean.ts';
import type { Mention } from '../model.ts';
import { ORGAN_ENDING } from '../regexes.ts';
import { evidence } from '../spans.ts';
import { opensWithChrome } from './chrome.ts';

/** Addressee lines without a colon: `侯东德代表`, several names joined by `、` (`贺文国、佟金菊委员`). The separators
 *  are outside the name class, so the repetition cannot backtrack. */
/** The titles people are addressed by (`代表`, `委员`, …), as a regex alternation. */
export const PERSON_TITLES = (proposers as { personTitles: string[] }).personTitles.join('|');
export const PERSON_NAMES = `[\\u3400-\\u9fff]{1,12}(?:[、,][\\u3400-\\u9fff]{1,12}){0,9}(?:${PERSON_TITLES})`;
const PERSON_SALUTATION = new RegExp(`^${PERSON_NAMES}$`);
/** `致公党广州市委员会`: a democratic party or people's organization addressed by its committee, no colon. */
const ORGANIZATION_SALUTATION = new RegExp(
  `^(?:${(proposers as { organizations: string[] }).organizations.join('|')})[\\u3400-\\u9fff]{0,16}(?:${(proposers as { organizationBodies: string[] }).organizationBodies.join('|')})$`,
);
/** A form's labels (`主题:`, `时限:`): a consultation page's fields, not an addressee. */
const FORM_LABELS = new Set((layout as { formLabels: string[] }).formLabels);
/** Words and forms of a page's widgets and fields, never of an addressee (a clock: `今天是:00:00:00 农历:`, a welcome
 *  banner: `欢迎访问…门户网站! 今日是:`, a search box's prompt: `请输入法规标题中或罪名中连续关键字:`; a search box,
 *  `全文检索:`, is a chrome opener in ingest/data/page-layout.json). */
const SALUTATION_NOISE =
  /浏览|点击|来源|时间|日期|附件|电话|地址|邮箱|联系人|字体|字号|今天是|今日是|欢迎访问|欢迎光临|请输入|关键字|关键词|农历|\d{1,2}:\d{2}|^\d|^【/;
/** A sentence that ends in a colon is no salutation: a reply's receipt (`你们提出的《…》收悉,经研究,现答复如下:`), a
 *  notice's hand-over (`现将有关事项通知如下:`). Addressees never quote a title. */
const SENTENCE_BEFORE_COLON = /收悉|如下|经研究|提出的|《/;

export function isSalutation(s: string, compact: string): boolean {
  if (opensWithChrome(compact) || FORM_LABELS.has(compact.replace(/[:]$/, ''))) return false;
  if (/[:]$/.test(compact)) {
    return (
      compact.length >= 3 &&
      compact.length <= 200 &&
      !/[。;]/.test(compact) &&
      !SALUTATION_NOISE.test(compact) &&
      !SENTENCE_BEFORE_COLON.test(compact) &&
      /[\u3400-\u9fff]/.test(compact)
    );
  }
  return (PERSON_SALUTATION.test(compact) || ORGANIZATION_SALUTATION.test(compact)) && !/\s{2,}/.test(s);
}

/** What an addressee's name ends with besides an organ: a group of bodies or a person's title (`各部门`, `温政敏代表`). */
const ADDRESSEE_END = /(?:单位|部门|代表|代表团|委员|同志|先生|女士)$/;

/** Whether a line that ends in a colon names someone (`温政敏代表:`), unlike a portal's navigation label (`国务院信息:`). */
export function namesAddressee(compact: string): boolean {
  const name = compact.replace(/[:]$/, '');
  return (
    PERSON_SALUTATION.test(name) ||
    ORGANIZATION_SALUTATION.test(name) ||
    ORGAN_ENDING.test(name) ||
    ADDRESSEE_END.test(name)
  );
}

export function isBodyLine(s: string): boolean {
  // A row of a flattened table (`通知;规范性文件 | |`) is metadata, whatever its punctuation.
  if (s.length <= 120 && TABLE_ROW_END.test(s)) return false;
  return (
    /[。;!?]/.test(s) ||
    s.length > 120 ||
    (s.length > 60 && /[,]/.test(s)) ||
    (/[:]\s*$/.test(s) && SENTENCE_BEFORE_COLON.test(s))
  );
}

/** A section heading (`1 总则`, `1.1 编制目的`, `第一章 总则`, `一、总体要求`) starts the text, never continues a title.
 *  A number with a thousands separator (`1,755`, a forum's post count) or a count word (`1万`, a forum's coin count) is
 *  no section number. */
export const SECTION_HEADING =
  /^(?:\d{1,2}(?:\.\d{1,2})*[^\d.,年月日号%万千亿]|第[一二三四五六七八九十]{1,3}[章节条]|[一二三四五六七八九十]{1,3}、)/;

/** The empty cells a flattened table leaves at the end of a row. */
const TABLE_ROW_END = /\|\s*\|?\s*$/;

export function isOrganLine(compact: string): boolean {
  return (
    compact.length >= 2 &&
    compact.length <= 40 &&
    /^[\u3400-\u9fff()]+$/.test(compact) &&
    ORGAN_ENDING.test(compact) &&
    !/文件$/.test(compact) &&
    // An enterprise (`…煤业有限公司`, `…集团`) is no organ: a site's owner printed above a document it reposts.
    !/(?:公司|集团|企业|厂)$/.test(compact) &&
    // A reply's title line broken after its object (`对政协魏县第十届委员会` / `第一次会议第25号提案的答复`).
    !/^(?:对|关于)/.test(compact)
  );
}

/** Organ names on one line; `科 技 部` (letter-spaced) is one name, `丰都县科学技术局 丰都县财政局` two. */
export function pushOrganMentions(out: Mention[], text: string, folded: string, span: Line): void {
  const line = folded.slice(span.start, span.end);
  const tokens = [...line.matchAll(/\S+/g)];
  if (tokens.length > 1 && tokens.every((t) => t[0].length === 1)) {
    out.push(evidence(text, span.start, span.end));
    return;
  }
  for (const t of tokens) {
    // The issuers' verb ending a title's first line (`…中级人民法院印发` / `关于…的通知`) is no part of the name.
    const word = t[0].replace(VERB_AFTER_ISSUERS, '');
    if (!ORGAN_ENDING.test(word) || word.length < 2) continue;
    // `北京市政府批准市市政管委` (a rule the government approved and the body issued): the body is the issuer.
    const approved = APPROVED_BY.exec(word);
    const from = approved ? approved.index + approved[0].length : 0;
    out.push(evidence(text, span.start + t.index! + from, span.start + t.index! + word.length));
  }
}

/** An issuing verb closing a line of issuers. */
export const VERB_AFTER_ISSUERS = /(?:印发|转发)$/;
/** The approving government before the issuing body on a law database's issuer line. */
const APPROVED_BY = /^[\u3400-\u9fff]{2,20}?(?:政府|国务院)批准/;
