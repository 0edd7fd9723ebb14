// contracts/csv.ts — a table as CSV that Excel opens as it is: UTF-8 with a byte order mark, every field quoted, CRLF.
// csv-stringify does the quoting (quotes, commas and line breaks inside quotes from documents); no string building.

// The browser build (Buffer polyfilled inside) runs in the viewer and in Node alike: one module for both.
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { ColumnKey, Table } from './lists.ts';

/** A cell's words in the reader's language (a relation `basis` → 依据); other cells are returned as they are. */
export type CellWords = (column: ColumnKey, value: string) => string;

/**
 * Headers: the column keys (the CLI), or the labels the caller gives (the viewer, in the interface language); `words`
 * translates coded cells (relation, type, list) the same way.
 */
export function tableToCsv(table: Table, labels?: Partial<Record<ColumnKey, string>>, words?: CellWords): string {
  const header = table.columns.map((c) => labels?.[c] ?? c);
  const rows = words ? table.rows.map((r) => r.map((v, i) => words(table.columns[i]!, v))) : table.rows;
  return stringify([header, ...rows], { bom: true, quoted: true, record_delimiter: 'windows' });
}
