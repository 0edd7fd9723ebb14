// test/ingest/property.test.ts — extraction never throws, and every span points at its own text, on any input.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { extractText } from '../../ingest/extract.ts';
import type { DocumentExtraction, Mention } from '../../ingest/model.ts';

const REAL = readdirSync('samples/corpus').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`samples/corpus/${f}`, 'utf8'));

function allMentions(x: DocumentExtraction): Mention[] {
  return [
    ...x.citations.flatMap((c) => c.spans),
    ...x.agencies.flatMap((a) => a.spans),
    ...x.programs.flatMap((p) => p.spans),
    ...(x.respondsTo?.evidence ? [x.respondsTo.evidence] : []),
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

/** Pieces of the language the rules react to, so random text hits the rules' edges and not only plain noise. */
const TOKENS = ['《', '》', '〈', '〉', '“', '”', '〔', '〕', '[', ']', '(', ')', '（', '）', '【', '】', '第', '号', '令', '关于', '印发', '的通知',
  '渝府办发', '国科发区', '2021', '２０２１', '142', '\n', ' ', ':', '：', '、', ',', '。', '[ 索引号 ]', '[ 发文字号 ]', '|', '附件:', '收悉',
  '市政协六届一次会议', '第0035号提案', '市科技局', '重庆市科学技术局', '二〇二三年四月二十八日', '2023年4月28日', '代表', '现印发给你们', '以下简称',
  '市政府办公厅', '基金', '试点', '示范区', '\uFFFD', '\u0000', '\uD800', '𠀋'];

describe('extraction never throws and spans lie inside the text', () => {
  test('random strings of the language', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 120 }), (parts) => checkSpans(parts.join(''))), { numRuns: 400 });
  });

  test('real documents, cut, spliced and mutated', () => {
    const doc = fc.integer({ min: 0, max: REAL.length - 1 }).map((i) => REAL[i]!);
    const mutation = fc.tuple(doc, doc, fc.nat(), fc.nat(), fc.nat(), fc.constantFrom(...TOKENS), fc.constantFrom('cut', 'splice', 'insert', 'delete', 'swapcase'));
    fc.assert(fc.property(mutation, ([a, b, i, j, k, token, op]) => {
      const p = i % (a.length + 1);
      const q = j % (b.length + 1);
      let text: string;
      switch (op) {
        case 'cut': text = a.slice(0, p); break;
        case 'splice': text = a.slice(0, p) + b.slice(q); break;
        case 'insert': text = a.slice(0, p) + token.repeat(1 + (k % 5)) + a.slice(p); break;
        case 'delete': text = a.slice(0, p) + a.slice(Math.min(a.length, p + 1 + (k % 40))); break;
        default: text = a.replace(/[,:()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)); break;
      }
      checkSpans(text);
    }), { numRuns: 300 });
  });

  test('pathological inputs stay fast and safe', () => {
    for (const text of ['《'.repeat(20000), '》'.repeat(20000), '〔2021〕1号'.repeat(3000), '渝'.repeat(50000) + '〔2021〕1号', '关于'.repeat(10000), '\n'.repeat(50000), '[ 索引号 ]\n'.repeat(5000),
      Array.from({ length: 20000 }, (_, i) => `《条例${i}》`).join('')]) {
      const t0 = Date.now();
      checkSpans(text);
      expect(Date.now() - t0).toBeLessThan(5000);
    }
  });
});
