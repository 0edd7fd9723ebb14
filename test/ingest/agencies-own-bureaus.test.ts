// test/ingest/agencies-own-bureaus.test.ts — a document's own organs written without their place, completed from the
// text: a county's or city's bureaus with no prefix at all (`交通局`, `乡村振兴局`, `文旅委`) in lists of units and as the
// subject of a clause; a page's publisher field holding an organ type alone (`发布机构: 政府办公室`) or a relative name
// (`市自然资源和规划局`); a town's government signed without its county. Each is the organ of the place the text names.

import { describe, expect, test } from 'vitest';
import { extractText } from '../../ingest/extract.ts';
import { found, type Row } from './agencies-fixture.ts';

const ROWS: Row[] = [
  // Units listed by their bare names in a county's notice.
  {
    text: '融水苗族自治县人民政府办公室\n请该绿化点的责任区牵头单位(财政局、卫生局、林业局)派负责人1名。',
    setup: { jurisdiction: '广西', date: '2009-02-10', issuer: ['融水苗族自治县人民政府办公室'] },
    expect: {
      融水苗族自治县人民政府办公室: ['issuer'],
      融水苗族自治县财政局: ['mentioned'],
      融水苗族自治县卫生局: ['mentioned'],
      融水苗族自治县林业局: ['mentioned'],
    },
  },
  // The subject of a clause in a county bureau's reply; 交通局 became 交通运输局 in the 2008–2009 local reforms outside
  // Chongqing, so a later document means the bureau in force.
  {
    text: '郧西县人力资源和社会保障局\n今年4月,交通局已将人大建议列入计划。申报后,乡村振兴局会同行业主管单位审议。',
    setup: { jurisdiction: '湖北', date: '2023-06-01', issuer: ['郧西县人力资源和社会保障局'] },
    expect: {
      郧西县人力资源和社会保障局: ['issuer'],
      郧西县交通运输局: ['mentioned'],
      郧西县乡村振兴局: ['mentioned'],
    },
  },
  // In a list with a relative name (`区政府`).
  {
    text: '葫芦岛市南票区文化旅游和广播电视局\n由区政府协调,交通局、路政局等部门对道路进行维修。',
    setup: { jurisdiction: '辽宁', date: '2019-07-01', issuer: ['葫芦岛市南票区文化旅游和广播电视局'] },
    expect: {
      葫芦岛市南票区文化旅游和广播电视局: ['issuer'],
      葫芦岛市南票区人民政府: ['mentioned'],
      葫芦岛市南票区交通运输局: ['mentioned'],
    },
  },
  // Not the document's own bureau: the part of a longer name after 和, an organ's second name in parentheses, a
  // building named as a landmark, a list that names another city, a group after 各.
  {
    text: '蒙自市文化体育旅游和广播电视局\n市文化旅游委(体育局)负责。国税局西侧有大面积空地。吐鲁番市财政、农业农村局下达资金。请各乡镇林业局配合。',
    setup: { jurisdiction: '云南', date: '2018-07-01', issuer: ['蒙自市文化体育旅游和广播电视局'] },
    expect: { 蒙自市文化体育旅游和广播电视局: ['issuer'], 蒙自市文化和旅游发展委员会: ['mentioned'] },
  },
  // A province's and the centre's documents write their own bureaus with their prefix: a bare name there is none.
  {
    text: '重庆市财政局\n现将有关事项通知如下:民政局、财政局要加强配合。',
    setup: { jurisdiction: '重庆', date: '2022-01-01', issuer: ['重庆市财政局'] },
    expect: { 重庆市财政局: ['issuer'] },
  },
  {
    text: '财政部\n请各省财政厅会同民政局、公安局办理。',
    setup: { jurisdiction: null, date: '2011-01-01', issuer: ['财政部'] },
    expect: { 财政部: ['issuer'] },
  },
];

describe("a county's or city's own bureaus written with no prefix", () => {
  test.each(ROWS.map((r) => [r.text.slice(0, 36), r] as const))('%s', (_, row) => {
    expect(found(row)).toEqual(row.expect);
  });
});

describe("a publisher field holding an organ type alone is the document's own government's; Chongqing's 交通局", () => {
  test.each([
    [
      "Chongqing's districts and counties kept 交通局",
      '酉阳土家族苗族自治县文化和旅游发展委员会关于县人大第3号建议的答复\n\n张三代表:\n今年4月,交通局已将人大建议列入计划。\n',
      ['酉阳土家族苗族自治县文化和旅游发展委员会', '酉阳土家族苗族自治县交通局'],
    ],
    [
      'a county notice in its gazette',
      '发布机构: 政府办公室\n\n馆陶县人民政府\n\n关于禁止燃放烟花爆竹的通告\n\n为保护环境,现通告如下:\n',
      ['馆陶县人民政府', '馆陶县人民政府办公室'],
    ],
  ])('%s', (_name, text, names) => {
    expect(
      extractText(text)
        .agencies.map((a) => a.name)
        .sort(),
    ).toEqual([...names].sort());
  });
});

describe("a publisher field naming the issuer relatively (发布机构 市…局) takes the text's full spelling of that organ", () => {
  test("an organ type alone is the organ of the place the text names first; a series label is no body's code", () => {
    const d = extractText(
      '对秦皇岛市第十四届人民代表大会第四次会议第86号建议的会办意见\n发布时间:2019-08-02 发布机构:林业局 字体:[ 大 中 小]\n建议字[2019]3号\n市旅游文广局:\n杨春波代表提出的建议收悉,现提出会办意见如下。\n',
    ).document;
    expect(d.issuer).toBe('秦皇岛市林业局');
  });
  test('the source line spells it with its place', () => {
    const d = extractText(
      '索引号 001008003004028/2022-232369\n组配分类 人大代表建议办理结果 发布机构 市自然资源和规划局\n关于对市十七届人大一次会议第375号代表建议的答复函\n发布日期: 2022- 12- 08 17: 20: 24 浏览次数: 来源: 瑞安市自然资源和规划局\n林华代表:\n您提出的建议收悉,现答复如下:\n',
    ).document;
    expect(d.issuer).toBe('瑞安市自然资源和规划局');
  });
});

describe('a town organ signed without its county is the town of the county the text names', () => {
  test('the county named in the source line', () => {
    const d = extractText(
      '关于三州乡十八届人大五次会议第14号建议答复的函\n时间:2024-12-03 14:56 来源:天台县三州乡农业综合服务中心\n王五代表:\n你们提出的建议收悉,现答复如下:已列入计划。\n联系单位:三州乡人民政府\n\n三州乡人民政府\n2024年12月3日\n',
    ).document;
    expect(d.issuer).toBe('天台县三州乡人民政府');
  });
});
