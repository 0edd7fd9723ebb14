// ingest/header/signature.ts — the signature block at the end (GB/T 9704 发文机关署名 + 成文日期): the organ lines right
// above the last date line, and that date (signedDate).

import type { Line } from '../clean.ts';
import { trimSpan } from '../clean.ts';
import { parseDate } from '../normalize.ts';
import { ORGAN_ENDING } from '../regexes.ts';
import { evidence } from '../spans.ts';
import type { HeaderInfo } from './model.ts';
import { isOrganLine, pushOrganMentions } from './lines.ts';

// ---------------------------------------------------------------------------------------------------------------
// Signature block and the last date (版记: 发文机关署名 + 成文日期)

const DATE_LINE =
  /^[ \t]*((?:[〇○零Oo0-9一二三四五六七八九十]{4})\s*年\s*[〇○零0-9一二三四五六七八九十]{1,3}\s*月\s*[〇○零0-9一二三四五六七八九十]{1,3}\s*日|(?:19|20)\d\d\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|(?:19|20)\d\d\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{4,6}日?)[ \t]*(?:\([^()\n]{0,30}\))?[ \t]*\|?[ \t]*$/gm;

/** The sticky form tried at each candidate line's start, compiled once. */
const DATE_LINE_Y = new RegExp(DATE_LINE.source, 'my');

/** First characters of a date line (after its indent), and the longest line worth trying. */
const DATE_FIRST = new Set([...'0123456789〇○零Oo一二三四五六七八九十']);
const MAX_DATE_LINE = 200;

const SEAL = /\s*\((?:盖章|印章|公章|章|签章|代章)\)\s*$/;

export function findSignature(info: HeaderInfo, text: string, folded: string, lines: Line[]): void {
  const dates: { start: number; end: number; iso: string }[] = [];
  // A date line is short and starts with a digit or a Chinese numeral after its indent: only such lines are tried
  // (a multiline regex over the whole text would be attempted at every position).
  const r = DATE_LINE_Y;
  for (const line of lines) {
    if (line.end < info.bodyStart || line.end - line.start > MAX_DATE_LINE) continue;
    let p = line.start;
    while (p < line.end && (folded.charCodeAt(p) === 0x20 || folded.charCodeAt(p) === 0x09)) p++;
    if (p === line.end || !DATE_FIRST.has(folded[p]!)) continue;
    r.lastIndex = line.start;
    const m = r.exec(folded);
    if (!m || m.index < info.bodyStart) continue;
    const iso = signatureDate(m[1]!);
    if (iso)
      dates.push({ start: m.index + m[0].indexOf(m[1]!), end: m.index + m[0].indexOf(m[1]!) + m[1]!.length, iso });
  }
  const signed = dates.find((d) => organsBefore(folded, lines, d).length > 0);
  // `福建省公安厅` / `2021年4月`: a signature dated to the month names its organ, though it gives no signedDate.
  const monthOnly = signed ? null : monthSignature(folded, lines, info.bodyStart);
  if (dates.length === 0) {
    if (monthOnly) for (const l of monthOnly) pushOrganMentions(info.signatureIssuers, text, folded, l);
    else runInSignature(info, text, folded);
    return;
  }
  const chosen = signed ?? dates[dates.length - 1]!;
  info.signedDate = chosen.iso;
  for (const l of monthOnly ?? organsBefore(folded, lines, chosen))
    pushOrganMentions(info.signatureIssuers, text, folded, l);
}

/** A date line that gives the year and month only. */
const MONTH_LINE = /^[ \t]*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月[ \t]*$/;
/** How many lines from the end a signature dated to the month is looked for. */
const MONTH_LOOK = 8;

/** The organ lines above a last line dated to the month (`2021年4月`), or null. */
function monthSignature(folded: string, lines: Line[], bodyStart: number): Line[] | null {
  for (let k = lines.length - 1; k >= 0 && lines.length - k <= MONTH_LOOK && lines[k]!.start >= bodyStart; k--) {
    const line = lines[k]!;
    if (!MONTH_LINE.test(folded.slice(line.start, line.end))) continue;
    const organs = organsBefore(folded, lines, line);
    return organs.length > 0 ? organs : null;
  }
  return null;
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
    let s = folded.slice(t.start, t.end);
    if (s === '') break;
    // A reply's contact block between the organ and the date (`联系人:…`, `联系电话:…`) is passed over; its
    // `联系单位:灵璧县文化和旅游局` names the replying organ.
    if (out.length === 0 && CONTACT_LINE.test(s)) continue;
    const unit = out.length === 0 ? CONTACT_UNIT.exec(s) : null;
    if (unit) {
      t.start += unit[0].length;
      s = s.slice(unit[0].length);
      if (isOrganLine(s.replace(/\s+/g, ''))) out.unshift(t);
      break;
    }
    const tokens = s.split(/\s+/);
    const organ =
      (tokens.length > 1 && tokens.every((x) => x.length === 1) && ORGAN_ENDING.test(tokens.join(''))) ||
      tokens.every((x) => isOrganLine(x));
    if (!organ) break;
    out.unshift(t);
  }
  return out;
}
/** A reply's contact lines under its text (`联系人:王颂捷`, `联 系 人:`, `联系电话:0591-…`, `领导署名:黄华安`). */
const CONTACT_LINE =
  /^(?:联\s*系\s*(?:人|电\s*话|方\s*式|地\s*址)|电\s*话|手\s*机|传\s*真|邮\s*[编箱]|地\s*址|领导署名|签\s*发\s*人)\s*[:：]/;
