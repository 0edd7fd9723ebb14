// ingest/agencies/rules.ts — the language's rules on where a name counts as an agency: not as the modifier of a
// generic group (`市政府有关部门`), not inside a session or meeting label, not a democratic party's committee,
// and a central body's internal unit (`科技部农村科技司`) is an agency of its own while a bureau's 处 is not.

import { scan } from './compose.ts';
import { loadRoster } from './roster.ts';

/** One field a law names a government's departments by (`民政`, `住房城乡建设`, `林业和草原`): not opening with a
 *  link (`市科技局和财政局等部门`), no word that governs or acts (`市科技局会同市财政局等部门`, `市政府办公厅关于规范
 *  部门…`) and no organ's last character (`财政部重庆监管局等部门` is a body, not a field). */
const FIELD_WORD =
  '(?![和与及])(?:(?!关于|对|向|由|在|将|把|会同|牵头|配合|协助|协同|联合|各|印发|要求|请|等|的|[局厅委署院府办])[\\u4e00-\\u9fa5]){1,8}';

/** A name followed by these is the modifier of a generic group (`市政府有关部门`, `区政府各部门`, `人民银行各中心支行`;
 *  not `省政府有关规定`, where the body speaks),
 *  of a CPPCC sector (`市政协民建界别`), of a person's title (`市人大代表`, `市政协委员`) or of the departments a law
 *  names by their fields (`国务院商务主管部门`, `县人民政府民政部门`, `县人民政府公安、司法、财政…等有关部门`). Tested
 *  on GROUP_MODIFIER_LOOK characters after the name. */
export const GROUP_MODIFIER_AFTER = new RegExp(
  `^(?:各|(?:有关|相关)(?!规定|要求|文件|精神|政策|部署|决定|意见|工作)|所属|下属|直属|系统内|代表|委员(?!会)|[\\u4e00-\\u9fa5]{0,8}?界别|${FIELD_WORD}(?:、${FIELD_WORD}){0,20}等?(?:有关|相关)?(?:主管)?部门)`,
);

/** How far after a name GROUP_MODIFIER_AFTER looks: a law's list of fields runs long. */
export const GROUP_MODIFIER_LOOK = 120;

/** A name followed by a term or meeting label is part of that label (`市政协五届五次会议`, `市委六届二次全会`,
 *  `市委人才工作会议`, `中央财经委员会第六次会议`) — a verb in between means the body acts, so it still counts. The
 *  same for the name of a report (`2022年区政府工作报告`). */
export const SESSION_AFTER =
  /^(?:工作报告|第?[一二三四五六七八九十百零〇0-9]+(?:届|次)|(?:(?!召开|组织|举办|参加|出席|审议|研究|印发|主持)[\u4e00-\u9fa5]){0,6}?(?:全会|会议))/;

/** An internal unit after its parent: a central body's 办公厅/办公室, 司 or 局 is an agency of its own
 *  (`科技部农村科技司`, `教育部办公厅`, `工业和信息化部中小企业局`); a bureau's 处 is not counted and neither is the
 *  bureau as its modifier (`重庆市科学技术局农村科技处`). The unit's words must hold no other body's name
 *  (`科技部火炬中心和国家知识产权局` is two bodies): see internalUnit. */
const UNIT_GENERAL_OFFICE = '()(办公厅|办公室)';
/** The unit's own words (`资源配置与管理`, `科教和文化`): no 的 or 等, which end a noun phrase, and no 室, which ends a
 *  unit of its own (`国办督查室和有关秘书局` is a 室 and other bureaus, not one 局). */
const UNIT_WORDS = '((?:(?![的等室])[\\u4e00-\\u9fa5]){2,10}?)';
/** Department or bureau (a central body's unit) or division (a local bureau's, not counted). */
const UNIT_KIND = '(司|局|处)';
/** What may follow a unit in running text: the end, punctuation, or a word that starts the predicate. */
const UNIT_FOLLOWER =
  '(?=$|[^\\u4e00-\\u9fa5]|关于|的|要求|联系|负责|同意|印发|发布|会同|联合|牵头|配合|组织|指导|研究|审核|批准|主办|等)';
export const INTERNAL_UNIT_AFTER = new RegExp(`^(?:${UNIT_GENERAL_OFFICE}|${UNIT_WORDS}${UNIT_KIND}${UNIT_FOLLOWER})`);
/** The same rule on a whole surface (a header field, a title's organ): the unit ends it. */
export const INTERNAL_UNIT_WHOLE = new RegExp(`^(?:${UNIT_GENERAL_OFFICE}|${UNIT_WORDS}${UNIT_KIND})$`);

