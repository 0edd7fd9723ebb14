// ingest/agencies/places.ts — the gazetteer agency names are composed on: every province-, prefecture- and county-level
// place (ingest/data/divisions.json), with the written variants and special jurisdictions of ingest/data/agencies.json.

import { readDataFile } from '../data-file.ts';
import { autonomousShortName } from './autonomous.ts';
import type { Level, RosterJson } from './roster.ts';

/** A place agencies are named after: a province-level unit, a prefecture-level city or a district/county/city under one. */
export interface Place {
  name: string;
  /** Prefix of canonical agency names: `重庆市大渡口区`, `成都市`, `四川省`, `广安市广安区`, `新郑市`. */
  canonicalPrefix: string;
  level: Level;
  /** Province-level place this one belongs to (itself for a province-level unit). */
  province: string;
  provinceKind: 'municipality' | 'province';
  jurisdiction: string | null;
  /** The place this one lies in (重庆市 for 大渡口区, 成都市 for 武侯区), null for a province-level unit. */
  parent: Place | null;
  /** Date (ISO or YYYY-MM) from which the place no longer exists, for a former place. */
  until: string | null;
  /** A development zone governing like a district (`两江新区`): it has a committee, no people's government. */
  zone?: boolean;
}

/** The level of government an organ of `place` belongs to: a province-level unit is a province to its organs even where
 *  the roster treats a municipality as a city for its bureaus (`重庆市高级人民法院`, never `重庆市中级人民法院`). */
export function organLevel(place: Place): Level {
  return place.parent === null ? 'provincial' : place.level;
}

/** An autonomous prefecture: the place a bare `州` stands for (`州政府` in 甘南藏族自治州's documents). */
export function isPrefecture(place: Place): boolean {
  return place.level === 'municipal' && place.name.endsWith('自治州');
}

/** A county (not a district) directly under a municipality (`重庆市巫溪县`): it and its towns name their organs by
 *  the county alone (`巫溪县财政局`, `巫溪县土城镇人民政府`), as their seals read. */
export function isMunicipalityCounty(place: Place): boolean {
  const parent = place.parent;
  return !!parent && parent.parent === null && parent.provinceKind === 'municipality' && place.name.endsWith('县');
}

/** A place with the ways it is written. */
export interface PlaceEntry {
  place: Place;
  /** Written with its 省/市/区/县 (`大渡口区`, `重庆市大渡口区`). */
  variants: string[];
  /** Written without it (`宜宾`, `南川`): no Party body is named so (`成都委`). */
  baseVariants: string[];
  /** Below province level. */
  local: boolean;
  /** Variants that name the place only in a document of its own province (`和县`, `新县`, `城区`: two characters that
   *  are as often a word of the sentence as a county). */
  homeOnly: string[];
}

export interface Gazetteer {
  entries: PlaceEntry[];
  provinces: Map<string, Place>;
}

interface FormerPlaceJson {
  name: string;
  until: string;
}

interface DivisionsJson {
  /** province → prefecture-level unit (the province itself for a municipality, `""` for units directly under it) → county-level units. */
  provinces: Record<string, Record<string, string[]>>;
  former?: Record<string, Record<string, FormerPlaceJson[] | string> | string>;
}

function readDivisions(): DivisionsJson {
  const url = new URL('../data/divisions.json', import.meta.url);
  const data = readDataFile<DivisionsJson>(url, 'ingest/agencies', 'divisions data file');
  if (!data.provinces || typeof data.provinces !== 'object')
    throw new Error(`ingest/agencies: ${url.pathname} needs "provinces"; restore the divisions data file.`);
  return data;
}

function splitVariants(spec: string): string[] {
  return spec.split('|').filter((s) => s.length > 0);
}

/** `大渡口区` → also `大渡口`; one-character bases (`忠县` → `忠`) are too ambiguous to stand alone. */
export function baseVariant(name: string): string | null {
  if (name.length < 3) return null;
  const last = name[name.length - 1];
  return last === '区' || last === '县' || last === '市' ? name.slice(0, -1) : null;
}

/** How agency names carry a place: a municipality's districts and counties and a prefecture's districts (区) carry the
 *  parent (`重庆市垫江县`, `广安市广安区`: district names repeat across cities); counties, county-level cities and
 *  prefectures stand alone (`新郑市`, `子洲县`, `宜宾市`). */
function canonicalPrefixOf(name: string, parent: Place): string {
  if (parent.provinceKind === 'municipality' && parent.parent === null) return parent.canonicalPrefix + name;
  if (parent.level === 'municipal' && parent.parent !== null && name.endsWith('区'))
    return parent.canonicalPrefix + name;
  return name;
}

/** Two-character county names (`和县`, `新县`, `城区`) are as often words of the sentence (`民政局和县财政局`): alone,
 *  they name the county only in a document of its own province; with their city (`阳泉市城区`) anywhere. */
function standsAlone(name: string): boolean {
  return name.length > 2;
}

