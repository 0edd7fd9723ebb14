// test/ingest/agencies-places.test.ts — names composed of place + organ in every province and at every level:
// prefectures, counties, county-level cities, districts (with their city), municipalities' districts, former places.

import { describe, expect, test } from 'vitest';
import { resolveAgencyName } from '../../ingest/agencies.ts';
import { found, type Row } from './agencies-fixture.ts';

const ROWS: Row[] = [
  // Prefecture-level cities of any province stand alone; their bureaus in full or short form.
  {
    text: '贵阳市住房城乡建设局、莆田市人民政府、阳泉市民政局参加。',
    setup: { jurisdiction: null },
    expect: { 贵阳市住房和城乡建设局: ['mentioned'], 莆田市人民政府: ['mentioned'], 阳泉市民政局: ['mentioned'] },
  },
  // County-level cities and counties stand alone (`新郑市`, `子洲县`), districts carry their city (`广安市广安区`).
  {
    text: '新郑市卫生健康委、子洲县交通运输局和广安区人民政府联合开展。',
    setup: { jurisdiction: null },
    expect: {
      新郑市卫生健康委员会: ['mentioned'],
      子洲县交通运输局: ['mentioned'],
      广安市广安区人民政府: ['mentioned'],
    },
  },
  // A prefecture's 行政公署 and a province's own department.
  {
    text: '大兴安岭地区行政公署、黑龙江省民政厅:',
    setup: { jurisdiction: null },
    expect: { 大兴安岭地区行政公署: ['mentioned'], 黑龙江省民政厅: ['mentioned'] },
  },
  // A province's departments in full form, by the organ names of the document's time (before and after 2018).
  {
    text: '省人事厅、省劳动保障厅、省卫生厅、省环保厅和哈尔滨市工商局、大庆市质监局负责。',
    setup: { jurisdiction: '黑龙江', date: '2007-04-01' },
    expect: {
      黑龙江省人事厅: ['mentioned'],
      黑龙江省劳动和社会保障厅: ['mentioned'],
      黑龙江省卫生厅: ['mentioned'],
      黑龙江省环境保护厅: ['mentioned'],
      哈尔滨市工商行政管理局: ['mentioned'],
      大庆市质量技术监督局: ['mentioned'],
    },
  },
  {
    text: '经省委、省政府同意,省发展改革委、省工业和信息化厅、省人力资源社会保障厅、省委组织部、省人大常委会、省政协负责。',
    setup: { jurisdiction: '山东' },
    expect: {
      中共山东省委员会: ['mentioned'],
      山东省人民政府: ['mentioned'],
      山东省发展和改革委员会: ['mentioned'],
      山东省工业和信息化厅: ['mentioned'],
      山东省人力资源和社会保障厅: ['mentioned'],
      中共山东省委组织部: ['mentioned'],
      山东省人民代表大会常务委员会: ['mentioned'],
      中国人民政治协商会议山东省委员会: ['mentioned'],
    },
  },
  // A county-level city's issuer makes `市` that city, not its prefecture.
  {
    text: '东阳市人民政府办公室\n各镇、乡人民政府,市政府各部门:\n经市政府同意,现印发。',
    setup: { jurisdiction: '浙江', issuer: ['东阳市人民政府办公室'] },
    expect: { 东阳市人民政府办公室: ['issuer'], 东阳市人民政府: ['mentioned'] },
  },
  // A district issuer in a province: `区` is the district, `市` its city.
  {
    text: '广安市广安区人民政府办公室\n经区政府同意,由区综合执法局会同市住房城乡建设局实施。',
    setup: { jurisdiction: '四川', issuer: ['广安市广安区人民政府办公室'] },
    expect: {
      广安市广安区人民政府办公室: ['issuer'],
      广安市广安区人民政府: ['mentioned'],
      广安市广安区综合行政执法局: ['mentioned'],
      广安市住房和城乡建设局: ['mentioned'],
    },
  },
  // A district name shared by several cities: the document's own province decides (江北区: 重庆 and 宁波).
  { text: '江北区科技局牵头。', expect: { 重庆市江北区科学技术局: ['mentioned'] } },
  { text: '江北区科技局牵头。', setup: { jurisdiction: '浙江' }, expect: { 宁波市江北区科学技术局: ['mentioned'] } },
  // Two-character counties (`和县`, `新县`) are words of the sentence outside their own province.
  { text: '由民政局和县财政局负责。', setup: { jurisdiction: '重庆' }, expect: {} },
  {
    text: '和县财政局、泾县人民政府负责。',
    setup: { jurisdiction: '安徽' },
    expect: { 和县财政局: ['mentioned'], 泾县人民政府: ['mentioned'] },
  },
  // A two-character county as the issuer makes its province the home of the body's names.
  {
    text: '眉县人民政府办公室\n县政府同意,由县财政局、眉县教育局负责。',
    setup: { jurisdiction: null, issuer: ['眉县人民政府办公室'] },
    expect: {
      眉县人民政府办公室: ['issuer'],
      眉县人民政府: ['mentioned'],
      眉县财政局: ['mentioned'],
      眉县教育局: ['mentioned'],
    },
  },
  // With no issuer named, the title's place is the document's (`区委区政府` of 铜梁区).
  {
    text: '铜梁区促进农民工就近就业三年行动实施方案\n落实市委市政府、区委区政府关于农民工工作有关要求。',
    expect: {
      中共重庆市委员会: ['mentioned'],
      重庆市人民政府: ['mentioned'],
      中共重庆市铜梁区委员会: ['mentioned'],
      重庆市铜梁区人民政府: ['mentioned'],
    },
  },
  {
    text: '贵阳市生活垃圾分类制度实施方案\n市发展改革委、市综合行政执法局负责。',
    setup: { jurisdiction: null },
    expect: { 贵阳市发展和改革委员会: ['mentioned'], 贵阳市综合行政执法局: ['mentioned'] },
  },
];

