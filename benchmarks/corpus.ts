// benchmarks/corpus.ts — a synthetic corpus of any size built from the real sample documents (for extraction benchmarks).
// Each document keeps a real head (metadata, title, salutation) and gets shuffled real paragraphs and a signature.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from './rng.mjs';

interface Source {
  head: string[];
  paragraphs: string[];
  tail: string[];
}

/** Split each sample text into a head (up to the salutation or first long line), body paragraphs and a tail. */
export function loadSources(dir: string): Source[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new Error(`bench/corpus: no .txt files in ${dir}; point it at samples/corpus.`);
  return files.map((f) => {
    const lines = readFileSync(join(dir, f), 'utf8').split('\n');
    let bodyAt = lines.findIndex((l) => /[:]\s*$/.test(l.trim()) && l.trim().length < 80 && !/\[|\|/.test(l));
    if (bodyAt === -1)
      bodyAt = Math.max(
        0,
        lines.findIndex((l) => l.length > 60),
      );
    const head = lines.slice(0, bodyAt + 1);
    const rest = lines.slice(bodyAt + 1);
    const tailAt = Math.max(0, rest.length - 3);
    return { head, paragraphs: rest.slice(0, tailAt).filter((l) => l.trim() !== ''), tail: rest.slice(tailAt) };
  });
}

/** A lazily generated corpus: `count` documents of about `avgChars` characters each, same output for the same seed. */
export function* syntheticDocuments(sources: Source[], count: number, avgChars: number, seed = 42): Generator<string> {
  const rand = rng(seed);
  const pool = sources.flatMap((s) => s.paragraphs);
  for (let i = 0; i < count; i++) {
    const src = sources[Math.floor(rand() * sources.length)]!;
    const parts = [...src.head];
    let size = parts.reduce((a, l) => a + l.length + 1, 0);
    const target = avgChars * (0.5 + rand());
    while (size < target) {
      const p = pool[Math.floor(rand() * pool.length)]!;
      parts.push(p);
      size += p.length + 1;
    }
    parts.push(...src.tail);
    yield parts.join('\n');
  }
}
