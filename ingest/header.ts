// ingest/header.ts — the parts of a government document around its body (GB/T 9704 版头 and 版记 plus page metadata).
// The metadata table (`[ 索引号 ] | … |` in its layouts, `发文单位:` lines), the title, the number line, the
// salutation, attachments, and the signature block with the last date.

import type { Mention, Span } from './model.ts';
import { type Line, splitLines, trimSpan } from './clean.ts';
import { findNumbers } from './citations.ts';
import { normalizeDocNumber, normalizeTitle, parseDate } from './normalize.ts';
import { BAR_OR_BLANK, trimEndOf } from './trim.ts';
import { BRACKET_LABEL, COLON_LABEL, DOC_KIND_ENDING, HEADER_LABELS, ORGAN_ENDING } from './regexes.ts';
import { evidence } from './spans.ts';

export interface HeaderInfo {
  indexNumber: string | null;
  docNumber: string | null;
  genre: string | null;
  topics: string[];
  /** The header's 发布机构 / 发文单位 / 主办单位 value. */
  issuerField: Mention | null;
  writtenDate: string | null;
  publishedDate: string | null;
  /** The title as the metadata table gives it (`标 题:`), when there is one. */
  headerTitle: string | null;
  /** The title line(s), normalized. */
  title: string | null;
  /** Organ names written before 关于 in the title (the issuer prefix). */
  titleIssuers: Mention[];
  /** Titles this document issues (关于印发《X》的通知 → X). */
  issued: string[];
  /** The number printed under the title (国科发火〔2021〕106号). */
  numberLine: string | null;
  salutation: Span | null;
  salutationText: string | null;
  signatureIssuers: Mention[];
  signedDate: string | null;
  /** Names listed under 附件 (normalized titles). */
  attachments: string[];
  /** Spans of the metadata table, title lines, duplicates of the title and the number line. */
  excluded: Span[];
  /** Where the body starts (after the salutation, or after the title block). */
  bodyStart: number;
  /** The page's metadata says what was answered: `建议标题:` → 建议, `提案标题:` → 提案. */
  proposalKind: '提案' | '建议' | null;
}

/** How far into the text the header, title and salutation may be looked for. */
const PREAMBLE_LINES = 150;
/** Metadata table rows are short; a longer line is body text. */
const MAX_HEADER_LINE = 1000;

interface Field {
  name: string;
  value: string;
  start: number;
  end: number;
}

interface Candidate {
  span: Line;
  /** Folded line with whitespace removed. */
  compact: string;
}

