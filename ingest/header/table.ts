// ingest/header/table.ts — the labelled metadata table of a government page, in all its printings:
// `[ 索引号 ] | … |` rows, one label per line with the value below, `索 引 号: …` colon labels, `• 文 号:` bullets,
// and the same table printed under the text. Labels and the field each fills are data (HEADER_LABELS).

import type { Line } from '../clean.ts';
import { BAR_OR_BLANK, trimEndOf } from '../trim.ts';
import { trimSpan } from '../clean.ts';
import { normalizeDocNumber, normalizeTitle, parseDate } from '../normalize.ts';
import {
  BRACKET_LABEL,
  COLON_LABEL,
  DOC_KIND_ENDING,
  GLUED_COLON_LABEL,
  HEADER_LABELS,
  valueMayFollow,
  LENTICULAR_LABEL,
  ORGAN_ENDING,
  SPACED_LABEL,
} from '../regexes.ts';
import { evidence } from '../spans.ts';
import layout from '../data/page-layout.json' with { type: 'json' };
import type { Field, HeaderInfo } from './model.ts';
import { indexNumberOf } from './index-number.ts';
import { numberOfLine, numberPrefixLength } from './number-line.ts';

/** Bars, blanks and list punctuation that trail a cell's value. */
const TABLE_TAIL = /[|,;•·\s]/;

// ---------------------------------------------------------------------------------------------------------------
// Metadata table

/** The labelled fields of a line, or null when the line has no label. Values run to the next label or line end. */
export function labelFields(folded: string, t: Line): Field[] | null {
  const s = folded.slice(t.start, t.end);
  const marks = labelMarks(s);
  if (marks.length === 0) return null;
  // A colon label must open the line or follow a separator; a line like `2022-12-14浏览次数:` is chrome, not a table.
  const lead = s.slice(0, marks[0]!.start).replace(/[-•·|\s]/g, '');
  // A lenticular label (`文章属性【制定机关】…`) is distinctive enough to follow any words.
  if (lead !== '' && marks[0]!.start > 0 && !/[|]/.test(s) && s[marks[0]!.start] !== '【') {
    if (!/[\s•·]$/.test(s.slice(0, marks[0]!.start))) return null;
  }
  const fields: Field[] = [];
  // The own number before a label on its line (`川府〔2023〕5号  签发人:黄强`): the number line of a report.
  const leadText = s.slice(0, marks[0]!.start).trim();
  if (leadText !== '' && numberOfLine(leadText.replace(/\s+/g, ''))) {
    const at = t.start + s.indexOf(leadText);
    fields.push({ name: '发文字号', value: leadText, start: at, end: at + leadText.length });
  }
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k]!;
    const stop = k + 1 < marks.length ? marks[k + 1]!.start : s.length;
    let raw = s.slice(m.end, stop);
    // A label the table does not know (`文号:鄂政发〔2018〕21号 效力状态:有效`) ends the value before it; a title may
    // hold a colon of its own and runs on.
    const unknown = (HEADER_LABELS[m.name] ?? 'ignore') === 'title' ? null : UNKNOWN_LABEL.exec(raw);
    if (unknown && unknown.index > 0) raw = raw.slice(0, unknown.index);
    const lead2 = raw.length - raw.replace(/^[-•·|:\s]+/, '').length;
    const value = trimEndOf(raw.replace(/^[-•·|:\s]+/, ''), TABLE_TAIL);
    fields.push({ name: m.name, value, start: t.start + m.end + lead2, end: t.start + m.end + lead2 + value.length });
  }
  return fields;
}

/** A colon label of any words after a blank (`  效力状态:`, `\t信息类别:`): the next cell of the row. */
const UNKNOWN_LABEL = /\s[\u3400-\u9fff][\u3400-\u9fff ]{1,7}:/;

interface Mark {
  name: string;
  start: number;
  end: number;
}

/** The labels on a line, in order. Bracketed (`[ 索引号 ]`, `【公布日期】`) and colon labels (`发布日期:`) are labels
 *  wherever they stand; a bare label (`发布文号 渝市监发…`, a table flattened to text) only when the line opens with one
 *  and every value it introduces has the form of its field — otherwise `标题 …` or `日期 …` in a sentence would count. */
