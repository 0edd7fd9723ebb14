// ingest/unquoted-title.ts — a title written without 《》 in running text, its number in parentheses right after it:
// `根据国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见(国办发〔2020〕23号)、《…》…`. Such a title names its
// issuing organ and 关于 and ends with a kind of document; it begins after punctuation or after the verb governing it.

import cues from './data/relation-cues.json' with { type: 'json' };
import { DOC_KIND_ENDING, ORGAN_ENDING } from './regexes.ts';

/** The longest stretch read back from the number's parenthesis. */
const MAX_TITLE = 90;
/** The organ before 关于: at least a short organ's length. */
const MIN_ORGAN = 2;
const MAX_ORGAN = 30;

/** Verbs that may stand right before such a title (根据, 贯彻落实, 印发 …). */
const GOVERNING = [...new Set(Object.values(cues.before).flat())];

/** An organ's name: Han characters only. */
const HAN_ONLY = /^[\u4e00-\u9fa5]+$/;
/** Characters a title of this kind never holds: clause marks, brackets, quotes. */
const OUTSIDE_TITLE = /[,，、;；:：。()（）《》“”\n]/;

/** The span of the unquoted title whose number starts at `numberStart`, or null. */
export function unquotedSentenceTitle(folded: string, numberStart: number): { start: number; end: number } | null {
  let open = numberStart - 1;
  while (open >= 0 && folded[open] === ' ') open--;
  if (folded[open] !== '(') return null;
  const end = open;
  // Walk back over the title's characters to the clause boundary.
  let start = end;
  while (start > 0 && end - start < MAX_TITLE && !OUTSIDE_TITLE.test(folded[start - 1]!)) start--;
  if (end - start >= MAX_TITLE) return null;
  const piece = folded.slice(start, end);
  const about = piece.indexOf('关于');
  if (about < MIN_ORGAN || !DOC_KIND_ENDING.test(piece)) return null;
  // The organ is what stands before 关于, after the verb governing the title (`根据国务院办公厅关于…`, `我局认真贯彻落实
  // 省人民政府关于…`): the last such verb before 关于.
  let from = 0;
  for (const v of GOVERNING) {
    const at = piece.lastIndexOf(v, about - v.length);
    if (at >= 0 && at + v.length > from) from = at + v.length;
  }
  const organ = piece.slice(from, about);
  if (organ.length < MIN_ORGAN || organ.length > MAX_ORGAN || !ORGAN_ENDING.test(organ) || !HAN_ONLY.test(organ))
    return null;
  return { start: start + from, end };
}
