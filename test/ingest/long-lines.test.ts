// test/ingest/long-lines.test.ts — inputs that once hung extraction (issue 8 item 2): a co-handler field whose
// backtracking was exponential, a real reply saved on one line, and a 128 KB line. They must finish (the test
// timeout is the only clock here; the benchmark measures time per KB) and, where the line breaks carry no meaning,
// find what the multi-line text finds.
import { readFileSync } from 'node:fs';
import { extractText } from '../../ingest/extract.ts';
import type { DocumentExtraction } from '../../ingest/model.ts';

const REPLY = readFileSync('samples/corpus/cq-kjj-2023-0035-reply.txt', 'utf8');

function found(x: DocumentExtraction) {
  return {
    citations: x.citations.map((c) => `${c.title ?? ''}|${c.docNumber ?? ''}`).sort(),
    agencies: x.agencies.map((a) => a.name).sort(),
  };
}

function spansHold(x: DocumentExtraction): void {
  for (const c of x.citations) for (const s of c.spans) expect(x.text.slice(s.start, s.end)).toBe(s.text);
  for (const a of x.agencies) for (const s of a.spans) expect(x.text.slice(s.start, s.end)).toBe(s.text);
}

test('a co-handler field with a long enumeration (once exponential) is read', () => {
  const line = '协办单位:' + '甲、'.repeat(31) + '乙 市教委';
  const x = extractText(`${REPLY}\n${line}\n`);
  expect(x.citations.length).toBeGreaterThan(0);
  spansHold(x);
  // The same field, no enumeration before the agency.
  expect(extractText(`${REPLY}\n协办单位: 市教委\n`).agencies.map((a) => a.name)).toEqual(
    x.agencies.map((a) => a.name),
  );
});

test('a real reply saved on one line is extracted, spans pointing into it', () => {
  const x = extractText(REPLY.replace(/\n/g, ' '));
  expect(x.document.docNumber).toBe('渝科局函〔2023〕349号');
  spansHold(x);
});

test('a 128 KB line of body text finds what the same sentences on separate lines find', () => {
  const body = REPLY.slice(REPLY.indexOf('\n', REPLY.length / 3) + 1);
  const sentences = body.replace(/\n/g, '').split(/(?<=。)/);
  let oneLine = '';
  const lines: string[] = [];
  for (let i = 0; Buffer.byteLength(oneLine) < 128 * 1024; i++) {
    const s = sentences[i % sentences.length]!;
    oneLine += s;
    lines.push(s);
  }
  const a = extractText(oneLine);
  const b = extractText(lines.join('\n'));
  expect(found(a)).toEqual(found(b));
  expect(a.citations.length).toBeGreaterThan(0);
  spansHold(a);
});
