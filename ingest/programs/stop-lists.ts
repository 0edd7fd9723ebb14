// ingest/programs/stop-lists.ts — lists whose items are no programs, whatever their head nouns: a route's stops
// (`云峰寺—金科世界城—御临城D区—阳光小镇`, `胥家垭口一白公社区服务中心一碧桂园`: a bus line printed with dashes, or
// with 一 standing for the dash) and the component types a clause lists after 包括 (`包括土地平整工程、灌溉与排水工程、
// 田间道路工程`, `水利、园林、民防、港口工程`: kinds of works, not named programs).

import type { Candidate } from './candidate.ts';

/** A dash between two characters of names (not a year range `2021—2025`); one dash may join two names of one program
 *  (`中国—东盟博览会`, `沙坪坝—大学城商圈`), two make a route. */
const DASH = /[\u3400-\u9fffA-Za-z][—–－-]+(?=[\u3400-\u9fffA-Za-z])/g;
const DASH_CHARS = /[—–－-]/;

/** Whether a name is three stops or more: joined by dashes, or by 一 (the dash a page conversion turned into the
 *  numeral) between stops of two characters or more. */
function isRoute(name: string): boolean {
  if ((name.match(DASH) ?? []).length >= 2) return true;
  const parts = name.split('一');
  return parts.length >= 3 && parts.every((p) => p.length >= 2);
}

/** How far around a candidate a route's next dash is looked for. */
const STOP_REACH = 12;

/** Words that open a list of component kinds. */
const COMPONENTS = /(?:包括|包含|分为|涵盖)[^,。;:!?\n]*$/;
/** How far back the clause opening a component list is looked for. */
const CLAUSE_REACH = 80;

/** `…,无乡村停车场项目建设计划和资金`: a clause that says there is no such thing names no program. */
const NEGATED = /(?:^|[,。;:!?\n暂尚均并也还])$/;

/** `就业是最大的民生工程、民心工程、根基工程`, `把就业作为最大的民生工程`: a name as the predicate of 是 (作为)
 *  describes the subject (a metaphor), it
 *  names no program. Bounded classes without the clause's end. */
const PREDICATE = /(?:是|作为)[^,。;:!?是]{0,8}的(?:[^,。;:!?]{1,8}、){0,3}$/;
const PREDICATE_REACH = 40;

/** Whether a candidate is a stop of a route, a kind in a list of components, or what a clause says does not exist. */
export function inStopList(text: string, c: Candidate): boolean {
  if (isRoute(c.name)) return true;
  if (c.name.startsWith('无') && NEGATED.test(text.slice(Math.max(0, c.start - 1), c.start))) return true;
  // Only works are metaphors so (民心工程, 德政工程); a zone or a pilot after 是…的 is still named (`是国家批准的…示范区`).
  if (c.name.endsWith('工程') && PREDICATE.test(text.slice(Math.max(0, c.start - PREDICATE_REACH), c.start)))
    return true;
  // A stop between dashes: a dash right before it or right after it, and another one within reach.
  const before = text.slice(Math.max(0, c.start - STOP_REACH), c.start);
  const after = text.slice(c.end, c.end + STOP_REACH);
  const dashBefore = DASH_CHARS.test(before.slice(-1));
  const dashAfter = DASH_CHARS.test(after.slice(0, 1));
  if (
    (dashBefore && (dashAfter || DASH_CHARS.test(before.slice(0, -1)))) ||
    (dashAfter && DASH_CHARS.test(after.slice(1)))
  )
    return true;
  // Only unquoted works are kinds of components; a quoted name in such a list is still a name.
  if (!c.name.endsWith('工程') || /[“”"]/.test(c.name)) return false;
  if (COMPONENTS.test(text.slice(Math.max(0, c.start - CLAUSE_REACH), c.start))) return true;
  // `水利、园林、民防、港口工程`: one head shared by a list of bare nouns names kinds of works.
  return SHARED_HEAD.test(text.slice(Math.max(0, c.start - STOP_REACH), c.start));
}

/** A list item without the head right before the candidate (`…、民防、` before `港口工程`). */
const SHARED_HEAD = /、[\u3400-\u9fff]{1,6}(?<!工程)、$/;
