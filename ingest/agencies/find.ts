// ingest/agencies/find.ts — every government organ a text names: the issuer first (header, title, signature), then
// each other mention left to right, filtered by the language's rules and resolved against the document's locale and date.

import type { ExtractContext } from '../context.ts';
import type { AgencyRef, Mention, Role, Span } from '../model.ts';
import { mentionAt } from '../sentences.ts';
import { spanChecker } from '../spans.ts';
import { branchDistrict, branchParts } from './branch-name.ts';
import { ANY_HOME, organTypeWritten, scan, type RawMatch } from './compose.ts';
import { isPrefecture, type Place } from './places.ts';
import { baseLocale, firstResolved, hasImplicitBranch, isRelative, refineLocale } from './resolve.ts';
import type { Level } from './roster.ts';
import { coHandlingCues, inCoHandlerField, inSourceField, roleOf, ROLE_ORDER } from './roles.ts';
import {
  afterLevelWord,
  afterNonGovernmentOrg,
  GROUP_MODIFIER_AFTER,
  GROUP_MODIFIER_LOOK,
  INTERNAL_UNIT_AFTER,
  GENERAL_OFFICE,
  GOVERNMENT_OFFICE_AFTER,
  GOVERNMENT_OFFICE_WHOLE,
  governmentOffice,
  internalUnit,
  LOCAL_OFFICE_PARENT,
  officeVerb,
  partyGroupOf,
  workingCommittee,
  PBOC_IN_SEGMENT,
  segmentBefore,
  sentenceEndsBetween,
  SESSION_AFTER,
  beforeNumberCode,
  inSectorWord,
  inGovernmentTerm,
  MEDIUM_AFTER,
  surfaceGuards,
  guarded,
  standsAlone,
  LANDMARK_AFTER,
  LEVEL_LIST_BEFORE,
} from './rules.ts';
import { spokenCountyNaming } from './own-county.ts';
import { firstPlaceNamed, fittedPlace, selfNamedTitlePlace, speakerPlace, titleIssuer, titlePlace } from './head.ts';
import { inheritList, jointOrgan } from './lists.ts';
import { listedPlaces } from './listed-places.ts';
import { distributedOrgans } from './distribute.ts';
import { asSpelled, canonicalSpelling, issuerSpelling, spelledName, type Spelled } from './spelled.ts';
import { CENTRAL, surfaces, type Reading } from './surfaces.ts';
import { partnerTowns, salutationTowns, TOWN_ORGAN, townOrgan, townOrganIn, townOrganNamed } from './towns.ts';
import { withPlaceAside, ZONE_COMMITTEE, zoneCommitteeName, zoneNameAt, zoneOrgans } from './zones.ts';

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

/** Organ names the issuer fallback accepts when the roster does not know an issuer (`重庆市科普工作联席会议办公室`). A
 *  command headquarters (`重庆市渝中区防汛指挥部`) is a coordinating body, a work group (a program), not an organ; its
 *  office is one. */
const ORGAN_SUFFIX = /(?:局|委|厅|(?<!指挥)部|署|办公室|办公厅|政府|委员会|管委会|办|院|行|总局|监管局)$/;

/** The distribution lines at a document's foot: `主送:` (addressees) and `抄送:` (copies), each its own line. */
const DISTRIBUTION_LABELS = ['主送', '抄送'] as const;

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000;
}

/** The list after a distribution label at `at` (`length` characters) when the label opens its line and a colon
 *  follows it, else null: a character walk, not a multiline RegExp over the whole text. */
function distributionLine(text: string, at: number, length: number): Span | null {
  let b = at;
  while (b > 0 && isBlank(text.charCodeAt(b - 1))) b--;
  if (b > 0 && text.charCodeAt(b - 1) !== 10) return null;
  let k = at + length;
  while (k < text.length && isBlank(text.charCodeAt(k))) k++;
  if (text[k] !== ':' && text[k] !== '：') return null;
  const nl = text.indexOf('\n', k);
  return { start: k + 1, end: nl < 0 ? text.length : nl };
}

/** A segment opened by 各 lists a group of bodies (`各区县政府、市级有关部门`) until its predicate begins: after one
 *  (`各地、各部门要认真贯彻落实党中央、国务院和省委`) a relative name is an organ of its own. */
