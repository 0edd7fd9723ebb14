// ingest/agencies/towns.ts — town and township governments and sub-district offices named by the town
// (`旧县镇人民政府`, `文峰乡政府`, `巴福镇`, `南城街道办事处`): too many to list, so read from the organ word back to the name.
// In a salutation, a town or sub-district named alone (`双龙湖街道、木耳镇:`) is addressed as its organ.

import type { Span } from '../model.ts';
import { longestAt } from '../lexicon.ts';
import { isMunicipalityCounty, type Place } from './places.ts';
import { isHan } from './rules.ts';
import { surfaces } from './surfaces.ts';
import { ZONE_LEFT_BOUNDARY } from './zones.ts';

/** The organ of a town (镇/乡 人民政府, Inner Mongolia's 苏木人民政府) or sub-district (街道办事处); the name stands right
 *  before it. */
export const TOWN_ORGAN = /(镇|乡|苏木)(?:人民政府|政府)|街道办事处/g;

/** Words of the sentence, not of a name, that a look-back may take for one (`当地镇政府`, `四是乡镇…`, `已经镇政府`,
 *  `应当由街道办事处`, `持续完善街道办事处`, `我代表木洞镇人民政府`; verbs that hand a task to the organ: `责成邱村镇政府`,
 *  `目前建议镇人民政府`), a kind of place (`城市街道办事处`), or a town that no longer is (`撤销原羊角镇`: 原 marks a
 *  former town, merged away). */
const NOT_A_NAME =
  /当地|已经|通过|年度|[一二三四五六七八九十]是|应当|完善|加强|健全|规范|推进|落实|指导|督促|代表|责成|建议|提请|商请|目前|[由向在]$|^(?:城市|城区|县城|城乡|城镇)$|^原/;
/** Whether a run of characters before 镇/乡/街道 can be a town's name. */
function isTownName(name: string): boolean {
  return (
    name.length >= NAME_MIN &&
    name.length <= NAME_MAX &&
    !NOT_IN_NAME.test(name) &&
    !NOT_A_NAME.test(name) &&
    !LEVELS_ONLY.test(name)
  );
}

/** A run of level words is a list of levels (`各地州市县乡人民政府`, Inner Mongolia's `苏木镇人民政府`: the sumu and
 *  towns), no town's name. */
const LEVELS_ONLY = /^(?:[省市县区州地盟旗]|苏木)+$/;
/** The district's government, written between the district and the sub-district office it runs. */
const GOVERNMENT = '人民政府';
/** A town's name is two to four characters. */
const NAME_MIN = 2;
const NAME_MAX = 4;
/** How far back a county name written before the town may start (`铜梁区旧县镇人民政府`). */
const LOOK_BACK = 18;
/** Characters no town name holds: generic groups (`各乡镇`, `全镇`, `本街道`), enumerations, pronouns and the
 *  words of a letter's sentences (`现将我镇`, `感谢您对镇`), a count (`锦程两个街道办事处`). */
const NOT_IN_NAME = /[各全本该等和及与或、的乡镇每所相有小我您你将对个]/;

export interface TownOrgan extends Span {
  name: string;
  /** Whether the county or district the town lies in is known (it prefixes the name). */
  placed: boolean;
}

/** The town organ whose organ word starts at `at` (`z` is its TOWN_ORGAN match), or null: its name is the run of Han
 *  characters before it, cut after a county name (which then prefixes the canonical name) or a boundary word; a town
 *  of the document's county takes that county's name. */
