// ingest/header/glued-label.ts — a metadata table flattened one cell per line where a cell lost its line break before
// the next label (`标题` / `X的通知发文机关` / `Y`): the label glued to the end of a value.

import { HEADER_LABELS } from '../regexes.ts';

/** Label words, longest first (for a label glued to the end of the value above it). */
const LABEL_WORDS = Object.keys(HEADER_LABELS).sort((a, b) => b.length - a.length);

/** A table flattened one cell per line where a cell lost its line break before the next label
 *  (`标题` / `X的通知发文机关` / `Y`): the value without the glued label, and the label, which waits for its value on
 *  the next line. Null when the value does not end with a label word (or is nothing but one). */
export function gluedLabel(value: string): { value: string; label: string } | null {
  for (const w of LABEL_WORDS) {
    if (w.length >= 2 && value.length >= w.length + 2 && value.endsWith(w))
      return { value: value.slice(0, -w.length).trimEnd(), label: w };
  }
  return null;
}

/** Fields whose value has a form of its own, so a label run into it (`发文日期2024年07月18日`) can be told from a word. */
const DATE_FIELDS = new Set([
  'writtenDate',
  'publishedDate',
  'issuedDate',
  'signedDate',
  'effectiveDate',
  'expiryDate',
]);
/** Shorter labels are words of a sentence too often (`日期`, `标题`). */
const MIN_RUN_IN_LABEL = 4;
/** A line holding one label and its value is short. */
const MAX_RUN_IN_LINE = 60;
/** First characters of the labels long enough to run into a value: the cheap first test of a line. */
const RUN_IN_FIRST = new Set(LABEL_WORDS.filter((w) => w.length >= MIN_RUN_IN_LABEL).map((w) => w.charCodeAt(0)));

/** A database page that lost the separator after its label (`发文日期2024年07月18日`, `发文机关国家卫生健康委员会`):
 *  the label and its value, when the value has the form its field takes (a date, an organ's name), else null. */
export function labelRunIn(
  compact: string,
  isDate: (s: string) => boolean,
  isOrgan: (s: string) => boolean,
): { label: string; value: string } | null {
  if (compact.length > MAX_RUN_IN_LINE || !RUN_IN_FIRST.has(compact.charCodeAt(0))) return null;
  for (const w of LABEL_WORDS) {
    if (w.length < MIN_RUN_IN_LABEL || !compact.startsWith(w) || compact.length === w.length) continue;
    const value = compact.slice(w.length);
    const field = HEADER_LABELS[w]!;
    if (DATE_FIELDS.has(field) ? isDate(value) : field === 'issuer' ? isOrgan(value) : false)
      return { label: w, value };
    return null;
  }
  return null;
}
