// test/ingest/lexicon.test.ts — the trie and the first-character filter every name scan relies on: the filter must
// never reject a position where a surface starts (a miss there is a missed agency), and rejects most others.
import { FirstCharFilter, longestAt, newTrie, trieAdd } from '../../ingest/lexicon.ts';

const SURFACES = ['重庆市科学技术局', '科技局', '市政府', '国务院', '中共'];

function filterOf(surfaces: string[]): FirstCharFilter {
  const trie = newTrie<string>();
  for (const s of surfaces) trieAdd(trie, s, s);
  const f = new FirstCharFilter();
  f.addTrie(trie);
  return f;
}

describe('FirstCharFilter', () => {
  const f = filterOf(SURFACES);
  test.each([
    ['经重庆市科学技术局研究', 1, true],
    ['请市政府办公厅', 1, true],
    ['国务院关于', 0, true],
    ['科技局', 0, true],
    ['科学', 0, false], // 科 starts 科技局, but not 科学
    ['研究', 0, false],
    ['重', 0, false], // a surface needs two characters
  ])('%s at %i → %s', (text, i, may) => {
    expect(f.mayStart(text, i)).toBe(may);
  });

  test('admits every position where a surface starts, in running text', () => {
    const text = '根据国务院和重庆市科学技术局的通知,市政府、科技局及中共党组织分别研究。';
    for (let i = 0; i < text.length; i++) {
      if (SURFACES.some((s) => text.startsWith(s, i))) expect(f.mayStart(text, i)).toBe(true);
    }
  });

  test('addSurface admits a prefix that opens composed names', () => {
    const g = new FirstCharFilter();
    g.addSurface('中国共产党');
    expect(g.mayStart('中国共产党重庆市委员会', 0)).toBe(true);
    expect(g.mayStart('中央', 0)).toBe(false);
  });
});

describe('longestAt', () => {
  test('the longest surface starting at a position, bounded by `to`', () => {
    const trie = newTrie<string>();
    for (const s of ['科技', '科技局', '科技局办公室']) trieAdd(trie, s, s);
    expect(longestAt(trie, '市科技局办公室主任', 1)?.values).toEqual(['科技局办公室']);
    expect(longestAt(trie, '市科技局办公室主任', 1, 5)?.values).toEqual(['科技局']);
    expect(longestAt(trie, '市场', 0)).toBeNull();
  });
});
