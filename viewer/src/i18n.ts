// viewer/src/i18n.ts — every string the explorer shows, in Chinese (the default: the analysts read Chinese) and English.
// The language is chosen by `?lang=en|zh` or, once switched, remembered in localStorage; one dictionary, no mixed labels.
import type { CitationRelation, NodeLabel, StatusName } from '../../contracts/api.ts';
import type { ColumnKey } from '../../contracts/lists.ts';
import texts from './strings.json';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];
const STORAGE_KEY = 'policy-graph.lang';

type Plural = (n: number) => string;

interface Strings {
  htmlLang: string;
  brandSub: string;
  searchPlaceholder: string;
  searchLabel: string;
  noMatch: string;
  matched: Record<string, string>;
  layoutStart: string;
  layoutStop: string;
  layoutTitle: string;
  filters: string;
  exportPngTitle: string;
  exportGexfTitle: string;
  langSwitch: string;
  langSwitchTitle: string;
  filterTypes: string;
  filterYears: string;
  yearFrom: string;
  yearTo: string;
  filterAgency: string;
  anyAgency: string;
  filterRelations: string;
  filterStatuses: string;
  resetFilters: string;
  readerCitation: string;
  readerAgency: string;
  readerProgram: string;
  readerProposal: string;
  exporting: (done: number, total: number) => string;
  closeReader: string;
  loadingText: string;
  hint: string;
  types: Record<NodeLabel, string>;
  relations: Record<CitationRelation, string>;
  statuses: Record<StatusName, string>;
  legendSize: string;
  legendRelations: string;
  loading: (what: string) => string;
  what: { graph: string; details: string; neighbours: string; portfolio: string };
  error: string;
  emptyGraph: string;
  emptyIngest: string;
  emptyOr: string;
  emptyThen: string;
  nodes: Plural;
  edges: Plural;
  shownOf: (shown: string, total: string) => string;
  layoutRunning: (phase: string) => string;
  showMore: (added: number) => string;
  allNeighbours: string;
  serverDown: string;
  // Panel
  moreQuotes: Plural;
  noDate: string;
  times: (n: number) => string;
  together: Plural;
  shared: Plural;
  citing: Plural;
  documentsCount: Plural;
  citationsMade: Plural;
  citesRepealed: (since: string | null) => string;
  statusWords: {
    inForceSince: (since: string) => string;
    inForceUnknown: string;
    amended: string;
    repealed: string;
    expired: (since: string) => string;
    notYet: (since: string) => string;
    asOf: (at: string) => string;
    source: string;
  };
  facts: {
    number: string;
    title: string;
    date: string;
    issuer: string;
    kind: string;
    citedBy: string;
    mentionedBy: string;
    legalLevel: string;
    effective: string;
    validUntil: string;
    trial: string;
    trialValue: string;
    text: string;
    ingested: string;
    citedOnly: string;
  };
  readText: string;
  expand: string;
  sections: {
    aliases: string;
    until: (d: string) => string;
    issued: string;
    numbered: string;
    programs: string;
    coHandled: string;
    cites: string;
    citedBy: string;
    coCited: string;
    sameCitations: string;
    agencies: string;
    respondsTo: string;
    mentionedIn: string;
    runBy: string;
    answeredBy: string;
    topCited: string;
    perYear: string;
    assertedBy: string;
    evidence: string;
  };
  empty: {
    none: string;
    noneInGraph: string;
    citesNone: string;
    notCited: string;
    neverCoCited: string;
    noSame: string;
    namesNone: string;
    noMentions: string;
    noRunner: string;
    noReply: string;
    nothingCited: string;
    noDated: string;
    noQuote: string;
    noDocument: string;
  };
  edgeTypes: Record<string, string>;
  /** An agency's role in a document (ingest/model.ts Role). */
  roles: Record<string, string>;
  loadingEvidence: string;
  untitled: string;
  /** Lists, timelines, compare, full-text hits and live data (explorer round 2, items 5–9 and 12). */
  tools: {
    csv: string;
    csvTitle: string;
    csvColumns: Record<ColumnKey, string>;
    allYears: string;
    yearFilter: string;
    sharedPolicies: string;
    citingBoth: string;
    citationYears: string;
    timelineHint: string;
    undated: Plural;
    yearBar: (year: number, n: number) => string;
    searchCsv: string;
    compare: string;
    compareWith: string;
    comparePlaceholder: string;
    compareTitle: string;
    compareShared: string;
    compareOnlyA: string;
    compareOnlyB: string;
    compareKinds: { citations: string; agencies: string; programs: string };
    close: string;
    liveUpdated: (added: number) => string;
  };
  /** The path tool (path.ts). */
  path: PathStrings;
}

