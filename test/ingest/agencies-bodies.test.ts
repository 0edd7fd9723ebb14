// test/ingest/agencies-bodies.test.ts — the kinds of organ beyond government departments: Party committees with their
// standing committees and new bodies, CPPCC committees, people's congress units, police branches, central academies
// and commissions, regulators' local bureaus and their renames, development-zone committees.

import { describe, expect, test } from 'vitest';
import { extractText } from '../../ingest/extract.ts';
import { resolveAgencyName } from '../../ingest/agencies.ts';
import { found, type Row } from './agencies-fixture.ts';

const ROWS: Row[] = [
  // Party committees at every level, their standing committees, and departments in a person's title.
  {
    text: '重庆市铜梁区住房和城乡建设委员会\n此复函已经区委常委、宣传部部长王小波审定。',
    setup: { issuer: ['重庆市铜梁区住房和城乡建设委员会'] },
    expect: {
      重庆市铜梁区住房和城乡建设委员会: ['issuer'],
      中共重庆市铜梁区委员会常务委员会: ['mentioned'],
      中共重庆市铜梁区委宣传部: ['mentioned'],
    },
  },
  {
    text: '关于做好基层党建工作的通知\n中共岳阳市委、中共黑龙江省委、中共成都市武侯区委组织部印发。',
    setup: { jurisdiction: null },
    expect: {
      中共岳阳市委员会: ['mentioned'],
      中共黑龙江省委员会: ['mentioned'],
      中共成都市武侯区委组织部: ['mentioned'],
    },
  },
  // The central rule-of-law commission's office (2018), by its short form.
  {
    text: '以中央依法治国办对重庆市开展法治政府建设督察为契机,全面整改落实。',
    expect: { 中央全面依法治国委员会办公室: ['mentioned'] },
  },
  // A local Party committee's rule-of-law commission and its office, the level word the place's own.
  {
    text: '市委依法治市办将我区作为示范区候选区推荐,中共温州市龙湾区委全面依法治区委员会办公室牵头落实。',
    setup: { jurisdiction: '重庆' },
    expect: {
      中共重庆市委全面依法治市委员会办公室: ['mentioned'],
      中共温州市龙湾区委全面依法治区委员会办公室: ['mentioned'],
    },
  },
  // New Party bodies of the 2023 reform, central and local.
  {
    text: '中央科技委员会、中央金融委员会部署,市委科技办、市委社会工作部落实。',
    expect: {
      中央科技委员会: ['mentioned'],
      中央金融委员会: ['mentioned'],
      中共重庆市委科技委员会办公室: ['mentioned'],
      中共重庆市委社会工作部: ['mentioned'],
    },
  },
  {
    text: '省委科技委、省委金融办负责。',
    setup: { jurisdiction: '四川' },
    expect: { 中共四川省委科技委员会: ['mentioned'], 中共四川省委金融委员会办公室: ['mentioned'] },
  },
  // Organs that share offices are written joined: `纪委监委`.
  {
    text: '重庆市渝北区人民政府\n市纪委监委、区纪委监委参加。',
    setup: { issuer: ['重庆市渝北区人民政府'] },
    expect: {
      重庆市渝北区人民政府: ['issuer'],
      中共重庆市纪律检查委员会: ['mentioned'],
      重庆市监察委员会: ['mentioned'],
      中共重庆市渝北区纪律检查委员会: ['mentioned'],
      重庆市渝北区监察委员会: ['mentioned'],
    },
  },
  {
    text: '经省纪委监委、宜宾市纪委监委研究。',
    setup: { jurisdiction: '四川' },
    expect: {
      中共四川省纪律检查委员会: ['mentioned'],
      四川省监察委员会: ['mentioned'],
      中共宜宾市纪律检查委员会: ['mentioned'],
      宜宾市监察委员会: ['mentioned'],
    },
  },
  // CPPCC committees at every level: `<place>政协` or `政协<place>委员会`; a session label is not the body.
  {
    text: '重庆市渝北区商务委员会\n关于区政协十六届二次会议第148号提案,区政协转交我委办理。',
    setup: { issuer: ['重庆市渝北区商务委员会'] },
    expect: { 重庆市渝北区商务委员会: ['issuer'], 政协重庆市渝北区委员会: ['mentioned'] },
  },
  {
    text: '子洲县交通运输局\n县政协、政协榆林市委员会关心。',
    setup: { jurisdiction: '陕西', issuer: ['子洲县交通运输局'] },
    expect: { 子洲县交通运输局: ['issuer'], 政协子洲县委员会: ['mentioned'], 政协榆林市委员会: ['mentioned'] },
  },
  // People's congress standing committees and their working bodies.
  {
    text: '沈阳市人民代表大会常务委员会办公室\n通信地址:沈阳市人大常委会法制工作委员会;请反馈市人大常委会办公室。',
    setup: { jurisdiction: '辽宁', issuer: ['沈阳市人民代表大会常务委员会办公室'] },
    expect: {
      沈阳市人民代表大会常务委员会办公室: ['issuer', 'mentioned'],
      沈阳市人民代表大会常务委员会法制工作委员会: ['mentioned'],
    },
  },
  {
    text: '重庆市铜梁区住房和城乡建设委员会\n请反馈区人大常委会人代工委。',
    setup: { issuer: ['重庆市铜梁区住房和城乡建设委员会'] },
    expect: {
      重庆市铜梁区住房和城乡建设委员会: ['issuer'],
      重庆市铜梁区人民代表大会常务委员会代表工作委员会: ['mentioned'],
    },
  },
  // A district police bureau in Chongqing is a branch of the municipal bureau.
  {
    text: '重庆市长寿区公安局\n区公安局高度重视,由区城管局牵头。',
    setup: { issuer: ['重庆市长寿区公安局'] },
    expect: { 重庆市公安局长寿区分局: ['issuer', 'mentioned'], 重庆市长寿区城市管理局: ['mentioned'] },
  },
  {
    text: '綦江区公安局、万州区公安局参加。',
    expect: { 重庆市公安局綦江区分局: ['mentioned'], 重庆市公安局万州区分局: ['mentioned'] },
  },
  // Academies, foundations and commissions acting as state organs.
  {
    text: '中国科学院、国家自然科学基金委员会和国务院关税税则委员会、中央空中交通管理委员会联合发布。',
    setup: { jurisdiction: null },
    expect: {
      中国科学院: ['mentioned'],
      国家自然科学基金委员会: ['mentioned'],
      国务院关税税则委员会: ['mentioned'],
      中央空中交通管理委员会: ['mentioned'],
    },
  },
  // Renames by date: the body of the document's time.
  {
    text: '信息产业部、新疆生产建设兵团:',
    setup: { jurisdiction: null, date: '2002-06-01' },
    expect: { 信息产业部: ['mentioned'], 新疆生产建设兵团: ['mentioned'] },
  },
  { text: '经与市交通局共同研究办理。', setup: { date: '2023-05-08' }, expect: { 重庆市交通局: ['co-handler'] } },
  {
    text: '经与市交通局共同研究办理。',
    setup: { date: '2025-04-16' },
    expect: { 重庆市交通运输委员会: ['co-handler'] },
  },
  // Regulators' provincial offices: the 2023 financial-regulator reform renamed the banking regulator's bureaus.
  {
    text: '四川银保监局、湖南银保监局参加。',
    setup: { jurisdiction: null, date: '2022-03-01' },
    expect: {
      中国银行保险监督管理委员会四川监管局: ['mentioned'],
      中国银行保险监督管理委员会湖南监管局: ['mentioned'],
    },
  },
  {
    text: '四川银保监局、湖南金融监管局参加。',
    setup: { jurisdiction: null, date: '2024-03-01' },
    expect: { 国家金融监督管理总局四川监管局: ['mentioned'], 国家金融监督管理总局湖南监管局: ['mentioned'] },
  },
  {
    text: '国家税务总局贵州省税务局、国家税务总局成都市武侯区税务局:',
    setup: { jurisdiction: null },
    expect: { 国家税务总局贵州省税务局: ['mentioned'], 国家税务总局成都市武侯区税务局: ['mentioned'] },
  },
  {
    text: '山东省税务局、济南市税务局和区税务局配合。',
    setup: { jurisdiction: '山东', date: '2021-01-01' },
    expect: { 国家税务总局山东省税务局: ['mentioned'], 国家税务总局济南市税务局: ['mentioned'] },
  },
  // Development-zone committees: by the place the zone is named after, or the issuing county's.
  {
    text: '万州、黔江开发区管委会,各区县人民政府:',
    setup: { date: '1999-05-01' },
    expect: { 重庆市黔江开发区管理委员会: ['mentioned'] },
  },
  {
    text: '广安市广安区人民政府办公室\n各街道办事处,区级各部门,官盛新区管委会:',
    setup: { jurisdiction: '四川', issuer: ['广安市广安区人民政府办公室'] },
    expect: { 广安市广安区人民政府办公室: ['issuer'], 广安市广安区官盛新区管理委员会: ['mentioned'] },
  },
  {
    // Zones listed before one committee word share it (test/ingest/agencies-zones.test.ts).
    text: '贵阳综合保税区、贵州双龙航空港经济区管委会:',
    setup: { jurisdiction: '贵州' },
    expect: { 贵阳综合保税区管理委员会: ['mentioned'], 贵州双龙航空港经济区管理委员会: ['mentioned'] },
  },
];

