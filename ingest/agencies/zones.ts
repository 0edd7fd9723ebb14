// ingest/agencies/zones.ts — development-zone administrative committees (`重庆两江新区管委会`, `太湖经济开发区管委会`):
// the zone's government organ, named by the zone right before 管委会/管理委员会. A zone's name is a place or proper
// name as written plus a zone word (ingest/data/agencies.json zoneWords); the committee keeps that name character for
// character, and a zone word standing alone (`经济开发区管委会`, `园区管委会`) is the zone the document named before
// with that word, else the document's own county's zone.

import { longestAt } from '../lexicon.ts';
import type { Place } from './places.ts';
import { loadRoster, type ZoneStyleJson } from './roster.ts';
import { endsInWordJu, isHan } from './rules.ts';
import { surfaces } from './surfaces.ts';

export const ZONE_COMMITTEE = /管委会|管理委员会/g;
/** The committee's canonical organ word. */
export const COMMITTEE = '管理委员会';
/** Its short form (`两江新区管委会`). */
export const SHORT_COMMITTEE = '管委会';
/** Words a zone name cannot start after when no place name marks its start (`依托两江新区管委会`). */
export const ZONE_LEFT_BOUNDARY =
  /(?:依托|联合|会同|配合|协调|指导|支持|推动|推进|牵头|组织|委托|通过|现将|感谢|应当|持续|完善|加强|督促|要求|负责|责成|建议|提请|商请|包括|经|由|与|和|及|同|对|向|在|请|的|是|各|将|我|您|你)$/;
/** What ends a generic group of zones, not a zone's name (`相关园区管委会`, `省级开发区管委会`, `全县工业园区管委会`). */
const GENERIC_BEFORE_WORD = /(?:相关|有关|所在|全|本|该|其|各|级|等|类|个|县|市|区|省)$/;
/** The longest name looked back over before the zone word: a fixed bound. */
const ZONE_NAME_MAX = 12;
const DUN = '、'.charCodeAt(0);

export interface ZoneName {
  /** Where the zone's name starts (at the zone word when it stands alone). */
  start: number;
  /** Where its zone word starts. */
  wordStart: number;
}

let zoneWords: string[] | null = null;

/** The zone words, longest first: the longest that ends a name is the zone's type. */
function words(): string[] {
  return (zoneWords ??= [...(loadRoster().zoneWords ?? [])].sort((a, b) => b.length - a.length));
}

/** A county's short name (`太湖县` → `太湖`), which its zones are named by; a two-character county keeps its 县. */
export function shortName(place: Place): string {
  return place.name.length >= 3 && /[区县市]$/.test(place.name) ? place.name.slice(0, -1) : place.name;
}

/** The zone name that ends at `end` (before 管委会), or null: its zone word, then the leftmost place name (or the
 *  document's county's short name) in the run of Han characters before it, else the first character after a boundary
 *  word. The zone word is never cut: `太湖经济开发区` is 太湖 + 经济开发区, not 太湖经 + 济开发区. */
export function zoneNameAt(text: string, end: number, county: Place | null): ZoneName | null {
  const word = words().find((w) => end >= w.length && text.startsWith(w, end - w.length));
  if (!word) return null;
  const wordStart = end - word.length;
  let s = wordStart;
  while (s > 0 && wordStart - s < ZONE_NAME_MAX && isHan(text.charCodeAt(s - 1))) s--;
  const { places } = surfaces();
  const short = county ? shortName(county) : null;
  const boundary = afterBoundary(text, s, wordStart);
  for (let k = s; k < wordStart; k++) {
    if (
      longestAt(places, text, k, wordStart) ||
      (short && text.startsWith(short, k) && k + short.length <= wordStart)
    ) {
      // A place inside a proper name (`请五大连池风景区`: 大连 in 五大连池) does not start it: a boundary word before
      // the place does.
      // A list item (`、峨眉山风景名胜区`: 眉山 in 峨眉山) is the name whole.
      if (boundary === s && k > s && text.charCodeAt(s - 1) === DUN) return { start: s, wordStart };
      return { start: boundary > s && boundary < k ? boundary : k, wordStart };
    }
  }
  if (GENERIC_BEFORE_WORD.test(text.slice(Math.max(s, wordStart - 2), wordStart))) return null;
  return { start: boundary, wordStart };
}

/** The longest short name before a place in parentheses that opens a zone's name (`中韩(长春)国际合作示范区`). */
const ASIDE_LEAD_MAX = 4;

/** A zone whose name holds its city in parentheses (`中韩(长春)国际合作示范区`): the scan back from its word stops at
 *  the bracket; the name starts at the words before it when those stand after a list separator or the line's start. */
