// ingest/programs/patterns.ts — the program stage's knowledge, loaded once from ingest/data/program-patterns.json and
// indexed for the scans (head trie, word sets, prefix indexes). Code elsewhere holds no words of its own.

import { readDataFile } from '../data-file.ts';
import places from '../data/places.json' with { type: 'json' };
import type { ProgramKind } from '../model.ts';
import { byLengthDesc, escapeRe, prefixIndex, wordSet, type PrefixIndex, type WordSet } from './words.ts';

export interface HeadJson {
  head: string;
  kind: ProgramKind;
  /** A level prefix makes the name specific even when the words between are generic (`市级新型基础设施建设专项资金`). */
  levelNamed?: boolean;
  /** Names a program only after a full province-level or city name (`重庆市中小企业公共服务平台`). */
  placeNamed?: boolean;
  /** Fewest characters before the head (default 2): fairs go by three-character short names (`绿博会`, `广交会`). */
  minModifier?: number;
  /** The head names a coordinating body by its task: a level word alone before it is enough (`市减灾委`). */
  taskNamed?: boolean;
  /** Names a program only after an app's own short name, whose last character is one of `appNameEnds`
   *  (`人大代表全渝通应用`, `浙里办APP`). */
  appNamed?: boolean;
  /** The head is not part of the program's name (`全渝通应用` → `全渝通`). */
  dropHead?: boolean;
  /** The name counts only right after one of these verbs (`开展…综合改革`, not `深化…制度改革`). */
  onlyAfter?: string[];
  /** Words that make a name with this head something else (`…委员会第六次会议` is a sitting of a body). */
  notWith?: string[];
  /** Verbs that make a name with this head a list the body draws up or files things into, not a program
   *  (`纳入产业路计划`, `列为棚户区改造计划`, `规划农村公路护栏计划时`). */
  notObjectOf?: string[];
  /** Names a program only after its ordinal (`第四次全国文物普查`), which opens the name: without it the head is a kind
   *  of work (`旅游资源普查`). */
  ordinalNamed?: boolean;
  /** Only after a number formula, quoted or not (`“416”科技创新布局`, `33618现代制造业集群`), not a slogan
   *  (`“五位一体”总体布局`). */
  numbered?: boolean;
  /** A construction head (`工程`, `示范项目`): a name holding a works word or opening with a place below the county is a
   *  project of that place (`木洞镇农村饮水整体提升改造工程`), not a program. */
  works?: boolean;
  /** Words right after the head that make it a modifier of another noun (`公园城市`). */
  notBefore?: string[];
  /** The head ends the phrase: no name character follows (`纳入国家县城新型城镇化建设示范,`). */
  alone?: boolean;
  /** The modifier must end in one of these words of purpose, with specific words before it (`三峡后续扶持资金`). */
  purposeEnds?: string[];
  /** Words generic for this head only (`政务服务平台`, but `金融服务综合改革试点城市` is specific). */
  genericWords?: string[];
  /** Names a program only after a national prefix (`国家外贸转型升级基地`) or a full province, city or county name. */
  nationalOrPlaceNamed?: boolean;
  /** The name must open with its scope: a place, a national or level word, or one of scopePrefixes (`全民健康信息平台`,
   *  `省级…信息平台`); `医院信息平台` is one hospital's system. */
  scopeNamed?: boolean;
  /** A weak head (`计划`, `工程`, `行动`, `资金`): domain nouns before it (`农村能源工程`, `增绿行动`) are a class, so the name
   *  needs a place, a quoted or proper name or a number formula. */
  domainGeneric?: boolean;
  /** Words that end a modifier of a quota or a schedule, not a program (`林木采伐计划`, `粮食收购计划`, `用地计划`). */
  classEnds?: string[];
}

export interface QuotedHeadJson extends HeadJson {
  keepHead: boolean;
  /** Shortest quoted name accepted (`“双创”活动` is a slogan). */
  minQuoted?: number;
  /** Most characters between the quote and the head (default 4): `“33618”现代制造业集群`. */
  maxGap?: number;
}