export function buildGazetteer(data: RosterJson, divisions: DivisionsJson = readDivisions()): Gazetteer {
  const provinces = new Map<string, Place>();
  const entries: PlaceEntry[] = [];
  /** parent name + '/' + name → entry, to merge the roster's written variants into the divisions' places. */
  const byKey = new Map<string, PlaceEntry>();
  const byName = new Map<string, PlaceEntry>();

  for (const p of data.places.provinces) {
    const place: Place = {
      name: p.name,
      canonicalPrefix: p.name,
      // A municipality whose documents the roster covers (its jurisdiction is named) is a city to its bureaus (`市科技局`).
      level: p.kind === 'municipality' && p.jurisdiction ? 'municipal' : 'provincial',
      province: p.name,
      provinceKind: p.kind,
      // Every province is its own jurisdiction (`湖北` → 省发改委 means 湖北省's); the data names only the special ones.
      jurisdiction: p.jurisdiction ?? p.short[0] ?? p.name,
      parent: null,
      until: null,
    };
    provinces.set(p.name, place);
    const entry: PlaceEntry = { place, variants: [p.name], baseVariants: [...p.short], local: false, homeOnly: [] };
    entries.push(entry);
    byName.set(p.name, entry);
  }

  const addLocal = (name: string, parent: Place, level: Level, until: string | null, alone: boolean): PlaceEntry => {
    const key = parent.name + '/' + name;
    const known = byKey.get(key);
    if (known) return known;
    const place: Place = {
      name,
      canonicalPrefix: canonicalPrefixOf(name, parent),
      level,
      province: parent.province,
      provinceKind: parent.provinceKind,
      jurisdiction: parent.jurisdiction,
      parent,
      until,
    };
    const variants = [parent.name + name];
    if (alone) variants.push(name);
    const homeOnly = alone ? [] : [name];
    // `四川省广安市广安区`, `陕西省榆林市子洲县`: the full chain.
    if (parent.parent) variants.push(parent.parent.name + parent.name + name);
    const entry: PlaceEntry = { place, variants, baseVariants: [], local: true, homeOnly };
    // Prefectures are written without 市 (`宜宾科技局`); counties only where the roster lists them (`南川支行`).
    if (level === 'municipal') {
      const b = baseVariant(name);
      if (b) entry.baseVariants.push(b);
    }
    byKey.set(key, entry);
    if (!byName.has(name)) byName.set(name, entry);
    entries.push(entry);
    return entry;
  };

  const wordLike = new Set(data.places.wordLike ?? []);
  for (const [provName, prefectures] of Object.entries(divisions.provinces)) {
    const prov = provinces.get(provName);
    if (!prov) continue;
    for (const [prefName, counties] of Object.entries(prefectures)) {
      const parent =
        prefName === '' || prefName === provName ? prov : addLocal(prefName, prov, 'municipal', null, true).place;
      for (const c of counties) addLocal(c, parent, 'district', null, standsAlone(c) && !wordLike.has(c));
    }
  }
  for (const [provName, prefectures] of Object.entries(divisions.former ?? {})) {
    const prov = provinces.get(provName);
    if (!prov || typeof prefectures === 'string') continue;
    for (const [prefName, list] of Object.entries(prefectures)) {
      if (typeof list === 'string') continue;
      const parent =
        prefName === '' || prefName === provName ? prov : addLocal(prefName, prov, 'municipal', null, true).place;
      for (const f of list) addLocal(f.name, parent, 'district', f.until, standsAlone(f.name));
    }
  }

  // Autonomous places written without their peoples (`张家川县`, `黔东南州`), unless another place is so named.
  const peoples = [...(data.places.peoples ?? [])].sort((a, b) => b.length - a.length);
  for (const entry of [...entries]) {
    const short = entry.local ? autonomousShortName(entry.place.name, peoples) : null;
    if (!short || byName.has(short) || entry.variants.includes(short)) continue;
    entry.variants.push(short, entry.place.parent!.name + short);
  }

  // The roster's written variants (`石柱县`, `阿坝州`) and places the divisions lack.
  for (const group of data.places.local) {
    const parentEntry = byName.get(group.parent);
    if (!parentEntry)
      throw new Error(
        `ingest/agencies: places.local parent ${group.parent} is not a place in ingest/data/agencies.json or divisions.json.`,
      );
    const parent = parentEntry.place;
    for (const spec of group.names) {
      const [official, ...others] = splitVariants(spec);
      const entry = addLocal(official!, parent, group.level, null, true);
      // The roster lists the places its documents name: they stand alone (`忠县`).
      entry.homeOnly = entry.homeOnly.filter((v) => v !== official);
      if (!entry.variants.includes(official!)) entry.variants.push(official!);
      for (const o of others) {
        if (/[区县市州]$/.test(o)) {
          if (!entry.variants.includes(o)) entry.variants.push(o, parent.name + o);
        } else entry.baseVariants.push(o);
      }
      const b = baseVariant(official!);
      if (b && !entry.baseVariants.includes(b)) entry.baseVariants.push(b);
    }
  }
  // Development zones that govern like a district, named with their own prefix (`重庆两江新区`).
  for (const z of data.places.zones ?? []) {
    const parentEntry = byName.get(z.parent);
    if (!parentEntry)
      throw new Error(`ingest/agencies: places.zones parent ${z.parent} is not a place in ingest/data/agencies.json.`);
    const parent = parentEntry.place;
    const place: Place = {
      name: z.name,
      canonicalPrefix: z.canonicalPrefix,
      level: 'district',
      province: parent.province,
      provinceKind: parent.provinceKind,
      jurisdiction: parent.jurisdiction,
      parent,
      until: null,
      zone: true,
    };
    entries.push({ place, variants: [...z.written], baseVariants: [], local: true, homeOnly: [...z.homeOnly] });
  }
  return { entries, provinces };
}