const PREDICATE_AFTER_GE = /要|应当|必须|认真|贯彻|落实/;
/** Single characters the per-match rules compare with. */
const GE = '各'.charCodeAt(0);
const YUAN = '原'.charCodeAt(0);
/** The characters a list item follows (`、`, `和`, `及`): only a name right after one can close a list of levels. */
const LIST_JOINER_CODE = new Uint8Array(0x10000);
for (const ch of '、和及') LIST_JOINER_CODE[ch.charCodeAt(0)] = 1;
/** How far back a list of level words opened by 各 is looked for. */
const LEVEL_LIST_LOOK = 60;
const HUI = '会'.charCodeAt(0);
const BU = '部'.charCodeAt(0);
/** 门 after blanks: the rest of 部门 split by a line break. */
const SPLIT_MEN = /^\s+门/;
const WEI = '委'.charCodeAt(0);
const SHI = '市'.charCodeAt(0);

/** `X委会` is a democratic party's committee (`民盟市委会`) unless its 会 opens a verb of joint handling: `区住房城乡建委会同
 *  有关部门` is the commission acting with others. */
const CO_VERBS_AFTER_HUI = new Set([...'同商签办'].map((ch) => ch.charCodeAt(0)));
function coVerbAt(text: string, at: number): boolean {
  return CO_VERBS_AFTER_HUI.has(text.charCodeAt(at + 1));
}

/** What a relative issuer is relative to (`市人民政府办公室` → a city, `县教育局` → a county, `州政府办公室` → an
 *  autonomous prefecture), or null. */
function relativeScope(readings: Reading[]): 'city' | 'county' | 'prefecture' | null {
  for (const r of readings) {
    if (r.kind !== 'relative') continue;
    if (r.scope === 'city' || r.scope === 'county' || r.scope === 'prefecture') return r.scope;
  }
  return null;
}

/** Every reading of the match is an unprefixed bureau (`交通局`). */
function ownOnly(readings: Reading[]): boolean {
  for (const r of readings) if (r.kind !== 'relative' || r.scope !== 'own') return false;
  return true;
}

/** Shorter organ names without a place (`政府办`, `教育局`) name no one organ; a three-character 部 is a ministry
 *  (`能源部`, `商业部`). */
const MIN_AS_WRITTEN = 4;

/** The list comma between the zones that share one committee word. */
const DUN_CHAR = '、';

/** The longest aside in parentheses read between a zone and its committee. */
const ZONE_ASIDE_MAX = 12;

/** Where a zone's name ends before `at`: before a parenthesized aside that ends right there, else at `at`. */
function asideBefore(text: string, at: number): number {
  const close = text[at - 1];
  if (close !== ')' && close !== '）') return at;
  const open = Math.max(text.lastIndexOf('(', at - 2), text.lastIndexOf('（', at - 2));
  return open > 0 && at - 1 - open <= ZONE_ASIDE_MAX && !/[()（）]/.test(text.slice(open + 1, at - 1)) ? open : at;
}

