// ingest/header/file-name-number.ts — a page that offers the document itself as a file names the file by the own
// number and the title (`綦农委〔2023〕91号关于印发进一步加强农业农村项目管理的通知.docx`): where the page prints the
// number nowhere else, the file's name gives it, and it is never a citation.

import type { Line } from '../clean.ts';
import type { HeaderInfo } from './model.ts';
import { numberOfLine } from './number-line.ts';

/** A number, then a title, then a document file's extension: the whole line. */
const FILE_LINE =
  /^\s*([\u4e00-\u9fa5]{1,12}\s*[〔[［(（【]\s*(?:19|20)\d\d\s*[〕\]］)）】]\s*\d{1,5}\s*号)\s*(\S[^\n]*?)\.(?:docx?|wps|pdf|ofd)\s*$/i;
/** The shortest title part that says which document the file is (`关于…的通知`). */
const MIN_TITLE = 6;

export function readFileNameNumber(info: HeaderInfo, folded: string, lines: Line[]): void {
  if (info.docNumber || info.numberLine || !info.title) return;
  const title = info.title.replace(/\s+/g, '');
  for (const line of lines) {
    if (line.start < info.bodyStart) continue;
    const s = folded.slice(line.start, line.end);
    // Cheap gate: a file's extension needs a dot.
    if (!s.includes('.')) continue;
    const m = FILE_LINE.exec(s);
    if (!m) continue;
    // The file's title is the document's own (its issuer's name may be left out): another document's file is not.
    const named = m[2]!.replace(/\s+/g, '');
    if (named.length < MIN_TITLE || !title.endsWith(named)) continue;
    const number = numberOfLine(m[1]!);
    if (!number) continue;
    info.docNumber = number;
    const at = line.start + s.indexOf(m[1]!);
    info.excluded.push({ start: at, end: at + m[1]!.length });
    return;
  }
}