export function townOrgan(text: string, at: number, organ: string, county: Place | null): TownOrgan | null {
  const level = organ.startsWith('街道') ? '街道' : organ.startsWith('苏木') ? '苏木' : organ[0]!;
  let s = at;
  while (s > 0 && at - s < LOOK_BACK && isHan(text.charCodeAt(s - 1))) s--;
  let start = -1;
  let place = county;
  // A county or district written before the name: `铜梁区旧县镇`.
  const { places } = surfaces();
  for (let q = s; q <= at - NAME_MIN - 2 && start < 0; q++) {
    const hit = longestAt(places, text, q, at - NAME_MIN);
    if (!hit) continue;
    const p = hit.values.find((v) => !v.base && v.place.level === 'district');
    // `重庆市渝北区人民政府翠云街道办事处`: the district's government between its name and the office's.
    const nameAt = text.startsWith(GOVERNMENT, hit.end) ? hit.end + GOVERNMENT.length : hit.end;
    if (p && at - nameAt >= NAME_MIN && at - nameAt <= NAME_MAX) {
      start = nameAt;
      place = p.place;
    }
  }
  if (start < 0) {
    start = at - s <= NAME_MAX ? s : -1;
    // A boundary word before the name: `经与旧县镇政府`.
    for (let k = at - NAME_MIN; k > s && k >= at - NAME_MAX; k--) {
      if (ZONE_LEFT_BOUNDARY.test(text.slice(Math.max(s, k - 2), k))) {
        start = k;
        break;
      }
    }
  }
  if (start < 0 || at - start < NAME_MIN || at - start > NAME_MAX) return null;
  const name = text.slice(start, at);
  if (!isTownName(name)) return null;
  place ??= countyWrittenWith(text, name + (level === '街道' ? '街道' : level));
  return { start, end: at + organ.length, name: organName(place, name, level), placed: place !== null };
}

/** A town or sub-district named alone where its organ is meant (`发布机构 垫江县坪山镇`, `来源:上谷镇`, a title
 *  `上谷镇突发事件总体应急预案`): the canonical name of its organ, or null when the words are no town's name. */
export function townOrganOfPlace(written: string, county: Place | null): TownOrgan | null {
  if (!namesTownAlone(written)) return null;
  return townOrganNamed(written + (written.endsWith('街道') ? '办事处' : '人民政府'), county);
}

/** Whether `written` ends with a town's or sub-district's level word, its organ word not written (`坪山镇`, `海滨街道`). */
export function namesTownAlone(written: string): boolean {
  return TOWN_ALONE.test(written);
}
const TOWN_ALONE = /(?:镇|乡|苏木|街道)$/;

/** A town's or sub-district's organ word ending a name. */
const TOWN_ORGAN_AT_END = /(?:镇|乡|苏木)(?:人民政府|政府)$|街道办事处$/;

/** The organ a name ends with when it is a town's or sub-district's (`重庆市沙坪坝区西永街道办事处` →
 *  重庆市沙坪坝区人民政府西永街道办事处), or null. `county` is the document's own, for a town named alone. */
export function townOrganNamed(name: string, county: Place | null): TownOrgan | null {
  return townOrganIn(name, 0, name.length, county);
}

/** The same for a name written in `text` from `start` to `end` (a town named alone takes the county the text writes
 *  before it elsewhere). */
export function townOrganIn(text: string, start: number, end: number, county: Place | null): TownOrgan | null {
  const word = TOWN_ORGAN_AT_END.exec(text.slice(start, end));
  return word ? townOrgan(text, start + word.index, word[0], county) : null;
}

/** How many occurrences of a town's name are looked at for the county written before it. */
const MAX_TOWN_OCCURRENCES = 20;

/** The district or county the text writes right before a town's name elsewhere (`番禺区石楼镇海鸥大桥` … `石楼镇政府`):
 *  the town named alone is that county's. */
function countyWrittenWith(text: string, town: string): Place | null {
  const { places } = surfaces();
  let seen = 0;
  for (let at = text.indexOf(town); at !== -1 && seen < MAX_TOWN_OCCURRENCES; at = text.indexOf(town, at + 1), seen++) {
    for (let q = Math.max(0, at - LOOK_BACK); q <= at - 2; q++) {
      const hit = longestAt(places, text, q, at);
      if (hit?.end !== at) continue;
      const p = hit.values.find((v) => !v.base && v.place.level === 'district');
      if (p) return p.place;
    }
  }
  return null;
}

