// ingest/lifecycle.ts — when the document takes effect and until when it is valid, from its own text.
// ANNOTATION.md "Relations and lifecycle": effectiveDate from `自2021年1月1日起施行` / `自印发之日起施行` (→ the document's
// writtenDate, else signedDate, else publishedDate), else from the page metadata's field as the header stage read it (`【施行日期】`, `生效日期:`,
// `实施日期:`); expiryDate from `有效期至…`, `有效期为…至…`, `有效期N年` (effective + N years − 1 day). The text's own
// clause wins over a database field (the database often copies the publication date). Not dates of effect: adoption
// (`…会议通过`), comment and collection periods, status lines (`有效性: 有效`), clauses about another document
// (`《条例》自…起施行`, `自1995年1月1日起施行的《…》`).

import type { Lifecycle, Mention } from './model.ts';
import { chineseNumeral, parseDate } from './normalize.ts';
import { evidence } from './spans.ts';

export interface LifecycleInput {
  text: string;
  folded: string;
  /** The document's own title (for 试行 / 暂行). */
  title: string | null;
  writtenDate: string | null;
  signedDate: string | null;
  publishedDate: string | null;
  /** The page metadata's date fields (施行/生效/实施日期, 废止/失效日期) with their evidence, read by the header stage. */
  fields: {
    effectiveDate: string | null;
    effective: Mention | null;
    expiryDate: string | null;
    expiry: Mention | null;
  };
}

export interface LifecycleResult {
  effectiveDate: string | null;
  expiryDate: string | null;
  lifecycle: Lifecycle;
}

const NUM = '[0-9〇○零一二三四五六七八九十]';
/** A written date: `2021年1月1日`, `二〇二一年一月一日` (spaces allowed between the parts). */
const WRITTEN_DATE = `${NUM}{4} *年 *${NUM}{1,3} *月 *${NUM}{1,3} *日`;
/** Acts whose day a `自…之日起` clause counts from: the document's own issuing. */
const OWN_ACT = '(?:印发|发布|公布|颁布|下发|发文|签发|公告|发出)';
/** `自2021年1月1日起施行`, `本办法自印发之日起实施`, `(…通过 1996年10月1日起施行)`: the verb right after 起. */
/** The words before 起 (end-anchored, read on a bounded slice) and the verb after it. The text is searched for 起 first:
 *  a pattern opening with an optional group would be tried at every position of the text. */
// `定于…起试行` fixes the day as 自 does (`现制订出《X》,定于一九七八年四月一日起试行`).
const EFFECTIVE_BEFORE = new RegExp(`(自|从|定于)? *(?:(${WRITTEN_DATE})|${OWN_ACT}之日) *$`);
const EFFECTIVE_AFTER = /^ *(?:开始)?(?:施行|实施|生效|执行|试行)/;
/** How far before 起 its date can start (`自二〇二一年十二月三十一日 ` is 16 characters). */
const EFFECTIVE_LOOKBACK = 28;
/** What may follow the verb of a 施行 clause: its end. A verb with an object (`自2013年10月1日起实施…推广政策`) says
 *  when a measure applies, not when the document takes effect. */