/** The contact block's unit (`联系单位:灵璧县文化和旅游局`). */
const CONTACT_UNIT = /^联系单位\s*[:：]\s*/;

/** Digits that lost their 年 and 月 but kept 日 (`202373日`). */
const DIGITS_THEN_DAY = /^((?:19|20)\d{4,6})日$/;

/** A signature date; one that lost its 年 (`20252月11日`), or its 年 and 月 (`202373日`), is still unambiguous. */
function signatureDate(raw: string): string | null {
  return (
    parseDate(raw.replace(DIGITS_THEN_DAY, '$1')) ??
    (/^(?:19|20)\d\d\s*\d{1,2}\s*月/.test(raw) ? parseDate(`${raw.slice(0, 4)}年${raw.slice(4)}`) : null)
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Run-in signatures: pages that lost their line breaks (the whole notice on one line, or HTML paragraphs kept as text)

/** An organ's name ending in an organ word (captured), and a date written in digits or in Chinese numerals. */
const ORGAN_GROUP = `([\\u3400-\\u9fff()]{2,40}?${ORGAN_ENDING.source.replace(/\$$/, '')})`;
const DIGIT_DATE = '(?:19|20)\\d\\d\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日';
const NUMERAL_DATE = '[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日';

/** `…请结合实际认真贯彻落实。广东省人民政府办公厅2024年8月19日广东省…` and `山西省人民政府</p><p …> 2018年3月27日</p>`:
 *  an organ name right after a sentence end (or a paragraph tag), then a date, with at most a few tags between. Not an
 *  item marker (`(四)`) or a body speaking of itself (`我院1984年9月17日《…》`): a sentence of the text. */
const RUN_IN_ORGAN_DATE = new RegExp(
  `(?:[。!]|>)\\s*(?![(我本你贵该])${ORGAN_GROUP}\\s*(?:<[^<>\\n]{0,80}>\\s*){0,4}(${DIGIT_DATE})`,
  'g',
);
/** `…自查报告(提纲格式)重庆市涪陵区农业农村委员会2022年10月9日(此件公开发布)`: the note GB/T 9704 prints under the date
 *  (此件…) marks the organ and date before it as the signature even where an attachment's title, not a sentence,
 *  ends right before the organ. */
const NOTED_ORGAN_DATE = new RegExp(
  `(?:[。!)）]|>)\\s*(?![(我本你贵该])${ORGAN_GROUP}\\s*(${DIGIT_DATE})\\s*[(（]此件`,
  'g',
);
/** `自治区主席 陈 武 2016年12月6日`: an order signed by the head of government, name and date on one line. */
const SIGNER_DATE = new RegExp(
  `(?:主\\s?席|省\\s?长|市\\s?长|县\\s?长|区\\s?长|部\\s?长|主\\s?任|局\\s?长|书\\s?记|署\\s?长)[\\u3400-\\u9fff\\s]{1,8}?(${DIGIT_DATE}|${NUMERAL_DATE})`,
  'g',
);

/** `承办单位:清原满族自治县住房和城乡建设局 单位负责人: 二〇二二年八月三十日`: a reply signed on one labelled line, the
 *  handling unit, its head's blank field and the date. */
const LABELLED_SIGNER = new RegExp(
  `(?:承办单位|答复单位|办理单位)\\s*:\\s*${ORGAN_GROUP}[ \\t]+(?:(?:单位)?负责人|签发人)?\\s*:?[ \\t\\u3400-\\u9fff]{0,8}?(${DIGIT_DATE}|${NUMERAL_DATE})`,
  'g',
);

function runInSignature(info: HeaderInfo, text: string, folded: string): void {
  for (const r of [RUN_IN_ORGAN_DATE, NOTED_ORGAN_DATE, LABELLED_SIGNER, SIGNER_DATE]) {
    r.lastIndex = info.bodyStart;
    const m = r.exec(folded);
    r.lastIndex = 0;
    if (!m) continue;
    const iso = signatureDate(m[m.length - 1]!);
    if (!iso) continue;
    info.signedDate = iso;
    if (r !== SIGNER_DATE) {
      const start = m.index + m[0].indexOf(m[1]!);
      info.signatureIssuers.push(evidence(text, start, start + m[1]!.length));
    }
    return;
  }
}
