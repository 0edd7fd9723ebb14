// graph/normalize.ts — normalization of titles, document numbers and names for cross-document identity.
// Two texts that name the same policy must give the same key, whatever brackets, dashes, spaces or full-width forms they use.

import { createHash } from 'node:crypto';
import { halfWidthAll, normalizeDocNumber as normalizeFoundDocNumber } from '../ingest/normalize.ts';

// ---------------------------------------------------------------------------
// Character-level folding
// ---------------------------------------------------------------------------

/** Every dash a title may use between years (`2021—2025`, `2021——2025`, `2021―2025`, `2021-2025`, `2021－2025`). */
const DASH_RUN = /[-\u2010-\u2015\u2212\u2500\u30FC\uFE58\uFE63\uFF0D]+/g;
/** Round, square, lenticular and tortoise-shell brackets all fold to `(` `)` in a title key. */
const OPEN_BRACKET = /[([（［【〔〖]/g;
const CLOSE_BRACKET = /[)\]）］】〕〗]/g;
/** Quotation marks (`“十四五”`, `"十四五"`, `「十四五」`) carry no identity. */
const QUOTE_MARK = /[“”‘’"'「」『』]/g;
/** Angle brackets that nest a title inside a title (`关于印发〈X〉的通知`, `关于印发《X》的通知`). */
const ANGLE_MARK = /[《》〈〉<>]/g;
const WHITESPACE = /\s+/g;

/**
 * The identity key of a title across documents (one graph node per key): half-width, no whitespace, one kind of
 * bracket, one dash, no quotes, no nesting angle brackets, no final full stop.
 * `重庆市高质量孵化载体建设实施方案（2021——2025年）` and `重庆市高质量孵化载体建设实施方案(2021—2025年)`
 * give the same key. Not for display: keep the title as written for that. Looser than ingest/normalize.ts titleKey,
 * the key extraction and scoring compare titles by within the ANNOTATION.md contract (which keeps 〔〕 and 【】
 * apart from (), and quotes): different documents write one policy's title with more variation than one document
 * or its gold file do, and a node split in two loses the citations of the other half.
 */
export function titleIdentityKey(title: string): string {
  return halfWidthAll(title.normalize('NFKC'))
    .replace(WHITESPACE, '')
    .replace(OPEN_BRACKET, '(')
    .replace(CLOSE_BRACKET, ')')
    .replace(DASH_RUN, '-')
    .replace(QUOTE_MARK, '')
    .replace(ANGLE_MARK, '')
    .replace(/[。.]+$/, '');
}

// ---------------------------------------------------------------------------
// Issuing notices: `关于印发X的通知` is the notice that issues the policy X
// ---------------------------------------------------------------------------

/**
 * A notice that issues a policy (GB/T 9704 practice): an optional issuer, `关于`, `印发` (or `颁布`/`发布`),
 * the policy title (often in `《》`/`〈〉`), `的`, and the genre of the notice.
 * `重庆市人民政府办公厅关于印发重庆市全民科学素质行动规划纲要实施方案(2021―2025年)的通知` issues
 * `重庆市全民科学素质行动规划纲要实施方案(2021―2025年)`. `转发` is NOT here: a forwarded document has its
 * own issuer and number, distinct from the forwarding notice's.
 */
const ISSUING_NOTICE = new RegExp(
  [
    '^',
    '(?<issuer>.*?)', // optional issuer before 关于 (`科技部`, `四川省人民政府`)
    '(?:关于)?', // `关于` is usual but not required (`市政府办公厅印发X的通知`)
    '(?:印发|颁布|发布)', // the verb of issuing
    '(?<policy>.+?)', // the issued policy, maybe wrapped in 《》 or 〈〉
    '的', // 的
    '(?<genre>通知|决定|通告|公告)', // the notice's own genre
    '$',
  ].join(''),
);

/** The policy a `关于印发X的通知` notice issues (outer `《》`/`〈〉` dropped), or null if the title is not such a notice. */
export function issuedPolicyTitle(title: string): string | null {
  const t = title.replace(WHITESPACE, '');
  const m = ISSUING_NOTICE.exec(t);
  if (!m?.groups) return null;
  // An issuer part that itself contains 关于 means 印发 sat inside a longer title (`关于做好…印发…的通知` is rare but real).
  if (m.groups.issuer!.includes('关于') || m.groups.issuer!.length > 40) return null;
  let policy = m.groups.policy!;
  const wrapped = /^[《〈<](.*)[》〉>]$/.exec(policy);
  if (wrapped) policy = wrapped[1]!;
  // `关于印发…的通知` whose "policy" still holds several 《》 titles issues a set of documents: no single identity.
  if (/[《〈][^》〉]*[》〉].*[《〈]/.test(policy) || policy.length < 2) return null;
  return policy;
}

/**
 * A title with the issuing agency in front (`国务院关于促进…的若干意见`) is often cited without it
 * (`关于促进…的若干意见`). Returns the title from `关于` on, or null when there is no such prefix.
 * Used only as a secondary key for learning title ↔ number (never to merge two title-only nodes).
 */
export function withoutIssuerPrefix(title: string): string | null {
  const i = title.indexOf('关于');
  if (i <= 0 || i > 40) return null;
  return title.slice(i);
}

/** The keys under which a title is known: the title, the policy it issues, and both without the issuer prefix. */
export function titleKeys(title: string): string[] {
  const keys = new Set<string>();
  const add = (t: string | null): void => {
    if (!t) return;
    keys.add(titleIdentityKey(t));
    const bare = withoutIssuerPrefix(t);
    if (bare) keys.add(titleIdentityKey(bare));
  };
  add(title);
  add(issuedPolicyTitle(title));
  return [...keys].filter((k) => k.length > 0);
}

/** The primary identity of a title-only document: the key of the policy it is (a notice resolves to what it issues). */
export function primaryTitleKey(title: string): string {
  return titleIdentityKey(issuedPolicyTitle(title) ?? title);
}

// ---------------------------------------------------------------------------
// Document numbers: 机关代字〔年份〕序号号 (GB/T 9704)
// ---------------------------------------------------------------------------

/** A document number in its normal form (ingest/normalize.ts normalizeDocNumber writes it): 机关代字〔年份〕序号号, an
 *  order (`国务院令第709号`, `商务部令2019年第1号`) or a yearly announcement (`国家税务总局公告2012年第54号`). */
const NORMAL_DOC_NUMBER =
  /^(?:[\u4e00-\u9fffA-Za-z]+〔\d{4}〕\d+号|[\u4e00-\u9fff]+令(?:(?:19|20)\d\d年)?第\d+号|[\u4e00-\u9fff]+公告(?:19|20)\d\d年第\d+号)$/;

/** The canonical form of a document number a user typed or a query received (any bracket form, full-width digits,
 *  blanks, a stray 第: the extraction's own rule), or null when the text is not one. */
export function normalizeDocNumber(raw: string): string | null {
  const s = normalizeFoundDocNumber(halfWidthAll(raw.normalize('NFKC')).replace(WHITESPACE, ''));
  return NORMAL_DOC_NUMBER.test(s) ? s : null;
}

/** The 机关代字 of a canonical document number (`渝科局发〔2021〕43号` → `渝科局发`), or null. */
export function docNumberCode(docNumber: string): string | null {
  const m = /^(.+?)〔\d{4}〕/.exec(docNumber);
  return m ? m[1]! : null;
}

/** The year of a canonical document number, or null. */
export function docNumberYear(docNumber: string): number | null {
  const m = /〔(\d{4})〕/.exec(docNumber);
  return m ? Number(m[1]) : null;
}

// ---------------------------------------------------------------------------
// Programs and proposals
// ---------------------------------------------------------------------------

/** The identity of a program name: half-width, no whitespace, no quotes (`“科创资本通”平台` = `科创资本通平台`). */
export function programKey(name: string): string {
  return halfWidthAll(name.normalize('NFKC')).replace(WHITESPACE, '').replace(QUOTE_MARK, '');
}

/** A proposal number as written without `第`/`号` (`第0035号` → `0035`). */
export function proposalNumber(raw: string): string {
  return halfWidthAll(raw).replace(WHITESPACE, '').replace(/^第/, '').replace(/号$/, '');
}

/** A short stable hash for keys built from free text. */
export function shortHash(s: string): string {
  return createHash('sha1').update(s, 'utf8').digest('hex').slice(0, 16);
}
