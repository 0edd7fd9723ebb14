// ingest/header/compiled-by.ts — a yearly report says who compiled it in its opening paragraph (`本报告…由重庆市长寿区
// 人民政府办公室编制`, `本年度报告是重庆市人民政府办公厅根据《条例》要求编制`): that organ issued it, when no title line
// names one (a report page titled by place and year, or cut before its title).

import { ORGAN_ENDING } from '../regexes.ts';
import { mentionAt } from '../sentences.ts';
import type { HeaderInfo } from './model.ts';

/** How far into the body the compiling sentence is looked for: the report's opening paragraph. */
const OPENING = 400;
/** `由X编制`, `由X负责编制`, `由X根据《条例》要求编制`, `报告是X根据…编制` (the basis in between, within the sentence). */
const COMPILED_BY = /(?:由|报告(?:是|为))([\u4e00-\u9fa5]{2,30}?)(?:负责)?(?:(?:根据|依据|按照)[^。]{0,80}?)?编制/;

export function readCompiledBy(info: HeaderInfo, text: string, folded: string): void {
  if (info.titleIssuers.length > 0 || info.leadIssuers.length > 0) return;
  if (info.title !== null && !info.title.includes('报告')) return;
  const m = COMPILED_BY.exec(folded.slice(info.bodyStart, info.bodyStart + OPENING));
  const organ = m?.[1] ?? null;
  if (!m || !organ || !ORGAN_ENDING.test(organ)) return;
  const at = info.bodyStart + m.index + m[0].indexOf(organ);
  info.leadIssuers.push(mentionAt(text, at, at + organ.length));
}
