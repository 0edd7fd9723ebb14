// ingest/agencies.ts — agency mentions: the roster and rule-built names compiled into tries, resolved to canonical names with roles.
// One left-to-right longest-match scan over the text; every match is filtered by the language's rules and resolved against the document's locale and date.

import { readFileSync } from 'node:fs';
import type { ExtractContext } from './context.ts';
import type { AgencyRef, Mention, Role, Span } from './model.ts';
import { mentionAt } from './sentences.ts';
import { spanChecker } from './spans.ts';

// ───────────────────────────── roster data ─────────────────────────────

type Level = 'central' | 'provincial' | 'municipal' | 'district';

interface FormerName {
  name: string;
  aliases: string[];
  /** ISO date (or YYYY-MM) from which the name was no longer in use. */
  until: string;
}

interface RosterEntryJson {
  name: string;
  aliases: string[];
  level: Level;
  jurisdiction: string | null;
  ministry?: boolean;
  formerNames?: FormerName[];
  source: string;
}

interface DepartmentJson {
  full: string;
  short: string[];
  /** May stand without any place prefix (`科技厅`, `发展改革委`): means the document's own province-level body. */
  bare?: boolean;
  /** A Party body: canonical name is `中共` + place + full (`市委组织部` → `中共重庆市委组织部`). */
  party?: boolean;
  source: string;
}

interface ProvinceJson {
  name: string;
  short: string[];
  jurisdiction?: string;
  kind: 'municipality' | 'province';
}

interface LocalGroupJson {
  parent: string;
  level: Level;
  /** `full|variant|variant`: the first is the official name. */
  names: string[];
}

/** A central body with local branches named <body><place><branch word> (`中国人民银行成都分行`, `国家税务总局重庆市渝北区税务局`). */
interface BranchNetworkJson {
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
  source: string;
}

interface RosterJson {
  agencies: RosterEntryJson[];
  branchNetworks: BranchNetworkJson[];
  /** Last characters of city names the gazetteer lacks (`杭州`): a relative `市X` after one belongs to that city. */
  cityNameFinals: string;
  departments: DepartmentJson[];
  places: { provinces: ProvinceJson[]; local: LocalGroupJson[] };
}

/** A place agencies are named after: a province-level unit or a district/county/city under one. */
interface Place {
  name: string;
  /** Prefix of canonical agency names: `重庆市大渡口区`, `成都市`, `四川省`. */
  canonicalPrefix: string;
  level: Level;
  /** Province-level place this one belongs to (itself for a province-level unit). */
  province: string;
  provinceKind: 'municipality' | 'province';
  jurisdiction: string | null;
  /** The place this one lies in (重庆市 for 大渡口区, 成都市 for 武侯区), null for a province-level unit. */
  parent: Place | null;
}

function loadRoster(): RosterJson {
  const url = new URL('./data/agencies.json', import.meta.url);
  let raw: string;
  try {
    raw = readFileSync(url, 'utf8');
  } catch (e) {
    throw new Error(`ingest/agencies: cannot read ${url.pathname} (${(e as Error).message}); restore the roster data file.`);
  }
  const data = JSON.parse(raw) as RosterJson;
  if (!Array.isArray(data.agencies) || !Array.isArray(data.departments) || !data.places || !Array.isArray(data.places.provinces) || !Array.isArray(data.places.local)) {
    throw new Error(`ingest/agencies: ${url.pathname} needs agencies, departments and places.provinces/places.local; restore the roster data file.`);
  }
  for (const a of data.agencies) {
    if (!a.name || !Array.isArray(a.aliases) || !a.source) {
      throw new Error(`ingest/agencies: roster entry ${JSON.stringify(a.name)} in ingest/data/agencies.json needs name, aliases and source.`);
    }
  }
  return data;
}

// ───────────────────────────── readings and the tries ─────────────────────────────

/** What a matched surface may mean; one surface can carry several readings, tried in order. */
type Reading =
  /** A roster entry; `era` indexes formerNames (-1 = the current name); `relativeTo` set for `市X`/`省X` aliases. */
  | { kind: 'entry'; entry: RosterEntryJson; era: number; relativeTo: string | null }
  /** A department after a place name: `大渡口区发展改革委`, `成都市科学技术局`, `新疆生产建设兵团科技局`. */
  | { kind: 'place'; place: Place; dept: DepartmentJson }
  /** A department after a relative prefix (`市`, `省`, `区`/`县`) or none (`科技厅`). */
  | { kind: 'relative'; scope: 'city' | 'province' | 'county' | 'bare'; dept: DepartmentJson }
  /** A local branch of a central body named by its place (`人行成都分行`, `四川金融监管局`, `南川支行`);
   *  not `explicit` when the body is only implied by the enumeration (`南川支行`). */
  | { kind: 'branch'; name: string; level: Level; explicit: boolean };

/** A character trie holding values at the ends of surfaces. */
interface Trie<T> {
  next: Map<number, Trie<T>>;
  values: T[] | null;
}

function newTrie<T>(): Trie<T> {
  return { next: new Map(), values: null };
}

function trieAdd<T>(root: Trie<T>, surface: string, value: T): void {
  let node = root;
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i);
    let child = node.next.get(c);
    if (!child) {
      child = newTrie<T>();
      node.next.set(c, child);
    }
    node = child;
  }
  (node.values ??= []).push(value);
}

