// cli/commands/extract.ts — `policy-graph extract FILE… [--json]`: one DocumentExtraction per file, in input order.
// Bad files get one stderr line naming the file and the problem; the others are still extracted; exit 1 if any failed.

import { DEFAULT_MAX_BYTES, InputError } from '../../ingest/read.ts';
import { extractFile } from '../../ingest/extract.ts';
import type { DocumentExtraction } from '../../ingest/model.ts';

export const help = `usage: policy-graph extract FILE… [--json] [--text] [--max-bytes N]

Reads each FILE (.txt or a saved .html page; UTF-8 with or without BOM, UTF-16 with BOM, or GB18030/GBK) and
prints what it is, what it answers, what it cites, the agencies it names and the programs it mentions.

  --json          one JSON object per line, in input order: the ANNOTATION.md schema plus "file", "encoding"
                  and evidence spans ({text,start,end,quote,quoteStart,quoteEnd}, offsets into the decoded text)
  --text          with --json, also include the decoded "text" the spans point into (omitted by default)
  --max-bytes N   refuse files larger than N bytes (default ${DEFAULT_MAX_BYTES}, i.e. 50 MB)

A file that cannot be read (missing, a directory, empty, binary, too large, undecodable) gives one line on
stderr, "policy-graph extract: FILE: problem"; the other files are still extracted and the exit code is 1.`;

interface Options {
  json: boolean;
  text: boolean;
  maxBytes: number;
  files: string[];
}

function parseArgs(argv: string[]): Options | string {
  const o: Options = { json: false, text: false, maxBytes: DEFAULT_MAX_BYTES, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') o.json = true;
    else if (a === '--text') o.text = true;
    else if (a === '--max-bytes' || a.startsWith('--max-bytes=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      const n = Number(v);
      if (!v || !Number.isInteger(n) || n <= 0) return `--max-bytes expects a positive whole number of bytes, got "${v ?? ''}"`;
      o.maxBytes = n;
    } else if (a === '--') o.files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else o.files.push(a);
  }
  if (o.files.length === 0) return 'expected at least one FILE';
  return o;
}

/** The JSON line for one extraction: ANNOTATION.md's schema first, evidence spans alongside. */
export function toJsonLine(x: DocumentExtraction, includeText: boolean): string {
  const { text, file, source, encoding, document, respondsTo, citations, agencies, programs, lifecycle } = x;
  return JSON.stringify({
    file,
    source,
    encoding,
    document,
    respondsTo,
    citations,
    agencies,
    programs,
    lifecycle,
    ...(includeText ? { text } : { textLength: text.length }),
  });
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
    field('answers', [r.kind, r.session, r.number && `第${r.number}号`, r.title && `《${r.title}》`, r.proposer && `(${r.proposer})`].filter(Boolean).join(' '));
  }
  out.push(`  citations (${x.citations.length})`);
  for (const c of x.citations) {
    out.push(`    - ${[c.title ? `《${c.title}》` : null, c.docNumber, c.issuer ? `[${c.issuer}]` : null, c.relation].filter(Boolean).join(' ')}  ×${c.spans.length}`);
  }
  out.push(`  agencies (${x.agencies.length})`);
  for (const a of x.agencies) out.push(`    - ${a.name} (${a.roles.join(', ')}) ← ${a.mentions.join(' / ')}`);
  out.push(`  programs (${x.programs.length})`);
  for (const p of x.programs) out.push(`    - ${p.name} [${p.kind}]`);
  return out.join('\n');
}

export async function run(argv: string[]): Promise<number> {
  const opts = parseArgs(argv);
  if (typeof opts === 'string') {
    process.stderr.write(`policy-graph extract: ${opts}. Run \`policy-graph extract --help\`.\n`);
    return 2;
  }
  let failed = 0;
  for (const file of opts.files) {
    let x: DocumentExtraction;
    try {
      x = await extractFile(file, { maxBytes: opts.maxBytes });
    } catch (err) {
      failed++;
      const msg = err instanceof InputError ? err.message : `${file}: ${err instanceof Error ? err.message : String(err)}`;
      process.stderr.write(`policy-graph extract: ${msg.replace(/\s*\n\s*/g, ' ')}\n`);
      continue;
    }
    process.stdout.write((opts.json ? toJsonLine(x, opts.text) : summarize(x) + '\n') + '\n');
  }
  return failed > 0 ? 1 : 0;
}
