// ingest/extract.ts — the extraction pipeline: read → clean → header → reply → citations → agencies → programs.
// `extractText` is pure (text in, DocumentExtraction out); `extractFile` adds reading and throws InputError.

import places from './data/places.json' with { type: 'json' };
import * as agencyStage from './agencies.ts';
import { loadRoster } from './agencies/roster.ts';
import { GENERAL_OFFICE, LOCAL_OFFICE_PARENT } from './agencies/rules.ts';
import * as programStage from './programs.ts';
import { codeOfNumber, findCitations, findNumbers, findTitles, issuerOfDocNumber, lookupCode } from './citations.ts';
import { clean, splitLines } from './clean.ts';
import type { ExtractContext } from './context.ts';
import { isAbbreviationOf } from './header/abbreviation.ts';
import { type HeaderInfo, parseHeader } from './header/index.ts';
import { pageFoot } from './header/page-foot.ts';
import { titleActs } from './title-acts.ts';
import {
  openingReportIssuer,
  placeReportIssuer,
  speakingTownIssuer,
  titleHeadIssuer,
  townTitleIssuer,
} from './title-head-issuer.ts';
import { mentionAt } from './sentences.ts';
import { findLifecycle } from './lifecycle.ts';
import type { DocumentExtraction, DocumentMeta, IssuerEvidence, Mention, Span } from './model.ts';
import { normalizeTitle } from './normalize.ts';
import { InputError, readDocumentFile, type ReadOptions } from './read.ts';
import { findRespondsTo } from './reply.ts';
import { findRuns } from './runs.ts';
import { ORGAN_ENDING, SESSION } from './regexes.ts';
import { evidence, normalizeSpans } from './spans.ts';

export { InputError } from './read.ts';

export interface ExtractOptions {
  file?: string | null;
  source?: string | null;
  encoding?: string;
}

/** Canonical agency name of a surface form, in force in a jurisdiction on a date (the agency roster's resolver). */
export type AgencyResolver = (
  surface: string,
  ctx: { jurisdiction: string | null; date: string | null },
) => string | null;

// ---------------------------------------------------------------------------------------------------------------
// Jurisdiction (which province-level government's `市X局` a document means)

interface Place {
  name: string;
  short: string;
  province: string;
}
const PROVINCES = (places as { provinces: { short: string; name: string; abbreviations: string[] }[] }).provinces;
const SUBDIVISIONS = (places as { subdivisions: Place[] }).subdivisions;
const PLACE_NAMES: { name: string; province: string }[] = [
  ...PROVINCES.flatMap((p) => [
    { name: p.name, province: p.short },
    { name: p.short, province: p.short },
  ]),
  ...SUBDIVISIONS.flatMap((s) => [
    { name: s.name, province: s.province },
    ...(s.short.length >= 2 ? [{ name: s.short, province: s.province }] : []),
  ]),
].sort((a, b) => b.name.length - a.name.length);
/** Place names by first character (longest first): a literal scan, no big alternation regex. */
const PLACES_BY_FIRST = new Map<string, string[]>();
/** First code units of place names, as a table: the jurisdiction scan tests every character of a document's head. */
const PLACE_FIRST_CODES = new Uint8Array(0x10000);
for (const p of PLACE_NAMES) {
  const list = PLACES_BY_FIRST.get(p.name[0]!) ?? [];
  list.push(p.name);
  PLACES_BY_FIRST.set(p.name[0]!, list);
  PLACE_FIRST_CODES[p.name.charCodeAt(0)] = 1;
}
const PROVINCE_OF = new Map(PLACE_NAMES.map((p) => [p.name, p.province]));
/** A province-level unit's short name by its full name (`贵州省` → 贵州), as the jurisdiction is written. */
const PROVINCE_SHORT = new Map(PROVINCES.map((p) => [p.name, p.short]));
/** Subdivisions by first character, in data order (the first match wins, as a linear scan would find it). */
const SUBDIVISIONS_BY_FIRST = new Map<string, Place[]>();
for (const d of SUBDIVISIONS) {
  const list = SUBDIVISIONS_BY_FIRST.get(d.name[0]!) ?? [];
  list.push(d);
  SUBDIVISIONS_BY_FIRST.set(d.name[0]!, list);
}
/** Names of central bodies (no place before them): 国务院, 国家…, 中共中央, ministries (…部). */
const CENTRAL =
  /^(?:中华人民共和国|国务院|国家|中共中央|中央|全国|最高人民|中国人民银行$|中国(?:证券|银行|保险)|海关总署|审计署)|^[\u3400-\u9fff]{1,6}部$/;