/** The canonical name of the town `name`'s organ: `<county>X镇人民政府`, `<county>X街道办事处`, or under a district,
 *  `<district>人民政府X街道办事处`. A 街道办事处 is the 派出机关 of its district's or county-level city's people's
 *  government (地方各级人民代表大会和地方各级人民政府组织法 art. 85) and a district's seals read so
 *  (`北京市密云区人民政府果园街道办事处`, `厦门市翔安区人民政府香山街道办事处`); the annotated sets name a district's
 *  sub-district offices so 25 times in 38, a county's or county-level city's without the government 5 times in 6
 *  (`石林彝族自治县鹿阜街道办事处`, `高平市北城街街道办事处`). */
function organName(county: Place | null, name: string, level: string): string {
  const prefix = county ? (isMunicipalityCounty(county) ? county.name : county.canonicalPrefix) : '';
  if (level !== '街道') return prefix + name + level + '人民政府';
  // A zone has no people's government: its sub-districts are named after the zone alone.
  const underGovernment = county !== null && !county.zone && county.name.endsWith('区');
  return prefix + (underGovernment ? '人民政府' : '') + name + '街道办事处';
}

/** Characters that separate the items of a salutation. */
export const ITEM_SEPARATOR = /[、，,；;：:。.\s]/;

/** Towns and sub-districts a salutation names alone (`双龙湖街道、龙塔街道,木耳镇:`): each is addressed as its organ,
 *  of the document's county (without one the name says too little). An item is the whole run between separators. */
export function salutationTowns(text: string, from: number, to: number, county: Place | null): TownOrgan[] {
  if (!county) return [];
  const out: TownOrgan[] = [];
  let a = from;
  for (let k = from; k <= to; k++) {
    if (k < to && !ITEM_SEPARATOR.test(text[k]!)) continue;
    const item = text.slice(a, k);
    const level = item.endsWith('街道') ? '街道' : item.endsWith('镇') ? '镇' : item.endsWith('乡') ? '乡' : null;
    if (level) {
      const name = item.slice(0, item.length - level.length);
      let han = true;
      for (let i = 0; i < name.length; i++) if (!isHan(name.charCodeAt(i))) han = false;
      if (han && isTownName(name)) out.push({ start: a, end: k, name: organName(county, name, level), placed: true });
    }
    a = k + 1;
  }
  return out;
}

/** The partners of handling (`经与中峰镇共同研究`, `会同龙塔街道办理`, `经与区财政局、石角镇共同研究办理`, `经与县交通局及
 *  骆家坝镇核实`, `会同县交通局与骆家坝镇沟通`): the list between
 *  the preposition and the verb of handling, no clause mark inside. Bounded classes, one pass. */
const PARTNERS =
  /(?:经与|与|会同|商请?)([^,，。;；:：\n]{2,60}?)(?=共同|研究|会商|协商|商议|沟通|办理|联合|实地|核实|对接)/g;
/** An item of that list that is a town or sub-district named alone: it acts as its organ. */
const TOWN_ITEM = /^([\u3400-\u9fff]{2,4}?)(镇|乡|街道)$/;
const ITEM_JOINER = /[、和及与]/;

/** The towns a text names alone as partners of handling, of the document's county (without one the name says too
 *  little). */
export function partnerTowns(text: string, county: Place | null): TownOrgan[] {
  if (!county) return [];
  const out: TownOrgan[] = [];
  for (const m of text.matchAll(PARTNERS)) {
    let at = m.index! + m[0].length - m[1]!.length;
    for (const item of m[1]!.split(ITEM_JOINER)) {
      const t = TOWN_ITEM.exec(item);
      if (t && isTownName(t[1]!))
        out.push({ start: at, end: at + item.length, name: organName(county, t[1]!, t[2]!), placed: true });
      at += item.length + 1;
    }
  }
  return out;
}