export function withPlaceAside(text: string, zone: ZoneName): ZoneName {
  const close = zone.start - 1;
  if (text[close] !== ')' || zone.start === zone.wordStart) return zone;
  const open = text.lastIndexOf('(', close - 1);
  if (open < 1 || close - open - 1 < 2) return zone;
  const place = longestAt(surfaces().places, text, open + 1, close);
  if (place?.end !== close) return zone;
  let s = open;
  while (s > 0 && open - s < ASIDE_LEAD_MAX && isHan(text.charCodeAt(s - 1))) s--;
  if (s === open || (s > 0 && isHan(text.charCodeAt(s - 1)))) return zone;
  return { start: s, wordStart: zone.wordStart };
}

/** Where a name starts in text[s, end): right after the last boundary word (`依托`, `请`, `和` …), else at s. */
function afterBoundary(text: string, s: number, end: number): number {
  let k = end;
  while (k > s && !ZONE_LEFT_BOUNDARY.test(text.slice(s, k))) k--;
  return k;
}

/** The zone style of a province-level unit for a zone type (or, `bare`, for a zone word standing alone). */
function styleOf(province: Place, word: string, bare: boolean): ZoneStyleJson | undefined {
  return (loadRoster().zoneStyles ?? []).find(
    (z) => z.province === province.name && (bare ? z.bare?.[word] !== undefined : z.words.includes(word)),
  );
}

/** How a zone named after `place` (written `written`, its short name first) is named in full: a municipality's district
 *  carries the municipality (`重庆市黔江开发区`, or `重庆綦江工业园区` for the types the municipality names so); a
 *  county's short name stands alone (`太湖经济开发区`). */
function fullZoneName(written: string, word: string, place: Place): string {
  const parent = place.parent;
  if (!parent || place.level !== 'district') return written;
  if (written.startsWith(parent.name)) return written;
  if (parent.parent === null) {
    const style = styleOf(parent, word, false);
    return (style ? style.prefix : parent.canonicalPrefix) + written;
  }
  return written;
}

/** The canonical name of the committee of the zone written text[zone.start, end), or null for a zone word standing
 *  alone with no zone to refer to. `named` holds the zones named so far (their written names and canonical names). */
export function zoneCommitteeName(...args: Parameters<typeof committeeAsWritten>): string | null {
  const name = committeeAsWritten(...args);
  return name && inFull(name);
}

/** A zone named alone where its organ is meant (`发布机构 金华经济技术开发区`): the canonical name of its committee, or
 *  null when the words are no named zone (a zone word alone, `经济开发区`, names none). */
export function zoneCommitteeOfPlace(written: string, county: Place | null, city: Place | null): string | null {
  const zone = zoneNameAt(written, written.length, county);
  if (zone?.start !== 0 || zone.wordStart === 0) return null;
  return zoneCommitteeName(written, zone, written.length, county, [], city);
}

/** A committee named with a short zone word (`六盘水高新区管理委员会`) under the zone's full word
 *  (`六盘水高新技术产业开发区管理委员会`), as the zone's approval names it. */
function inFull(name: string): string {
  const stem = name.slice(0, -COMMITTEE.length);
  for (const [short, full] of Object.entries(loadRoster().zoneWordsInFull ?? {})) {
    if (name.endsWith(COMMITTEE) && stem.endsWith(short) && stem.length > short.length)
      return stem.slice(0, -short.length) + full + COMMITTEE;
  }
  return name;
}