// Lines that are page chrome, never the title: breadcrumbs, site names, toolbars, mastheads (`…文件`).
const CHROME = /[>›»→]|当前位置|您的位置|首页|位置:|网站|政府网|^[\x20-\x7e]+$|语音|播报|浏览|打印|字体|分享|检索|^目\s*录$|文件$|^\(?此件/;
/** A title is complete when it ends with the kind of document (and is not `…第0035号建议` waiting for 办理情况的答复函). */
const TITLE_COMPLETE = /(?:的|之)?(?:通知|通报|通告|公告|复函|答复函|答复的函|函|意见|决定|规定|办法|方案|规划|纲要|报告|请示|批复|细则|规则|条例|计划|决议|指引|指南|清单|目录)(?:\([^()]{1,20}\))?$/;
const WAITING = /第\s*\d+\s*号\s*(?:建议|提案)?$|关于$|印发$|转发$/;
/** Addressee lines without a colon: `侯东德代表`. */
const PERSON_SALUTATION = /^[\u3400-\u9fff]{1,12}(?:代表|委员|同志|界别|先生|女士)$/;
const SALUTATION_NOISE = /浏览|点击|来源|时间|日期|附件|电话|地址|邮箱|联系人|字体|^\d/;

export function parseHeader(text: string, folded: string, lines: Line[] = splitLines(folded)): HeaderInfo {
  const info: HeaderInfo = {
    indexNumber: null, docNumber: null, genre: null, topics: [], issuerField: null, writtenDate: null,
    publishedDate: null, headerTitle: null, title: null, titleIssuers: [], issued: [], numberLine: null,
    salutation: null, salutationText: null, signatureIssuers: [], signedDate: null, attachments: [],
    excluded: [], bodyStart: 0, proposalKind: null,
  };
  const candidates: Candidate[] = [];
  let pending: string | null = null;
  let bodyLine = Math.min(lines.length, PREAMBLE_LINES);
  // End of the last metadata-table line read so far: lines above it are page chrome or the table, never the title.
  let tableEnd = -1;

  for (let i = 0; i < Math.min(lines.length, PREAMBLE_LINES); i++) {
    const t = trimSpan(folded, lines[i]!);
    if (t.start === t.end) continue;
    if (t.end - t.start > MAX_HEADER_LINE) {
      // A very long line is text (a whole document may be one line): never scan it for labels or titles.
      bodyLine = i;
      break;
    }
    const s = folded.slice(t.start, t.end);
    const fields = labelFields(folded, t);
    if (fields) {
      info.excluded.push(t);
      tableEnd = t.end;
      for (const f of fields) {
        if (/^(?:建议|提案)/.test(f.name)) info.proposalKind ??= f.name.startsWith('提案') ? '提案' : '建议';
        if (f.value !== '') assign(info, text, f);
      }
      // A label with its value on the next line (`[ 索引号 ]` / `11500000MB15895317/2023-00159`); only fields we
      // read wait for a value, so an empty `字体:` or `废止日期:` never swallows the title or the salutation.
      const last = fields[fields.length - 1]!;
      const lastField = HEADER_LABELS[last.name] ?? 'ignore';
      pending = last.value === '' && lastField !== 'ignore' ? last.name : null;
      continue;
    }
    if (pending) {
      const value = trimEndOf(s.replace(/^[-•·|\s]+/, ''), BAR_OR_BLANK);
      const f: Field = { name: pending, value, start: t.start + s.indexOf(value), end: t.start + s.indexOf(value) + value.length };
      pending = null;
      if (assign(info, text, f)) {
        info.excluded.push(t);
        tableEnd = t.end;
        continue;
      }
    }
    const compact = s.replace(/\s+/g, '');
    if (isSalutation(s, compact)) {
      const colon = /[:]\s*$/.exec(s);
      const end = colon ? t.start + colon.index : t.end;
      info.salutation = { start: t.start, end };
      info.salutationText = text.slice(t.start, end).trim();
      bodyLine = i + 1;
      break;
    }
    if (isBodyLine(s)) {
      bodyLine = i;
      break;
    }
    candidates.push({ span: t, compact });
  }
  info.bodyStart = bodyLine < lines.length ? lines[bodyLine]!.start : folded.length;
  // Some pages print the metadata table under the text: its bracketed labels are distinctive enough to read anywhere.
  if (!info.indexNumber && !info.docNumber && !info.writtenDate && !info.publishedDate) trailingTable(info, text, folded, lines, bodyLine);

  findTitle(info, text, folded, candidates, tableEnd);
  findSignature(info, text, folded, lines);
  findAttachments(info, folded, lines);
  return info;
}

// ---------------------------------------------------------------------------------------------------------------
// Metadata table

/** The labelled fields of a line, or null when the line has no label. Values run to the next label or line end. */
function labelFields(folded: string, t: Line): Field[] | null {
  const s = folded.slice(t.start, t.end);
  if (!/[\]:]/.test(s)) return null;
  const marks: { name: string; start: number; end: number }[] = [];
  for (const r of [BRACKET_LABEL, COLON_LABEL]) {
    // Shared global regexes: reset, scan, and leave them reset (no RegExp built per line).
    r.lastIndex = 0;
    for (let m = r.exec(s); m; m = r.exec(s)) marks.push({ name: m[1]!.replace(/\s+/g, ''), start: m.index, end: m.index + m[0].length });
    r.lastIndex = 0;
  }
  if (marks.length === 0) return null;
  marks.sort((a, b) => a.start - b.start);
  // A colon label must open the line or follow a separator; a line like `2022-12-14浏览次数:` is chrome, not a table.
  const lead = s.slice(0, marks[0]!.start).replace(/[-•·|\s]/g, '');
  if (lead !== '' && marks[0]!.start > 0 && !/[|]/.test(s)) {
    if (!s.slice(0, marks[0]!.start).match(/\s$/)) return null;
  }
  const fields: Field[] = [];
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k]!;
    const stop = k + 1 < marks.length ? marks[k + 1]!.start : s.length;
    const raw = s.slice(m.end, stop);
    const lead2 = raw.length - raw.replace(/^[-•·|:\s]+/, '').length;
    const value = trimEndOf(raw.replace(/^[-•·|:\s]+/, ''), BAR_OR_BLANK);
    fields.push({ name: m.name, value, start: t.start + m.end + lead2, end: t.start + m.end + lead2 + value.length });
  }
  return fields;
}

