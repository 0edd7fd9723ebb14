// ingest/agencies/zones.ts — development-zone administrative committees (`重庆两江新区管委会`, `黔江开发区管委会`):
// the zone's government organ, named by the zone (a name ending in a zone word) right before 管委会/管理委员会.

import { longestAt } from '../lexicon.ts';
import type { Place } from './places.ts';
import { isHan } from './rules.ts';
import { surfaces } from './surfaces.ts';

export const ZONE_COMMITTEE = /管委会|管理委员会/g;
const ZONE_NAME_END = /(?:新区|开发区|高新区|经开区|保税区|综合保税区|自贸区|试验区|示范区|园区|工业园|产业园|港区|新城|片区|经济区)$/;
/** Words a zone name cannot start after when no place name marks its start (`依托两江新区管委会`). */
export const ZONE_LEFT_BOUNDARY = /(?:依托|联合|会同|配合|协调|指导|支持|推动|推进|牵头|组织|委托|通过|经|由|与|和|及|同|对|向|在|请|的|是|各)$/;
/** The longest zone name looked back over: a fixed bound. */
const ZONE_NAME_MAX = 16;

/** Start of the zone name that ends at `end` (before 管委会), or -1: the leftmost place name in the run of Han
 *  characters before it, else the first character after a boundary word. */
export function zoneNameStart(text: string, end: number): number {
  let s = end;
  while (s > 0 && end - s < ZONE_NAME_MAX && isHan(text.charCodeAt(s - 1))) s--;
  if (!ZONE_NAME_END.test(text.slice(s, end))) return -1;
  const { places } = surfaces();
  for (let k = s; k < end - 2; k++) if (longestAt(places, text, k, end - 2)) return k;
  let k = end - 3;
  while (k > s && !ZONE_LEFT_BOUNDARY.test(text.slice(s, k))) k--;
  return end - k >= 4 ? k : -1;
}

/** The canonical name of the committee of the zone written text[start, end): a zone named after a district or county
 *  written without its 区/县 (`黔江开发区`) carries that place's city (`重庆市黔江开发区管理委员会`); a zone named
 *  without a place (`官盛新区`) in a county's document lies in that county (`广安市广安区官盛新区管理委员会`). */
export function zoneCommitteeName(text: string, start: number, end: number, county: Place | null): string {
  const written = text.slice(start, end);
  const { places } = surfaces();
  const at = longestAt(places, text, start, end);
  if (at) {
    const base = at.values.find((v) => v.base && v.place.level === 'district' && v.place.parent);
    if (base && !written.startsWith(base.place.parent!.name)) return base.place.parent!.canonicalPrefix + written + '管理委员会';
    return written + '管理委员会';
  }
  return (county && !written.startsWith(county.canonicalPrefix) ? county.canonicalPrefix : '') + written + '管理委员会';
}