describe('organs beyond government departments', () => {
  test.each(ROWS.map((r) => [r.text.slice(0, 36), r] as const))('%s', (_, row) => {
    expect(found(row)).toEqual(row.expect);
  });

  test.each([
    ['政协重庆市渝北区委员会', '重庆', '政协重庆市渝北区委员会'],
    ['中国人民政治协商会议重庆市渝北区委员会', '重庆', '政协重庆市渝北区委员会'],
    ['中国共产党重庆市铜梁区委员会', '重庆', '中共重庆市铜梁区委员会'],
    ['政协山东省委员会', '山东', '中国人民政治协商会议山东省委员会'],
    ['中共重庆市委科技委员会办公室', '重庆', '中共重庆市委科技委员会办公室'],
    ['重庆市綦江区公安局', '重庆', '重庆市公安局綦江区分局'],
    // A city district's police bureau is a branch of the city bureau in every city; Beijing and Shanghai drop 区.
    ['成都市武侯区公安局', '四川', '成都市公安局武侯区分局'],
    ['广州市番禺区公安分局', '广东', '广州市公安局番禺区分局'],
    ['北京市朝阳区公安局', '北京', '北京市公安局朝阳分局'],
    // A 国家… body's short form with its 国家, in any document.
    ['国家林草局', '重庆', '国家林业和草原局'],
    ['国家医保局', '四川', '国家医疗保障局'],
    // An autonomous region's organs written after 自治区.
    ['自治区人民政府', '新疆', '新疆维吾尔自治区人民政府'],
    ['自治区党委', '新疆', '中共新疆维吾尔自治区委员会'],
    ['自治区发展改革委', '广西', '广西壮族自治区发展和改革委员会'],
    // Offices of the 2018 and 2023 reforms, composed for any city.
    ['市国动办', '重庆', '重庆市国防动员办公室'],
    ['市委军民融合办', '重庆', '中共重庆市委军民融合发展委员会办公室'],
    ['成都市国动办', '四川', '成都市国防动员办公室'],
    // A city's commissions and offices named before the reforms, composed like any organ type.
    ['市计委', '北京', '北京市计划委员会'],
    ['市市政管委', '北京', '北京市市政管理委员会'],
    ['市节约用水办公室', '北京', '北京市节约用水办公室'],
    // A county's police bureau is its own.
    ['湘阴县公安局', '湖南', '湘阴县公安局'],
    ['中国银行保险监督管理委员会重庆监管局', '重庆', '国家金融监督管理总局重庆监管局'],
  ] as const)('resolveAgencyName(%s, %s) in 2024 → %s', (surface, jurisdiction, expected) => {
    expect(resolveAgencyName(surface, { jurisdiction, date: '2024-06-01' })).toBe(expected);
  });
});

