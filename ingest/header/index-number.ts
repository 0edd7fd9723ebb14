// ingest/header/index-number.ts — the form of a government page's index number (索引号, GB/T 21063 government
// information resource catalogue): the publisher's code, `/`, the year (or year and month), `-`, a serial.
//   11500000MB15895317/2023-00159   an 18-character unified social credit code (may end in a letter)
//   11532323015172622Y-/2018-1220012 the same code with a stray `-` before the slash, a 7-digit serial
//   003129766/201901-00336          a 9-digit organization code, year and month
//   306-18-2021-537                 older dashed catalogue numbers (national ministries)
//   zkx_nyncj/2025-00019            a county portal's own publisher code in letters with an underscore

/** The unmistakable form: a code, `/`, year or year+month, `-`, serial (the bullets reader needs no label). */
export const INDEX_NUMBER = /^[0-9A-Za-z_]{6,20}(?:-[0-9A-Za-z]{1,10})?-?\/(?:19|20)\d\d(?:0[1-9]|1[0-2])?-\d{3,7}$/;

/** What a labelled index number may look like: letters, digits, `/`, `-` and `.` with at least four digits. */
const LABELLED_FORM = /^[0-9A-Za-z][0-9A-Za-z_/.-]{4,59}$/;

/** Blanks on either side of the slash between the publisher's code and the year. */
const BLANKS_AROUND_SLASH = /(?<=^[0-9A-Za-z_-]{6,20}) *\/ *(?=(?:19|20)\d\d)/;
/** The run of code characters a value opens with. */
const LEADING_CODE = /^[0-9A-Za-z_/.-]+/;

/** The index number a labelled value opens with: its leading run of code characters (a label the table does not know
 *  may follow, after a blank or glued: `003129766/201901-00336 分 类 综合政务`, `…-00336发布机构:…`), or null. */
export function indexNumberOf(value: string): string | null {
  // `011282752 / 2017-00101`: blanks around the slash are the page's, not the number's.
  const token = LEADING_CODE.exec(value.trim().replace(BLANKS_AROUND_SLASH, '/'))?.[0] ?? '';
  if (!LABELLED_FORM.test(token)) return null;
  let digits = 0;
  for (const c of token) if (c >= '0' && c <= '9') digits++;
  return digits >= 4 ? token : null;
}