/** A place as written: `大渡口区`, `重庆市大渡口区`, `宜宾` (base: without 市/区/县), `四川省`. */
interface PlaceSurface {
  place: Place;
  /** Written without its 市/区/县: no Party body is named so (`成都委`). */
  base: boolean;
  /** May name a People's Bank sub-branch (`南川支行`): local places as written locally. */
  branch: boolean;
}

/** What may follow a place: a department form, or a branch word of a central body's network. */
type DeptSurface =
  | { dept: DepartmentJson; branch: null }
  | {
      dept: null;
      net: BranchNetworkJson;
      /** The branch word as in the canonical name. */
      branch: string;
      /** `after`: after the body's prefix; `short`: a short form after a bare province-level place; `implicit`: body implied. */
      form: 'after' | 'short' | 'implicit';
    };

/** What may stand before a place: nothing, `中共` (Party bodies only), or a central body (its branches only). */
interface PlacePrefix {
  prefix: string;
  mode: 'any' | 'party' | 'network';
  net: BranchNetworkJson | null;
}

const PAIR_TABLE_SIZE = 1 << 20;

function pairIndex(c0: number, c1: number): number {
  return ((c0 << 10) ^ c1) & (PAIR_TABLE_SIZE - 1);
}

/** The relative prefixes of GB/T 9704 short forms and the locale each refers to. */
const RELATIVE_PREFIXES: ReadonlyArray<[string, 'city' | 'province' | 'county']> = [
  ['市', 'city'],
  ['省', 'province'],
  ['区', 'county'],
  ['县', 'county'],
];

interface Compiled {
  /** Roster names and aliases, relative short forms (`市科技局`) and bare forms (`科技厅`). */
  named: Trie<Reading>;
  /** Places as written; a place followed by a department form is a rule-built name, so the ~50k combinations
   *  are never materialized: two small tries walked one after the other. */
  places: Trie<PlaceSurface>;
  depts: Trie<DeptSurface>;
  prefixes: PlacePrefix[];
  /** The non-empty prefixes by their first code unit: most positions try only the empty one. */
  prefixesByFirst: Map<number, PlacePrefix[]>;
  /** Which UTF-16 code units start some surface: the scan skips every other position without a Map lookup. */
  firstChar: Uint8Array;
  /** A hashed table of the first two characters of every surface (all are at least two long): a second cheap filter. */
  firstPair: Uint8Array;
  byName: Map<string, RosterEntryJson>;
  provinces: Map<string, Place>;
  cityNameFinals: Set<string>;
}

function splitVariants(spec: string): string[] {
  return spec.split('|').filter((s) => s.length > 0);
}

/** `大渡口区` → also `大渡口`; one-character bases (`忠县` → `忠`) are too ambiguous to stand alone. */
function baseVariant(name: string): string | null {
  const m = /^(.{2,})(?:区|县|市)$/.exec(name);
  return m ? m[1]! : null;
}

