// ingest/agencies/government-code.ts — a government's 机关代字 is composed by GB/T 9704 practice of its place's
// abbreviation and the organ's: `营西政办发` = 营(口市) 西(市区) + 政办 (人民政府办公室) + 发, `渝北府发` = 渝北(区) + 府
// (人民政府) + 发, `石政发` = 石(嘴山市) + 政 + 发. No list of codes can hold every county's; when the text's header names
// a place whose abbreviation opens the code, the code names that place's government or its general office.

import { titlePlace } from './head.ts';
import { baseVariant, type Place } from './places.ts';

/** The place's abbreviation (one to three characters), the government's organ word, and the kind of paper. */
const GOVERNMENT_CODE = /^([\u4e00-\u9fa5]{1,3}?)(政办|府办|政|府)(?:发|函|字|文|通|电|复|秘)?$/;

/** Whether `prefix` abbreviates `place` as codes do: the place's own name without its level word, its first character,
 *  or its city's first character and then its own (`营西` for 营口市西市区, `渝北` for 渝北区). */
function abbreviates(prefix: string, place: Place): boolean {
  // The place's name without its level word (`西市区` → `西市`, `梁平区` → `梁平`).
  const own = baseVariant(place.name) ?? place.name;
  if (prefix === own || prefix === own[0]) return true;
  const city = place.parent && place.parent.parent !== null ? place.parent.name : null;
  return city !== null && prefix === city[0]! + own[0]!;
}

/** The canonical name of the government (or its general office) a composed code names, or null. */
export function governmentOfCode(code: string, text: string): string | null {
  const m = GOVERNMENT_CODE.exec(code);
  if (!m) return null;
  const place = titlePlace(text);
  if (!place || place.zone || !abbreviates(m[1]!, place)) return null;
  return governmentOf(place, m[2]!);
}

/** The government of `place`, or its general office when the code's organ word says so (政办, 府办). */
function governmentOf(place: Place, organWord: string): string {
  return place.canonicalPrefix + (organWord.endsWith('办') ? '人民政府办公室' : '人民政府');
}

/** The government (or its general office) a cited number's composed code names, read against the document's own place
 *  and the places above it (`佛府办〔2011〕150号` in a 佛山市高明区 town's notice: 佛山市人民政府办公室), or null. Only a
 *  code no list holds reaches here: a one-character abbreviation is read only where the text's place spells it. */
export function governmentOfCitedCode(code: string, text: string): string | null {
  const m = GOVERNMENT_CODE.exec(code);
  if (!m) return null;
  for (let p = titlePlace(text); p && p.parent !== null; p = p.parent) {
    if (!p.zone && abbreviates(m[1]!, p)) return governmentOf(p, m[2]!);
  }
  return null;
}
