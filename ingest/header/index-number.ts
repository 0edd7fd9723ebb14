// ingest/header/index-number.ts — the form of a government page's index number (索引号, GB/T 21063 government
// information resource catalogue): the publisher's code, `/`, the year (or year and month), `-`, a serial.
//   11500000MB15895317/2023-00159   an 18-character unified social credit code (may end in a letter)
//   11532323015172622Y-/2018-1220012 the same code with a stray `-` before the slash, a 7-digit serial
//   003129766/201901-00336          a 9-digit organization code, year and month
//   306-18-2021-537                 older dashed catalogue numbers (national ministries)

/** The unmistakable form: a code, `/`, year or year+month, `-`, serial (the bullets reader needs no label). */
export const INDEX_NUMBER = /^[0-9A-Za-z]{6,20}-?\/(?:19|20)\d\d(?:0[1-9]|1[0-2])?-\d{3,7}$/;

/** What a labelled index number may look like: letters, digits, `/`, `-` and `.` with at least four digits. */
const LABELLED_FORM = /^[0-9A-Za-z][0-9A-Za-z/.\-]{4,59}$/;

/** The index number a labelled value opens with: the value's first blank-separated token (a label the table does not
 *  know may follow on the same line: `003129766/201901-00336 分 类 综合政务`), or null. */
export function indexNumberOf(value: string): string | null {
  const token = value.trim().split(/\s+/, 1)[0] ?? '';
  if (!LABELLED_FORM.test(token)) return null;
  let digits = 0;
  for (const c of token) if (c >= '0' && c <= '9') digits++;
  return digits >= 4 ? token : null;
}