describe('state-level zones in the roster', () => {
  test.each([
    [
      '经与两江新区管委会、重庆高新区管委会共同研究办理。',
      '重庆',
      ['重庆两江新区管理委员会', '重庆高新技术产业开发区管理委员会'],
    ],
    [
      '雄安新区管委会、贵安新区管委会、天府新区管委会参加。',
      null,
      ['河北雄安新区管理委员会', '贵州贵安新区管理委员会', '四川天府新区管理委员会'],
    ],
  ] as const)('%s', (text, jurisdiction, names) => {
    expect(Object.keys(found({ text, setup: { jurisdiction }, expect: {} }))).toEqual(names);
  });
});

describe("central short forms (发展改革委, 统计局) name central bodies only in a central body's document", () => {
  test("a State Council office's division of work", () => {
    const text =
      '国务院办公厅关于分解落实政府工作报告指标的通知\n国办函〔2016〕38号\n各省、自治区、直辖市人民政府,国务院各部委:\n1 居民消费价格涨幅3%左右 发展改革委\n2 城镇新增就业 人力资源社会保障部、统计局\n3 森林覆盖率 林草局、能源局';
    const names = extractText(text).agencies.map((a) => a.name);
    expect(names).toEqual(
      expect.arrayContaining(['国家发展和改革委员会', '国家统计局', '国家林业和草原局', '国家能源局']),
    );
  });
  test("a province's document keeps them its own", () => {
    const text = '四川省人民政府办公厅关于做好统计工作的通知\n各市(州)人民政府:\n请省统计局、发展改革委配合。';
    const names = extractText(text).agencies.map((a) => a.name);
    expect(names).toContain('四川省发展和改革委员会');
    expect(names.some((n) => n.startsWith('国家'))).toBe(false);
  });
});
