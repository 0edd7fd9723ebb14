// ingest/agencies/surfaces.ts — what an agency name may look like in text, compiled into tries (ingest/lexicon.ts):
// roster names and aliases, relative short forms (`市科技局`), places, organ types and units, and branch words.

import { FirstCharFilter, newTrie, trieAdd, type Trie } from '../lexicon.ts';
import { buildGazetteer, type Place } from './places.ts';
import { writtenForms } from './written-forms.ts';
import {
  loadRoster,
  type BranchNetworkJson,
  type DepartmentJson,
  type RosterEntryJson,
  type RosterJson,
} from './roster.ts';

/** What a matched surface may mean; one surface can carry several readings, tried in order. */
/** `relativeTo` of a central body's short form (`发展改革委`): it names the body only in a central document. */
export const CENTRAL = '*central';

export type Reading =
  /** A roster entry; `era` indexes formerNames (-1 = the current name); `relativeTo` set for `市X`/`省X` aliases. */
  | { kind: 'entry'; entry: RosterEntryJson; era: number; relativeTo: string | null }
  /** A department after a place name: `大渡口区发展改革委`, `成都市科学技术局`, `新疆生产建设兵团科技局`. */
  | { kind: 'place'; place: Place; dept: DepartmentJson; homeOnly: boolean }
  /** A department after a relative prefix (`市`, `省`, `区`/`县`) or none: `科技厅` (`bare`: the province's), `交通局`
   *  (`own`: the document's own county's or city's, in a document of that place). */
  | { kind: 'relative'; scope: RelativeScope | 'bare' | 'own'; dept: DepartmentJson }
  /** A local branch of a central body named by its place (`人行成都分行`, `四川金融监管局`, `南川支行`);
   *  not `explicit` when the body is only implied by the enumeration (`南川支行`). */
  | {
      kind: 'branch';
      net: BranchNetworkJson;
      placeName: string;
      branch: string;
      level: RosterEntryJson['level'];
      explicit: boolean;
    };

/** A place as written: `大渡口区`, `重庆市大渡口区`, `宜宾` (base: without 市/区/县), `四川省`. */
export interface PlaceSurface {
  place: Place;
  /** Written without its 市/区/县: no Party body is named so (`成都委`). */
  base: boolean;
  /** May name a People's Bank sub-branch (`南川支行`): local places as written locally. */
  branch: boolean;
  /** Names the place only in a document of its own province (`和县`). */
  homeOnly: boolean;
}

/** What may follow a place: a department form, or a branch word of a central body's network. */
export type DeptSurface =
  | { dept: DepartmentJson; branch: null }
  | {
      dept: null;
      net: BranchNetworkJson;
      /** The branch word as in the canonical name. */
      branch: string;
      /** `after`: after the body's prefix; `short`: a short form after a bare province-level place; `implicit`: body implied. */
      form: 'after' | 'short' | 'implicit';
    };

/** What may stand before a place: nothing, `中共` (Party bodies only), `政协` (CPPCC committees only) or a central body
 *  (its branches only). */
export interface PlacePrefix {
  prefix: string;
  mode: 'any' | 'party' | 'cppcc' | 'network';
  net: BranchNetworkJson | null;
}

/** What a relative prefix refers to: the document's city, province or county, or its autonomous prefecture (`州`). */
export type RelativeScope = 'city' | 'province' | 'county' | 'prefecture';

/** A working department of a government written without any prefix (`交通局`, `乡村振兴局`, `文旅委`): a county's
 *  or city's documents name their own government's bureaus so, in lists of units and as the subject of a clause.
 *  Only a bureau's or commission's name of three characters or more: two-character forms (`农委`) and the
 *  government, Party, congress and CPPCC bodies themselves (`人民政府`, `委员会`) name no one body unprefixed. */
const OWN_FORM_END = /(?:局|委)$/;
function ownForm(dept: DepartmentJson, form: string): boolean {
  if (dept.party || dept.cppcc || dept.full.startsWith('人民')) return false;
  return form.length >= 3 && OWN_FORM_END.test(form) && (dept.full.endsWith('局') || dept.full.endsWith('委员会'));
}

/** The relative prefixes of GB/T 9704 short forms and the locale each refers to. */
const RELATIVE_PREFIXES: ReadonlyArray<[string, RelativeScope]> = [
  ['市', 'city'],
  ['省', 'province'],
  // An autonomous region's documents name its organs after 自治区 (`自治区人民政府`, `自治区党委`).
  ['自治区', 'province'],
  // An autonomous prefecture's documents name its organs after 自治州 (`自治州人民政府`, `自治州党委`).
  ['自治州', 'prefecture'],
  // …and after 州 alone (`州政府办公室`, `州人大常委会`): only an autonomous prefecture is so named.
  ['州', 'prefecture'],
  ['区', 'county'],
  ['县', 'county'],
  // An autonomous county's and a banner's documents name their organs after 自治县 / 旗 (`自治县人民政府`, `旗政府`).
  ['自治县', 'county'],
  ['自治旗', 'county'],
  ['旗', 'county'],
];

