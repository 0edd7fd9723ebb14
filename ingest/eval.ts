// ingest/eval.ts — scoring extractions against gold files exactly as ANNOTATION.md "Scoring" defines.
// Citations P/R/F1 (+ issuer accuracy), agencies strict and lenient, programs by containment, per-field accuracy.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractFile } from './extract.ts';
import type { DocumentExtraction } from './model.ts';
import { docNumberKey, normalizeTitle, titleKey } from './normalize.ts';

export interface GoldCitation {
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  /** Absent in gold files made before relations were annotated: such pairs are not scored for relation. */
  relation?: string | null;
}
export interface GoldAgency {
  name: string;
  mentions: string[];
  roles: string[];
}
export interface GoldProgram {
  name: string;
  mentions: string[];
  kind: string;
}
export interface Gold {
  source: string | null;
  document: Record<DocumentField, unknown>;
  respondsTo: Record<ReplyField, string | null> | null;
  citations: GoldCitation[];
  agencies: GoldAgency[];
  programs: GoldProgram[];
}

export const DOCUMENT_FIELDS = [
  'title',
  'docNumber',
  'indexNumber',
  'issuer',
  'writtenDate',
  'publishedDate',
  'signedDate',
  'genre',
  'topics',
  'effectiveDate',
  'expiryDate',
] as const;
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];
export const REPLY_FIELDS = ['kind', 'number', 'session', 'title', 'proposer'] as const;
export type ReplyField = (typeof REPLY_FIELDS)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface PRF extends Counts {
  precision: number;
  recall: number;
  f1: number;
}
export interface Accuracy {
  right: number;
  total: number;
  accuracy: number;
}

export interface DocumentScore {
  name: string;
  citations: Counts & {
    missed: string[];
    spurious: string[];
    issuerWrong: string[];
    issuerRight: number;
    issuerTotal: number;
    relationWrong: string[];
    relationRight: number;
    relationTotal: number;
  };
  agenciesStrict: Counts & { missed: string[]; spurious: string[] };
  agenciesLenient: Counts;
  programs: Counts & { missed: string[]; spurious: string[] };
  fieldMisses: string[];
  replyMisses: string[];
}

export interface EvalReport {
  documents: DocumentScore[];
  failures: string[];
  citations: PRF & { issuerAccuracy: Accuracy; relationAccuracy: Accuracy };
  agenciesStrict: PRF;
  agenciesLenient: PRF;
  programs: PRF;
  fields: Accuracy & { perField: Record<string, Accuracy> };
  respondsTo: Accuracy & { perField: Record<string, Accuracy> };
}

