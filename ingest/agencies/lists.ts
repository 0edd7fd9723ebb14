// ingest/agencies/lists.ts — names that borrow the place of the name before them: departments listed after a
// place-built name (`新疆生产建设兵团科技局、财政局`, `区委常委、宣传部部长`) and organs written joined (`市纪委监委`).

import type { Trie } from '../lexicon.ts';
import { scan, type RawMatch } from './compose.ts';
import type { Place } from './places.ts';
import { buildName, firstResolved, type Locale } from './resolve.ts';
import type { DepartmentJson, Level } from './roster.ts';
import { isHan } from './rules.ts';
import { surfaces, type DeptSurface } from './surfaces.ts';

const DUN = '、'.charCodeAt(0);

/** A person's title after an organ (`宣传部部长王小波`): the organ still ends its list item. */
const PERSON_TITLE_AFTER = /^副?(?:部长|主任|书记|局长|厅长|主席|秘书长|委员|常委)/;
const PARTY_COMMITTEE = '委'.charCodeAt(0);
/** The verb or collective a list of organs is the subject of (`、气象局会办`, `、档案局共同研究`, `、财政局等单位`). */
const VERB_AFTER_LIST = /^(?:等|共同|会办|会同|联合|负责|研究|协助|配合|参与|协办|牵头|分别|和|及|与)/;

/** `新疆生产建设兵团科技局、财政局`: departments listed right after a place-built name share its place; after a Party
 *  body its departments are written without the committee's 委 (`区委常委、宣传部部长` → the district Party committee's
 *  宣传部). Returns where the list ends. */
export function inheritList(
  text: string,
  from: number,
  place: Place,
  party: boolean,
  add: (name: string, level: Level, start: number, end: number) => void,
): number {
  const { depts } = surfaces();
  let e = from;
  while (text.charCodeAt(e) === DUN) {
    let node: Trie<DeptSurface> | undefined = party ? depts.next.get(PARTY_COMMITTEE) : depts;
    let dept: DepartmentJson | null = null;
    let dEnd = -1;
    for (let k = e + 1; node && k < text.length; ) {
      node = node.next.get(text.charCodeAt(k));
      if (!node) break;
      k++;
      const d = node.values?.find((v) => v.dept !== null && !v.dept.cppcc && Boolean(v.dept.party) === party);
      if (d?.dept) {
        dept = d.dept;
        dEnd = k;
      }
    }
    // The department must end the list item (`、财政局,` not `、财政局长`), a person's title may follow it.
    if (
      !dept ||
      (isHan(text.charCodeAt(dEnd)) &&
        !PERSON_TITLE_AFTER.test(text.slice(dEnd, dEnd + 4)) &&
        !VERB_AFTER_LIST.test(text.slice(dEnd, dEnd + 4)))
    )
      break;
    const inherited = buildName(place, dept);
    add(inherited.name, inherited.level, e + 1, dEnd);
    e = dEnd;
  }
  return e;
}

/** Organs that share offices and are written joined (`市纪委监委`, `区纪委监委`): the second is named by the same
 *  prefix as the first (`市纪委监委` → `市监委`). Pairs of (end of the first, the second as written). */
const JOINT_ORGANS: ReadonlyArray<readonly [string, string]> = [
  ['纪委', '监委'],
  ['纪律检查委员会', '监察委员会'],
];

export function jointOrgan(
  text: string,
  m: RawMatch,
  locale: Locale,
  nearbyCity: Place | null,
  home: string | null,
): { name: string; level: Level; end: number } | null {
  for (const [first, second] of JOINT_ORGANS) {
    if (!text.startsWith(second, m.end) || text.slice(m.end - first.length, m.end) !== first) continue;
    const surface = text.slice(m.start, m.end - first.length).replace(/^中共/, '') + second;
    const ms = scan(surface, home);
    if (ms.length !== 1 || ms[0]!.end !== surface.length) continue;
    const res = firstResolved(ms[0]!.readings, locale, nearbyCity, false);
    if (res) return { name: res.name, level: res.level, end: m.end + second.length };
  }
  return null;
}