function labelMarks(s: string): Mark[] {
  const marks: Mark[] = [];
  if (/[\]:】]/.test(s)) {
    for (const r of [BRACKET_LABEL, COLON_LABEL, LENTICULAR_LABEL]) {
      // Shared global regexes: reset, scan, and leave them reset (no RegExp built per line).
      r.lastIndex = 0;
      for (let m = r.exec(s); m; m = r.exec(s))
        marks.push({ name: m[1]!.replace(/\s+/g, ''), start: m.index, end: m.index + m[0].length });
      r.lastIndex = 0;
    }
  }
  // Sentence punctuation tells a sentence from a bare row, except in a row of cells (a value may list `A,B`). A
  // semicolon alone may join a field's values (`体裁分类 其他公文;预测预警`): the row's labels and their values' forms
  // still decide (bareMarks).
  if (marks.length === 0 && s.length <= MAX_SPACED_LINE && (!/[。,]/.test(s) || s.includes('|'))) return bareMarks(s);
  marks.sort((a, b) => a.start - b.start);
  // A row that a label opens may have lost the separators between its cells (`文号:X号成文日期:Y发布日期:Z`) — not a
  // repost's byline (`来源:法大大发布时间:…`), whose time is the reposting site's.
  if (marks.length > 0 && s.slice(0, marks[0]!.start).trim() === '' && HEADER_LABELS[marks[0]!.name] !== 'source') {
    GLUED_COLON_LABEL.lastIndex = 0;
    for (let m = GLUED_COLON_LABEL.exec(s); m; m = GLUED_COLON_LABEL.exec(s)) {
      const at = m.index;
      if (!marks.some((k) => at >= k.start && at < k.end))
        marks.push({ name: m[1]!.replace(/\s+/g, ''), start: at, end: at + m[0].length });
    }
    GLUED_COLON_LABEL.lastIndex = 0;
    marks.sort((a, b) => a.start - b.start);
  }
  // A flattened row may mix bare and colon labels (`文号 | 汉政办发〔2021〕88号 | 成文日期: | 2021年09月28日 |`,
  // `信息索引号 115003820093257252/2020-03008 主题分类: 农业`): the cells before the first colon label are read as a
  // bare row of their own (its values must have their fields' forms).
  const prefix = s.slice(0, marks[0]?.start ?? 0);
  if (prefix.trim() !== '' && s.length <= MAX_SPACED_LINE) {
    const bare = bareMarks(prefix);
    if (bare.length > 0) return [...bare, ...marks];
  }
  return marks;
}

function bareMarks(s: string): Mark[] {
  const marks: Mark[] = [];
  SPACED_LABEL.lastIndex = 0;
  for (let m = SPACED_LABEL.exec(s); m; m = SPACED_LABEL.exec(s))
    marks.push({ name: m[1]!.replace(/\s+/g, ''), start: m.index, end: m.index + m[0].length });
  SPACED_LABEL.lastIndex = 0;
  // Only blanks, a table's bar or a list bullet may open the row (`| 索 引 号 | 14258248/2025-00018 | 分 类 | … |`,
  // `• 标       题|`).
  if (marks.length > 0 && s.slice(0, marks[0]!.start).replace(/[|•·\s]/g, '') !== '') return [];
  // A bare label alone on its line, or closed by its cell's bar, waits for its value on the next line (`发布单位` /
  // `重庆市市场监督管理局`).
  if (marks.length === 1 && /^[|\s]*$/.test(s.slice(marks[0]!.end))) return marks;
  for (let k = 0; k < marks.length; k++) {
    // The value as labelFields will read it: without the cell separators of a flattened row (`索引号 | … |`).
    const value = trimEndOf(
      s.slice(marks[k]!.end, k + 1 < marks.length ? marks[k + 1]!.start : s.length).replace(/^[-•·|:\s]+/, ''),
      TABLE_TAIL,
    );
    if (valueFits(marks[k]!.name, value)) continue;
    // The row is a table when it opens with a label whose value fits; a later value that does not fit (a label the
    // table does not know ran into it) is read as nothing rather than losing the row.
    if (k === 0) return [];
    marks[k]!.name = '';
  }
  return marks;
}

/** A flattened table row is short. */
const MAX_SPACED_LINE = 200;

