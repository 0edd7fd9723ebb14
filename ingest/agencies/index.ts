// ingest/agencies/index.ts — the agency stage's public API: find the agencies a text names, resolve one written
// name to its canonical form, and the roster facts the graph needs.
//
// The stage, one idea per file:
//   roster.ts    the roster data file and its one loader (also used by graph/resolve.ts)
//   places.ts    the gazetteer of places agency names are composed on (ingest/data/divisions.json)
//   surfaces.ts  every written form compiled into tries (ingest/lexicon.ts)
//   compose.ts   longest-match scan: roster names and [prefix] + place + organ compositions
//   resolve.ts   locale (what 市/区/省 mean), names in force on the date, composed canonical names
//   rules.ts     where a name counts (group modifiers, session labels, internal units, democratic parties)
//   roles.ts     issuer / addressee / co-handler / mentioned
//   lists.ts     names that borrow the place of the name before them (`科技局、财政局`, `纪委监委`)
//   head.ts      the issuer or place a title line names when no header does; what a relative issuer stands for
//   zones.ts     development-zone management committees
//   towns.ts     town and township governments, sub-district offices (also named alone in recipient lists)
//   spelled.ts   the document's own spelling of an organ's full name, which its abbreviations resolve to
//   own-county.ts how a county of a municipality names its own organs
//   find.ts      the stage itself

import { ANY_HOME, scan } from './compose.ts';
import { branchDistrict, branchParts, districtBureauOf } from './branch-name.ts';
import { agencyInfo } from './roster.ts';
import { baseLocale, firstResolved, type Locale, refineLocale } from './resolve.ts';
import type { Place } from './places.ts';
import { issuerSpelling } from './spelled.ts';
import { longestAt } from '../lexicon.ts';
import { surfaces } from './surfaces.ts';
import type { TextCity } from './head.ts';
import {
  GOVERNMENT_OFFICE_WHOLE,
  governmentOffice,
  INTERNAL_UNIT_WHOLE,
  internalUnit,
  partyGroupOf,
  PARTY_GROUP,
  PBOC_IN_SEGMENT,
} from './rules.ts';

export { findAgencies } from './find.ts';
export { ownCountyNaming } from './own-county.ts';
export { firstPlaceNamed, lazyTextCity, type TextCity } from './head.ts';
export { governmentOfCitedCode, governmentOfCode } from './government-code.ts';
export { namesTownAlone, townOrganNamed, townOrganOfPlace } from './towns.ts';
export { canonicalSpelling } from './spelled.ts';
export { zoneCommitteeOfPlace } from './zones.ts';
export { organTypeWritten } from './compose.ts';
export { agencyInfo, loadRoster, type FormerName, type Level, type RosterEntryJson } from './roster.ts';

/** The state's name before a central body's (`中华人民共和国民政部`). */
const STATE_NAME = '中华人民共和国';

