// ingest/agencies/text-place.ts — the place a document names first. A city's or county's page may print its issuer
// relative to itself (`市人民政府办公室关于印发健康六盘水行动推进方案的通知`, `来自:襄阳市政府门户网站`): the first
// prefecture-level city (or county) the text names is the place `市` (or `县`) stands for.

import type { Trie } from '../lexicon.ts';
import type { Place } from './places.ts';
import { surfaces, type PlaceSurface } from './surfaces.ts';

/** How far into the text the place is looked for: the header and the opening paragraph. */
const LOOK = 1500;

/** The first place of the wanted kind the text names (`六盘水市`, `平江县`), or null. A city is a prefecture-level city
 *  of a province; a county a county-level place whose name ends in 县. */
export function firstPlaceNamed(text: string, want: 'city' | 'county'): Place | null {
  const root: Trie<PlaceSurface> = surfaces().places;
  const to = Math.min(text.length, LOOK);
  for (let i = 0; i < to; i++) {
    let node: Trie<PlaceSurface> | undefined = root;
    let found: PlaceSurface[] | null = null;
    for (let j = i; j < to; j++) {
      node = node.next.get(text.charCodeAt(j));
      if (!node) break;
      if (node.values) found = node.values;
    }
    if (!found) continue;
    for (const s of found) {
      const p = s.place;
      if (s.homeOnly) continue;
      if (want === 'city' && p.level === 'municipal' && p.parent !== null && p.provinceKind === 'province') return p;
      if (want === 'county' && p.level === 'district' && p.name.endsWith('县')) return p;
    }
  }
  return null;
}
