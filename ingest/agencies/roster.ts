// ingest/agencies/roster.ts — the agency roster data (ingest/data/agencies.json): its shape, loading and validation.
// The one loader of the roster: the extraction stage and the graph (graph/resolve.ts) both read it through here.

import { readFileSync } from 'node:fs';

export type Level = 'central' | 'provincial' | 'municipal' | 'district';

export interface FormerName {
  name: string;
  aliases: string[];
  /** ISO date (or YYYY-MM) from which the name was no longer in use. */
  until: string;
}

export interface RosterEntryJson {
  name: string;
  aliases: string[];
  level: Level;
  jurisdiction: string | null;
  ministry?: boolean;
  /** Short forms a central document uses without 国家 (`发展改革委`): this entry only in a central body's document. */
  centralShort?: string[];
  formerNames?: FormerName[];
  source: string;
}

/** An organ type or unit that composes with a place: `发展和改革委员会` (`发展改革委`, `发改委`) after `四川省`. */
export interface DepartmentJson {
  full: string;
  short: string[];
  /** May stand without any place prefix (`科技厅`, `发展改革委`): means the document's own province-level body. */
  bare?: boolean;
  /** A Party body: canonical name is `中共` + place + full (`市委组织部` → `中共重庆市委组织部`). */
  party?: boolean;
  /** A CPPCC committee: canonical name is `政协` + place + full (`区政协` → `政协重庆市渝北区委员会`). */
  cppcc?: boolean;
  /** Levels of place the organ exists at (default: all). `厅` exist only in provinces, `分局` only in districts. */
  levels?: Level[];
  /** A city district's bureau that is a branch of its city's (`长寿区公安局` → `重庆市公安局长寿区分局`): the city
   *  bureau's organ name, and the cities whose branches drop the district's 区 (`北京市公安局朝阳分局`). */
  branchOf?: string;
  branchWithoutLevel?: string[];
  /** What the canonical name opens with, at province level and below (`中国人民政治协商会议四川省委员会`,
   *  `政协重庆市渝北区委员会`). */
  namePrefix?: { province: string; local: string };
  /** The organ type that replaced this one by a reform wave (`交通厅` → `交通运输厅` from 2010): documents after `since`
   *  that still write the old name mean the organ in force; `except`: provinces whose organs kept the old name. */
  successor?: { full: string; since: string; except?: string[] };
  /** The organ's own name in the places of a province-level unit that name it otherwise (重庆市: 大数据发展局 is
   *  大数据应用发展管理局 in every district and county). */
  namedIn?: Record<string, string>;
  /** A central body's local bureau named by its place (`山东省税务局` → `国家税务总局山东省税务局`): the body. */
  centralBody?: string;
  source: string;
}

export interface ProvinceJson {
  name: string;
  short: string[];
  jurisdiction?: string;
  kind: 'municipality' | 'province';
}

/** A development zone that governs like a district: its bureaus are named after it (`两江新区社发局`). */
export interface ZonePlaceJson {
  parent: string;
  name: string;
  /** The zone's official name as its bureaus carry it (`重庆两江新区`). */
  canonicalPrefix: string;
  written: string[];
  /** Forms that name the zone only in a document of its province (`高新区`). */
  homeOnly: string[];
}

export interface LocalGroupJson {
  parent: string;
  level: Level;
  /** `full|variant|variant`: the first is the official name. */
  names: string[];
}

/** A central body with local branches named <body><place><branch word> (`中国人民银行成都分行`, `国家税务总局重庆市渝北区税务局`). */
export interface BranchNetworkJson {
  body: string;
  /** How the body is written before the place (`中国人民银行`, `人行`). */
  prefixes: string[];
  /** Branch word as written → as in the canonical name (`营管部` → `营业管理部`). */
  suffixes: Record<string, string>;
  /** Written right after a province-level place without 省/市 and with no body prefix (`四川金融监管局`). */
  shortForms: Record<string, string>;
  /** Branch words that stand for this body after a bare local place when the body is named earlier in the enumeration (`南川支行`). */
  implicit: string[];
  /** `canonical`: the place's official prefix (`国家税务总局重庆市渝北区税务局`); `written`: the place as in the text. */
  place: 'canonical' | 'written';
  /** Date (ISO or YYYY-MM) from which the body's branches took another body's name (the 2023 financial-regulator
   *  reform: 中国银行保险监督管理委员会X监管局 → 国家金融监督管理总局X监管局), with that body. */
  until?: string;
  successor?: string;
  source: string;
}

/** A surface that is no agency when a given character follows (`人行道` is a pavement, not the People's Bank). */
export interface SurfaceGuardJson {
  surface: string;
  notFollowedBy: string;
  source: string;
}

