// viewer/src/list-tools.ts — the tools above a list in the panel: a year filter and a CSV download of what it shows.
// The table and the CSV come from contracts/lists.ts and contracts/csv.ts, the same code as `policy-graph query … --csv`.
import type { AgencyPortfolio, NodeSummary } from '../../contracts/api.ts';
import { tableToCsv } from '../../contracts/csv.ts';
import { portfolioTable, yearOf, type ColumnKey, type ListKind, type Table } from '../../contracts/lists.ts';
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
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters cannot stand in a file name
const UNSAFE_FILE_CHARS = /[\\/:*?"<>|\u0000-\u001f]/g;

/** Coded cells in the interface language: relations, node and edge types, the portfolio's list names. */
function cellWords(column: ColumnKey, value: string): string {
  const s = t();
  const lists: Record<string, string> = {
    issued: s.sections.issued,
    numbered: s.sections.numbered,
    programs: s.sections.programs,
    'co-handled': s.sections.coHandled,
  };
  const known = (m: Record<string, string>) => m[value] ?? value;
  if (column === 'relation') return known(s.relations);
  if (column === 'type') return known({ ...s.types, ...s.edgeTypes });
  if (column === 'list') return known(lists);
  if (column === 'matched') return known(s.matched);
  return value;
}

/** Save `table` as CSV in the interface language (headers, coded cells) through an object URL: no server round trip. */
export function downloadCsv(table: Table, fileName: string): void {
  const text = tableToCsv(table, t().tools.csvColumns, cellWords);
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = h('a', { attrs: { href: url, download: `${fileName.replace(UNSAFE_FILE_CHARS, '_').slice(0, 120)}.csv` } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The years of `nodes`, newest first. */
function yearsIn(nodes: NodeSummary[]): number[] {
  return [...new Set(nodes.map(yearOf).filter((y): y is number => y !== null))].sort((a, b) => b - a);
}

/** A select of "all years" and `years`; `onChange` gets the chosen year (null: all). */
function yearSelect(years: number[], onChange: (year: number | null) => void): HTMLSelectElement {
  const select = h('select', {
    class: 'year-filter',
    attrs: { 'aria-label': t().tools.yearFilter },
    title: t().tools.yearFilter,
  });
  select.append(
    h('option', { attrs: { value: '' } }, t().tools.allYears),
    ...years.map((y) => h('option', { attrs: { value: String(y) } }, String(y))),
  );
  select.addEventListener('change', () => onChange(select.value === '' ? null : Number(select.value)));
  return select;
}

function csvButton(exportNow: () => void): HTMLButtonElement {
  return h(
    'button',
    { class: 'csv-download', attrs: { type: 'button' }, title: t().tools.csvTitle, onClick: exportNow },
    t().tools.csv,
  );
}

/**
 * The toolbar of a loaded list: a year select (when its rows have years) that re-renders the list through `show`,
 * and a CSV button that exports the rows the filter leaves.
 */
export function listToolbar<T>(rows: T[], spec: ListExport<T>, show: (kept: T[]) => void): HTMLElement {
  let kept = rows;
  const bar = h('div', { class: 'list-tools', dataset: { list: spec.kind } });
  const nodeOf = spec.node;
  const years = nodeOf ? yearsIn(rows.map(nodeOf)) : [];
  if (nodeOf && years.length > 0) {
    bar.append(
      yearSelect(years, (year) => {
        kept = year === null ? rows : rows.filter((r) => yearOf(nodeOf(r)) === year);
        bar.dataset.year = year === null ? '' : String(year);
        show(kept);
      }),
    );
  }
  bar.append(csvButton(() => downloadCsv(spec.table(kept), spec.fileName)));
  return bar;
}

/** An agency portfolio's toolbar: one year filter over its document lists (programs have no year), and its CSV. */
export function portfolioToolbar(p: AgencyPortfolio, show: (kept: AgencyPortfolio) => void): HTMLElement {
  let kept = p;
  const bar = h('div', { class: 'list-tools', dataset: { list: 'portfolio' } });
  const years = yearsIn([...p.issued, ...p.numberedPolicies, ...p.coHandled]);
  if (years.length > 0) {
    bar.append(
      yearSelect(years, (year) => {
        const keep = (list: NodeSummary[]) => (year === null ? list : list.filter((n) => yearOf(n) === year));
        kept = {
          ...p,
          issued: keep(p.issued),
          numberedPolicies: keep(p.numberedPolicies),
          coHandled: keep(p.coHandled),
        };
        bar.dataset.year = year === null ? '' : String(year);
        show(kept);
      }),
    );
  }
  bar.append(csvButton(() => downloadCsv(portfolioTable(kept), `portfolio-${p.agency.name}`)));
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
