// viewer/src/i18n.ts — every string the explorer shows, in Chinese (the default: the analysts read Chinese) and English.
// The language is chosen by `?lang=en|zh` or, once switched, remembered in localStorage; one dictionary, no mixed labels.
import type { CitationRelation, NodeLabel, StatusName } from '../../contracts/api.ts';
import type { ColumnKey } from '../../contracts/lists.ts';

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

const ZH: Strings = {
  htmlLang: 'zh-CN',
  brandSub: '政策引用图谱',
  searchPlaceholder: '搜索：标题、文号、机关、拼音…',
  searchLabel: '搜索',
  noMatch: '无结果',
  matched: {
    title: '标题',
    docNumber: '文号',
    name: '名称',
    alias: '别名',
    pinyin: '拼音',
    initials: '首字母',
    proposer: '提案人',
    text: '全文',
  },
  layoutStart: '开始布局',
  layoutStop: '停止布局',
  layoutTitle: 'ForceAtlas2 布局（后台线程）',
  filters: '筛选',
  exportPngTitle: '将当前视图导出为 PNG',
  exportGexfTitle: '将当前图导出为 GEXF（Gephi）',
  langSwitch: 'English',
  langSwitchTitle: 'Switch the interface to English',
  filterTypes: '节点类型',
  filterYears: '年份（有日期的文件）',
  yearFrom: '自',
  yearTo: '至',
  filterAgency: '机关',
  anyAgency: '（全部机关）',
  filterRelations: '引用关系',
  filterStatuses: '时效性（今日）',
  resetFilters: '重置筛选',
  readerCitation: '引用',
  readerAgency: '机关',
  readerProgram: '项目',
  readerProposal: '提案',
  exporting: (done, total) => `正在读取边的证据以导出 ${done}/${total}…`,
  closeReader: '关闭阅读',
  loadingText: '正在载入全文…',
  hint: '点击节点或搜索以查看详情、引用与原文。',
  types: { Document: '文件', Agency: '机关', Program: '项目', Proposal: '提案/建议' },
  relations: { basis: '依据', implements: '贯彻落实', amends: '修改', repeals: '废止', mentions: '提及' },
  statuses: {
    'in-force': '现行有效',
    amended: '已修改',
    repealed: '已废止',
    expired: '已失效',
    'not-yet-in-force': '尚未施行',
  },
  legendSize: '大小 = 被引次数',
  legendRelations: '引用关系',
  loading: (what) => `正在载入${what}…`,
  what: { graph: '图谱', details: '详情', neighbours: '邻居', portfolio: '机关档案' },
  error: '错误：',
  emptyGraph: '图谱为空。',
  emptyIngest: '请用 ',
  emptyOr: ' 导入文件（或运行 ',
  emptyThen: '，它会导入自带的语料：300 多份公开政府文件），然后刷新。',
  nodes: (n) => `${n} 个节点`,
  edges: (n) => `${n} 条边`,
  shownOf: (shown, total) => `显示 ${shown}（共 ${total}）`,
  layoutRunning: (phase) => `布局中：${phase}…`,
  showMore: (added) => `显示更多（新增 ${added} 个）`,
  allNeighbours: '全部邻居已显示',
  serverDown: 'policy-graph 服务器无响应。`policy-graph serve`（或 `npm start`）是否在运行？',
  moreQuotes: (n) => `+ 另有 ${n} 处引文`,
  noDate: '（无日期）',
  times: (n) => `${n} 次`,
  together: (n) => `共同被引 ${n} 次`,
  shared: (n) => `相同引用 ${n} 项`,
  citing: (n) => `${n} 份文件引用`,
  documentsCount: (n) => `${n} 份文件`,
  citationsMade: (n) => `引用 ${n} 次`,
  citesRepealed: (since) => `⚠ 引用已废止的政策${since ? `（废止于 ${since}）` : ''}`,
  statusWords: {
    inForceSince: (since) => `自 ${since} 起施行`,
    inForceUnknown: '语料中未见废止、修改或失效的记载',
    amended: '已被修改：',
    repealed: '已被废止：',
    expired: (since) => `有效期至 ${since}`,
    notYet: (since) => `自 ${since} 起施行`,
    asOf: (at) => `截至 ${at}`,
    source: '依据：',
  },
  facts: {
    number: '文号',
    title: '标题',
    date: '日期',
    issuer: '发文机关',
    kind: '类别',
    citedBy: '被引',
    mentionedBy: '提及',
    legalLevel: '效力级别',
    effective: '施行日期',
    validUntil: '有效期至',
    trial: '试行',
    trialValue: '试行/暂行',
    text: '全文',
    ingested: '已入库',
    citedOnly: '仅被引用',
  },
  readText: '阅读全文',
  expand: '展开邻居',
  sections: {
    aliases: '别名与曾用名',
    until: (d) => `（至 ${d}）`,
    issued: '发文',
    numbered: '代字文号',
    programs: '主管项目',
    coHandled: '协办答复',
    cites: '引用',
    citedBy: '被引',
    coCited: '共被引',
    sameCitations: '同引',
    agencies: '机关与项目',
    respondsTo: '答复',
    mentionedIn: '提及',
    runBy: '主管',
    answeredBy: '答复',
    topCited: '最常被引',
    perYear: '年度文件数',
    assertedBy: '出处文件',
    evidence: '证据',
  },
  empty: {
    none: '无。',
    noneInGraph: '图谱中没有。',
    citesNone: '未引用任何文件。',
    notCited: '图谱中没有文件引用它。',
    neverCoCited: '从未与其他文件共同被引。',
    noSame: '没有其他文件引用相同的政策。',
    namesNone: '未提及任何机关或项目。',
    noMentions: '没有文件提及它。',
    noRunner: '未知主管机关。',
    noReply: '图谱中没有答复。',
    nothingCited: '尚无被引文件。',
    noDated: '没有带日期的文件。',
    noQuote: '未记录引文。',
    noDocument: '无出处文件。',
  },
  edgeTypes: { CITES: '引用', ISSUED_BY: '发文机关', MENTIONS: '提及', RESPONDS_TO: '答复', RUNS: '主管' },
  roles: { issuer: '发文', addressee: '主送', 'co-handler': '协办', mentioned: '提及' },
  loadingEvidence: '正在载入证据…',
  untitled: '（无标题文件）',
  tools: {
    csv: '导出表格',
    csvTitle: '将此列表导出为 CSV（UTF-8，Excel 可直接打开）',
    csvColumns: {
      list: '列表',
      id: '编号',
      type: '类型',
      name: '名称',
      title: '标题',
      doc_number: '文号',
      date: '日期',
      issuer: '发文机关',
      relation: '引用关系',
      times: '次数',
      quotes: '引文',
      together: '共同被引次数',
      citing_both: '共同引用它们的文件',
      shared: '相同引用数',
      shared_policies: '相同引用的政策',
      matched: '匹配字段',
      snippet: '匹配句子',
      detail: '说明',
    },
    allYears: '全部年份',
    yearFilter: '按年份筛选',
    sharedPolicies: '相同引用：',
    citingBoth: '共同引用：',
    citationYears: '引用时间线',
    timelineHint: '各年引用它的文件数；点击柱形筛选下方“被引”列表',
    undated: (n) => `另有 ${n} 份无日期`,
    yearBar: (year, n) => `${year} 年：${n} 份`,
    searchCsv: '导出搜索结果（CSV）',
    compare: '对比…',
    compareWith: '选择要对比的文件：',
    comparePlaceholder: '搜索文件：文号、标题…',
    compareTitle: '文件对比',
    compareShared: '两者共有',
    compareOnlyA: '仅 A',
    compareOnlyB: '仅 B',
    compareKinds: { citations: '引用的政策', agencies: '机关', programs: '项目' },
    close: '关闭',
    liveUpdated: (added) => (added > 0 ? `图谱已更新：新增 ${added} 个节点` : '图谱已更新'),
  },
  path: {
    tool: '路径',
    toolTitle: '两个节点之间的最短路径，逐步列出引文',
    title: '路径',
    from: '起点',
    to: '终点',
    fromPlaceholder: '搜索起点：文号、标题、机关…',
    toPlaceholder: '搜索终点：文号、标题、机关…',
    setFrom: '设为路径起点',
    setTo: '设为路径终点',
    scopeAll: '允许经过机关、项目（默认只沿引用）',
    k: '路径条数',
    maxDegree: '跳过连接数超过此值的枢纽（0 为不跳过）',
    run: '查找路径',
    close: '关闭路径',
    needBoth: '请先选定起点和终点。',
    searching: '正在查找路径…',
    showAll: '显示全部路径',
    head: (i, hops) => `路径 ${i} · ${hops} 步`,
    against: '逆向',
    againstTitle: '这一步的引用方向与路径方向相反',
    noPath: (hops, all, maxDegree) =>
      `两者之间在 ${hops} 步内没有${all ? '经由引用、机关或项目的' : '经由引用的'}连接${maxDegree === null ? '' : `（已跳过连接数超过 ${maxDegree} 的枢纽）`}。可尝试：${all ? '' : '允许经过机关、项目，或'}提高枢纽上限。`,
    unmatched: (ends) => `图中没有与${ends.map((e) => (e === 'a' ? '起点' : '终点')).join('和')}匹配的节点。`,
  },
};

