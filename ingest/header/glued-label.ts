// ingest/header/glued-label.ts — a metadata table flattened one cell per line where a cell lost its line break before
// the next label (`标题` / `X的通知发文机关` / `Y`): the label glued to the end of a value.

import { HEADER_LABELS } from '../regexes.ts';

/** Label words, longest first (for a label glued to the end of the value above it). A handling form's proposal text
 *  (`内容`) is no cell of a metadata table: `答复内容` is a tab of the page, not 答复 with 内容 glued. */
const LABEL_WORDS = Object.keys(HEADER_LABELS)
  .filter((w) => HEADER_LABELS[w] !== 'proposal')
  .sort((a, b) => b.length - a.length);

/** A table flattened one cell per line where a cell lost its line break before the next label
 *  (`标题` / `X的通知发文机关` / `Y`): the value without the glued label, and the label, which waits for its value on
 *  the next line. Null when the value does not end with a label word (or is nothing but one). */
export function gluedLabel(value: string): { value: string; label: string } | null {
  const words = LABELS_BY_LAST.get(value.charCodeAt(value.length - 1));
  if (!words) return null;
  for (const w of words) {
    if (w.length >= 2 && value.length >= w.length + 2 && value.endsWith(w))
      return { value: value.slice(0, -w.length).trimEnd(), label: w };
  }
  return null;
}

/** The label words by their last character, longest first: a value is tested only against labels it may end with. */
const LABELS_BY_LAST = new Map<number, string[]>();
for (const w of LABEL_WORDS) {
  const last = w.charCodeAt(w.length - 1);
  const list = LABELS_BY_LAST.get(last);
  if (list) list.push(w);
  else LABELS_BY_LAST.set(last, [w]);
}

/** Fields whose value has a form of its own, so a label run into it (`发文日期2024年07月18日`, `索引号000014348/2020-02432`)
 *  can be told from a word: dates, organs and subject lists (`主题分类国民经济管理、国有资产监管`) after a label of at least
 *  four characters (`日期` and `标题` open sentences too), index and document numbers, whose form is unmistakable, after any
 *  label. */
const DATE_FIELDS = new Set([
  'writtenDate',
  'publishedDate',
  'issuedDate',
  'signedDate',
  'effectiveDate',
  'expiryDate',
]);
const NUMBER_FIELDS = new Set(['indexNumber', 'docNumber']);
const MIN_RUN_IN_LABEL = 4;
/** A line holding one label and its value is short. */
const MAX_RUN_IN_LINE = 60;

function runsIn(w: string): boolean {
  const field = HEADER_LABELS[w]!;
  return (
    NUMBER_FIELDS.has(field) ||
    ((DATE_FIELDS.has(field) || field === 'issuer' || field === 'topics') && w.length >= MIN_RUN_IN_LABEL)
  );
}
const RUN_IN_LABELS = LABEL_WORDS.filter(runsIn);
/** First characters of those labels: the cheap first test of a line. */
const RUN_IN_FIRST = new Set(RUN_IN_LABELS.map((w) => w.charCodeAt(0)));

/** The forms a run-in value is checked against. */
export interface ValueForms {
  date(s: string): boolean;
  organ(s: string): boolean;
  index(s: string): boolean;
  number(s: string): boolean;
  /** A list of subject classes (`国民经济管理、国有资产监管`). */
  topics(s: string): boolean;
}

/** A database page that lost the separator after its label (`发文日期2024年07月18日`, `发文机关国家卫生健康委员会`,
 *  `文号弥民函〔2017〕14号`): the label and its value, when the value has the form its field takes, else null. */
export function labelRunIn(compact: string, forms: ValueForms): { label: string; value: string } | null {
  if (compact.length > MAX_RUN_IN_LINE || !RUN_IN_FIRST.has(compact.charCodeAt(0))) return null;
  for (const w of RUN_IN_LABELS) {
    if (!compact.startsWith(w) || compact.length === w.length) continue;
    const value = compact.slice(w.length);
    const field = HEADER_LABELS[w]!;
    const ok = DATE_FIELDS.has(field)
      ? forms.date(value)
      : field === 'issuer'
        ? forms.organ(value)
        : field === 'indexNumber'
          ? forms.index(value)
          : field === 'topics'
            ? forms.topics(value)
            : forms.number(value);
    return ok ? { label: w, value } : null;
  }
  return null;
}

/** Whether a cell opens with a label that may run into its value (`索引号…`, `发文字号…`, `发文时间…`): a row of such cells
 *  (`索引号142322llws-003-2018-0019 发文字号文政办发〔2018〕26号`) is a metadata row even where one value has no known form. */
export function opensWithRunInLabel(cell: string): boolean {
  if (!RUN_IN_FIRST.has(cell.charCodeAt(0))) return false;
  return RUN_IN_LABELS.some((w) => cell.length > w.length && cell.startsWith(w));
}
