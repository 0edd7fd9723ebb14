// ingest/programs/enumerations.ts — `科学谷、菁云湖、照母山、明月湖等…孵化社区`: each item of an enumeration closed by
// 等 and a class noun is a program of that class.

import type { ProgramKind } from '../model.ts';
import type { Candidate, Excluded } from './candidate.ts';
import { pat } from './patterns.ts';
import { wordEndingAt } from './words.ts';

const ENUM_STOP = new Set(['，', ',', '。', '；', ';', '：', ':', '\n']);
/** ENUM_STOP as a code-unit table, and the first characters of class nouns: the walks around every 等 test codes, not strings. */
const ENUM_STOP_CODE = new Uint8Array(0x10000);
for (const ch of ENUM_STOP) ENUM_STOP_CODE[ch.charCodeAt(0)] = 1;
let enumFirstCode: Uint8Array | null = null;
const ENUM_QUALIFIER_MAX = 24;
const ENUM_ITEMS_MAX = 120;

/** Anchored on 等 so the work stays linear. */
export function enumerationCandidates(text: string, excluded: Excluded, out: Candidate[]): void {
  const P = pat();
  for (let deng = text.indexOf('等'); deng >= 0; deng = text.indexOf('等', deng + 1)) {
    // The class noun must follow within the same clause.
    let kind: ProgramKind | null = null;
    let classNoun = '';
    if (!enumFirstCode) {
      enumFirstCode = new Uint8Array(0x10000);
      for (const ch of P.enumerationFirstChars) enumFirstCode[ch.charCodeAt(0)] = 1;
    }
    const kMax = Math.min(text.length, deng + 1 + ENUM_QUALIFIER_MAX);
    for (let k = deng + 1; k < kMax && ENUM_STOP_CODE[text.charCodeAt(k)] === 0; k++) {
      if (enumFirstCode[text.charCodeAt(k)] === 0) continue;
      const noun = P.enumerationNouns.find((n) => text.startsWith(n, k));
      if (noun) {
        kind = P.enumerationClasses.find((c) => c.noun === noun)!.kind;
        classNoun = noun;
        break;
      }
    }
    if (!kind) continue;
    let from = deng;
    while (from > 0 && deng - from < ENUM_ITEMS_MAX && ENUM_STOP_CODE[text.charCodeAt(from - 1)] === 0) from--;
    const items = text.slice(from, deng).split('、');
    if (items.length < 2 || items.some((it) => it.length < 2 || it.length > 16)) continue;
    let pos = from;
    for (const item of items) {
      const itemStart = pos;
      pos += item.length + 1;
      // The first item carries the verb of the clause (`加快建设科学谷`): keep what follows the last verb or boundary word.
      let s = 0;
      for (let k = item.length; k > 0; k--) {
        if (wordEndingAt(item, k, P.leadingSet) || wordEndingAt(item, k, P.hardSet)) {
          s = k;
          break;
        }
      }
      const name = item.slice(s);
      if (name.length < 2 || name.length > 8 || !/^[\u4e00-\u9fa5]+$/.test(name)) continue;
      // `红桥、红果、盘北…等10个产业园区`, `镇罗、宣和、常乐等工业园区`: two characters before a class of zones are the
      // places the zones lie in (a zone's own name carries more: `科学谷`, `菁云湖`).
      if (kind === 'zone' && name.length === 2) continue;
      // `戴家坪村、河西村等5个示范区`: villages and towns where the zones lie, not the zones' names (unless the class is
      // itself such a unit: `…创新社区、…孵化社区等孵化社区`).
      if (P.adminUnitEnds.some((w) => name.endsWith(w) && !classNoun.endsWith(w))) continue;
      const start = itemStart + s;
      if (excluded(start, start + name.length)) continue;
      out.push({ name, kind, start, end: start + name.length });
    }
  }
}
