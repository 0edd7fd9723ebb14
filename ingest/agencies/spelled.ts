// ingest/agencies/spelled.ts — a document's own spelling of an organ's full name (its issuer line, title or signature:
// `盐池县教育体育局`) is that organ's name in the document: its abbreviations there (`县教体局`, `盐池县教体局`)
// resolve to that spelling, not to the data's usual full form of the organ type (`教育和体育局`).

import { longestAt } from '../lexicon.ts';
import type { Place } from './places.ts';
import type { Resolved } from './resolve.ts';
import { surfaces } from './surfaces.ts';
import { townOrganNamed } from './towns.ts';
import { COMMITTEE, SHORT_COMMITTEE } from './zones.ts';

/** A full name as the document spells it: the place it opens with and the organ words after it. */
export interface Spelled {
  place: Place;
  organ: string;
  name: string;
}

/** The spelling `name` (whitespace removed) when it opens with a place and an organ follows, else null. */
export function spelledName(name: string): Spelled | null {
  const hit = longestAt(surfaces().places, name, 0);
  if (!hit || name.length - hit.end < 2) return null;
  const v = hit.values.find((p) => !p.base && !p.homeOnly) ?? hit.values[0]!;
  return { place: v.place, organ: name.slice(hit.end), name };
}

/** A spelled name with its place written canonically (`屏边县农业农村和科学技术局` → `屏边苗族自治县农业农村和科学技术局`,
 *  `南票区文化旅游和广播电视局` → `葫芦岛市南票区文化旅游和广播电视局`): the organ words as the document spells them,
 *  the place as the gazetteer names it, when the place is one place. */
export function canonicalSpelling(written: string): string {
  // A committee's short word is the committee (`郑州高新技术产业开发区管委会` → `…管理委员会`).
  const name = written.endsWith(SHORT_COMMITTEE) ? written.slice(0, -SHORT_COMMITTEE.length) + COMMITTEE : written;
  // A town's or sub-district's organ takes its canonical form (`…区东城街道办事处` → `…区人民政府东城街道办事处`).
  const town = townOrganNamed(name, null);
  if (town) return town.name;
  const hit = longestAt(surfaces().places, name, 0);
  if (!hit || name.length - hit.end < 2) return name;
  const places = new Set(hit.values.filter((p) => !p.base && !p.homeOnly).map((p) => p.place));
  if (places.size !== 1) return name;
  const [place] = places;
  return place!.canonicalPrefix + name.slice(hit.end);
}

/** Characters a spelling may drop from a name without abbreviating it: the connectives of coordinated organ words. */
const CONNECTIVES = '和与及暨、';

/** Whether `a` is `b` with connectives added (`教育和体育局` / `教育体育局`): greedy, as connectives never repeat
 *  the next content character. */
function withConnectives(a: string, b: string): boolean {
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (k < b.length && a[i] === b[k]) k++;
    else if (!CONNECTIVES.includes(a[i]!)) return false;
  }
  return k === b.length;
}

/** Two spellings of one organ type: one is the other with connectives dropped (`教育体育局` / `教育和体育局`,
 *  `人力资源社会保障局`); an abbreviation (`市场监管局`, `教体局`) drops content and is no spelling. */
function sameOrgan(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 2) return false;
  return a.length > b.length ? withConnectives(a, b) : withConnectives(b, a);
}

/** The document's spelling of the organ `res` composes, or null: the same place and the same organ type written
 *  another way. Only plain `<place><organ>` names (no Party, CPPCC or central-body prefix) are respelled. */
export function asSpelled(res: Resolved, spelled: readonly Spelled[]): string | null {
  if (spelled.length === 0 || !res.builtOn || !res.organ) return null;
  if (res.name !== res.builtOn.canonicalPrefix + res.organ) return null;
  for (const s of spelled) {
    if (s.place.canonicalPrefix === res.builtOn.canonicalPrefix && sameOrgan(s.organ, res.organ))
      return s.place.canonicalPrefix + s.organ;
  }
  return null;
}

/** The spelling of a recognized issuer when it writes its organ type another way than the data's full form
 *  (`盐池县教育体育局` read as 教育和体育局 through a variant), else null. Abbreviations (`教体局`) are no spelling. */
export function issuerSpelling(written: string, res: Resolved): Spelled | null {
  if (!res.builtOn || !res.organ || res.name !== res.builtOn.canonicalPrefix + res.organ) return null;
  const own = spelledName(written.replace(/\s+/g, ''));
  if (!own || own.organ === res.organ || !sameOrgan(own.organ, res.organ)) return null;
  // The organ as the document spells it, on the place as the gazetteer names it (`文山州教育体育局` →
  // 文山壮族苗族自治州教育体育局).
  return { place: res.builtOn, organ: own.organ, name: res.builtOn.canonicalPrefix + own.organ };
}
