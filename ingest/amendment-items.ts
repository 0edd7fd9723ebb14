// ingest/amendment-items.ts — the items of a decision that amends other documents (`关于修改部分地方性法规的决定`:
// `1.在《X》第七条中增加一项`, `2.将《X》第七条第五项修改为:`, `删去《X》第二十条`, `《X》第十二条修改为`). Each names a
// document the citing one amends itself; the same words in a report of someone else's revision are no act of the
// document, so the items are read only in a document that amends (its title or its lead says so).
// Words live in ingest/data/amendment-items.json.

import data from './data/amendment-items.json' with { type: 'json' };

/** Item markers before the opener (`1.`, `(二)`, `三、`) and blanks. */
const MARKER = /^\s*(?:\d{1,3}\s*[.、]|[(][一二三四五六七八九十\d]{1,3}[)]|[一二三四五六七八九十]{1,3}\s*、)?\s*/;
/** Characters that end the clause of an item (a comma may stand inside the quoted new wording, so it does not). */
const ITEM_END = new Set([...'。;:\n'].map((c) => c.charCodeAt(0)));
const OPEN_QUOTE = '“'.charCodeAt(0);
const CLOSE_QUOTE = '”'.charCodeAt(0);
/** How far the clause of an item is read on either side of the title. */
const MAX_BEFORE = 12;
const MAX_AFTER = 160;
/** How much of the text a lead (`决定对下列地方性法规作如下修改:`) is looked for in. */
const LEAD_CHARS = 6000;

/** A numbered item that amends a document by name (`二、对《湖北省司法鉴定管理条例》作出修改`). */
const NUMBERED_AMENDMENT_G = new RegExp(
  `(?:^|\\n)\\s*[一二三四五六七八九十]{1,3}、对《[^《》\\n]{2,80}》(?:${data.numberedItemVerbs.join('|')})`,
  'g',
);
/** Items of that form that make a text the amending decision itself. */
const MIN_NUMBERED_ITEMS = 2;

/** Whether the document amends others: a decision titled with 修改/修正/修订, or a text whose lead acts so. */
export function isAmendingDocument(ownTitle: string | null, folded: string): boolean {
  if (
    ownTitle &&
    data.titleEndings.some((e) => ownTitle.endsWith(e)) &&
    data.titleWords.some((w) => ownTitle.includes(w))
  )
    return true;
  const head = folded.slice(0, LEAD_CHARS);
  // A decision cut above its title still lists its items (`一、对《X》作出修改` … `二、对《Y》作出修改`).
  if ((head.match(NUMBERED_AMENDMENT_G) ?? []).length >= MIN_NUMBERED_ITEMS) return true;
  // `决定对下列…作如下修改`: the document's own decision, not a report (`已作如下修改` has no 决定).
  return data.leadActs.some((a) => {
    const at = head.indexOf(a);
    return (
      at > 0 &&
      head.lastIndexOf('决定', at) > Math.max(0, at - 60) &&
      !head.slice(Math.max(0, at - 2), at).includes('已')
    );
  });
}

/** Whether the title at folded[start, end) heads an amendment item (read only in an amending document). */
export function isAmendmentItem(folded: string, start: number, end: number): boolean {
  let s = start;
  while (s > 0 && start - s < MAX_BEFORE && !ITEM_END.has(folded.charCodeAt(s - 1))) s--;
  if (s > 0 && !ITEM_END.has(folded.charCodeAt(s - 1))) return false;
  const opener = folded.slice(s, start).replace(MARKER, '').trim();
  if (data.deleting.includes(opener)) return true;
  if (!data.openers.includes(opener)) return false;
  // The old wording the item quotes may hold sentences of its own (`将《X》第二十五条中的“…。”修改为`): a clause end
  // inside quotation marks ends no item.
  let e = end;
  let quoted = false;
  for (; e < folded.length && e - end < MAX_AFTER; e++) {
    const c = folded.charCodeAt(e);
    if (c === OPEN_QUOTE) quoted = true;
    else if (c === CLOSE_QUOTE) quoted = false;
    else if (!quoted && ITEM_END.has(c)) break;
  }
  const rest = folded.slice(end, e);
  return data.verbs.some((v) => rest.includes(v));
}

/** How far back the subject of a reported amendment is read. */
const MAX_SUBJECT = 24;

/** Whether the title at `start` follows another body as the subject of the amendment (`省人大常委会将《X》…修改为`,
 *  `国务院已对《X》`): in a document that does not amend, a report of that body's act. */
export function isReportedAmendment(folded: string, start: number): boolean {
  let s = start;
  while (s > 0 && start - s < MAX_SUBJECT && !ITEM_END.has(folded.charCodeAt(s - 1)) && folded[s - 1] !== ',') s--;
  let clause = folded.slice(s, start).trimEnd();
  const opener = data.openers.find((o) => o !== '' && clause.endsWith(o));
  if (!opener) return false;
  clause = clause.slice(0, clause.length - opener.length).replace(/(?:已经|已)$/, '');
  // `市政府决定将《X》…`: a decision of this text's issuer, not a report.
  if (clause.includes('决定')) return false;
  return data.reportSubjects.some((w) => clause.endsWith(w));
}
