// test/graph/text-search.test.ts — pure parts of search and export: the full-text phrase (lone ideographs at its
// edges), the sentence shown for a body match, the CLI's pick among search hits, list tables, years, CSV.
import { parse } from 'csv-parse/sync';
import { tableToCsv } from '../../contracts/csv.ts';
import { citedByTable, countTable, inYears, yearOf } from '../../contracts/lists.ts';
import { pickHit } from '../../graph/name-resolution.ts';
import { luceneQuery, matchingSentence, SNIPPET_MAX, trimmedPhrase } from '../../graph/text-search.ts';
import type { NodeSummary, SearchHit } from '../../contracts/api.ts';

describe('trimmedPhrase: a lone ideograph against a digit or Latin run is a unigram the index holds only inside bigrams', () => {
  const table: [string, string | null][] = [
    ['第0035号提案', '0035号提案'],
    ['第1160号建议', '1160号建议'],
    ['142号', '142'],
    ['渝府办发〔2021〕142号', '渝府办发〔2021〕142'], // starts with a run of ideographs (bigrams): only the end is trimmed
    ['第3号', '3号'], // never trimmed below two characters: a bare digit would match anything
    ['孵化载体', null],
    ['0035号提案', null],
    ['第5G', '5G'],
    ['号', null],
  ];
  test.each(table)('%s → %s', (input, expected) => {
    expect(trimmedPhrase(input)).toBe(expected);
  });

  test('the query holds the phrase and, as an alternative, the trimmed phrase; special characters are escaped', () => {
    expect(luceneQuery('第0035号提案')).toBe('"第0035号提案" OR "0035号提案"');
    expect(luceneQuery('孵化载体')).toBe('"孵化载体"');
    expect(luceneQuery('a"b(c)')).toBe('"a\\"b\\(c\\)"');
    expect(luceneQuery('  ')).toBe('');
  });
});

describe('matchingSentence', () => {
  const text =
    '一、总体要求\n近年来,我市推动科技成果转化。会同相关部门,重点打造大型孵化载体、环大学创新生态圈等高质量孵化载体;构建多层次孵化体系。\n二、下一步';
  test.each([
    ['打造大型孵化载体', '会同相关部门,重点打造大型孵化载体、环大学创新生态圈等高质量孵化载体;'],
    ['总体要求', '一、总体要求'],
    ['下一步', '二、下一步'],
    ['第0035号提案', null],
  ])('%s', (q, expected) => {
    expect(matchingSentence(text, q)).toBe(expected);
  });

  test('a trimmed phrase finds the sentence when the literal one does not occur', () => {
    expect(matchingSentence('收到市政协0035号提案。', '第0035号提案')).toBe('收到市政协0035号提案。');
  });

  test('a long sentence is cut around the match', () => {
    const long = `${'甲'.repeat(300)}孵化载体${'乙'.repeat(300)}。`;
    const s = matchingSentence(long, '孵化载体')!;
    expect(s).toContain('孵化载体');
    expect(s.length).toBeLessThanOrEqual(SNIPPET_MAX + 2);
    expect(s.startsWith('…') && s.endsWith('…')).toBe(true);
  });
});

function hit(
  id: string,
  label: SearchHit['label'],
  matched: string,
  score: number,
  citedBy: number,
  extra: Partial<SearchHit> = {},
): SearchHit {
  return { id, label, name: id, matched, score, citedBy, ...extra };
}