function compile(data: RosterJson): Compiled {
  const root = newTrie<Reading>();
  const placeTrie = newTrie<PlaceSurface>();
  const deptTrie = newTrie<DeptSurface>();
  const byName = new Map<string, RosterEntryJson>();

  // Roster entries: canonical names, aliases and former names.
  for (const entry of data.agencies) {
    byName.set(entry.name, entry);
    const add = (surface: string, era: number): void => {
      const relativeTo = /^[市省]/.test(surface) && entry.jurisdiction ? entry.jurisdiction : null;
      trieAdd(root, surface, { kind: 'entry', entry, era, relativeTo });
      // `国家科技部`: central ministries are often written with a redundant 国家.
      if (entry.ministry && !surface.startsWith('国家')) {
        trieAdd(root, '国家' + surface, { kind: 'entry', entry, era, relativeTo: null });
      }
    };
    add(entry.name, -1);
    for (const a of entry.aliases) add(a, -1);
    (entry.formerNames ?? []).forEach((f, i) => {
      add(f.name, i);
      for (const a of f.aliases) add(a, i);
    });
  }

  // Places: province-level units and the districts/cities under Chongqing and Sichuan.
  const provinces = new Map<string, Place>();
  const places: Array<{ place: Place; variants: string[]; baseVariants: string[]; local: boolean }> = [];
  for (const p of data.places.provinces) {
    const place: Place = {
      name: p.name,
      canonicalPrefix: p.name,
      level: p.kind === 'municipality' && p.jurisdiction === '重庆' ? 'municipal' : 'provincial',
      province: p.name,
      provinceKind: p.kind,
      // Every province is its own jurisdiction (`湖北` → 省发改委 means 湖北省's); the data names only the special ones.
      jurisdiction: p.jurisdiction ?? p.short[0] ?? p.name,
      parent: null,
    };
    provinces.set(p.name, place);
    places.push({ place, variants: [p.name], baseVariants: p.short, local: false });
  }
  // Local places may sit under a province-level unit (重庆市大渡口区) or under a city listed before them (成都市锦江区).
  const locals = new Map<string, Place>();
  for (const group of data.places.local) {
    const parent = provinces.get(group.parent) ?? locals.get(group.parent);
    if (!parent) throw new Error(`ingest/agencies: places.local parent ${group.parent} is not a province in ingest/data/agencies.json.`);
    for (const spec of group.names) {
      const [official, ...others] = splitVariants(spec);
      const name = official!;
      const place: Place = {
        name,
        // Chongqing's districts carry the municipality's name, Chengdu's the city's; Sichuan's cities stand alone (成都市科学技术局).
        canonicalPrefix: parent.provinceKind === 'municipality' || parent.level !== 'provincial' && parent.name !== parent.province ? parent.canonicalPrefix + name : name,
        level: group.level,
        province: parent.province,
        provinceKind: parent.provinceKind,
        jurisdiction: parent.jurisdiction,
        parent,
      };
      const full = [name, ...others.filter((o) => /[区县市州]$/.test(o))];
      const bases = others.filter((o) => !/[区县市州]$/.test(o));
      const b = baseVariant(name);
      if (b) bases.push(b);
      const variants = [...full, ...full.map((v) => parent.name + v)];
      locals.set(name, place);
      places.push({ place, variants, baseVariants: bases, local: true });
    }
  }

  for (const { place, variants, baseVariants, local } of places) {
    for (const v of variants) trieAdd(placeTrie, v, { place, base: false, branch: local && !v.startsWith(place.province) });
    // `宜宾科技局`, `南川支行`: a city or district written without its 市/区/县.
    for (const v of baseVariants) trieAdd(placeTrie, v, { place, base: true, branch: local });
  }
  for (const dept of data.departments) {
    for (const form of [dept.full, ...dept.short]) trieAdd(deptTrie, form, { dept, branch: null });
  }
  // Branches of central bodies: `人行成都分行`, `国家金融监督管理总局四川监管局`, `四川金融监管局`, `南川支行`.
  const prefixes: PlacePrefix[] = [
    { prefix: '', mode: 'any', net: null },
    { prefix: '中共', mode: 'party', net: null },
  ];
  for (const net of data.branchNetworks ?? []) {
    for (const prefix of net.prefixes) prefixes.push({ prefix, mode: 'network', net });
    for (const [form, canon] of Object.entries(net.suffixes)) trieAdd(deptTrie, form, { dept: null, net, branch: canon, form: 'after' });
    for (const [form, canon] of Object.entries(net.shortForms)) trieAdd(deptTrie, form, { dept: null, net, branch: canon, form: 'short' });
    for (const form of net.implicit) trieAdd(deptTrie, form, { dept: null, net, branch: net.suffixes[form] ?? form, form: 'implicit' });
  }

  // Relative short forms: `市科技局`, `省发展改革委`, `区政府`, `县科技局`, and bare `科技厅`.
  for (const dept of data.departments) {
    for (const form of [dept.full, ...dept.short]) {
      for (const [prefix, scope] of RELATIVE_PREFIXES) trieAdd(root, prefix + form, { kind: 'relative', scope, dept });
      if (dept.bare) trieAdd(root, form, { kind: 'relative', scope: 'bare', dept });
    }
  }

  const firstChar = new Uint8Array(0x10000);
  const firstPair = new Uint8Array(PAIR_TABLE_SIZE);
  for (const trie of [root, placeTrie] as Array<Trie<unknown>>) {
    for (const [c0, child] of trie.next) {
      firstChar[c0] = 1;
      for (const c1 of child.next.keys()) firstPair[pairIndex(c0, c1)] = 1;
    }
  }
  for (const { prefix } of prefixes) {
    if (!prefix) continue;
    firstChar[prefix.charCodeAt(0)] = 1;
    firstPair[pairIndex(prefix.charCodeAt(0), prefix.charCodeAt(1))] = 1;
  }
    const prefixesByFirst = new Map<number, PlacePrefix[]>();
  for (const pre of prefixes) {
    if (!pre.prefix) continue;
    const c0 = pre.prefix.charCodeAt(0);
    let list = prefixesByFirst.get(c0);
    if (!list) prefixesByFirst.set(c0, (list = []));
    list.push(pre);
  }
  return { named: root, places: placeTrie, depts: deptTrie, prefixes, prefixesByFirst, firstChar, firstPair, byName, provinces, cityNameFinals: new Set(data.cityNameFinals ?? '') };
}

let compiled: Compiled | null = null;
function roster(): Compiled {
  return (compiled ??= compile(loadRoster()));
}

// ───────────────────────────── scanning ─────────────────────────────

interface RawMatch {
  start: number;
  end: number;
  readings: Reading[];
}

/** Readings of [prefix] + place + department, or none when the combination names nothing (`成都委`, `中共南川支行`). */
function composeReadings(text: string, pre: PlacePrefix, placeStart: number, placeEnd: number, places: PlaceSurface[], depts: DeptSurface[]): Reading[] {
  const found: Reading[] = [];
  const mode = pre.mode;
  for (const p of places) {
    for (const d of depts) {
      if (d.dept === null) {
        // after the body's own prefix: any place; a short form: a province-level place written without 省/市;
        // an implied body: a local place as written locally.
        const ok = d.form === 'after' ? mode === 'network' && pre.net === d.net : mode === 'any' && (d.form === 'short' ? p.base && p.place.parent === null : p.branch);
        if (ok) {
          const placeName = d.net.place === 'canonical' ? p.place.canonicalPrefix : text.slice(placeStart, placeEnd);
          found.push({ kind: 'branch', name: d.net.body + placeName + d.branch, level: p.place.level, explicit: d.form !== 'implicit' });
        }
      } else if (mode === 'network') {
        continue;
      } else if (mode === 'any' ? !(p.base && d.dept.party) : mode === 'party' && d.dept.party && !p.base) {
        found.push({ kind: 'place', place: p.place, dept: d.dept });
      }
    }
  }
  return found;
}

/** The longest surface starting at `i`: a roster/relative name, or [prefix] + place + department.
 *  Plain loops (no callbacks): this runs at every candidate position of every document. */
