// ingest/normalize.ts — normal forms shared by extraction and scoring (ANNOTATION.md "Normalization").
// Document numbers, titles, dates (Arabic and Chinese numerals, damaged digit runs) and comparison keys.

/**
 * One full-width character → its half-width form: a full-width ASCII form (！ to ～) → the ASCII one, the ideographic
 * space → a space. The only full-width fold of the code base; the functions below and ingest/clean.ts choose which
 * characters they hand it.
 */
export function halfWidthChar(c: string): string {
  return c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0);
}

/** Full-width ASCII letters and digits → half-width (Ａ→A, ３→3); everything else untouched. */
export function halfWidthAlnum(s: string): string {
  return s.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, halfWidthChar);
}

/** Every full-width ASCII form (！ to ～) → half-width, and the ideographic space → a space. */
export function halfWidthAll(s: string): string {
  return s.replace(/[\uFF01-\uFF5E\u3000]/g, halfWidthChar);
}

const WHITESPACE = /[\s\u00A0\u3000\u200B\uFEFF]+/g;

/** ANNOTATION.md title form: the text between 《》, full-width letters/digits half-width, whitespace removed,
 *  brackets and dashes kept as written. An outer 《》 pair around the whole title is dropped. */
export function normalizeTitle(raw: string): string {
  let t = halfWidthAlnum(raw).replace(WHITESPACE, '');
  if (t.startsWith('《') && t.endsWith('》') && t.indexOf('《', 1) === -1) t = t.slice(1, -1);
  // An attachment's link names its file (`《…的通知.doc》`): the extension is no part of the document's title.
  return t.replace(FILE_EXTENSION, '');
}
const FILE_EXTENSION = /\.(?:docx?|pdf|wps|xlsx?|ofd|txt|rar|zip)$/i;

/** Any bracket pair seen around the year of a document number (GB/T 9704 prescribes 〔〕). */
const YEAR_BRACKETED = /[〔[［【(（﹝〖„]\s*((?:19|20)\d\d)\s*[〕\]］】)）﹞〗‟]/;

const NEEDS_NORMALIZING = /[\s\u00A0\uFF01-\uFF5E\u3000[\]【】()（）［］﹝﹞〖〗„‟第]/;

/** ANNOTATION.md document-number form: `机关代字〔年份〕序号号`, any bracket → 〔〕, no spaces, a stray 第 dropped,
 *  digits as written (full-width → half-width). Order numbers (`国务院令第709号`) keep their 第. */
export function normalizeDocNumber(raw: string): string {
  // Already in normal form (the common case once found): nothing to fold, no bracket variant, no 第.
  if (!NEEDS_NORMALIZING.test(raw)) return raw;
  let s = halfWidthAll(raw).replace(WHITESPACE, '');
  if (/令(?:(?:19|20)\d\d年)?第\d+号$/.test(s)) return s;
  s = s.replace(YEAR_BRACKETED, '〔$1〕');
  s = s.replace(/〕第(\d)/, '〕$1');
  return s;
}

/** The comparison key used when scoring titles and when extraction tells two mentions of one document apart: the
 *  normalized title with every full-width form folded, angle brackets and dash variants unified, so presentation
 *  differences do not count as misses. Stricter than graph/normalize.ts titleIdentityKey (the cross-document node
 *  key), which also folds 〔〕【】 into () and drops quotes. */
export function titleKey(raw: string): string {
  let k = TITLE_KEYS.get(raw);
  if (k === undefined) TITLE_KEYS.set(raw, (k = computeTitleKey(raw)));
  return k;
}

/** A bounded memo: the same titles and numbers recur across the documents of a corpus (laws, plans, State Council
 *  opinions), and their keys cost several passes each. Cleared when full, so memory stays flat over any number of files. */
class BoundedMemo extends Map<string, string> {
  constructor(private readonly max: number) {
    super();
  }
  override set(key: string, value: string): this {
    if (this.size >= this.max) this.clear();
    return super.set(detach(key), detach(value));
  }
}

/** A copy of `s` that does not keep the string it was sliced from alive: V8 makes a slice of 13 or more characters a
 *  view into its parent, so a cached title would otherwise retain its whole document. Concatenating makes a new string
 *  and slicing that one refers only to the new string. */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