/** Zones a province-level unit names after a district with its own short name (`重庆綦江工业园区`). */
export interface ZoneStyleJson {
  province: string;
  prefix: string;
  words: string[];
  /** A zone word standing alone in a district's document → the type it means there (`园区` → `工业园区`). */
  bare?: Record<string, string>;
  source: string;
}

export interface RosterJson {
  agencies: RosterEntryJson[];
  surfaceGuards?: SurfaceGuardJson[];
  branchNetworks: BranchNetworkJson[];
  /** Last characters of city names the gazetteer lacks (`杭州`): a relative `市X` after one belongs to that city. */
  cityNameFinals: string;
  departments: DepartmentJson[];
  /** Words a development zone's name ends with (`经济技术开发区`, `工业园区`). */
  zoneWords?: string[];
  /** Short zone words and the word a zone's committee is named with in full (`高新区` → `高新技术产业开发区`). */
  zoneWordsInFull?: Record<string, string>;
  /** Zone types a prefecture-level city has only one of (`高新区`): named alone in its documents, the city's own. */
  cityZoneWords?: string[];
  zoneStyles?: ZoneStyleJson[];
  /** `wordLike`: county names that open with a word of official prose (`会同县`), named alone only at home. */
  /** `peoples`: the peoples an autonomous place is named for, stripped to its short written name (autonomous.ts). */
  places: {
    provinces: ProvinceJson[];
    local: LocalGroupJson[];
    wordLike?: string[];
    peoples?: string[];
    zones?: ZonePlaceJson[];
  };
}

const ROSTER_URL = new URL('../data/agencies.json', import.meta.url);

function readRoster(): RosterJson {
  let raw: string;
  try {
    raw = readFileSync(ROSTER_URL, 'utf8');
  } catch (e) {
    throw new Error(
      `ingest/agencies: cannot read ${ROSTER_URL.pathname} (${(e as Error).message}); restore the roster data file.`,
    );
  }
  const data = JSON.parse(raw) as RosterJson;
  if (
    !Array.isArray(data.agencies) ||
    !Array.isArray(data.departments) ||
    !data.places ||
    !Array.isArray(data.places.provinces) ||
    !Array.isArray(data.places.local)
  ) {
    throw new Error(
      `ingest/agencies: ${ROSTER_URL.pathname} needs agencies, departments and places.provinces/places.local; restore the roster data file.`,
    );
  }
  for (const a of data.agencies) {
    if (!a.name || !Array.isArray(a.aliases) || !a.source) {
      throw new Error(
        `ingest/agencies: roster entry ${JSON.stringify(a.name)} in ingest/data/agencies.json needs name, aliases and source.`,
      );
    }
  }
  for (const d of data.departments) {
    if (!d.full || !Array.isArray(d.short) || !d.source) {
      throw new Error(
        `ingest/agencies: department ${JSON.stringify(d.full)} in ingest/data/agencies.json needs full, short and source.`,
      );
    }
  }
  return data;
}

let cached: RosterJson | null = null;

/** The roster, read and validated once per process. */
export function loadRoster(): RosterJson {
  return (cached ??= readRoster());
}

let byName: Map<string, RosterEntryJson> | null = null;

/** The roster entry whose canonical name is `name`, or null (rule-built names have none). */
export function rosterEntry(name: string): RosterEntryJson | null {
  if (!byName) {
    byName = new Map();
    for (const e of loadRoster().agencies) byName.set(e.name, e);
  }
  return byName.get(name) ?? null;
}

let centralSurfaces: Set<string> | null = null;

/** Whether `s` is a central body's name or alias as the roster lists it (`中共中央`, `全国政协`, `中央军委`): the header
 *  reads joint issuers by it where a short form ends in no organ word. */
export function isCentralSurface(s: string): boolean {
  if (!centralSurfaces) {
    centralSurfaces = new Set();
    for (const e of loadRoster().agencies)
      if (e.level === 'central') for (const n of [e.name, ...(e.aliases ?? [])]) centralSurfaces.add(n);
  }
  return centralSurfaces.has(s);
}

/** Roster facts about a canonical name (aliases, level, jurisdiction, former names), for the graph; null for rule-built names. */
export function agencyInfo(name: string): {
  name: string;
  aliases: string[];
  level: Level;
  jurisdiction: string | null;
  formerNames: FormerName[];
  source: string;
} | null {
  const e = rosterEntry(name);
  if (!e) return null;
  return {
    name: e.name,
    aliases: [...e.aliases],
    level: e.level,
    jurisdiction: e.jurisdiction,
    formerNames: [...(e.formerNames ?? [])],
    source: e.source,
  };
}