function matchAt(c: Compiled, text: string, i: number, to: number): RawMatch | null {
  let bestEnd = -1;
  let readings: Reading[] = [];
  let node: Trie<Reading> | undefined = c.named;
  for (let j = i; j < to; ) {
    node = node.next.get(text.charCodeAt(j));
    if (!node) break;
    j++;
    if (node.values) {
      bestEnd = j;
      readings = node.values;
    }
  }
  const tried = c.prefixesByFirst.get(text.charCodeAt(i));
  for (let q = -1; q < (tried ? tried.length : 0); q++) {
    const pre = q < 0 ? c.prefixes[0]! : tried![q]!;
    if (q >= 0 && !text.startsWith(pre.prefix, i)) continue;
    const placeStart = i + pre.prefix.length;
    let pn: Trie<PlaceSurface> | undefined = c.places;
    for (let j = placeStart; j < to; ) {
      pn = pn.next.get(text.charCodeAt(j));
      if (!pn) break;
      j++;
      if (!pn.values) continue;
      let dn: Trie<DeptSurface> | undefined = c.depts;
      for (let k = j; k < to; ) {
        dn = dn.next.get(text.charCodeAt(k));
        if (!dn) break;
        k++;
        if (!dn.values || k < bestEnd) continue;
        const found = composeReadings(text, pre, placeStart, j, pn.values, dn.values);
        if (found.length === 0) continue;
        readings = k > bestEnd ? found : [...readings, ...found];
        bestEnd = k;
      }
    }
  }
  return bestEnd > i ? { start: i, end: bestEnd, readings } : null;
}

/** Longest match at each position, left to right, non-overlapping: linear (surfaces are at most ~30 characters). */
function scan(text: string, from = 0, to = text.length): RawMatch[] {
  const c = roster();
  const out: RawMatch[] = [];
  let i = from;
  while (i < to) {
    const c0 = text.charCodeAt(i);
    if (c.firstChar[c0] === 0 || i + 1 >= to || c.firstPair[pairIndex(c0, text.charCodeAt(i + 1))] === 0) {
      i++;
      continue;
    }
    const m = matchAt(c, text, i, to);
    if (m) {
      out.push(m);
      i = m.end;
    } else {
      i++;
    }
  }
  return out;
}

// ───────────────────────────── resolution ─────────────────────────────

/** The places short forms refer to in one document. */
interface Locale {
  /** The province-level unit of the document (重庆市, 四川省) or null. */
  province: Place | null;
  /** What `市` means: 重庆市 in a Chongqing document, the issuer's city in a Sichuan city document. */
  city: Place | null;
  /** What `区`/`县` mean: the issuer's district or county. */
  county: Place | null;
  date: string | null;
}

interface Resolved {
  name: string;
  level: Level;
  /** The district/city the name was built on, for `市X` resolution by a nearby city. */
  place: Place | null;
  /** Any place the name was built on (a province-level one too), for list inheritance (`兵团科技局、财政局`). */
  builtOn: Place | null;
}

function isoBefore(date: string, until: string): boolean {
  // `until` may be `YYYY-MM`; string comparison of ISO prefixes is chronological.
  return date < until;
}

/** The name of a roster entry in force on `date`, starting from the era the surface belongs to. */
function nameInForce(entry: RosterEntryJson, era: number, date: string | null): string {
  const former = entry.formerNames ?? [];
  if (era < 0) return entry.name;
  if (!date) return former[era]!.name;
  for (let i = era; i < former.length; i++) {
    if (isoBefore(date, former[i]!.until)) return former[i]!.name;
  }
  return entry.name;
}

function buildName(place: Place, dept: DepartmentJson): Resolved {
  const name = (dept.party ? '中共' : '') + place.canonicalPrefix + dept.full;
  return { name, level: place.level, place: place.level === 'provincial' || place.name === place.province ? null : place, builtOn: place };
}

function resolveReading(r: Reading, locale: Locale, nearbyCity: Place | null): Resolved | null {
  switch (r.kind) {
    case 'entry': {
      if (r.relativeTo) {
        // `市科技局` is Chongqing's only where `市` means Chongqing.
        const target = r.relativeTo === '重庆' ? locale.city : locale.province;
        if (!target || target.jurisdiction !== r.relativeTo || target.level === 'district') return null;
        if (r.relativeTo === '重庆' && target.name !== '重庆市') return null;
        if (r.relativeTo !== '重庆' && target.name !== target.province) return null;
      }
      return { name: nameInForce(r.entry, r.era, locale.date), level: r.entry.level, place: null, builtOn: null };
    }
    case 'place':
      return buildName(r.place, r.dept);
    case 'relative': {
      let target: Place | null = null;
      if (r.scope === 'city') target = nearbyCity ?? locale.city;
      else if (r.scope === 'province') target = locale.province?.provinceKind === 'province' ? locale.province : null;
      else if (r.scope === 'county') target = locale.county;
      else {
        // Bare `科技厅` / `发展改革委`: the document's own province-level body; 厅 exist only in provinces.
        target = locale.province;
        if (target && target.provinceKind === 'municipality' && r.dept.full.endsWith('厅')) target = null;
      }
      return target ? buildName(target, r.dept) : null;
    }
    case 'branch':
      return { name: r.name, level: r.level, place: null, builtOn: null };
  }
}

/** Priority of a reading: absolute ones first (a roster entry, a named place), relative ones last. */
function readingRank(r: Reading): number {
  return r.kind === 'entry' ? (r.relativeTo ? 1 : 0) : r.kind === 'place' ? 2 : r.kind === 'branch' ? 3 : 4;
}

const MAX_RANK = 4;

