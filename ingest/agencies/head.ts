// ingest/agencies/head.ts — what the head of a document tells the agency stage when no header names the issuer:
// the issuer opening the title line (`江苏省人民政府办公厅发布…`), or the place the title names (`铜梁区…实施方案`).

import type { Mention } from '../model.ts';
import { longestAt } from '../lexicon.ts';
import { mentionAt } from '../sentences.ts';
import { scan, type RawMatch } from './compose.ts';
import { isPrefecture, type Place } from './places.ts';
import { surfaces, type PlaceSurface } from './surfaces.ts';

/** How far into the text the title line is looked for. */
const TITLE_LOOK = 200;

/** The first place within `look` characters that `fits`, skipping over the places that do not (longest match). */
function firstPlace(text: string, look: number, fits: (v: PlaceSurface, readings: number) => boolean): Place | null {
  const { places } = surfaces();
  const to = Math.min(text.length, look);
  // A place inside the answered proposal's title (`你提出的《关于修建中梁镇至北碚区…的建议》`) names its subject, not
  // the document's own place.
  let quoted = 0;
  for (let i = 0; i < to; i++) {
    const c = text[i];
    if (c === '《' && (quoted > 0 || PROPOSAL_INTRO.test(text.slice(Math.max(0, i - 4), i)))) quoted++;
    else if (c === '》' && quoted > 0) quoted--;
    if (quoted > 0) continue;
    const hit = longestAt(places, text, i, to);
    if (!hit) continue;
    // `南岸村`, `石楼镇`: a place's short name opening a village's or a town's is no mention of the place.
    if (LOCALITY_AFTER.test(text.charAt(hit.end)) && hit.values.every((v) => v.base)) {
      i = hit.end - 1;
      continue;
    }
    const p = hit.values.find((v) => fits(v, hit.values.length));
    if (p) return p.place;
    i = hit.end - 1;
  }
  return null;
}

/** Words a place's short name may open a smaller locality's name with (a village, a group, a community, a town). */
const LOCALITY_AFTER = /^[村组镇乡]$/;

/** What introduces the proposal a reply answers. */
const PROPOSAL_INTRO = /提出的\s*$/;

/** The prefecture, district or county the title names (the first such place name within TITLE_LOOK characters), or
 *  null. Not a province-level place: a document's province is its jurisdiction, and a title may name another as a topic. */
export function titlePlace(text: string): Place | null {
  return firstPlace(text, TITLE_LOOK, (v) => !v.base && !v.homeOnly && v.place.parent !== null);
}

/** How far into the text a relative issuer's place is looked for: the header and the opening paragraph. */
const RELATIVE_LOOK = 1500;

/** `结合官渡区实际`, `结合偃师实际`, `结合江北教育改革与发展实际`: a document fitting higher rules to a place names the
 *  place it governs; the place may carry its short name in parentheses (`结合彭水苗族土家族自治县(以下简称自治县)实际`).
 *  Group 1: what stands before 实际, a place first. */
const FITTED_TO = /结合([^，,。；;、\s《》()]{2,16}?)(?:\([^()]{1,12}\))?实际/g;

/** The prefecture, district or county whose reality the text fits its measures to (`结合官渡区实际`), looked for where
 *  a preamble stands (RELATIVE_LOOK characters), or null. A short form (`偃师`) counts only when it names one place. */
export function fittedPlace(text: string): Place | null {
  const { places } = surfaces();
  const to = Math.min(text.length, RELATIVE_LOOK);
  FITTED_TO.lastIndex = 0;
  for (let m = FITTED_TO.exec(text); m && m.index < to; m = FITTED_TO.exec(text)) {
    const start = m.index + 2;
    const hit = longestAt(places, text, start, start + m[1]!.length);
    if (!hit) continue;
    const fits = hit.values.filter((v) => !v.homeOnly && v.place.parent !== null);
    const distinct = new Set(fits.map((v) => v.place));
    if (distinct.size === 1) return fits[0]!.place;
  }
  return null;
}

/** `结合本县实际`, `我区`: the text names its own place by its level. Group 1: the level character. */
const SELF_LEVEL = /(?:本|我)(区|县|市)(?![县域区州级])/;

/** The county-level place a title opens with (`巫山县政府投资管理办法`) when the text calls its place by that place's level
 *  (`结合本县实际`): the document is that place's own, or null. */
export function selfNamedTitlePlace(text: string): Place | null {
  const place = titlePlace(text);
  if (place?.level !== 'district') return null;
  const self = SELF_LEVEL.exec(text.slice(0, RELATIVE_LOOK));
  return self && place.name.endsWith(self[1]!) ? place : null;
}

/** A text speaking as a city's, district's or county's body (`区委、区政府的正确领导`, `服务全区大局`, `县政府`,
 *  `市人大常委会向市政府交办`), not of a group of them (`各区县政府`, `区县政府`, `各市政府`). Group 1 or 2: the level
 *  character. */
const SPEAKS_AS_COUNTY =
  /(?<![各区县市省镇乡州])(?:全|我|本)?(区|县|市)(?:委(?!员)|人民政府|政府)|(?<![各区县市省镇乡州])(?:全|我|本)(区|县|市)(?![县域区州级])/;

