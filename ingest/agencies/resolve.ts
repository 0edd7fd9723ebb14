// ingest/agencies/resolve.ts — what a matched surface names on the document's date and in its locale:
// relative short forms (`市科技局`, `区政府`) against the document's places, renames by date, composed names.

import type { TextCity } from './head.ts';
import { isPrefecture, organLevel, type Place } from './places.ts';
import type { BranchNetworkJson, DepartmentJson, Level, RosterEntryJson } from './roster.ts';
import { loadRoster } from './roster.ts';
import { CENTRAL, surfaces, type Reading } from './surfaces.ts';

/** The places short forms refer to in one document. */
export interface Locale {
  /** The province-level unit of the document (重庆市, 四川省) or null. */
  province: Place | null;
  /** What `市` means: 重庆市 in a Chongqing document, the issuer's city in a Sichuan city document. */
  city: Place | null;
  /** What `区`/`县` mean: the issuer's district or county. */
  county: Place | null;
  date: string | null;
  /** A central body issues the document: `发展改革委` there is the central commission. */
  central?: boolean;
  /** The first city the text names (`欢迎访问枣庄市市中区人民政府网站`): of two districts of one name in the province
   *  (济南's and 枣庄's 市中区), the one in this city. */
  textCity?: TextCity;
}

export interface Resolved {
  name: string;
  level: Level;
  /** The district/city the name was built on, for `市X` resolution by a nearby city. */
  place: Place | null;
  /** Any place the name was built on (a province-level one too), for list inheritance (`兵团科技局、财政局`). */
  builtOn: Place | null;
  /** The organ type's full form a composed name ends with (`教育和体育局`), for the document's own spelling (spelled.ts). */
  organ?: string;
}

function isoBefore(date: string, until: string): boolean {
  // `until` may be `YYYY-MM`; string comparison of ISO prefixes is chronological.
  return date < until;
}

/** The name of a roster entry in force on `date`, starting from the era the surface belongs to. */
export function nameInForce(entry: RosterEntryJson, era: number, date: string | null): string {
  const former = entry.formerNames ?? [];
  if (era < 0) return entry.name;
  if (!date) return former[era]!.name;
  for (let i = era; i < former.length; i++) {
    if (isoBefore(date, former[i]!.until)) return former[i]!.name;
  }
  return entry.name;
}

let byFull: Map<string, DepartmentJson> | null = null;

/** The organ type that `dept` had become by `date` (`交通厅` → `交通运输厅` after the 2008–2009 provincial reforms): the
 *  roster's successor chain, followed as far as the date allows; `dept` itself without a date. */
function organInForce(dept: DepartmentJson, date: string | null, province: string): DepartmentJson {
  if (!date || !dept.successor) return dept;
  byFull ??= new Map(loadRoster().departments.map((d) => [d.full, d]));
  let d = dept;
  for (
    let hops = 0;
    hops < 4 && d.successor && !isoBefore(date, d.successor.since) && !d.successor.except?.includes(province);
    hops++
  ) {
    const next = byFull.get(d.successor.full);
    if (!next) break;
    d = next;
  }
  return d;
}

/** `<place><organ>` with its Party (`中共`) or CPPCC (`政协`) prefix; a city district's branch of a city bureau is
 *  named after the city's bureau (`长寿区公安局` → `重庆市公安局长寿区分局`, `番禺区公安局` → `广州市公安局番禺区分局`). */
export function buildName(place: Place, given: DepartmentJson, date: string | null = null): Resolved {
  const builtOn = place;
  const dept = organInForce(given, date, place.province);
  const spot = place.level === 'provincial' || place.name === place.province ? null : place;
  if (dept.branchOf && place.parent && place.level === 'district' && place.name.endsWith('区')) {
    const district = dept.branchWithoutLevel?.includes(place.parent.name) ? place.name.slice(0, -1) : place.name;
    return {
      name: place.parent.canonicalPrefix + dept.branchOf + district + '分局',
      level: place.level,
      place: spot,
      builtOn,
    };
  }
  const prefix = dept.party
    ? '中共'
    : dept.namePrefix
      ? place.parent === null
        ? dept.namePrefix.province
        : dept.namePrefix.local
      : (dept.centralBody ?? '');
  const full = dept.namedIn?.[place.province] ?? dept.full;
  return {
    name: prefix + place.canonicalPrefix + full,
    level: place.level,
    place: spot,
    builtOn,
    organ: full,
  };
}

function networkByBody(body: string): BranchNetworkJson | null {
  for (const n of loadRoster().branchNetworks ?? []) if (n.body === body) return n;
  return null;
}

/** A branch's name on `date`: a network renamed as a whole (`银保监局` → `金融监管局`) takes its successor's body. */
function branchName(net: BranchNetworkJson, placeName: string, branch: string, date: string | null): string {
  let n = net;
  for (let hops = 0; hops < 4 && date && n.until && n.successor && !isoBefore(date, n.until); hops++) {
    const next = networkByBody(n.successor);
    if (!next) break;
    n = next;
  }
  return n.body + placeName + branch;
}

/** The document's city when it is not itself the province-level unit (重庆市's own bureaus are written 市X局). */
function cityBelowProvince(locale: Locale): Place | null {
  return locale.city && locale.city !== locale.province ? locale.city : null;
}