/** A government's own office written after it (`元谋县人民政府扶贫开发办公室`, `临湘市人民政府建议提案办公室`,
 *  `永兴县人民政府法制办公室`, `…人民政府研究室`): an organ of its own, named with the government. Its words hold no
 *  clause (`县人民政府关于设立…办公室`, `县人民政府的办公室`). A 督查室 is a room of the government's general office, as a
 *  bureau's 处 is of the bureau (the annotated sets split on it; the rule leaves it out). */
const GOVERNMENT_OFFICE_WORDS =
  '((?:(?!关于|印发|成立|设立|组建|撤销|同意|督查|的|等|和|与|及)[\\u4e00-\\u9fa5]){0,10}?(?:办公室|研究室))';
export const GOVERNMENT_OFFICE_AFTER = new RegExp(`^${GOVERNMENT_OFFICE_WORDS}${UNIT_FOLLOWER}`);
export const GOVERNMENT_OFFICE_WHOLE = new RegExp(`^${GOVERNMENT_OFFICE_WORDS}$`);

/** The office of `government` (a canonical name) that `s` opens with, or null (GOVERNMENT_OFFICE_AFTER or _WHOLE). */
export function governmentOffice(government: string, s: string, re: RegExp): string | null {
  if (!government.endsWith('人民政府')) return null;
  const m = re.exec(s);
  // `人民政府办公室` is an organ type of its own, read whole by the scan.
  return m && m[1] !== '办公室' ? m[1]! : null;
}

/** A body's general office (办公室, 办公厅) and the local bodies whose general office issues in its own name
 *  (`重庆市农业委员会办公室`, `…管理委员会办公室`); a government's office is an organ type of its own (人民政府办公室). */
export const GENERAL_OFFICE = /^(?:办公室|办公厅)$/;
export const LOCAL_OFFICE_PARENT = /(?:委员会|局|厅)$/;

/** A standing committee of a people's congress and the working committee after it (`市人大常委会选举任免代表工作委员会`,
 *  `人民代表大会常务委员会法制工作委员会`): the working committee is the organ named. Its words hold no clause mark, no
 *  conjunction and no other body's name. */
const STANDING_COMMITTEE = '人民代表大会常务委员会';
const WORKING_COMMITTEE_AFTER = /^(?:(?![的等和与及、])[\u4e00-\u9fa5]){2,12}?工作委员会/;

/** The working committee that `after` (the text right after a standing committee's name) starts with, or null. */
export function workingCommittee(parent: string, after: string): string | null {
  if (!parent.endsWith(STANDING_COMMITTEE)) return null;
  const m = WORKING_COMMITTEE_AFTER.exec(after);
  if (!m) return null;
  return scan(m[0].slice(0, -'工作委员会'.length)).length > 0 ? null : m[0];
}

/** Words that end in 局 and name no bureau: the whole, the overall situation, a pattern, a layout (not 政局 or 新局:
 *  they end 财政局 and 科技创新局). */
const LOCAL_WORD_ENDING = /(?:全局|大局|格局|布局|结局|当局|开局|变局|时局|棋局|残局|困局|破局)$/;

/** Whether `word` ends in 局 as a word of the sentence (`新发展格局`, `统揽全局`), not as a bureau. */
export function endsInWordJu(word: string): boolean {
  return LOCAL_WORD_ENDING.test(word);
}

/** The internal unit that `s` starts with (`办公厅`, `中小企业局`), or null: `re` is INTERNAL_UNIT_AFTER (running
 *  text) or INTERNAL_UNIT_WHOLE (a whole surface). Words that contain another body (`…和国家知识产权局`) are no unit. */
export function internalUnit(s: string, re: RegExp): string | null {
  const m = re.exec(s);
  if (!m) return null;
  // `党中央统揽全局`, `服务大局`, `新发展格局`: a word ending in 局 is no bureau.
  if (m[4] === '局' && endsInWordJu(m[3]! + m[4])) return null;
  const words = m[3];
  if (words && scan(words + m[4]).length > 0) return null;
  return (m[1] ?? words ?? '') + (m[2] ?? m[4] ?? '');
}

/** Democratic parties and the Youth League name their committees like the Party's (`农工党市委会`, `九三学社重庆市委`,
 *  `共青团重庆市委`, `团市委`): not government organs (ANNOTATION.md). `X委会` is the democratic parties' form. */
