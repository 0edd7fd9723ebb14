// test/corpus/corpus.test.ts — the bundled corpus (corpus/) is consistent and dense enough to be worth
// `npm start`: every .txt has its SOURCES.tsv row and vice versa, 300+ documents, no duplicate texts or addresses,
// every file non-empty valid UTF-8, none copied from the annotated samples, and (with the extraction library,
// no Neo4j) at least 10 policies cited by 5 or more of its documents.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citedCounts } from './citations.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORPUS = path.join(ROOT, 'corpus');
const SAMPLES = path.join(ROOT, 'samples');

interface SourceRow {
  name: string;
  address: string;
  datePublished: string;
  note: string;
}

function readSources(file: string): SourceRow[] {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const [header, ...rows] = lines;
  expect(header.split('\t').slice(0, 4)).toEqual(['name', 'address', 'date_published', 'note']);
  return rows.map((line) => {
    const cells = line.split('\t');
    expect(cells.length, `SOURCES.tsv row has 4 tab-separated columns: ${line.slice(0, 80)}`).toBe(4);
    const [name, address, datePublished, note] = cells;
    return { name, address, datePublished, note };
  });
}

const txtFiles = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const sources = readSources(path.join(CORPUS, 'SOURCES.tsv'));

describe('corpus/ folder', () => {
  it('holds at least 300 documents', () => {
    expect(txtFiles.length).toBeGreaterThanOrEqual(300);
  });

  it('has exactly one SOURCES.tsv row per .txt file, and no row without its file', () => {
    const names = sources.map((r) => r.name);
    expect(new Set(names).size, 'no name listed twice').toBe(names.length);
    const listed = new Set(names.map((n) => `${n}.txt`));
    expect(
      txtFiles.filter((f) => !listed.has(f)),
      '.txt files without a SOURCES.tsv row',
    ).toEqual([]);
    const present = new Set(txtFiles);
    expect(
      [...listed].filter((f) => !present.has(f)),
      'SOURCES.tsv rows without a .txt file',
    ).toEqual([]);
  });

  it('names every file like the samples (<place>-<agency>-<year>-<short>.txt) and notes that texts are page starts', () => {
    for (const f of txtFiles) expect(f).toMatch(/^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*\.txt$/);
    for (const r of sources) expect(r.note).toMatch(/page start/);
  });

  it('records no address twice, and none that the annotated samples already hold', () => {
    const addresses = sources.map((r) => r.address).filter((a) => a !== '');
    expect(addresses.length, 'nearly every document records its address').toBeGreaterThanOrEqual(txtFiles.length - 5);
    expect(new Set(addresses).size).toBe(addresses.length);
    const sampleAddresses = new Set<string>();
    for (const set of readdirSync(SAMPLES, { withFileTypes: true })) {
      if (!set.isDirectory()) continue;
      let rows: string[];
      try {
        rows = readFileSync(path.join(SAMPLES, set.name, 'SOURCES.tsv'), 'utf8')
          .split('\n')
          .slice(1);
      } catch {
        continue;
      }
      for (const row of rows)
        for (const cell of row.split('\t')) if (/^https?:\/\//.test(cell)) sampleAddresses.add(cell);
    }
    expect(addresses.filter((a) => sampleAddresses.has(a))).toEqual([]);
  });

  it('keeps every file non-empty, valid UTF-8, and no two texts alike (nor alike a sample text)', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const seen = new Map<string, string>();
    for (const f of txtFiles) {
      const bytes = readFileSync(path.join(CORPUS, f));
      const text = decoder.decode(bytes); // throws on invalid UTF-8
      expect(text.trim().length, `${f} is empty`).toBeGreaterThan(100);
      expect(text.includes('\uFFFD'), `${f} holds replacement characters`).toBe(false);
      const key = createHash('sha256').update(text.replace(/\s+/g, '')).digest('hex');
      expect(seen.get(key), `${f} has the same text as ${seen.get(key)}`).toBeUndefined();
      seen.set(key, f);
    }
    for (const set of readdirSync(SAMPLES, { withFileTypes: true })) {
      if (!set.isDirectory()) continue;
      for (const f of readdirSync(path.join(SAMPLES, set.name)).filter((n) => n.endsWith('.txt'))) {
        const text = readFileSync(path.join(SAMPLES, set.name, f), 'utf8');
        const key = createHash('sha256').update(text.replace(/\s+/g, '')).digest('hex');
        expect(seen.get(key), `${seen.get(key)} copies samples/${set.name}/${f}`).toBeUndefined();
      }
    }
  });

  it('cites at least 10 policies from 5 or more of its documents (extraction, no Neo4j)', () => {
    const counts = citedCounts(CORPUS);
    const dense = counts.filter((c) => c.citingDocuments >= 5);
    expect(dense.length, dense.map((c) => `${c.citingDocuments} ${c.name}`).join('\n')).toBeGreaterThanOrEqual(10);
    // the most cited policy of a Chongqing government corpus is the information-disclosure regulation
    expect(dense[0].name).toContain('政府信息公开条例');
  }, 60_000);
});
