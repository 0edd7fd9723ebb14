// ingest/agencies/distribute.ts — an organ written once after a list of places (`五华区、盘龙区、官渡区人民政府`,
// `北安市、五大连池市人民政府`): the organ is each place's. The scan finds only the last item's organ; this walks the
// list back from it.

import { organTypeWritten, scan, type RawMatch } from './compose.ts';
import type { Level } from './roster.ts';
import { firstResolved, type Locale } from './resolve.ts';
import type { Place } from './places.ts';
import { isHan } from './rules.ts';

const DUN = '、'.charCodeAt(0);
/** The last character of a place name written with its kind (省, 区, 县, 市, 州, 旗, 盟). */
const PLACE_FINAL = /[省区县市州旗盟]/;
/** A list item is a place name: a few characters. */
const MAX_ITEM = 10;
/** A list is read back over at most this many items. */
const MAX_ITEMS = 30;

export interface Distributed {
  name: string;
  level: Level;
  start: number;
  end: number;
}

/** Level words the earlier items of a list may leave to the last (`湖南、广东、江苏省…`, `万州、涪陵区…`). */
const SHARED_LEVEL = /^[省市区县]$/;

/** The organs of the places listed right before match `m` (a place-built organ), last item first. */
export function distributedOrgans(
  text: string,
  m: RawMatch,
  builtOn: Place,
  locale: Locale,
  nearbyCity: Place | null,
  home: string | null,
): Distributed[] {
  if (text.charCodeAt(m.start - 1) !== DUN) return [];
  // `山西省、…、宁夏回族自治区生态环境厅、高级人民法院、人民检察院…`: places times a list of organ types is a class of
  // recipients, no organ standing on its own (the annotated sets list none of them).
  if (
    text.charCodeAt(m.end) === DUN &&
    organTypeWritten(/^[\u4e00-\u9fa5]{2,12}/.exec(text.slice(m.end + 1, m.end + 13))?.[0] ?? '') !== null
  )
    return [];
  // The organ as written: what follows the first place-final character of the match (`官渡区|人民政府`).
  let split = -1;
  for (let k = m.start + 1; k < m.end - 1; k++) {
    if (PLACE_FINAL.test(text[k]!)) {
      split = k + 1;
      break;
    }
  }
  if (split < 0) return [];
  const organ = text.slice(split, m.end);
  const out: Distributed[] = [];
  let itemEnd = m.start - 1;
  for (let n = 0; n < MAX_ITEMS && text.charCodeAt(itemEnd) === DUN; n++) {
    let itemStart = itemEnd;
    while (
      itemStart > 0 &&
      itemEnd - itemStart < MAX_ITEM &&
      isHan(text.charCodeAt(itemStart - 1)) &&
      text.charCodeAt(itemStart - 1) !== DUN
    )
      itemStart--;
    const item = text.slice(itemStart, itemEnd);
    // `湖南、广东、江苏省住房和城乡建设厅`: the items before the last share its level word too.
    const level = PLACE_FINAL.test(item.slice(-1)) ? '' : builtOn.name.slice(-1);
    if (level !== '' && !SHARED_LEVEL.test(level)) break;
    const candidate = item + level + organ;
    const ms = scan(candidate, home);
    const last = ms[ms.length - 1];
    // The item's organ must be one name covering the organ and the place's name in full (not a word before it).
    if (!last || last.end !== candidate.length || last.start >= item.length - 1) break;
    const res = firstResolved(last.readings, locale, nearbyCity ?? builtOn.parent, false);
    if (!res?.builtOn || res.builtOn === builtOn) break;
    out.push({ name: res.name, level: res.level, start: itemStart + last.start, end: itemEnd });
    itemEnd = itemStart + last.start - 1;
    // The list goes on only where the item started right after another 、.
    if (last.start !== 0) break;
  }
  return out;
}
