// ingest/header/attachments.ts — the attachment list (附件:1.X / 2.Y): documents attached are the document itself,
// never citations.

import type { Line } from '../clean.ts';
import { trimSpan } from '../clean.ts';
import { findNumbers } from '../citations.ts';
import { normalizeTitle } from '../normalize.ts';
import type { HeaderInfo } from './model.ts';

// ---------------------------------------------------------------------------------------------------------------
// Attachments (附件:1.X / 2.Y)

export function findAttachments(info: HeaderInfo, folded: string, lines: Line[]): void {
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
    const listLines: Line[] = [t];
    for (let k = i + 1; k < lines.length && k <= i + 10; k++) {
      const n = folded.slice(trimSpan(folded, lines[k]!).start, trimSpan(folded, lines[k]!).end);
      const item = /^\d{1,2}\s*[.、．]\s*(.+)$/.exec(n);
      if (!item || n.length > 100) break;
      names.push(item[1]!);
      listLines.push(trimSpan(folded, lines[k]!));
    }
    // An attached document is this document: the number printed with its name (`附件:农办计[2017]26号农业部办公厅关于…
    // 的通知`, a forwarded notice attached) is its own, never a citation.
    for (const l of listLines)
      for (const n of findNumbers(folded.slice(l.start, l.end)))
        info.excluded.push({ start: l.start + n.start, end: l.start + n.end });
    for (const raw of names) {
      const name = normalizeTitle(
        raw.replace(/^\d{1,2}\s*[.、．]\s*/, '').replace(/\.(?:docx?|pdf|xlsx?|wps|et|ofd|zip|rar)\s*$/i, ''),
      );
      if (name.length < 4) continue;
      info.attachments.push(name.replace(/^《(.*)》$/, '$1'));
      for (const inner of name.matchAll(/《([^》]+)》/g)) info.attachments.push(inner[1]!);
    }
  }
}