/** Whether a value has the form of the field its label names (used to accept bare labels). */
function valueFits(label: string, value: string): boolean {
  const field = HEADER_LABELS[label] ?? 'ignore';
  if (value === '') return field !== 'title';
  switch (field) {
    case 'indexNumber':
      return indexNumberOf(value) !== null;
    case 'docNumber':
      return /〔\d{4}〕\d+号$/.test(normalizeDocNumber(value));
    case 'writtenDate':
    case 'publishedDate':
    case 'issuedDate':
    case 'effectiveDate':
    case 'expiryDate':
      return fieldDate(value) !== null;
    case 'issuer':
    case 'genre':
    case 'topics':
      return /^[\u3400-\u9fff()、;\\\s]{2,60}$/.test(value);
    case 'title':
      return value.length >= 4;
    case 'proposal':
      return true;
    default:
      return value.length <= 40;
  }
}

/** A date field's value; a date that lost its 日 (`2018年03月27`) is still unambiguous. */
export function fieldDate(v: string): string | null {
  return parseDate(v) ?? (/^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*$/.test(v) ? parseDate(`${v.trim()}日`) : null);
}

/** A filing column of a portal's classification (ingest/data/page-layout.json, filingColumnEnds). */
const FILING_COLUMN = new RegExp(`(?:${layout.filingColumnEnds.join('|')})$`);

/** The fifteen kinds of official document (党政机关公文处理工作条例 art. 8); a plan (规划, 计划) is a subject as well. */
const OFFICIAL_KINDS = new Set([
  '决议',
  '决定',
  '命令',
  '令',
  '公报',
  '公告',
  '通告',
  '意见',
  '通知',
  '通报',
  '报告',
  '请示',
  '批复',
  '议案',
  '函',
  '纪要',
]);

/** Store a field value if it is valid for its field; returns whether it was taken. */
export function assign(info: HeaderInfo, text: string, f: Field): boolean {
  const field = HEADER_LABELS[f.name] ?? HEADER_LABELS[f.name.replace(/\(.*\)/, '')] ?? 'ignore';
  const v = f.value;
  if (v === '' || field === 'ignore') {
    // `类别:B 杨退军函〔2023〕6号`: a reply's handling class, then its own number on the same line.
    const own = field === 'ignore' && v !== '' ? numberOfLine(`${f.name}:${v}`.replace(/\s+/g, '')) : null;
    if (own) info.numberLine ??= own;
    return !!(field === 'ignore' && v !== '');
  }
  switch (field) {
    // The proposal's own text on a handling form: part of the header, no field of the reply.
    case 'proposal':
      return true;
    case 'indexNumber': {
      const n = indexNumberOf(v);
      if (!n) return false;
      info.indexNumber ??= n;
      return true;
    }
    case 'docNumber': {
      const n = normalizeDocNumber(v);
      if (!/〔\d{4}〕\d+号$|令(?:\d{4}年)?第\d+号$/.test(n)) return false;
      info.docNumber ??= n;
      return true;
    }
    case 'writtenDate':
    case 'publishedDate':
    case 'issuedDate':
    case 'effectiveDate':
    case 'expiryDate': {
      const d = fieldDate(v);
      if (!d) return false;
      if (field === 'writtenDate') info.writtenDate ??= d;
      else if (field === 'issuedDate') info.issuedDate ??= d;
      else if (field === 'publishedDate') info.publishedDate ??= d;
      else if (field === 'effectiveDate') {
        if (info.effectiveDate === null)
          [info.effectiveDate, info.effectiveField] = [d, evidence(text, f.start, f.end)];
      } else if (info.expiryDate === null) [info.expiryDate, info.expiryField] = [d, evidence(text, f.start, f.end)];
      return true;
    }
    case 'issuer': {
      const name = v.split(/[|]/)[0]!.trim();
      if (!/^[\u3400-\u9fff()\s]{2,40}$/.test(name)) return false;
      info.issuerField ??= evidence(text, f.start, f.start + name.length);
      return true;
    }
    case 'source': {
      // `来源:县民政局`, `来源: 市国资委 浏览次数:`: an organ's name, ending in an organ word; a site's name
      // (`来源:重庆人大`, `本网`, `m.055110.com`) is none.
      const name = /^[\u3400-\u9fff()]{2,40}/.exec(v.trim())?.[0];
      if (!name || !ORGAN_ENDING.test(name)) return true;
      const at = f.start + v.indexOf(name);
      info.sourceField ??= evidence(text, at, at + name.length);
      return true;
    }
    case 'title':
      if (v.length < 4) return false;
      if (info.headerTitle === null) {
        const start = f.start + numberPrefixLength(v);
        info.headerTitle = normalizeTitle(text.slice(start, f.end));
        info.headerTitleSpan = { start, end: f.end };
      }
      return true;
    case 'genre':
      if (v.length > 40) return false;
      info.genre ??= text.slice(f.start, f.end);
      return true;
    case 'topics':
      if (v.length > 60) return false;
      // `分类: 报告`: a classification that is one document kind is the genre, not a subject.
      if (DOC_KIND_ENDING.exec(v)?.index === 0) {
        info.genre ??= text.slice(f.start, f.end);
        return true;
      }
      // `科技、教育` → 科技, 教育; gov.cn writes a category path `科技、教育\科技`: its parts, each once. A part that is a
      // kind of official document alone (`农业、林业、水利;林业;通知`) is the genre the portal files the page under, not a subject.
      if (info.topics.length === 0) {
        const parts = text
          .slice(f.start, f.end)
          .split(/[、,;\\/]/)
          .map((x) => x.trim())
          .filter(Boolean);
        const kind = parts.find((x) => OFFICIAL_KINDS.has(x));
        if (kind && parts.length > 1) info.genre ??= kind;
        // `分类: 建议提案办理;提案答复;其他公文`: a bare classification's filing columns name no subject (under `主题分类` the
        // annotated sets keep them: `主题分类 :建议答复`).
        const column = (x: string) => f.name === '分类' && FILING_COLUMN.test(x);
        const subjects = parts.filter((x) => !column(x));
        info.topics = [...new Set(kind && subjects.length > 1 ? subjects.filter((x) => x !== kind) : subjects)];
      }
      return true;
    default:
      return false;
  }
}