describe('names composed on every place of the gazetteer', () => {
  test.each(ROWS.map((r) => [r.text.slice(0, 30), r] as const))('%s', (_, row) => {
    expect(found(row)).toEqual(row.expect);
  });

  test.each([
    ['阳泉市城区人民政府', null, '阳泉市城区人民政府'],
    ['城区人民政府', null, null],
    ['陕西省榆林市子洲县交通运输局', null, '子洲县交通运输局'],
    ['重庆市垫江县农委', '重庆', '重庆市垫江县农业委员会'],
    ['宜宾科技局', '四川', '宜宾市科学技术局'],
    ['海南省三亚市人民政府', null, '三亚市人民政府'],
  ] as const)('resolveAgencyName(%s, %s) → %s', (surface, jurisdiction, expected) => {
    expect(resolveAgencyName(surface, { jurisdiction, date: '2023-05-01' })).toBe(expected);
  });
});

const TOWNS: Row[] = [
  // Words of the sentence before 街道办事处 are no sub-district's name: a modal and its preposition, a verb.
  {
    text: '重庆市沙坪坝区人民政府\n应当由街道办事处主动公开,持续完善街道办事处政务公开专栏,由回兴街道办事处负责。',
    setup: { issuer: ['重庆市沙坪坝区人民政府'] },
    expect: { 重庆市沙坪坝区人民政府: ['issuer'], 重庆市沙坪坝区人民政府回兴街道办事处: ['mentioned'] },
  },
  // A town of the issuing district: its name, the district's prefix.
  {
    text: '重庆市铜梁区住房和城乡建设委员会\n经与旧县街道办事处、巴岳镇政府共同研究办理。',
    setup: { issuer: ['重庆市铜梁区住房和城乡建设委员会'] },
    expect: {
      重庆市铜梁区住房和城乡建设委员会: ['issuer'],
      重庆市铜梁区人民政府旧县街道办事处: ['co-handler'],
      重庆市铜梁区巴岳镇人民政府: ['co-handler'],
    },
  },
  // A town written after its county; a municipality's county names its towns by the county alone, as their seals read
  // (a district's keep the municipality).
  {
    text: '忠县新立镇人民政府、子洲县马蹄沟镇人民政府、渝北区木耳镇人民政府:',
    setup: { jurisdiction: '重庆' },
    expect: {
      忠县新立镇人民政府: ['mentioned'],
      子洲县马蹄沟镇人民政府: ['mentioned'],
      重庆市渝北区木耳镇人民政府: ['mentioned'],
    },
  },
  // Generic groups and words are no town.
  { text: '各乡镇人民政府、各街道办事处,加快小城镇政府投资项目,全镇政府工作。', expect: {} },
];

