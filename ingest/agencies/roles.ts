// ingest/agencies/roles.ts — the role of an agency mention: issuer (wrote the document), addressee (the salutation),
// co-handler (listed as 协办/会同/共同研究办理 units, after 经与…共同研究 or 经商…), mentioned (any other mention).

import type { ExtractContext } from '../context.ts';
import type { Role } from '../model.ts';
import { ORGAN_ENDING } from '../regexes.ts';
import { sentenceAround } from '../sentences.ts';
import { isSentenceEnd } from './rules.ts';

export const ROLE_ORDER: Role[] = ['issuer', 'addressee', 'co-handler', 'mentioned'];

/** Sentences that list the units a reply was handled with (`经与…等协办单位共同研究办理`, `经会同…共同研究办理`,
 *  `经商省教育厅、省财政厅,现答复如下`, `经与…会商`). The 协办 of `政协办公室` is no cue: a one-character look-back. */
const CO_HANDLING_SENTENCE = /共同研究|研究办理|(?<!政)协办|经商|会商/g;

/** Positions of co-handling cue words in the text, sorted. */
export function coHandlingCues(text: string): number[] {
  return [...text.matchAll(CO_HANDLING_SENTENCE)].map((m) => m.index!);
}

/** How far back on its line a header `协办单位` field name may stand before a listed unit. */
const FIELD_LOOK_BACK = 80;
const FIELD_NAME = '协办单位';

/** Whether the name at `pos` is listed in a header field naming the co-handling units (`协办单位: | 省发展改革委、`):
 *  the field name stands earlier on the line, at most FIELD_LOOK_BACK characters back, and only list items
 *  (no field separator `|`, `:`) stand between it and the name. A fixed look-back and a character walk: no regex. */
export function inCoHandlerField(text: string, pos: number): boolean {
  const floor = Math.max(0, pos - FIELD_LOOK_BACK);
  let lineStart = floor;
  for (let k = pos - 1; k >= floor; k--) {
    if (text.charCodeAt(k) === 10) {
      lineStart = k + 1;
      break;
    }
  }
  const window = text.slice(lineStart, pos);
  const at = window.lastIndexOf(FIELD_NAME);
  if (at < 0) return false;
  let k = at + FIELD_NAME.length;
  // The field's own separators: spaces, colons, table bars, the brackets of a `[ 协办单位 ]` field.
  while (k < window.length && /[\s:：|\]］】]/.test(window[k]!)) k++;
  // Then list items, each closed by a list separator and optional spaces; an item holds no space or field separator.
  let itemOpen = false;
  for (; k < window.length; k++) {
    const ch = window[k]!;
    if (ch === '|' || ch === ':' || ch === '：') return false;
    if ('、，,；;'.includes(ch)) itemOpen = false;
    else if (/\s/.test(ch)) {
      if (itemOpen) return false;
    } else itemOpen = true;
  }
  return !itemOpen;
}

/** Whether one of the sorted `positions` lies in the sentence around [start, end). */
export function sentenceContains(
  text: string,
  start: number,
  end: number,
  positions: readonly number[],
  limit = 400,
): boolean {
  // Binary search for the first position that could share the sentence; most matches have none nearby.
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < start - limit) lo = mid + 1;
    else hi = mid;
  }
  if (lo === positions.length || positions[lo]! >= end + limit) return false;
  const [s, e] = sentenceAround(text, start, end, limit, isSentenceEnd);
  for (let k = lo; k < positions.length && positions[k]! < e; k++) if (positions[k]! >= s) return true;
  return false;
}

/** The role of a mention: in the salutation, the addressee; in a co-handling sentence or header field, a co-handler.
 *  A module-level function, not a closure per document (tsx's keep-names transform makes each named closure cost a
 *  defineProperty call when it is created). */
export function roleOf(
  text: string,
  ctx: ExtractContext,
  coHandling: readonly number[],
  start: number,
  end: number,
  coHandlerField: boolean,
): Role {
  if (ctx.salutation && start >= ctx.salutation.start && end <= ctx.salutation.end) return 'addressee';
  if (coHandlerField || sentenceContains(text, start, end, coHandling)) return 'co-handler';
  return 'mentioned';
}

/** The labels of a page's source field (`来源 :天津市东丽区人民政府办公室 访问次数 :…`). */
const SOURCE_LABELS = ['来源', '信息来源', '文章来源', '来自'];
/** What may stand between the label and the organ: blanks, a colon, a bracket of a `[ 来源 ]` field. */
const FIELD_GAP = /[\s:：\]］】]/;
/** What ends a field's value: a blank, a table bar, the end of the line or of the text. */
const FIELD_END = /^(?:[\s|]|$)/;

/** Whether the organ at [start, end) is the whole value of a page's source field: page chrome is part of the text, and
 *  the organ the page names as its source is a mention (ANNOTATION.md), though the header line is otherwise set apart.
 *  The organ must fill the value (`来源:重庆市人民政府网` names a website, not the government). */
export function inSourceField(text: string, start: number, end: number): boolean {
  // A site's name (`来源:重庆人大`) is no organ written out: the value must end in an organ word.
  if (!FIELD_END.test(text.slice(end, end + 1)) || !ORGAN_ENDING.test(text.slice(start, end))) return false;
  let k = start;
  while (k > 0 && start - k < 4 && FIELD_GAP.test(text[k - 1]!)) k--;
  if (k === start) return false;
  return SOURCE_LABELS.some((l) => text.startsWith(l, k - l.length));
}