/** The province a name belongs to (`重庆市科学技术局` → 重庆, `成都市科学技术局` → 四川), or undefined. */
function provinceOfName(name: string): string | null | undefined {
  const n = name.replace(/^(?:中共|中国共产党)/, '').replace(/\s+/g, '');
  const place = PLACES_BY_FIRST.get(n[0] ?? '')?.find((p) => n.startsWith(p));
  if (place) return PROVINCE_OF.get(place)!;
  if (CENTRAL.test(n)) return null;
  return undefined;
}

export function detectJurisdiction(folded: string, issuerNames: string[], ownCode: string | null): string | null {
  if (ownCode) {
    const issuer = lookupCode(ownCode)?.issuer;
    if (issuer) {
      const p = provinceOfName(issuer);
      if (p !== undefined) return p;
    }
    const abbr = PROVINCES.find((pr) => pr.abbreviations.includes(ownCode[0]!) && ownCode.length > 1);
    if (abbr && /^[渝川京津沪粤]/.test(ownCode)) return abbr.short;
  }
  for (const n of issuerNames) {
    const p = provinceOfName(n);
    if (p !== undefined) return p;
  }
  // Count place names in the text; the most named province is the document's.
  const counts = new Map<string, number>();
  // The head of a document names its places; 20k characters are plenty and keep long texts cheap.
  const end = Math.min(folded.length, 20_000);
  for (let i = 0; i < end; i++) {
    const listed = PLACE_FIRST_CODES[folded.charCodeAt(i)] === 1;
    const names = listed ? PLACES_BY_FIRST.get(folded[i]!) : undefined;
    const name = names?.find((n) => folded.startsWith(n, i));
    // A longer place of the gazetteer written here is read instead: `印江西桃` names 印江, not 江西.
    const written = agencyStage.gazetteerPlaceAt(folded, i);
    if (written && written.end - i > (name?.length ?? 0)) {
      const p = written.province === null ? undefined : PROVINCE_SHORT.get(written.province);
      if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
      i = written.end - 1;
      continue;
    }
    if (!name) continue;
    const p = PROVINCE_OF.get(name)!;
    counts.set(p, (counts.get(p) ?? 0) + 1);
    i += name.length - 1;
  }
  let best: string | null = null;
  let bestN = 0;
  for (const [p, n] of counts) if (n > bestN) (best = p), (bestN = n);
  return best;
}

/** A full name found in the text when the roster cannot resolve a surface: in a municipality (直辖市) district and
 *  county names carry the city (`丰都县科学技术局` in a Chongqing document → `重庆市丰都县科学技术局`); names with a
 *  place stay as written. */
/** Province-level municipalities (直辖市) by short name → full name, from the roster's province list. */
const MUNICIPALITIES = new Map(
  loadRoster()
    .places.provinces.filter((p) => p.kind === 'municipality')
    .flatMap((p) => p.short.map((short) => [short, p.name] as const)),
);