interface PatternsJson {
  heads: HeadJson[];
  quotedHeads: QuotedHeadJson[];
  quotedOnlyHeads: HeadJson[];
  quotedListFollowers: string[];
  goalMarkers: string[];
  hardBoundaries: string[];
  nonBoundaryWords: string[];
  strongVerbs: string[];
  leadingWords: string[];
  levelPrefixes: string[];
  genericWords: string[];
  genericNames: string[];
  rightBlockers: string[];
  strategies: string[];
  notProgramWords: string[];
  enumerationClasses: Array<{ noun: string; kind: ProgramKind }>;
  knownNames: Array<{ name: string; kind: ProgramKind; source: string }>;
  nationalPrefixes: string[];
  provincePrograms: Array<{ prefix: string; kind: ProgramKind; source: string }>;
  groupAfter: string[];
  groupOrganEnds: string[];
  appNameEnds: string[];
  governingVerbs: string[];
  addressMarkers: string[];
  quotedObjectVerbs: string[];
  verbsInBodyNames: string[];
  /** Verbs (and 由) that take a body as object or agent: where a body's name holding a verb of its task begins. */
  verbsGoverningBodies: string[];
  /** Words after which a name is a class of the rest (`其他农村公路建设计划`). */
  othersBefore: string[];
  /** The office of a body (`领导小组办公室`): after a body head it names the body and does not block it. */
  bodyOffices: string[];
  quotedSubjectVerbs: string[];
  adverbs: string[];
  worksWords: string[];
  localPlaceEnds: string[];
  notLocalPlaces: string[];
  formulaFollowers: string[];
  formulaVerbs: string[];
  formulaSlogans: string[];
  formulaSloganEnds: string[];
  groupFollowers: string[];
  conceptFollowers: string[];
  mannerEnds: string[];
  /** What a payment-order reform lets come after (`先诊疗后付费`, `一站式结算`). */
  paymentWords: string[];
  /** Nouns a payment-order reform may stand before (`一站式结算服务`, `先诊疗后付费模式`). */
  paymentFollowers: string[];
  scopePrefixes: string[];
  /** Ends of administrative units (`戴家坪村`, `阳光社区`, `清溪镇`): an enumerated item so ending is a place, not a program. */
  adminUnitEnds: string[];
  locationWords: string[];
  locationWordsInside: string[];
  determiners: string[];
  determinerMeasures: string[];
  domainWords: string[];
  knownNameBlockers: string[];
}

export interface HeadNode {
  next: Map<number, HeadNode>;
  head: HeadJson | null;
}

export interface Patterns extends PatternsJson {
  headTrie: HeadNode;
  /** First characters of every head and every known name: the scan's first, cheapest test. */
  headFirstChar: Uint8Array;
  /** Hashed first two characters of every head (bit HEAD_PAIR) and every known name (bit KNOWN_PAIR); all are at
   *  least two long. `创新`, `实施`, `公司` stop here. One scan of the text serves both (see heads.ts). */
  headPair: Uint8Array;
  quotedHeadsByLength: QuotedHeadJson[];
  /** Heads a quoted name may end with (`“鸿雁计划”`, `“国家创新型城市”`), longest first. */
  ownHeadsByLength: HeadJson[];
  hardSet: WordSet;
  nonBoundary: Set<string>;
  strongSet: WordSet;
  leadingSet: WordSet;
  goalSet: WordSet;
  enumerationNouns: string[];
  enumerationFirstChars: Set<string>;
  genericNameSet: Set<string>;
  /** By first character, longest first, so segmenting takes the longest word. */
  genericWordIndex: PrefixIndex;
  quotedListRe: RegExp;
  groupAfterRe: RegExp;
  rightBlockerIndex: PrefixIndex;
  /** Known names by first character (longest first), and a table of those first characters for the scan. */
  knownNameIndex: PrefixIndex;
  knownNameByName: Map<string, { name: string; kind: ProgramKind }>;
  /** Verbs that govern an action head and are never part of its name (`开展行动`, unlike `能级提升行动`). */
  governingSet: WordSet;
  quotedObjectSet: WordSet;
  quotedSubjectIndex: PrefixIndex;
  /** Heads of bodies (kind `other`): a name of one never runs into the name of another before it. */
  bodyHeadSet: WordSet;
  bodyVerbSet: WordSet;
  bodyGoverningSet: WordSet;
  adverbSet: Set<string>;
  leadingIndex: PrefixIndex;
  levelPrefixIndex: PrefixIndex;
  formulaFollowerIndex: PrefixIndex;
  formulaVerbSet: WordSet;
  formulaSloganSet: Set<string>;
  paymentIndex: PrefixIndex;
  paymentFollowerIndex: PrefixIndex;
  determinerIndex: PrefixIndex;
  knownNameBlockerIndex: PrefixIndex;
}