const NON_GOVERNMENT_ORG_BEFORE = /(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|共青团|团)$/;
/** The last characters of those names: the RegExp (and its slice) runs only after one of them. */
const NON_GOVERNMENT_ORG_LAST = new Uint8Array(0x10000);
for (const ch of '革盟建进党社团') NON_GOVERNMENT_ORG_LAST[ch.charCodeAt(0)] = 1;

/** Whether the name at `start` is a democratic party's or the Youth League's committee. */
export function afterNonGovernmentOrg(text: string, start: number): boolean {
  return (
    NON_GOVERNMENT_ORG_LAST[text.charCodeAt(start - 1)] === 1 &&
    NON_GOVERNMENT_ORG_BEFORE.test(text.slice(Math.max(0, start - 4), start))
  );
}

/** An enumeration segment that begins with 各 is a generic group; bare or relative names in it are not bodies. */
const SEGMENT_START_CODE = new Uint8Array(0x10000);
for (const ch of '，,；;。：:\n') SEGMENT_START_CODE[ch.charCodeAt(0)] = 1;

/** The enumeration segment before `pos`, at most `limit` characters back. */
export function segmentBefore(text: string, pos: number, limit = 120): string {
  let s = pos;
  const floor = Math.max(0, pos - limit);
  while (s > floor && SEGMENT_START_CODE[text.charCodeAt(s - 1)] === 0) s--;
  return text.slice(s, pos);
}

/** `区县科技局`, `市县政府`, `省市发展改革委`: a relative name after another level word is a group of bodies, not one. */
const LEVEL_GROUP_BEFORE_CODE = new Uint8Array(0x10000);
for (const ch of '区县市省乡镇') LEVEL_GROUP_BEFORE_CODE[ch.charCodeAt(0)] = 1;

export function afterLevelWord(code: number): boolean {
  return LEVEL_GROUP_BEFORE_CODE[code] === 1;
}

/** One level word of a distributed list (`省`, `自治区`, `计划单列市`, `市(地、州、盟)`). */
const LEVEL_ITEM = '(?:省|自治区|直辖市|计划单列市|副省级市|地级市|市|州|盟|县|区|旗)(?:\\([^()]{0,8}\\))?';
/** `各省、自治区、直辖市、新疆生产建设兵团交通运输厅(局、委)`, `…计划单列市及新疆生产建设兵团经贸委`: a body listed after
 *  各 and a run of level words takes their distributed organ — one of a group, no one body named. Tested on the
 *  enumeration segment before the name. */
export const LEVEL_LIST_BEFORE = new RegExp(`各${LEVEL_ITEM}(?:(?:[、和及]|以及)${LEVEL_ITEM})*(?:[、和及]|以及)$`);

/** `人民银行` named earlier in the same enumeration makes a bare `南川支行` its sub-branch. */
export const PBOC_IN_SEGMENT = /人民银行|人行/;

const SENTENCE_END_CODE = new Uint8Array(0x10000);
for (const ch of '。！？；!?;\n') SENTENCE_END_CODE[ch.charCodeAt(0)] = 1;

/** Whether a sentence ends between `from` and `to` (a code-unit walk: a RegExp call each is costly). */
export function sentenceEndsBetween(text: string, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (SENTENCE_END_CODE[text.charCodeAt(k)] === 1) return true;
  return false;
}

export function isSentenceEnd(code: number): boolean {
  return SENTENCE_END_CODE[code] === 1;
}

export function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fa5;
}

/** What may stand right before an unprefixed bureau (`、交通局`, `,交通局已将…`, `由文旅委等`): a break in the text or
 *  a word that opens a noun phrase. Any other character may end a longer name the lexicon lacks
 *  (`…和广播电视局`: 和 joins the parts of one name). A parenthesis opens a list (`牵头单位(财政局、…)`) unless an
 *  organ's name closes right before it: then it holds that organ's second name (`区文化旅游委(体育局)`). */
