// ingest/header/acting-subject.ts — a decision whose title names no organ (`关于修改《…》的决定`) names it as the
// subject of its first sentence: `交通运输部决定对《…》作如下修改`, `国务院决定废止下列行政法规`. That organ issued it.

import { ORGAN_ENDING } from '../regexes.ts';
import { mentionAt } from '../sentences.ts';
import type { HeaderInfo } from './model.ts';

/** The title of a decision without an organ before 关于. */
const BARE_DECISION_TITLE = /^关于[\s\S]*决定$/;
/** The opening subject: an organ's name (no clause mark inside), then 决定, optionally after 经研究 or a meeting. */
const SUBJECT = /^[ \t\u3000]*([\u4e00-\u9fa5]{2,30}?)(?:经研究|研究)?决定/;

export function readActingSubject(info: HeaderInfo, text: string, folded: string): void {
  if (!info.title || info.titleIssuers.length > 0 || info.signatureIssuers.length > 0) return;
  if (!BARE_DECISION_TITLE.test(info.title.replace(/\s+/g, ''))) return;
  const m = SUBJECT.exec(folded.slice(info.bodyStart, info.bodyStart + 64));
  if (!m || !ORGAN_ENDING.test(m[1]!)) return;
  const at = info.bodyStart + m[0].indexOf(m[1]!);
  info.leadIssuers.push(mentionAt(text, at, at + m[1]!.length));
}
