// ingest/header/dated-organs.ts — a law database prints an older rule's promulgation under its title as the date and
// the organs that issued it: `1991年1月23日,国家环保局、能源部`. The date is the one the organs signed it on.

import type { Line } from '../clean.ts';
import { parseDate } from '../normalize.ts';
import { ORGAN_ENDING } from '../regexes.ts';
import type { HeaderInfo } from './model.ts';

const DATED_ORGANS =
  /^\s*((?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[,，]\s*([\u4e00-\u9fa5、\s]{2,80}?)\s*$/;
/** The line stands right above the body's start or opens the body: non-empty lines looked at on either side. */
const LINES_EACH_SIDE = 2;

export function readDatedOrgans(info: HeaderInfo, folded: string, lines: Line[]): void {
  if (info.signedDate) return;
  let at = lines.findIndex((l) => l.start >= info.bodyStart);
  if (at === -1) at = lines.length;
  const near: Line[] = [];
  for (let i = at - 1; i >= 0 && near.length < LINES_EACH_SIDE; i--)
    if (lines[i]!.end > lines[i]!.start) near.push(lines[i]!);
  for (let i = at, n = 0; i < lines.length && n < LINES_EACH_SIDE; i++) {
    if (lines[i]!.end === lines[i]!.start) continue;
    near.push(lines[i]!);
    n++;
  }
  for (const line of near) {
    const m = DATED_ORGANS.exec(folded.slice(line.start, line.end));
    if (!m) continue;
    const organs = m[2]!.replace(/\s+/g, '').split('、');
    if (organs.every((o) => o.length >= 2 && ORGAN_ENDING.test(o))) info.signedDate = parseDate(m[1]!);
    return;
  }
}