const TITLE_KEYS = new BoundedMemo(2_048);
const NUMBER_KEYS = new BoundedMemo(2_048);

function computeTitleKey(raw: string): string {
  return halfWidthAll(normalizeTitle(raw))
    .replace(/[〈<]/g, '《')
    .replace(/[〉>]/g, '》')
    .replace(/[—―‒–－-]+/g, '—')
    .replace(/[“”"]/g, '"')
    .replace(/[‘’']/g, "'");
}

/** The comparison key for document numbers. */
export function docNumberKey(raw: string): string {
  let k = NUMBER_KEYS.get(raw);
  // An order's serial is the same with or without its 第 (`国务院令712号` is 国务院令第712号).
  if (k === undefined)
    NUMBER_KEYS.set(
      raw,
      (k = normalizeDocNumber(raw)
        .replace(/〔(\d{4})〕0+(\d)/, '〔$1〕$2')
        .replace(/令((?:19|20)\d\d年)?(\d+号)$/, '令$1第$2')),
    );
  return k;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

const CN_DIGIT: Record<string, number> = {
  〇: 0,
  '○': 0,
  零: 0,
  O: 0,
  o: 0,
  Ｏ: 0,
  '０': 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
// Typed years mix ASCII digits into numerals (`二00六年`): each digit stands for itself.
for (let d = 0; d <= 9; d++) CN_DIGIT[String(d)] = d;

/** 二〇二三 → 2023 (digit by digit); 二十八 → 28; 十二 → 12; 十 → 10. Returns NaN when not a numeral. */
export function chineseNumeral(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.includes('十')) {
    const [tens, ones] = s.split('十');
    const t = tens === '' ? 1 : CN_DIGIT[tens!];
    const o = ones === '' ? 0 : CN_DIGIT[ones!];
    if (t === undefined || o === undefined || (tens ?? '').length > 1 || (ones ?? '').length > 1) return NaN;
    return t * 10 + o;
  }
  let n = 0;
  for (const c of s) {
    const d = CN_DIGIT[c];
    if (d === undefined) return NaN;
    n = n * 10 + d;
  }
  return s.length ? n : NaN;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(y: number, m: number, d: number): boolean {
  if (!(y >= 1949 && y <= 2100 && m >= 1 && m <= 12 && d >= 1)) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]!);
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const CN_NUM = '[〇○零Oo0-9０-９一二三四五六七八九十]';
/** `2023年4月28日`, `二〇二三年四月二十八日`, `2023-04-28`, `2023/4/28`, `2023.04.28`, with optional spaces. */
export const DATE_PATTERN = new RegExp(
  [
    `(${CN_NUM}{4})\\s*年\\s*(${CN_NUM}{1,3})\\s*月\\s*(${CN_NUM}{1,3})\\s*日`,
    `((?:19|20)\\d\\d)\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})(?!\\d)`,
  ].join('|'),
);

/** Parse a date written in any of the forms of DATE_PATTERN, or a damaged digit run (`2025427`) when it has exactly
 *  one valid reading. Returns ISO `YYYY-MM-DD` or null. */
export function parseDate(raw: string): string | null {
  const s = halfWidthAll(raw).trim();
  const m = DATE_PATTERN.exec(s);
  if (m) {
    const [y, mo, d] = m[1] !== undefined ? [m[1], m[2]!, m[3]!] : [m[4]!, m[5]!, m[6]!];
    const yy = chineseNumeral(y);
    const mm = chineseNumeral(mo);
    const dd = chineseNumeral(d);
    return validDate(yy, mm, dd) ? iso(yy, mm, dd) : null;
  }
  const digits = /^((?:19|20)\d\d)(\d{2,4})$/.exec(s);
  if (digits) return damagedDate(Number(digits[1]), digits[2]!);
  return null;
}

/** `2025427` → 2025-04-27: split the month/day digits every possible way; keep the reading only if it is unique. */
function damagedDate(year: number, rest: string): string | null {
  const readings = new Set<string>();
  for (let i = 1; i < rest.length; i++) {
    const mo = rest.slice(0, i);
    const d = rest.slice(i);
    if (mo.length > 2 || d.length > 2) continue;
    const mm = Number(mo);
    const dd = Number(d);
    if (validDate(year, mm, dd)) readings.add(iso(year, mm, dd));
  }
  return readings.size === 1 ? [...readings][0]! : null;
}
