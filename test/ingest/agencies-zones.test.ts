// test/ingest/agencies-zones.test.ts — development-zone management committees: a zone keeps its name as written
// (place or proper name + zone word, never a character gained or lost), a zone word standing alone is the zone the
// document named before or its own county's, and a zone word with no place to refer to is no name.

import { describe, expect, test } from 'vitest';
import { extractText } from '../../ingest/extract.ts';
import { found, type Row } from './agencies-fixture.ts';

const ROWS: Row[] = [
  // Zones that govern like a district name their bureaus after the zone, with the zone's own prefix; 高新区 alone is
  // Chongqing's only in a Chongqing document.
  {
    text: '重庆市卫生健康委员会\n各区县(自治县)卫生健康委、两江新区社发局、高新区公共服务局、万盛经开区卫生健康局:\n为贯彻落实。',
    setup: { jurisdiction: '重庆', issuer: ['重庆市卫生健康委员会'] },
    expect: {
      重庆市卫生健康委员会: ['issuer'],
      重庆两江新区社会发展局: ['mentioned'],
      重庆高新技术产业开发区管理委员会公共服务局: ['mentioned'],
      重庆市万盛经济技术开发区卫生健康局: ['mentioned'],
    },
  },
  // A zone's sub-district is named after the zone alone: a zone has no people's government.
  {
    text: '重庆市人民政府办公厅\n北部新区产业促进局、万盛经开区东林街道办事处负责。',
    setup: { jurisdiction: '重庆', date: '2009-01-01', issuer: ['重庆市人民政府办公厅'] },
    expect: {
      重庆市人民政府办公厅: ['issuer'],
      重庆北部新区管理委员会产业促进局: ['mentioned'],
      重庆市万盛经济技术开发区东林街道办事处: ['mentioned'],
    },
  },
  {
    text: '郑州市人民政府\n由高新区公共服务局负责。',
    setup: { jurisdiction: '河南', issuer: ['郑州市人民政府'] },
    expect: { 郑州市人民政府: ['issuer'] },
  },
  // A county's short name before the zone word: the zone as written.
  {
    text: '太湖县人民政府办公室\n各乡镇人民政府,太湖经济开发区管委会,县直各单位:',
    setup: { jurisdiction: '安徽', issuer: ['太湖县人民政府办公室'] },
    expect: { 太湖县人民政府办公室: ['issuer'], 太湖经济开发区管理委员会: ['mentioned'] },
  },
  {
    text: '高青县人民政府\n各镇人民政府,高青经济开发区管理委员会,县政府各部门:',
    setup: { jurisdiction: '山东', issuer: ['高青县人民政府'] },
    expect: { 高青县人民政府: ['issuer'], 高青经济开发区管理委员会: ['mentioned'] },
  },
  {
    text: '沭阳县人民政府\n沭阳经济技术开发区管委会、沭阳高新技术产业开发区管委会负责实施。',
    setup: { jurisdiction: '江苏', issuer: ['沭阳县人民政府'] },
    expect: {
      沭阳县人民政府: ['issuer'],
      沭阳经济技术开发区管理委员会: ['mentioned'],
      沭阳高新技术产业开发区管理委员会: ['mentioned'],
    },
  },
  // The zone word alone in a county's document: that county's zone, named by its short name.
  {
    text: '高青县人民政府\n各镇人民政府,经济开发区管委会,县政府各部门:',
    setup: { jurisdiction: '山东', issuer: ['高青县人民政府'] },
    expect: { 高青县人民政府: ['issuer'], 高青经济开发区管理委员会: ['mentioned'] },
  },
  {
    text: '安义县人民政府\n各乡镇人民政府,高新区管委会,县直各单位:',
    setup: { jurisdiction: '江西', issuer: ['安义县人民政府'] },
    expect: { 安义县人民政府: ['issuer'], 安义高新技术产业开发区管理委员会: ['mentioned'] },
  },
  {
    text: '西平县人民政府\n由产业集聚区管委会牵头。',
    setup: { jurisdiction: '河南', issuer: ['西平县人民政府'] },
    expect: { 西平县人民政府: ['issuer'], 西平产业集聚区管理委员会: ['mentioned'] },
  },
  // Chongqing names its municipal-level parks 重庆 + district + type; `园区管委会` is the park named before.
  {
    text: '重庆市綦江区人民政府\n各街镇,綦江工业园区管委会,园区管委会负责。',
    setup: { issuer: ['重庆市綦江区人民政府'] },
    expect: { 重庆市綦江区人民政府: ['issuer'], 重庆綦江工业园区管理委员会: ['mentioned'] },
  },
  {
    text: '重庆市大足区人民政府\n工业园区管委会、区经济信息委负责。',
    setup: { issuer: ['重庆市大足区人民政府'] },
    expect: {
      重庆市大足区人民政府: ['issuer'],
      重庆大足工业园区管理委员会: ['mentioned'],
      重庆市大足区经济和信息化委员会: ['mentioned'],
    },
  },
  {
    text: '重庆市铜梁区人民政府\n各镇人民政府、街道办事处,园区管委会,区政府各部门:',
    setup: { issuer: ['重庆市铜梁区人民政府'] },
    expect: { 重庆市铜梁区人民政府: ['issuer'], 重庆铜梁工业园区管理委员会: ['mentioned'] },
  },
  // A zone named without a place in a prefecture-level city's document is the city's zone, named with its short name.
  {
    text: '沧州市人民政府\n各县(市、区)人民政府,渤海新区管委会,市政府各部门:',
    setup: { jurisdiction: '河北', issuer: ['沧州市人民政府'] },
    expect: { 沧州市人民政府: ['issuer'], 沧州渤海新区管理委员会: ['mentioned'] },
  },
  {
    text: '济宁市人民政府\n太白湖新区管理委员会、济宁高新区管委会负责。',
    setup: { jurisdiction: '山东', issuer: ['济宁市人民政府'] },
    expect: {
      济宁市人民政府: ['issuer'],
      济宁太白湖新区管理委员会: ['mentioned'],
      济宁高新技术产业开发区管理委员会: ['mentioned'],
    },
  },
  // In a municipality's document, a zone of a type it names with its prefix.
  {
    text: '重庆市文化和旅游发展委员会\n万盛经开区管委会、市级有关部门:',
    setup: { issuer: ['重庆市文化和旅游发展委员会'] },
    expect: { 重庆市文化和旅游发展委员会: ['issuer'], 重庆万盛经济技术开发区管理委员会: ['mentioned'] },
  },
  // Zones listed before one committee word share it, each its own committee; a city in parentheses is part of the name.
  {
    text: '济宁市人民政府\n各县(市、区)人民政府,济宁高新区、太白湖新区、济宁经济技术开发区、曲阜文化建设示范区管委会(推进办公室),市政府各部门:',
    setup: {
      jurisdiction: '山东',
      issuer: ['济宁市人民政府'],
      salutation:
        '各县(市、区)人民政府,济宁高新区、太白湖新区、济宁经济技术开发区、曲阜文化建设示范区管委会(推进办公室),市政府各部门',
    },
    expect: {
      济宁市人民政府: ['issuer'],
      济宁高新技术产业开发区管理委员会: ['addressee'],
      济宁太白湖新区管理委员会: ['addressee'],
      济宁经济技术开发区管理委员会: ['addressee'],
      曲阜文化建设示范区管理委员会: ['addressee'],
    },
  },
  {
    text: '吉林省人民政府\n各市(州)人民政府,长白山管委会,长春新区、中韩(长春)国际合作示范区管委会,各县(市)人民政府:',
    setup: {
      jurisdiction: '吉林',
      issuer: ['吉林省人民政府'],
      salutation: '各市(州)人民政府,长白山管委会,长春新区、中韩(长春)国际合作示范区管委会,各县(市)人民政府',
    },
    expect: {
      吉林省人民政府: ['issuer'],
      吉林省长白山保护开发区管理委员会: ['addressee'],
      长春新区管理委员会: ['addressee'],
      '中韩(长春)国际合作示范区管理委员会': ['addressee'],
    },
  },
  // A zone committee's bureau is the committee's.
  {
    text: '吉林省财政厅\n各市(州)县(市)财政局,长白山管委会财政局:',
    setup: { jurisdiction: '吉林', issuer: ['吉林省财政厅'], salutation: '各市(州)县(市)财政局,长白山管委会财政局' },
    expect: { 吉林省财政厅: ['issuer'], 吉林省长白山保护开发区管理委员会财政局: ['addressee'] },
  },
  // An item that is no zone ends the list.
  {
    text: '济宁市人民政府\n市政府办公室、太白湖新区管委会负责。',
    setup: { jurisdiction: '山东', issuer: ['济宁市人民政府'] },
    expect: {
      济宁市人民政府: ['issuer'],
      济宁市人民政府办公室: ['mentioned'],
      济宁太白湖新区管理委员会: ['mentioned'],
    },
  },
  // A zone two places build together holds the city in its name already (亳州 and 芜湖: 亳芜).
  {
    text: '亳州市人民政府办公室\n亳州高新区管委会、亳芜现代产业园区管委会负责。',
    setup: { jurisdiction: '安徽', issuer: ['亳州市人民政府办公室'] },
    expect: {
      亳州市人民政府办公室: ['issuer'],
      亳州高新技术产业开发区管理委员会: ['mentioned'],
      亳芜现代产业园区管理委员会: ['mentioned'],
    },
  },
  // A zone word with no place to refer to is no name.
  { text: '工业园区管理委员会负责日常管理。', expect: {} },
  {
    text: '省经济和信息化厅指导各地经济开发区管委会。',
    setup: { jurisdiction: '四川' },
    expect: { 四川省经济和信息化厅: ['mentioned'] },
  },
];

