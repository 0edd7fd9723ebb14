// test/ingest/one-line.test.ts — a page saved without line breaks (a whole reply on one line, as some portals and
// copy-paste produce) must give what the same page with its line breaks gives: the header stage segments the run-in
// line at the boundaries its layout shows. Every sample of the annotated sets is joined onto one line (newlines → one
// blank) and compared with its multi-line extraction; the agreement summed over all files has a floor.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText } from '../../ingest/extract.ts';
import type { DocumentExtraction } from '../../ingest/model.ts';

const SETS = ['samples/corpus', 'samples/dev2', 'samples/dev3', 'samples/dev4', 'samples/dev5'];

function keys(x: DocumentExtraction): Record<string, Set<string>> {
  const r = x.respondsTo;
  return {
    citations: new Set(x.citations.map((c) => `${c.title ?? ''}|${c.docNumber ?? ''}`)),
    agencies: new Set(x.agencies.map((a) => a.name)),
    respondsTo: new Set(r ? [`${r.kind}|${r.number ?? ''}|${r.session ?? ''}`] : []),
    document: new Set([`title|${x.document.title ?? ''}`, `docNumber|${x.document.docNumber ?? ''}`, `issuer|${x.document.issuer ?? ''}`]),
  };
}

/** Per field: items the multi-line extraction finds, and how many of them the one-line extraction also finds. */
export function agreement(): Record<string, { many: number; both: number }> {
  const out: Record<string, { many: number; both: number }> = {};
  for (const dir of SETS) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const text = readFileSync(join(dir, f), 'utf8');
      const many = keys(extractText(text));
      const oneX = extractText(text.replace(/\r?\n/g, ' '));
      for (const c of oneX.citations) for (const s of c.spans) expect(oneX.text.slice(s.start, s.end)).toBe(s.text);
      const one = keys(oneX);
      for (const [k, set] of Object.entries(many)) {
        const o = (out[k] ??= { many: 0, both: 0 });
        o.many += set.size;
        for (const v of set) if (one[k]!.has(v)) o.both++;
        if (process.env.ONE_LINE_VERBOSE) for (const v of set) if (!one[k]!.has(v)) console.log(`${dir}/${f} ${k} missing ${v}`);
      }
    }
  }
  return out;
}

test('the one-line form of every annotated sample gives (nearly) what its multi-line form gives', () => {
  const a = agreement();
  console.log(Object.entries(a).map(([k, v]) => `${k} ${v.both}/${v.many}`).join(', '));
  const share = (k: string) => a[k]!.both / a[k]!.many;
  // Before the virtual lines: citations 107/220, agencies 191/407, respondsTo 9/49, document fields 149/363.
  expect(share('citations')).toBeGreaterThanOrEqual(0.98);
  expect(share('agencies')).toBeGreaterThanOrEqual(0.98);
  expect(share('respondsTo')).toBeGreaterThanOrEqual(0.95);
  expect(share('document')).toBeGreaterThanOrEqual(0.9);
}, 600_000);