function firstResolved(readings: Reading[], locale: Locale, nearbyCity: Place | null, pbocContext: boolean): Resolved | null {
  // One pass per rank over a handful of readings: no sorting or closures on this per-match path.
  for (let rank = 0; rank <= MAX_RANK; rank++) {
    for (const r of readings) {
      if (readingRank(r) !== rank) continue;
      if (r.kind === 'branch' && !r.explicit && !pbocContext) continue;
      const res = resolveReading(r, locale, nearbyCity);
      if (res) return res;
    }
  }
  return null;
}

function isRelative(readings: Reading[]): boolean {
  for (const r of readings) if (r.kind !== 'relative' && !(r.kind === 'entry' && r.relativeTo !== null)) return false;
  return true;
}

function hasImplicitBranch(readings: Reading[]): boolean {
  for (const r of readings) if (r.kind === 'branch' && !r.explicit) return true;
  return false;
}

// ───────────────────────────── the language's context rules ─────────────────────────────

/** A name followed by these is the modifier of a generic group (`市政府有关部门`, `区政府各部门`, `人民银行各中心支行`),
 *  of a CPPCC sector (`市政协民建界别`) or of a person's title (`市人大代表`, `市政协委员`). */
const GROUP_MODIFIER_AFTER = /^(?:各|有关|相关|所属|下属|直属|系统内|代表|委员(?!会)|[\u4e00-\u9fa5]{0,8}?界别)/;

/** A name followed by a term or meeting label is part of that label (`市政协五届五次会议`, `市委六届二次全会`,
 *  `市委人才工作会议`, `中央财经委员会第六次会议`) — a verb in between means the body acts, so it still counts. */
const SESSION_AFTER = /^(?:第?[一二三四五六七八九十百零〇0-9]+(?:届|次)|(?:(?!召开|组织|举办|参加|出席|审议|研究|印发|主持)[\u4e00-\u9fa5]){0,6}?(?:全会|会议))/;

/** An internal unit after its parent: a central body's 办公厅/办公室, 司 or 局 is an agency of its own
 *  (`科技部农村科技司`, `教育部办公厅`, `工业和信息化部中小企业局`); a bureau's 处 is not counted and neither is the
 *  bureau as its modifier (`重庆市科学技术局农村科技处`). The unit's words must hold no other body's name
 *  (`科技部火炬中心和国家知识产权局` is two bodies): see internalUnit. */
const UNIT_GENERAL_OFFICE = '()(办公厅|办公室)';
/** The unit's own words (`资源配置与管理`, `科教和文化`): no 的 or 等, which end a noun phrase. */
const UNIT_WORDS = '((?:(?![的等])[\\u4e00-\\u9fa5]){2,10}?)';
/** Department or bureau (a central body's unit) or division (a local bureau's, not counted). */
const UNIT_KIND = '(司|局|处)';
/** What may follow a unit in running text: the end, punctuation, or a word that starts the predicate. */
const UNIT_FOLLOWER = '(?=$|[^\\u4e00-\\u9fa5]|关于|的|要求|联系|负责|同意|印发|发布|会同|联合|牵头|组织|指导|研究|审核|批准|主办|等)';
const INTERNAL_UNIT_AFTER = new RegExp(`^(?:${UNIT_GENERAL_OFFICE}|${UNIT_WORDS}${UNIT_KIND}${UNIT_FOLLOWER})`);
/** The same rule on a whole surface (a header field, a title's organ): the unit ends it. */
const INTERNAL_UNIT_WHOLE = new RegExp(`^(?:${UNIT_GENERAL_OFFICE}|${UNIT_WORDS}${UNIT_KIND})$`);

/** The internal unit that `s` starts with (`办公厅`, `中小企业局`), or null: `re` is INTERNAL_UNIT_AFTER (running
 *  text) or INTERNAL_UNIT_WHOLE (a whole surface). Words that contain another body (`…和国家知识产权局`) are no unit. */
function internalUnit(s: string, re: RegExp): string | null {
  const m = re.exec(s);
  if (!m) return null;
  const words = m[3];
  if (words && scan(words + m[4]).length > 0) return null;
  return (m[1] ?? words ?? '') + (m[2] ?? m[4] ?? '');
}

/** Democratic parties and the Youth League name their committees like the Party's (`农工党市委会`, `九三学社重庆市委`,
 *  `共青团重庆市委`, `团市委`): not government organs (ANNOTATION.md). `X委会` is the democratic parties' form. */
const NON_GOVERNMENT_ORG_BEFORE = /(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|共青团|团)$/;
/** The last characters of those names: the RegExp (and its slice) runs only after one of them. */
const NON_GOVERNMENT_ORG_LAST = new Uint8Array(0x10000);
for (const ch of '革盟建进党社团') NON_GOVERNMENT_ORG_LAST[ch.charCodeAt(0)] = 1;

/** Sentences that list the units a reply was handled with (`经与…等协办单位共同研究办理`, `经会同…共同研究办理`,
 *  `经商省教育厅、省财政厅,现答复如下`, `经与…会商`). */
const CO_HANDLING_SENTENCE = /共同研究|研究办理|协办|经商|会商/g;

/** Header field naming the co-handling units (`协办单位: | 省发展改革委 |`). */
const CO_HANDLER_FIELD_BEFORE = /协办单位[\s:：|]*(?:[^\s|:：\n、，,；;]*[、，,；;]\s*)*$/;

/** An enumeration segment that begins with 各 is a generic group; bare or relative names in it are not bodies. */
const SEGMENT_START_CODE = new Uint8Array(0x10000);
for (const ch of '，,；;。：:\n') SEGMENT_START_CODE[ch.charCodeAt(0)] = 1;

