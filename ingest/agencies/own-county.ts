// ingest/agencies/own-county.ts — how a county of a municipality names its own organs. A municipality's counties carry
// the municipality in canonical names (`重庆市巫溪县交通运输委员会`, the form the municipality's documents use), but a
// county's own documents name the county's organs without it (`巫溪县交通运输委员会`, `巫溪县财政局`): the annotated
// replies and notices of Chongqing counties do so throughout. Districts keep the municipality either way
// (`重庆市巴南区…` in 巴南区's own replies).

import { longestAt } from '../lexicon.ts';
import { surfaces } from './surfaces.ts';
import { isMunicipalityCounty, type Place } from './places.ts';

/** Words some bodies' names open with before their place (CPPCC committees, Party committees). */
const OPENING_WORDS = ['政协', '中共'];

/** A renaming of agency names for a document its county issues (the county's organs without the municipality), or null
 *  when the issuer is no county of a municipality. The county is read from the head of the issuer's canonical name
 *  (the county's organ `重庆市巫溪县交通运输委员会`, or its town's `巫溪县土城镇人民政府`, already named the county's way). */
export function ownCountyNaming(issuer: string | null): ((name: string) => string) | null {
  if (!issuer) return null;
  const named = issuer.slice(OPENING_WORDS.find((w) => issuer.startsWith(w))?.length ?? 0);
  const county = longestAt(surfaces().places, named, 0)?.values.find((v) => isMunicipalityCounty(v.place))?.place;
  if (!county || !(named.startsWith(county.canonicalPrefix) || named.startsWith(county.name))) return null;
  return countyNaming(county);
}

/** The same renaming for a document that speaks as the county's body without naming its issuer (`我县`, `县政府`), or
 *  null when the place is no county of a municipality. */
export function spokenCountyNaming(place: Place): ((name: string) => string) | null {
  return isMunicipalityCounty(place) ? countyNaming(place) : null;
}

function countyNaming(county: Place): (name: string) => string {
  const full = county.canonicalPrefix;
  const cut = full.length - county.name.length;
  return (name) => {
    // `政协重庆市城口县委员会…`, `中共重庆市城口县委…`: the body's name opens with 政协/中共 before the place.
    const lead = OPENING_WORDS.find((w) => name.startsWith(w + full)) ?? '';
    const rest = name.slice(lead.length);
    return rest.startsWith(full) && rest.length > full.length ? lead + rest.slice(cut) : name;
  };
}
