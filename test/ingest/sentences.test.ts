// test/ingest/sentences.test.ts — evidence quotes: the sentence around a mention, bounded on long sentences.
import { mentionAt } from '../../ingest/sentences.ts';
import { evidence } from '../../ingest/spans.ts';

function quoteOf(text: string, mention: string): string {
  const at = text.indexOf(mention);
  return mentionAt(text, at, at + mention.length).quote;
}

describe('the quote is the sentence the mention stands in', () => {
  test.each([
    [
      'ends at 。 and keeps it',
      '近年来,市科技局持续加强协作。下一步,我们将继续努力。',
      '市科技局',
      '近年来,市科技局持续加强协作。',
    ],
    [
      'starts after the previous sentence',
      '近年来,市科技局持续加强协作。下一步,市财政局将继续支持。',
      '市财政局',
      '下一步,市财政局将继续支持。',
    ],
    ['a line break ends it and is not kept', '重庆市科学技术局\n2023年4月28日', '重庆市科学技术局', '重庆市科学技术局'],
    ['；ends it', '一是设立种子基金；二是建设“科技成果转化”平台。', '种子基金', '一是设立种子基金；'],
    [
      'leading spaces dropped',
      '上文。\u3000\u3000市政府办公厅印发《实施方案》。',
      '市政府办公厅',
      '市政府办公厅印发《实施方案》。',
    ],
    [
      'CRLF line ends',
      '重庆市经济和信息化委员会\r\n2023年5月8日',
      '重庆市经济和信息化委员会',
      '重庆市经济和信息化委员会',
    ],
  ])('%s', (_name, text, mention, want) => expect(quoteOf(text, mention)).toBe(want));
});

describe('long sentences are trimmed around the mention', () => {
  const long = '各区县' + '、某某单位'.repeat(200) + '、市科技局等部门要加强协作' + '、某某工作'.repeat(200) + '。';
  test('at most 300 characters, centred on the mention, inside the text', () => {
    const at = long.indexOf('市科技局');
    const m = mentionAt(long, at, at + 4);
    expect(m.quote.length).toBeLessThanOrEqual(300);
    expect(m.quote).toContain('市科技局');
    expect(long.slice(m.quoteStart, m.quoteEnd)).toBe(m.quote);
    expect(at - m.quoteStart).toBeGreaterThan(100);
    expect(m.quoteEnd - (at + 4)).toBeGreaterThan(100);
  });
  test('a mention near the end of a short sentence keeps the whole sentence', () => {
    const text = '前文。' + '甲'.repeat(250) + '市科技局。后文';
    expect(quoteOf(text, '市科技局')).toBe('甲'.repeat(250) + '市科技局。');
  });
  test('the walk is bounded: 10 000 mentions in a 2 MB unpunctuated text stay fast', () => {
    const big = '科'.repeat(2_000_000);
    const t0 = performance.now();
    for (let i = 0; i < 10_000; i++) mentionAt(big, i * 200, i * 200 + 4);
    // Unbounded, each mention would walk to both text edges (~4·10^10 steps); bounded it is ~6·10^6.
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
  test('citations use the same evidence', () => {
    expect(evidence).toBe(mentionAt);
  });
});
