// cli/output.ts — how `extract` prints one extraction: a JSON line or a readable summary. Shared by the command and
// the extraction worker (the worker formats its result itself, so only a string crosses the thread boundary).

import type { DocumentExtraction } from '../ingest/model.ts';

/** The JSON line for one extraction: ANNOTATION.md's schema first, evidence spans alongside. Written field by field
 *  (the same bytes as JSON.stringify of the object) instead of first copying the extraction into a new object. */
export function toJsonLine(x: DocumentExtraction, includeText: boolean): string {
  let out = '{';
  const field = (name: string, value: unknown) => {
    if (value === undefined) return; // as JSON.stringify omits it
    out += `${out.length > 1 ? ',' : ''}"${name}":${JSON.stringify(value)}`;
  };
  field('file', x.file);
  field('source', x.source);
  field('encoding', x.encoding);
  field('document', x.document);
  field('respondsTo', x.respondsTo);
  field('citations', x.citations);
  field('agencies', x.agencies);
  field('programs', x.programs);
  field('runs', x.runs);
  field('lifecycle', x.lifecycle);
  if (includeText) field('text', x.text);
  else field('textLength', x.text.length);
  return out + '}';
}

/** A readable summary of one extraction. */
export function summarize(x: DocumentExtraction): string {
  const d = x.document;
  const out: string[] = [`== ${x.file ?? '(text)'} (${x.encoding})`];
  const field = (k: string, v: string | null | undefined) => v && out.push(`  ${k.padEnd(10)} ${v}`);
  field('title', d.title);
  field('number', d.docNumber);
  field('index', d.indexNumber);
  field('issuer', d.issuer);
  field('written', d.writtenDate);
  field('published', d.publishedDate);
  field('signed', d.signedDate);
  field('genre', d.genre);
  field('effective', d.effectiveDate);
  field('expires', d.expiryDate);
  if (d.topics.length) field('topics', d.topics.join('、'));
  if (x.respondsTo) {
    const r = x.respondsTo;
    field(
      'answers',
      [r.kind, r.session, r.number && `第${r.number}号`, r.title && `《${r.title}》`, r.proposer && `(${r.proposer})`]
        .filter(Boolean)
        .join(' '),
    );
  }
  out.push(`  citations (${x.citations.length})`);
  for (const c of x.citations) {
    out.push(
      `    - ${[c.title ? `《${c.title}》` : null, c.docNumber, c.issuer ? `[${c.issuer}]` : null, c.relation].filter(Boolean).join(' ')}  ×${c.spans.length}`,
    );
  }
  out.push(`  agencies (${x.agencies.length})`);
  for (const a of x.agencies) out.push(`    - ${a.name} (${a.roles.join(', ')}) ← ${a.mentions.join(' / ')}`);
  out.push(`  programs (${x.programs.length})`);
  for (const p of x.programs) out.push(`    - ${p.name} [${p.kind}]`);
  return out.join('\n');
}