function fullNameOf(surface: string, jurisdiction: string | null): string | null {
  const s = surface.replace(/\s+/g, '');
  const sub = SUBDIVISIONS_BY_FIRST.get(s[0] ?? '')?.find((d) => s.startsWith(d.name));
  if (sub && sub.province === jurisdiction) {
    const province = MUNICIPALITIES.get(sub.province);
    if (province) return province + s;
  }
  if (provinceOfName(s) !== undefined) return agencyStage.canonicalSpelling(s);
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// The pipeline

/** Extract everything from a decoded text. Never throws on any string input. */
export function extractText(text: string, options: ExtractOptions = {}): DocumentExtraction {
  return extractWithContext(text, options).extraction;
}

/** The extraction, the ExtractContext the early stages handed to the agency and program stages, and the header as read
 *  (its `effectiveDate` and `expiryDate` — a page's 施行日期/生效日期 and 废止日期/失效时间 — are for the lifecycle stage; extraction leaves
 *  document.effectiveDate to that stage). */
export function extractWithContext(
  text: string,
  options: ExtractOptions = {},
): { extraction: DocumentExtraction; context: ExtractContext; header: HeaderInfo } {
  const { folded } = clean(text);
  const lines = splitLines(folded);
  const header = parseHeader(text, folded, lines);
  const ownDocNumber = header.docNumber ?? header.numberLine;
  const ownCode = ownDocNumber ? codeOfNumber(ownDocNumber) : null;

  // The document's own title line names its issuer; the page's metadata field is a third party's label and comes after
  // it (`[ 发布机构 ] 开州区发展改革委` over `重庆市开州区人民政府办公室关于印发…`, a law database's `发布部门: 湖北省政府`
  // over `湖北省人民政府办公厅关于…`); the signature last.
  const rawIssuerMentions: Mention[] = [
    ...header.titleIssuers,
    ...(header.issuerField ? [header.issuerField] : []),
    ...header.leadIssuers,
    ...header.signatureIssuers,
  ];
  const jurisdiction = detectJurisdiction(
    folded,
    rawIssuerMentions.map((m) => m.text),
    ownCode,
  );
  // Names are read as in force on the document's date; a page that prints none is still dated by its own number's year
  // (`西财函〔2023〕8号`): the year's first day, the earliest the document can be.
  const date = header.signedDate ?? header.writtenDate ?? header.publishedDate ?? yearOfNumber(ownDocNumber);
  // Jurisdiction and date are fixed here for the whole document.
  const textCity = agencyStage.lazyTextCity(folded);
  const resolve = memoResolver({ jurisdiction, date, textCity });
  // Joint issuers written together (丰都县科学技术局丰都县财政局关于…) become one mention per agency.
  // A title without 关于 that opens with its organ (`X人民政府森林防火禁火令`) names the issuer by that organ.
  const titleHead =
    header.titleIssuers.length === 0
      ? titleHeadIssuer(
          text,
          folded,
          header.title,
          titleLineSpans(header, folded),
          (s) => resolve(s) !== null,
          spelledWithPlace,
        )
      : null;
  const issuerMentions = [...(titleHead ? [titleHead] : []), ...rawIssuerMentions].flatMap((m) =>
    splitOrgans(text, m, resolve),
  );

  // A town named alone (`坪山镇`) lies in the first county-level place the text names (read once, when first asked);
  // a town whose county no one names is too ambiguous to name an issuer by (many counties have a 周溪乡).
  let townCounty: ReturnType<typeof agencyStage.firstPlaceNamed> | undefined;
  const townOrgan = (place: string): string | null => {
    if (!agencyStage.namesTownAlone(place)) return null;
    townCounty ??= agencyStage.firstPlaceNamed(folded, 'district');
    const town = agencyStage.townOrganOfPlace(place, townCounty);
    return town?.placed ? town.name : null;
  };
  const chosen: ChosenIssuer | null =
    documentIssuer(
      issuerMentions,
      ownDocNumber,
      ownCode,
      jurisdiction,
      resolve,
      header.titleIssuers.length + (titleHead ? 1 : 0),
      folded,
      townOrgan,
    ) ??
    // A reply or notice page that prints no title organ, no publisher field and no signature: the organ the page
    // names as its source (`来源:县民政局`) published it, and is its issuer.
    sourceIssuer(header.sourceField, text, folded, jurisdiction, resolve, townOrgan) ??
    placeReportIssuer(text, folded, header.title, titleLineSpans(header, folded), resolve, agencyStage.isZoneName) ??
    openingReportIssuer(text, folded, header.title, header.bodyStart, resolve, agencyStage.isZoneName, townOrgan) ??
    townTitleIssuer(text, folded, header.title, titleLineSpans(header, folded), townOrgan) ??
    speakingTownIssuer(
      text,
      folded,
      header.title,
      header.bodyStart,
      townOrgan,
      (w) => agencyStage.townOrganNamed(w, null)?.name ?? null,
    );
  // A county of a municipality names its own organs without the municipality (agencies/own-county.ts).
  const countyNaming = agencyStage.ownCountyNaming(chosen?.name ?? null);
  const issuer = chosen ? (countyNaming ? countyNaming(chosen.name) : chosen.name) : null;
  // Where the issuer was read: the header block and title, the signature at the end, or the own number's code.
  const issuerEvidence: IssuerEvidence | null = chosen && {
    source: !chosen.mention
      ? 'code'
      : header.signatureIssuers.some((m) => chosen.mention!.start >= m.start && chosen.mention!.end <= m.end)
        ? 'signature'
        : 'header',
    mention: chosen.mention,
  };

  const titleSpans = header.excluded.filter((s) => s.start >= 0);
  const foot = pageFoot(folded, lines, header.bodyStart);
  const ownTitleSpans = titleLineSpans(header, folded);
  const reply = findRespondsTo({
    text,
    folded,
    title: header.title,
    titleSpans: ownTitleSpans,
    salutationText: header.salutationText,
    bodyStart: header.bodyStart,
    headerKind:
      header.proposalKind ?? (header.genre?.includes('提案') ? '提案' : header.genre?.includes('建议') ? '建议' : null),
  });

  const titles = findTitles(folded, text);
  const numbers = findNumbers(folded);
  // The bodies around a cited title are read from the issuer's place: `市委、市政府《A》` in a city's document.
  const fromIssuer = issuer ? memoResolver({ jurisdiction, date, issuer, textCity }) : resolve;
  const resolveCited = (s: string): string | null => (RELATIVE_HEAD.test(s) ? fromIssuer(s) : resolve(s));
  const citations = findCitations({
    text,
    folded,
    excluded: normalizeSpans(foot ? [...titleSpans, foot] : titleSpans),
    ownTitle: header.title,
    ownDocNumber,
    issued: [...header.issued, ...header.attachments],
    proposalSpans: normalizeSpans(reply.proposalSpans),
    proposalTitle: reply.respondsTo?.title ?? null,
    resolveAgency: resolveCited,
    resolveFormer: date ? memoResolver({ jurisdiction, date: null, textCity }) : resolve,
    localCode: (code) => agencyStage.governmentOfCitedCode(code, folded),
    ownIssuer: issuer,
    titles,
    numbers,
  });

  // An amending or repealing decision acts on the documents its own title names.
  citations.push(...titleActs(text, folded, ownTitleSpans, citations));

  const excluded: Span[] = normalizeSpans([
    ...header.excluded,
    ...(foot ? [foot] : []),
    ...reply.excluded,
    ...sessionLabels(folded),
    ...reply.proposalSpans,
    ...titles.map((t) => ({ start: t.start, end: t.end })),
    ...numbers.map((n) => ({ start: n.start, end: n.end })),
    // Titles cited without 《》 (`根据国务院办公厅关于…的指导意见(国办发〔2020〕23号)`): their organ is part of the title.
    ...citations.flatMap((c) => c.spans),
  ]);
  const ctx: ExtractContext = {
    text,
    date,
    jurisdiction,
    textCity,
    issuerMentions,
    salutation: header.salutation,
    excluded,
    issuerName: issuer,
  };
  const agencies = agencyStage.findAgencies(text, ctx);
  if (countyNaming) {
    for (const a of agencies) a.name = countyNaming(a.name);
    for (const c of citations) if (c.issuer) c.issuer = countyNaming(c.issuer);
  }
  // ANNOTATION.md: the issuing agency appears among the agencies, with role issuer. Read from the own number's code, the
  // text may never name it: the number is its evidence.
  if (issuer && issuerEvidence?.source === 'code' && !agencies.some((a) => a.name === issuer)) {
    const own = numbers.find((n) => n.docNumber === ownDocNumber);
    if (own)
      agencies.unshift({
        name: issuer,
        mentions: [],
        roles: ['issuer'],
        level: null,
        spans: [mentionAt(text, own.start, own.end)],
      });
  }
  // Read from the page's source field (`来源:县民政局`, `作者:云县应急局`) or from a place's report title (`开州区2024年…
  // 报告`), the issuer's evidence is that field or place: it is listed among the agencies with role issuer.
  const readApart =
    chosen?.mention && !issuerMentions.some((m) => m.start <= chosen.mention!.start && chosen.mention!.end <= m.end);
  const listed = issuer && readApart ? agencies.find((a) => a.name === issuer) : undefined;
  // An issuer mention the agency stage reads as no organ (a town or zone named alone in a page field, `发布机构 垫江县
  // 坪山镇`) leaves no agency with role issuer: the issuer chosen from it is listed with that mention as its evidence.
  const unlisted = issuer !== null && chosen?.placeAlone === true && !agencies.some((a) => a.name === issuer);
  if (listed && !listed.roles.includes('issuer')) listed.roles.unshift('issuer');
  else if (issuer && ((readApart && !listed) || unlisted))
    agencies.unshift({
      name: issuer,
      mentions: [chosen.mention!.text],
      roles: ['issuer'],
      level: null,
      spans: [mentionAt(text, chosen.mention!.start, chosen.mention!.end)],
    });
  const programs = programStage.findPrograms(text, ctx);

  const life = findLifecycle({
    text,
    folded,
    title: header.title,
    writtenDate: header.writtenDate,
    signedDate: header.signedDate,
    publishedDate: header.publishedDate,
    fields: {
      effectiveDate: header.effectiveDate,
      effective: header.effectiveField,
      expiryDate: header.expiryDate,
      expiry: header.expiryField,
    },
  });
  const document: DocumentMeta = {
    title: header.title,
    docNumber: ownDocNumber,
    indexNumber: header.indexNumber,
    issuer,
    writtenDate: header.writtenDate,
    publishedDate: header.publishedDate,
    signedDate: header.signedDate,
    genre: header.genre,
    topics: header.topics,
    effectiveDate: life.effectiveDate,
    expiryDate: life.expiryDate,
  };
  const extraction: DocumentExtraction = {
    file: options.file ?? null,
    source: options.source ?? null,
    encoding: options.encoding ?? 'utf-8',
    document,
    respondsTo: reply.respondsTo,
    citations,
    agencies,
    programs,
    issuerEvidence,
    runs: findRuns(text, agencies, programs, issuer),
    lifecycle: life.lifecycle,
    text,
  };
  return { extraction, context: ctx, header };
}

/** The first day of the year a document number carries (`〔2023〕`, `(2023)`, `2023年第5号`), or null. */
function yearOfNumber(number: string | null): string | null {
  const y = number ? /[〔([](19\d\d|20\d\d)[〕)\]]|(?:^|[^\d])(19\d\d|20\d\d)年/.exec(number) : null;
  return y ? `${y[1] ?? y[2]}-01-01` : null;
}

/** A resolver of written names for one document, memoized (splitting joint issuers tries every organ-ending prefix of
 *  a name, and the citation stage asks again for the names around each title); it never throws. */
function memoResolver(ctx: {
  jurisdiction: string | null;
  date: string | null;
  issuer?: string;
  textCity?: agencyStage.TextCity;
}): (s: string) => string | null {
  const resolved = new Map<string, string | null>();
  return (s) => {
    let name = resolved.get(s);
    if (name !== undefined) return name;
    try {
      name = agencyStage.resolveAgencyName(s, ctx);
    } catch {
      name = null;
    }
    resolved.set(s, name);
    return name;
  };
}

/** The document's issuer: the first issuer mention the roster resolves (title, then page field, then signature); else
 *  the lead issuer its own number's 机关代字 names (国科办区 → 科学技术部办公厅); else the first mention with a place
 *  the gazetteer knows; else the first mention that has the form of an organ name, as written (a county-level city's
 *  office the roster does not list is still the issuer its title names). */
/** An organ written relative to its own place (`市人民政府办公室`, `县教育局`). */
const RELATIVE_ORGAN = /^([市县区])[\u4e00-\u9fa5]{2,20}$/;
/** A name relative to the document's own place (`市委`, `县政府`, `区财政局`). */
const RELATIVE_HEAD = /^[市县区]/;

function documentIssuer(
  mentions: Mention[],
  ownDocNumber: string | null,
  ownCode: string | null,
  jurisdiction: string | null,
  resolve: (s: string) => string | null,
  fromTitle: number,
  folded: string,
  townOrgan: (place: string) => string | null,
): ChosenIssuer | null {
  // The own number's code and a mention that agree (`东府办〔2005〕42号` signed `东莞市人民政府办公室`) outweigh a page's
  // label for the document (a database's organ line `广东省东莞市人民政府` under its heading).
  // A code no list holds may still be composed of the header's place and the government's word (`营西政办发`).
  const byCode = ownDocNumber
    ? (issuerOfDocNumber(ownDocNumber) ?? (ownCode ? agencyStage.governmentOfCode(ownCode, folded) : null))
    : null;
  const agreeingAt = byCode ? mentions.findIndex((m) => resolve(m.text) === byCode) : -1;
  // A joint title lists its lead issuer first (`中共安徽省委教育工委 安徽省教育厅关于…` under `皖教工委〔2021〕25号`): a code
  // read by its prefix (皖教) may name a later one, and the first organ the title names still leads.
  const leadBefore = agreeingAt > 0 && agreeingAt < fromTitle && resolve(mentions[0]!.text) !== null;
  if (byCode && agreeingAt >= 0 && !leadBefore) return { name: byCode, mention: mentions[agreeingAt]! };
  for (let k = 0; k < mentions.length; k++) {
    // A page field's short name for an organ the text spells in full (`发布机构 盐池县教体局` over the title's
    // `盐池县教育体育局关于…`) stands for that spelling: the text's own words outrank any expansion of the short form.
    const spelled = k >= fromTitle ? spelledOut(mentions, k) : null;
    // A spelling that is itself relative (`市人民政府办公厅`) names no place: the own number's code may.
    const spelledName = spelled ? resolve(spelled) : null;
    if (spelled && (spelledName || !RELATIVE_ORGAN.test(spelled)))
      return { name: spelledName ?? agencyStage.canonicalSpelling(spelled), mention: mentions[k]! };
    // A sub-district's or town's organ in the title takes its canonical form (`…区东城街道办事处` →
    // `…区人民政府东城街道办事处`).
    const written = mentions[k]!.text.replace(/\s+/g, '');
    const town = k < fromTitle ? agencyStage.townOrganNamed(written, null) : null;
    if (town) return { name: town.name, mention: mentions[k]! };
    // A page field naming the town alone (`发布机构 垫江县坪山镇`): the town's organ published it.
    const townField = k >= fromTitle ? townOrgan(written) : null;
    if (townField) return { name: townField, mention: mentions[k]!, placeAlone: true };
    // A page field naming a development zone alone (`发布机构 金华经济技术开发区`): its committee published it.
    const zoneField = k >= fromTitle ? agencyStage.zoneCommitteeOfPlace(written, null, null) : null;
    if (zoneField) return { name: zoneField, mention: mentions[k]!, placeAlone: true };
    const name =
      resolve(mentions[k]!.text) ??
      officeOfResolved(mentions[k]!.text, resolve) ??
      (k < fromTitle ? ownLevelName(mentions[k]!.text, jurisdiction, resolve) : null);
    if (name) return { name, mention: mentions[k]! };
  }
  // `市人民政府办公厅关于…` under `筑府办函〔2020〕78号`: the code names the city; the title's words are its evidence.
  if (byCode) return { name: byCode, mention: mentions.find((m) => relativeFormOf(m.text, byCode)) ?? null };
  // The title line's own spelling of an organ with a place (`巫溪县人力资源和社会保障局关于…`) is its name as written.
  for (let k = 0; k < fromTitle; k++) {
    const name = mentions[k]!.text.replace(/\s+/g, '');
    if (spelledWithPlace(name)) return { name: agencyStage.canonicalSpelling(name), mention: mentions[k]! };
  }
  for (const m of mentions) {
    const name = fullNameOf(m.text, jurisdiction);
    if (name) return { name, mention: m };
  }
  // `市人民政府办公室关于…` on a city's page: 市 is the first city the text names (`健康六盘水`, `襄阳市政府门户网站`).
  for (const m of mentions) {
    const written = m.text.replace(/\s+/g, '');
    const scope = RELATIVE_ORGAN.exec(written)?.[1];
    if (!scope) continue;
    // The text spells the same organ with its place (`发布机构 市自然资源和规划局` … `来源: 瑞安市自然资源和规划局`).
    const spelledHere = spelledWithItsPlace(folded, written, resolve);
    if (spelledHere) return { name: resolve(spelledHere) ?? agencyStage.canonicalSpelling(spelledHere), mention: m };
    // `来源: 区文化旅游和体育局` on `广元市利州区人民政府`'s page: 区 is the first district the text names.
    const place =
      scope === '区'
        ? agencyStage.firstPlaceNamed(folded, 'district')
        : agencyStage.firstPlaceNamed(folded, scope === '市' ? 'city' : 'county');
    const name =
      place && (scope !== '区' || place.name.endsWith('区')) ? resolve(place.canonicalPrefix + written.slice(1)) : null;
    if (name) return { name, mention: m };
  }
  // `三州乡人民政府` written without its county (title, signature): the town of the county the text names first.
  const county = agencyStage.firstPlaceNamed(folded, 'county');
  for (const m of county ? mentions : []) {
    const town = agencyStage.townOrganNamed(m.text.replace(/\s+/g, ''), county);
    if (town) return { name: town.name, mention: m };
  }
  // `发布机构:林业局` on a city bureau's page: an organ type alone is the organ of the first place the text names.
  const typeOnly = mentions.find((m) => agencyStage.organTypeWritten(m.text.replace(/\s+/g, '')));
  const local = typeOnly ? firstLocalPlace(folded, county) : null;
  const typeName = typeOnly && local ? resolve(local.canonicalPrefix + typeOnly.text.replace(/\s+/g, '')) : null;
  if (typeOnly && typeName) return { name: typeName, mention: typeOnly };
  for (const m of mentions) {
    const name = m.text.replace(/\s+/g, '');
    if (ORGAN_NAME.test(name)) return { name: agencyStage.canonicalSpelling(name), mention: m };
  }
  return null;
}

/** The issuer chosen and the mention it was read from; `placeAlone` when that mention names a town or zone alone (the
 *  agency stage reads no organ there). */
interface ChosenIssuer {
  name: string;
  mention: Mention | null;
  placeAlone?: boolean;
}

/** A name still relative to a place no one named (`州政府办公室`, `省林业厅`). */
const UNPLACED = /^[省市县区州]/;

/** The issuer the page's source field names, placed (`县民政局` → `昌黎县民政局` from the text's county): a relative
 *  name no place completes (`州政府办公室`) is no name of an organ. */
function sourceIssuer(
  field: Mention | null,
  text: string,
  folded: string,
  jurisdiction: string | null,
  resolve: (s: string) => string | null,
  townOrgan: (place: string) => string | null,
): ChosenIssuer | null {
  if (!field) return null;
  const chosen = documentIssuer(
    splitOrgans(text, field, resolve),
    null,
    null,
    jurisdiction,
    resolve,
    0,
    folded,
    townOrgan,
  );
  return chosen && !UNPLACED.test(chosen.name) ? chosen : null;
}

/** The county (given, as the text names it first) or the city the text names first (its name's first two characters
 *  as the mark of where). */
function firstLocalPlace(
  folded: string,
  county: ReturnType<typeof agencyStage.firstPlaceNamed>,
): ReturnType<typeof agencyStage.firstPlaceNamed> {
  const city = agencyStage.firstPlaceNamed(folded, 'city');
  if (!county || !city) return county ?? city;
  const at = (p: NonNullable<typeof county>) => folded.indexOf(p.name.slice(0, 2));
  return at(county) <= at(city) ? county : city;
}

/** How far into the text a full spelling of a relative issuer is looked for. */
const SPELLING_LOOK = 6000;

/** The text's own full spelling of a relative organ (`市自然资源和规划局` → `瑞安市自然资源和规划局`): a place name of two
 *  to six characters ending in the same level word, right before the rest of the name, or null. */
function spelledWithItsPlace(folded: string, relative: string, resolve: (s: string) => string | null): string | null {
  const level = relative[0]!;
  const rest = relative.slice(1);
  if (rest.length < 3) return null;
  const head = folded.slice(0, SPELLING_LOOK);
  for (let at = head.indexOf(rest); at !== -1; at = head.indexOf(rest, at + 1)) {
    if (head[at - 1] !== level) continue;
    let p = at - 1;
    while (p > 0 && at - 1 - p < 6 && /[\u4e00-\u9fa5]/.test(head[p - 1]!)) p--;
    // The shortest run before the level word that names a place (`瑞安`, not `来源瑞安`).
    for (let q = p; q <= at - 3; q++) {
      const candidate = head.slice(q, at) + rest;
      if (spelledWithPlace(candidate) || resolve(candidate) !== null) return candidate;
    }
  }
  return null;
}

/** A local commission's, bureau's or zone committee's general office (`重庆市万盛经开区管委会办公室`): the parent as the
 *  roster resolves it, with its office. */
function officeOfResolved(surface: string, resolve: (s: string) => string | null): string | null {
  const s = surface.replace(/\s+/g, '');
  const office = s.slice(-3);
  if (!GENERAL_OFFICE.test(office)) return null;
  const parent = resolve(s.slice(0, -office.length));
  return parent && LOCAL_OFFICE_PARENT.test(parent) ? parent + office : null;
}

/** `市人民政府办公厅` for `贵阳市人民政府办公厅`: a level word and the rest of the full name as written. */
function relativeFormOf(written: string, full: string): boolean {
  const w = written.replace(/\s+/g, '');
  return RELATIVE_ORGAN.test(w) && full.endsWith(w.slice(1)) && full.length > w.length;
}

/** The full spelling, among the other issuer mentions, of which mention k is the short form (as written), or null. */
function spelledOut(mentions: Mention[], k: number): string | null {
  const short = mentions[k]!.text.replace(/\s+/g, '');
  for (let j = 0; j < mentions.length; j++) {
    const full = mentions[j]!.text.replace(/\s+/g, '');
    if (j !== k && ORGAN_NAME.test(full) && isAbbreviationOf(short, full)) return full;
  }
  return null;
}

/** `市农业委员会办公室` in a title of a Chongqing document: the level word stands for the jurisdiction's own name
 *  (市 for a municipality, 省 for a province), so the title's issuer is `重庆市农业委员会办公室` even where the roster
 *  does not list it (the signature below may name only the parent organ). */
function ownLevelName(
  surface: string,
  jurisdiction: string | null,
  resolve: (s: string) => string | null,
): string | null {
  const s = surface.replace(/\s+/g, '');
  const province = jurisdiction ? PROVINCES.find((p) => p.short === jurisdiction) : undefined;
  if (!province || !ORGAN_ENDING.test(s)) return null;
  const level = province.name.slice(-1);
  if (s[0] !== level || !/^(?:市|省)$/.test(level)) return null;
  const full = province.name + s.slice(1);
  return resolve(full) ?? full;
}

/** An organ name as a title or signature writes it: characters only, ending like an organ. */
const ORGAN_NAME = new RegExp(`^[\\u3400-\\u9fff()]{3,40}${ORGAN_ENDING.source}`);

/** An organ's name as a title spells it, with a place the gazetteer knows (`巫溪县人力资源和社会保障局`). */
function spelledWithPlace(name: string): boolean {
  // `广东省各级人民代表大会常务委员会`: the bodies of every level, no one organ.
  return ORGAN_NAME.test(name) && !name.includes('各') && provinceOfName(name) !== undefined;
}

/** How far before its 届 a session label can start (省 + 3-character place + 全国 + 政协 + 第十三 < 16). */
const SESSION_LEAD = 16;

/** SESSION, sticky: tried at given positions only (lastIndex is set before every use). Built once, not per document. */
const SESSION_AT = new RegExp(SESSION.source, 'y');

/** Every session label in the text (在市政协六届一次会议上…): the 政协/人大 inside it is not an agency mention.
 *  Every label holds exactly one 届, so the pattern is tried only at the few places before each 届 (sticky), not at
 *  every position of the text: the same leftmost, non-overlapping matches as a global scan, at a fraction of the cost. */
export function sessionLabels(folded: string): Span[] {
  const out: Span[] = [];
  const r = SESSION_AT;
  let prevEnd = 0;
  for (let at = folded.indexOf('届'); at !== -1; at = folded.indexOf('届', at + 1)) {
    for (let p = Math.max(prevEnd, at - SESSION_LEAD); p <= at; p++) {
      r.lastIndex = p;
      const m = r.exec(folded);
      if (!m || m[0].length === 0 || p + m[0].length <= at) continue;
      if (/政协|人大|人民代表大会/.test(m[0])) out.push({ start: p, end: p + m[0].length });
      prevEnd = p + m[0].length;
      break;
    }
  }
  return out;
}

/** Split a run of agency names into its agencies when the roster knows each part; otherwise keep it whole. */
function splitOrgans(text: string, m: Mention, resolve: (s: string) => string | null): Mention[] {
  const s = m.text;
  if (s.length < 8 || /\s/.test(s)) return [m];
  const whole = resolve(s);
  for (let k = s.length - 3; k >= 3; k--) {
    if (!ORGAN_ENDING.test(s.slice(0, k))) continue;
    const first = resolve(s.slice(0, k));
    // 国家税务总局重庆市税务局 is one agency (the roster names it whole), not 国家税务总局 + 重庆市税务局.
    if (!first || (whole !== null && whole !== first)) continue;
    const rest = splitOrgans(text, evidence(text, m.start + k, m.end), resolve);
    if (rest.every((r) => resolve(r.text))) return [evidence(text, m.start, m.start + k), ...rest];
  }
  return whole === null ? splitByPlace(text, m) : [m];
}

/** Joint issuers the roster does not know, written together (`中共岳阳市委办公室岳阳市人民政府办公室`): cut where an organ
 *  name ends and the next one opens with its own place (or 中共 + place). Both parts must be local organs named with their
 *  place, so a central body's local bureau (国家税务总局重庆市税务局, 中国证券监督管理委员会重庆监管局) stays whole. */
function splitByPlace(text: string, m: Mention): Mention[] {
  const s = m.text;
  for (let k = 3; k <= s.length - 3; k++) {
    const head = s.slice(0, k);
    const rest = s.slice(k);
    if (!ORGAN_ENDING.test(head) || !ORGAN_ENDING.test(rest)) continue;
    if (typeof provinceOfName(head) !== 'string' || typeof provinceOfName(rest) !== 'string') continue;
    if (
      !PLACES_BY_FIRST.get(rest.replace(/^(?:中共|中国共产党)/, '')[0] ?? '')?.some((p) =>
        rest.replace(/^(?:中共|中国共产党)/, '').startsWith(p),
      )
    )
      continue;
    return [evidence(text, m.start, m.start + k), ...splitByPlace(text, evidence(text, m.start + k, m.end))];
  }
  return [m];
}

/** The title lines (for session labels inside them): the excluded header spans that hold the title text. */
function titleLineSpans(header: ReturnType<typeof parseHeader>, folded: string): Span[] {
  if (!header.title) return [];
  const key = header.title.replace(/\s+/g, '');
  const lines = header.excluded.filter((s) => {
    const piece = normalizeTitle(folded.slice(s.start, s.end));
    return piece.length > 0 && key.includes(piece);
  });
  // A title the page gives only in its 标题 field: the field's value is where it is written.
  const field = header.headerTitleSpan;
  if (lines.length === 0 && field && key.startsWith(normalizeTitle(folded.slice(field.start, field.end))))
    return [field];
  return lines;
}

/** Read, decode and extract one file. Throws InputError (one line naming the file) for unusable input. */
export async function extractFile(
  file: string,
  options: ReadOptions & { source?: string | null } = {},
): Promise<DocumentExtraction> {
  const decoded = await readDocumentFile(file, options);
  try {
    return extractText(decoded.text, { file, source: options.source ?? null, encoding: decoded.encoding });
  } catch (err) {
    // A bug in a rule must not take the batch down; say which file and which error.
    throw new InputError(file, `extraction failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
