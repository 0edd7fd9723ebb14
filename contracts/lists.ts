// contracts/lists.ts — the analyst's lists as tables (columns and cells), for the CSV export of the explorer and the CLI,
// and the year of a listed document for the year filters of both.

import type { AgencyPortfolio, CitedByRow, CountRow, NodeSummary, SearchHit } from './api.ts';

/** Every column any exported list has; a header is the key (CLI) or its label in the interface language (viewer). */
export const COLUMN_KEYS = [
  'list',
  'id',
  'type',
  'name',
  'title',
  'doc_number',
  'date',
  'issuer',
  'relation',
  'times',
  'quotes',
  'together',
  'citing_both',
  'shared',
  'shared_policies',
  'matched',
  'snippet',
  'detail',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export interface Table {
  columns: ColumnKey[];
  rows: string[][];
}

/** The lists that can be exported. */
export type ListKind = 'cited-by' | 'co-cited' | 'same-citations' | 'search' | 'portfolio' | 'relations';

/** Several quotes or names in one cell: one per line (Excel shows a line break inside a quoted cell). */
const JOIN = '\n';

const DOC_COLUMNS: ColumnKey[] = ['id', 'name', 'title', 'doc_number', 'date', 'issuer'];

function docCells(n: NodeSummary): string[] {
  return [n.id, n.name, n.title ?? '', n.docNumber ?? '', n.date ?? '', n.issuer ?? ''];
}

function viaNames(row: CountRow): string {
  return (row.via ?? []).map((v) => (v.docNumber && v.title ? `${v.title}（${v.docNumber}）` : v.name)).join(JOIN);
}

export function citedByTable(rows: CitedByRow[]): Table {
  return {
    columns: [...DOC_COLUMNS, 'relation', 'times', 'quotes'],
    rows: rows.map((r) => [
      ...docCells(r.document),
      r.relation,
      String(r.count),
      r.quotes.map((q) => q.quote).join(JOIN),
    ]),
  };
}

/** A node's relationships as the panel lists them (what it cites or names, who mentions it): the other node and the quotes. */
export function relationTable(
  rows: { type: string; node: NodeSummary; relation?: string; evidence: { quote: string }[] }[],
): Table {
  return {
    columns: ['type', ...DOC_COLUMNS, 'relation', 'times', 'quotes'],
    rows: rows.map((r) => [
      r.type,
      ...docCells(r.node),
      r.relation ?? '',
      String(r.evidence.length),
      r.evidence.map((q) => q.quote).join(JOIN),
    ]),
  };
}

/** Co-cited (count = documents citing both, `via` = those documents) or same-citations (count and `via` = shared policies). */
export function countTable(kind: 'co-cited' | 'same-citations', rows: CountRow[]): Table {
  const [count, via]: [ColumnKey, ColumnKey] =
    kind === 'co-cited' ? ['together', 'citing_both'] : ['shared', 'shared_policies'];
  return {
    columns: [...DOC_COLUMNS, count, via],
    rows: rows.map((r) => [...docCells(r.node), String(r.count), viaNames(r)]),
  };
}

export function searchTable(hits: SearchHit[]): Table {
  return {
    columns: ['id', 'type', 'name', 'doc_number', 'date', 'issuer', 'matched', 'snippet'],
    rows: hits.map((h) => [
      h.id,
      h.label,
      h.name,
      h.docNumber ?? '',
      h.date ?? '',
      h.issuer ?? '',
      h.matched,
      h.snippet ?? '',
    ]),
  };
}

/** An agency's portfolio, its four lists one after another; `list` names the list a row belongs to. */
export function portfolioTable(p: AgencyPortfolio): Table {
  const row = (list: string, n: NodeSummary, detail = '') => [
    list,
    n.id,
    n.label,
    n.name,
    n.docNumber ?? '',
    n.date ?? '',
    detail,
  ];
  return {
    columns: ['list', 'id', 'type', 'name', 'doc_number', 'date', 'detail'],
    rows: [
      ...p.issued.map((n) => row('issued', n)),
      ...p.numberedPolicies.map((n) => row('numbered', n)),
      ...p.programs.map((n) => row('programs', n, n.inferredBy)),
      ...p.coHandled.map((n) => row('co-handled', n)),
    ],
  };
}

/** A GB/T 9704 number's year: 〔2021〕, [2021], (2021) or ［2021］ after the issuer's code. */
const NUMBER_YEAR = /[〔[(（［]((?:19|20)\d\d)[〕\])）］]/;

/** The year a listed document belongs to: its date's, else its number's; null when neither says. */
export function yearOf(n: NodeSummary): number | null {
  const fromDate = n.date ? Number(n.date.slice(0, 4)) : NaN;
  if (Number.isInteger(fromDate) && fromDate > 0) return fromDate;
  const m = n.docNumber ? NUMBER_YEAR.exec(n.docNumber) : null;
  return m ? Number(m[1]) : null;
}

/** Inclusive year bounds (null: open); a row without a year is kept only when both are open. */
export interface YearRange {
  from: number | null;
  to: number | null;
}

export function inYears(n: NodeSummary, range: YearRange): boolean {
  if (range.from === null && range.to === null) return true;
  const y = yearOf(n);
  if (y === null) return false;
  return (range.from === null || y >= range.from) && (range.to === null || y <= range.to);
}
