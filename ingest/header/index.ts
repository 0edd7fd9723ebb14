// ingest/header/index.ts — the parts of a government document around its body (GB/T 9704 版头 and 版记 plus page
// metadata). The preamble is scanned once; a layout detector (detect.ts) says which metadata layouts the page carries,
// each layout has its reader, then the title block, the signature and the attachments are read.

import { BAR_OR_BLANK, trimEndOf } from '../trim.ts';
import { type Line, splitLines, trimSpan } from '../clean.ts';
import { normalizeTitle, parseDate } from '../normalize.ts';
import { DOC_KIND_ENDING, HEADER_LABELS, valueMayFollow } from '../regexes.ts';
import { findAttachments } from './attachments.ts';
import { readBullets, TOPICS } from './bullets.ts';
import { detectLayouts } from './detect.ts';
import { readActingSubject } from './acting-subject.ts';
import { readCompiledBy } from './compiled-by.ts';
import { readDatedOrgans } from './dated-organs.ts';
import { closesWithMoreLink, isChromeLine, isPlaceMenu, isSiteNotice, opensWithChrome } from './chrome.ts';
import { type Candidate, emptyHeader, type Field, type HeaderInfo } from './model.ts';
import { readNewsWrapper } from './news.ts';
import { readPromulgation } from './promulgation.ts';
import { readPublicationNote } from './publication-note.ts';
import { readRunIn } from './runin.ts';
import { readSelfNamed } from './self-named.ts';
import { findSignature } from './signature.ts';
import { readFileNameNumber } from './file-name-number.ts';
import { gluedLabel, labelRunIn, opensWithRunInLabel, type ValueForms } from './glued-label.ts';
import { INDEX_NUMBER } from './index-number.ts';
import { numberBeforeAddressee, numberOfLine } from './number-line.ts';
import { assign, labelFields, settleIssuedDate, trailingTable } from './table.ts';
import { pageDateOf } from './page-date.ts';
import { isBodyLine, isOrganLine, isSalutation, namesAddressee, SECTION_HEADING } from './lines.ts';
import { evidence } from '../spans.ts';
import { findTitle, settleTitle } from './title.ts';
import { LAW_DATABASE_LABELS } from './detect.ts';
import { splitRunInSalutation } from './run-in-salutation.ts';
import { headerLines } from './virtual-lines.ts';

export type { HeaderInfo } from './model.ts';

/** How far into the text the header, title and salutation may be looked for. */
/** The longest numbered section heading that ends the header (`1.2编制依据`, `第一章 总则`). */
const MAX_SECTION_HEADING = 16;
const PREAMBLE_LINES = 150;
/** Metadata table rows are short; a longer line is body text. */
const MAX_HEADER_LINE = 1000;

/** A source named by a web address that is no government's (`来源:m.055110.com`): a reposting site. */
const REPOSTING_SOURCE = /来源\s*:\s*(?![^\s]*gov)[a-z0-9-]+(?:\.[a-z0-9-]+)+\b/i;

/** A line that is only a label and its colon (`信息类别:`), or that opens with a bracketed label (`• 【法规来源】http://…`). */
const EMPTY_LABEL_LINE = /^\s*(?:[\u4e00-\u9fa5][\u4e00-\u9fa5 ]{1,10}[:]\s*$|[•·]?\s*【[\u4e00-\u9fa5]{2,8}】)/;

/** A page's own stamp: its posting time and a view counter (`发布日期:2006-08-26 10:56:04 阅读次数:711`). Over a law
 *  database's record it dates the site's copy; the record's own fields date the document. */
const PAGE_STAMP = /\d{1,2}:\d{2}(?::\d{2})?\s*(?:阅读|浏览|点击)(?:次数|量)?\s*:/;

/** The word a law database prints between a record's fields and the document's text. */
const RECORD_TEXT_MARK = '正文';
/** How much of a long line's head a law database's record may take. */
const RECORD_HEAD = 600;

