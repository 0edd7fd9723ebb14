// ingest/title-head-issuer.ts — a title that opens with its organ names the issuer by that organ:
// `重庆市开州区人民政府森林防火禁火令`, `潍坊市人民政府令`, `重庆市人力资源和社会保障局政府信息公开指南(2024年版)`,
// `重庆市大足区人民政府办公室2023年政府信息公开工作年度报告`, `盐池县人民政府工作规则`. The header reads an issuer
// prefix only before 关于 or an issuing verb (ingest/header/title.ts); here the organ is the longest head of the title
// the agency resolver knows — an organ ending alone cannot tell `…社会保障局` from `…社会保障局政府` (the start of
// 政府信息公开). A report without a title names its issuer in the sentence presenting it (openingReportIssuer).

import type { Mention, Span } from './model.ts';
import { ORGAN_ENDING } from './regexes.ts';
import { evidence } from './spans.ts';
import { inGovernmentTerm } from './agencies/rules.ts';

/** Longest organ head tried (the longest names in the roster, an office of a county's government, fit). */
const MAX_HEAD = 40;
/** Shortest: a place of two characters and an organ word (`国务院` is three). */
const MIN_HEAD = 3;
/** A year before the organ (`2022重庆市荣昌区人民政府禁火令`): a reposting site's label, not part of the name. */
const LEADING_YEAR = /^\d{4}年?/;
/** Titles whose head is no issuer: a reply titled by what it answers (`对…建议的答复`), a title quoting another
 *  (`《…(草案)》征求意见`), a title that opens with its subject (`关于…`). An organ before 关于 counts here only when the
 *  header read none from a title line (a title given by a page's 标题 field: `重庆市合川区农业农村委员会关于申报…`). */
const NOT_A_HEAD = /^(?:[对《]|关于)/;

/** An organ the roster does not list is taken as spelled only with an organ word no title word ends in: `政府` alone
 *  also ends the head of `政府信息公开` (`…大数据应用发展管理局政府信息公开指南`). */
const SPELLED_END = /(?:人民政府|人民政府办公室|人民政府办公厅|局|委员会|办公室|厅|署)$/;

/** A congress or a committee before the word for its members (`人民代表大会代表`, `政协…委员会委员`) modifies them. */
function ofItsMembers(head: string, end: number): boolean {
  const next = head.slice(end, end + 3);
  return (
    (head.endsWith('代表大会', end) && next.startsWith('代表')) ||
    (head.endsWith('委员会', end) && next.startsWith('委员') && !next.startsWith('委员会'))
  );
}

/**
 * The issuer the title's head names: the longest head the roster resolves (`resolves`), else the longest head spelled
 * as an organ of a named place (`spelled`, the test the title-line issuer uses in ingest/extract.ts).
 */