const PAIR_TABLE_SIZE = 1 << 16;

export function pairIndex(c0: number, c1: number): number {
  return ((c0 << 7) ^ c1) & (PAIR_TABLE_SIZE - 1);
}

function headIndex(
  heads: HeadJson[],
  knownNames: readonly string[],
): { headTrie: HeadNode; headFirstChar: Uint8Array; headPair: Uint8Array } {
  const headTrie: HeadNode = { next: new Map(), head: null };
  const headFirstChar = new Uint8Array(0x10000);
  const headPair = new Uint8Array(PAIR_TABLE_SIZE);
  for (const w of knownNames) {
    if (w.length < 2)
      throw new Error(
        `ingest/programs: known name "${w}" in ingest/data/program-patterns.json must be at least two characters.`,
      );
    headFirstChar[w.charCodeAt(0)] = 1;
    headPair[pairIndex(w.charCodeAt(0), w.charCodeAt(1))] |= KNOWN_PAIR;
  }
  for (const h of heads) {
    if (h.head.length < 2)
      throw new Error(
        `ingest/programs: head "${h.head}" in ingest/data/program-patterns.json must be at least two characters.`,
      );
    headFirstChar[h.head.charCodeAt(0)] = 1;
    headPair[pairIndex(h.head.charCodeAt(0), h.head.charCodeAt(1))] |= HEAD_PAIR;
    let node = headTrie;
    for (let k = 0; k < h.head.length; k++) {
      const c = h.head.charCodeAt(k);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), head: null }));
      node = child;
    }
    node.head = h;
  }
  return { headTrie, headFirstChar, headPair };
}

/** Bits of `headPair`. */
export const HEAD_PAIR = 1;
export const KNOWN_PAIR = 2;

const REQUIRED_KEYS: ReadonlyArray<keyof PatternsJson> = [
  'heads',
  'quotedHeads',
  'quotedOnlyHeads',
  'quotedListFollowers',
  'goalMarkers',
  'hardBoundaries',
  'nonBoundaryWords',
  'strongVerbs',
  'leadingWords',
  'levelPrefixes',
  'genericWords',
  'genericNames',
  'rightBlockers',
  'strategies',
  'notProgramWords',
  'enumerationClasses',
  'knownNames',
  'groupAfter',
  'groupOrganEnds',
  'appNameEnds',
  'governingVerbs',
  'addressMarkers',
  'quotedObjectVerbs',
  'verbsInBodyNames',
  'verbsGoverningBodies',
  'othersBefore',
  'bodyOffices',
  'quotedSubjectVerbs',
  'adverbs',
  'worksWords',
  'localPlaceEnds',
  'notLocalPlaces',
  'formulaFollowers',
  'formulaVerbs',
  'formulaSlogans',
  'formulaSloganEnds',
  'groupFollowers',
  'conceptFollowers',
  'mannerEnds',
  'paymentWords',
  'paymentFollowers',
  'scopePrefixes',
  'adminUnitEnds',
  'locationWords',
  'locationWordsInside',
  'provincePrograms',
  'nationalPrefixes',
  'determiners',
  'determinerMeasures',
  'domainWords',
  'knownNameBlockers',
];