function prf(c: Counts): PRF {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

function acc(right: number, total: number): Accuracy {
  return { right, total, accuracy: total === 0 ? 1 : right / total };
}

interface Matching<E, G> {
  pairs: [E, G][];
  /** The extracted items no gold item matched (false positives) and the gold items missed (false negatives). */
  unE: E[];
  unG: G[];
}

function counts(m: Matching<unknown, unknown>): Counts {
  return { tp: m.pairs.length, fp: m.unE.length, fn: m.unG.length };
}

/** The counts of a matching of named items (agencies, programs), with the names missed and the spurious ones. */
function namedCounts(
  m: Matching<{ name: string }, { name: string }>,
): Counts & { missed: string[]; spurious: string[] } {
  return { ...counts(m), missed: m.unG.map((g) => g.name), spurious: m.unE.map((e) => e.name) };
}

/** One-to-one greedy matching: each gold item matched at most once, in the order of the `passes`. */
function matchAll<E, G>(extracted: E[], gold: G[], passes: ((e: E, g: G) => boolean)[]): Matching<E, G> {
  const usedE = new Set<number>();
  const usedG = new Set<number>();
  const pairs: [E, G][] = [];
  for (const pass of passes) {
    extracted.forEach((e, i) => {
      if (usedE.has(i)) return;
      const j = gold.findIndex((g, k) => !usedG.has(k) && pass(e, g));
      if (j !== -1) {
        usedE.add(i);
        usedG.add(j);
        pairs.push([e, gold[j]!]);
      }
    });
  }
  return { pairs, unE: extracted.filter((_, i) => !usedE.has(i)), unG: gold.filter((_, j) => !usedG.has(j)) };
}

const sameNumber = (a: string | null, b: string | null): boolean =>
  a !== null && b !== null && docNumberKey(a) === docNumberKey(b);
const sameTitle = (a: string | null, b: string | null): boolean =>
  a !== null && b !== null && titleKey(a) === titleKey(b);
const programKey = (s: string): string => titleKey(s).replace(/["'“”‘’「」]/g, '');

function label(c: GoldCitation): string {
  return [c.title ? `《${c.title}》` : null, c.docNumber].filter(Boolean).join(' ');
}

/** Score one extraction against its gold. */
export function scoreDocument(
  name: string,
  x: DocumentExtraction,
  gold: Gold,
): { score: DocumentScore; fields: Record<string, boolean>; reply: Record<string, boolean> | null } {
  // Citations: equal numbers, or — where either has no number — equal titles.
  const cit = matchAll(x.citations, gold.citations, [
    (e, g) => sameNumber(e.docNumber, g.docNumber),
    (e, g) => (e.docNumber === null || g.docNumber === null) && sameTitle(e.title, g.title),
  ]);
  const issuerWrong = cit.pairs
    .filter(([e, g]) => (e.issuer ?? null) !== (g.issuer ?? null))
    .map(([e, g]) => `${label(g)}: ${e.issuer ?? 'null'} ≠ ${g.issuer ?? 'null'}`);
  // Relation accuracy over matched pairs whose gold has a relation (ANNOTATION "Relations and lifecycle").
  const relationPairs = cit.pairs.filter(([, g]) => typeof g.relation === 'string');
  const relationWrong = relationPairs
    .filter(([e, g]) => e.relation !== g.relation)
    .map(
      ([e, g]) =>
        `${label(g)}: ${e.relation} ≠ ${g.relation}${e.relationEvidence ? ` («${e.relationEvidence.quote.slice(0, 60)}»)` : ''}`,
    );

  const strict = matchAll(x.agencies, gold.agencies, [(e, g) => e.name === g.name]);
  const lenient = matchAll(x.agencies, gold.agencies, [
    (e, g) => e.name === g.name,
    (e, g) => g.mentions.includes(e.name),
  ]);
  const prog = matchAll(x.programs, gold.programs, [
    (e, g) => programKey(e.name) === programKey(g.name),
    (e, g) => programKey(e.name).includes(programKey(g.name)) || programKey(g.name).includes(programKey(e.name)),
  ]);

  const fields: Record<string, boolean> = {};
  const fieldMisses: string[] = [];
  for (const f of DOCUMENT_FIELDS) {
    const want = gold.document[f] ?? (f === 'topics' ? [] : null);
    const got = x.document[f] ?? (f === 'topics' ? [] : null);
    const ok =
      f === 'title' && typeof want === 'string' && typeof got === 'string'
        ? normalizeTitle(want) === normalizeTitle(got)
        : JSON.stringify(want) === JSON.stringify(got);
    fields[f] = ok;
    if (!ok) fieldMisses.push(`${f}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  }
  let reply: Record<string, boolean> | null = null;
  const replyMisses: string[] = [];
  if (gold.respondsTo || x.respondsTo) {
    reply = {};
    for (const f of REPLY_FIELDS) {
      const want = gold.respondsTo?.[f] ?? null;
      const got = x.respondsTo?.[f] ?? null;
      const ok =
        f === 'title' && want !== null && got !== null ? normalizeTitle(want) === normalizeTitle(got) : want === got;
      reply[f] = ok;
      if (!ok) replyMisses.push(`respondsTo.${f}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
  }
  const score: DocumentScore = {
    name,
    citations: {
      ...counts(cit),
      missed: cit.unG.map(label),
      spurious: cit.unE.map((c) => label({ title: c.title, docNumber: c.docNumber, issuer: c.issuer })),
      issuerWrong,
      issuerRight: cit.pairs.length - issuerWrong.length,
      issuerTotal: cit.pairs.length,
      relationWrong,
      relationRight: relationPairs.length - relationWrong.length,
      relationTotal: relationPairs.length,
    },
    agenciesStrict: namedCounts(strict),
    agenciesLenient: counts(lenient),
    programs: namedCounts(prog),
    fieldMisses,
    replyMisses,
  };
  return { score, fields, reply };
}

function sum(list: Counts[]): Counts {
  return list.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
}

/** Extract every `X.txt` (or `.html`) in `dir` that has an `X.gold.json` beside it and score the lot. */
export async function evaluateDir(dir: string): Promise<EvalReport> {
  const names = (await readdir(dir)).filter((f) => /\.(?:txt|s?html?)$/i.test(f)).sort();
  const documents: DocumentScore[] = [];
  const failures: string[] = [];
  const perField: Record<string, { right: number; total: number }> = {};
  const replyField: Record<string, { right: number; total: number }> = {};
  for (const f of names) {
    const base = f.replace(/\.(?:txt|s?html?)$/i, '');
    let gold: Gold;
    try {
      gold = JSON.parse(await readFile(join(dir, `${base}.gold.json`), 'utf8')) as Gold;
    } catch {
      continue; // no gold: not part of the evaluation set
    }
    let x: DocumentExtraction;
    try {
      x = await extractFile(join(dir, f));
    } catch (err) {
      failures.push(err instanceof Error ? err.message : String(err));
      continue;
    }
    const { score, fields, reply } = scoreDocument(base, x, gold);
    documents.push(score);
    for (const [k, ok] of Object.entries(fields)) {
      perField[k] ??= { right: 0, total: 0 };
      perField[k].total++;
      if (ok) perField[k].right++;
    }
    if (reply) {
      for (const [k, ok] of Object.entries(reply)) {
        replyField[k] ??= { right: 0, total: 0 };
        replyField[k].total++;
        if (ok) replyField[k].right++;
      }
    }
  }
  const total = (m: Record<string, { right: number; total: number }>) =>
    Object.values(m).reduce((a, v) => ({ right: a.right + v.right, total: a.total + v.total }), { right: 0, total: 0 });
  const f = total(perField);
  const r = total(replyField);
  const issuerRight = documents.reduce((a, d) => a + d.citations.issuerRight, 0);
  const issuerTotal = documents.reduce((a, d) => a + d.citations.issuerTotal, 0);
  const relationRight = documents.reduce((a, d) => a + d.citations.relationRight, 0);
  const relationTotal = documents.reduce((a, d) => a + d.citations.relationTotal, 0);
  return {
    documents,
    failures,
    citations: {
      ...prf(sum(documents.map((d) => d.citations))),
      issuerAccuracy: acc(issuerRight, issuerTotal),
      relationAccuracy: acc(relationRight, relationTotal),
    },
    agenciesStrict: prf(sum(documents.map((d) => d.agenciesStrict))),
    agenciesLenient: prf(sum(documents.map((d) => d.agenciesLenient))),
    programs: prf(sum(documents.map((d) => d.programs))),
    fields: {
      ...acc(f.right, f.total),
      perField: Object.fromEntries(Object.entries(perField).map(([k, v]) => [k, acc(v.right, v.total)])),
    },
    respondsTo: {
      ...acc(r.right, r.total),
      perField: Object.fromEntries(Object.entries(replyField).map(([k, v]) => [k, acc(v.right, v.total)])),
    },
  };
}

const pct = (x: number): string => x.toFixed(3);

/** Every miss of a report grouped by class (citations fp / fn, issuer, relation, each document field, respondsTo,
 *  agencies, programs), each line naming its document: a reader sees which classes fail at a glance. */
export function missesByClass(r: EvalReport): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const put = (cls: string, doc: string, items: string[]): void => {
    if (items.length === 0) return;
    (out[cls] ??= []).push(...items.map((x) => `${doc}: ${x}`));
  };
  for (const d of r.documents) {
    put('citations fp', d.name, d.citations.spurious);
    put('citations fn', d.name, d.citations.missed);
    put('citation issuer', d.name, d.citations.issuerWrong);
    put('citation relation', d.name, d.citations.relationWrong);
    for (const m of d.fieldMisses) {
      const field = m.slice(0, m.indexOf(':'));
      put(`document.${field}`, d.name, [m.slice(field.length + 2)]);
    }
    for (const m of d.replyMisses) {
      const field = m.slice(0, m.indexOf(':'));
      put(field, d.name, [m.slice(field.length + 2)]);
    }
    put('agencies fp', d.name, d.agenciesStrict.spurious);
    put('agencies fn', d.name, d.agenciesStrict.missed);
    put('programs fp', d.name, d.programs.spurious);
    put('programs fn', d.name, d.programs.missed);
  }
  // A fixed order of classes: citations first, then document fields, respondsTo, agencies, programs.
  const rank = (cls: string): number => {
    const i = CLASS_ORDER.findIndex((p) => cls.startsWith(p));
    return i === -1 ? CLASS_ORDER.length : i;
  };
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)));
}
const CLASS_ORDER = [
  'citations fp',
  'citations fn',
  'citation issuer',
  'citation relation',
  'document.',
  'respondsTo.',
  'agencies',
  'programs',
];

