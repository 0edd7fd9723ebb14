// viewer/src/legal-levels.ts — the Chinese names of the legal levels (效力级别), from the same data file as ingest/legal-level.ts.
import data from '../../ingest/data/legal-levels.json';

export const LEGAL_LEVEL_LABELS: Readonly<Record<string, string>> = data.levels;