function loadPatterns(): Patterns {
  const url = new URL('../data/program-patterns.json', import.meta.url);
  const data = readDataFile<PatternsJson>(url, 'ingest/programs', 'pattern data file');
  for (const key of REQUIRED_KEYS) {
    if (!Array.isArray(data[key])) {
      throw new Error(
        `ingest/programs: ${url.pathname} lacks the list "${key}"; restore it (see the $comment at the top of the file).`,
      );
    }
  }
  const followers = data.quotedListFollowers.map(escapeRe).join('|');
  // `数字重庆`, `数字浙江`: a prefix and a province's short name, known names like the listed ones.
  data.knownNames = [
    ...data.knownNames,
    ...data.provincePrograms.flatMap((p) =>
      places.provinces.map((v) => ({ name: p.prefix + v.short, kind: p.kind, source: p.source })),
    ),
  ];
  return {
    ...data,
    ...headIndex(
      data.heads,
      data.knownNames.map((z) => z.name),
    ),
    quotedHeadsByLength: [...data.quotedHeads].sort((a, b) => b.head.length - a.head.length),
    ownHeadsByLength: [...data.heads, ...data.quotedOnlyHeads]
      .filter((h) => !h.numbered)
      .sort((a, b) => b.head.length - a.head.length),
    hardSet: wordSet(data.hardBoundaries),
    nonBoundary: new Set(data.nonBoundaryWords),
    strongSet: wordSet(data.strongVerbs),
    leadingSet: wordSet([...data.leadingWords, ...data.strongVerbs]),
    goalSet: wordSet(data.goalMarkers),
    enumerationNouns: data.enumerationClasses.map((c) => c.noun).sort(byLengthDesc),
    enumerationFirstChars: new Set(data.enumerationClasses.map((c) => c.noun[0]!)),
    genericNameSet: new Set(data.genericNames),
    genericWordIndex: prefixIndex([...data.genericWords].sort(byLengthDesc)),
    knownNameIndex: prefixIndex(data.knownNames.map((z) => z.name).sort(byLengthDesc)),
    knownNameByName: new Map(data.knownNames.map((z) => [z.name, z])),
    governingSet: wordSet(data.governingVerbs),
    quotedObjectSet: wordSet(data.quotedObjectVerbs),
    quotedSubjectIndex: prefixIndex([...data.quotedSubjectVerbs].sort(byLengthDesc)),
    bodyVerbSet: wordSet(data.verbsInBodyNames),
    bodyGoverningSet: wordSet(data.verbsGoverningBodies),
    adverbSet: new Set(data.adverbs),
    bodyHeadSet: wordSet(data.heads.filter((h) => h.kind === 'other').map((h) => h.head)),
    rightBlockerIndex: prefixIndex([...data.rightBlockers].sort(byLengthDesc)),
    leadingIndex: prefixIndex([...data.leadingWords, ...data.strongVerbs].sort(byLengthDesc)),
    levelPrefixIndex: prefixIndex([...data.levelPrefixes].sort(byLengthDesc)),
    formulaFollowerIndex: prefixIndex([...data.formulaFollowers].sort(byLengthDesc)),
    formulaVerbSet: wordSet(data.formulaVerbs),
    formulaSloganSet: new Set(data.formulaSlogans),
    paymentIndex: prefixIndex([...data.paymentWords].sort(byLengthDesc)),
    paymentFollowerIndex: prefixIndex([...data.paymentFollowers, ...data.formulaFollowers].sort(byLengthDesc)),
    determinerIndex: prefixIndex([...data.determiners].sort(byLengthDesc)),
    knownNameBlockerIndex: prefixIndex([...data.knownNameBlockers].sort(byLengthDesc)),
    // `两江新区、西部科学城重庆高新区、万盛经开区商务主管部门`: the rest of the clause, up to the group word.
    // A conjunction or 各 in between (`四川天府新区、成都东部新区及各区(市)县科技主管部门`) gives the group word its own conjunct.
    groupAfterRe: new RegExp(
      '^[^\\s，,。；;：:、及和与各]{0,8}?(?:、[^\\s，,。；;：:、及和与各]{1,20}?)*?(?:' +
        data.groupAfter.map(escapeRe).join('|') +
        '|[' +
        data.groupOrganEnds.join('') +
        '](?=[，,、：:\\n]))',
    ),
    // `“选派大学生到村任职”、“选调生”、“三支一扶”(支教、支农、支医和扶贫)等项目`: 、 between the names, a gloss after them.
    quotedListRe: new RegExp(
      '((?:“[^“”、，,。；;\\n]{1,12}”、?){2,})(?:[(（][^()（）\\n]{1,24}[)）])?(?:' + followers + ')',
      'g',
    ),
  };
}

/** The longest head that starts at `pos` in `text`, or null. */
export function headAt(text: string, pos: number): HeadJson | null {
  const P = pat();
  let node: HeadNode | undefined = P.headTrie;
  let head: HeadJson | null = null;
  for (let j = pos; j < text.length; j++) {
    node = node.next.get(text.charCodeAt(j));
    if (!node) break;
    if (node.head) head = node.head;
  }
  return head;
}

let patterns: Patterns | null = null;
/** The loaded patterns (read on first use). */
export function pat(): Patterns {
  return (patterns ??= loadPatterns());
}