describe('town and township governments', () => {
  test.each(TOWNS.map((r) => [r.text.slice(0, 30), r] as const))('%s', (_, row) => {
    expect(found(row)).toEqual(row.expect);
  });
});

// Autonomous prefectures by their short names (X州, 博州), their own documents' 自治州 prefix, and places named alone
// among the recipients (the place's government), unless they share the organ the last item of their list names.
const PREFECTURES: Row[] = [
  // District names that are words of the prose (a town's old and new quarters) name the district only at home.
  {
    text: '广元市朝天区人民政府\n在小中坝老城区、新城区增加户外体育设施。',
    setup: { jurisdiction: '四川', issuer: ['广元市朝天区人民政府'] },
    expect: { 广元市朝天区人民政府: ['issuer'] },
  },
  {
    text: '洛阳市人民政府\n老城区人民政府负责。',
    setup: { jurisdiction: '河南', issuer: ['洛阳市人民政府'] },
    expect: { 洛阳市人民政府: ['issuer'], 洛阳市老城区人民政府: ['mentioned'] },
  },
  {
    text: '发布机构: 博州政府\n各县市人民政府,赛里木湖风景名胜区管委会,五台工业园区(湖北工业园)管委会,州人民政府各部门:\n经自治州党委同意,自治州人民政府印发。',
    setup: {
      jurisdiction: '新疆',
      issuer: ['博州政府'],
      salutation: '各县市人民政府,赛里木湖风景名胜区管委会,五台工业园区(湖北工业园)管委会,州人民政府各部门',
    },
    expect: {
      博尔塔拉蒙古自治州人民政府: ['issuer', 'mentioned'],
      博尔塔拉蒙古自治州赛里木湖风景名胜区管理委员会: ['addressee'],
      博尔塔拉蒙古自治州五台工业园区管理委员会: ['addressee'],
      中共博尔塔拉蒙古自治州委员会: ['mentioned'],
    },
  },
  {
    text: '云南省人民政府\n红河州人民政府、大理州教育局、西双版纳州财政局参加。',
    setup: { jurisdiction: '云南', issuer: ['云南省人民政府'] },
    expect: {
      云南省人民政府: ['issuer'],
      红河哈尼族彝族自治州人民政府: ['mentioned'],
      大理白族自治州教育局: ['mentioned'],
      西双版纳傣族自治州财政局: ['mentioned'],
    },
  },
  {
    text: '新疆维吾尔自治区人民政府办公厅\n伊犁哈萨克自治州,各州、市、县(市)人民政府,各行政公署:\n现将有关事项通知如下。',
    setup: {
      jurisdiction: '新疆',
      issuer: ['新疆维吾尔自治区人民政府办公厅'],
      salutation: '伊犁哈萨克自治州,各州、市、县(市)人民政府,各行政公署',
    },
    expect: { 新疆维吾尔自治区人民政府办公厅: ['issuer'], 伊犁哈萨克自治州人民政府: ['addressee'] },
  },
  {
    text: '重庆市农业委员会\n涪陵区、合川区、垫江县农委:\n现将有关事项通知如下。',
    setup: { issuer: ['重庆市农业委员会'], salutation: '涪陵区、合川区、垫江县农委' },
    expect: {
      重庆市农业委员会: ['issuer'],
      重庆市涪陵区农业委员会: ['addressee'],
      重庆市合川区农业委员会: ['addressee'],
      重庆市垫江县农业委员会: ['addressee'],
    },
  },
];

describe('autonomous prefectures; places named alone among the recipients', () => {
  test.each(PREFECTURES.map((r) => [r.text.slice(0, 30), r] as const))('%s', (_, row) => {
    expect(found(row)).toEqual(row.expect);
  });
});