const OWN_NAME_AFTER_CODE = new Uint8Array(0x10000);
for (const ch of '、，,；;。：:\n \t　“"》】]由向经对在为将请同') OWN_NAME_AFTER_CODE[ch.charCodeAt(0)] = 1;
const OPEN_PAREN = /[(（]/;
const ORGAN_LAST = /[局委办厅室府会部处]/;
export function standsAlone(text: string, start: number): boolean {
  if (start === 0 || OWN_NAME_AFTER_CODE[text.charCodeAt(start - 1)] === 1) return true;
  return OPEN_PAREN.test(text[start - 1]!) && !ORGAN_LAST.test(text[start - 2] ?? '');
}

/** An unprefixed bureau followed by a word of position (`国税局西侧`, `公安局门前`) is its building, a landmark. */
export const LANDMARK_AFTER = /^(?:[东南西北](?:侧|面|边)|附近|对面|旁边?|门[口前]|周边|一带)/;

/** An order's number written serial first, after its organ (`市政府第263号令`). */
const ORDER_SERIAL_FIRST = /^第[0-9一二三四五六七八九十百零〇]{1,6}号令/;

/** A name followed by the rest of a document number's code (`国办发〔2009〕3号`, `国办函„2009‟`) or by a decree
 *  label (`贵州省人民政府令116号`, `…令第5号`, `市政府第263号令`) is part of that number, not a mention of the body. */
export function beforeNumberCode(text: string, end: number): boolean {
  const c0 = text[end];
  const c1 = text[end + 1];
  if (c0 === undefined || c1 === undefined) return false;
  if (c0 === '令') return c1 === '第' || (c1 >= '0' && c1 <= '9');
  // `市政府第263号令`: an order's number written serial first.
  if (c0 === '第') return ORDER_SERIAL_FIRST.test(text.slice(end, end + 12));
  return (c0 === '发' || c0 === '函' || c0 === '字') && '〔[［(（【„"“0123456789'.includes(c1);
}

/** A name followed by these names a website, an account or a handling system (`沈阳人大网站`, `市政府门户网站`,
 *  `市人大建议办理系统`), not the body. */
export const MEDIUM_AFTER = /^(?:网站|官网|门户网|政务网|公众号|微信|微博|客户端|(?:建议|提案|议案)?办理(?:系统|平台))/;

/** Fixed terms that open with 政府 (`政府投资项目`, `政府采购`, `政府债务`, `政府性基金`, `政府信息公开`): a name ending in
 *  政府 right before the rest of one is that term's modifier (`开州区政府投资项目管理办法`), not the government acting. */
const GOVERNMENT_TERM_AFTER = /^(?:投资|采购|债|性|购买|信息公开|规章|专项债)/;

export function inGovernmentTerm(text: string, end: number): boolean {
  return text[end - 1] === '府' && text[end - 2] === '政' && GOVERNMENT_TERM_AFTER.test(text.slice(end, end + 4));
}

/** `商务部门`, `公安部门`: a name ending in 部 followed by 门 is the generic word 部门 (a sector), not the ministry; one
 *  ending in 局 followed by 面 or 势 is the word 局面 / 局势 (`新区建设局面临新任务`: the situation of building). */
export function inSectorWord(text: string, end: number): boolean {
  const last = text[end - 1];
  const next = text[end];
  return (last === '部' && next === '门') || (last === '局' && (next === '面' || next === '势'));
}

let guardTable: Map<string, string> | null = null;
export function surfaceGuards(): Map<string, string> {
  if (!guardTable) {
    guardTable = new Map();
    for (const g of loadRoster().surfaceGuards ?? []) guardTable.set(g.surface, g.notFollowedBy);
  }
  return guardTable;
}

/** Characters that make a name's closing 办 (the short form of 办公室) a verb or a word of its own: `人民政府办理`,
 *  `办法`, `办事`, `办结`, `办学`, `办案`. */
const OFFICE_WORD_AFTER = new Set([...'理法事结学案件好实']);

/** Whether a match ending in 办 is a verb (`哈尔滨市人民政府办理…`) rather than an office's short form. */
export function officeVerb(text: string, end: number): boolean {
  return text.charCodeAt(end - 1) === 0x529e /* 办 */ && OFFICE_WORD_AFTER.has(text[end] ?? '');
}

/** Whether the match is a guarded surface followed by a character that makes it another word (`人行道`). */
export function guarded(guards: Map<string, string>, text: string, start: number, end: number): boolean {
  if (end - start > 4) return false;
  const not = guards.get(text.slice(start, end));
  return not !== undefined && end < text.length && not.includes(text[end]!);
}

/** A Party group written with or without 中共 (`中共安徽省交通运输厅党组`, `安徽省交通运输厅党组`): the organ between. */
export const PARTY_GROUP = /^(?:中共)?(.{4,}?)党组$/;

/** The canonical name of a state organ's Party group (党组): an organ of its own, which issues under the organ's code. */
export function partyGroupOf(organ: string): string {
  return `中共${organ}党组`;
}