function readLabelledHead(info: HeaderInfo, text: string, folded: string, t: Line): string | null {
  const fields = labelFields(folded, { start: t.start, end: Math.min(t.end, t.start + RECORD_HEAD) });
  if (!fields) return null;
  endAtRecordText(fields);
  for (const f of fields)
    if (f.value !== '' && assign(info, text, f)) info.excluded.push({ start: f.start, end: f.end });
  return recordTitleOf(info, text, folded, t);
}

/** `…【主题分类】军官转业安置正文重庆市…`: a record's last field ends where the database's 正文 (the text) begins. */
/** Cut the record's last field where the document's text begins; returns whether the text runs on after a blank (and
 *  is then no part of the header; after 正文 the record's own heading block still is). */
function endAtRecordText(fields: Field[]): boolean {
  const last = fields[fields.length - 1]!;
  const body = last.value.indexOf(RECORD_TEXT_MARK);
  // `【文件来源】国家文物局 古人类化石…管理办法 (文化部令第38号) 《…》已经…通过`: a record whose text runs on after its
  // last field on the same line; a field's value holds no blank, so the text starts after the first one.
  const blank = body > 0 || last.value.length <= MAX_RECORD_VALUE ? -1 : last.value.search(/\s/);
  const cut = body > 0 ? body : blank;
  if (cut > 0) {
    last.value = last.value.slice(0, cut);
    last.end = last.start + cut;
  }
  return blank > 0;
}

/** The longest value of a record's last field read whole; a longer one is that field's word and the record's text. */
const MAX_RECORD_VALUE = 40;

/** A law database record's heading before its fields (`重庆市商务委员会关于…的答复函文章属性•【制定机关】…`): the title
 *  when no title line stands above it. */
function recordTitleOf(info: HeaderInfo, text: string, folded: string, t: Line): string | null {
  const head = RECORD_TITLE.exec(folded.slice(t.start, Math.min(t.end, t.start + RECORD_HEAD)));
  if (!head || !DOC_KIND_ENDING.test(head[1]!)) return null;
  info.excluded.push({ start: t.start, end: t.start + head[1]!.length });
  return normalizeTitle(text.slice(t.start, t.start + head[1]!.length));
}

/** A law database record's heading: the words before its first field (`文章属性`, `【`, or a database label and its
 *  colon run into it: `…管理办法制定机关: 惠州市人民政府 效力级别: …`), no sentence in them. */
const RECORD_TITLE = new RegExp(
  `^([^。;【\\n]{6,150}?)\\s*(?:文章属性|•?\\s*【|(?=(?:${LAW_DATABASE_LABELS.join('|')})\\s*:))`,
);

/** How long a label that ends in a colon and waits for nothing may be (`省政府信息:`). */
const MAX_EMPTY_LABEL = 20;

/** Whether the next or the previous non-blank line around line i is a short line ending in a colon: line i is then
 *  one label of a run. */
function labelFollows(folded: string, lines: Line[], i: number): boolean {
  return emptyLabelAt(folded, lines, i, 1) || emptyLabelAt(folded, lines, i, -1);
}

function emptyLabelAt(folded: string, lines: Line[], i: number, step: 1 | -1): boolean {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) {
    const t = trimSpan(folded, lines[j]!);
    if (t.start === t.end) continue;
    return t.end - t.start <= MAX_EMPTY_LABEL && /[:]\s*$/.test(folded.slice(t.start, t.end));
  }
  return false;
}

/** A candidate line that may be (part of) the title: a subject's 关于 or a kind of document at its end. */
function titleLike(c: Candidate): boolean {
  return c.compact.includes('关于') || DOC_KIND_ENDING.test(c.compact);
}

/** A label's colon at the end of a line. */
const LABEL_COLON_END = /\s*[:：]\s*$/;