/** `区县科技局`, `市县政府`, `省市发展改革委`: a relative name after another level word is a group of bodies, not one. */
const LEVEL_GROUP_BEFORE_CODE = new Uint8Array(0x10000);
for (const ch of '区县市省乡镇') LEVEL_GROUP_BEFORE_CODE[ch.charCodeAt(0)] = 1;
/** Single characters the per-match rules compare with. */
const GE = '各'.charCodeAt(0);
const HUI = '会'.charCodeAt(0);
const WEI = '委'.charCodeAt(0);
const SHI = '市'.charCodeAt(0);

/** `人民银行` named earlier in the same enumeration makes a bare `南川支行` its sub-branch. */
const PBOC_IN_SEGMENT = /人民银行|人行/;

const SENTENCE_END = /[。！？；!?;\n]/;
/** The same characters as a code-unit table: sentence walks test one character at a time, a RegExp call each is costly. */
const SENTENCE_END_CODE = new Uint8Array(0x10000);
for (const ch of '。！？；!?;\n') SENTENCE_END_CODE[ch.charCodeAt(0)] = 1;

/** The administrative committee of a development zone is the zone's government organ (`重庆两江新区管委会`):
 *  a zone name (ending in a zone word) right before 管委会/管理委员会; canonical with the full 管理委员会. */
const ZONE_COMMITTEE = /管委会|管理委员会/g;
const ZONE_NAME_END = /(?:新区|开发区|高新区|经开区|保税区|综合保税区|自贸区|试验区|示范区|园区|工业园|产业园|港区|新城|片区)$/;
/** Words a zone name cannot start after when no place name marks its start (`依托两江新区管委会`). */
const ZONE_LEFT_BOUNDARY = /(?:依托|联合|会同|配合|协调|指导|支持|推动|推进|牵头|组织|委托|通过|经|由|与|和|及|同|对|向|在|请|的|是|各)$/;
const ZONE_NAME_MAX = 16;

function segmentBefore(text: string, pos: number, limit = 120): string {
  let s = pos;
  const floor = Math.max(0, pos - limit);
  while (s > floor && SEGMENT_START_CODE[text.charCodeAt(s - 1)] === 0) s--;
  return text.slice(s, pos);
}

function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fa5;
}

function lineBefore(text: string, pos: number, limit = 512): string {
  // Bounded: on a document saved as one long line, an unbounded look-back per mention is quadratic.
  let s = pos;
  while (s > 0 && pos - s < limit && text.charCodeAt(s - 1) !== 10) s--;
  return text.slice(s, pos);
}

/** Whether one of the sorted `positions` lies in the sentence around [start, end). */
function sentenceContains(text: string, start: number, end: number, positions: readonly number[], limit = 400): boolean {
  // Binary search for the first position that could share the sentence; most matches have none nearby.
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < start - limit) lo = mid + 1;
    else hi = mid;
  }
  if (lo === positions.length || positions[lo]! >= end + limit) return false;
  let s = start;
  const floor = Math.max(0, start - limit);
  while (s > floor && SENTENCE_END_CODE[text.charCodeAt(s - 1)] === 0) s--;
  let e = end;
  const ceil = Math.min(text.length, end + limit);
  while (e < ceil && SENTENCE_END_CODE[text.charCodeAt(e)] === 0) e++;
  for (let k = lo; k < positions.length && positions[k]! < e; k++) if (positions[k]! >= s) return true;
  return false;
}

// ───────────────────────────── locale ─────────────────────────────

function baseLocale(jurisdiction: string | null, date: string | null): Locale {
  const { provinces } = roster();
  let province: Place | null = null;
  for (const p of provinces.values()) if (jurisdiction && p.jurisdiction === jurisdiction) province = p;
  return { province, city: province?.provinceKind === 'municipality' ? province : null, county: null, date };
}

/** Refine the locale from the issuer: a Sichuan city body makes `市` that city; a Chongqing district body makes `区`/`县` that district. */
function refineLocale(locale: Locale, issuerPlaces: Place[]): Locale {
  const out = { ...locale };
  for (const p of issuerPlaces) {
    const city = p.level === 'district' ? p.parent : p;
    if (p.level === 'district') out.county ??= p;
    // In a province a city body (or a body of one of the city's districts) makes `市` that city.
    if (city && city.level === 'municipal' && city.provinceKind === 'province') out.city ??= city;
  }
  return out;
}

// ───────────────────────────── public API ─────────────────────────────

/** Canonical name of an agency written as `surface` (whitespace ignored), or null when the roster and rules don't know it. */
export function resolveAgencyName(surface: string, ctx: { jurisdiction: string | null; date: string | null }): string | null {
  const s = surface.replace(/\s+/g, '');
  if (!s) return null;
  const locale = baseLocale(ctx.jurisdiction, ctx.date);
  const matches = scan(s);
  // The whole surface must be agency names end to end: one name, or joint issuers written side by side
  // (`丰都县科学技术局 丰都县财政局`), of which the first leads.
  let pos = 0;
  for (const m of matches) {
    if (m.start !== pos) return null;
    pos = m.end;
  }
  if (matches.length === 0) return null;
  const first = firstResolved(matches[0]!.readings, locale, null, PBOC_IN_SEGMENT.test(s));
  if (pos === s.length) return first?.name ?? null;
  // `工业和信息化部办公厅`, `工业和信息化部中小企业局`: a central body followed by nothing but its internal unit.
  if (matches.length === 1 && first?.level === 'central') {
    const unit = internalUnit(s.slice(matches[0]!.end), INTERNAL_UNIT_WHOLE);
    if (unit && !unit.endsWith('处')) return first.name + unit;
  }
  return null;
}

