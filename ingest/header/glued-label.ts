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