/** Canonical name of an agency written as `surface` (whitespace ignored), or null when the roster and rules don't know it. */
export function resolveAgencyName(
  surface: string,
  ctx: { jurisdiction: string | null; date: string | null; issuer?: string | null; textCity?: TextCity },
): string | null {
  const s = surface.replace(/\s+/g, '');
  if (!s) return null;
  // `中共安徽省交通运输厅党组`: the Party group of a state organ, an organ of its own that issues under the organ's code.
  const group = PARTY_GROUP.exec(s);
  if (group) {
    const organ = resolveAgencyName(group[1]!, ctx);
    return organ && !organ.startsWith('中共') ? partyGroupOf(organ) : null;
  }
  // `中华人民共和国民政部`, `中华人民共和国海关总署`: a central body written with the state's name is that body.
  if (s.startsWith(STATE_NAME) && s.length > STATE_NAME.length + 1) {
    const bare = resolveAgencyName(s.slice(STATE_NAME.length), ctx);
    if (bare && agencyInfo(bare)?.level === 'central') return bare;
  }
  // `重庆市公安局铜梁区分局`, the canonical name of a district's bureau that is a branch of its city's: the district's
  // bureau (`重庆市铜梁区公安局`) resolves to it.
  const branch = branchParts(s);
  if (branch && resolveAgencyName(districtBureauOf(branch), ctx) === s) return s;
  let locale: Locale = baseLocale(ctx.jurisdiction, ctx.date, ctx.textCity);
  // The document's issuer tells what a relative name stands for (`市委` in 济宁市人民政府's text is 济宁's), as the
  // agency stage reads it from the issuer it finds.
  if (ctx.issuer) locale = refineLocale(locale, placesOf(ctx.issuer));
  const matches = scan(s, ANY_HOME);
  // A whole name is no sentence: a two-character county in it (`眉县财政局`) is the county.
  // The whole surface must be agency names end to end: one name, or joint issuers written side by side
  // (`丰都县科学技术局 丰都县财政局`), of which the first leads.
  let pos = 0;
  for (const m of matches) {
    if (m.start !== pos) return null;
    pos = m.end;
  }
  if (matches.length === 0) return null;
  const first = firstResolved(matches[0]!.readings, locale, null, PBOC_IN_SEGMENT.test(s));
  // `元谋县人民政府扶贫开发办公室`: a government followed by nothing but its own office (which may scan as an organ type).
  const office = first ? governmentOffice(first.name, s.slice(matches[0]!.end), GOVERNMENT_OFFICE_WHOLE) : null;
  if (office) return first!.name + office;
  // A whole name spelled with its own connectives (`盐池县教育体育局` for the data's 教育和体育局) is that organ's
  // name as the document writes it — the same rule the agency stage applies to the issuer's mentions.
  if (pos === s.length)
    return first && matches.length === 1 ? (issuerSpelling(s, first)?.name ?? first.name) : (first?.name ?? null);
  // `工业和信息化部办公厅`, `工业和信息化部中小企业局`: a central body followed by nothing but its internal unit.
  if (matches.length === 1 && first?.level === 'central') {
    const unit = internalUnit(s.slice(matches[0]!.end), INTERNAL_UNIT_WHOLE);
    if (unit && !unit.endsWith('处')) return first.name + unit;
  }
  return null;
}

/** Whether `name` is, whole, a development zone the gazetteer lists (`重庆两江新区`): it has a committee, no people's
 *  government (`浦东新区` and `黄石港区` are districts). */
export function isZoneName(name: string): boolean {
  const hit = longestAt(surfaces().places, name, 0);
  return hit !== null && hit.end === name.length && hit.values.every((v) => v.place.zone === true);
}

/** The gazetteer's place written at `i` (longest form): where it ends, and its province when the form names one place
 *  in full (`印江土家族苗族自治县`; a short form such as `印江` names it too, but short forms collide with words), or null.
 *  The jurisdiction count reads places with it, so a place's short form is never read as another's (`印江西桃` holds no
 *  `江西`). */
export function gazetteerPlaceAt(text: string, i: number): { end: number; province: string | null } | null {
  const hit = longestAt(surfaces().places, text, i);
  if (!hit) return null;
  let province: string | null = null;
  for (const v of hit.values) {
    if (v.homeOnly || v.base) return { end: hit.end, province: null };
    if (province !== null && province !== v.place.province) return { end: hit.end, province: null };
    province = v.place.province;
  }
  return { end: hit.end, province };
}

/** The places an agency's canonical name is built on (济宁市人民政府 → 济宁市); the last name asked is kept, as one
 *  document asks for its issuer's places many times. */
let lastPlaces: { name: string; places: Place[] } | null = null;

function placesOf(name: string): Place[] {
  if (lastPlaces?.name === name) return lastPlaces.places;
  const places: Place[] = [];
  for (const m of scan(name, ANY_HOME)) for (const r of m.readings) if (r.kind === 'place') places.push(r.place);
  // A municipal bureau's district branch (`重庆市公安局铜梁区分局`) stands in its district, which the scan reads as part of
  // the branch's name, not as a place: the district is read apart, and comes first.
  const branch = branchParts(name);
  if (branch) places.unshift(...branchDistrict(branch));
  lastPlaces = { name, places };
  return places;
}
