// ingest/citations.ts — cited documents: 《…》 titles and GB/T 9704 document numbers, paired when adjacent.
// Finds every mention, drops what is not a citation (the document itself, what it issues, the proposal, drafts, media),
// merges mentions of the same document, and names the issuer from the 机关代字 or from an agency right before the title.

import exclusions from './data/citation-exclusions.json' with { type: 'json' };
import issuerCodes from './data/issuer-codes.json' with { type: 'json' };
import places from './data/places.json' with { type: 'json' };
import organConjunctions from './data/organ-conjunctions.json' with { type: 'json' };
import type { Citation, Mention, Span } from './model.ts';
import { assignRelations, repealedAfter } from './relation.ts';
import { isAmendingDocument } from './amendment-items.ts';
import { detach, docNumberKey, normalizeDocNumber, normalizeTitle, titleKey } from './normalize.ts';
import {
  CJK,
  BRACKETLESS_NUMBER_TAIL,
  DAMAGED_NUMBER_TAIL,
  PAREN_DAMAGED_NUMBER_TAIL,
  OPEN_LOST_NUMBER_TAIL,
  DOC_KIND_ENDING,
  DOC_NUMBER_TAIL,
  MAX_CODE_LENGTH,
  NOT_CODE_CHARS,
  NOT_CODE_PREFIXES,
  ORDER_NUMBER,
  ORGAN_ENDING,
} from './regexes.ts';
import { isNameOfBody, issuerInYear } from './issuer-eras.ts';
import { cellTitleBefore, mayOpenItem, unquotedInlineTitle, unquotedItemTitle } from './list-items.ts';
import { unquotedSentenceTitle } from './unquoted-title.ts';
import { opensWithYear, yearFirstNumbers, yearFirstParts } from './year-first-number.ts';
import { evidence, inSpans } from './spans.ts';

// ---------------------------------------------------------------------------------------------------------------
// Issuer codes (机关代字 → canonical issuer), from ingest/data/issuer-codes.json

interface CodeEntry {
  code: string;
  issuer: string | null;
  prefix: boolean;
  note: string;
  /** The body was dissolved on this date (ISO): a number of a later year is not its. */
  until?: string;
  /** The body was formed on this date (ISO): a number of an earlier year is not its. */
  since?: string;
}

interface ProvinceDepartments {
  provinces: { prefix: string; name: string }[];
  ambiguous: { prefix: string; note: string }[];
  departments: { code: string; name: string; note: string; since?: string }[];
}

/** The codes the data file lists, which generated codes never replace. */
interface ListedCodes {
  has(code: string): boolean;
}

/** What follows a province's abbreviation in a code the data file generates, and the issuer it names there. */
interface CodeSuffix {
  suffix: string;
  issuer: (province: string) => string;
  prefix: boolean;
  note: string;
  since?: string;
}

/** Codes by a rule of the data file: each province's abbreviation + each suffix. Listed entries win; an abbreviation
 *  two places write (宁: 宁夏 and 南京) gives a null issuer. */
function provinceCodes(provinces: ProvinceDepartments, suffixes: CodeSuffix[], listed: ListedCodes): CodeEntry[] {
  const out: CodeEntry[] = [];
  const gen = (prefix: string, name: string | null, why: string): void => {
    for (const x of suffixes) {
      const code = prefix + x.suffix;
      if (listed.has(code)) continue;
      out.push({
        code,
        issuer: name === null ? null : x.issuer(name),
        prefix: x.prefix,
        note: `generated: ${why} × ${x.note}`,
        ...(x.since ? { since: x.since } : {}),
      });
    }
  };
  for (const p of provinces.provinces) gen(p.prefix, p.name, p.name);
  for (const a of provinces.ambiguous) gen(a.prefix, null, `ambiguous: ${a.note}`);
  return out;
}

/** Province-level department codes: abbreviation + department code (鄂 + 科 → 鄂科技规 → 湖北省科学技术厅). */
function provinceDepartmentCodes(rule: ProvinceDepartments, listed: ListedCodes): CodeEntry[] {
  const suffixes = rule.departments.map((d) => ({
    suffix: d.code,
    issuer: (name: string) => name + d.name,
    prefix: true,
    note: d.note,
    ...(d.since ? { since: d.since } : {}),
  }));
  return provinceCodes(rule, suffixes, listed);
}

interface LocalDepartments {
  /** `template` names an organ that is not <place><department> (政协{place}委员会办公室); `cityShort` marks a
   *  government code also written after a city's first character + 市 (达市府发). */
  departments: { code: string; district: string; city: string; note: string; template?: string; cityShort?: boolean }[];
}

interface PlacesJson {
  provinces: { short: string; name: string }[];
  subdivisions: { short: string; name: string; province: string }[];
}

/** Functional zones (两江新区, 西部科学城重庆高新区, 万盛经开区, 天府新区) run bureaus with names of their own. */
const FUNCTIONAL_ZONE = /(?:新区|高新区|经开区)$/;

/** District, county and city department codes by the rule of the data file, one level below the provinces: the
 *  place's short name + the department's code (渝北 + 科 → 渝北科发 → 重庆市渝北区科学技术局; 成都 + 经信 →
 *  成都市经济和信息化局). A 区/县 is named with its province-level unit, a prefecture-level city alone. */
function localDepartmentCodes(rule: LocalDepartments, placeData: PlacesJson, listed: ListedCodes): CodeEntry[] {
  const provinceName = new Map(placeData.provinces.map((p) => [p.short, p.name]));
  const out: CodeEntry[] = [];
  for (const sub of placeData.subdivisions) {
    // A one-character short name (忠) ends common words; a zone's bureaus are not named by this rule.
    if (sub.short.length < 2 || FUNCTIONAL_ZONE.test(sub.name)) continue;
    const city = /(?:市|州|盟)$/.test(sub.name);
    const parent = provinceName.get(sub.province);
    if (!city && !parent) continue;
    const fullName = city ? sub.name : parent + sub.name;
    for (const d of rule.departments) {
      const code = sub.short + d.code;
      if (listed.has(code)) continue;
      out.push({
        code,
        issuer: localIssuer(d, fullName, city),
        prefix: true,
        note: `generated: ${fullName} × ${d.note}`,
      });
    }
  }
  out.push(...cityShortCodes(rule, placeData, listed));
  return out;
}

function localIssuer(d: LocalDepartments['departments'][number], fullName: string, city: boolean): string {
  return d.template ? d.template.replace('{place}', fullName) : fullName + (city ? d.city : d.district);
}

/** Older city government codes: the city's first character + 市 (达市府发 → 达州市人民政府). A first character two
 *  cities share names neither (null). */
function cityShortCodes(rule: LocalDepartments, placeData: PlacesJson, listed: ListedCodes): CodeEntry[] {
  const byKey = new Map<string, string[]>();
  for (const sub of placeData.subdivisions) {
    if (!/市$/.test(sub.name) || sub.name.length < 3) continue;
    const key = sub.name[0] + '市';
    byKey.set(key, [...(byKey.get(key) ?? []), sub.name]);
  }
  const out: CodeEntry[] = [];
  for (const [key, cities] of byKey) {
    const name = cities.length === 1 ? cities[0] : null;
    for (const d of rule.departments) {
      if (!d.cityShort) continue;
      const code = key + d.code;
      if (listed.has(code)) continue;
      out.push({
        code,
        issuer: name && localIssuer(d, name, true),
        prefix: true,
        note: `generated: ${name ?? `ambiguous: ${cities.join('/')}`} (${key}) × ${d.note}`,
      });
    }
  }
  return out;
}

interface ProvinceOrgans {
  organs: { suffix: string; issuer: string; prefix: boolean; note: string }[];
  /** Province-level municipalities whose Party codes follow the provinces' (沪委发 → 中共上海市委员会). */
  municipalities: { prefix: string; name: string }[];
}

/** The provincial Party committee and its general office: abbreviation + 委 / 办发 … (湘办发 → 中共湖南省委办公厅), for the
 *  provinces and the municipalities. */
function provinceOrganCodes(rule: ProvinceOrgans, provinces: ProvinceDepartments, listed: ListedCodes): CodeEntry[] {
  const suffixes = rule.organs.map((o) => ({
    suffix: o.suffix,
    issuer: (name: string) => o.issuer.replace('{name}', name),
    prefix: o.prefix,
    note: o.note,
  }));
  const withMunicipalities = { ...provinces, provinces: [...provinces.provinces, ...rule.municipalities] };
  return provinceCodes(withMunicipalities, suffixes, listed);
}

const DATA = issuerCodes as {
  codes: CodeEntry[];
  provinceDepartments: ProvinceDepartments;
  provinceOrgans: ProvinceOrgans;
  localDepartments: LocalDepartments;
};
/** Codes the list settles: its exact codes, and every code a listed prefix entry covers (listed `川办` for
 *  四川省人民政府办公厅 wins over the generated Party office `川办发`, which other provinces' 办发 are). */
const LISTED_EXACT = new Set(DATA.codes.map((c) => c.code));
const LISTED_PREFIXES = new Set(DATA.codes.filter((c) => c.prefix).map((c) => c.code));
const LISTED_CODES: ListedCodes = {
  has(code: string): boolean {
    if (LISTED_EXACT.has(code)) return true;
    for (let n = 1; n < code.length; n++) if (LISTED_PREFIXES.has(code.slice(0, n))) return true;
    return false;
  },
};
const CODE_ENTRIES = [
  ...DATA.codes,
  ...provinceOrganCodes(DATA.provinceOrgans, DATA.provinceDepartments, LISTED_CODES),
  ...provinceDepartmentCodes(DATA.provinceDepartments, LISTED_CODES),
  ...localDepartmentCodes(DATA.localDepartments, places as PlacesJson, LISTED_CODES),
];
const EXACT = new Map<string, CodeEntry>();
const PREFIX = new Map<string, CodeEntry>();
let LONGEST_KEY = 1;
for (const e of CODE_ENTRIES) {
  EXACT.set(e.code, e);
  if (e.prefix) PREFIX.set(e.code, e);
  LONGEST_KEY = Math.max(LONGEST_KEY, e.code.length);
}

/** The data entry for a 机关代字: an exact entry, else the longest prefix entry (国科发 covers 国科发火). */
export function lookupCode(code: string): CodeEntry | undefined {
  const exact = EXACT.get(code);
  if (exact) return exact;
  for (let n = Math.min(code.length, LONGEST_KEY); n >= 1; n--) {
    const e = PREFIX.get(code.slice(0, n));
    if (e) return e;
  }
  return undefined;
}

/** The 机关代字 before a number's bracketed year (`渝环函〔2018〕1303号` → `渝环函`), or null (an order's number). */
export function codeOfNumber(docNumber: string): string | null {
  return yearFirstParts(docNumber)?.code ?? /^(.*?)〔/.exec(docNumber)?.[1] ?? null;
}

/** A local government office's code: one or two characters of its place, 政办, the kind of paper (`文政办发`). A ministry's
 *  department may write 政 (`水政〔1992〕7号`, 水利部's policy department), never 政办. */
const LOCAL_GOVERNMENT_CODE = /^[\u3400-\u9fff]{1,2}政办(?:发|函|字|文|通|电|复|秘)?$/;
/** An issuer that is a government or its office. */
const GOVERNMENT_ISSUER = /(?:人民政府|政府办公厅|政府办公室|行政公署|办公厅|办公室)$/;