export function titleHeadIssuer(
  text: string,
  folded: string,
  title: string | null,
  titleSpans: Span[],
  resolves: (surface: string) => boolean,
  spelled: (surface: string) => boolean,
): Mention | null {
  if (!title || NOT_A_HEAD.test(title) || titleSpans.length === 0) return null;
  const span = titleSpans[0]!;
  const line = folded.slice(span.start, Math.min(span.end, span.start + MAX_HEAD + 6));
  const year = LEADING_YEAR.exec(line);
  const from = year ? year[0].length : 0;
  // The head must be the title's own words as printed: a blank or a digit inside is a break, not a name.
  const stop = line.slice(from).search(/[\s\d((]/);
  const head = line.slice(from, stop === -1 ? undefined : from + stop);
  // Something must follow the organ on the title (`…人民政府令`); a digit or a bracket after it is that something.
  const longest = Math.min(stop === -1 ? head.length - 1 : head.length, MAX_HEAD);
  const at = (end: number) => evidence(text, span.start + from, span.start + from + end);
  for (let end = longest; end >= MIN_HEAD; end--) {
    const candidate = head.slice(0, end);
    // `巫山县政府投资管理办法`: the place's 政府投资 (a term), not 巫山县政府 issuing; `…人民代表大会代表建议…办理办法`:
    // the congress's deputies, not the congress.
    if (ORGAN_ENDING.test(candidate) && !inGovernmentTerm(head, end) && !ofItsMembers(head, end) && resolves(candidate))
      return at(end);
  }
  for (let end = longest; end >= MIN_HEAD; end--) {
    const candidate = head.slice(0, end);
    if (SPELLED_END.test(candidate) && spelled(candidate)) return at(end);
  }
  return null;
}

/** A place's name as a yearly report opens with it (`开州区`, `合江县`, `重庆市铜梁区`, `周至县`): a county-level place or a
 *  city, then the report's year. */
const PLACE_THEN_YEAR = /^([\u4e00-\u9fa5]{2,12}?(?:市|区|县|旗))(?=(?:19|20)\d\d年)/;
/** A report's title ends so (`…法治政府建设情况报告`, `…政府信息公开工作年度报告`). */
const REPORT_END = /报告$/;

/**
 * `开州区2024年法治政府建设情况报告`, `合江县2022年政府信息公开工作年度报告`: a place's yearly report titled with the place
 * alone is its people's government's, when the resolver knows that government. The place in the title line is the
 * evidence; the name is the government's.
 */
export function placeReportIssuer(
  text: string,
  folded: string,
  title: string | null,
  titleSpans: Span[],
  resolve: (surface: string) => string | null,
  isZone: (place: string) => boolean,
): { name: string; mention: Mention } | null {
  if (!title || !REPORT_END.test(title) || titleSpans.length === 0) return null;
  const span = titleSpans[0]!;
  const place = PLACE_THEN_YEAR.exec(folded.slice(span.start, span.end).trimStart());
  if (!place) return null;
  const at = span.start + folded.slice(span.start, span.end).indexOf(place[1]!);
  return placeGovernment(text, place[1]!, at, resolve, isZone);
}

/** The people's government of a place named at `at`, with the place as the evidence, when the resolver knows it. A
 *  development zone (`重庆两江新区`) is run by its committee, which has no people's government. */
export function placeGovernment(
  text: string,
  place: string,
  at: number,
  resolve: (surface: string) => string | null,
  isZone: (place: string) => boolean,
): { name: string; mention: Mention } | null {
  if (isZone(place)) return null;
  const name = resolve(`${place}人民政府`);
  return name ? { name, mention: evidence(text, at, at + place.length) } : null;
}

/** A town's or sub-district's name: two to four characters and its level word (`鼓山镇`, `大中街道`). */
const TOWN_NAME = '[\\u4e00-\\u9fa5]{2,4}?(?:镇|乡|街道)';
/** What after such a name makes it part of its organ's name or a longer place, not the place named alone. */
const NO_ORGAN_AFTER = '(?!人民政府|政府|办事处|党委|委员会|[镇乡街])';

/** A title opening with a town or sub-district, a county or city written before it or not (`垫江县坪山镇突发事件综合
 *  应急预案`, `上谷镇突发事件总体应急预案`, `吴川市海滨街道2024年度政府信息公开工作年度报告`), its organ word not
 *  written. Group 1: the place up to and with the town's level word. */
const TOWN_HEAD = new RegExp(`^((?:[\\u4e00-\\u9fa5]{2,10}?(?:省|市|县|区|旗))?${TOWN_NAME})${NO_ORGAN_AFTER}`);

/**
 * A town's or sub-district's own document titled with the town alone (its plan, its yearly report) is issued by the
 * town's people's government or the sub-district's office (`townOrgan`: the canonical organ of a town named alone,
 * `坪山镇` → `垫江县坪山镇人民政府`, or null when the words are no town's name). A title opening with 关于 names
 * its subject, not its organ.
 */
export function townTitleIssuer(
  text: string,
  folded: string,
  title: string | null,
  titleSpans: Span[],
  townOrgan: (written: string) => string | null,
): { name: string; mention: Mention } | null {
  if (!title || NOT_A_HEAD.test(title) || titleSpans.length === 0) return null;
  const span = titleSpans[0]!;
  const line = folded.slice(span.start, span.end).trimStart();
  const town = TOWN_HEAD.exec(line);
  if (!town) return null;
  const written = town[1]!;
  const name = townOrgan(written);
  if (!name) return null;
  const at = span.start + folded.slice(span.start, span.end).indexOf(written);
  return { name, mention: evidence(text, at, at + written.length) };
}

/** A text that speaks as a town's or sub-district's body (`对我镇造成`, `结合我乡实际`, `现将街道2025年度…报告如下`). */
const SPEAKS_AS_TOWN = /(?:我|本)(?:镇|乡|街道)|现将(?:镇|乡|街道)/;
/** A town or sub-district named alone (`鼓山镇`, `大中街道`), not its organ; group 1. */
const TOWN_NAMED = new RegExp(`(${TOWN_NAME})${NO_ORGAN_AFTER}`, 'g');
/** A disclosure report's receiving body written whole (`受理机构为长春市南关区桃源街道办事处`); group 1. */
const RECEIVING_TOWN_ORGAN = /受理机构(?:为|是|:)([\u4e00-\u9fa5]{4,30}?(?:镇人民政府|乡人民政府|街道办事处))/;

/**
 * A text with no title that speaks as a town's body (a cover letter or a report stored from its first sentence): the
 * first town or sub-district it names alone, placed by `townOrgan` (`鼓山镇` → `福州市晋安区鼓山镇人民政府`), is the
 * issuer; or the town organ a disclosure report names as its receiving body (`townOrganNamed`: a name written whole).
 */
export function speakingTownIssuer(
  text: string,
  folded: string,
  title: string | null,
  bodyStart: number,
  townOrgan: (place: string) => string | null,
  townOrganNamed: (written: string) => string | null,
): { name: string; mention: Mention } | null {
  if (title) return null;
  const opening = folded.slice(bodyStart, bodyStart + OPENING_REACH);
  const receiving = RECEIVING_TOWN_ORGAN.exec(folded.slice(bodyStart, bodyStart + RECEIVING_REACH));
  if (receiving) {
    const name = townOrganNamed(receiving[1]!);
    const at = bodyStart + receiving.index + receiving[0].length - receiving[1]!.length;
    if (name) return { name, mention: evidence(text, at, at + receiving[1]!.length) };
  }
  if (!SPEAKS_AS_TOWN.test(opening)) return null;
  for (const m of opening.matchAll(TOWN_NAMED)) {
    const name = townOrgan(m[1]!);
    const at = bodyStart + m.index!;
    if (name) return { name, mention: evidence(text, at, at + m[1]!.length) };
  }
  return null;
}

/** How far into a disclosure report its receiving body is looked for (the report's opening paragraph). */
const RECEIVING_REACH = 600;

/** How far into the body the sentence presenting the report may stand (a line or two of preamble before it). */
const OPENING_REACH = 400;
/** `现将省政府2024年度法治政府建设情况报告如下`: the organ reporting, then the report's year. Bounded repetitions over
 *  classes without the sentence end, so no backtracking across sentences. */
const REPORTS_AS_FOLLOWS = /现将([\u4e00-\u9fa5]{2,30}?)(?:19|20)\d\d年[^。\n]{0,40}?报告如下/;
/** `现公布《贵阳市2023年政府信息公开工作年度报告》`: the report published by name, opening with its place and year. */
const PUBLISHES_REPORT = /现(?:予)?公布《([\u4e00-\u9fa5]{2,12}?(?:市|区|县|旗))(?:19|20)\d\d年[^《》\n]{0,40}报告》/;

/**
 * A report printed without a title whose opening presents it (GB/T 9704 报告: `现将…情况报告如下`; a disclosure report's
 * `现公布《X市2023年…年度报告》`): the organ named there (`省政府`, read in the document's jurisdiction), the named
 * place's people's government, or the named town's organ (`townOrgan`) is the issuer. Only for a text with no title: a title names its own organ.
 */
export function openingReportIssuer(
  text: string,
  folded: string,
  title: string | null,
  bodyStart: number,
  resolve: (surface: string) => string | null,
  isZone: (place: string) => boolean,
  townOrgan: (place: string) => string | null,
): { name: string; mention: Mention } | null {
  if (title) return null;
  const opening = folded.slice(bodyStart, bodyStart + OPENING_REACH);
  const published = PUBLISHES_REPORT.exec(opening);
  if (published) {
    const at = bodyStart + published.index + published[0].indexOf(published[1]!);
    return placeGovernment(text, published[1]!, at, resolve, isZone);
  }
  const reported = REPORTS_AS_FOLLOWS.exec(opening);
  if (!reported) return null;
  const named = reported[1]!;
  const at = bodyStart + reported.index + 2;
  // `现将周溪乡2024年法治政府建设工作报告如下`: a town reporting is its people's government.
  const name = ORGAN_ENDING.test(named) ? resolve(named) : townOrgan(named);
  return name ? { name, mention: evidence(text, at, at + named.length) } : null;
}