/** Store a field value if it is valid for its field; returns whether it was taken. */
function assign(info: HeaderInfo, text: string, f: Field): boolean {
  const field = HEADER_LABELS[f.name] ?? HEADER_LABELS[f.name.replace(/\(.*\)/, '')] ?? 'ignore';
  const v = f.value;
  if (v === '' || field === 'ignore') return field === 'ignore' && v !== '' ? true : false;
  switch (field) {
    case 'indexNumber':
      if (!/[0-9A-Za-z]/.test(v) || v.length > 60 || /[\u3400-\u9fff]/.test(v)) return false;
      info.indexNumber ??= v;
      return true;
    case 'docNumber': {
      const n = normalizeDocNumber(v);
      if (!/〔\d{4}〕\d+号$|令(?:\d{4}年)?第\d+号$/.test(n)) return false;
      info.docNumber ??= n;
      return true;
    }
    case 'writtenDate':
    case 'publishedDate': {
      const d = parseDate(v);
      if (!d) return false;
      if (field === 'writtenDate') info.writtenDate ??= d;
      else info.publishedDate ??= d;
      return true;
    }
    case 'issuer': {
      const name = v.split(/[|]/)[0]!.trim();
      if (!/^[\u3400-\u9fff()\s]{2,40}$/.test(name)) return false;
      info.issuerField ??= evidence(text, f.start, f.start + name.length);
      return true;
    }
    case 'title':
      if (v.length < 4) return false;
      info.headerTitle ??= normalizeTitle(text.slice(f.start, f.end));
      return true;
    case 'genre':
      if (v.length > 40) return false;
      info.genre ??= text.slice(f.start, f.end);
      return true;
    case 'topics':
      if (v.length > 60) return false;
      // `科技、教育` → 科技, 教育; gov.cn writes a category path `科技、教育\科技`: its parts, each once.
      if (info.topics.length === 0) info.topics = [...new Set(text.slice(f.start, f.end).split(/[、,;\\/]/).map((x) => x.trim()).filter(Boolean))];
      return true;
    default:
      return false;
  }
}

