// ingest/header/bullets.ts — the metadata table printed as unlabelled bullets (a portal's labels lost in the saved text):
//   • 11500224745325555K/2024-00106  • 铜农委函〔2024〕85号  • 农业、畜牧业、渔业  • 人大建议办理  • 铜梁区农业农村委
//   • 2024-06-26  • 2024-06-26
// Each value is read by its form, which is unmistakable for every field but the two dates: one date is the publication
// date, two are 成文日期 then 发布日期 (the order of the labelled table these bullets come from).

import layout from '../data/page-layout.json' with { type: 'json' };
import { type Line, trimSpan } from '../clean.ts';
import { HEADER_LABELS } from '../regexes.ts';
import { evidence } from '../spans.ts';
import type { HeaderInfo } from './model.ts';
import { INDEX_NUMBER } from './index-number.ts';
import { numberOfLine } from './number-line.ts';
import { fieldDate } from './table.ts';
import { isOrganLine } from './lines.ts';

const GENRES = new Set((layout as { genres: string[] }).genres);
const VALIDITY = new Set((layout as { validityValues: string[] }).validityValues);
/** A run of bullets is a metadata table only when at least this many values have a field's form. */
const MIN_VALUES = 3;
/** `2020-11-13 14:42`: a date with the time of publication. */
const DATE_TIME = /^((?:19|20)\d\d-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?$/;
// A subject may carry its sub-class in parentheses (`城乡建设(城乡管理)`).
export const TOPICS =
  /^[\u3400-\u9fff]{2,12}(?:\([\u3400-\u9fff]{2,12}\))?(?:、[\u3400-\u9fff]{2,12}(?:\([\u3400-\u9fff]{2,12}\))?){0,5}$/;

/** `索引号 2454669763925771519`, `主题分类 应急管理`: a label the table knows, a blank, then its value. */
function labelThenBlank(value: string): boolean {
  const blank = /\s/.exec(value);
  return blank !== null && blank.index > 0 && HEADER_LABELS[value.slice(0, blank.index)] !== undefined;
}

/** Read the unlabelled bullet runs among the first `limit` lines; returns the line indexes they occupy. */
export function readBullets(info: HeaderInfo, text: string, folded: string, lines: Line[], limit: number): Set<number> {
  const used = new Set<number>();
  let run: { i: number; span: Line }[] = [];
  const flush = (): void => {
    if (run.length >= MIN_VALUES && readRun(info, text, folded, run)) for (const r of run) used.add(r.i);
    run = [];
  };
  for (let i = 0; i < Math.min(lines.length, limit); i++) {
    const t = trimSpan(folded, lines[i]!);
    if (t.start === t.end) continue;
    if (folded.charCodeAt(t.start) !== 0x2022 /* • */) {
      flush();
      continue;
    }
    run.push({ i, span: t });
  }
  flush();
  return used;
}

function readRun(info: HeaderInfo, text: string, folded: string, run: { span: Line }[]): boolean {
  let known = 0;
  // A list of points in the text (`• 加强组织领导`) has none of the unmistakable forms: an index number, a document
  // number, a date. A metadata run has at least one, and each other field once.
  let unmistakable = 0;
  const taken = new Set<string>();
  const dates: string[] = [];
  const reads: (() => void)[] = [];
  for (const { span } of run) {
    const start =
      span.start +
      1 +
      (folded.slice(span.start + 1, span.end).length - folded.slice(span.start + 1, span.end).trimStart().length);
    const value = folded.slice(start, span.end).trim();
    // A labelled bullet (`• 来源:广安区人民政府`, `• 发文字号 青政办字〔2022〕47号`) belongs to the labelled-table reader.
    if ((/:/.test(value) && !DATE_TIME.test(value)) || labelThenBlank(value)) continue;
    const compact = value.replace(/\s+/g, '');
    // `• 索引号` / `• 1150…/2025-00565`: labels and values on bullets of their own are a labelled table, read as one.
    if (HEADER_LABELS[compact] !== undefined) return false;
    const own = numberOfLine(compact);
    const date = fieldDate(value) ?? (DATE_TIME.exec(value) ? fieldDate(DATE_TIME.exec(value)![1]!) : null);
    let field: string;
    if (INDEX_NUMBER.test(compact)) (field = 'index'), reads.push(() => (info.indexNumber ??= compact));
    else if (own) (field = 'number'), reads.push(() => (info.docNumber ??= own));
    else if (date) (field = 'date'), dates.push(date);
    else if (GENRES.has(compact) && !taken.has('genre'))
      (field = 'genre'), reads.push(() => (info.genre ??= text.slice(start, start + value.length)));
    else if (isOrganLine(compact)) {
      // The organ printed twice (publishing and issuing organ): the second is no subject class.
      if (taken.has('issuer')) continue;
      (field = 'issuer'), reads.push(() => (info.issuerField ??= evidence(text, start, start + value.length)));
    } else if (VALIDITY.has(compact)) continue;
    else if (TOPICS.test(compact) && !taken.has('topics'))
      (field = 'topics'),
        reads.push(() => {
          if (info.topics.length === 0) info.topics = compact.split('、');
        });
    else continue;
    if (field === 'index' || field === 'number' || field === 'date') unmistakable++;
    taken.add(field);
    known++;
  }
  if (known < MIN_VALUES || unmistakable === 0) return false;
  for (const r of reads) r();
  if (dates.length === 1) info.publishedDate ??= dates[0]!;
  else if (dates.length >= 2) {
    info.writtenDate ??= dates[0]!;
    info.publishedDate ??= dates[dates.length - 1]!;
  }
  return true;
}
