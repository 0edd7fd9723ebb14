// ingest/agencies/autonomous.ts — how an autonomous place is written short: its name without the peoples it is named
// for (`张家川回族自治县` → `张家川县`, `黔东南苗族侗族自治州` → `黔东南州`, `莫力达瓦达斡尔族自治旗` → `莫力达瓦旗`). Local
// documents and their neighbours name these counties, prefectures and banners so far more often than in full.

/** The kinds of autonomous place and the one-character kind word of the short name. */
const AUTONOMOUS_KIND = /自治([县州旗])$/;

/** Peoples written without 族 inside a place name (`伊犁哈萨克自治州`, `博尔塔拉蒙古自治州`) have names of two or more
 *  characters; a one-character people (`水`, `土`, `白`) is stripped only with its 族, so a base that merely ends in
 *  that character keeps it. */
function stripPeople(base: string, peoples: readonly string[]): { base: string; last: string | null } {
  let rest = base;
  let last: string | null = null;
  for (;;) {
    let stripped = false;
    for (const p of peoples) {
      if (rest.endsWith(p + '族')) rest = rest.slice(0, -(p.length + 1));
      else if (p.length >= 2 && rest.endsWith(p)) rest = rest.slice(0, -p.length);
      else continue;
      last = p;
      stripped = true;
      break;
    }
    if (!stripped) return { base: rest, last };
  }
}

/** The short written name of an autonomous place, or null when `name` is none or names no people. `peoples` must be
 *  ordered longest first (`土家` before `土`). A place named after its people alone (`鄂温克族自治旗`, `东乡族自治县`)
 *  keeps the people's name (`鄂温克旗`, `东乡县`). */
export function autonomousShortName(name: string, peoples: readonly string[]): string | null {
  const kind = AUTONOMOUS_KIND.exec(name);
  if (!kind) return null;
  const { base, last } = stripPeople(name.slice(0, kind.index), peoples);
  if (last === null) return null;
  const stem = base.length >= 2 ? base : base.length === 0 ? last : null;
  return stem ? stem + kind[1] : null;
}
