// test/ingest/agencies-offices.test.ts — offices of CPPCC committees and people's congress standing committees at
// every level, courts and procuratorates by level (a province's court is its 高级人民法院, a prefecture's its
// 中级人民法院, a county's its 人民法院), and a government's general office by its short forms (`县府办`).

import { describe, expect, test } from 'vitest';
import { resolveAgencyName } from '../../ingest/agencies.ts';
import { found, type Row } from './agencies-fixture.ts';
import { extractText } from '../../ingest/extract.ts';

const ROWS: Row[] = [
  // CPPCC offices: named after the committee, the office kept.
  {
    text: '省政协办公厅、省人大常委会办公厅:',
    setup: { jurisdiction: '四川' },
    expect: {
      中国人民政治协商会议四川省委员会办公厅: ['mentioned'],
      四川省人民代表大会常务委员会办公厅: ['mentioned'],
    },
  },
  { text: '市政协办公厅转来提案。', expect: { 中国人民政治协商会议重庆市委员会办公厅: ['mentioned'] } },
  {
    text: '宜宾市人民政府\n市人大常委会办公厅、市政协办公室、市政协提案委。',
    setup: { jurisdiction: '四川', issuer: ['宜宾市人民政府'] },
    expect: {
      宜宾市人民政府: ['issuer'],
      宜宾市人民代表大会常务委员会办公厅: ['mentioned'],
      政协宜宾市委员会办公室: ['mentioned'],
      政协宜宾市委员会提案委员会: ['mentioned'],
    },
  },
  {
    text: '子洲县人民政府\n县政协办公室、县人大常委会办公室。',
    setup: { jurisdiction: '陕西', issuer: ['子洲县人民政府'] },
    expect: {
      子洲县人民政府: ['issuer'],
      政协子洲县委员会办公室: ['mentioned'],
      子洲县人民代表大会常务委员会办公室: ['mentioned'],
    },
  },
  {
    text: '政协山东省委员会办公厅、广东省政协办公厅:',
    setup: { jurisdiction: null },
    expect: {
      中国人民政治协商会议山东省委员会办公厅: ['mentioned'],
      中国人民政治协商会议广东省委员会办公厅: ['mentioned'],
    },
  },
  {
    text: '省人大办公厅、省政协办公厅联合督办。',
    setup: { jurisdiction: '湖南' },
    expect: {
      湖南省人民代表大会常务委员会办公厅: ['mentioned'],
      中国人民政治协商会议湖南省委员会办公厅: ['mentioned'],
    },
  },
  {
    text: '重庆市渝北区人民政府\n区人大办公室、区政协办公室。',
    setup: { issuer: ['重庆市渝北区人民政府'] },
    expect: {
      重庆市渝北区人民政府: ['issuer'],
      重庆市渝北区人民代表大会常务委员会办公室: ['mentioned'],
      政协重庆市渝北区委员会办公室: ['mentioned'],
    },
  },
  // 协办 inside 政协办公室 is no co-handling cue.
  { text: '请县政协办公室将意见转交。', setup: { jurisdiction: '陕西', issuer: [] }, expect: {} },
  // Courts and procuratorates by level.
  {
    text: '省法院、省高院、省检察院参加。',
    setup: { jurisdiction: '四川' },
    expect: { 四川省高级人民法院: ['mentioned'], 四川省人民检察院: ['mentioned'] },
  },
  {
    text: '湖南省高级法院、湖北省人民检察院联合发文。',
    setup: { jurisdiction: null },
    expect: { 湖南省高级人民法院: ['mentioned'], 湖北省人民检察院: ['mentioned'] },
  },
  {
    text: '省人民法院、省高级人民法院:',
    setup: { jurisdiction: '湖北' },
    expect: { 湖北省高级人民法院: ['mentioned'] },
  },
  { text: '请县政协办公室转交;市政协办理提案。', setup: { jurisdiction: '四川' }, expect: {} },
  { text: '市高院、市检察院参加。', expect: { 重庆市高级人民法院: ['mentioned'], 重庆市人民检察院: ['mentioned'] } },
  {
    text: '岳阳市人民政府\n市中院、市中级法院、市法院和市检察院。',
    setup: { jurisdiction: '湖南', issuer: ['岳阳市人民政府'] },
    expect: { 岳阳市人民政府: ['issuer'], 岳阳市中级人民法院: ['mentioned'], 岳阳市人民检察院: ['mentioned'] },
  },
  {
    text: '子洲县人民政府\n县法院、县检察院、榆林市中院。',
    setup: { jurisdiction: '陕西', issuer: ['子洲县人民政府'] },
    expect: {
      子洲县人民政府: ['issuer'],
      子洲县人民法院: ['mentioned'],
      子洲县人民检察院: ['mentioned'],
      榆林市中级人民法院: ['mentioned'],
    },
  },
  // A county-level city's court is a basic court.
  {
    text: '东阳市人民政府\n市法院、市检察院。',
    setup: { jurisdiction: '浙江', issuer: ['东阳市人民政府'] },
    expect: { 东阳市人民政府: ['issuer'], 东阳市人民法院: ['mentioned'], 东阳市人民检察院: ['mentioned'] },
  },
  // A local commission's or bureau's general office issues in its own name.
  {
    text: '重庆市农业委员会办公室关于印发实施方案的通知\n各区县(自治县)农委:',
    setup: { issuer: ['重庆市农业委员会办公室'], date: '2015-06-01' },
    expect: { 重庆市农业委员会办公室: ['issuer'] },
  },
  {
    text: '四川省教育厅办公室关于开展检查的通知\n各市(州)教育局:',
    setup: { jurisdiction: '四川', issuer: ['四川省教育厅办公室'] },
    expect: { 四川省教育厅办公室: ['issuer'] },
  },
  // A government's general office by its short forms.
  {
    text: '太湖县人民政府\n县政府办公室、县府办参加。',
    setup: { jurisdiction: '安徽', issuer: ['太湖县人民政府'] },
    expect: { 太湖县人民政府: ['issuer'], 太湖县人民政府办公室: ['mentioned'] },
  },
  {
    text: '重庆市渝北区人民政府\n区府办、区政府办负责。',
    setup: { issuer: ['重庆市渝北区人民政府'] },
    expect: { 重庆市渝北区人民政府: ['issuer'], 重庆市渝北区人民政府办公室: ['mentioned'] },
  },
];