/** A site's banner line is short (`欢迎访问广西柳州融安县人民政府门户网站! 今日是:`). */
const MAX_BANNER = 32;
/** A list's dash or bullet before a field (`- 索引号…`). */
const LIST_MARK = /^\s*[-•·]\s*/;
/** The forms a field's value must take when its label runs into it. */
const RUN_IN_FORMS: ValueForms = {
  date: (v) => parseDate(v) !== null,
  organ: isOrganLine,
  index: (v) => INDEX_NUMBER.test(v),
  number: (v) => numberOfLine(v) !== null,
  topics: (v) => TOPICS.test(v),
};
/** A repost's headline is short and ends exclaiming. */
const MAX_HEADLINE = 40;
const EXCLAIMED = /[!！]$/;
/** Slogans set side by side on a banner line, set apart by blanks: every one short and without a sentence's stop, at least one
 *  exclaimed. A body line ends its sentences with 。 and holds no run of exclaimed phrases. */
const MAX_SLOGAN = 60;
function isSloganBanner(s: string): boolean {
  const parts = s.trim().split(/\s+/);
  if (parts.length < 2 || /[。;?]/.test(s)) return false;
  return parts.every((p) => p.length <= MAX_SLOGAN) && parts.some((p) => EXCLAIMED.test(p));
}

/** The arrow a reposting page sets before its related links. */
const RELATED_LINK_ARROW = /→/;

/** A letterhead: an organ's name and 文件 alone on the line, letter-spaced or not (`贵 州 省 国 土 资 源 厅 文 件`). */
const LETTERHEAD = /^(\s*)([\u3400-\u9fff][\u3400-\u9fff ]{3,40}?) *文 *件\s*$/;

/** A bullet before a label (`• 索引号`). */
const BULLET_LABEL = /^[•·●▪◦]\s*/;