describe('development-zone management committees', () => {
  test.each(ROWS.map((r) => [r.text.slice(0, 36), r] as const))('%s', (_, row) => {
    expect(found(row)).toEqual(row.expect);
  });
});

describe('generic groups of zones are no committee', () => {
  test.each([
    ['高青县人民政府\n相关园区管委会、省级开发区管委会和全县工业园区管委会负责。', '山东', '高青县人民政府'],
    ['重庆市綦江区人民政府\n有关园区管委会、市级工业园区管委会负责。', '重庆', '重庆市綦江区人民政府'],
    ['广安市广安区人民政府\n园区管委会、新区管委会负责。', '四川', '广安市广安区人民政府'],
  ] as const)('%s', (text, jurisdiction, issuer) => {
    expect(found({ text, setup: { jurisdiction, issuer: [issuer] }, expect: {} })).toEqual({ [issuer]: ['issuer'] });
  });
});

describe("a city page's relative issuer and its zone committees", () => {
  test("市人民政府办公室 on a page that names 六盘水: the city's office; 高新区管委会 in full", () => {
    const text =
      '市人民政府办公室关于印发健康六盘水行动推进方案的通知\n\n各县、市、特区、区人民政府,六盘水高新区管委会、各经济开发区管委会,市人民政府各部门:\n经市人民政府同意,现将《健康六盘水行动推进方案》印发给你们,请认真贯彻执行。';
    const x = extractText(text);
    expect(x.document.issuer).toBe('六盘水市人民政府办公室');
    expect(x.agencies.map((a) => a.name)).toEqual(
      expect.arrayContaining(['六盘水市人民政府办公室', '六盘水市人民政府', '六盘水高新技术产业开发区管理委员会']),
    );
  });
  test('a site line names the city', () => {
    const x = extractText(
      '市人民政府关于进一步优化营商环境的实施方案\n\n来自:襄阳市政府门户网站 时间:2018-11-22\n\n各县(市、区)人民政府、开发区管委会,市直各单位:\n为深入贯彻落实国家部署,特制定本实施方案。',
    );
    expect(x.document.issuer).toBe('襄阳市人民政府');
  });
});

describe("a zone's committee issuing under its short word (管委会)", () => {
  test.each([
    [
      '郑州高新技术产业开发区管委会关于修订应急预案的通知\n各局、办:\n现印发给你们。\n',
      '郑州高新技术产业开发区管理委员会',
    ],
    ['绥化经济技术开发区管委会关于河道管理范围的通告\n为加强河道管理,现通告如下。\n', '绥化经济技术开发区管理委员会'],
  ])('%s', (text, name) => {
    const x = extractText(text);
    expect(x.document.issuer).toBe(name);
    expect(x.agencies.find((a) => a.roles.includes('issuer'))?.name).toBe(name);
  });
});

describe("a place's short name opening a village's is no mention of the place", () => {
  test('南岸村 in a Wenzhou town page names no Chongqing district', () => {
    const x = extractText(
      '索引号 | 001008003001066/2018-41790 |\n发布机构 | 藤桥镇 |\n为加强藤桥镇环境卫生管理,镇区(含南岸村、石埠村、北岸村)为禁养区。\n',
    );
    expect(x.document.issuer ?? '').not.toContain('重庆');
  });
});