/** Every government organ the text names, with canonical names, roles and evidence spans. */
export function findAgencies(text: string, ctx: ExtractContext): AgencyRef[] {
  const out = new AgencyCollector();
  let locale = baseLocale(ctx.jurisdiction, ctx.date, ctx.textCity);
  const home = locale.province?.name ?? null;
  const guards = surfaceGuards();

  // 1. The issuer, wherever the document names it (header, title prefix, signature) — even where the header is excluded.
  //    Signatures may be spaced out (`科 技 部`): scan the mention with whitespace removed, keep the surface as written.
  const issuerSpans: Span[] = [];
  const issuerFound: Array<{
    m: RawMatch;
    surfaceStart: number;
    surfaceEnd: number;
    unit: string | null;
    unitEnd: number;
  }> = [];
  const issuerPlaces: Place[] = [];
  const spelled: Spelled[] = [];
  for (const im of ctx.issuerMentions.length > 0 ? ctx.issuerMentions : titleIssuer(text, home)) {
    issuerSpans.push(im);
    const raw = text.slice(im.start, im.end);
    const map: number[] = [];
    let compact = '';
    for (let k = 0; k < raw.length; k++) {
      if (/\s/.test(raw[k]!)) continue;
      map.push(im.start + k);
      compact += raw[k];
    }
    // A city bureau's district branch written whole (`重庆市公安局铜梁区分局关于…`), the issuer the document chose: the
    // branch, standing in its district (the scan reads only the city's bureau in it).
    const branch = compact === ctx.issuerName ? branchParts(compact) : null;
    if (branch) {
      out.add(compact, 'district', 'issuer', mentionAt(text, im.start, im.end));
      issuerPlaces.push(...branchDistrict(branch));
      continue;
    }
    const ms = scan(compact, ANY_HOME);
    // A town's or sub-district's organ issuing (`重庆市渝北区人民政府翠云街道办事处2021年…年度报告`): that organ, of the
    // county written before it, elsewhere in the text (read there when the mention has no blanks) or the document's own.
    const town =
      compact === raw ? townOrganIn(text, im.start, im.end, locale.county) : townOrganNamed(compact, locale.county);
    if (town) {
      out.add(town.name, 'district', 'issuer', mentionAt(text, im.start, im.end));
      // Its county is the document's place, as for any issuer.
      for (const m of ms) for (const r of m.readings) if (r.kind === 'place') issuerPlaces.push(r.place);
      continue;
    }
    // A page's publisher field holding an organ type alone (`发布机构: 政府办公室`, `发布机构:政府办`): the document's
    // own government's, placed once the locale is known.
    const organType = ms.length === 0 ? organTypeWritten(compact) : null;
    if (organType) {
      const readings: Reading[] = [{ kind: 'relative', scope: 'own', dept: organType }];
      const m = { start: 0, end: compact.length, readings };
      issuerFound.push({ m, surfaceStart: map[0]!, surfaceEnd: map[compact.length - 1]! + 1, unit: null, unitEnd: 0 });
      continue;
    }
    // An organ named as written when the roster cannot place it (`宁陕县交通运输局`, a former ministry `能源部`).
    const longEnough = compact.length >= MIN_AS_WRITTEN || (compact.length === 3 && compact.endsWith('部'));
    if (ms.length === 0 && longEnough && compact.length <= 30 && ORGAN_SUFFIX.test(compact)) {
      out.add(canonicalSpelling(compact), null, 'issuer', mentionAt(text, im.start, im.end));
      // The document spells this organ its own way: its abbreviations below resolve to this spelling.
      const own = spelledName(compact);
      if (own) {
        spelled.push(own);
        issuerPlaces.push(own.place);
      }
      continue;
    }
    let unitTo = -1;
    for (const m of ms) {
      // Within a government's office written whole (`元谋县人民政府扶贫开发办公室`): part of that name.
      if (m.start < unitTo) continue;
      // `工业和信息化部办公厅`: the unit after a central body is the issuer (checked once resolved, below); a
      // government's own office (`…人民政府扶贫开发办公室`) too.
      const unit =
        // `中共安徽省交通运输厅党组`: the organ's Party group issues the document.
        (compact.startsWith(PARTY_GROUP_WORD, m.end) ? PARTY_GROUP_WORD : null) ??
        internalUnit(compact.slice(m.end), INTERNAL_UNIT_AFTER) ??
        // A government's name as written (`元谋县人民政府`, `县政府`): its own office may follow.
        (compact.startsWith('政府', m.end - 2)
          ? (GOVERNMENT_OFFICE_AFTER.exec(compact.slice(m.end))?.[1] ?? null)
          : null);
      if (unit) unitTo = m.end + unit.length;
      const unitEnd = unit ? map[m.end + unit.length - 1]! + 1 : 0;
      issuerFound.push({ m, surfaceStart: map[m.start]!, surfaceEnd: map[m.end - 1]! + 1, unit, unitEnd });
      for (const r of m.readings) if (r.kind === 'place') issuerPlaces.push(r.place);
    }
  }
  // No issuer named: the title still names the document's place (`铜梁区促进农民工就近就业三年行动实施方案`).
  // A roster entry named relative to another jurisdiction (Chongqing's `市政府办公厅` in a Guizhou city's page) names
  // no place here.
  const entryHere = (r: Reading): boolean =>
    r.kind === 'entry' && (!r.relativeTo || r.relativeTo === CENTRAL || r.relativeTo === ctx.jurisdiction);
  /** The place a document speaks as when no issuer names it (`结合秀山县实际`, `我县`), not one its title names (a list
   *  of towns may open it): a county of a municipality names its organs its own way. */
  let ownPlace: Place | null = null;
  if (issuerPlaces.length === 0 && !issuerFound.some((f) => f.m.readings.some(entryHere))) {
    // `结合官渡区实际`: the place the text fits its measures to is its own, before a place a cited title names.
    // `巫山县政府投资管理办法` … `结合本县实际`: the title's county, called by its level, is the text's own.
    ownPlace = fittedPlace(text) ?? selfNamedTitlePlace(text);
    const county = ownPlace ?? titlePlace(text);
    if (county) issuerPlaces.push(county);
    // `市人民政府办公室关于印发健康六盘水行动…`: a relative issuer stands for the first city (or county) the text names.
    else if (issuerFound.length > 0) {
      const scope = relativeScope(issuerFound[0]!.m.readings);
      const place = scope ? firstPlaceNamed(text, scope) : null;
      if (place) issuerPlaces.push(place);
    }
  }
  // `市人民政府办公厅关于…` under `筑府办函〔2020〕78号`: the issuer chosen from the number's code names the place.
  if (issuerPlaces.length === 0 && ctx.issuerName) {
    for (const m of scan(ctx.issuerName, ANY_HOME))
      for (const r of m.readings) if (r.kind === 'place') issuerPlaces.push(r.place);
  }
  // Nothing named the issuer or its place: a text speaking as a county's body (`区委、区政府`) names its county.
  if (issuerPlaces.length === 0 && issuerFound.length === 0) {
    const county = speakerPlace(text, home);
    if (county) {
      issuerPlaces.push(county);
      ownPlace = county;
    }
  }
  locale = refineLocale(locale, issuerPlaces);
  // `州政府办公室` where the text's province has no such prefecture (a municipality it only mentions): the autonomous
  // prefecture the text names is the issuer's, with its province.
  const prefecture = issuerPlaces.find(isPrefecture);
  if (prefecture && !(locale.city && isPrefecture(locale.city))) {
    locale = { ...locale, province: prefecture.parent, city: prefecture, county: null };
  }
  for (const { m, surfaceStart, surfaceEnd, unit, unitEnd } of issuerFound) {
    const res = firstResolved(m.readings, locale, null, false);
    if (!res) continue;
    // A central body's document names other central bodies by their central short forms (`发展改革委`).
    if (res.level === 'central' && !locale.province) locale = { ...locale, central: true };
    const own = issuerSpelling(text.slice(surfaceStart, surfaceEnd), res);
    if (own) spelled.push(own);
    if (unit === PARTY_GROUP_WORD)
      out.add(partyGroupOf(res.name), res.level, 'issuer', mentionAt(text, partyStart(text, surfaceStart), unitEnd));
    else if (unit && res.level === 'central' && !unit.endsWith('处'))
      out.add(res.name + unit, 'central', 'issuer', mentionAt(text, surfaceStart, unitEnd));
    // A local commission's or bureau's general office issues in its own name (`重庆市农业委员会办公室关于…`); a
    // government's office is an organ type of its own (人民政府办公室), read whole above.
    else if (unit && GENERAL_OFFICE.test(unit) && LOCAL_OFFICE_PARENT.test(res.name))
      out.add(res.name + unit, res.level, 'issuer', mentionAt(text, surfaceStart, unitEnd));
    else if (unit && governmentOffice(res.name, unit, GOVERNMENT_OFFICE_WHOLE))
      out.add(res.name + unit, res.level, 'issuer', mentionAt(text, surfaceStart, unitEnd));
    else out.add(asSpelled(res, spelled) ?? res.name, res.level, 'issuer', mentionAt(text, surfaceStart, surfaceEnd));
  }

  // 2. Every other mention, left to right.
  const inExcluded = spanChecker(ctx.excluded);
  const inIssuer = spanChecker(issuerSpans);
  const coHandling = coHandlingCues(text);
  // The header field test runs per match; a document without the field name skips it (most do).
  const hasCoHandlerField = coHandling.length > 0 && text.includes('协办单位');
  let nearbyCity: Place | null = null;
  let nearbyCityEnd = -1;
  let nearbyDistrict: Place | null = null;
  let nearbyDistrictEnd = -1;
  const { cityNameFinals } = surfaces();
  let inheritedUntil = -1;
  /** Spans of the names found by the scan: a zone or town organ inside one is that name (`两江新区管委会` in the roster). */
  const named: Span[] = [];
  // The issuer's province, once known, is where two-character counties stand alone.
  const bodyHome = locale.province?.name ?? home;
  for (const m of scan(text, bodyHome, 0, text.length, true)) {
    if (m.start < inheritedUntil) continue;
    if (inIssuer(m.start, m.end)) continue;
    // A header 协办单位 field names co-handlers even though the header block is otherwise excluded.
    const coHandlerField = hasCoHandlerField && inCoHandlerField(text, m.start);
    if (!coHandlerField && inExcluded(m.start, m.end) && !inSourceField(text, m.start, m.end)) continue;
    // Neighbouring characters are compared by code: `text[i]` would make a one-character string per match.
    const before = text.charCodeAt(m.start - 1);
    if (before === GE) continue;
    if (afterNonGovernmentOrg(text, m.start)) continue;
    if (text.charCodeAt(m.end) === HUI && text.charCodeAt(m.end - 1) === WEI && !coVerbAt(text, m.end)) continue;
    if (beforeNumberCode(text, m.end) || inSectorWord(text, m.end) || inGovernmentTerm(text, m.end)) continue;
    if (guards.size > 0 && guarded(guards, text, m.start, m.end)) continue;
    if (officeVerb(text, m.end)) continue;
    // `公安部 门`: a PDF's line break split 部门 (a field's departments), no ministry is named.
    if (text.charCodeAt(m.end - 1) === BU && SPLIT_MEN.test(text.slice(m.end, m.end + 3))) continue;
    const after = text.slice(m.end, m.end + GROUP_MODIFIER_LOOK);
    if (GROUP_MODIFIER_AFTER.test(after) || SESSION_AFTER.test(after) || MEDIUM_AFTER.test(after)) continue;
    if (LIST_JOINER_CODE[before] === 1 && LEVEL_LIST_BEFORE.test(segmentBefore(text, m.start, LEVEL_LIST_LOOK)))
      continue;

    // The enumeration segment before the name matters only for relative names and bare branch names.
    const relative = isRelative(m.readings);
    const needsSegment = relative || hasImplicitBranch(m.readings);
    const segment = needsSegment ? segmentBefore(text, m.start) : '';
    if (relative && ((/^\s*各/.test(segment) && !PREDICATE_AFTER_GE.test(segment)) || afterLevelWord(before))) continue;
    // `吐鲁番市财政、农业农村局`: a list that names a city is that city's, not the document's own county's.
    if (
      relative &&
      ownOnly(m.readings) &&
      (!standsAlone(text, m.start) || segment.includes('市') || LANDMARK_AFTER.test(after))
    )
      continue;
    // `杭州市科技局`: 市 closes a city name the gazetteer lacks, so the bureau is that city's, not the locale's.
    if (relative && text.charCodeAt(m.start) === SHI && cityNameFinals.has(text[m.start - 1] ?? '')) continue;
    if (nearbyCity && sentenceEndsBetween(text, nearbyCityEnd, m.start)) nearbyCity = null;
    if (nearbyDistrict && sentenceEndsBetween(text, nearbyDistrictEnd, m.start)) nearbyDistrict = null;

    // A document of a city (no county of its own) names a district's body, then its other bodies relative to it
    // (`番禺区政府组织区公安分局`): within the sentence, 区/县 is that district.
    const near = nearbyDistrict && !locale.county ? { ...locale, county: nearbyDistrict } : locale;
    // `原国家科委`: a body named as the former one is named as it was then, not by its successor on the document's date.
    const here = before === YUAN && near.date ? { ...near, date: null } : near;
    const res = firstResolved(m.readings, here, nearbyCity, PBOC_IN_SEGMENT.test(segment));
    if (!res) continue;
    if (res.place && res.place.level === 'municipal') {
      nearbyCity = res.place;
      nearbyCityEnd = m.end;
    }
    if (res.place && res.place.level === 'district' && !relative) {
      nearbyDistrict = res.place;
      nearbyDistrictEnd = m.end;
    }

    let name = asSpelled(res, spelled) ?? res.name;
    let level: Level | null = res.level;
    let end = m.end;
    const unitName = internalUnit(after, INTERNAL_UNIT_AFTER);
    const committee = unitName ? null : workingCommittee(res.name, after);
    if (committee) {
      name = res.name + committee;
      end = m.end + committee.length;
    }
    const office = unitName ? null : governmentOffice(res.name, after, GOVERNMENT_OFFICE_AFTER);
    if (office) {
      name = res.name + office;
      end = m.end + office.length;
    }
    if (unitName) {
      // A bureau's 处 is internal (and the bureau its modifier); a central body's 司/办公厅 is an agency of its own.
      if (unitName.endsWith('处')) continue;
      // A provincial commission written in full has bureaus of its own too (`甘肃省卫生和计划生育委员会综合监督局`).
      // A local bureau's branch in a zone or area written in full (`金华市生态环境局金华经济技术开发区分局`) is the branch.
      if (
        res.level === 'central' ||
        (res.level === 'provincial' && unitName.endsWith('局') && text.startsWith('委员会', m.end - 3)) ||
        // A zone's committee runs bureaus of its own (`长白山管委会财政局`).
        (unitName.endsWith('局') &&
          res.name.endsWith('管理委员会') &&
          /管(?:委会|理委员会)$/.test(text.slice(m.start, m.end))) ||
        (unitName.endsWith('分局') && res.name.endsWith('局'))
      ) {
        name = res.name + unitName;
        end = m.end + unitName.length;
        level = res.level;
      }
    }

    out.add(name, level, roleOf(text, ctx, coHandling, m.start, end, coHandlerField), mentionAt(text, m.start, end));
    named.push({ start: m.start, end });
    const joint = jointOrgan(text, m, locale, nearbyCity, bodyHome);
    if (joint) {
      out.add(
        joint.name,
        joint.level,
        roleOf(text, ctx, coHandling, m.end, joint.end, coHandlerField),
        mentionAt(text, m.end, joint.end),
      );
      named.push({ start: m.end, end: joint.end });
    }

    if (res.builtOn && end === m.end) {
      for (const d of distributedOrgans(text, m, res.builtOn, locale, nearbyCity, bodyHome)) {
        if (inExcluded(d.start, d.end) || inIssuer(d.start, d.end)) continue;
        out.add(
          d.name,
          d.level,
          roleOf(text, ctx, coHandling, d.start, d.end, coHandlerField),
          mentionAt(text, d.start, d.end),
        );
      }
      inheritedUntil = inheritList(text, end, res.builtOn, res.name.startsWith('中共'), (n, l, s, e) =>
        out.add(n, l, roleOf(text, ctx, coHandling, s, e, coHandlerField), mentionAt(text, s, e)),
      );
    }
  }

  const inNamed = spanChecker(named);
  // 3. Zone administrative committees (`重庆两江新区管委会`), where no roster name covers them.
  if (text.includes('管委会') || text.includes('管理委员会')) {
    const zones: Array<{ written: string; name: string }> = [];
    for (const z of text.matchAll(ZONE_COMMITTEE)) {
      const at = z.index!;
      // `五台工业园区(湖北工业园)管委会`: a second name in parentheses between the zone and its committee.
      const nameEnd = asideBefore(text, at);
      const found = zoneNameAt(text, nameEnd, locale.county);
      if (!found) continue;
      const zone = withPlaceAside(text, found);
      const start = zone.start;
      const end = at + z[0].length;
      if (inExcluded(start, end) || inIssuer(start, end) || inNamed(start, end) || text.charCodeAt(start - 1) === GE)
        continue;
      if (GROUP_MODIFIER_AFTER.test(text.slice(end, end + GROUP_MODIFIER_LOOK))) continue;
      const name = zoneCommitteeName(text, zone, nameEnd, locale.county, zones, locale.city);
      if (!name) continue;
      zones.push({ written: text.slice(start, nameEnd), name });
      const role = roleOf(text, ctx, coHandling, start, end, false);
      out.add(name, 'district', role, mentionAt(text, start, end));
      // `长春新区、中韩(长春)国际合作示范区管委会`: the zones listed before share the committee word, each its own committee.
      for (let itemEnd = start; text[itemEnd - 1] === DUN_CHAR; ) {
        const prevEnd = itemEnd - 1;
        const prevFound = zoneNameAt(text, prevEnd, locale.county);
        const prev = prevFound && withPlaceAside(text, prevFound);
        if (!prev || prev.start === prev.wordStart || inExcluded(prev.start, prevEnd) || inNamed(prev.start, prevEnd))
          break;
        // The roster's name for the committee so written (`大亚湾开发区管委会`), else the zone's composed one.
        const listed = scan(`${text.slice(prev.start, prevEnd)}管委会`, ANY_HOME).find((x) => x.start === 0);
        const rostered = listed ? firstResolved(listed.readings, locale, null, false) : null;
        const prevName =
          rostered?.name.endsWith('管理委员会') === true
            ? rostered.name
            : zoneCommitteeName(text, prev, prevEnd, locale.county, zones, locale.city);
        if (!prevName) break;
        zones.push({ written: text.slice(prev.start, prevEnd), name: prevName });
        out.add(prevName, 'district', role, mentionAt(text, prev.start, prevEnd));
        itemEnd = prev.start;
      }
    }
  }

  // 3b. A zone's other organs written in full after its name (`兰州新区卫生计生和食品药品监督管理局`).
  for (const z of zoneOrgans(text, locale.county)) {
    if (
      inExcluded(z.start, z.end) ||
      inIssuer(z.start, z.end) ||
      inNamed(z.start, z.end) ||
      text.charCodeAt(z.start - 1) === GE
    )
      continue;
    out.add(z.name, 'district', roleOf(text, ctx, coHandling, z.start, z.end, false), mentionAt(text, z.start, z.end));
  }

  // 4. Town and township governments and sub-district offices named by the town (`旧县镇人民政府`).
  if (text.includes('政府') || text.includes('办事处')) {
    for (const t of text.matchAll(TOWN_ORGAN)) {
      const town = townOrgan(text, t.index!, t[0], locale.county);
      if (!town || inExcluded(town.start, town.end) || inIssuer(town.start, town.end) || inNamed(town.start, town.end))
        continue;
      if (GROUP_MODIFIER_AFTER.test(text.slice(town.end, town.end + GROUP_MODIFIER_LOOK))) continue;
      out.add(
        town.name,
        'district',
        roleOf(text, ctx, coHandling, town.start, town.end, false),
        mentionAt(text, town.start, town.end),
      );
    }
  }
  // 5. Towns and sub-districts named alone where only recipients are listed: the salutation (`双龙湖街道、木耳镇:`)
  //    and the distribution lines at the foot (`主送:`, addressees; `抄送:`, copies).
  const lists: Array<{ start: number; end: number; role: Role }> = [];
  if (ctx.salutation) lists.push({ ...ctx.salutation, role: 'addressee' });
  for (const label of DISTRIBUTION_LABELS) {
    for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + label.length)) {
      const line = distributionLine(text, at, label.length);
      if (line) lists.push({ ...line, role: label === '主送' ? 'addressee' : 'mentioned' });
    }
  }
  for (const list of lists) {
    for (const town of salutationTowns(text, list.start, list.end, locale.county)) {
      if (inIssuer(town.start, town.end) || inNamed(town.start, town.end)) continue;
      out.add(town.name, 'district', list.role, mentionAt(text, town.start, town.end));
    }
    // A place named alone among the recipients is its government.
    for (const place of listedPlaces(text, list.start, list.end)) {
      if (inIssuer(place.start, place.end)) continue;
      out.add(place.name, 'district', list.role, mentionAt(text, place.start, place.end));
    }
  }
  // 6. A town named alone as the partner of handling (`经与中峰镇共同研究`).
  if (coHandling.length > 0 || text.includes('会同') || text.includes('经与')) {
    for (const town of partnerTowns(text, locale.county)) {
      if (inExcluded(town.start, town.end) || inIssuer(town.start, town.end) || inNamed(town.start, town.end)) continue;
      out.add(
        town.name,
        'district',
        roleOf(text, ctx, coHandling, town.start, town.end, false),
        mentionAt(text, town.start, town.end),
      );
    }
  }
  const result = out.result();
  const naming = ownPlace && !ctx.issuerName ? spokenCountyNaming(ownPlace) : null;
  if (naming) for (const a of result) a.name = naming(a.name);
  return result;
}

/** What follows an organ's name in its Party group's (`…厅党组`). */
const PARTY_GROUP_WORD = '党组';

/** Where a Party group's name starts: at 中共 right before the organ's name, when written. */
function partyStart(text: string, organStart: number): number {
  return text.startsWith('中共', organStart - 2) ? organStart - 2 : organStart;
}