function resolveReading(r: Reading, locale: Locale, nearbyCity: Place | null): Resolved | null {
  switch (r.kind) {
    case 'entry': {
      if (r.relativeTo === CENTRAL)
        return locale.central
          ? { name: nameInForce(r.entry, r.era, locale.date), level: r.entry.level, place: null, builtOn: null }
          : null;
      if (r.relativeTo) {
        // `市科技局` is the roster city's only where `市` means that city; `省X` only in that province.
        const target = r.entry.level === 'municipal' ? locale.city : locale.province;
        if (!target || target.jurisdiction !== r.relativeTo || target.level === 'district') return null;
        if (target.parent !== null) return null;
      }
      return { name: nameInForce(r.entry, r.era, locale.date), level: r.entry.level, place: null, builtOn: null };
    }
    case 'place':
      if (r.homeOnly && locale.province?.name !== r.place.province) return null;
      return buildName(r.place, r.dept, locale.date);
    case 'relative': {
      let target: Place | null = null;
      if (r.scope === 'city') target = nearbyCity ?? locale.city;
      else if (r.scope === 'prefecture') {
        const city = nearbyCity ?? locale.city;
        // A county's (or county-level city's) `州` is the autonomous prefecture it lies in (恩施市 → 恩施州).
        const above = locale.county?.parent ?? null;
        target = city && isPrefecture(city) ? city : above && isPrefecture(above) ? above : null;
      } else if (r.scope === 'province') target = locale.province?.provinceKind === 'province' ? locale.province : null;
      else if (r.scope === 'county') target = locale.county;
      // `交通局` alone: the document's own county's, else its city's; a province or the centre writes its own.
      else if (r.scope === 'own') target = locale.central ? null : (locale.county ?? cityBelowProvince(locale));
      else {
        // Bare `科技厅` / `发展改革委`: the document's own province-level body; 厅 exist only in provinces.
        target = locale.province;
        if (target && target.provinceKind === 'municipality' && r.dept.full.endsWith('厅')) target = null;
      }
      if (target && r.dept.levels && !r.dept.levels.includes(organLevel(target))) return null;
      return target ? buildName(target, r.dept, locale.date) : null;
    }
    case 'branch':
      return {
        name: branchName(r.net, r.placeName, r.branch, locale.date),
        level: r.level,
        place: null,
        builtOn: null,
      };
  }
}

/** Priority of a reading: absolute ones first (a roster entry, a named place), relative ones last. */
function readingRank(r: Reading): number {
  return r.kind === 'entry' ? (r.relativeTo ? 1 : 0) : r.kind === 'place' ? 2 : r.kind === 'branch' ? 3 : 4;
}

const MAX_RANK = 4;

/** A place name shared by several places (`江北区` in 重庆 and 宁波, `鼓楼区` in four cities): the document's own
 *  province first, then the higher level (`吉林` the province before 吉林市). */
function placeFit(r: Reading, locale: Locale): number {
  if (r.kind !== 'place') return 0;
  const home = locale.province && r.place.province === locale.province.name ? 0 : 4;
  const level = r.place.level === 'provincial' ? 0 : r.place.level === 'municipal' ? 1 : 2;
  const city = r.place.level === 'district' ? locale.textCity?.() : null;
  const elsewhere = city && r.place.parent !== city ? 0.5 : 0;
  return home + level + elsewhere;
}

export function firstResolved(
  readings: Reading[],
  locale: Locale,
  nearbyCity: Place | null,
  pbocContext: boolean,
): Resolved | null {
  // One pass per rank over a handful of readings: no sorting or closures on this per-match path.
  for (let rank = 0; rank <= MAX_RANK; rank++) {
    let best: Reading | null = null;
    let bestRes: Resolved | null = null;
    for (const r of readings) {
      if (readingRank(r) !== rank) continue;
      if (r.kind === 'branch' && !r.explicit && !pbocContext) continue;
      if (rank !== 2) {
        const res = resolveReading(r, locale, nearbyCity);
        if (res) return res;
        continue;
      }
      if (best && placeFit(r, locale) >= placeFit(best, locale)) continue;
      const res = resolveReading(r, locale, nearbyCity);
      if (res) {
        best = r;
        bestRes = res;
      }
    }
    if (bestRes) return bestRes;
  }
  return null;
}

export function isRelative(readings: Reading[]): boolean {
  for (const r of readings) if (r.kind !== 'relative' && !(r.kind === 'entry' && r.relativeTo !== null)) return false;
  return true;
}

export function hasImplicitBranch(readings: Reading[]): boolean {
  for (const r of readings) if (r.kind === 'branch' && !r.explicit) return true;
  return false;
}

// ───────────────────────────── locale ─────────────────────────────

export function baseLocale(jurisdiction: string | null, date: string | null, textCity?: TextCity): Locale {
  const { provinces } = surfaces();
  let province: Place | null = null;
  for (const p of provinces.values()) if (jurisdiction && p.jurisdiction === jurisdiction) province = p;
  return { province, city: province?.provinceKind === 'municipality' ? province : null, county: null, date, textCity };
}

/** Refine the locale from the issuer: a city body makes `市` that city; a district or county body makes `区`/`县` that
 *  place (and `市` its city); a body of another province makes `省` that province. */
export function refineLocale(locale: Locale, issuerPlaces: Place[]): Locale {
  const out = { ...locale };
  for (const p of issuerPlaces) {
    if (p.level === 'district') out.county ??= p;
    // A county-level city's `市` is itself (东阳市's `市政府` is 东阳市人民政府, not 金华市's).
    const city = p.level === 'district' && !p.name.endsWith('市') ? p.parent : p;
    // In a province a city body (or a body of one of the city's districts) makes `市` that city.
    if (city && city.provinceKind === 'province' && city.parent !== null) out.city ??= city;
    if (!out.province) {
      let top: Place = p;
      while (top.parent) top = top.parent;
      out.province = top;
      if (top.provinceKind === 'municipality') out.city ??= top;
    }
  }
  return out;
}
