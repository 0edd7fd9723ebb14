// test/corpus/citations.ts — how many documents of a folder cite each policy, computed the way the graph merges
// citations (graph/build.ts: one node per number, a title merged into its number when the corpus pairs them),
// without Neo4j. Used by the corpus test and runnable by hand: `npx tsx test/corpus/citations.ts corpus`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildContext, buildWrites } from '../../graph/build.ts';
import { AgencyDirectory, TitleIndex } from '../../graph/resolve.ts';
import { extractText } from '../../ingest/extract.ts';

export interface CitedCount {
  id: string;
  name: string;
  /** Ingested documents of the folder whose CITES edges point at this node. */
  citingDocuments: number;
}

/** Every `.txt` of a folder (not recursive), sorted by name. */
export function corpusTexts(dir: string): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(path.join(dir, f), 'utf8') }));
}

/** Policies cited by the documents of `dir`, most cited first. */
export function citedCounts(dir: string): CitedCount[] {
  const extractions = corpusTexts(dir).map(({ name, text }) => extractText(text, { file: path.join(dir, name) }));
  const writes = buildWrites(extractions, buildContext(extractions, new TitleIndex(), AgencyDirectory.load()));
  const citing = new Map<string, Set<string>>();
  const names = new Map<string, string>();
  for (const w of writes) {
    for (const d of w.documents) if (!names.has(d.id) || d.own) names.set(d.id, d.title?.value ?? d.docNumber ?? d.id);
    for (const e of w.owned) {
      if (e.type !== 'CITES') continue;
      const set = citing.get(e.to) ?? new Set<string>();
      set.add(e.from);
      citing.set(e.to, set);
    }
  }
  return [...citing]
    .map(([id, from]) => ({ id, name: names.get(id) ?? id, citingDocuments: from.size }))
    .sort((a, b) => b.citingDocuments - a.citingDocuments || a.id.localeCompare(b.id));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const dir = process.argv[2] ?? 'corpus';
  const min = Number(process.argv[3] ?? 2);
  const counts = citedCounts(dir);
  for (const c of counts.filter((x) => x.citingDocuments >= min))
    console.log(`${c.citingDocuments}\t${c.id}\t${c.name}`);
  console.log(`policies cited by >= 5 documents: ${counts.filter((x) => x.citingDocuments >= 5).length}`);
}