describe('offices of congresses and CPPCC committees, courts and procuratorates, general offices', () => {
  test.each(ROWS.map((r) => [r.text.slice(0, 36), r] as const))('%s', (_, row) => {
    expect(found(row)).toEqual(row.expect);
  });

  test.each([
    ['四川省高级人民法院', '四川', '四川省高级人民法院'],
    ['政协宜宾市委员会办公室', '四川', '政协宜宾市委员会办公室'],
    ['中国人民政治协商会议四川省委员会办公厅', '四川', '中国人民政治协商会议四川省委员会办公厅'],
    ['岳阳市中级人民法院', '湖南', '岳阳市中级人民法院'],
  ] as const)('resolveAgencyName(%s, %s) → %s', (surface, jurisdiction, expected) => {
    expect(resolveAgencyName(surface, { jurisdiction, date: '2024-06-01' })).toBe(expected);
  });
});

describe('a 室 ends an internal unit: what follows is another body', () => {
  test('国办督查室和有关秘书局 is no bureau of the general office', () => {
    const text =
      '国务院办公厅关于分解工作的通知\n各省、自治区、直辖市人民政府:\n数据报送国办督查室和有关秘书局。科技部资源配置与管理司负责。';
    const names = extractText(text).agencies.map((a) => a.name);
    expect(names.some((n) => n.includes('秘书局'))).toBe(false);
    expect(names).toContain('科学技术部资源配置与管理司');
  });
});