// An old page may end the sentence with an ASCII full stop (`起试行.`).
const CLAUSE_CLOSE = /^\s*(?:[。,;:)】"”.]|$)/;
/** The document named as the subject (`本办法`, `本规定`): needed when the clause has no 自/从 (`本规定于…起施行`). */
const SELF_IN_CLAUSE =
  /本(?:办法|规定|通知|意见|方案|细则|措施|政策|决定|条例|规则|规划|计划|指引|制度|公告|通告|实施意见|实施方案|暂行办法|若干措施|决议|准则|标准)/;
/** `有效期至2025年12月31日`, `有效期为2021年1月1日至2025年12月31日`, `有效期5年`, `有效期为三年`. */
// Every run of blanks is its own: an optional word carries the blanks after it (`(?:自 *)?`), so two ` *` never
// stand side by side (`有效期` followed by a long run of blanks was quadratic: 64 KB took 6 s, found by npm run fuzz).
const VALIDITY = new RegExp(
  `有效期(?:为|是)? *(?:(?:(?:自|从) *)?(?:${WRITTEN_DATE}) *(?:起 *)?(?:至|到|—|-) *(${WRITTEN_DATE})|(?:至|到) *(${WRITTEN_DATE})|(\\d{1,2}|[一二两三四五六七八九十]{1,2}) *年)`,
  'g',
);
/** The document speaking of itself right before 有效期 (本办法有效期5年). */
const SELF_SUBJECT =
  /本(?:办法|规定|通知|意见|方案|细则|措施|政策|决定|条例|规则|规划|计划|指引|制度|公告|实施意见|实施方案|暂行办法|若干措施)[^。;\n]{0,6}$/;
/** Words before a 施行 clause that make another document its subject (`该条例`, `上述办法`). */
const OTHER_SUBJECT = /》|该|上述|原/;
/** How far an expiry clause may stand after the 施行 clause it continues (`自…起施行,有效期5年`). */
const EXPIRY_AFTER_EFFECTIVE = 40;

/** `现予发布施行`, `现予公布施行`: an order puts the rule in force as it publishes it. */
const PROMULGATED_IN_FORCE = /现予(?:发布|公布|颁布|印发)(?:施行|实施)/;

/** A publication note dating the act right before a `自公布之日起施行` clause
 *  (`2004年2月26日海南省人民政府令第171号公布  自公布之日起施行`): that day is the act's. */
const NOTED_ACT = /((?:19|20)\d\d年\d{1,2}月\d{1,2}日)[^。;\n]{0,40}?(?:公布|发布|颁布)\s*$/;
const NOTE_LOOK_BACK = 60;

function notedActDay(folded: string, clauseStart: number): string | null {
  const m = NOTED_ACT.exec(folded.slice(Math.max(0, clauseStart - NOTE_LOOK_BACK), clauseStart));
  return m ? parseDate(m[1]!) : null;
}

/** The lifecycle of a document from its own text. */
export function findLifecycle(input: LifecycleInput): LifecycleResult {
  const { text, folded } = input;
  const ownDay = input.writtenDate ?? input.signedDate ?? input.publishedDate;

  let effectiveDate: string | null = null;
  let effective: Mention | null = null;
  let effectiveEnd = -1;
  for (const m of effectiveClauses(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    // Attributive (`自1995年1月1日起施行的《…》`) or with an object: not this document's date of effect.
    if (!CLAUSE_CLOSE.test(folded.slice(end, end + 3))) continue;
    const clause = clauseBefore(folded, start);
    if (OTHER_SUBJECT.test(clause)) continue;
    // Without 自/从 (`本规定于…起施行`, the adoption note `(…会议通过 1996年10月1日起施行)`) the subject must be this text.
    if (m[1] === undefined && !SELF_IN_CLAUSE.test(clause) && !/通过\s*$/.test(clause)) continue;
    const date = m[2] !== undefined ? parseDate(m[2]) : (notedActDay(folded, start) ?? ownDay);
    if (!date) continue;
    effectiveDate = date;
    effective = evidence(text, start, end);
    effectiveEnd = end;
    break;
  }
  // An order's promulgating sentence with no date of its own (`现予发布施行`, `现予公布施行`): in force on the order's day.
  if (!effectiveDate && ownDay) {
    const m = PROMULGATED_IN_FORCE.exec(folded);
    if (m) {
      effectiveDate = ownDay;
      effective = evidence(text, m.index, m.index + m[0].length);
    }
  }
  if (!effectiveDate && input.fields.effectiveDate) {
    effectiveDate = input.fields.effectiveDate;
    effective = input.fields.effective;
  }

  let expiryDate: string | null = null;
  let expiry: Mention | null = null;
  for (const m of folded.matchAll(VALIDITY)) {
    const start = m.index;
    const gap = effectiveEnd >= 0 && start >= effectiveEnd ? folded.slice(effectiveEnd, start) : null;
    const continues = gap !== null && gap.length <= EXPIRY_AFTER_EFFECTIVE && !gap.includes('\n');
    if (!continues && !SELF_SUBJECT.test(folded.slice(Math.max(0, start - 16), start))) continue;
    let date: string | null = null;
    if (m[1] !== undefined || m[2] !== undefined) date = parseDate((m[1] ?? m[2])!);
    else if (effectiveDate) date = addYearsMinusDay(effectiveDate, chineseYears(m[3]!));
    if (!date) continue;
    expiryDate = date;
    expiry = evidence(text, start, start + m[0].length);
    break;
  }
  if (!expiryDate && input.fields.expiryDate) {
    expiryDate = input.fields.expiryDate;
    expiry = input.fields.expiry;
  }

  const trial = input.title !== null && /试行|暂行/.test(input.title);
  return { effectiveDate, expiryDate, lifecycle: { effective, expiry, trial } };
}

/** Every `自…起施行` clause, as match-like records ([0] the clause, [1] 自/从, [2] the written date). */
function* effectiveClauses(
  folded: string,
): Generator<{ index: number; 0: string; 1: string | undefined; 2: string | undefined }> {
  for (let at = folded.indexOf('起'); at !== -1; at = folded.indexOf('起', at + 1)) {
    const after = EFFECTIVE_AFTER.exec(folded.slice(at + 1, at + 8));
    if (!after) continue;
    const from = Math.max(0, at - EFFECTIVE_LOOKBACK);
    const before = EFFECTIVE_BEFORE.exec(folded.slice(from, at));
    if (!before) continue;
    const index = from + before.index;
    yield { index, 0: folded.slice(index, at + 1 + after[0].length), 1: before[1], 2: before[2] };
  }
}

/** The clause before `at` (back to a clause mark, at most 30 characters). */
function clauseBefore(folded: string, at: number): string {
  let s = at;
  while (s > 0 && at - s < 30 && !/[。;,!?\n]/.test(folded[s - 1]!)) s--;
  return folded.slice(s, at);
}

/** 5, 五, 两, 十 → a number of years. */
function chineseYears(s: string): number {
  return s === '两' ? 2 : chineseNumeral(s.replace('两', '二'));
}

/** effective + N years − 1 day: `有效期5年` from 2021-01-01 → 2025-12-31. */
export function addYearsMinusDay(isoDate: string, years: number): string | null {
  if (!Number.isFinite(years) || years <= 0) return null;
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y + years, m - 1, d));
  // 2020-02-29 + 1 year: no 2021-02-29; the day after validity is 2021-03-01, so the last day is 2021-02-28.
  if (t.getUTCMonth() !== m - 1) t.setUTCDate(0);
  else t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}