/** The canonical issuer a document number's 机关代字 names in the number's year, or null (unknown or shared by two
 *  places). */
export function issuerOfDocNumber(docNumber: string): string | null {
  const old = yearFirstParts(docNumber);
  const m = /^(.*?)〔(\d{4})?/.exec(docNumber);
  const code = old?.code ?? m?.[1];
  if (code) {
    const entry = lookupCode(code);
    const year = old ? old.year : m?.[2] ? Number(m[2]) : null;
    // A body dissolved before the number's year did not issue it (卫计发〔2016〕 is a local commission's, not 卫生部's),
    // nor one formed after it (黑住建保〔2007〕 predates the provinces' 住房和城乡建设厅).
    if (!entry?.issuer || (entry.until && year !== null && year > Number(entry.until.slice(0, 4)))) return null;
    // `文政办发`: a place's one-character abbreviation and a government office's word; a ministry whose code opens with
    // the same character (文 → 文化部) writes no 政办.
    if (LOCAL_GOVERNMENT_CODE.test(code) && !GOVERNMENT_ISSUER.test(entry.issuer)) return null;
    if (entry.since && year !== null && year < Number(entry.since.slice(0, 4))) return null;
    // The body in force in the number's year (环财函〔2010〕 → 环境保护部, not its 2018 successor).
    return issuerInYear(entry.issuer, year);
  }
  const order = orderOrgan(docNumber);
  return order ? lookupOrderIssuer(order) : null;
}

/** The organ of an order or announcement number (`1998年省政府令第19号` → 省政府, `国家税务总局公告2012年第54号` →
 *  国家税务总局), or null. */
function orderOrgan(docNumber: string): string | null {
  const organ = /^(?:(?:19|20)\d\d年)?(.*?)(?:第\d+号令$|令|公告(?=(?:19|20)\d\d年))/.exec(docNumber)?.[1];
  return organ || null;
}

/** An organ named relative to the document's place (省政府令, 市政府令, 区政府令): only the jurisdiction resolves it. */
const RELATIVE_ORGAN = /^(?:省|市|区|县|州|自治区)/;

/** An order number names its issuer in full (国务院令, 重庆市人民政府令, 商务部令); 主席令 is the President's. A relative
 *  organ (市政府令) is left to the document's agency resolver. */
function lookupOrderIssuer(organ: string): string | null {
  if (organ === '主席' || organ === '中华人民共和国主席') return '中华人民共和国主席';
  if (organ === STATE_COUNCIL_SHORT) return '国务院';
  if (RELATIVE_ORGAN.test(organ)) return null;
  // `渝府令`: the government a short code names.
  if (isGovernmentShortCode(organ)) return lookupCode(organ)!.issuer;
  // 中华人民共和国监察部令: the state's name before a ministry is not part of the ministry's name.
  const bare = organ.replace(/^中华人民共和国(?=.{2})/, '');
  // `青海省政府令第44号`: a government written short is the people's government of its place.
  return bare.length >= 3 ? bare.replace(/(?<=[省市县区州旗])政府$/, '人民政府') : null;
}