const EN: Strings = {
  htmlLang: 'en',
  brandSub: 'policy citation graph',
  searchPlaceholder: 'Search titles, numbers, agencies, pinyin…',
  searchLabel: 'Search',
  noMatch: 'No match',
  matched: {
    title: 'title',
    docNumber: 'number',
    name: 'name',
    alias: 'alias',
    pinyin: 'pinyin',
    initials: 'initials',
    proposer: 'proposer',
    text: 'full text',
  },
  layoutStart: 'Start layout',
  layoutStop: 'Stop layout',
  layoutTitle: 'ForceAtlas2 layout in a web worker',
  filters: 'Filters',
  exportPngTitle: 'Export the current view as PNG',
  exportGexfTitle: 'Export the current graph as GEXF (Gephi)',
  langSwitch: '中文',
  langSwitchTitle: '切换为中文界面',
  filterTypes: 'Node types',
  filterYears: 'Years (documents with a date)',
  yearFrom: 'from',
  yearTo: 'to',
  filterAgency: 'Agency',
  anyAgency: '(any agency)',
  filterRelations: 'Citation relation',
  filterStatuses: 'Status (today)',
  resetFilters: 'Reset filters',
  readerCitation: 'citation',
  readerAgency: 'agency',
  readerProgram: 'program',
  readerProposal: 'proposal',
  exporting: (done, total) => `Reading edge evidence for the export ${done}/${total}…`,
  closeReader: 'Close reader',
  loadingText: 'Loading the text…',
  hint: 'Click a node or search to see its details, citations and evidence.',
  types: { Document: 'Document', Agency: 'Agency', Program: 'Program', Proposal: 'Proposal' },
  relations: { basis: 'basis', implements: 'implements', amends: 'amends', repeals: 'repeals', mentions: 'mentions' },
  statuses: {
    'in-force': 'in force',
    amended: 'amended',
    repealed: 'repealed',
    expired: 'expired',
    'not-yet-in-force': 'not yet in force',
  },
  legendSize: 'size = times cited',
  legendRelations: 'Citation relation',
  loading: (what) => `Loading ${what}…`,
  what: { graph: 'the graph', details: 'details', neighbours: 'neighbours', portfolio: 'portfolio' },
  error: 'Error: ',
  emptyGraph: 'The graph is empty.',
  emptyIngest: 'Ingest documents with ',
  emptyOr: ' (or run ',
  emptyThen: ', which ingests the bundled corpus of 300-odd published government documents), then reload.',
  nodes: plural('node', 'nodes'),
  edges: plural('edge', 'edges'),
  shownOf: (shown, total) => `${shown} shown of ${total}`,
  layoutRunning: (phase) => `layout: ${phase}…`,
  showMore: (added) => `Show more (${added} added)`,
  allNeighbours: 'All neighbours shown',
  serverDown: 'The policy-graph server does not answer. Is `policy-graph serve` (or `npm start`) running?',
  moreQuotes: (n) => `+ ${n} more ${n === 1 ? 'quote' : 'quotes'}`,
  noDate: '(no date)',
  times: (n) => `${n}×`,
  together: (n) => `${n} ${n === 1 ? 'time' : 'times'} together`,
  shared: (n) => `${n} shared`,
  citing: plural('citing document', 'citing documents'),
  documentsCount: plural('document', 'documents'),
  citationsMade: (n) => `${n} ${n === 1 ? 'citation' : 'citations'} made`,
  citesRepealed: (since) => `⚠ cites a repealed policy${since ? ` (repealed ${since})` : ''}`,
  statusWords: {
    inForceSince: (since) => `in force since ${since}`,
    inForceUnknown: 'no repeal, amendment or expiry known',
    amended: 'amended by',
    repealed: 'repealed by',
    expired: (since) => `expired (valid until ${since})`,
    notYet: (since) => `not yet in force (from ${since})`,
    asOf: (at) => `as of ${at}`,
    source: 'Source: ',
  },
  facts: {
    number: 'Number',
    title: 'Title',
    date: 'Date',
    issuer: 'Issuer',
    kind: 'Kind',
    citedBy: 'Cited by',
    mentionedBy: 'Mentioned by',
    legalLevel: 'Legal level',
    effective: 'Effective',
    validUntil: 'Valid until',
    trial: 'Trial',
    trialValue: 'trial version',
    text: 'Text',
    ingested: 'ingested',
    citedOnly: 'cited only',
  },
  readText: 'Read text',
  expand: 'Expand neighbours',
  sections: {
    aliases: 'Aliases & former names',
    until: (d) => ` (until ${d})`,
    issued: 'Issued',
    numbered: 'Numbered with its code',
    programs: 'Programs it runs',
    coHandled: 'Replies co-handled',
    cites: 'Cites',
    citedBy: 'Cited by',
    coCited: 'Co-cited with',
    sameCitations: 'Same citations',
    agencies: 'Agencies & programs',
    respondsTo: 'Responds to',
    mentionedIn: 'Mentioned in',
    runBy: 'Run by',
    answeredBy: 'Answered by',
    topCited: 'Most cited',
    perYear: 'Documents per year',
    assertedBy: 'Asserted by',
    evidence: 'Evidence',
  },
  empty: {
    none: 'None.',
    noneInGraph: 'None in the graph.',
    citesNone: 'Cites no document.',
    notCited: 'No document in the graph cites it.',
    neverCoCited: 'Never cited together with another document.',
    noSame: 'No other document cites what it cites.',
    namesNone: 'Names no agency or program.',
    noMentions: 'No document mentions it.',
    noRunner: 'No agency is known to run it.',
    noReply: 'No reply in the graph.',
    nothingCited: 'Nothing is cited yet.',
    noDated: 'No dated documents.',
    noQuote: 'No quote recorded.',
    noDocument: 'No document.',
  },
  edgeTypes: { CITES: 'cites', ISSUED_BY: 'issued by', MENTIONS: 'mentions', RESPONDS_TO: 'responds to', RUNS: 'runs' },
  roles: { issuer: 'issuer', addressee: 'addressee', 'co-handler': 'co-handler', mentioned: 'mentioned' },
  loadingEvidence: 'Loading evidence…',
  untitled: '(untitled document)',
  tools: {
    csv: 'CSV',
    csvTitle: 'Export this list as CSV (UTF-8, opens in Excel)',
    csvColumns: {
      list: 'list',
      id: 'id',
      type: 'type',
      name: 'name',
      title: 'title',
      doc_number: 'document number',
      date: 'date',
      issuer: 'issuer',
      relation: 'relation',
      times: 'times',
      quotes: 'quotes',
      together: 'cited together',
      citing_both: 'documents citing both',
      shared: 'shared citations',
      shared_policies: 'shared policies',
      matched: 'matched',
      snippet: 'sentence',
      detail: 'detail',
    },
    allYears: 'All years',
    yearFilter: 'Filter by year',
    sharedPolicies: 'Shared: ',
    citingBoth: 'Cited by both: ',
    citationYears: 'Citations per year',
    timelineHint: 'Documents citing it per year; click a bar to filter the cited-by list',
    undated: (n) => `${n} undated`,
    yearBar: (year, n) => `${year}: ${n} ${n === 1 ? 'document' : 'documents'}`,
    searchCsv: 'Export these results (CSV)',
    compare: 'Compare…',
    compareWith: 'Compare with:',
    comparePlaceholder: 'Search a document: number, title…',
    compareTitle: 'Compare documents',
    compareShared: 'Both',
    compareOnlyA: 'Only A',
    compareOnlyB: 'Only B',
    compareKinds: { citations: 'Cited policies', agencies: 'Agencies', programs: 'Programs' },
    close: 'Close',
    liveUpdated: (added) =>
      added > 0 ? `Graph updated: ${added} new ${added === 1 ? 'node' : 'nodes'}` : 'Graph updated',
  },
  path: {
    tool: 'Path',
    toolTitle: 'Shortest paths between two nodes, hop by hop with quotes',
    title: 'Path',
    from: 'From',
    to: 'To',
    fromPlaceholder: 'Search the start: number, title, agency…',
    toPlaceholder: 'Search the end: number, title, agency…',
    setFrom: 'Path from here',
    setTo: 'Path to here',
    scopeAll: 'Also through agencies and programs (default: citations only)',
    k: 'Paths',
    maxDegree: 'Skip hubs with more links than (0 = none)',
    run: 'Find paths',
    close: 'Close path',
    needBoth: 'Choose a start and an end first.',
    searching: 'Looking for paths…',
    showAll: 'Show all paths',
    head: (i, hops) => `Path ${i} · ${hops} ${hops === 1 ? 'hop' : 'hops'}`,
    against: 'reverse',
    againstTitle: 'This citation points against the direction of the path',
    noPath: (hops, all, maxDegree) =>
      `Not connected ${all ? 'through citations, agencies or programs' : 'through citations'} within ${hops} hops${maxDegree === null ? '' : ` (hubs with more than ${maxDegree} links skipped)`}. Try ${all ? '' : 'allowing agencies and programs, or '}raising the hub limit.`,
    unmatched: (ends) =>
      `Nothing in the graph matches the ${ends.map((e) => (e === 'a' ? 'start' : 'end')).join(' and the ')}.`,
  },
};

const DICTIONARY: Record<Lang, Strings> = { zh: ZH, en: EN };

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