/** Roster facts about a canonical name (aliases, level, jurisdiction, former names), for the graph; null for rule-built names. */
export function agencyInfo(name: string): { name: string; aliases: string[]; level: Level; jurisdiction: string | null; formerNames: FormerName[]; source: string } | null {
  const e = roster().byName.get(name);
  if (!e) return null;
  return { name: e.name, aliases: [...e.aliases], level: e.level, jurisdiction: e.jurisdiction, formerNames: [...(e.formerNames ?? [])], source: e.source };
}

const ROLE_ORDER: Role[] = ['issuer', 'addressee', 'co-handler', 'mentioned'];

class AgencyCollector {
  private readonly byName = new Map<string, AgencyRef>();
  /** Span starts per agency, so a long text with many mentions stays linear. */
  private readonly starts = new Map<string, Set<number>>();

  add(name: string, level: Level | null, role: Role, mention: Mention): void {
    let ref = this.byName.get(name);
    let starts = this.starts.get(name);
    if (!ref || !starts) {
      ref = { name, mentions: [], roles: [], level, spans: [] };
      starts = new Set();
      this.byName.set(name, ref);
      this.starts.set(name, starts);
    }
    if (!ref.mentions.includes(mention.text)) ref.mentions.push(mention.text);
    if (!ref.roles.includes(role)) {
      ref.roles.push(role);
      ref.roles.sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
    }
    if (!starts.has(mention.start)) {
      starts.add(mention.start);
      ref.spans.push(mention);
    }
  }

  result(): AgencyRef[] {
    return [...this.byName.values()];
  }
}

/** Organ names the issuer fallback accepts when the roster does not know an issuer (`重庆市科普工作联席会议办公室`). */
const ORGAN_SUFFIX = /(?:局|委|厅|部|署|办公室|办公厅|政府|委员会|办|院|行|总局|监管局)$/;

/** Start of the zone name that ends at `end` (before 管委会), or -1: the leftmost place name in the run of Han
 *  characters before it, else the first character after a boundary word. */
function zoneNameStart(text: string, end: number): number {
  let s = end;
  while (s > 0 && end - s < ZONE_NAME_MAX && isHan(text.charCodeAt(s - 1))) s--;
  if (!ZONE_NAME_END.test(text.slice(s, end))) return -1;
  const { places } = roster();
  for (let k = s; k < end - 2; k++) {
    let node: Trie<PlaceSurface> | undefined = places;
    for (let j = k; j < end; j++) {
      node = node.next.get(text.charCodeAt(j));
      if (!node) break;
      if (node.values) return k;
    }
  }
  let k = end - 3;
  while (k > s && !ZONE_LEFT_BOUNDARY.test(text.slice(s, k))) k--;
  return end - k >= 4 ? k : -1;
}

/** The role of a mention: in the salutation, the addressee; in a co-handling sentence or header field, a co-handler.
 *  A module-level function, not a closure per document (tsx's keep-names transform makes each named closure cost a
 *  defineProperty call when it is created). */
function roleOf(text: string, ctx: ExtractContext, coHandling: readonly number[], start: number, end: number, coHandlerField: boolean): Role {
  if (ctx.salutation && start >= ctx.salutation.start && end <= ctx.salutation.end) return 'addressee';
  if (coHandlerField || sentenceContains(text, start, end, coHandling)) return 'co-handler';
  return 'mentioned';
}