interface PathStrings {
  tool: string;
  toolTitle: string;
  title: string;
  from: string;
  to: string;
  fromPlaceholder: string;
  toPlaceholder: string;
  setFrom: string;
  setTo: string;
  scopeAll: string;
  k: string;
  maxDegree: string;
  run: string;
  close: string;
  needBoth: string;
  searching: string;
  showAll: string;
  head: (index: number, hops: number) => string;
  against: string;
  againstTitle: string;
  noPath: (hops: number, all: boolean, maxDegree: number | null) => string;
  unmatched: (ends: ('a' | 'b')[]) => string;
}

const plural =
  (one: string, many: string): Plural =>
  (n) =>
    `${n} ${n === 1 ? one : many}`;

type Format = (...args: never[]) => string;
/** Whether a group holds a format (a function) anywhere below it. */
type HasFormat<T> = T extends Format
  ? true
  : T extends string
    ? false
    : true extends { [K in keyof T]: HasFormat<T[K]> }[keyof T]
      ? true
      : false;
/** The plain strings of a group, each in both languages, [Chinese, English] (strings.json: data, checked here). */
type Texts<T> = {
  [K in keyof T as T[K] extends Format ? never : K]: T[K] extends string ? readonly string[] : Texts<T[K]>;
};
/** The formats of a group (strings built around a number or a name), each in both languages, [Chinese, English]. */
type Formats<T> = {
  [K in keyof T as HasFormat<T[K]> extends true ? K : never]: T[K] extends Format
    ? readonly [zh: T[K], en: T[K]]
    : Formats<T[K]>;
};

const TEXTS: Texts<Strings> = texts;

