// test/corpus/bodies.ts — who the Chongqing documents of corpus/ come from, read from the file names listed in
// corpus/SOURCES.tsv (cq-<slug>-…, slugs classified in bodies.json). The issue asks for replies of ≥ 15 municipal
// bodies and ≥ 10 districts or counties; this counts them. Runnable by hand: `npx tsx test/corpus/bodies.ts`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_SOURCES = path.resolve(HERE, '..', '..', 'corpus', 'SOURCES.tsv');

type Kind = 'municipalBodies' | 'districts' | 'zones' | 'cityWide';
const KINDS: Kind[] = ['municipalBodies', 'districts', 'zones', 'cityWide'];
type Slugs = Record<Kind, Record<string, string>>;

export const SLUGS: Slugs = JSON.parse(readFileSync(path.join(HERE, 'bodies.json'), 'utf8'));

/** A reply (答复函 / 复函) is named with a `reply` part, like the samples (cq-kjj-2024-0186-reply). */
export function isReply(name: string): boolean {
  return name.split('-').includes('reply');
}

export interface BodyCounts {
  /** slug → number of reply documents, per kind of body. */
  replies: Record<Kind, Map<string, number>>;
  /** slug → number of documents of any genre, per kind of body. */
  documents: Record<Kind, Map<string, number>>;
  /** Chongqing names whose slug bodies.json does not know. */
  unknown: string[];
}

/** The `name` column of a SOURCES.tsv (header skipped). */
export function sourceNames(file = DEFAULT_SOURCES): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t')[0]);
}

export function countBodies(names: string[]): BodyCounts {
  const empty = () =>
    Object.fromEntries(KINDS.map((k) => [k, new Map<string, number>()])) as Record<Kind, Map<string, number>>;
  const counts: BodyCounts = { replies: empty(), documents: empty(), unknown: [] };
  for (const name of names) {
    const [place, slug] = name.split('-');
    if (place !== 'cq') continue; // central and neighbouring-province documents are not Chongqing bodies
    const kind = KINDS.find((k) => slug in SLUGS[k]);
    if (!kind) {
      counts.unknown.push(name);
      continue;
    }
    const bump = (m: Map<string, number>) => m.set(slug, (m.get(slug) ?? 0) + 1);
    bump(counts.documents[kind]);
    if (isReply(name)) bump(counts.replies[kind]);
  }
  return counts;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const counts = countBodies(sourceNames(process.argv[2] ?? DEFAULT_SOURCES));
  for (const kind of ['municipalBodies', 'districts'] as const) {
    const replies = counts.replies[kind];
    console.log(`${kind} with replies: ${replies.size}`);
    for (const [slug, n] of [...replies].sort()) console.log(`  ${slug}\t${SLUGS[kind][slug]}\t${n}`);
    console.log(`${kind} with any document: ${counts.documents[kind].size}`);
  }
  if (counts.unknown.length > 0) console.log(`unknown slugs: ${counts.unknown.join(', ')}`);
}