export interface Compiled {
  /** Roster names and aliases, relative short forms (`市科技局`) and bare forms (`科技厅`). */
  named: Trie<Reading>;
  /** A government's bureaus written with no prefix at all (`交通局`): read only in a document's body scan. */
  own: Trie<Reading>;
  /** Places as written; a place followed by a department form is a rule-built name, so the ~50k combinations
   *  are never materialized: two small tries walked one after the other. */
  places: Trie<PlaceSurface>;
  depts: Trie<DeptSurface>;
  prefixes: PlacePrefix[];
  /** The non-empty prefixes by their first code unit: most positions try only the empty one. */
  prefixesByFirst: Map<number, PlacePrefix[]>;
  /** Which positions may start some surface. */
  filter: FirstCharFilter;
  /** Where an unprefixed bureau (the `own` trie) may start: common words (`交通`, `教育`) the others never open with. */
  ownFilter: FirstCharFilter;
  provinces: Map<string, Place>;
  cityNameFinals: Set<string>;
}

function compile(data: RosterJson): Compiled {
  const root = newTrie<Reading>();
  const ownRoot = newTrie<Reading>();
  const placeTrie = newTrie<PlaceSurface>();
  const deptTrie = newTrie<DeptSurface>();

  // Roster entries: canonical names, aliases and former names.
  for (const entry of data.agencies) {
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
    for (const a of entry.centralShort ?? []) {
      trieAdd(root, a, { kind: 'entry', entry, era: -1, relativeTo: CENTRAL });
      // `国家林草局`, `国家医保局`: a 国家… body's short form with its 国家 names it in any document.
      if (entry.name.startsWith('国家') && !a.startsWith('国家'))
        trieAdd(root, '国家' + a, { kind: 'entry', entry, era: -1, relativeTo: null });
    }
    (entry.formerNames ?? []).forEach((f, i) => {
      add(f.name, i);
      for (const a of f.aliases) add(a, i);
    });
  }

  const gazetteer = buildGazetteer(data);
  for (const { place, variants, baseVariants, local, homeOnly } of gazetteer.entries) {
    for (const v of variants)
      trieAdd(placeTrie, v, { place, base: false, branch: local && !v.startsWith(place.province), homeOnly: false });
    for (const v of homeOnly) trieAdd(placeTrie, v, { place, base: false, branch: false, homeOnly: true });
    // `宜宾科技局`, `南川支行`: a city or district written without its 市/区/县.
    for (const v of baseVariants) trieAdd(placeTrie, v, { place, base: true, branch: local, homeOnly: false });
  }
  for (const dept of data.departments) {
    for (const form of writtenForms(dept)) trieAdd(deptTrie, form, { dept, branch: null });
  }
  // Branches of central bodies: `人行成都分行`, `国家金融监督管理总局四川监管局`, `四川金融监管局`, `南川支行`.
  const prefixes: PlacePrefix[] = [
    { prefix: '', mode: 'any', net: null },
    { prefix: '中共', mode: 'party', net: null },
    { prefix: '中国共产党', mode: 'party', net: null },
    { prefix: '政协', mode: 'cppcc', net: null },
    { prefix: '中国人民政治协商会议', mode: 'cppcc', net: null },
  ];
  for (const net of data.branchNetworks ?? []) {
    for (const prefix of net.prefixes) prefixes.push({ prefix, mode: 'network', net });
    for (const [form, canon] of Object.entries(net.suffixes))
      trieAdd(deptTrie, form, { dept: null, net, branch: canon, form: 'after' });
    for (const [form, canon] of Object.entries(net.shortForms))
      trieAdd(deptTrie, form, { dept: null, net, branch: canon, form: 'short' });
    for (const form of net.implicit)
      trieAdd(deptTrie, form, { dept: null, net, branch: net.suffixes[form] ?? form, form: 'implicit' });
  }

  // Relative short forms: `市科技局`, `省发展改革委`, `区政府`, `县科技局`, and bare `科技厅`; `区政协` after its prefix.
  for (const dept of data.departments) {
    for (const form of writtenForms(dept)) {
      for (const [prefix, scope] of RELATIVE_PREFIXES) trieAdd(root, prefix + form, { kind: 'relative', scope, dept });
      if (dept.bare) trieAdd(root, form, { kind: 'relative', scope: 'bare', dept });
      else if (ownForm(dept, form)) trieAdd(ownRoot, form, { kind: 'relative', scope: 'own', dept });
    }
  }

  const filter = new FirstCharFilter();
  filter.addTrie(root);
  filter.addTrie(placeTrie);
  const ownFilter = new FirstCharFilter();
  ownFilter.addTrie(ownRoot);
  for (const { prefix } of prefixes) filter.addSurface(prefix);
  const prefixesByFirst = new Map<number, PlacePrefix[]>();
  for (const pre of prefixes) {
    if (!pre.prefix) continue;
    const c0 = pre.prefix.charCodeAt(0);
    let list = prefixesByFirst.get(c0);
    if (!list) prefixesByFirst.set(c0, (list = []));
    list.push(pre);
  }
  return {
    named: root,
    own: ownRoot,
    places: placeTrie,
    depts: deptTrie,
    prefixes,
    prefixesByFirst,
    filter,
    ownFilter,
    provinces: gazetteer.provinces,
    cityNameFinals: new Set(data.cityNameFinals ?? ''),
  };
}

let compiled: Compiled | null = null;

/** The compiled surfaces, built once per process. */
export function surfaces(): Compiled {
  return (compiled ??= compile(loadRoster()));
}