/** Relation accuracy and the lifecycle dates, one line (printed above the summary table, which stays 8 lines). */
export function relationLine(r: EvalReport): string {
  const a = r.citations.relationAccuracy;
  const f = (k: string) => {
    const x = r.fields.perField[k];
    return x ? `${k} ${x.right}/${x.total} (${pct(x.accuracy)})` : `${k} -`;
  };
  return `relations: citation relation ${a.right}/${a.total} (${pct(a.accuracy)}), ${f('effectiveDate')}, ${f('expiryDate')}`;
}

/** The summary table: exactly 8 lines, printed last (a hook reads `tail -n 8`). */
export function summaryTable(r: EvalReport): string[] {
  const row = (name: string, p: PRF) =>
    `${name.padEnd(20)} ${pct(p.precision).padStart(6)} ${pct(p.recall).padStart(6)} ${pct(p.f1).padStart(6)}   tp=${p.tp} fp=${p.fp} fn=${p.fn}`;
  const accRow = (name: string, a: Accuracy) =>
    `${name.padEnd(20)} ${''.padStart(6)} ${''.padStart(6)} ${pct(a.accuracy).padStart(6)}   ${a.right}/${a.total} (accuracy)`;
  return [
    `${'type'.padEnd(20)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   counts`,
    row('citations', r.citations),
    accRow('citation issuer', r.citations.issuerAccuracy),
    row('agencies (strict)', r.agenciesStrict),
    row('agencies (lenient)', r.agenciesLenient),
    row('programs', r.programs),
    accRow('document fields', r.fields),
    accRow('respondsTo', r.respondsTo),
  ];
}