function committeeAsWritten(
  text: string,
  zone: ZoneName,
  end: number,
  county: Place | null,
  named: ReadonlyArray<{ written: string; name: string }>,
  city: Place | null,
): string | null {
  const written = text.slice(zone.start, end);
  const word = text.slice(zone.wordStart, end);
  if (zone.start === zone.wordStart) {
    // `园区管委会` after `綦江工业园区管委会`: the zone just named.
    for (let i = named.length - 1; i >= 0; i--) if (named[i]!.written.endsWith(word)) return named[i]!.name;
    // In a prefecture-level city's document a zone type it has one of, standing alone (`各区县人民政府、高新区管委会`), is
    // the city's zone of that type, named with the city's short name (淄博高新技术产业开发区管理委员会).
    if (!county && city?.parent && city.level === 'municipal' && loadRoster().cityZoneWords?.includes(word))
      return shortName(city) + word + COMMITTEE;
    if (!county) return null;
    // Where the municipality calls a district's park `园区`, it is that district's 工业园区.
    const meant = county.parent?.parent === null ? styleOf(county.parent, word, true)?.bare?.[word] : undefined;
    if (meant) return fullZoneName(shortName(county) + meant, meant, county) + COMMITTEE;
    // A zone type (`经济开发区`, `高新区`) is the county's zone of that type; a bare `园区`/`新区` says too little.
    return word.length > 2 ? fullZoneName(shortName(county) + word, word, county) + COMMITTEE : null;
  }
  const { places } = surfaces();
  const at = longestAt(places, text, zone.start, zone.wordStart);
  if (at) {
    const base = at.values.find((v) => v.base && v.place.level === 'district' && v.place.parent);
    if (base) return fullZoneName(written, word, base.place) + COMMITTEE;
    return written + COMMITTEE;
  }
  if (county && text.startsWith(shortName(county), zone.start)) return fullZoneName(written, word, county) + COMMITTEE;
  // A zone named without a place (`官盛新区`) in a county's document lies in that county.
  if (county) return (written.startsWith(county.canonicalPrefix) ? '' : county.canonicalPrefix) + written + COMMITTEE;
  // In a prefecture-level city's document it is the city's zone, which carries the city's short name
  // (`渤海新区管委会` in a 沧州市 notice is 沧州渤海新区管理委员会, `太白湖新区` 济宁太白湖新区).
  // A zone two places build together names both by a character each (`亳芜现代产业园区`: 亳州 and 芜湖; `中新苏滁…`):
  // the city is in its name already.
  if (
    city?.parent &&
    city.level === 'municipal' &&
    !written.startsWith(shortName(city)) &&
    !written.slice(0, JOINT_NAME_HEAD).includes(shortName(city)[0]!) &&
    !opensWithPlace(written, city)
  )
    return shortName(city) + written + COMMITTEE;
  // In a municipality's document, its zone of a type the municipality names with its prefix (`万盛经开区管委会` in a
  // Chongqing notice is 重庆万盛经济技术开发区管理委员会).
  if (city && city.parent === null) {
    const style = styleOf(city, loadRoster().zoneWordsInFull?.[word] ?? word, false);
    if (style && !written.startsWith(style.prefix)) return style.prefix + written + COMMITTEE;
  }
  return written + COMMITTEE;
}

/** How many characters of a jointly built zone's name hold its builders' abbreviations (`中新苏滁`). */
const JOINT_NAME_HEAD = 4;

/** Whether a name opens with a county-level place of the city's province written without its 市/县/区
 *  (`五大连池风景区`: 五大连池市), which the gazetteer holds only in full. `太白湖新区` in 济宁 is no 太白县 (陕西). */
function opensWithPlace(name: string, city: Place): boolean {
  const { places } = surfaces();
  for (let k = 2; k < name.length && k <= 6; k++)
    for (const end of '市县区') {
      const full = name.slice(0, k) + end;
      const hit = longestAt(places, full, 0, full.length);
      if (hit?.end === full.length && hit.values.some((v) => v.place.province === city.province)) return true;
    }
  return false;
}

/** What ends a zone's organ other than its committee: a bureau, a commission, an office. */
const ZONE_ORGAN_KIND =
  /^(?:[\u4e00-\u9fa5]{2,18}?)(?:局|委员会|办公室)(?=$|[^\u4e00-\u9fa5]|关于|的|要求|负责|同意|印发|发布|会同|联合|牵头|配合|组织|指导|等)/;

let zoneWordPattern: RegExp | null = null;

/** Organs of a zone or special area written in full after its name (`兰州新区卫生计生和食品药品监督管理局`,
 *  `甘肃矿区卫生和计划生育委员会`): the organ as written, since a zone's bureaus have names of their own. The
 *  committee (`管委会`) is zoneCommitteeName's. */
export function zoneOrgans(text: string, county: Place | null): Array<{ name: string; start: number; end: number }> {
  zoneWordPattern ??= new RegExp(words().join('|'), 'g');
  zoneWordPattern.lastIndex = 0;
  const out: Array<{ name: string; start: number; end: number }> = [];
  for (const z of text.matchAll(zoneWordPattern)) {
    const at = z.index! + z[0].length;
    const organ = ZONE_ORGAN_KIND.exec(text.slice(at, at + 24))?.[0];
    if (!organ || organ.startsWith('管理委员会') || organ.startsWith('管委会') || endsInWordJu(organ)) continue;
    const zone = zoneNameAt(text, at, county);
    // Only a named zone (`兰州新区`), never a zone word standing alone (`新区财政局` is the district's).
    if (!zone || zone.start === zone.wordStart) continue;
    out.push({ name: text.slice(zone.start, at + organ.length), start: zone.start, end: at + organ.length });
  }
  return out;
}
