// benchmarks/graph-corpus.ts — a synthetic corpus of real-looking documents for the graph benchmark and the kill-and-rerun test.
// Every document is a real sample with its own identity changed and its citations varied, so citations are shared like in life.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText } from '../ingest/extract.ts';
import { rng } from './rng.mjs';

interface Template {
  name: string;
  text: string;
  title: string | null;
  docNumber: string | null;
  proposalNumber: string | null;
  /** Document numbers the template cites, as written in the text. */
  citedNumbers: string[];
}

/** A document number as it stands in the text (after extraction normalized it to 〔〕). */
const NUMBER_IN_TEXT = /([\u4e00-\u9fff]{1,8})([〔[［(（【])(\d{4})([〕\]］)）】])第?(\d{1,4})号/g;

function loadTemplates(dir: string): Template[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (files.length === 0)
    throw new Error(`benchmarks/graph-corpus: no .txt files in ${dir}; point it at samples/corpus.`);
  return files.map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const x = extractText(text);
    return {
      name: f.replace(/\.txt$/, ''),
      text,
      title: x.document.title,
      docNumber: x.document.docNumber,
      proposalNumber: x.respondsTo?.number ?? null,
      citedNumbers: x.citations.map((c) => c.docNumber).filter((n): n is string => n !== null),
    };
  });
}

export interface SyntheticDocument {
  name: string;
  text: string;
}

export interface CorpusOptions {
  count: number;
  seed?: number;
  /** samples/corpus by default. */
  sourceDir?: string;
  /** How many variants of each really cited number exist (popularity falls off like 1/k). */
  variantsPerCitation?: number;
  /** Citations of earlier synthetic documents added to each document. */
  crossCitations?: number;
}

/**
 * Build `count` documents. Each one is a real sample where
 * - its own number gets a unique serial, its proposal a unique number, and a number-less title a unique suffix,
 *   so every synthetic document is a distinct node;
 * - each number it cites is replaced by one of `variantsPerCitation` variants, popular ones far more often
 *   (a Zipf-like draw), so cited-by and co-cited have real fan-in;
 * - a sentence citing `crossCitations` earlier synthetic documents (title and number) follows its first sentence,
 *   so citation chains run between generated documents too.
 */
export function generateCorpus(options: CorpusOptions): SyntheticDocument[] {
  const templates = loadTemplates(options.sourceDir ?? 'samples/corpus');
  const random = rng(options.seed ?? 7);
  const variants = options.variantsPerCitation ?? 40;
  const cross = options.crossCitations ?? 2;
  const out: SyntheticDocument[] = [];
  const citable: { title: string; number: string }[] = [];
  const zipf = (): number => Math.max(0, Math.min(variants - 1, Math.floor(1 / (random() + 1 / variants)) - 1));

  for (let i = 0; i < options.count; i++) {
    const t = templates[i % templates.length]!;
    let text = t.text;
    const serial = 1000 + i;
    // Cited numbers: the same code and year, a serial shifted by a popularity-drawn variant.
    text = text.replace(NUMBER_IN_TEXT, (whole, code: string, open: string, year: string, close: string, n: string) => {
      const normalized = `${code}〔${year}〕${n}号`;
      if (t.docNumber && normalized === t.docNumber) {
        return `${code}${open}${year}${close}${serial}号`;
      }
      if (!t.citedNumbers.some((c) => c.endsWith(`〔${year}〕${n}号`))) return whole;
      const k = zipf();
      return k === 0 ? whole : `${code}${open}${year}${close}${Number(n) + k * 1000}号`;
    });
    let title = t.title;
    if (t.proposalNumber) {
      const p = String(serial).padStart(4, '0');
      text = text.split(`第${t.proposalNumber}号`).join(`第${p}号`);
      title = title?.split(`第${t.proposalNumber}号`).join(`第${p}号`) ?? null;
    } else if (t.title && !t.docNumber) {
      const suffix = `(第${serial}期)`;
      text = text.split(t.title).join(`${t.title}${suffix}`);
      title = `${t.title}${suffix}`;
    }
    // Cite earlier generated documents: by title and number, as replies and notices do.
    if (cross > 0 && citable.length > 0) {
      const refs: string[] = [];
      for (let k = 0; k < cross; k++) {
        const c = citable[Math.floor(random() ** 2 * citable.length)]!;
        refs.push(`《${c.title}》(${c.number})`);
      }
      const firstStop = text.indexOf('。', text.indexOf('\n', text.indexOf(title ?? '\n') + 1));
      if (firstStop > 0)
        text = `${text.slice(0, firstStop + 1)}同时参照${refs.join('')}执行。${text.slice(firstStop + 1)}`;
    }
    const ownNumber = t.docNumber ? t.docNumber.replace(/〕\d+号$/, `〕${serial}号`) : null;
    if (title && ownNumber && title.length < 80)
      citable.push({ title: title.replace(/[《》]/g, ''), number: ownNumber });
    out.push({ name: `${String(i).padStart(5, '0')}-${t.name}`, text });
  }
  return out;
}

/** Write the corpus as UTF-8 .txt files into `dir` (created if missing). */
export function writeCorpus(docs: SyntheticDocument[], dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return docs.map((d) => {
    const file = join(dir, `${d.name}.txt`);
    writeFileSync(file, d.text);
    return file;
  });
}