const FORMATS: Formats<Strings> = {
  exporting: [
    (done, total) => `正在读取边的证据以导出 ${done}/${total}…`,
    (done, total) => `Reading edge evidence for the export ${done}/${total}…`,
  ],
  loading: [(what) => `正在载入${what}…`, (what) => `Loading ${what}…`],
  nodes: [(n) => `${n} 个节点`, plural('node', 'nodes')],
  edges: [(n) => `${n} 条边`, plural('edge', 'edges')],
  shownOf: [(shown, total) => `显示 ${shown}（共 ${total}）`, (shown, total) => `${shown} shown of ${total}`],
  layoutRunning: [(phase) => `布局中：${phase}…`, (phase) => `layout: ${phase}…`],
  showMore: [(added) => `显示更多（新增 ${added} 个）`, (added) => `Show more (${added} added)`],
  moreQuotes: [(n) => `+ 另有 ${n} 处引文`, (n) => `+ ${n} more ${n === 1 ? 'quote' : 'quotes'}`],
  times: [(n) => `${n} 次`, (n) => `${n}×`],
  together: [(n) => `共同被引 ${n} 次`, (n) => `${n} ${n === 1 ? 'time' : 'times'} together`],
  shared: [(n) => `相同引用 ${n} 项`, (n) => `${n} shared`],
  citing: [(n) => `${n} 份文件引用`, plural('citing document', 'citing documents')],
  documentsCount: [(n) => `${n} 份文件`, plural('document', 'documents')],
  citationsMade: [(n) => `引用 ${n} 次`, (n) => `${n} ${n === 1 ? 'citation' : 'citations'} made`],
  citesRepealed: [
    (since) => `⚠ 引用已废止的政策${since ? `（废止于 ${since}）` : ''}`,
    (since) => `⚠ cites a repealed policy${since ? ` (repealed ${since})` : ''}`,
  ],
  statusWords: {
    inForceSince: [(since) => `自 ${since} 起施行`, (since) => `in force since ${since}`],
    expired: [(since) => `有效期至 ${since}`, (since) => `expired (valid until ${since})`],
    notYet: [(since) => `自 ${since} 起施行`, (since) => `not yet in force (from ${since})`],
    asOf: [(at) => `截至 ${at}`, (at) => `as of ${at}`],
  },
  sections: {
    until: [(d) => `（至 ${d}）`, (d) => ` (until ${d})`],
  },
  tools: {
    undated: [(n) => `另有 ${n} 份无日期`, (n) => `${n} undated`],
    yearBar: [(year, n) => `${year} 年：${n} 份`, (year, n) => `${year}: ${n} ${n === 1 ? 'document' : 'documents'}`],
    liveUpdated: [
      (added) => (added > 0 ? `图谱已更新：新增 ${added} 个节点` : '图谱已更新'),
      (added) => (added > 0 ? `Graph updated: ${added} new ${added === 1 ? 'node' : 'nodes'}` : 'Graph updated'),
    ],
  },
  path: {
    head: [(i, hops) => `路径 ${i} · ${hops} 步`, (i, hops) => `Path ${i} · ${hops} ${hops === 1 ? 'hop' : 'hops'}`],
    noPath: [
      (hops, all, maxDegree) =>
        `两者之间在 ${hops} 步内没有${all ? '经由引用、机关或项目的' : '经由引用的'}连接${maxDegree === null ? '' : `（已跳过连接数超过 ${maxDegree} 的枢纽）`}。可尝试：${all ? '' : '允许经过机关、项目，或'}提高枢纽上限。`,
      (hops, all, maxDegree) =>
        `Not connected ${all ? 'through citations, agencies or programs' : 'through citations'} within ${hops} hops${maxDegree === null ? '' : ` (hubs with more than ${maxDegree} links skipped)`}. Try ${all ? '' : 'allowing agencies and programs, or '}raising the hub limit.`,
    ],
    unmatched: [
      (ends) => `图中没有与${ends.map((e) => (e === 'a' ? '起点' : '终点')).join('和')}匹配的节点。`,
      (ends) => `Nothing in the graph matches the ${ends.map((e) => (e === 'a' ? 'start' : 'end')).join(' and the ')}.`,
    ],
  },
};

/** One language's strings: the leaf at `index` of every pair of the texts and the formats, groups merged. */
function pick(texts: object, formats: object, index: 0 | 1): unknown {
  if (Array.isArray(texts)) return texts[index];
  if (Array.isArray(formats)) return formats[index];
  const keys = new Set([...Object.keys(texts), ...Object.keys(formats)]);
  const at = (o: object, k: string): object => (o as Record<string, object>)[k] ?? {};
  return Object.fromEntries([...keys].map((k) => [k, pick(at(texts, k), at(formats, k), index)]));
}

const DICTIONARY: Record<Lang, Strings> = {
  zh: pick(TEXTS, FORMATS, 0) as Strings,
  en: pick(TEXTS, FORMATS, 1) as Strings,
};

function isLang(v: unknown): v is Lang {
  return v === 'zh' || v === 'en';
}

/** `?lang=` first (a shared link decides), then the analyst's last choice, else Chinese. */
function initialLang(): Lang {
  try {
    const fromUrl = new URLSearchParams(location.search).get('lang');
    if (isLang(fromUrl)) return fromUrl;
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // No localStorage (a sandboxed page): the default.
  }
  return 'zh';
}

let current: Lang = typeof location === 'undefined' ? 'zh' : initialLang();

export function lang(): Lang {
  return current;
}

/** The strings of the current language. */
export function t(): Strings {
  return DICTIONARY[current];
}

/** Remember the choice (localStorage and the URL's `lang`) and reload: every panel is drawn again in it. */
export function switchLang(next: Lang): void {
  current = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // The URL still carries it.
  }
  const url = new URL(location.href);
  url.searchParams.set('lang', next);
  location.replace(url.toString());
}
