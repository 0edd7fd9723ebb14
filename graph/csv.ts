// graph/csv.ts — a table as CSV that Excel opens as it is: UTF-8 with a byte order mark, every field quoted, CRLF.
// csv-stringify does the quoting (quotes, commas and line breaks inside quotes from documents); no string building.

// The browser build (Buffer polyfilled inside) runs in the viewer and in Node alike: one module for both.
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { ColumnKey, Table } from './lists.ts';

/** Headers: the column keys (the CLI), or the labels the caller gives (the viewer, in the interface language). */
export function tableToCsv(table: Table, labels?: Partial<Record<ColumnKey, string>>): string {
  const header = table.columns.map((c) => labels?.[c] ?? c);
  return stringify([header, ...table.rows], { bom: true, quoted: true, record_delimiter: 'windows' });
}