/** Every government organ the text names, with canonical names, roles and evidence spans. */
export function findAgencies(text: string, ctx: ExtractContext): AgencyRef[] {
  const out = new AgencyCollector();
  let locale = baseLocale(ctx.jurisdiction, ctx.date);

  // 1. The issuer, wherever the document names it (header, title prefix, signature) — even where the header is excluded.
  //    Signatures may be spaced out (`科 技 部`): scan the mention with whitespace removed, keep the surface as written.
  const issuerSpans: Span[] = [];
  const issuerFound: Array<{ m: RawMatch; surfaceStart: number; surfaceEnd: number; unit: string | null; unitEnd: number }> = [];
  const issuerPlaces: Place[] = [];
  for (const im of ctx.issuerMentions) {
    issuerSpans.push(im);
    const raw = text.slice(im.start, im.end);
    const map: number[] = [];
    let compact = '';
    for (let k = 0; k < raw.length; k++) {
      if (/\s/.test(raw[k]!)) continue;
      map.push(im.start + k);
      compact += raw[k];
    }
    const ms = scan(compact);
    if (ms.length === 0 && compact.length >= 3 && compact.length <= 30 && ORGAN_SUFFIX.test(compact)) {
      out.add(compact, null, 'issuer', mentionAt(text, im.start, im.end));
      continue;
    }
    for (const m of ms) {
      // `工业和信息化部办公厅`: the unit after a central body is the issuer (checked once resolved, below).
      const unit = internalUnit(compact.slice(m.end), INTERNAL_UNIT_AFTER);
      const unitEnd = unit ? map[m.end + unit.length - 1]! + 1 : 0;
      issuerFound.push({ m, surfaceStart: map[m.start]!, surfaceEnd: map[m.end - 1]! + 1, unit, unitEnd });
      for (const r of m.readings) if (r.kind === 'place') issuerPlaces.push(r.place);
    }
  }
  locale = refineLocale(locale, issuerPlaces);
  for (const { m, surfaceStart, surfaceEnd, unit, unitEnd } of issuerFound) {
    const res = firstResolved(m.readings, locale, null, false);
    if (!res) continue;
    if (unit && res.level === 'central' && !unit.endsWith('处')) out.add(res.name + unit, 'central', 'issuer', mentionAt(text, surfaceStart, unitEnd));
    else out.add(res.name, res.level, 'issuer', mentionAt(text, surfaceStart, surfaceEnd));
  }

  // 2. Every other mention, left to right.
  const inExcluded = spanChecker(ctx.excluded);
  const inIssuer = spanChecker(issuerSpans);
  const coHandling = [...text.matchAll(CO_HANDLING_SENTENCE)].map((m) => m.index!);
  // The header field test runs per match; a document without the field name skips it (most do).
  const hasCoHandlerField = coHandling.length > 0 && text.includes('协办单位');
  let nearbyCity: Place | null = null;
  let nearbyCityEnd = -1;
  const { depts, cityNameFinals } = roster();
  let inheritedUntil = -1;
  for (const m of scan(text)) {
    if (m.start < inheritedUntil) continue;
    if (inIssuer(m.start, m.end)) continue;
    // A header 协办单位 field names co-handlers even though the header block is otherwise excluded.
    const coHandlerField = hasCoHandlerField && CO_HANDLER_FIELD_BEFORE.test(lineBefore(text, m.start));
    if (!coHandlerField && inExcluded(m.start, m.end)) continue;
    // Neighbouring characters are compared by code: `text[i]` would make a one-character string per match.
    const before = text.charCodeAt(m.start - 1);
    if (before === GE) continue;
    if (NON_GOVERNMENT_ORG_LAST[text.charCodeAt(m.start - 1)] === 1 && NON_GOVERNMENT_ORG_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
    if (text.charCodeAt(m.end) === HUI && text.charCodeAt(m.end - 1) === WEI) continue;
    const after = text.slice(m.end, m.end + 24);
    if (GROUP_MODIFIER_AFTER.test(after) || SESSION_AFTER.test(after)) continue;

    // The enumeration segment before the name matters only for relative names and bare branch names.
    const relative = isRelative(m.readings);
    const needsSegment = relative || hasImplicitBranch(m.readings);
    const segment = needsSegment ? segmentBefore(text, m.start) : '';
    if (relative && (/^\s*各/.test(segment) || LEVEL_GROUP_BEFORE_CODE[before] === 1)) continue;
    // `杭州市科技局`: 市 closes a city name the gazetteer lacks, so the bureau is that city's, not the locale's.
    if (relative && text.charCodeAt(m.start) === SHI && cityNameFinals.has(text[m.start - 1] ?? '')) continue;
    if (nearbyCity && SENTENCE_END.test(text.slice(nearbyCityEnd, m.start))) nearbyCity = null;

    const res = firstResolved(m.readings, locale, nearbyCity, PBOC_IN_SEGMENT.test(segment));
    if (!res) continue;
    if (res.place && res.place.level === 'municipal') {
      nearbyCity = res.place;
      nearbyCityEnd = m.end;
    }

    let name = res.name;
    let level: Level | null = res.level;
    let end = m.end;
    const unitName = internalUnit(after, INTERNAL_UNIT_AFTER);
    if (unitName) {
      // A bureau's 处 is internal (and the bureau its modifier); a central body's 司/办公厅 is an agency of its own.
      if (unitName.endsWith('处')) continue;
      if (res.level === 'central') {
        name = res.name + unitName;
        end = m.end + unitName.length;
        level = 'central';
      }
    }

    out.add(name, level, roleOf(text, ctx, coHandling, m.start, end, coHandlerField), mentionAt(text, m.start, end));

    // `新疆生产建设兵团科技局、财政局`: departments listed right after a place-built name share its place.
    if (res.builtOn && end === m.end) {
      let e = end;
      while (text[e] === '、') {
        let node: Trie<DeptSurface> | undefined = depts;
        let dept: DepartmentJson | null = null;
        let dEnd = -1;
        for (let k = e + 1; k < text.length; ) {
          node = node.next.get(text.charCodeAt(k));
          if (!node) break;
          k++;
          const d = node.values?.find((v) => v.dept !== null && !v.dept.party);
          if (d?.dept) {
            dept = d.dept;
            dEnd = k;
          }
        }
        // The department must end the list item (`、财政局,` not `、财政局长`).
        if (!dept || isHan(text.charCodeAt(dEnd))) break;
        const inherited = buildName(res.builtOn, dept);
        out.add(inherited.name, inherited.level, roleOf(text, ctx, coHandling, e + 1, dEnd, coHandlerField), mentionAt(text, e + 1, dEnd));
        e = dEnd;
      }
      inheritedUntil = e;
    }
  }

  // 3. Zone administrative committees (`重庆两江新区管委会`), where no roster name covers them.
  if (text.includes('管委会') || text.includes('管理委员会')) {
    for (const z of text.matchAll(ZONE_COMMITTEE)) {
      const at = z.index!;
      const start = zoneNameStart(text, at);
      const end = at + z[0].length;
      if (start < 0 || inExcluded(start, end) || inIssuer(start, end) || text[start - 1] === '各') continue;
      if (GROUP_MODIFIER_AFTER.test(text.slice(end, end + 24))) continue;
      out.add(text.slice(start, at) + '管理委员会', 'district', roleOf(text, ctx, coHandling, start, end, false), mentionAt(text, start, end));
    }
  }
  return out.result();
}