/** Bracketed-label table lines (`[ 索引号 ] …`) after the body has started. */
function trailingTable(info: HeaderInfo, text: string, folded: string, lines: Line[], from: number): void {
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
    if (fields && fields.some((f) => /\[/.test(s.slice(0, f.start - t.start)))) {
      info.excluded.push(t);
      for (const f of fields) if (f.value !== '') assign(info, text, f);
      const last = fields[fields.length - 1]!;
      pending = last.value === '' && (HEADER_LABELS[last.name] ?? 'ignore') !== 'ignore' ? last.name : null;
    } else if (pending) {
      const value = trimEndOf(s.replace(/^[-•·|\s]+/, ''), BAR_OR_BLANK);
      const at = t.start + s.indexOf(value);
      if (assign(info, text, { name: pending, value, start: at, end: at + value.length })) info.excluded.push(t);
      pending = null;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Title, number line, salutation

function isSalutation(s: string, compact: string): boolean {
  if (/[:]$/.test(compact)) {
    return compact.length >= 3 && compact.length <= 200 && !/[。;]/.test(compact) && !SALUTATION_NOISE.test(compact) && /[\u3400-\u9fff]/.test(compact);
  }
  return PERSON_SALUTATION.test(compact) && !/\s{2,}/.test(s);
}

function isBodyLine(s: string): boolean {
  return /[。;!?]/.test(s) || s.length > 120 || (s.length > 60 && /[,]/.test(s));
}

function isOrganLine(compact: string): boolean {
  return compact.length >= 2 && compact.length <= 40 && /^[\u3400-\u9fff()]+$/.test(compact) && ORGAN_ENDING.test(compact) && !/文件$/.test(compact);
}

/** A number line is short and ends with 号; other lines are settled without running the number scanner. */
const MAX_NUMBER_LINE = 40;

function isNumberLine(folded: string, c: Candidate): boolean {
  if (c.span.end - c.span.start > MAX_NUMBER_LINE || folded.charCodeAt(c.span.end - 1) !== 0x53f7 /* 号 */) return false;
  const hits = findNumbers(folded.slice(c.span.start, c.span.end));
  return hits.length === 1 && hits[0]!.start === 0 && hits[0]!.end === c.span.end - c.span.start;
}

function findTitle(info: HeaderInfo, text: string, folded: string, candidates: Candidate[], tableEnd: number): void {
  // The number line under the title.
  for (const c of candidates) {
    if (isNumberLine(folded, c)) {
      info.numberLine = normalizeDocNumber(c.compact);
      info.excluded.push(c.span);
      c.compact = '';
    }
  }
  // Page chrome before the body (breadcrumbs, site names, toolbars) is part of the header, not of the document.
  for (const c of candidates) if (c.compact !== '' && CHROME.test(c.compact)) info.excluded.push(c.span);
  const usable = candidates.filter((c) => c.compact !== '' && !CHROME.test(c.compact) && parseDate(c.compact) === null);
  const anchorAt = usable.findIndex((c) => isTitleAnchor(c.compact));
  if (anchorAt === -1) {
    info.title = info.headerTitle;
    return;
  }
  const parts: Candidate[] = [usable[anchorAt]!];
  // Issuer lines above `关于…` (丰都县科学技术局 / 丰都县财政局 / 关于印发…的通知) — only those after the metadata
  // table: a saved page prints the issuer in its menu above the table too (重庆市市场监督管理局 / [ 索引号 ] … /
  // 重庆市市场监督管理局 / 关于…的通知), and an organ line repeated by the line below it (the same organ, or a title
  // line that opens with it) is one issuer printed twice.
  const anchorStart = usable[anchorAt]!.span.start;
  const floor = tableEnd < anchorStart ? tableEnd : -1;
  // The menu's organ line above the table is page chrome: not a mention of the agency in the document.
  for (let k = 0; k < anchorAt && usable[k]!.span.end <= floor; k++) if (isOrganLine(usable[k]!.compact)) info.excluded.push(usable[k]!.span);
  for (let k = anchorAt - 1; k >= 0 && usable[k]!.span.start > floor && isOrganLine(usable[k]!.compact); k--) {
    if (parts[0]!.compact.startsWith(usable[k]!.compact)) {
      info.excluded.push(usable[k]!.span);
      continue;
    }
    parts.unshift(usable[k]!);
  }
  // Continuation lines below (关于市六届人大一次会议第1160号建议 / 办理情况的答复函).
  let joined = parts.map((p) => p.compact).join('');
  for (let k = anchorAt + 1; k < usable.length && k <= anchorAt + 3; k++) {
    const next = usable[k]!.compact;
    const incomplete = !TITLE_COMPLETE.test(joined) || WAITING.test(joined) || unbalanced(joined);
    if (!incomplete || isOrganLine(next) || next.includes('关于')) break;
    parts.push(usable[k]!);
    joined += next;
  }

  // A column name glued before the title (`重庆市科学技术局通知公告 关于开展…`) is not part of it.
  const first = parts.find((p) => p.compact.includes('关于')) ?? parts[0]!;
  let firstStart = first.span.start;
  const line = folded.slice(first.span.start, first.span.end);
  const about = line.indexOf('关于');
  // Issuers named on the lines above the title come first (they precede the title line in the text).
  const issuersBefore = info.titleIssuers.length;
  for (const p of parts) {
    if (p === first) break;
    pushOrganMentions(info.titleIssuers, text, folded, p.span);
  }
  if (about > 0) {
    // `重庆市人民政府办公厅转发市科技局 市财政局关于…的通知`: the agencies after 转发 wrote the forwarded document;
    // the issuer is only what stands before 转发 (or the lines above when the title line starts with 转发).
    const forward = FORWARD.exec(line.slice(0, about));
    const issuerEnd = forward ? forward.index : about;
    const prefix = line.slice(0, about);
    const tokens = prefix.replace(FORWARD, ' ').trim().split(/\s+/).filter(Boolean);
    const organPrefix = tokens.length > 0 && tokens.every((tk) => ORGAN_ENDING.test(tk));
    if (!organPrefix && /\s/.test(prefix)) {
      firstStart = first.span.start + about;
      // Lines above are then not part of the title either.
      while (parts[0] !== first) parts.shift();
      info.titleIssuers.splice(issuersBefore);
    } else if (tokens.length > 0) {
      for (const tk of line.slice(0, issuerEnd).matchAll(/\S+/g)) {
        if (ORGAN_ENDING.test(tk[0])) info.titleIssuers.push(evidence(text, first.span.start + tk.index!, first.span.start + tk.index! + tk[0].length));
      }
    }
  }
  const pieces = parts.map((p) => (p === first ? text.slice(firstStart, p.span.end) : text.slice(p.span.start, p.span.end)));
  const title = normalizeTitle(pieces.join(''));
  // ANNOTATION.md: the title is the title line. The page's 标题 field only wins when the line we found does not look
  // like the same title (then our line detection, not the page metadata, is the likelier error).
  info.title = !info.headerTitle || sameTitle(title, info.headerTitle) ? title : info.headerTitle;
  for (const p of parts) info.excluded.push(p === first ? { start: firstStart, end: p.span.end } : p.span);
  // Repeats of the title (pages print it twice) are part of the header too.
  for (const c of usable) {
    if (parts.includes(c)) continue;
    const norm = normalizeTitle(c.compact);
    if (norm.length >= 6 && (title.endsWith(norm) || norm.endsWith(title) || norm === info.headerTitle)) info.excluded.push(c.span);
  }
  // What the document issues: 关于印发《X》的通知, 关于印发X的通知.
  const own = info.title ?? title;
  const issue = /(?:印发|转发|颁布|发布|公布)\s*《(.+)》/.exec(own) ?? /(?:印发|转发)(.+?)的(?:通知|决定)$/.exec(own);
  if (issue) info.issued.push(normalizeTitle(issue[1]!));
  const consult = /征求\s*《(.+)》/.exec(own);
  if (consult) info.issued.push(normalizeTitle(consult[1]!));
}

/** 转发 in a title: what follows (up to 关于) names the authors of the forwarded document, not this one's issuer. */
const FORWARD = /转发/;

/** A title without 关于 (重庆市大渡口区“十四五”科技创新规划) is at least this long; menu entries are shorter. */
const MIN_KIND_TITLE = 8;
/** Sentence openers: a line that starts like this is body text, not a title (根据《…》…, 为贯彻…, 现将…). */
const SENTENCE_OPENER = /^(?:根据|按照|依据|为了?|经|现将|请|各|对|在|按|依照|遵照|结合|近年来|目前)/;

/** The first line of a title: `关于` outside any 《》 (the document's own subject), or a line that ends with a kind of
 *  document (重庆市大渡口区“十四五”科技创新规划). Never a sentence, an organ name or a quoted title alone. */
function isTitleAnchor(compact: string): boolean {
  if (isOrganLine(compact) || SENTENCE_OPENER.test(compact)) return false;
  if (/〔\d{4}〕\d+号|\(\s*\d{4}\s*\)\s*\d+号/.test(compact) && !/^关于/.test(compact)) return false;
  // A title printed inside 《》 as a whole (《重庆市…办法》) is judged by its inside.
  const whole = /^《([^《》]+)》$/.exec(compact);
  if (whole) return whole[1]!.includes('关于') || DOC_KIND_ENDING.test(whole[1]!);
  const outside = compact.replace(/《[^《》]*》/g, '《》').replace(/《[^》]*$/, '');
  // Without 关于, only a full name ends in a kind of document; a menu entry (通知公告, 规划计划) is short.
  return outside.includes('关于') || (compact.length >= MIN_KIND_TITLE && DOC_KIND_ENDING.test(compact));
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

/** Organ names on one line; `科 技 部` (letter-spaced) is one name, `丰都县科学技术局 丰都县财政局` two. */
function pushOrganMentions(out: Mention[], text: string, folded: string, span: Line): void {
  const line = folded.slice(span.start, span.end);
  const tokens = [...line.matchAll(/\S+/g)];
  if (tokens.length > 1 && tokens.every((t) => t[0].length === 1)) {
    out.push(evidence(text, span.start, span.end));
    return;
  }
  for (const t of tokens) {
    if (ORGAN_ENDING.test(t[0]) && t[0].length >= 2) out.push(evidence(text, span.start + t.index!, span.start + t.index! + t[0].length));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Signature block and the last date (版记: 发文机关署名 + 成文日期)

const DATE_LINE = /^[ \t]*((?:[〇○零Oo0-9一二三四五六七八九十]{4})\s*年\s*[〇○零0-9一二三四五六七八九十]{1,3}\s*月\s*[〇○零0-9一二三四五六七八九十]{1,3}\s*日|(?:19|20)\d\d\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|(?:19|20)\d{5,6})[ \t]*(?:\([^()\n]{0,30}\))?[ \t]*$/gm;

/** First characters of a date line (after its indent), and the longest line worth trying. */
const DATE_FIRST = new Set([...'0123456789〇○零Oo一二三四五六七八九十']);
const MAX_DATE_LINE = 200;

const SEAL = /\s*\((?:盖章|印章|公章|章|签章|代章)\)\s*$/;

function findSignature(info: HeaderInfo, text: string, folded: string, lines: Line[]): void {
  const dates: { start: number; end: number; iso: string }[] = [];
  // A date line is short and starts with a digit or a Chinese numeral after its indent: only such lines are tried
  // (a multiline regex over the whole text would be attempted at every position).
  const r = new RegExp(DATE_LINE.source, 'my');
  for (const line of lines) {
    if (line.end < info.bodyStart || line.end - line.start > MAX_DATE_LINE) continue;
    let p = line.start;
    while (p < line.end && (folded.charCodeAt(p) === 0x20 || folded.charCodeAt(p) === 0x09)) p++;
    if (p === line.end || !DATE_FIRST.has(folded[p]!)) continue;
    r.lastIndex = line.start;
    const m = r.exec(folded);
    if (!m || m.index < info.bodyStart) continue;
    const iso = parseDate(m[1]!);
    if (iso) dates.push({ start: m.index + m[0].indexOf(m[1]!), end: m.index + m[0].indexOf(m[1]!) + m[1]!.length, iso });
  }
  if (dates.length === 0) return;
  let chosen = dates.find((d) => organsBefore(folded, lines, d).length > 0);
  chosen ??= dates[dates.length - 1]!;
  info.signedDate = chosen.iso;
  for (const l of organsBefore(folded, lines, chosen)) pushOrganMentions(info.signatureIssuers, text, folded, l);
}

/** Line index of a position, by binary search over line starts. */
function lineOf(lines: Line[], pos: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The organ-name lines (up to 3) right above a date line: the signature block. */
function organsBefore(folded: string, lines: Line[], d: { start: number }): Line[] {
  const out: Line[] = [];
  for (let k = lineOf(lines, d.start) - 1; k >= 0 && out.length < 3; k--) {
    const t = trimSpan(folded, lines[k]!);
    if (t.start === t.end) {
      if (out.length === 0) continue;
      break;
    }
    // A seal note after the name (重庆市科学技术局(盖章)) is not part of it.
    // The seal note ends the line with `)`: other lines skip the (unanchored-start) pattern.
    const seal = folded.charCodeAt(t.end - 1) === 0x29 ? SEAL.exec(folded.slice(t.start, t.end)) : null;
    if (seal) t.end = t.start + seal.index;
    const s = folded.slice(t.start, t.end);
    if (s === '') break;
    const tokens = s.split(/\s+/);
    const organ = (tokens.length > 1 && tokens.every((x) => x.length === 1) && ORGAN_ENDING.test(tokens.join(''))) || tokens.every((x) => isOrganLine(x));
    if (!organ) break;
    out.unshift(t);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Attachments (附件:1.X / 2.Y)

function findAttachments(info: HeaderInfo, folded: string, lines: Line[]): void {
  if (folded.indexOf('附件') === -1) return;
  for (let i = 0; i < lines.length; i++) {
    // Only a line that starts with 附件 opens a list: jump to the next line holding the word.
    const next = folded.indexOf('附件', lines[i]!.start);
    if (next === -1) return;
    while (lines[i]!.end < next) i++;
    const t = trimSpan(folded, lines[i]!);
    if (t.start !== next) continue;
    const s = folded.slice(t.start, t.end);
    const m = /^附件\s*\d*\s*[::]?\s*(.*)$/.exec(s);
    if (!m || s.length > 100) continue;
    const names: string[] = [];
    if (m[1]) names.push(m[1]);
    for (let k = i + 1; k < lines.length && k <= i + 10; k++) {
      const n = folded.slice(trimSpan(folded, lines[k]!).start, trimSpan(folded, lines[k]!).end);
      const item = /^\d{1,2}\s*[.、．]\s*(.+)$/.exec(n);
      if (!item || n.length > 100) break;
      names.push(item[1]!);
    }
    for (const raw of names) {
      const name = normalizeTitle(raw.replace(/^\d{1,2}\s*[.、．]\s*/, '').replace(/\.(?:docx?|pdf|xlsx?|wps|et|ofd|zip|rar)\s*$/i, ''));
      if (name.length < 4) continue;
      info.attachments.push(name.replace(/^《(.*)》$/, '$1'));
      for (const inner of name.matchAll(/《([^》]+)》/g)) info.attachments.push(inner[1]!);
    }
  }
}