describe('pickHit: one node, or the candidates', () => {
  test('one exact number among partial matches', () => {
    const r = pickHit('渝府办发〔2021〕142号', [
      hit('doc:渝府办发〔2021〕142号', 'Document', 'docNumber', 100, 2, { docNumber: '渝府办发〔2021〕142号' }),
      hit('doc:x', 'Document', 'title', 30, 9),
    ]);
    expect(r).toMatchObject({ kind: 'one', node: { id: 'doc:渝府办发〔2021〕142号' }, others: [] });
  });
  test('one candidate after the label filter and without body matches', () => {
    const hits = [
      hit('doc:a', 'Document', 'docNumber', 40, 2),
      hit('doc:b', 'Document', 'text', 1, 0),
      hit('agency:a', 'Agency', 'name', 20, 5),
    ];
    expect(pickHit('142号', hits, ['Document'])).toMatchObject({ kind: 'one', node: { id: 'doc:a' } });
  });
  test('a dominant first hit wins and names the others', () => {
    const hits = [
      hit('agency:cq', 'Agency', 'pinyin', 6, 13),
      hit('agency:cd', 'Agency', 'pinyin', 6, 1),
      hit('agency:yb', 'Agency', 'pinyin', 6, 1),
    ];
    const r = pickHit('kejiju', hits, ['Agency']);
    expect(r).toMatchObject({ kind: 'one', node: { id: 'agency:cq' } });
    expect(r.kind === 'one' && r.others.map((o) => o.id)).toEqual(['agency:cd', 'agency:yb']);
  });
  test('no dominance → ambiguous, in the search order', () => {
    const hits = [hit('doc:a', 'Document', 'title', 30, 2), hit('doc:b', 'Document', 'title', 28, 1)];
    expect(pickHit('科技', hits)).toEqual({ kind: 'ambiguous', candidates: hits });
  });
  test('nothing but body matches → none', () => {
    expect(pickHit('打造', [hit('doc:a', 'Document', 'text', 1, 0)])).toEqual({ kind: 'none' });
  });
});

describe('lists: years, tables, CSV', () => {
  const doc = (id: string, extra: Partial<NodeSummary> = {}): NodeSummary => ({
    id,
    label: 'Document',
    name: id,
    ...extra,
  });
  test.each([
    [doc('a', { date: '2023-07-27' }), 2023],
    [doc('b', { docNumber: '渝府办发〔2021〕142号' }), 2021],
    [doc('c', { docNumber: '国发[2019]8号' }), 2019],
    [doc('d', { docNumber: '川府发（2025）17号' }), 2025],
    [doc('e'), null],
  ])('yearOf %#', (n, year) => {
    expect(yearOf(n)).toBe(year);
  });
  test('inYears keeps undated rows only without bounds', () => {
    expect(inYears(doc('e'), { from: null, to: null })).toBe(true);
    expect(inYears(doc('e'), { from: 2020, to: null })).toBe(false);
    expect(inYears(doc('a', { date: '2023-01-01' }), { from: 2020, to: 2023 })).toBe(true);
    expect(inYears(doc('a', { date: '2024-01-01' }), { from: 2020, to: 2023 })).toBe(false);
  });

  test('CSV: BOM, quotes, commas and line breaks of real quotes survive a round trip; labels replace keys', () => {
    const rows = [
      {
        document: doc('doc:x', {
          title: '关于"双倍增",行动的通知',
          docNumber: '渝科局发〔2021〕1号',
          date: '2021-01-02',
          issuer: '重庆市科学技术局',
        }),
        count: 2,
        quotes: [
          { documentId: 'doc:x', quote: '依据《条例》,制定本办法。', start: 0, end: 5 },
          { documentId: 'doc:x', quote: '第二句"引号"', start: 9, end: 12 },
        ],
        relation: 'basis' as const,
        relationEvidence: null,
      },
    ];
    const csv = tableToCsv(citedByTable(rows), { id: '编号' });
    expect(csv.startsWith('\ufeff')).toBe(true);
    const parsed = parse(csv, { bom: true }) as string[][];
    expect(parsed[0]).toEqual(['编号', 'name', 'title', 'doc_number', 'date', 'issuer', 'relation', 'times', 'quotes']);
    expect(parsed[1]).toEqual([
      'doc:x',
      'doc:x',
      '关于"双倍增",行动的通知',
      '渝科局发〔2021〕1号',
      '2021-01-02',
      '重庆市科学技术局',
      'basis',
      '2',
      '依据《条例》,制定本办法。\n第二句"引号"',
    ]);
  });

  test('same-citations table names the shared policies, title and number', () => {
    const t = countTable('same-citations', [
      { node: doc('doc:y'), count: 1, via: [doc('doc:p', { title: '方案', docNumber: '渝府办发〔2021〕142号' })] },
    ]);
    expect(t.columns.slice(-2)).toEqual(['shared', 'shared_policies']);
    expect(t.rows[0]!.slice(-2)).toEqual(['1', '方案（渝府办发〔2021〕142号）']);
  });
});