/** A text naming no issuer and no place in its head that still speaks as a city's, district's or county's body (a
 *  report cut to its body: `在区委、区政府的正确领导下…拟定《荣昌区法治政府建设实施方案》`; `市政府深入贯彻…出台
 *  《六安市人民政府关于…》`): the place of that level opening the first title it cites in the opening RELATIVE_LOOK
 *  characters is its own — a body cites its own place's documents, while places named in running text are often others
 *  (`到永川区学习`). Of two places so named (`江北区` of Chongqing and of Ningbo), the one in the document's province.
 *  `市` stands for a prefecture-level city or a county-level one (`钟祥市`). */
export function speakerPlace(text: string, home: string | null): Place | null {
  const head = text.slice(0, RELATIVE_LOOK);
  const m = SPEAKS_AS_COUNTY.exec(head);
  if (!m) return null;
  const level = m[1] ?? m[2]!;
  const { places } = surfaces();
  for (let i = head.indexOf('《'); i >= 0; i = head.indexOf('《', i + 1)) {
    const hit = longestAt(places, head, i + 1);
    if (!hit) continue;
    const fits = hit.values.filter(
      (v) =>
        !v.homeOnly &&
        !v.base &&
        v.place.name.endsWith(level) &&
        (v.place.level === 'district' || (level === '市' && isCity(v.place))),
    );
    const here = fits.filter((v) => v.place.province === home);
    const pick = here.length > 0 ? here : fits;
    if (pick.length === 1) return pick[0]!.place;
  }
  return null;
}

/** A city's or county's page may print its issuer relative to itself (`市人民政府办公室关于印发健康六盘水行动…`,
 *  `来自:襄阳市政府门户网站`): the first prefecture-level city of a province (or county) the text names, in any
 *  written form, is the place `市` (or `县`) stands for. A town named alone lies in the first county-level place of
 *  any kind (`district`: a district, county or county-level city). */
export function firstPlaceNamed(text: string, want: 'city' | 'county' | 'prefecture' | 'district'): Place | null {
  return firstPlace(
    text,
    RELATIVE_LOOK,
    ({ place: p, homeOnly }) =>
      !homeOnly &&
      (want === 'city'
        ? isCity(p)
        : want === 'prefecture'
          ? isPrefecture(p)
          : p.level === 'district' && (want === 'district' || p.name.endsWith('县'))),
  );
}

/** The first city the text names, read on first use: only a district name two cities share asks for it. */
export type TextCity = () => Place | null;

/** The text's city, read once when first asked for (the gazetteer scan costs about 5 % of a document's extraction). */
export function lazyTextCity(text: string): TextCity {
  let city: Place | null | undefined;
  return () => (city === undefined ? (city = textCityOf(text)) : city);
}

/** The first city the text names (`枣庄市`, or the city a district is written with: `枣庄市市中区`), within the header
 *  and opening paragraph: where two districts of the province share a name, the text's city settles it. */
function textCityOf(text: string): Place | null {
  const p = firstPlace(
    text,
    RELATIVE_LOOK,
    ({ place, homeOnly, base }, readings) =>
      !homeOnly &&
      !base &&
      (isCity(place) ||
        (readings === 1 && place.level === 'district' && place.parent !== null && isCity(place.parent))),
  );
  return p && p.level === 'district' ? p.parent : p;
}

function isCity(p: Place): boolean {
  return p.level === 'municipal' && p.parent !== null && p.provinceKind === 'province';
}

/** What follows the issuer at the head of a title line: `江苏省人民政府办公厅关于…`, `…发布…`, `…公告(第7号)`. */
const TITLE_AFTER_ISSUER = /^(?:关于|发布|印发|转发|公告|通告|决定|通知)/;

/** A line shorter than this before the title is page chrome, not the title. */
const TITLE_MIN = 8;

/** Between joint issuers at the head of a title (`中共深圳市委 深圳市人民政府关于…`, `市科技局、市财政局关于…`). */
const JOINT_SEPARATOR = /^[\s、,，和与及]{0,3}$/;

/** Where no header, title or signature names the issuer, the title line may still open with it: the first line that
 *  starts (within TITLE_LOOK characters) with agency names, joint ones side by side, followed by 关于 or a word of
 *  issuing. Page chrome may stand before the title (`社交媒体`, `搜索`). */
export function titleIssuer(text: string, home: string | null): Mention[] {
  for (let s = 0; s < Math.min(text.length, TITLE_LOOK); ) {
    const lineEnd = text.indexOf('\n', s);
    const e = lineEnd < 0 ? text.length : lineEnd;
    let k = s;
    while (k < e && /\s/.test(text[k]!)) k++;
    // Short lines before the title are page chrome (`搜索`); the first longer line is the title, and the only one read.
    if (e - k < TITLE_MIN) {
      if (lineEnd < 0) break;
      s = lineEnd + 1;
      continue;
    }
    const ms = scan(text, home, k, Math.min(e, k + TITLE_LOOK));
    const lead: RawMatch[] = [];
    for (const m of ms) {
      const gap = text.slice(lead.length === 0 ? k : lead[lead.length - 1]!.end, m.start);
      if (lead.length === 0 ? gap.length > 0 : !JOINT_SEPARATOR.test(gap)) break;
      lead.push(m);
      if (TITLE_AFTER_ISSUER.test(text.slice(m.end, m.end + 2)))
        return lead.map((x) => mentionAt(text, x.start, x.end));
    }
    break;
  }
  return [];
}
