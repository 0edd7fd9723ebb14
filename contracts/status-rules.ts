// contracts/status-rules.ts — a document's validity status on a date, from its lifecycle facts: pure, shared by the queries and the viewer.
// Not yet in force > repealed > expired > amended > in force; each status names the document and quote that establish it.

import type { CitationRelation, DocumentAct, DocumentStatus, LifecycleFacts, StatusName } from './api.ts';

/** Chinese labels as 北大法宝-style 时效性 shows them. */
export const STATUS_LABELS: Readonly<Record<StatusName, string>> = {
  'in-force': '现行有效',
  amended: '已修改',
  repealed: '已废止',
  expired: '已失效',
  'not-yet-in-force': '尚未施行',
};

export const STATUS_NAMES = Object.keys(STATUS_LABELS) as StatusName[];

/** Chinese labels of the citation relations, as the cited-by list shows them. */
export const RELATION_LABELS: Readonly<Record<CitationRelation, string>> = {
  basis: '依据',
  implements: '贯彻落实',
  amends: '修改',
  repeals: '废止',
  mentions: '提及',
};

export const RELATION_NAMES = Object.keys(RELATION_LABELS) as CitationRelation[];

/** A date as the API and CLI take it: YYYY-MM-DD, a real calendar day. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Today as YYYY-MM-DD (UTC). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** When an act or a document takes effect: its stated effective date, else its own date. */
export function effectiveFrom(d: { effectiveDate?: string | null; date?: string | null }): string | null {
  return d.effectiveDate ?? d.date ?? null;
}

/** An act counts on `at` when it has taken effect by then; an act of unknown date counts (the corpus says it). */
function inEffect(act: DocumentAct, at: string): boolean {
  return act.from === null || act.from <= at;
}

const byDate = (a: DocumentAct, b: DocumentAct) =>
  (a.from ?? '9999') < (b.from ?? '9999')
    ? -1
    : (a.from ?? '9999') > (b.from ?? '9999')
      ? 1
      : a.by.id < b.by.id
        ? -1
        : 1;

/** The status of a document on `at` (YYYY-MM-DD) from what the corpus says about it. */
export function deriveStatus(facts: LifecycleFacts, at: string): DocumentStatus {
  const doc = facts.document;
  const amendments = facts.acts.filter((a) => a.relation === 'amends' && inEffect(a, at)).sort(byDate);
  const base = { document: doc, at, amendments };
  // Repealed or amended: the act that did it says since when, by which document, in which words.
  const byAct = (status: 'repealed' | 'amended', act: DocumentAct): DocumentStatus => ({
    ...base,
    status,
    since: act.from,
    by: act.by,
    evidence: act.evidence,
    basis: `${status} by ${act.by.name}`,
  });
  const effective = doc.effectiveDate ?? null;
  if (effective && effective > at) {
    return {
      ...base,
      status: 'not-yet-in-force',
      since: effective,
      by: null,
      evidence: facts.effectiveEvidence,
      basis: `takes effect on ${effective}`,
    };
  }
  if (!effective && doc.date && doc.date > at) {
    return {
      ...base,
      status: 'not-yet-in-force',
      since: doc.date,
      by: null,
      evidence: null,
      basis: `issued on ${doc.date}, after ${at}`,
    };
  }
  const repeal = facts.acts.filter((a) => a.relation === 'repeals' && inEffect(a, at)).sort(byDate)[0];
  if (repeal) return byAct('repealed', repeal);
  const expiry = doc.expiryDate ?? null;
  if (expiry && expiry < at) {
    return {
      ...base,
      status: 'expired',
      since: expiry,
      by: null,
      evidence: facts.expiryEvidence,
      basis: `valid until ${expiry}`,
    };
  }
  const last = amendments[amendments.length - 1];
  if (last) return byAct('amended', last);
  return {
    ...base,
    status: 'in-force',
    since: effective,
    by: null,
    evidence: effective ? facts.effectiveEvidence : null,
    basis: effective ? `in force since ${effective}` : 'no repeal, amendment or expiry known in the corpus',
  };
}