export function parseHeader(text: string, folded: string, realLines: Line[] = splitLines(folded)): HeaderInfo {
  const info: HeaderInfo = emptyHeader();
  // A page saved on one line is read as the virtual lines its layout shows (virtual-lines.ts).
  const pageLines = headerLines(folded, realLines);
  // An addressee on the line of the text it opens is cut onto a line of its own (run-in-salutation.ts).
  const lines = splitRunInSalutation(folded, pageLines, PREAMBLE_LINES);
  const candidates: Candidate[] = [];
  let pending: string | null = null;
  let bodyLine = Math.min(lines.length, PREAMBLE_LINES);
  // End of the last metadata-table line read so far: lines above it are page chrome or the table, never the title.
  let tableEnd = -1;
  // The title a law database's one-line record opens with, when no title line stands above it.
  let recordTitle: string | null = null;

  const layouts = detectLayouts(folded, lines, PREAMBLE_LINES);
  // Its body may open with the title run into the number (`…的通知粤府办〔2024〕9号各地级以上市…`): the run-in reader reads it.
  if (pageLines !== realLines) layouts.runIn = true;
  info.layouts = layouts;
  const bulletLines = layouts.bullets ? readBullets(info, text, folded, lines, PREAMBLE_LINES) : new Set<number>();
  readNewsWrapper(info, text, folded, lines, layouts.quotedFrom);
  for (let i = layouts.quotedFrom + 1; i < Math.min(lines.length, PREAMBLE_LINES); i++) {
    const t = trimSpan(folded, lines[i]!);
    if (t.start === t.end) continue;
    if (bulletLines.has(i)) {
      info.excluded.push(t);
      tableEnd = t.end;
      continue;
    }
    if (t.end - t.start > MAX_HEADER_LINE) {
      // A very long line is text (a whole document may be one line): never scan it for titles; only a law database's
      // record at its head (`文章属性【制定机关】…【字号】…【时效性】现行有效【主题分类】…正文…`) is read.
      if (layouts.lawDatabase) recordTitle = readLabelledHead(info, text, folded, t);
      bodyLine = i;
      break;
    }
    const s = folded.slice(t.start, t.end);
    info.pageDate ??= pageDateOf(s);
    // `  • 发布日期` / `2025-10-21`: a bulleted label whose value stands on the line below is read like a table's.
    const bullet = BULLET_LABEL.exec(s);
    const fields = labelFields(folded, bullet ? { start: t.start + bullet[0].length, end: t.end } : t);
    if (fields) {
      const textRunsOn = layouts.lawDatabase && endAtRecordText(fields);
      if (layouts.lawDatabase && candidates.length === 0) recordTitle ??= recordTitleOf(info, text, folded, t);
      // The record's text after its last field and a blank (endAtRecordText) is the document's, not the header's.
      info.excluded.push(textRunsOn ? { start: t.start, end: fields[fields.length - 1]!.end } : t);
      tableEnd = t.end;
      // The next cell's label glued to the last value (`标题 X的通知发文机关` / `Y`) waits for its value below.
      const last = fields[fields.length - 1]!;
      const glued = last.value !== '' ? gluedLabel(last.value) : null;
      if (glued) {
        last.value = glued.value;
        last.end = last.start + glued.value.length;
      }
      // `来源:m.055110.com 日期:2025-01-08`: a reposting site's line dates its copy, not the document.
      const copied = REPOSTING_SOURCE.test(s) || (layouts.lawDatabase && PAGE_STAMP.test(s));
      for (const f of fields) {
        if (/^(?:建议|提案)/.test(f.name)) info.proposalKind ??= f.name.startsWith('提案') ? '提案' : '建议';
        if (copied && HEADER_LABELS[f.name] === 'publishedDate') continue;
        if (f.value !== '') assign(info, text, f);
      }
      // A label with its value on the next line (`[ 索引号 ]` / `11500000MB15895317/2023-00159`); only fields we
      // read wait for a value, so an empty `字体:` or `废止日期:` never swallows the title or the salutation.
      const waiting = glued ? glued.label : last.value === '' ? last.name : null;
      const field = waiting === null || !valueMayFollow(waiting) ? 'ignore' : HEADER_LABELS[waiting]!;
      // The proposal's text waits below its label only after a colon (`内 容:`); a tab of the page (`• 建议内容`) does not.
      pending = field !== 'ignore' && (field !== 'proposal' || /:\s*$/.test(s)) ? waiting : null;
      continue;
    }
    // A search form's empty labels one under another (`信息名称:` / `信息类别:`), a database's empty field over the next
    // one (`【失效时间】` / `【法规来源】http://…/2019/1/24/…`): a label is no value of the one above.
    if (pending && EMPTY_LABEL_LINE.test(s)) pending = null;
    if (pending) {
      let value = trimEndOf(s.replace(/^[-•·|\s]+/, ''), BAR_OR_BLANK);
      const at = t.start + s.indexOf(value);
      // `X的通知发文机关`: the next cell's label glued to this value; it waits for its own value on the next line.
      const glued = gluedLabel(value);
      if (glued) value = glued.value;
      const f: Field = { name: pending, value, start: at, end: at + value.length };
      pending = null;
      if (assign(info, text, f)) {
        info.excluded.push(t);
        tableEnd = t.end;
        if (glued && valueMayFollow(glued.label)) pending = glued.label;
        continue;
      }
    }
    const compact = s.replace(/\s+/g, '');
    // `贵州省国土资源厅文件`: the letterhead names the issuer (and is no title).
    const letterhead = info.letterhead ? null : LETTERHEAD.exec(s);
    if (letterhead && isOrganLine(letterhead[2]!.replace(/\s+/g, ''))) {
      const at = t.start + letterhead[1]!.length;
      info.letterhead = evidence(text, at, at + letterhead[2]!.length);
    }
    // `发文日期2024年07月18日`: a database field whose label runs into its value.
    // A list of such fields may mark each with a dash or a bullet (`- 文号弥民函〔2017〕14号`).
    const item = s.replace(LIST_MARK, '').trim();
    const runIn = /\s/.test(item) ? null : labelRunIn(item, RUN_IN_FORMS);
    if (runIn) {
      const at = t.start + s.indexOf(runIn.label) + runIn.label.length;
      if (assign(info, text, { name: runIn.label, value: runIn.value, start: at, end: at + runIn.value.length })) {
        info.excluded.push(t);
        tableEnd = t.end;
        continue;
      }
    }
    // A row of such cells set apart by blanks (`索引号142322llws-003-2018-0019 发文字号文政办发〔2018〕26号`): each cell
    // whose value has its field's form is read; the row is the header's.
    const cells = /\s/.test(item) ? item.split(/\s+/) : [];
    if (cells.length > 1 && cells.every(opensWithRunInLabel)) {
      let taken = false;
      for (const cell of cells) {
        const r = labelRunIn(cell, RUN_IN_FORMS);
        if (!r) continue;
        const at = t.start + s.indexOf(cell) + r.label.length;
        taken = assign(info, text, { name: r.label, value: r.value, start: at, end: at + r.value.length }) || taken;
      }
      if (taken) {
        info.excluded.push(t);
        tableEnd = t.end;
        continue;
      }
    }
    // A blurb or breadcrumb line (`简介:…《…》…`, `您当前所在位置:`) or a menu of towns neither ends the preamble nor
    // addresses anyone.
    if (opensWithChrome(compact) || isSiteNotice(compact) || isPlaceMenu(s)) {
      info.excluded.push(t);
      continue;
    }
    // A flattened table's next label glued to the title cell (`…的通知发文机关` / `Y`) when the cell of the `标题` label
    // was lost: the title is what stands before the label, and the label waits for its value on the next line.
    // The label may keep its colon (`…管理办法制定机关:` / `惠州市人民政府`, a law database's record cut at its blanks).
    const unlabelled = s.replace(LABEL_COLON_END, '');
    const glued = gluedLabel(unlabelled);
    if (
      glued &&
      glued.value.length + glued.label.length === unlabelled.length &&
      DOC_KIND_ENDING.test(glued.value.replace(/\s+/g, '')) &&
      valueMayFollow(glued.label)
    ) {
      const span = { start: t.start, end: t.start + glued.value.length };
      candidates.push({ span, compact: glued.value.replace(/\s+/g, '') });
      info.excluded.push({ start: span.end, end: t.end });
      pending = glued.label;
      continue;
    }
    // `国务院信息:` / `省政府信息:`: a label among empty labels that names no one is a portal's navigation.
    // A portal's search or tool label with its colon (`信息检索:`, `站内搜索:`) addresses no one.
    if (
      isSalutation(s, compact) &&
      !isChromeLine(compact) &&
      (namesAddressee(compact) || !labelFollows(folded, lines, i))
    ) {
      const colon = /[:]\s*$/.exec(s);
      const end = colon ? t.start + colon.index : t.end;
      info.salutation = { start: t.start, end };
      info.salutationText = text.slice(t.start, end).trim();
      bodyLine = i + 1;
      break;
    }
    // Under a title, the text's first numbered section heading (`1.总则`, `第一章 总则`) begins the body: the titles and
    // numbers listed under its sections (`1.2编制依据` / `《X》(国发〔2015〕11号)`) are citations, not the header.
    // A table of contents lists titles after its numerals (`一、国家税务总局关于…的公告`): a heading is short and names
    // no document.
    // Only a line of its own: a page that lost its line breaks is cut at guessed boundaries.
    if (
      candidates.length > 0 &&
      wholeLine(folded, t) &&
      compact.length <= MAX_SECTION_HEADING &&
      SECTION_HEADING.test(compact) &&
      // A newspaper page's toolbar numbered by its page (`3 上一篇 放大 缩小 默认`) is chrome, not a heading.
      !isChromeLine(compact) &&
      !/关于|《/.test(compact)
    ) {
      bodyLine = i;
      break;
    }
    if (isBodyLine(s)) {
      // A short banner (`姚安县人民政府欢迎您!`) is chrome, not the first line of the body (an agency it names is
      // still a mention: ANNOTATION.md, page chrome).
      if (compact.length <= MAX_BANNER && /[\u3400-\u9fff]/.test(compact) && isChromeLine(compact)) continue;
      // A repost's exclaiming headline above the document (`名单公布!23个县(市、区)、132个乡镇(街道)入选!`).
      // Only the site's name or widgets may stand above it (`前郭尔罗斯蒙古族自治县广播电视台` / `• 客户端下载`), no title.
      const noTitleYet = !candidates.some(titleLike);
      if (compact.length <= MAX_HEADLINE && EXCLAIMED.test(compact) && noTitleYet) continue;
      // A site's blurb closed by its link to the rest (`…数十…[详细介绍]`).
      if (noTitleYet && closesWithMoreLink(compact)) continue;
      // A site's slogan banner: exclaimed slogans side by side (`踔厉奋发、勇毅前行,…! 高举…旗帜,…新征程!`).
      if (noTitleYet && isSloganBanner(s)) continue;
      // A reposting page's headline with its related links (`巫山发布森林防火封山令!涉及这些区域→ …`) above the document.
      if (noTitleYet && RELATED_LINK_ARROW.test(compact)) continue;
      const own = numberBeforeAddressee(s);
      if (own) {
        info.numberLine ??= own.number;
        info.excluded.push({ start: t.start, end: t.start + own.length });
      }
      bodyLine = i;
      break;
    }
    candidates.push({ span: t, compact });
  }
  info.bodyStart = bodyLine < lines.length ? lines[bodyLine]!.start : folded.length;
  // Some pages print the metadata table under the text: its bracketed labels are distinctive enough to read anywhere.
  if (!info.indexNumber && !info.docNumber && !info.writtenDate && !info.publishedDate)
    trailingTable(info, text, folded, lines, bodyLine);

  findTitle(info, text, folded, candidates, tableEnd);
  info.title ??= recordTitle;
  if (info.titleIssuers.length === 0 && info.letterhead) info.titleIssuers.push(info.letterhead);
  // The run-in layout: the title block on one line, or title, number and date at the head of the text's first line.
  for (const c of candidates) {
    if (info.title) break;
    readRunIn(info, text, folded, c.span);
  }
  readPromulgation(info, text, folded, lines, bodyLine);
  readPublicationNote(info, folded, candidates);
  if (layouts.runIn && bodyLine < lines.length) readRunIn(info, text, folded, trimSpan(folded, lines[bodyLine]!));
  readSelfNamed(info, text, folded, lines, bodyLine);
  // On a law database's page the document's own number line wins over the database's field (which may add a year
  // the document does not write: 【发布文号】…令2016年第116号 over the body's …令 第116号).
  // A number line of another document (a sharing site's collection heading `渝人社发[2010]284号` / `合集下载`) has
  // another serial: the database's field then stands.
  if (layouts.lawDatabase && info.numberLine && sameSerial(info.numberLine, info.docNumber))
    info.docNumber = info.numberLine;
  if (info.title) info.title = settleTitle(info.title);
  settleIssuedDate(info);
  info.publishedDate ??= info.pageDate;
  findSignature(info, text, folded, lines);
  readDatedOrgans(info, folded, lines);
  // An old record without a signature block dates itself only after its title: the day it was signed.
  if (!info.writtenDate) info.signedDate ??= info.headingDate;
  readActingSubject(info, text, folded);
  readCompiledBy(info, text, folded);
  findAttachments(info, folded, lines);
  readFileNameNumber(info, folded, lines);
  return info;
}

/** The serial (the digits before 号) of a document number. */
const SERIAL = /(\d+)\s*号$/;

/** Whether two printings of a number carry the same serial (or either has none to compare). */
function sameSerial(a: string, b: string | null): boolean {
  const sa = SERIAL.exec(a)?.[1];
  const sb = b ? SERIAL.exec(b)?.[1] : undefined;
  return !sa || !sb || Number(sa) === Number(sb);
}

/** Whether a (possibly virtual) line is a whole line of the text. */
function wholeLine(folded: string, t: { start: number; end: number }): boolean {
  let a = t.start;
  while (a > 0 && (folded[a - 1] === ' ' || folded[a - 1] === '\t')) a--;
  let b = t.end;
  while (b < folded.length && (folded[b] === ' ' || folded[b] === '\t' || folded[b] === '\r')) b++;
  return (a === 0 || folded[a - 1] === '\n') && (b === folded.length || folded[b] === '\n');
}
