// ingest/programs/works.ts — construction works of a place (`木洞镇农村饮水整体提升改造工程`) are projects, not named
// public programs: a works word in the name, or a town, village or block opening it.

import { onlyGenericWords } from './generic-words.ts';
import { pat } from './patterns.ts';

/** A province, city, county or district name opening a name (`巫溪县`, `重庆市`, `武隆区`). */
const PLACE_START = /^[\u4e00-\u9fa5]{2,6}?(?:省|市|自治区|县|区)/;

/** How far into a name a place below the county may end (`木洞镇`, `X片区`, `城关街道`); common nouns ending in the
 *  same words (`农村`, `乡村`) are listed apart in the data. */
const LOCAL_PLACE_MAX = 8;

/** `木洞镇农村饮水整体提升改造工程`, `X片区丘陵山区高标准农田改造提升示范项目`: a construction project of a place or a
 *  description of works (a works word in it, or only generic words after a place), not a named public program. */
export function isLocalWorks(name: string, head: string): boolean {
  const P = pat();
  // `巫溪县高标准农田建设示范项目`: a place and a generic description of works.
  const place = PLACE_START.exec(name);
  if (place && onlyGenericWords(name.slice(place[0].length, name.length - head.length))) return true;
  if (P.worksWords.some((w) => name.includes(w))) return true;
  for (const end of P.localPlaceEnds) {
    const at = name.indexOf(end);
    // A town or village goes by two characters at least (`木洞镇`, `石桥村`); `千村示范万村整治工程` counts villages.
    if (at < (end.length === 1 ? 2 : 1) || at + end.length > LOCAL_PLACE_MAX) continue;
    const place = name.slice(0, at + end.length);
    if (!P.notLocalPlaces.some((w) => place.endsWith(w))) return true;
  }
  return false;
}
