// ingest/agencies/compose.ts — finding agency surfaces in text: a roster name, or a name composed of
// [prefix] + place + organ type/unit (`中共` + `重庆市铜梁区` + `委员会`), longest match left to right.

import type { Trie } from '../lexicon.ts';
import { organLevel } from './places.ts';
import type { DepartmentJson } from './roster.ts';
import {
  surfaces,
  type Compiled,
  type DeptSurface,
  type PlacePrefix,
  type PlaceSurface,
  type Reading,
} from './surfaces.ts';

/** `home` value under which every place may stand alone: a whole issuer name (`眉县人民政府`) is no sentence, so a
 *  two-character county in it is no word of one. */
export const ANY_HOME = '*';

export interface RawMatch {
  start: number;
  end: number;
  readings: Reading[];
}

/** Whether a department form may follow a place under a prefix: Party bodies only after `中共` or a full place name
 *  (`铜梁区委`, never `成都委`); a CPPCC committee as `<place>政协` or `政协<place>委员会`. */
function deptFits(
  mode: PlacePrefix['mode'],
  p: PlaceSurface,
  d: DeptSurface & { branch: null },
  written: string,
): boolean {
  const dept = d.dept;
  if (dept.levels && !dept.levels.includes(organLevel(p.place))) return false;
  if (dept.cppcc) return mode === 'cppcc' ? written === dept.full && !p.base : mode === 'any' && written !== dept.full;
  if (mode === 'cppcc') return false;
  if (dept.party) return !p.base && (mode === 'party' || mode === 'any');
  return mode === 'any';
}

/** Readings of [prefix] + place + department, or none when the combination names nothing (`成都委`, `中共南川支行`). */
function composeReadings(
  text: string,
  pre: PlacePrefix,
  placeStart: number,
  placeEnd: number,
  deptEnd: number,
  places: PlaceSurface[],
  depts: DeptSurface[],
  home: string | null,
): Reading[] {
  const found: Reading[] = [];
  const mode = pre.mode;
  for (const p of places) {
    // `和县财政局` names the county only in its own province; elsewhere 和 is the conjunction (`民政局和县财政局`).
    if (p.homeOnly && home !== ANY_HOME && p.place.province !== home) continue;
    for (const d of depts) {
      if (d.dept === null) {
        // after the body's own prefix: any place; a short form: a province-level place written without 省/市;
        // an implied body: a local place as written locally.
        const ok =
          d.form === 'after'
            ? mode === 'network' && pre.net === d.net
            : mode === 'any' && (d.form === 'short' ? p.base && p.place.parent === null : p.branch);
        if (ok) {
          const placeName = d.net.place === 'canonical' ? p.place.canonicalPrefix : text.slice(placeStart, placeEnd);
          found.push({
            kind: 'branch',
            net: d.net,
            placeName,
            branch: d.branch,
            level: p.place.level,
            explicit: d.form !== 'implicit',
          });
        }
      } else if (mode !== 'network' && deptFits(mode, p, d, text.slice(placeEnd, deptEnd))) {
        found.push({ kind: 'place', place: p.place, dept: d.dept, homeOnly: p.homeOnly });
      }
    }
  }
  return found;
}

/** The longest surface starting at `i`: a roster/relative name, or [prefix] + place + department.
 *  Plain loops (no callbacks): this runs at every candidate position of every document. */
function matchAt(
  c: Compiled,
  text: string,
  i: number,
  to: number,
  home: string | null,
  named: boolean,
  own: boolean,
): RawMatch | null {
  let bestEnd = -1;
  let readings: Reading[] = [];
  // `named`: a roster, relative or place-built name may start here; `own`: an unprefixed bureau may.
  for (let t = named ? 0 : 1; t < (own ? 2 : 1); t++) {
    let node: Trie<Reading> | undefined = t === 0 ? c.named : c.own;
    for (let j = i; j < to; ) {
      node = node.next.get(text.charCodeAt(j));
      if (!node) break;
      j++;
      if (!node.values || j < bestEnd) continue;
      // The same surface in both tries (`乡村振兴局`, the central body's and a county's): every reading, tried in order.
      readings = j > bestEnd ? node.values : [...readings, ...node.values];
      bestEnd = j;
    }
  }
  const tried = c.prefixesByFirst.get(text.charCodeAt(i));
  for (let q = -1; named && q < (tried ? tried.length : 0); q++) {
    const pre = q < 0 ? c.prefixes[0]! : tried![q]!;
    if (q >= 0 && !text.startsWith(pre.prefix, i)) continue;
    const placeStart = i + pre.prefix.length;
    let pn: Trie<PlaceSurface> | undefined = c.places;
    for (let j = placeStart; j < to; ) {
      pn = pn.next.get(text.charCodeAt(j));
      if (!pn) break;
      j++;
      if (!pn.values) continue;
      let dn: Trie<DeptSurface> | undefined = c.depts;
      for (let k = j; k < to; ) {
        dn = dn.next.get(text.charCodeAt(k));
        if (!dn) break;
        k++;
        if (!dn.values || k < bestEnd) continue;
        const found = composeReadings(text, pre, placeStart, j, k, pn.values, dn.values, home);
        if (found.length === 0) continue;
        readings = k > bestEnd ? found : [...readings, ...found];
        bestEnd = k;
      }
    }
  }
  return bestEnd > i ? { start: i, end: bestEnd, readings } : null;
}

/** The organ type a whole surface writes with no place at all (`政府办公室`, `交通局`), or null. */
export function organTypeWritten(surface: string): DepartmentJson | null {
  let node: Trie<DeptSurface> | undefined = surfaces().depts;
  for (let k = 0; node && k < surface.length; k++) node = node.next.get(surface.charCodeAt(k));
  const hit = node?.values?.find((v) => v.dept !== null && !v.dept.party && !v.dept.cppcc);
  return hit?.dept ?? null;
}

/** Longest match at each position, left to right, non-overlapping: linear (surfaces are at most ~40 characters).
 *  `home` is the document's province-level place (`重庆市`): places that only it may name stand alone there; `own`
 *  also reads bureaus written with no prefix (`交通局`), which only a document's body scan places. */
export function scan(text: string, home: string | null = null, from = 0, to = text.length, own = false): RawMatch[] {
  const c = surfaces();
  const out: RawMatch[] = [];
  let i = from;
  while (i < to) {
    const named = i + 1 < to && c.filter.mayStart(text, i);
    const ownHere = own && i + 1 < to && c.ownFilter.mayStart(text, i);
    if (!named && !ownHere) {
      i++;
      continue;
    }
    const m = matchAt(c, text, i, to, home, named, ownHere);
    if (m) {
      out.push(m);
      i = m.end;
    } else {
      i++;
    }
  }
  return out;
}
