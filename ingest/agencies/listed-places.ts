// ingest/agencies/listed-places.ts — a place named alone among the recipients of a document (`伊犁哈萨克自治州,各州、
// 市、县(市)人民政府:`, `主送:万州区、黔江区`): a document is sent to organs, so the place stands for its government.

import type { Span } from '../model.ts';
import { longestAt } from '../lexicon.ts';
import { surfaces } from './surfaces.ts';
import { ITEM_SEPARATOR } from './towns.ts';

export interface ListedPlace extends Span {
  /** The government's canonical name (`伊犁哈萨克自治州人民政府`). */
  name: string;
}

/** Places whose organ of government is a 人民政府 (not 新疆生产建设兵团). */
const GOVERNED = /[省市区县州旗盟]$/;
const DUN = '、';

/** The items of text[from, to) that are a place's full name and nothing else, as their governments. Items joined by
 *  、 share what the last of them ends with (`涪陵区、合川区、垫江县农委`: each district's 农委): a run whose last item
 *  is no bare place names no governments. */
export function listedPlaces(text: string, from: number, to: number): ListedPlace[] {
  const { places } = surfaces();
  const out: ListedPlace[] = [];
  let run: ListedPlace[] = [];
  let a = from;
  for (let k = from; k <= to; k++) {
    if (k < to && !ITEM_SEPARATOR.test(text[k]!)) continue;
    const hit = k > a ? longestAt(places, text, a, k) : null;
    // A full name (not a short base like `宜宾`), ending where the item ends.
    const place = hit?.end === k ? hit.values.find((v) => !v.base && !v.homeOnly)?.place : undefined;
    if (place && GOVERNED.test(place.name)) run.push({ start: a, end: k, name: place.canonicalPrefix + '人民政府' });
    else run = [];
    if (k === to || text[k] !== DUN) {
      out.push(...run);
      run = [];
    }
    a = k + 1;
  }
  return out;
}
