// ingest/programs/generic.ts — whether a candidate name is generic (a class of things, a goal, a strategy) rather
// than one named program: `孵化载体`, `政府引导基金` alone, `市级农业科技园区`, `成渝地区双城经济圈`.

import { onlyGenericWords } from './generic-words.ts';
import { pat, type HeadJson } from './patterns.ts';
import { namesPurpose } from './purpose.ts';
import { refersBack } from './reference.ts';
import { startsWithAny, wordEndingAt } from './words.ts';
import { isLocalWorks } from './works.ts';

/** The word that makes the modifier a kind of things. */
const CLASS_MARK = '类';

/** A full province-level, city or county name at the start of a name (`重庆市`, `四川省`, `广西壮族自治区`, `仙游县`) —
 *  not a level word (`市级`). */
const PLACE_NAME_START = /^[\u4e00-\u9fa5]{2,6}?(?:省|市|自治区|县)(?!级)/;
const OPEN_QUOTE = /[“"‘]$/;
const QUOTE_CHARS = /[“”"‘’]/g;
/** What makes a named plan of a strategy: its action head right after the strategy's name. */
const ACTION_AFTER = /^(?:行动计划|专项行动|行动|工程)$/;
/** `五大行动`, `三年行动`, `十项工程`: a count of things or of years before the head, not a name. */
const COUNT_ONLY = /^[一二三四五六七八九十两百]{1,3}[大项个类条种年]$/;

function stripLevel(name: string): string {
  const P = pat();
  let s = name;
  for (;;) {
    const w = startsWithAny(s, P.levelPrefixIndex);
    if (!w || w.length === s.length) return s;
    s = s.slice(w.length);
  }
}

/** `小区周边两条公路均有新建改造计划`, `勐品村沿线即旅游环线建有景区`: a location word and, after it, a verb of having —
 *  a clause that places things, not a name (`“渝城护学”校园周边…提升行动` has no such verb and stays a name). */
function placedClause(name: string, words: readonly string[]): boolean {
  for (const w of words) {
    const at = name.indexOf(w);
    if (at !== -1 && name.indexOf('有', at + w.length) !== -1) return true;
  }
  return false;
}

/** True when `name` (ending in `head`) is a class noun, a strategy or a body, not one program. */
export function isGeneric(name: string, head: HeadJson): boolean {
  const P = pat();
  const rest = stripLevel(name);
  if (P.genericNameSet.has(rest) || P.genericNameSet.has(name)) return true;
  if (P.notProgramWords.some((w) => name.includes(w))) return true;
  if (head.notWith?.some((w) => name.includes(w))) return true;
  // A strategy is not a program, but a body set up for one is (`推动成渝地区双城经济圈建设联合办公室`).
  // A plan of action for a strategy is a program (`以大数据智能化为引领的创新驱动发展战略行动计划`).
  if (
    head.kind !== 'other' &&
    P.strategies.some((s) => name.includes(s) && !ACTION_AFTER.test(name.slice(name.indexOf(s) + s.length)))
  )
    return true;
  if (head.placeNamed && !PLACE_NAME_START.test(name)) return true;
  if (head.nationalOrPlaceNamed && !PLACE_NAME_START.test(name) && !P.nationalPrefixes.some((w) => name.startsWith(w)))
    return true;
  if (
    head.scopeNamed &&
    !PLACE_NAME_START.test(name) &&
    ![...P.nationalPrefixes, ...P.levelPrefixes, ...P.scopePrefixes].some((w) => w.length > 1 && name.startsWith(w))
  )
    return true;
  if (head.works && isLocalWorks(name, head.head)) return true;
  const modifier = rest.endsWith(head.head) ? rest.slice(0, rest.length - head.head.length) : rest;
  // `市减灾委`: a coordinating body named by its task, the level's own.
  if (head.taskNamed && modifier.length === 0 && rest !== name) return false;
  if (modifier.length === 0 || COUNT_ONLY.test(modifier) || refersBack(modifier)) return true;
  // `医学类博物馆`, `健康类项目`: a kind of things (X类) is a class, not one program.
  if (modifier.endsWith(CLASS_MARK)) return true;
  // `成立创建工作领导小组`: a body's task is a verb and its object; a verb before nothing but generic words names none.
  const verb = head.kind === 'other' ? startsWithAny(modifier, P.leadingIndex) : null;
  if (verb && onlyGenericWords(modifier.slice(verb.length), head.genericWords)) return true;
  if (head.classEnds?.some((w) => modifier.endsWith(w))) return true;
  // `“一建议一方案”行动`, `“双创”工程`: a slogan or a working method before the head is no campaign's name.
  if (P.formulaSloganSet.has(modifier.replace(QUOTE_CHARS, ''))) return true;
  // Domain nouns are a class before a weak head (`农村能源工程`, `增绿行动`), not before a strong one (`农业园区` is
  // judged by the generic names).
  const also = head.domainGeneric ? [...(head.genericWords ?? []), ...P.domainWords] : head.genericWords;
  if (head.purposeEnds && !namesPurpose(modifier, head.purposeEnds, also)) return true;
  // `广场周边园区`: the head is placed by where it lies, not named.
  if (P.locationWords.some((w) => modifier.endsWith(w)) || placedClause(name, P.locationWordsInside)) return true;
  // `市级新型基础设施建设专项资金`: the level and a purpose together name one fund; a source alone does not
  // (`中央财政专项资金`).
  if (head.levelNamed && rest !== name && modifier.length >= 4) return false;
  // A level word may be the first character of a generic word (`市政基础设施工程`): test the unstripped words too.
  return (
    onlyGenericWords(modifier, also) ||
    (rest !== name && onlyGenericWords(name.slice(0, name.length - head.head.length), also))
  );
}

/** `推动国家高新区建设成为“创新驱动发展示范区…”`: a name right after a goal marker is a goal, not a program. */
export function followedByGoal(text: string, start: number): boolean {
  let p = start;
  if (p > 0 && OPEN_QUOTE.test(text.slice(p - 1, p))) p--;
  return wordEndingAt(text, p, pat().goalSet) !== null;
}