/** Length of the longest data key that starts at `s[0]` (0 if none); used to find where a code begins in a run. */
function knownKeyLength(s: string): number {
  for (let n = Math.min(s.length, LONGEST_KEY); n >= 1; n--) {
    const k = s.slice(0, n);
    const e = EXACT.get(k);
    if (e && (e.prefix || n === s.length)) return n;
    if (PREFIX.has(k)) return n;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Raw mentions

/** A 《…》 title as found: span of the whole 《…》 and of its inside. */
export interface TitleHit {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  title: string;
}

/** A document number as found: span of `机关代字〔年份〕序号号` (or an order number) and its normal form. */
export interface NumberHit {
  start: number;
  end: number;
  docNumber: string;
  code: string;
}

/** The longest a title may be; a 《 with no 》 within this distance is an unclosed bracket (truncated text, typo). */
const MAX_TITLE = 200;

/** Every balanced 《…》 in the text (line breaks inside allowed; nested 《》 kept inside the outer title). */
export function findTitles(folded: string, text: string = folded): TitleHit[] {
  const hits: TitleHit[] = [];
  let from = 0;
  for (;;) {
    const open = folded.indexOf('《', from);
    if (open === -1) return hits;
    let depth = 0;
    let close = -1;
    const limit = Math.min(folded.length, open + MAX_TITLE + 2);
    for (let i = open; i < limit; i++) {
      const c = folded.charCodeAt(i);
      if (c === 0x300a)
        depth++; // 《
      else if (c === 0x300b) {
        // 》
        depth--;
        if (depth === 0) {
          close = i;
          break;
        }
      } else if (c === 0x3002) break; // 。 never stands inside a title
    }
    if (close === -1) {
      from = open + 1;
      continue;
    }
    const title = normalizeTitle(text.slice(open + 1, close));
    if (title !== '') hits.push({ start: open, end: close + 1, innerStart: open + 1, innerEnd: close, title });
    from = close + 1;
  }
}

function isCjk(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

/** Move the start of a code run past the words before it: a verb or noun the run starts with (出台渝府发…, 文件国发…),
 *  and the tail of such a word cut by the walk back (落实财税〔2019〕13号: the walk stops at 落, a non-code character,
 *  leaving 实财税; 落实 straddles the edge, so the code starts after it). */
function skipLeadingWords(folded: string, s: number, end: number): number {
  for (const p of NOT_CODE_PREFIXES) {
    for (let k = 1; k < p.length; k++) {
      if (s - k >= 0 && s - k + p.length < end && folded.startsWith(p, s - k)) {
        s = s - k + p.length;
        break;
      }
    }
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of NOT_CODE_PREFIXES) {
      if (end - s > p.length && folded.startsWith(p, s)) {
        s += p.length;
        changed = true;
      }
    }
  }
  return s;
}

/** How much text before a number decides where its code starts: the walk back, plus a straddling word's head. */
const CODE_WINDOW = MAX_CODE_LENGTH + 4 + 2;
/** Code starts by the text before the number (as an offset back from it). The same numbers recur across documents;
 *  the cache is cleared when full so memory stays flat. */
const CODE_STARTS = new Map<string, number>();
const MAX_CODE_STARTS = 2_048;

/** Walk back from `end` over characters that can belong to a 机关代字 and return where the code starts. */
function findCodeStart(folded: string, end: number): number {
  // The result depends only on the CODE_WINDOW characters before `end` (and on whether the text starts inside them).
  const key = end >= CODE_WINDOW ? folded.slice(end - CODE_WINDOW, end) : `\u0000${folded.slice(0, end)}`;
  const back = CODE_STARTS.get(key);
  if (back !== undefined) return end - back;
  const start = walkCodeStart(folded, end);
  if (CODE_STARTS.size >= MAX_CODE_STARTS) CODE_STARTS.clear();
  CODE_STARTS.set(detach(key), end - start);
  return start;
}

/** 批, the last character of an approval's code. */
const PI = '批'.charCodeAt(0);

function walkCodeStart(folded: string, end: number): number {
  let s = end;
  // `鄂政土批〔2024〕1083号`, `川府土批`: an approval's code may end with 批, a verb anywhere else in a code (批准, 批转).
  if (s > 1 && folded.charCodeAt(s - 1) === PI && !NOT_CODE_CHARS.has(folded[s - 2]!)) s--;
  while (s > 0 && end - s < MAX_CODE_LENGTH + 4) {
    const c = folded.charCodeAt(s - 1);
    if (!isCjk(c) || NOT_CODE_CHARS.has(folded[s - 1]!)) break;
    s--;
  }
  s = overDepartmentMark(folded, s, end);
  s = skipLeadingWords(folded, s, end);
  const run = folded.slice(s, end);
  // Where a known code starts inside the run, the code starts there (市政府渝府办发 → 渝府办发).
  let best = 0;
  let bestAt = 0;
  for (let i = 0; i < run.length; i++) {
    const n = knownKeyLength(run.slice(i));
    // Inside the run only a distinctive key counts (渝府办 in 市政府渝府办发); a one-character key such as 建 or 交
    // would cut a local code apart (江北建委发).
    if (i > 0 && (n < 2 || run.length - i - n > 4)) continue;
    // …and a two-character key only after what ends a body's name (市政府渝府办发): inside a local code (沙卫创建办发,
    // 创建办 = the office of a campaign) a short known key (建办) is part of it.
    if (i > 0 && n === 2 && !BODY_BEFORE_INNER_CODE.test(run.slice(0, i))) continue;
    if (n > best) {
      best = n;
      bestAt = i;
    }
  }
  const named = afterBodyName(run);
  if (named > bestAt) {
    best = 1;
    bestAt = named;
  }
  // `中共平江县委平发〔2009〕4号`, `中共重庆市委渝委发…`, `县政府平政发〔2019〕3号`: a Party committee, a government or
  // its office named before its own code.
  const party = PARTY_BODY_BEFORE_CODE.exec(run);
  if (party && party[0].length > bestAt) {
    best = 1;
    bestAt = party[0].length;
  }
  const start = best > 0 ? s + bestAt : Math.max(s, end - MAX_CODE_LENGTH); // unknown code: at most MAX_CODE_LENGTH
  return extendOverPlace(folded, start, end);
}

/** The longest body mark before a department mark in parentheses (`法(研)发`). */
const MAX_MARK_HEAD = 3;

/** `法(研)发〔1991〕44号`, `法(刑)发`: a court's code carries its department's mark in parentheses; the code starts at
 *  the body's mark before it, which stands after a blank, a bracket or the start of the line (never inside a word). */
function overDepartmentMark(folded: string, s: number, end: number): number {
  if (s >= end || s < 4 || folded[s - 1] !== ')' || folded[s - 3] !== '(' || !isCjk(folded.charCodeAt(s - 2))) return s;
  let t = s - 3;
  while (t > 0 && s - 3 - t < MAX_MARK_HEAD && isCjk(folded.charCodeAt(t - 1)) && !NOT_CODE_CHARS.has(folded[t - 1]!))
    t--;
  if (t === s - 3 || (t > 0 && isCjk(folded.charCodeAt(t - 1)))) return s;
  return t;
}

/** What a run before a known code inside it ends with when that code is a body's own (市政府 + 渝府办发). */
const BODY_BEFORE_INNER_CODE = /(?:府|部|委|局|署|厅|院|行|室|办|会)$/;

/** A Party committee (中共 + place + 委), a government or its office, with a short code after it. */
const PARTY_BODY_BEFORE_CODE =
  /^(?:中共[\u3400-\u9fff]{1,12}?委|[\u3400-\u9fff]{0,12}?(?:政府|办公室|办公厅))(?=[\u3400-\u9fff]{2,5}$)/;

/** Last words of a body's name written right before its own code. */
const BODY_NAME_END = /(?:部|委|局|署|厅|院|行)$/;

/** `财政部财建〔2009〕165号`, `科技部国科发火〔2016〕32号`: the issuing body named right before its own code. Where the run
 *  opens with a name (3 characters or more, ending like a body's) and a known code follows it, the code starts after
 *  the name; 0 otherwise. A code ending like a body (渝府, 江北建委) is followed by 发/函, which start no code. */
function afterBodyName(run: string): number {
  for (let i = 3; i <= run.length - 2; i++) {
    const head = run.slice(0, i);
    if (!BODY_NAME_END.test(head) || knownKeyLength(run.slice(i)) === 0) continue;
    // The head is itself a code stem of another body (工信部财〔2012〕: 工信部 + 财务司, not 财政部's 财): one code.
    const headCode = knownKeyLength(run) >= i ? lookupCode(head) : undefined;
    if (headCode && headCode.issuer !== lookupCode(run.slice(i))?.issuer) continue;
    return i;
  }
  return 0;
}

/** Short names of districts, counties and cities (ingest/data/places.json) that open local department codes. */
const PLACE_SHORTS = new Set((places as PlacesJson).subdivisions.map((p) => p.short).filter((p) => p.length >= 2));
const LONGEST_PLACE_SHORT = Math.max(...[...PLACE_SHORTS].map((p) => p.length));

/** A 机关代字 may open with a place's short name that the walk back stopped inside (成都经信: 都 also ends words such
 *  as 首都, so the walk stops there): extend the code's left edge over it when place + code is a known code. */
function extendOverPlace(folded: string, start: number, end: number): number {
  for (let n = Math.min(LONGEST_PLACE_SHORT, start); n >= 2; n--) {
    if (!PLACE_SHORTS.has(folded.slice(start - n, start))) continue;
    if (knownKeyLength(folded.slice(start - n, end)) > n) return start - n;
  }
  return start;
}

/** Longest organ walked back from an order's 令 (中华人民共和国国家发展和改革委员会 is 18). */
const MAX_ORDER_ORGAN = 20;
const ORGAN_CONJUNCTIONS: readonly string[] = organConjunctions.phrases;
/** Whether the 和 at `at` is inside an organ name (中华人民共和国, 发展和改革委员会) rather than joining two words. */
function organConjunctionAt(folded: string, at: number): boolean {
  if (folded[at] !== '和') return false;
  for (const p of ORGAN_CONJUNCTIONS) {
    const k = p.indexOf('和');
    if (k >= 0 && at - k >= 0 && folded.startsWith(p, at - k)) return true;
  }
  return false;
}

/** What stands right before an order number written without 第 that a citation holds: `(`, or a title's `》`. */
const CITED_ORDER_BEFORE = /[(》]\s?$/;

/** `国令第711号`: the State Council's orders written short, the whole organ one character. */
const STATE_COUNCIL_SHORT = '国';

/** A people's government's short code before 令 (`渝府`, `川府`): short, and the code data names a government. */
function isGovernmentShortCode(organ: string): boolean {
  return organ.length >= 2 && organ.length <= 4 && (lookupCode(organ)?.issuer?.endsWith('人民政府') ?? false);
}

/** The scanners' global forms, compiled once (each scan resets lastIndex; extraction is synchronous). */
const DOC_NUMBER_TAIL_G = new RegExp(DOC_NUMBER_TAIL.source, 'g');
const ORDER_NUMBER_G = new RegExp(ORDER_NUMBER.source, 'g');
const DAMAGED_TAILS_G = [DAMAGED_NUMBER_TAIL, OPEN_LOST_NUMBER_TAIL, PAREN_DAMAGED_NUMBER_TAIL].map(
  (r) => new RegExp(r.source, 'g'),
);

/** Every document number (`渝府办发〔2021〕142号` and its bracket variants) and order number (`国务院令第709号`). */
export function findNumbers(folded: string): NumberHit[] {
  const hits: NumberHit[] = [];
  // Literal prefilter: no 号 and no 〔 means no number at all (most lines of a long text).
  if (folded.indexOf('号') === -1 && folded.indexOf('〔') === -1) return hits;
  const tail = DOC_NUMBER_TAIL_G;
  tail.lastIndex = 0;
  for (let m = tail.exec(folded); m; m = tail.exec(folded)) {
    // `国发 〔2017〕28号`: text taken from a PDF may set one blank between the code and its bracket.
    const codeEnd =
      folded.charCodeAt(m.index - 1) === 0x20 && isCjk(folded.charCodeAt(m.index - 2)) ? m.index - 1 : m.index;
    let codeStart = findCodeStart(folded, codeEnd);
    if (codeStart === codeEnd) continue; // no 机关代字: a bare 〔2021〕5号 is not a citation
    let code = folded.slice(codeStart, codeEnd);
    // `(财 社〔2023〕181号)`: a PDF's line break left a blank inside the code; inside the parentheses, the characters
    // between the bracket and the blank are the code's head.
    const head = blankSplitHead(folded, codeStart);
    if (head) {
      code = head.text + code;
      codeStart = head.start;
    }
    // `中华人民共和国主席令﹝2014﹞第13号`: the walk back stops at the 和 inside the state's name; the code holds all of it.
    if (code.startsWith('国') && folded.startsWith(STATE_NAME_HEAD, codeStart - STATE_NAME_HEAD.length)) {
      codeStart -= STATE_NAME_HEAD.length;
      code = folded.slice(codeStart, codeEnd);
    }
    const end = m.index + m[0].length;
    hits.push({ start: codeStart, end, docNumber: normalizeDocNumber(`${code}〔${m[1]}〕${m[3]}号`), code });
  }
  const order = ORDER_NUMBER_G;
  order.lastIndex = 0;
  for (let m = order.exec(folded); m; m = order.exec(folded)) {
    const head = orderHead(folded, m.index);
    if (!head) continue;
    // `(国务院令712号)`: an order written without its 第 is read only where a citation holds it, in the parentheses after a
    // title or right after it; elsewhere (`贵州省人民政府令116号` heading a mirror's page) it is no number.
    if (!m[0].includes('第') && !CITED_ORDER_BEFORE.test(folded.slice(Math.max(0, head.start - 2), head.start)))
      continue;
    hits.push({
      start: head.start,
      end: m.index + m[0].length,
      docNumber: `${head.year}${head.organ}${m[1]}${m[2] ?? ''}第${m[3]}号`,
      code: head.organ,
    });
  }
  // `国务院第711号令`, `卫生部第27号令`: the serial written before 令, kept as written.
  if (folded.includes('号令')) {
    const serialFirst = ORDER_SERIAL_FIRST_G;
    serialFirst.lastIndex = 0;
    for (let m = serialFirst.exec(folded); m; m = serialFirst.exec(folded)) {
      // Only under a named organ: a relative one (`市政府第263号令`) is left as text, as the annotated sets read it.
      const head = orderHead(folded, m.index);
      if (!head || head.organ === STATE_COUNCIL_SHORT || RELATIVE_ORGAN.test(head.organ)) continue;
      hits.push({
        start: head.start,
        end: m.index + m[0].length,
        docNumber: `${head.year}${head.organ}第${m[1]}号令`,
        code: head.organ,
      });
    }
  }
  for (const tail of DAMAGED_TAILS_G) pushDamaged(folded, tail, hits);
  if (folded.includes('》(')) pushBracketless(folded, hits);
  for (const h of yearFirstNumbers(folded)) hits.push(h);
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits;
}

/** The state's name before its last character 国 (`中华人民共和` + `国主席令`). */
const STATE_NAME_HEAD = '中华人民共和';

/** The longest code head a PDF blank may split off (`财 社`, `渝府 办发`). */
const MAX_SPLIT_HEAD = 4;

/** The head of a code split by one blank right after an opening parenthesis (`(财 社〔…`), or null. */
function blankSplitHead(folded: string, codeStart: number): { start: number; text: string } | null {
  if (folded[codeStart - 1] !== ' ') return null;
  let s = codeStart - 1;
  while (s > 0 && codeStart - 1 - s < MAX_SPLIT_HEAD && isCjk(folded.charCodeAt(s - 1))) s--;
  if (s === codeStart - 1 || folded[s - 1] !== '(') return null;
  return { start: s, text: folded.slice(s, codeStart - 1) };
}

/** `第711号令`: an order's serial written before 令. */
const ORDER_SERIAL_FIRST_G = /第\s?(\d{1,5})\s?号令/g;

/** The organ of an order whose 令 (or serial) starts at `at`: where the organ starts (a year before it included), the
 *  organ as the number writes it, and that year; null when the words before are no organ that issues orders. */
function orderHead(folded: string, at: number): { start: number; organ: string; year: string } | null {
  let s = at;
  while (
    s > 0 &&
    at - s < MAX_ORDER_ORGAN &&
    isCjk(folded.charCodeAt(s - 1)) &&
    (!NOT_CODE_CHARS.has(folded[s - 1]!) || organConjunctionAt(folded, s - 1))
  )
    s--;
  s = skipLeadingWords(folded, s, at);
  const organ = folded.slice(s, at);
  // `渝府令第121号`, `川府令第5号`: a government's orders numbered under its short code.
  if (
    !/(?:国务院|政府|部|委员会|委|局|署|行|主席)$/.test(organ) &&
    !isGovernmentShortCode(organ) &&
    organ !== STATE_COUNCIL_SHORT
  )
    return null;
  // `(1998年省政府令第19号)`: a year before the organ is part of the number as written.
  const year = /(?:19|20)\d\d年$/.exec(folded.slice(Math.max(0, s - 5), s))?.[0] ?? '';
  return { start: s - year.length, organ: organ.replace(/^中华人民共和国(?=国务院|主席)/, ''), year };
}

/** Numbers damaged in conversion, their code found by the same walk back. */
function pushDamaged(folded: string, damaged: RegExp, hits: NumberHit[]): void {
  damaged.lastIndex = 0;
  for (let m = damaged.exec(folded); m; m = damaged.exec(folded)) {
    const codeStart = findCodeStart(folded, m.index);
    if (codeStart === m.index) continue;
    const code = folded.slice(codeStart, m.index);
    hits.push({ start: codeStart, end: m.index + m[0].length, docNumber: `${code}〔${m[1]}〕${Number(m[2])}号`, code });
  }
}

const BRACKETLESS_TAIL_G = new RegExp(BRACKETLESS_NUMBER_TAIL.source, 'g');

/** `《…》(中发202133号)`: a number that lost both brackets, read only where it fills the parentheses after a title and
 *  its code is one the data knows (a bare run of digits elsewhere is no number). */
function pushBracketless(folded: string, hits: NumberHit[]): void {
  const tail = BRACKETLESS_TAIL_G;
  tail.lastIndex = 0;
  for (let m = tail.exec(folded); m; m = tail.exec(folded)) {
    const codeStart = findCodeStart(folded, m.index);
    if (codeStart === m.index || !folded.startsWith('》(', codeStart - 2)) continue;
    const code = folded.slice(codeStart, m.index);
    if (!lookupCode(code)) continue;
    hits.push({ start: codeStart, end: m.index + m[0].length, docNumber: `${code}〔${m[1]}〕${Number(m[2])}号`, code });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// What is not a citation (ANNOTATION.md "citations")

/** A draft published for comment in a consultation is the document itself, not a cited one; a draft another text
 *  names (`会同市财政局制定了《…(征求意见稿)》`) is a document of its own (ANNOTATION.md). */
const DRAFT = /征求意见稿|意见征求稿|送审稿|讨论稿|草案|意见稿/;
/** A consultation's own title (`关于公开征求《X(征求意见稿)》意见的公告`). */
const CONSULTATION = /征求|意见稿|草案/;
/** The clause before a draft that puts it out for comment (`现将《X(草案)》全文公布`). */
const CONSULT_BEFORE = /征求|公布|公示|起草/;
/** A text asking for comments (`广泛征求意见`), not a draft's name (`征求意见稿`). */
const ASKS_FOR_COMMENTS = /征求(?:[^。;\n]{0,12}?)意见(?!稿)/;

/** Whether `s` ends with one of `words`, ignoring a trailing parenthesized qualifier (`(2022)`, `(试行)`).
 *  A suffix list instead of an end-anchored alternation regex: V8 would try such a regex at every position. */
function endsWithAny(s: string, words: readonly string[], qualifier = false): boolean {
  let t = s;
  if (qualifier && (t.endsWith(')') || t.endsWith('）'))) {
    const open = Math.max(t.lastIndexOf('('), t.lastIndexOf('（'));
    if (open > 0 && t.length - open <= 14) t = t.slice(0, open);
  }
  // Most titles end with a character no listed word ends with: one Set lookup settles them.
  let last = LAST_CHARS.get(words);
  if (!last) LAST_CHARS.set(words, (last = new Set(words.map((w) => w.charCodeAt(w.length - 1)))));
  if (!last.has(t.charCodeAt(t.length - 1))) return false;
  for (const w of words) if (t.endsWith(w)) return true;
  return false;
}
const LAST_CHARS = new Map<readonly string[], Set<number>>();

/** Newspapers, magazines, books, broadcasts. */
const MEDIA_WORDS = [
  '摘编',
  '读本',
  '文选',
  '谈治国理政',
  '日报',
  '晚报',
  '时报',
  '商报',
  '导报',
  '学报',
  '晨报',
  '早报',
  '周报',
  '画报',
  '青年报',
  '科技报',
  '法制报',
  '经济报',
  '杂志',
  '周刊',
  '月刊',
  '半月刊',
  '旬刊',
  '期刊',
  '丛书',
  '文集',
  '选集',
  '全集',
  '词典',
  '辞典',
  '年鉴',
  '新闻联播',
  '频道',
  '栏目',
  '节目',
  '专栏',
  '求是',
];
/** More publications and broadcasters (ingest/data/citation-exclusions.json). */
const MORE_MEDIA_WORDS: readonly string[] = exclusions.media;
/** A short title ending in 网 (《人民网》, 《中国政府网》), or an organ's site (《国家税务总局网》, 《重庆市人民政府网》): a
 *  website. */
function isShortMedia(title: string): boolean {
  return (
    (title.length <= exclusions.shortMedia.maxLength && exclusions.shortMedia.endings.some((e) => title.endsWith(e))) ||
    (title.endsWith('网') && ORGAN_ENDING.test(title.slice(0, -1)))
  );
}
/** Words before 《 or after 》 that say the title is a publication or a broadcast. */
const MEDIA_CONTEXT_BEFORE = /(?:刊发|刊登|刊载|发表|报道|播出|播放|出版|登载|采访|专访|转载|解读:|图解:)[^,。;]{0,6}$/;
/** A short title ending in 报 is a newspaper (《中国科学报》), unless it is a kind of official paper (通报, 公报 …). */
function isNewspaper(title: string): boolean {
  return (
    title.length <= 8 && title.endsWith('报') && !/(?:通报|公报|简报|快报|年报|月报|情报|汇报|专报|要报)$/.test(title)
  );
}

/** Words right after 》 that say the title is an article, a programme or a site (`以《X》为题`, `《X》一文`, `在《X》上发表`,
 *  `《重庆人大》网站`). */
const MEDIA_CONTEXT_AFTER =
  /^\s*(?:上|中)?\s*(?:为题|一文|发表|刊发|刊登|刊载|报道|播出|专栏|栏目|节目|杂志|头版|版面|政策解读|图解|解读|网站|官网|门户网站|客户端|公众号|微信公众号|微博|APP)/;
/** Reports the text asks for or describes as research output, forms and receipts: deliverables, not policies. */
const DELIVERABLE_WORDS = [
  '年度报告',
  '发展报告',
  '研究报告',
  '调研报告',
  '监测报告',
  '评估报告',
  '评价报告',
  '分析报告',
  '指数报告',
  '白皮书',
  '蓝皮书',
  '调查表',
  '统计表',
  '申报表',
  '申请表',
  '登记表',
  '汇总表',
  '一览表',
  '意见表',
  '情况表',
  '回执',
  '申报书',
  '任务书',
  '承诺书',
  '申请书',
];
/** Verbs that make a title a deliverable the reader must produce. */
const DELIVERABLE_CONTEXT_BEFORE = /(?:编报|撰写|填报|填写|报送|提交|上报)[^,。;]{0,4}$/;
const REPORT_PARTS: { topics: string[]; reports: string[]; window: number } = exclusions.reportParts;
/** A chapter or topic of a report or study (`可行性研究报告包括《工程建设必要性及功能定位》`), not a document: an analysis
 *  topic ending the title, no kind of document, and a report or study before it on its line. */
function isReportPart(folded: string, t: TitleHit): boolean {
  if (!endsWithAny(t.title, REPORT_PARTS.topics) || DOC_KIND_ENDING.test(t.title)) return false;
  const from = Math.max(0, t.start - REPORT_PARTS.window);
  const nl = folded.lastIndexOf('\n', t.start - 1);
  const context = folded.slice(Math.max(from, nl + 1), t.start);
  return REPORT_PARTS.reports.some((w) => context.includes(w));
}

/** A short back-reference (`《办法》`, `国务院《意见》`): only words for a kind of document, possibly qualified. */
const GENERIC_SHORT =
  /^(?:管理|实施|暂行|若干|工作|有关|相关|试行|修订|该|本|上述|前述)*(?:办法|意见|通知|方案|规划|条例|规定|细则|纲要|计划|决定|指引|指南|目录|清单|标准|规则|措施|法|条例|通告|公告|批复|函|报告|规范|制度)$/;
/** A title opening with a place of a province, city or county (重庆市…, 四川省…, 广西壮族自治区…). */
const PLACE_NAMED = /^(?:中华人民共和国|[\u4e00-\u9fff]{2,7}?(?:省|市|自治区|自治州|县))[\u4e00-\u9fff]/;
/** Back-references are short: `《办法》`, `《管理办法》`, `《指引》`. */
const MAX_BACK_REFERENCE = 8;
/** How many distinct earlier titles a back-reference may point back over. */
const RECENT_TITLES = 100;
/** Kinds of document a generic back-reference names (`《办法》` stands for the last cited `…办法`). */
const KIND_WORDS = [
  '管理办法',
  '实施意见',
  '实施方案',
  '实施细则',
  '办法',
  '意见',
  '通知',
  '方案',
  '规划',
  '条例',
  '规定',
  '细则',
  '纲要',
  '计划',
  '决定',
  '指引',
  '指南',
  '目录',
  '清单',
  '标准',
  '规则',
  '措施',
];
/** The notice is issuing X: `现将《X》印发给你们`, `《X》已经…审议通过，现印发给你们` (a PDF's line break may leave a blank
 *  inside the verb: `现印 发给你们`). Not when the verb takes another
 *  object (`根据《X》精神,现将实施方案印发给你们`: X is the basis; 将/把 names what is issued). */
const ISSUING_AFTER =
  /^[^《》。;将把]{0,60}?(?:(?:现)?(?:予以|予)?(?:印 ?发|转 ?发|下 ?发)(?:给)?(?:你们|你单位|你局|你委|各)|现予以?(?:发布|公布|颁布|印发)|予以(?:发布|公布))/;
/** A basis cue right before the title or the run of titles it opens (`根据《A》《B》等相关规定,…现予公布`, `依据国务院
 *  《A》`): the titles it governs are what the document acts under, not what it publishes. */
const BASIS_BEFORE = /(?:根据|依据|按照|依照)[^《》,。;:\n]{0,8}$/;
/** Joiners between the titles of one run. */
const RUN_JOINER = /^[\s、,和及与]*$/;
function basisLed(folded: string, start: number): boolean {
  let s = start;
  // Back over the titles of the run before this one (`《A》《B》`, `《A》、《B》`).
  for (let k = 0; k < 20; k++) {
    const close = folded.lastIndexOf('》', s - 1);
    if (close < 0 || !RUN_JOINER.test(folded.slice(close + 1, s))) break;
    const open = folded.lastIndexOf('《', close);
    if (open < 0) break;
    s = open;
  }
  return BASIS_BEFORE.test(folded.slice(Math.max(0, s - 12), s));
}

/** What a notice says of the documents it issues right before their titles (`现将修订后的《A》`, `和新制定的《B》`). */
const ISSUED_MODIFIER = '(?:修订后的|修改后的|新修订的|新制定的|调整后的)?';
const ISSUING_BEFORE = new RegExp(`(?:现将|特将|兹将|现把)${ISSUED_MODIFIER}\\s*$`);
/** The rest of a list of titles after one (`《A》《B》和新制定的《C》`): the predicate after the list governs each. */
const TITLE_LIST_REST = new RegExp(`^(?:\\s*(?:[、,和及与]|以及)?\\s*${ISSUED_MODIFIER}\\s*《[^《》\\n]{1,80}》)*`);
/** After a title's number parenthetical: the notice forwards or issues that very document
 *  (`农业部办公厅《X》(农办计〔2017〕26号)转发给你们`). */
const ISSUING_RIGHT_AFTER = /^\s*(?:现)?(?:予以|予)?(?:印发|转发|下发)(?:给)?(?:你们|你单位|你局|你委|各)/;
/** A line that is a notice title wrapping the title (`…办公室印发《X》的通知(岳办发〔2017〕2号)`, a cut related-article
 *  link `…关于印发《X》的`): the document's own title line or page chrome, so X is issued here or no reference at all. */
// 修订印发 is left out: the revised document's earlier version is amended, a citation of its own (ANNOTATION: amends).
const WRAPPER_LINE_BEFORE = /^[^。,;:!?]{0,80}?(?:关于)?(?<!修订)(?:印发|转发|发布|颁布)\s*$/;
const WRAPPER_LINE_AFTER =
  /^(?:\s*(?:和|及|、)\s*《[^《》\n]{1,80}》){0,8}\s*的(?:通知|决定|公告|通告)?\s*(?:\([^()]{0,30}号\))?\s*$/;
/** Licences and certificates (《建设工程规划许可证》): not policy documents. */
const CERTIFICATE_WORDS: readonly string[] = exclusions.certificates;
/** Words ending in 证 that name no certificate (`论证`, `保证`). */
const CERTIFICATE_EXCEPTIONS: readonly string[] = exclusions.certificateEndingExceptions;

/** `批准文号:卫食健字(1997)第348号`: the label, then a colon, 为 or 是 and blanks, right before the number. */
const PRODUCT_LABEL_BEFORE = new RegExp(`(?:${exclusions.productNumberLabels.join('|')})[:为是]?\\s*$`);
const PRODUCT_LABEL_LOOK_BACK = 8;

/** True when the number at `start` is labelled as a product's or licence's approval number (data: productNumberLabels).
 *  A number in the document form (`鄂政土批〔2024〕1083号`: a year in 〔〕 and a serial without 第) after such a label is
 *  the approving document's own number (`经湖北省人民政府批复,批准文号为鄂政土批〔2024〕1083号`), a citation. */
function afterProductLabel(folded: string, start: number, end: number): boolean {
  if (!PRODUCT_LABEL_BEFORE.test(folded.slice(Math.max(0, start - PRODUCT_LABEL_LOOK_BACK), start))) return false;
  const number = folded.slice(start, end);
  return !DOCUMENT_FORM.test(number) || PRODUCT_CODE_WORDS.some((w) => number.includes(w));
}
/** Words of a product register's code (`国药准字`, `国械注准`): its numbers are never documents, whatever their form. */
const PRODUCT_CODE_WORDS: readonly string[] = exclusions.productCodeWords;
/** A document number in the GB/T 9704 form: the year in hexagonal brackets, the serial right after them. */
const DOCUMENT_FORM = /〔(?:19|20)\d\d〕\d{1,5}号$/;
/** `《湖南省人民政府办公厅文件》`: an organ's letterhead or a collection label, not a document; without a number, an
 *  organ's name or its order series alone (`以《黑龙江省人民政府令》或《黑龙江省人民政府》文件形式发布`) names a form of
 *  document too. */
function isLetterhead(title: string, numbered: boolean): boolean {
  if (title.endsWith(exclusions.letterheadWord))
    return ORGAN_ENDING.test(title.slice(0, -exclusions.letterheadWord.length));
  return !numbered && (ORGAN_ENDING.test(title) || (title.endsWith('令') && ORGAN_ENDING.test(title.slice(0, -1))));
}
/** Two titles joined as one list (`印发《A》和《B》的通知`): what holds for the first holds for the second. */
const LIST_GAP = /^\s*(?:和|及|以及|与|、)\s*$/;

/** An abbreviation being defined: `(以下简称《方案》)`. */
const ABBREVIATION_BEFORE = /(?:简称|称)\s*$/;

/** What the citation stage needs to know about the document. */
export interface CitationInput {
  text: string;
  folded: string;
  /** Spans whose mentions never count (header, title lines, the document's own number line). */
  excluded: Span[];
  ownTitle: string | null;
  ownDocNumber: string | null;
  /** Normalized titles of documents this text issues or attaches (关于印发《X》的通知, 附件). */
  issued: string[];
  /** Spans of the proposal answered (its quoted title and number parenthetical). */
  proposalSpans: Span[];
  proposalTitle: string | null;
  /** Canonical name of an agency surface form, or null; from the agency roster. */
  resolveAgency: (surface: string) => string | null;
  /** The same for a body named as the former one (`原国家科委印发的《…》`): its name as it was, not its successor's on
   *  the document's date. Defaults to resolveAgency. */
  resolveFormer?: (surface: string) => string | null;
  /** The government a cited number's code no list holds names, from the document's own place (`佛府办` in 佛山). */
  localCode?: (code: string) => string | null;
  /** The document's own issuer, which `我部印发《…》`, `我局出台《…》` name. */
  ownIssuer?: string | null;
  /** Precomputed mentions (the pipeline finds them once for the agency exclusions too). */
  titles?: TitleHit[];
  numbers?: NumberHit[];
}

interface Draft {
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  issuerSource: 'code' | 'context' | null;
  spans: Mention[];
  order: number;
}

/** Per-document state of findCitations. A class, not closures: the CLI runs through tsx, whose keep-names transform
 *  wraps every named closure in a defineProperty call each time it is created (measured ~5% of extraction). */
/** Short names of central bodies before a title (中办、国办《…》), from ingest/data/issuer-codes.json. */
const CONTEXT_ABBREVIATIONS = new Map(
  Object.entries(
    (issuerCodes as { contextAbbreviations: { names: Record<string, string> } }).contextAbbreviations.names,
  ),
);

/** Inner quote marks of a title nesting another (《关于印发〈X〉的通知》, ASCII <X> in pages). */
const NESTED_QUOTES: readonly [string, string][] = [
  ['<', '>'],
  ['〈', '〉'],
  ['《', '》'],
];

class CitationState {
  /** The roster lookup is called on several suffixes per title; answers are remembered within the document. */
  private readonly resolved = new Map<string, string | null>();
  /** Distinct titles kept so far, latest last: back-references are rare and short, so they scan this small list. */
  private readonly keptTitles: TitleHit[] = [];
  private readonly keptSet = new Set<string>();
  /** titleKey runs several replaces; each distinct title is keyed once per document. */
  private readonly keys = new Map<string, string>();
  readonly drafts: Draft[] = [];
  private readonly byNumber = new Map<string, Draft>();
  readonly byTitle = new Map<string, Draft>();
  /** Cursor into the numbers (sorted by start) for pairing lookups. */
  private ni = 0;
  /** Bound once per document: handed to helpers that take a function. */
  readonly resolveAgency: (surface: string) => string | null;
  readonly numberAt: (pos: number) => NumberHit | null;
  private readonly resolveFn: (surface: string) => string | null;
  private readonly numbers: NumberHit[];
  /** The government a code no list holds names, read against the document's own place (extract.ts supplies it). */
  private readonly localCode: (code: string) => string | null;

  constructor(
    resolveFn: (surface: string) => string | null,
    numbers: NumberHit[],
    localCode: (code: string) => string | null = () => null,
  ) {
    this.resolveFn = resolveFn;
    this.numbers = numbers;
    this.localCode = localCode;
    this.resolveAgency = this.resolveMemo.bind(this);
    this.numberAt = this.numberStartingAt.bind(this);
  }

  private resolveMemo(surface: string): string | null {
    let r = this.resolved.get(surface);
    if (r === undefined)
      this.resolved.set(surface, (r = this.resolveFn(surface) ?? CONTEXT_ABBREVIATIONS.get(surface) ?? null));
    return r;
  }

  /** The number ending at `end`, at or after the cursor (a title's lookups move it forward only up to its start). */
  numberEndingAt(end: number): NumberHit | null {
    const numbers = this.numbers;
    for (let i = this.ni; i < numbers.length && numbers[i]!.start < end; i++)
      if (numbers[i]!.end === end) return numbers[i]!;
    return null;
  }

  private numberStartingAt(pos: number): NumberHit | null {
    const numbers = this.numbers;
    while (this.ni < numbers.length && numbers[this.ni]!.start < pos) this.ni++;
    const n = numbers[this.ni];
    return n && n.start === pos ? n : null;
  }

  keep(t: TitleHit): void {
    if (this.keptSet.has(t.title)) return;
    this.keptSet.add(t.title);
    this.keptTitles.push(t);
  }

  /** A back-reference points at a recent title: looking at the last RECENT_TITLES distinct ones keeps this O(1). */
  containing(short: string): TitleHit | null {
    const kept = this.keptTitles;
    for (let i = kept.length - 1; i >= Math.max(0, kept.length - RECENT_TITLES); i--) {
      const k = kept[i]!;
      // A title nested in a longer one (`关于落实国务院<政府工作报告>…的通知`) is a document of its own, not a back-reference.
      if (
        k.title.length > short.length &&
        k.title.includes(short) &&
        !NESTED_QUOTES.some(([o, c]) => k.title.includes(o + short + c))
      )
        return k;
    }
    return null;
  }

  endingWith(kind: string): TitleHit | null {
    const kept = this.keptTitles;
    for (let i = kept.length - 1; i >= Math.max(0, kept.length - RECENT_TITLES); i--)
      if (kept[i]!.title.endsWith(kind)) return kept[i]!;
    return null;
  }

  keyOf(title: string): string {
    let k = this.keys.get(title);
    // `《中华人民共和国政府信息公开条例》` … `《政府信息公开条例》(国务院令第711号)`: a law or regulation named with or
    // without the state's name is one document.
    if (k === undefined) this.keys.set(title, (k = titleKey(title.replace(STATE_NAME, ''))));
    return k;
  }

  add(title: string | null, num: NumberHit | null, spans: Mention[], contextIssuer: string | null): void {
    const nKey = num ? docNumberKey(num.docNumber) : null;
    const tKey = title ? this.keyOf(title) : null;
    let d = (nKey && this.byNumber.get(nKey)) || (tKey && this.byTitle.get(tKey)) || undefined;
    if (!d) {
      d = {
        title,
        docNumber: num?.docNumber ?? null,
        issuer: null,
        issuerSource: null,
        spans: [],
        order: this.drafts.length,
      };
      this.drafts.push(d);
    }
    if (!d.title && title) d.title = title;
    if (!d.docNumber && num) d.docNumber = num.docNumber;
    d.spans.push(...spans);
    if (nKey) this.byNumber.set(nKey, d);
    if (tKey) this.byTitle.set(tKey, d);
    if (d.docNumber && d.issuerSource !== 'code') {
      const organ = orderOrgan(d.docNumber);
      const code = codeOfNumber(d.docNumber);
      const fromCode =
        issuerOfDocNumber(d.docNumber) ??
        (organ && RELATIVE_ORGAN.test(organ) ? this.resolveAgency(organ) : null) ??
        (code && !lookupCode(code) ? this.localCode(code) : null);
      if (fromCode) {
        d.issuer =
          titleOrganElsewhere(d.title, fromCode, this.resolveAgency) ??
          titleOrganOfCode(d.title, d.docNumber, fromCode, this.resolveAgency) ??
          fromCode;
        d.issuerSource = 'code';
      }
    }
    if (!d.issuer && contextIssuer) {
      d.issuer = contextIssuer;
      d.issuerSource = 'context';
    }
  }
}

/** The state's name opening a law's or regulation's title, when a title of its own follows. */
const STATE_NAME = /^中华人民共和国(?=[\u4e00-\u9fa5]{4})/;

/** The longest head of a title before 关于 that the roster can name (`中共重庆市江津区委 重庆市江津区人民政府关于…`). */
const TITLE_HEAD = /^([^《》]{3,40}?)关于/;

/** Province-level units by full name, longest first: the place a canonical name opens with. */
const PROVINCE_NAMES = (places as PlacesJson).provinces.map((p) => p.name).sort((a, b) => b.length - a.length);
function provinceOpening(name: string): string | null {
  const n = name.replace(/^(?:中共|政协)/, '');
  return PROVINCE_NAMES.find((p) => n.startsWith(p)) ?? null;
}

/** The organ a cited title names as its issuer when the number's code names a body of another province (`津委发`:
 *  Tianjin's Party committee by the code, while the title opens with 中共重庆市江津区委 — a district's code that shares
 *  a province's short name; `青政发`, Qinghai's, under 《青岛市人民政府关于…》), or null: the title's own words then settle
 *  it. */
function titleOrganElsewhere(
  title: string | null,
  fromCode: string,
  resolveAgency: (surface: string) => string | null,
): string | null {
  const head = title ? TITLE_HEAD.exec(title)?.[1] : undefined;
  if (!head) return null;
  const codeProvince = provinceOpening(fromCode);
  if (!codeProvince) return null;
  for (let end = head.length; end >= 3; end--) {
    const organ = resolveAgency(head.slice(0, end));
    if (!organ) continue;
    // A prefecture's organ names no province (`青岛市人民政府` under `青政发`, Qinghai's code): elsewhere too.
    return provinceOpening(organ) !== codeProvince ? organ : null;
  }
  return null;
}

/** The organ a cited title names as its issuer when it is the code's own body under another of its names
 *  (`《重庆市生态环境局关于…的函》(渝环函〔2018〕1303号)`: the year puts the number in 重庆市环境保护局's era, but the
 *  title was signed by the renamed bureau late that year), or null. */
function titleOrganOfCode(
  title: string | null,
  docNumber: string,
  fromCode: string,
  resolveAgency: (surface: string) => string | null,
): string | null {
  const head = title ? TITLE_HEAD.exec(title)?.[1] : undefined;
  const current = lookupCode(codeOfNumber(docNumber) ?? '')?.issuer;
  if (!head || !current) return null;
  for (let end = head.length; end >= 3; end--) {
    const organ = resolveAgency(head.slice(0, end));
    if (!organ) continue;
    return organ !== fromCode && isNameOfBody(organ, current) ? organ : null;
  }
  return null;
}

/** Find the citations of a document. */
export function findCitations(input: CitationInput): Citation[] {
  const { folded, text } = input;
  const titles = input.titles ?? findTitles(folded, text);
  const numbers = input.numbers ?? findNumbers(folded);
  const st = new CitationState(input.resolveAgency, numbers, input.localCode);
  const resolveAgency = st.resolveAgency;
  const numberAt = st.numberAt;
  const ownTitleKey = input.ownTitle ? st.keyOf(input.ownTitle) : null;
  // A consultation: its own title says so, or its text asks for comments (`广泛征求意见`, not a draft's `征求意见稿`).
  const consultation =
    (input.ownTitle !== null && CONSULTATION.test(input.ownTitle)) ||
    (folded.includes('征求') && ASKS_FOR_COMMENTS.test(folded));
  const ownNumberKey = input.ownDocNumber ? docNumberKey(input.ownDocNumber) : null;
  const issuedKeys = new Set(input.issued.map((t) => st.keyOf(t)));
  const proposalKey = input.proposalTitle ? st.keyOf(input.proposalTitle) : null;

  const titleSpans: Span[] = titles; // sorted by start and non-overlapping (findTitles scans left to right)
  const usedNumbers = new Set<NumberHit>();

  // The title right before the current one and whether it was kept: `(以下简称《办法》)` abbreviates exactly that title.
  let current: { t: TitleHit; kept: boolean } | null = null;
  // Titles read left to right; a run of titles (《A》《B》、《C》) shares the agency named before the first one.
  let runIssuer: ContextIssuer | null = null;
  let prevEnd = -1;
  // Whether the title before was dropped as this document (issued, attached, own title).
  let previousIssued = false;
  // Abbreviations defined in the text (`以下简称《成渝环保规划》`) → the cited document they stand for.
  const aliases = new Map<string, Draft>();
  // Numbers of documents forwarded or issued here (`《X》(号)转发给你们`): the attachment line repeats them.
  const issuedNumbers = new Set<string>();
  for (const t of titles) {
    const previous = current;
    current = { t, kept: false };
    // The number before the title is read first: looking after the title moves the number cursor past it.
    const writtenBefore = numberBefore(folded, t.start, st);
    const paired = pairedNumber(folded, t.end, numberAt) ?? orderSeriesNumber(folded, t) ?? writtenBefore;
    const tailEnd =
      !paired || paired.end <= t.start ? t.end : paired.start === t.end ? paired.end : closingParen(folded, paired.end);
    // Only adjacency or an enumeration comma continues a run; 和/以及 start a new object of the sentence.
    const gap = prevEnd >= 0 ? folded.slice(prevEnd, t.start) : null;
    // A conjunction continues the run only for the objects of an issuing verb (省政府出台《A》和《B》), not after a
    // modifier (根据科技部《A》以及《B》: B is not 科技部's).
    const inRun = gap !== null && (/^[\s、]*$/.test(gap) || (runIssuer?.viaVerb === true && RUN_CONJUNCTION.test(gap)));
    if (!inRun) runIssuer = contextIssuer(folded, t.start, resolveAgency, input.ownIssuer ?? null, input.resolveFormer);
    // A body that only modifies a title (根据财政部、环保部《A》、《B》) names the issuer of that title, not of the titles
    // listed after it; the objects of an issuing verb share it (省政府印发《A》、《B》).
    else if (runIssuer && !runIssuer.viaVerb) runIssuer = null;
    prevEnd = tailEnd;

    // A title inside the header is this document's (`关于印发《A》的通知`) unless a verb of reading governs it there
    // (`关于贯彻落实《A》的实施意见`, `关于分解落实《政府工作报告》的通知`): then it is cited.
    if (inSpans(input.proposalSpans, t.start) || (inSpans(input.excluded, t.start) && !readInHeader(folded, t))) {
      if (paired) usedNumbers.add(paired);
      // A title of the header (`关于印发《A》和《B》的通知`) is this document's; a title listed with it is too.
      previousIssued = issuedKeys.has(st.keyOf(t.title));
      continue;
    }
    const key = st.keyOf(t.title);
    const wasIssued = previousIssued;
    previousIssued = false;
    // `关于印发《A》和《B》的通知`: B, listed with an issued A, is issued too.
    if (wasIssued && gap !== null && LIST_GAP.test(gap) && !paired) issuedKeys.add(key);
    // An alias defined earlier (`(以下简称《成渝环保规划》)`) stands for its document wherever it recurs.
    const aliasOf = aliases.get(key);
    if (aliasOf && !paired) {
      aliasOf.spans.push(evidence(text, t.start, t.end));
      continue;
    }
    // `《建议》`, `《办法》` with no number and no alias defined: the bare kind word refers back to a document the text
    // names in full (the proposal answered, its own measures), it cites nothing of its own.
    if (
      !paired &&
      BARE_KIND.test(t.title) &&
      !ABBREVIATION_BEFORE.test(folded.slice(Math.max(0, t.start - 6), t.start))
    )
      continue;
    // `《编纂方案》` after `现将…《哈尔滨市志编纂方案》转发给你们`: the tail of a title this document issues, with no number
    // of its own, refers back to it.
    if (!paired && tailOfIssued(key, issuedKeys)) continue;
    if ((key === ownTitleKey || key === proposalKey || issuedKeys.has(key)) && !repealedAfter(folded, t.end)) {
      if (paired) usedNumbers.add(paired);
      previousIssued = key !== proposalKey;
      continue;
    }
    const before = folded.slice(Math.max(0, t.start - 12), t.start);
    const listEnd = t.end + (TITLE_LIST_REST.exec(folded.slice(t.end, t.end + 400))?.[0].length ?? 0);
    if (
      ISSUING_BEFORE.test(before) ||
      (ISSUING_AFTER.test(folded.slice(listEnd, listEnd + 80)) && !basisLed(folded, t.start)) ||
      isWrapperLine(folded, t)
    ) {
      // `现将《X》印发给你们`: X is this document; remember it so its other mentions are dropped too.
      if (!paired) {
        issuedKeys.add(key);
        previousIssued = true;
        continue;
      }
    }
    if (paired && ISSUING_RIGHT_AFTER.test(folded.slice(tailEnd, tailEnd + 12))) {
      // `《X》(号)转发给你们`: the forwarded document is this one, its number with it.
      issuedKeys.add(key);
      usedNumbers.add(paired);
      issuedNumbers.add(docNumberKey(paired.docNumber));
      previousIssued = true;
      continue;
    }
    if (
      (endsWithAny(t.title, CERTIFICATE_WORDS) && !endsWithAny(t.title, CERTIFICATE_EXCEPTIONS)) ||
      isLetterhead(t.title, paired !== null) ||
      endsWithAny(t.title, MORE_MEDIA_WORDS) ||
      isShortMedia(t.title)
    ) {
      if (paired) usedNumbers.add(paired);
      continue;
    }
    if (
      (DRAFT.test(t.title) && (consultation || CONSULT_BEFORE.test(before))) ||
      endsWithAny(t.title, MEDIA_WORDS) ||
      isNewspaper(t.title) ||
      MEDIA_CONTEXT_BEFORE.test(before) ||
      MEDIA_CONTEXT_AFTER.test(folded.slice(t.end, t.end + 8))
    ) {
      if (paired) usedNumbers.add(paired);
      continue;
    }
    if (
      endsWithAny(t.title, DELIVERABLE_WORDS, true) ||
      (DELIVERABLE_CONTEXT_BEFORE.test(before) && !paired) ||
      (!paired && isReportPart(folded, t))
    ) {
      if (paired) usedNumbers.add(paired);
      continue;
    }
    const abbreviation = ABBREVIATION_BEFORE.test(before);
    // A short title that names its place (《重庆市开发区条例》) is a full title, not a back-reference to a longer one.
    const shortRef =
      !paired && !abbreviation && t.title.length <= MAX_BACK_REFERENCE && !PLACE_NAMED.test(t.title)
        ? (st.containing(t.title) ?? (GENERIC_SHORT.test(t.title) ? false : null))
        : null;
    if (!paired && (abbreviation || shortRef !== null)) {
      // A back-reference or an abbreviation: evidence for the document it stands for, never a new entry.
      const kindWord = KIND_WORDS.find((k) => t.title.endsWith(k));
      const target = abbreviation
        ? previous?.kept
          ? previous.t
          : null
        : shortRef || (kindWord ? st.endingWith(kindWord) : null);
      if (target) {
        const d = st.byTitle.get(st.keyOf(target.title));
        if (d) {
          d.spans.push(evidence(text, t.start, t.end));
          if (abbreviation) aliases.set(key, d);
        }
      }
      continue;
    }
    st.keep(t);
    current.kept = true;
    const spans = [evidence(text, t.start, t.end)];
    if (paired) {
      usedNumbers.add(paired);
      spans.push(evidence(text, paired.start, paired.end));
      if (docNumberKey(paired.docNumber) === ownNumberKey) continue;
    }
    st.add(t.title, paired, spans, namesLaw(t.title) ? null : (runIssuer?.name ?? null));
    // A listed title whose own number names another body (印发《A》(财建…)、《B》(环财函…)): the list gathers documents
    // of several issuers, so the bodies before it name none of the titles after.
    if (runIssuer && paired) {
      const own = issuerOfDocNumber(paired.docNumber);
      if (own && own !== runIssuer.name) runIssuer = null;
    }
  }

  // Numbers not paired with a title: citations without a title.
  const headEnd = headRegionEnd(folded);
  const ownNumbers = new Set<string>();
  for (const n of numbers)
    if (!usedNumbers.has(n) && isOwnNumberPlace(folded, n, headEnd)) ownNumbers.add(docNumberKey(n.docNumber));
  const unquoted: { start: number; end: number; title: string }[] = [];
  for (const n of numbers) {
    if (usedNumbers.has(n)) continue;
    if (inSpans(input.excluded, n.start) || inSpans(input.proposalSpans, n.start)) continue;
    const nKey = docNumberKey(n.docNumber);
    if (nKey === ownNumberKey || issuedNumbers.has(nKey) || ownNumbers.has(nKey)) continue;
    if (inSpans(titleSpans, n.start)) continue; // inside a quoted title
    if (afterProductLabel(folded, n.start, n.end)) continue;
    // `一、山东省信访规定(省政府令第114号)。`: a list item names its document unquoted before the number.
    const item = mayOpenItem(folded, n.start);
    const named = item
      ? (unquotedItemTitle(folded, n.start) ??
        unquotedInlineTitle(folded, n.start) ??
        unquotedSentenceTitle(folded, n.start))
      : null;
    if (named) {
      const title = normalizeTitle(text.slice(named.start, named.end));
      st.add(title, n, [evidence(text, named.start, named.end), evidence(text, n.start, n.end)], null);
      // An unquoted title is an item of a list like a quoted one (`根据A(号)、《B》(号)等`): the relation stage reads it so.
      unquoted.push({ start: named.start, end: named.end, title });
      continue;
    }
    // A table row: the title's cell, then the number's (`关于加强农村工作的通知 |` / `鲁政发〔2005〕12号 |`).
    const cell = item ? cellTitleBefore(folded, n.start) : null;
    if (cell) {
      const title = normalizeTitle(text.slice(cell.start, cell.end));
      const spans = cell.quoted
        ? [evidence(text, n.start, n.end)]
        : [evidence(text, cell.start, cell.end), evidence(text, n.start, n.end)];
      st.add(title, n, spans, null);
      continue;
    }
    st.add(null, n, [evidence(text, n.start, n.end)], organRightBefore(folded, n.start, resolveAgency));
  }

  const citations: Citation[] = st.drafts
    .sort((a, b) => a.spans[0]!.start - b.spans[0]!.start || a.order - b.order)
    .map((d) => ({
      title: d.title,
      docNumber: d.docNumber,
      issuer: d.issuer,
      issuerSource: d.issuerSource,
      relation: 'mentions' as const,
      relationEvidence: null,
      spans: d.spans.sort((a, b) => a.start - b.start),
    }));
  const listed = unquoted.length === 0 ? titles : [...titles, ...unquoted].sort((a, b) => a.start - b.start);
  return assignRelations(citations, {
    text,
    folded,
    titles: listed,
    amending: isAmendingDocument(input.ownTitle, folded),
  });
}

/** Kinds of document ending in 法 that are not laws (管理办法, 工作方法): adopted by governments and departments. */
const NOT_LAW_ENDINGS = ['办法', '方法', '做法', '算法', '用法', '写法', '手法'];
/** Whether a title names a law or the constitution (《中华人民共和国标准化法》, 《中华人民共和国宪法》, 《…法(2018年修正)》,
 *  《…法修正案》). Laws are adopted by the NPC and its standing committee, so the body named before a list of titles
 *  (中共中央、国务院印发的《纲要》和《…法》) never issued one: a law takes no context issuer. */
function namesLaw(title: string): boolean {
  let t = title;
  if (t.endsWith(')')) {
    const open = t.lastIndexOf('(');
    if (open > 0 && t.length - open <= 14) t = t.slice(0, open); // (修正), (2018年修正), (试行)
  }
  if (t.endsWith('修正案')) t = t.slice(0, -3);
  if (!t.endsWith('法')) return false;
  for (const w of NOT_LAW_ENDINGS) if (t.endsWith(w)) return false;
  return true;
}

/** Verbs of reading right before a title in the header (the title line): 贯彻, 落实, 实施, 执行, 学习. */
const HEADER_READING_VERB = /(?:贯彻|落实|实施|执行|学习|宣传)\s*$/;
function readInHeader(folded: string, t: TitleHit): boolean {
  return HEADER_READING_VERB.test(folded.slice(Math.max(0, t.start - 6), t.start));
}

/** Whether the line holding title `t` is a notice title wrapping it: words ending with an issuing verb, then `的通知`. */
function isWrapperLine(folded: string, t: TitleHit): boolean {
  // Bounded look-around: a wrapper line is short, so only the 80 characters before and 200 after are read.
  const head = folded.slice(Math.max(0, t.start - 81), t.start);
  const nl = head.lastIndexOf('\n');
  if (nl === -1 && t.start > 80) return false;
  const lineStart = nl === -1 ? 0 : t.start - head.length + nl + 1;
  const tail = folded.slice(t.end, t.end + 201);
  const nlAfter = tail.indexOf('\n');
  if (nlAfter === -1 && t.end + tail.length < folded.length) return false;
  const lineEnd = nlAfter === -1 ? folded.length : t.end + nlAfter;
  return (
    WRAPPER_LINE_BEFORE.test(folded.slice(lineStart, t.start)) && WRAPPER_LINE_AFTER.test(folded.slice(t.end, lineEnd))
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The document's own number where the header stage did not read it (a layout it does not know): the places a
// document prints its own number are fixed by GB/T 9704 and by the portals' metadata, so a number standing there is
// never a citation.

/** A metadata label naming the document's own number (`【发布文号】`, `发布文号:`, `【字号】`, `发文字号`). */
const OWN_NUMBER_LABEL = /(?:发布文号|发文字号|发文号|文号|字号)\s*[】\]:]?\s*$/;
/** A line holding nothing but the number (header bullets and brackets allowed). */
const ALONE_BEFORE = /^[\s•·|\-[(【]*$/;
const ALONE_AFTER = /^[\s•·|)\]】]*$/;
/** The title line with its number run on (`…的通知粤府办〔2024〕9号`, `…土地整治办法 …人民政府令 第116号`). */
const TITLE_LINE_BEFORE =
  /^[^,。;:!?\d(、]{6,150}?(?:通知|决定|意见|批复|办法|规定|细则|方案|公告|通告|函|规则|条例)\s*[(]?\s*(?:[^,。;:\s]{2,30}\s+)?$/;
/** How much of a document's beginning counts as its head when no salutation line ends it. */
const HEAD_CHARS = 1500;

/** Where the head of the document ends: the salutation line (`各区县人民政府:`), else after HEAD_CHARS characters. */
function headRegionEnd(folded: string): number {
  // A salutation names addressees (…人民政府, …部门, …单位, …代表, …同志): an empty metadata field (`发布文号:`) is none.
  const m = /(?:^|\n)[^\n:]{1,80}[府门位员表局厅委办室志生士会构]:\s*\n/.exec(folded.slice(0, 6000));
  return m ? m.index + m[0].length : Math.min(folded.length, HEAD_CHARS);
}

function isOwnNumberPlace(folded: string, n: NumberHit, headEnd: number): boolean {
  const head = folded.slice(Math.max(0, n.start - 151), n.start);
  const nl = head.lastIndexOf('\n');
  const before = nl === -1 ? (n.start > 150 ? null : head) : head.slice(nl + 1);
  if (before === null) return false;
  if (OWN_NUMBER_LABEL.test(before)) return true;
  if (n.start >= headEnd) return false;
  const tail = folded.slice(n.end, n.end + 41);
  const nlAfter = tail.indexOf('\n');
  const after = nlAfter === -1 ? tail : tail.slice(0, nlAfter);
  if (ALONE_BEFORE.test(before) && ALONE_AFTER.test(after)) return true;
  return TITLE_LINE_BEFORE.test(before);
}

/** `《重庆市人民政府令》292号`: the 《》 wraps an order series and its serial follows outside; together they are the order
 *  number (the series name then names the issuer). */
const ORDER_SERIAL_AFTER = /^\s*(第?)\s*(\d{1,5})\s*号/;
function orderSeriesNumber(folded: string, t: TitleHit): NumberHit | null {
  if (!t.title.endsWith('令') || t.title.length < 4) return null;
  const m = ORDER_SERIAL_AFTER.exec(folded.slice(t.end, t.end + 12));
  if (!m) return null;
  const organ = t.title.slice(0, -1);
  return { start: t.end, end: t.end + m[0].length, docNumber: `${t.title}${m[1]}${m[2]}号`, code: organ };
}

/** A bare conjunction between two titles (and the first one's number): 和, 及, 以及, 与. */
const RUN_CONJUNCTION = /^\s*(?:和|及|以及|与)\s*$/;

/** The date a publication note opens with (`2016年12月1日常州市人民政府令第2号发布`). */
const NOTE_DATE = /^(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*/;

/** What may follow a number paired without parentheses: a list or clause separator, a line end, the text's end. */
const BARE_NUMBER_END = /^(?:[、,;。:)\n]|$)/;

/** `《A》(渝金〔2020〕402号)`: the number in parentheses right after the title belongs to it; so does the order that
 *  published it, dated (`《A》(2016年12月1日常州市人民政府令第2号发布)`). */
function pairedNumber(folded: string, after: number, numberAt: (pos: number) => NumberHit | null): NumberHit | null {
  let i = after;
  while (i < folded.length && folded[i] === ' ') i++;
  if (folded[i] !== '(' && folded[i] !== '〔' && folded[i] !== '[') {
    // `《政府投资条例》国务院令第712号、《…》`: a number written right after the title without parentheses is its number too,
    // when the number ends the clause or the list item.
    const bare = numberAt(i);
    return bare && BARE_NUMBER_END.test(folded.slice(bare.end, bare.end + 1)) ? bare : null;
  }
  // An old number opens with its bracketed year (`《A》〔(88)〕财商字第277号`): it starts at the bracket.
  const yearFirst = numberAt(i);
  if (yearFirst) return yearFirst;
  i++;
  while (i < folded.length && folded[i] === ' ') i++;
  const direct = numberAt(i);
  if (direct) return direct;
  const date = NOTE_DATE.exec(folded.slice(i, i + 16));
  return date ? numberAt(i + date[0].length) : null;
}

/** `(88)署货字第403号文《X》`: an old number written right before the title it names (文 joining them) is its number. */
function numberBefore(folded: string, start: number, st: CitationState): NumberHit | null {
  if (folded[start - 1] !== '文') return null;
  const n = st.numberEndingAt(start - 1);
  return n && opensWithYear(folded.slice(n.start, n.end)) ? n : null;
}

/** Where the parenthetical holding a paired number closes (so the next title's run test sees past it). */
function closingParen(folded: string, from: number): number {
  const close = folded.slice(from, from + 40).search(/[)〕\]]/);
  return close === -1 ? from : from + close + 1;
}

// ---------------------------------------------------------------------------------------------------------------
// An agency named right before the title: `市政府办公厅印发《…》`, `科技部《…》`

/** Verbs (with their adverbs) between an agency and the title it issued; `印发的《…》` is the same act as `印发《…》`. */
const ISSUE_VERB =
  /(?:(?:正式|联合|先后|近日|日前|已|还|又|再|相继|分别|陆续|共同|专门|研究|制定并|修订并)?(?:印发|出台|发布|颁布|制定|制订|修订|下发|出台|公布)了?(?:实施)?的?)?\s*$/;
/** The issuer speaking of itself before a verb of issuing: 我部, 我局, 我委, 我厅, 我办, 我署, 我院, 我行. */
const SELF_BODY = /我(?:部|局|委|厅|办|署|院|行)$/;
/** `等部门`, `等有关单位`, `等5部门`, `等多部门` after the lead issuer; a count alone after the list
 *  (`区公安局、…、区市场监管局6部门联合印发`). */
const LEAD_AND_OTHERS =
  /(?:等(?:[\d一二三四五六七八九十]{1,2}个?|多)?(?:有关|相关)?|(?<=[局委厅办部院府])[\d一二三四五六七八九十]{1,2}个?)(?:部门|单位|部委)$/;
/** Adverbs saying listed agencies issued documents each on its own (省委、省政府先后出台…): no lead issuer. */
const SEPARATELY = /先后|相继|分别|陆续/;

const SELF_OR_GENERIC = /^(?:我|本|该|贵|各|有关|相关)/;
const CJK_RUN_AT_END = new RegExp(`[${CJK}]+$`);

/** A back-reference shorter than this is a bare kind word (BARE_KIND), not a tail. */
const MIN_TAIL = 3;

/** A place's name before a title: the issued title is that place's version of the cited one (`赤峰市` + 《市政公用事业
 *  特许经营管理办法》, a ministry's measures the city's own implement), not a back-reference to it. */
const PLACE_HEAD = /[省市县区州旗]$/;

/** Whether `key` is the tail of a title this document issues (`编纂方案` of `哈尔滨市志编纂方案`). */
function tailOfIssued(key: string, issued: Set<string>): boolean {
  if (key.length < MIN_TAIL) return false;
  for (const k of issued)
    if (k.length > key.length && k.endsWith(key) && !PLACE_HEAD.test(k.slice(0, k.length - key.length))) return true;
  return false;
}

/** A title that is only a document's kind word. */
const BARE_KIND = /^(?:建议|提案|议案|意见|通知|办法|规定|决定|方案|条例|细则|规划|纲要|批复|报告|函|答复)$/;

/** Agency names are at most this long (中国银行保险监督管理委员会重庆监管局 is 18). */
const MAX_AGENCY_LENGTH = 24;

/** The agency named right before a title, and whether it is the subject of an issuing verb (`市政府印发《A》和《B》`:
 *  the verb's objects joined by 和 all share it) or only a modifier (`科技部《A》和《B》`: A only). */
export interface ContextIssuer {
  name: string;
  viaVerb: boolean;
}

function contextIssuer(
  folded: string,
  titleStart: number,
  resolve: (s: string) => string | null,
  ownIssuer: string | null,
  former: (s: string) => string | null = resolve,
): ContextIssuer | null {
  // The clause before the title, up to a separator.
  let s = titleStart;
  while (s > 0 && titleStart - s < 40) {
    if (SEPARATOR_CODES.has(folded.charCodeAt(s - 1))) break;
    s--;
  }
  // Most titles follow a verb of reading (贯彻落实《…》, 根据《…》): when the clause ends neither with an agency nor with an
  // issuing verb, no agency issued the title here — settled by one character, without the regexes and roster lookups.
  const last = trimmedLast(folded, s, titleStart);
  if (last === -1 || !CLAUSE_END_CHARS.has(last)) return null;
  let clause = folded.slice(s, titleStart);
  // `省民政厅、…关于《…》`: 关于 between the issuers and the title, as in a title line.
  clause = clause.replace(/关于\s*$/, '');
  const verb = ISSUE_VERB.exec(clause);
  const verbText = verb ? verb[0].trim() : '';
  if (verb) clause = clause.slice(0, verb.index);
  // `市发展改革委等部门印发《A》`: the body named before 等 leads the bodies that issued it.
  clause = clause.replace(/\s+$/, '').replace(LEAD_AND_OTHERS, '');
  // `我部印发《A》`, `我局出台《A》`: the document's own issuer speaks of itself.
  if (ownIssuer && verb && verb[0].trim() !== '' && SELF_BODY.test(clause)) return { name: ownIssuer, viaVerb: true };
  // Longest suffix that is an agency (≥ 2 characters).
  const m = CJK_RUN_AT_END.exec(clause);
  if (!m) return null;
  const run = m[0].length > MAX_AGENCY_LENGTH ? m[0].slice(-MAX_AGENCY_LENGTH) : m[0];
  const runStart = clause.length - run.length;
  for (let i = 0; i + 2 <= run.length; i++) {
    const cand = run.slice(i);
    if (SELF_OR_GENERIC.test(cand)) continue;
    const name = i > 0 && run.charCodeAt(i - 1) === 0x539f /* 原 */ ? former(cand) : resolve(cand);
    if (!name) continue;
    // A collective (川渝两省市政府, 各区县政府): `市政府` there is not one body.
    if (i > 0 && COLLECTIVE_HEAD.test(cand) && COLLECTIVE_BEFORE.test(run.slice(0, i))) {
      // Joint issuers ending with a collective (生态环境部、国家发展改革委和重庆、四川两省市政府联合印发的《…》): the
      // first body of the clause leads, as for a joint number.
      if (!/联合|共同/.test(verbText)) return null;
      let from = s;
      while (from > 0 && titleStart - from < 60 && !/[,。;:!?\n《》()]/.test(folded[from - 1]!)) from--;
      const head = folded.slice(from, s).split(/[、和及与]/)[0]!;
      for (let k = 0; k + 2 <= head.length; k++) {
        const lead = resolve(head.slice(k));
        if (lead) return { name: lead, viaVerb: true };
      }
      return null;
    }
    const before = clause.slice(0, runStart + i);
    const at = s + runStart + i;
    const charBefore = at > 0 ? folded[at - 1]! : '';
    const viaVerb = verbText !== '';
    // Several agencies listed as issuers (中共中央办公厅、国务院办公厅印发的《…》): GB/T 9704 puts the lead issuer
    // first, so the first of the list issued it — unless they acted each on its own (先后出台).
    if (charBefore === '、') {
      // `《A》、国务院《B》`: after a title (or its number) the list is one of titles, and the body is B's alone.
      if (TITLE_END_BEFORE.test(folded.slice(Math.max(0, at - 4), at - 1))) return { name, viaVerb };
      // A list right before the title (中办、国办《…》) or before an issuing verb gives its first body, the lead issuer.
      if (SEPARATELY.test(verbText)) return null;
      const lead = leadOfList(folded, at - 1, resolve, former);
      return lead ? { name: lead, viaVerb } : null;
    }
    // A co-issuer with someone else (…和市财政局印发, 会同市科技局出台, 与市人力社保局联合印发): the lead is not
    // named here. A conjunction right after a title or its number joins two objects instead (《A》和市科技局《B》).
    if (coIssued(before, endsObject(folded, s), resolve)) return null;
    return { name, viaVerb };
  }
  // The last of a list of issuers is an organization the roster does not know (…、国开行山西省分行关于《…》): the list
  // still names its lead.
  const runAt = s + runStart;
  if (ORGAN_ENDING.test(run) && folded[runAt - 1] === '、' && !SEPARATELY.test(verbText)) {
    const lead = leadOfList(folded, runAt - 1, resolve, former);
    return lead ? { name: lead, viaVerb: verbText !== '' } : null;
  }
  return null;
}

/** A title's or its number's end right before a list comma: the list is one of titles. */
const TITLE_END_BEFORE = /[》)]\s*$/;

/** The agency written right before a number, with nothing between (`根据中共平江县委平发〖2009〗4号文件`): the number's
 *  issuer when its code does not name one. The longest name ending there counts (中共平江县委, not 县委). */
function organRightBefore(folded: string, at: number, resolve: (s: string) => string | null): string | null {
  let b = at;
  while (b > 0 && at - b < MAX_AGENCY_LENGTH && isCjk(folded.charCodeAt(b - 1))) b--;
  if (at - b < 2 || !CLAUSE_END_CHARS.has(folded.charCodeAt(at - 1))) return null;
  return agencySuffix(folded.slice(b, at), resolve)?.name ?? null;
}

/** The longest agency name ending `run` (two characters at least, never a self-reference or a generic word) and where
 *  it starts, or null: `和中共中央办公厅` → 中共中央办公厅 at 1. */
function agencySuffix(
  run: string,
  resolve: (s: string) => string | null,
  former: (s: string) => string | null = resolve,
): { name: string; at: number } | null {
  for (let k = Math.max(0, run.length - MAX_AGENCY_LENGTH); k + 2 <= run.length; k++) {
    const cand = run.slice(k);
    if (SELF_OR_GENERIC.test(cand)) continue;
    // `原环保部`: the body under the name it bore then.
    const name = k > 0 && run.charCodeAt(k - 1) === 0x539f /* 原 */ ? former(cand) : resolve(cand);
    if (name) return { name, at: k };
  }
  return null;
}

/** Last characters of agency names (局 委 厅 部 府 院 办 会 央 大 协 关 队 …) and of the issuing verbs (印发 出台 发布
 *  制定 修订 实施 了 的): a clause ending with anything else names no issuer of the title after it. */
const CLAUSE_END_CHARS = new Set(
  [...('府厅室会委局部署院办心司处行组央大协关队所站' + '发台布定订了施的于')].map((c) => c.charCodeAt(0)),
);

/** Char code of the last non-blank character of folded[from, to), or -1. */
function trimmedLast(folded: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = folded.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return c;
  }
  return -1;
}

/** Characters that end the clause before a title. */
const SEPARATOR_CODES = new Set([...',。;:!?\n《》()、'].map((c) => c.charCodeAt(0)));
/** A title or a number parenthetical ends right before `pos`: a conjunction there joins objects, not agencies. */
function endsObject(folded: string, pos: number): boolean {
  const c = pos > 0 ? folded[pos - 1] : undefined;
  return c === '》' || c === ')';
}

/** The first agency of a 、-list ending at `sep` (the 、 before the last listed agency), or null when an item is not an
 *  agency or the list itself follows a co-issuer word (与A、B联合印发: the writer leads). */
function leadOfList(
  folded: string,
  sep: number,
  resolve: (s: string) => string | null,
  former: (s: string) => string | null = resolve,
): string | null {
  let pos = sep;
  let lead: string | null = null;
  for (let items = 0; items < 8; items++) {
    // The item before `pos`: a run of CJK characters.
    let b = pos;
    while (b > 0 && pos - b < MAX_AGENCY_LENGTH && isCjk(folded.charCodeAt(b - 1))) b--;
    const item = folded.slice(b, pos);
    // The first item may carry words before it (和中共中央办公厅): its longest agency suffix.
    const suffix = agencySuffix(item, resolve, former);
    // A listed organization the roster does not know (国开行山西省分行, 省文旅厅) keeps the list going; the lead, the
    // list's head, must be a known body.
    if (!suffix && !ORGAN_ENDING.test(item)) return null;
    const k = suffix?.at ?? 0;
    lead = suffix?.name ?? null;
    const start = b + k;
    if (k > 0) {
      return coIssued(item.slice(0, k), endsObject(folded, b), resolve) ? null : lead;
    }
    if (start === 0 || folded[start - 1] !== '、') return lead;
    pos = start - 1;
  }
  return lead;
}
/** A body named by its level (市政府, 省政府, 区县政府) after a numeral or a place list (两省市, 各区县, 三省): a collective. */
const COLLECTIVE_HEAD = /^[省市区县]/;
const COLLECTIVE_BEFORE = /(?:[两三四五六七八九十各]|[两三四五六七八九十各][省市区县]{1,2}|[省市区县])$/;
/** Words before an agency that make it one of several issuers (…和市财政局印发, 会同市科技局出台). */
const JOINT_BEFORE = /(?:和|与|及|同|会同|联合|以及)$/;
/** The conjunctions among them: they make a co-issuer only after another agency. */
const CONJUNCTION = /^(?:和|与|及|以及)$/;

/** Whether the words before an agency make it one of several issuers: a verb of joint action (会同市科技局出台), or a
 *  conjunction after another agency (市科技局和市财政局印发). A conjunction after anything else joins two objects of a
 *  reading verb (根据省委总体部署和市委、市政府《A》: the 市委 leads A); a conjunction opening the clause joins an object
 *  when a title or its number stands before it (《A》和市科技局《B》). */
function coIssued(words: string, objectBefore: boolean, resolve: (s: string) => string | null): boolean {
  const m = JOINT_BEFORE.exec(words);
  if (!m) return false;
  if (m[0] === words) return !objectBefore;
  if (!CONJUNCTION.test(m[0])) return true;
  return agencySuffix(words.slice(0, m.index), resolve) !== null;
}
