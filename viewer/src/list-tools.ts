// viewer/src/list-tools.ts — the tools above a list in the panel: a year filter and a CSV download of what it shows.
// The table and the CSV come from graph/lists.ts and graph/csv.ts, the same code as `policy-graph query … --csv`.
import type { NodeSummary } from '../../server/api-types.ts';
import { tableToCsv } from '../../graph/csv.ts';
import { yearOf, type ListKind, type Table } from '../../graph/lists.ts';
import { h } from './dom.ts';
import { t } from './i18n.ts';

export interface ListExport<T> {
  kind: ListKind;
  /** The file's name without extension (the list and what it is about). */
  fileName: string;
  table: (rows: T[]) => Table;
  /** The document a row is about (its year filters the list). */
  node?: (row: T) => NodeSummary;
}

/** Characters a file name may not hold on Windows, macOS or Linux. */
const UNSAFE_FILE_CHARS = /[\\/:*?"<>|\u0000-\u001f]/g;

/** Save `table` as CSV in the interface language (headers) through an object URL: no server round trip. */
export function downloadCsv(table: Table, fileName: string): void {
  const text = tableToCsv(table, t().tools.csvColumns);
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = h('a', { attrs: { href: url, download: `${fileName.replace(UNSAFE_FILE_CHARS, '_').slice(0, 120)}.csv` } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The toolbar of a loaded list: a year select (when its rows have years) that re-renders the list through `show`,
 * and a CSV button that exports the rows the filter leaves.
 */
export function listToolbar<T>(rows: T[], spec: ListExport<T>, show: (kept: T[]) => void): HTMLElement {
  let kept = rows;
  const bar = h('div', { class: 'list-tools', dataset: { list: spec.kind } });
  const nodeOf = spec.node;
  const years = nodeOf ? [...new Set(rows.map((r) => yearOf(nodeOf(r))).filter((y): y is number => y !== null))].sort((a, b) => b - a) : [];
  if (nodeOf && years.length > 0) {
    const select = h('select', { class: 'year-filter', attrs: { 'aria-label': t().tools.yearFilter }, title: t().tools.yearFilter });
    select.append(h('option', { attrs: { value: '' } }, t().tools.allYears), ...years.map((y) => h('option', { attrs: { value: String(y) } }, String(y))));
    select.addEventListener('change', () => {
      const year = select.value === '' ? null : Number(select.value);
      kept = year === null ? rows : rows.filter((r) => yearOf(nodeOf(r)) === year);
      bar.dataset.year = select.value;
      show(kept);
    });
    bar.append(select);
  }
  bar.append(h('button', { class: 'csv-download', attrs: { type: 'button' }, title: t().tools.csvTitle, onClick: () => downloadCsv(spec.table(kept), spec.fileName) }, t().tools.csv));
  return bar;
}

/** Choose a year in the year filter of the list `section` (a timeline bar's click); null shows every year. */
export function filterListYear(section: HTMLElement, year: number | null): void {
  const select = section.querySelector<HTMLSelectElement>('select.year-filter');
  if (!select) return;
  const value = year === null ? '' : String(year);
  // A year without rows in the loaded list (beyond its cap) has no option: show all rather than a stale filter.
  select.value = [...select.options].some((o) => o.value === value) ? value : '';
  select.dispatchEvent(new Event('change'));
}