/** A `发文日期` is the day the organ issued the document, its written date (住房城乡建设部: 发文日期 2023-07-14, 发布时间
 *  2023-12-29), and the page's publication date comes from its own fields: the annotated sets read it so on 21 of 22
 *  pages that print it without a publication date. Beside a written date of its own (`生成日期`, `成文日期`) and no
 *  publication date, it is the publication date. */
export function settleIssuedDate(info: HeaderInfo): void {
  const issued = info.issuedDate;
  if (!issued) return;
  if (info.writtenDate && info.writtenDate !== issued && !(info.publishedDate ?? info.pageDate))
    info.publishedDate = issued;
  else info.writtenDate ??= issued;
}

/** Bracketed-label table lines (`[ 索引号 ] …`) after the body has started. */
export function trailingTable(info: HeaderInfo, text: string, folded: string, lines: Line[], from: number): void {
  if (folded.indexOf('索引号', lines[Math.min(from, lines.length - 1)]!.start) === -1) return;
  let pending: string | null = null;
  for (let i = from; i < lines.length; i++) {
    if (!pending) {
      // Only lines with a bracket can hold a label: jump to the next one instead of slicing every line of the body.
      const bracket = folded.indexOf('[', lines[i]!.start);
      if (bracket === -1) return;
      while (lines[i]!.end < bracket) i++;
    }
    const t = trimSpan(folded, lines[i]!);
    if (t.start === t.end) continue;
    const s = folded.slice(t.start, t.end);
    const fields = s.includes('[') ? labelFields(folded, t) : null;
    if (fields?.some((f) => /\[/.test(s.slice(0, f.start - t.start)))) {
      info.excluded.push(t);
      for (const f of fields) if (f.value !== '') assign(info, text, f);
      const last = fields[fields.length - 1]!;
      pending = last.value === '' && valueMayFollow(last.name) ? last.name : null;
    } else if (pending) {
      const value = trimEndOf(s.replace(/^[-•·|\s]+/, ''), BAR_OR_BLANK);
      const at = t.start + s.indexOf(value);
      if (assign(info, text, { name: pending, value, start: at, end: at + value.length })) info.excluded.push(t);
      pending = null;
    }
  }
}
