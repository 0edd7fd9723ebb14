// ingest/agencies/branch-name.ts — the canonical name of a city bureau's district branch (`重庆市公安局铜梁区分局`,
// `广州市公安局番禺区分局`): the city, the bureau, the district, 分局. The name is composed by resolve.ts from the district's
// bureau (`铜梁区公安局`); written whole, in a title or signature, it names the same organ, which stands in the district.

import { ANY_HOME, scan } from './compose.ts';
import type { Place } from './places.ts';

const BRANCH_NAME = /^([\u4e00-\u9fa5]{2,8}?[市州])([\u4e00-\u9fa5]{2,10}?局)([\u4e00-\u9fa5]{1,8}?[区县])分局$/;

/** The parts of a branch's canonical name, or null when `name` has not its shape. */
export function branchParts(name: string): { city: string; bureau: string; district: string } | null {
  const m = BRANCH_NAME.exec(name);
  return m ? { city: m[1]!, bureau: m[2]!, district: m[3]! } : null;
}

/** The district bureau that resolves to the branch (`重庆市铜梁区公安局`), written with the city. */
export function districtBureauOf(parts: { city: string; bureau: string; district: string }): string {
  return parts.city + parts.district + parts.bureau;
}

/** The district a branch's name stands in (a place is read with an organ after it: the district's government). */
export function branchDistrict(parts: { city: string; district: string }): Place[] {
  const places: Place[] = [];
  for (const m of scan(`${parts.city}${parts.district}人民政府`, ANY_HOME))
    for (const r of m.readings) if (r.kind === 'place' && m.start === 0) places.push(r.place);
  return places;
}
