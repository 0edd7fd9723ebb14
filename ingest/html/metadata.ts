// ingest/html/metadata.ts — the metadata table of a government page (索引号 / 发文字号 / 发布机构 / 成文日期 …): where it
// is in the tree and the document number it states. The labels and the field each fills are the header stage's data
// (ingest/data/header-labels.json), so a label the text reader knows is a label here too.

import { numberOfLine } from '../header/number-line.ts';
import { halfWidthAll } from '../normalize.ts';
import { HEADER_LABELS } from '../regexes.ts';
import { METADATA_MAX_CHARS, METADATA_MAX_VALUE_CHARS, METADATA_MIN_FIELDS } from './settings.ts';
import { DROP_ELEMENTS } from './text.ts';
import { type HtmlElement, isElement, textOf } from './tree.ts';

/** Brackets, colons and blanks around a label in a cell: `[ 索引号 ]`, `【发文字号】`, `发布机构：`, `索 引 号`. */
const LABEL_DECORATION = /[\s[\]【】:：\u3000]/g;

/** The field a text run labels (`[ 索引号 ]` → indexNumber; `发文字号：渝…` → docNumber), or null. */
export function labelFieldOf(text: string): { field: string; value: string } | null {
  const t = text.trim();
  if (t.length === 0 || t.length > 80) return null;
  // The label alone in its cell or span.
  const bare = t.replace(LABEL_DECORATION, '');
  const alone = HEADER_LABELS[bare];
  if (alone) return { field: alone, value: '' };
  // The label and its value in one run, split by a colon or a closing bracket.
  const m = /^[[【]?\s*([^:：\]】]{2,12}?)\s*[:：\]】]\s*(.*)$/s.exec(t);
  if (!m) return null;
  const field = HEADER_LABELS[m[1]!.replace(LABEL_DECORATION, '')];
  return field ? { field, value: m[2]!.trim() } : null;
}

export interface MetadataTable {
  element: HtmlElement;
  /** Distinct fields it labels (`ignore` labels not counted). */
  fields: string[];
  /** The 发文字号 it states, normalized, or null. */
  docNumber: string | null;
}

interface LabelRun {
  /** The element holding the text run. */
  holder: HtmlElement;
  field: string;
  value: string;
}

/** A 发文字号 label whose value has neither the number's form nor is a placeholder (`无`, `/`) is not a label: a page
 *  toolbar's `字号：大 中 小` is the font size. */
function plausible(run: LabelRun, table: HtmlElement | null): boolean {
  if (run.field !== 'docNumber') return true;
  const value = (run.value || nextValue(run.holder, table)).replace(/\s+/g, '');
  return value.length <= 1 || value === '无' || numberOfLine(halfWidthAll(value)) !== null;
}

/** Label runs in document order, outside the elements in `skip`; and the elements holding prose: a run of text longer
 *  than METADATA_MAX_VALUE_CHARS that is not the value right after a label (a paragraph, a title). */
function labelRuns(root: HtmlElement, skip: ReadonlySet<HtmlElement>): { runs: LabelRun[]; prose: HtmlElement[] } {
  const runs: LabelRun[] = [];
  const prose: HtmlElement[] = [];
  let afterLabel = false;
  const walk = (el: HtmlElement): void => {
    if (skip.has(el) || DROP_ELEMENTS.has(el.name)) return;
    for (const c of el.children) {
      if (isElement(c)) {
        walk(c);
        continue;
      }
      const n = nonBlankLength(c);
      if (n === 0) continue;
      const l = labelFieldOf(c);
      if (l && plausible({ holder: el, ...l }, null)) {
        runs.push({ holder: el, ...l });
        afterLabel = l.value === '';
        continue;
      }
      if (n > METADATA_MAX_VALUE_CHARS && !afterLabel) prose.push(el);
      afterLabel = false;
    }
  };
  walk(root);
  return { runs, prose };
}

function nonBlankLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x20 && s[i] !== '\u3000' && s[i] !== '\u00a0') n++;
  return n;
}

/** The metadata table: from the first label of the page, the enclosing blocks are taken while they bring in more
 *  labels and hold no prose (a short document's whole content block holds its paragraphs, so the table stays a table).
 *  Null when fewer than METADATA_MIN_FIELDS distinct fields are labelled there. */
export function findMetadataTable(root: HtmlElement, skip: ReadonlySet<HtmlElement> = new Set()): MetadataTable | null {
  const { runs, prose } = labelRuns(root, skip);
  if (runs.length === 0) return null;
  const inside = (el: HtmlElement) => runs.filter((r) => contains(el, r.holder));
  let best = runs[0]!.holder;
  let count = inside(best).length;
  for (let up = best.parent; up && up.name !== '#root' && up.name !== 'body' && up.name !== 'html'; up = up.parent) {
    // An enclosing block is more of the table when it adds labels and no prose: a second table of fields, not the
    // document under a `日期：` toolbar.
    if (nonBlankLength(textOf(up)) > METADATA_MAX_CHARS || prose.some((el) => contains(up, el))) break;
    const n = inside(up).length;
    if (n > count) {
      best = up;
      count = n;
    }
  }
  const mine = inside(best);
  const fields = [...new Set(mine.map((r) => r.field).filter((f) => f !== 'ignore'))];
  if (fields.length < METADATA_MIN_FIELDS) return null;
  return { element: best, fields, docNumber: docNumberOf(best, mine) };
}

/** The 发文字号 value: in the label's own run (`发文字号：渝…`), else the text of the next cell or sibling. */
function docNumberOf(table: HtmlElement, runs: LabelRun[]): string | null {
  for (const r of runs) {
    if (r.field !== 'docNumber') continue;
    const value = r.value || nextValue(r.holder, table);
    // Only a value of the number's form (a portal prints `无` or `/` for a document without one).
    const n = value ? numberOfLine(halfWidthAll(value).replace(/\s+/g, '')) : null;
    if (n) return n;
  }
  return null;
}

/** The text after a label's element: its next sibling with text, climbing to the parent while there is none (the
 *  label `<td>` → the value `<td>`; the label `<span>` → the text after it). */
function nextValue(holder: HtmlElement, table: HtmlElement | null): string {
  for (let el: HtmlElement | null = holder; el && el !== table; el = el.parent) {
    const siblings = el.parent ? el.parent.children : [];
    for (let i = siblings.indexOf(el) + 1; i < siblings.length; i++) {
      const t = textOf(siblings[i]!).trim();
      if (t) return t;
    }
  }
  return '';
}

function contains(ancestor: HtmlElement, el: HtmlElement): boolean {
  for (let e: HtmlElement | null = el; e; e = e.parent) if (e === ancestor) return true;
  return false;
}
