// test/ingest/property.test.ts — extraction never throws, and every span of every kind points at its own text, on any
// input: random strings of the language, real documents mutated, the same saved on one line, long lines, and
// pathological inputs. (Time per KB on such inputs is the business of `npm run fuzz` and `npm run bench`: no clock
// here.)
import fc from 'fast-check';
import { extractText } from '../../ingest/extract.ts';
import type { DocumentExtraction, Mention } from '../../ingest/model.ts';
import { LANGUAGE_TOKENS as TOKENS, readSamples } from '../../testkit/language-pieces.mjs';

const REAL = readSamples('.');

function allMentions(x: DocumentExtraction): Mention[] {
  return [
    ...x.citations.flatMap((c) => c.spans),
    ...x.agencies.flatMap((a) => a.spans),
    ...x.programs.flatMap((p) => p.spans),
    ...x.citations.flatMap((c) => (c.relationEvidence ? [c.relationEvidence] : [])),
    ...(x.respondsTo?.evidence ? [x.respondsTo.evidence] : []),
    ...(x.lifecycle.effective ? [x.lifecycle.effective] : []),
    ...(x.lifecycle.expiry ? [x.lifecycle.expiry] : []),
  ];
}

function checkSpans(text: string): void {
  const x = extractText(text);
  expect(x.text).toBe(text);
  for (const m of allMentions(x)) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.start).toBeLessThanOrEqual(m.end);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.quoteStart).toBeLessThanOrEqual(m.start);
    expect(m.quoteEnd).toBeGreaterThanOrEqual(m.end);
    expect(text.slice(m.quoteStart, m.quoteEnd)).toBe(m.quote);
  }
}

describe('extraction never throws and spans lie inside the text', () => {
  test('random strings of the language', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(...TOKENS),
            fc.string({ maxLength: 6 }),
            fc.string({ unit: 'binary', maxLength: 4 }),
          ),
          { maxLength: 120 },
        ),
        (parts) => checkSpans(parts.join('')),
      ),
      { numRuns: 400 },
    );
  });

  test('real documents, cut, spliced and mutated', () => {
    const doc = fc.integer({ min: 0, max: REAL.length - 1 }).map((i) => REAL[i]!);
    const mutation = fc.tuple(
      doc,
      doc,
      fc.nat(),
      fc.nat(),
      fc.nat(),
      fc.constantFrom(...TOKENS),
      fc.constantFrom('cut', 'splice', 'insert', 'delete', 'swapcase'),
    );
    fc.assert(
      fc.property(mutation, ([a, b, i, j, k, token, op]) => {
        const p = i % (a.length + 1);
        const q = j % (b.length + 1);
        let text: string;
        switch (op) {
          case 'cut':
            text = a.slice(0, p);
            break;
          case 'splice':
            text = a.slice(0, p) + b.slice(q);
            break;
          case 'insert':
            text = a.slice(0, p) + token.repeat(1 + (k % 5)) + a.slice(p);
            break;
          case 'delete':
            text = a.slice(0, p) + a.slice(Math.min(a.length, p + 1 + (k % 40)));
            break;
          default:
            text = a.replace(/[,:()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
            break;
        }
        checkSpans(text);
      }),
      { numRuns: 300 },
    );
  });

  test('real documents saved on one line, or with their lines joined', () => {
    const doc = fc.integer({ min: 0, max: REAL.length - 1 }).map((i) => REAL[i]!);
    fc.assert(
      fc.property(doc, fc.constantFrom(' ', '', '\u3000', ' | '), fc.nat(), (a, joiner, n) => {
        checkSpans(a.replace(/\n/g, joiner));
        // Two or three documents run together on one long line.
        checkSpans(
          Array.from({ length: 2 + (n % 2) }, () => a)
            .join(joiner)
            .replace(/\n/g, joiner),
        );
      }),
      { numRuns: 60 },
    );
  });

  test('pathological inputs', () => {
    const reply = REAL[0]!;
    const body = reply.slice(Math.floor(reply.length / 3)).replace(/\n/g, '');
    let line128k = '';
    while (line128k.length < 64 * 1024) line128k += body;
    for (const text of [
      '《'.repeat(20000),
      '》'.repeat(20000),
      '〔2021〕1号'.repeat(3000),
      '渝'.repeat(50000) + '〔2021〕1号',
      '关于'.repeat(10000),
      '\n'.repeat(50000),
      '[ 索引号 ]\n'.repeat(5000),
      Array.from({ length: 20000 }, (_, i) => `《条例${i}》`).join(''),
      // The co-handler field whose backtracking was exponential, alone and inside a reply.
      '协办单位:' + '甲、'.repeat(31) + '乙 市教委',
      `${reply}\n协办单位:${'甲、'.repeat(200)}乙 市教委\n`,
      // A 128 KB line (64 K characters of real text), and long runs with no separator at all.
      line128k,
      '市'.repeat(100000),
      '　'.repeat(50000) + '市教委',
      ' '.repeat(100000) + '《条例》',
      '附件' + ' '.repeat(20000),
      '提出的' + ' '.repeat(20000) + '关于',
      '主 办 单 位' + '\t发\t'.repeat(5000),
    ]) {
      checkSpans(text);
    }
  });
});
