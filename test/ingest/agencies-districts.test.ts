// test/ingest/agencies-districts.test.ts — a district's or county's own organs in its documents: the standard
// departments by their abbreviations (`区城管局`, `区文化旅游委`), and towns and sub-districts named alone in the
// salutation (`双龙湖街道、木耳镇:`), each addressed as its organ.

import { describe, expect, test } from 'vitest';
import { extractText } from '../../ingest/extract.ts';
import { found, type Row } from './agencies-fixture.ts';

/** The standard departments of a Chongqing district government, as its documents abbreviate them, and their names. */
const CHONGQING_DISTRICT: Array<[string, string]> = [
  ['区发展改革委', '发展和改革委员会'],
  ['区教委', '教育委员会'],
  ['区科技局', '科学技术局'],
  ['区经济信息委', '经济和信息化委员会'],
  ['区民政局', '民政局'],
  ['区司法局', '司法局'],
  ['区财政局', '财政局'],
  ['区人力社保局', '人力资源和社会保障局'],
  ['区规划自然资源局', '规划和自然资源局'],
  ['区生态环境局', '生态环境局'],
  ['区住房城乡建委', '住房和城乡建设委员会'],
  ['区城管局', '城市管理局'],
  ['区交通局', '交通局'],
  ['区水利局', '水利局'],
  ['区农业农村委', '农业农村委员会'],
  ['区商务委', '商务委员会'],
  ['区文化旅游委', '文化和旅游发展委员会'],
  ['区卫生健康委', '卫生健康委员会'],
  ['区退役军人事务局', '退役军人事务局'],
  ['区应急局', '应急管理局'],
  ['区审计局', '审计局'],
  ['区国资委', '国有资产监督管理委员会'],
  ['区市场监管局', '市场监督管理局'],
  ['区统计局', '统计局'],
  ['区医保局', '医疗保障局'],
  ['区林业局', '林业局'],
  ['区体育局', '体育局'],
  // Set up in the 2019 reform as 大数据应用发展管理局 in every Chongqing district and county.
  ['区大数据发展局', '大数据应用发展管理局'],
  ['区政务服务办', '政务服务管理办公室'],
  ['区信访办', '信访办公室'],
  ['区机关事务局', '机关事务管理局'],
  ['区民族宗教委', '民族宗教事务委员会'],
  ['区人防办', '人民防空办公室'],
  ['区乡村振兴局', '乡村振兴局'],
  ['区综合执法局', '综合行政执法局'],
];

describe("a Chongqing district's departments by abbreviation", () => {
  test.each(['重庆市渝北区', '重庆市綦江区', '重庆市铜梁区'])('%s', (district) => {
    const issuer = district + '人民政府';
    const text = issuer + '\n' + CHONGQING_DISTRICT.map(([short]) => short).join('、') + ',区公安分局。';
    const expected: Record<string, string[]> = { [issuer]: ['issuer'] };
    for (const [, full] of CHONGQING_DISTRICT) expected[district + full] = ['mentioned'];
    expected['重庆市公安局' + district.slice(3) + '分局'] = ['mentioned'];
    expect(found({ text, setup: { issuer: [issuer] }, expect: {} })).toEqual(expected);
  });

  test("in a department's own document", () => {
    const text = '重庆市綦江区城市管理局\n经与区文化旅游委、区住房城乡建委共同研究办理。';
    expect(found({ text, setup: { issuer: ['重庆市綦江区城市管理局'] }, expect: {} })).toEqual({
      重庆市綦江区城市管理局: ['issuer'],
      重庆市綦江区文化和旅游发展委员会: ['co-handler'],
      重庆市綦江区住房和城乡建设委员会: ['co-handler'],
    });
  });
});

const SALUTATIONS: Array<Row & { salutation: string }> = [
  {
    text: '重庆市渝北区人民政府\n双龙湖街道、龙塔街道,木耳镇:\n现将有关事项通知如下。',
    salutation: '双龙湖街道、龙塔街道,木耳镇:',
    setup: { issuer: ['重庆市渝北区人民政府'] },
    expect: {
      重庆市渝北区人民政府: ['issuer'],
      重庆市渝北区人民政府双龙湖街道办事处: ['addressee'],
      重庆市渝北区人民政府龙塔街道办事处: ['addressee'],
      重庆市渝北区木耳镇人民政府: ['addressee'],
    },
  },
  {
    text: '重庆市綦江区人民政府办公室\n古南街道,三江街道,区政府各部门:',
    salutation: '古南街道,三江街道,区政府各部门:',
    setup: { issuer: ['重庆市綦江区人民政府办公室'] },
    expect: {
      重庆市綦江区人民政府办公室: ['issuer'],
      重庆市綦江区人民政府古南街道办事处: ['addressee'],
      重庆市綦江区人民政府三江街道办事处: ['addressee'],
    },
  },
  // A district's sub-district offices in any province are its government's agencies; groups (`各乡镇`, `各街道`) are
  // no organ.
  {
    text: '广安市广安区人民政府办公室\n浓洄街道、北辰街道,各乡镇人民政府,各街道:',
    salutation: '浓洄街道、北辰街道,各乡镇人民政府,各街道:',
    setup: { jurisdiction: '四川', issuer: ['广安市广安区人民政府办公室'] },
    expect: {
      广安市广安区人民政府办公室: ['issuer'],
      广安市广安区人民政府浓洄街道办事处: ['addressee'],
      广安市广安区人民政府北辰街道办事处: ['addressee'],
    },
  },
  // A county's or county-level city's are named after the place alone, as their documents and the sets name them.
  {
    text: '石林彝族自治县人民政府办公室\n鹿阜街道、石林街道,各乡镇人民政府:',
    salutation: '鹿阜街道、石林街道,各乡镇人民政府:',
    setup: { jurisdiction: '云南', issuer: ['石林彝族自治县人民政府办公室'] },
    expect: {
      石林彝族自治县人民政府办公室: ['issuer'],
      石林彝族自治县鹿阜街道办事处: ['addressee'],
      石林彝族自治县石林街道办事处: ['addressee'],
    },
  },
  {
    text: '子洲县人民政府\n双湖峪镇、何家集镇,县政府各部门:',
    salutation: '双湖峪镇、何家集镇,县政府各部门:',
    setup: { jurisdiction: '陕西', issuer: ['子洲县人民政府'] },
    expect: {
      子洲县人民政府: ['issuer'],
      子洲县双湖峪镇人民政府: ['addressee'],
      子洲县何家集镇人民政府: ['addressee'],
    },
  },
];

describe('towns and sub-districts named alone in the salutation', () => {
  test.each(SALUTATIONS.map((r) => [r.text.slice(0, 36), r] as const))('%s', (_, row) => {
    expect(found({ ...row, setup: { ...row.setup, salutation: row.salutation } })).toEqual(row.expect);
  });
});

describe('towns and sub-districts named alone in the distribution lines', () => {
  test.each<Row>([
    {
      text: '重庆市渝北区人民政府办公室关于做好防汛工作的通知\n……\n主送:双龙湖街道、龙塔街道,木耳镇\n抄送:区委办公室,王家街道。',
      setup: { issuer: ['重庆市渝北区人民政府办公室'] },
      expect: {
        重庆市渝北区人民政府办公室: ['issuer'],
        重庆市渝北区人民政府双龙湖街道办事处: ['addressee'],
        重庆市渝北区人民政府龙塔街道办事处: ['addressee'],
        重庆市渝北区木耳镇人民政府: ['addressee'],
        中共重庆市渝北区委办公室: ['mentioned'],
        重庆市渝北区人民政府王家街道办事处: ['mentioned'],
      },
    },
    {
      text: '子洲县人民政府办公室\n……\n抄送:县委办公室,双湖峪镇。\n正文提到马蹄沟镇的做法。',
      setup: { jurisdiction: '陕西', issuer: ['子洲县人民政府办公室'] },
      expect: {
        子洲县人民政府办公室: ['issuer'],
        中共子洲县委办公室: ['mentioned'],
        子洲县双湖峪镇人民政府: ['mentioned'],
      },
    },
  ])('$text', (row) => {
    expect(found(row)).toEqual(row.expect);
  });
});

describe('county names that open with a word of official prose', () => {
  test.each<Row>([
    {
      text: '盐池县人民政府\n由县教体局会同县财政局研究。',
      setup: { jurisdiction: '宁夏', issuer: ['盐池县人民政府'] },
      expect: { 盐池县人民政府: ['issuer'], 盐池县教育和体育局: ['mentioned'], 盐池县财政局: ['mentioned'] },
    },
    {
      text: '怀化市人民政府\n会同县人民政府、通道侗族自治县人民政府:',
      setup: { jurisdiction: '湖南', issuer: ['怀化市人民政府'] },
      expect: { 怀化市人民政府: ['issuer'], 会同县人民政府: ['mentioned'], 通道侗族自治县人民政府: ['mentioned'] },
    },
  ])('$text', (row) => {
    expect(found(row)).toEqual(row.expect);
  });
});

describe('a county of a municipality names its own organs without the municipality', () => {
  const COUNTY_REPLY =
    '巫溪县交通运输委员会关于县十八届人大三次会议第53号建议的答复函\n李华代表:\n您提出的《关于加强农村公路建设的建议》(第53号)收悉。经与县财政局、县乡村振兴局共同研究办理,现答复如下:\n根据巫溪县府办发〔2023〕12号文件精神推进。';
  test('issuer, agencies and citation issuers of the county', () => {
    const x = extractText(COUNTY_REPLY);
    expect(x.document.issuer).toBe('巫溪县交通运输委员会');
    expect(x.agencies.map((a) => a.name)).toEqual(
      expect.arrayContaining(['巫溪县交通运输委员会', '巫溪县财政局', '巫溪县乡村振兴局']),
    );
    expect(x.agencies.some((a) => a.name.startsWith('重庆市巫溪县'))).toBe(false);
  });
  test('its CPPCC and Party bodies too, whose names open before the place', () => {
    const x = extractText(
      '城口县发展和改革委员会关于县政协十届一次会议第61号提案的复函\n郭小玲委员:\n您提出的《关于加快建设生态博物馆的建议》收悉。\n抄送:县政协提案委,县委办公室。',
    );
    expect(x.agencies.map((a) => a.name)).toEqual(
      expect.arrayContaining(['城口县发展和改革委员会', '政协城口县委员会提案委员会', '中共城口县委办公室']),
    );
    expect(x.agencies.some((a) => a.name.includes('重庆市城口县'))).toBe(false);
  });
  test('the municipality names the same county organs with itself; a district keeps the municipality', () => {
    const municipal = extractText(
      '重庆市交通运输委员会关于市六届人大一次会议第12号建议的答复函\n王明代表:\n您提出的《关于支持巫溪交通发展的建议》(第12号)收悉。经与巫溪县交通运输委员会共同研究,现答复如下:',
    );
    expect(municipal.agencies.map((a) => a.name)).toContain('重庆市巫溪县交通运输委员会');
    const district = extractText(
      '重庆市巴南区交通局关于区十八届人大四次会议第39号建议的答复\n张红代表:\n您提出的《关于优化公交线路的建议》(第39号)收悉。经与区财政局共同研究办理,现答复如下:',
    );
    expect(district.document.issuer).toBe('重庆市巴南区交通局');
    expect(district.agencies.map((a) => a.name)).toContain('重庆市巴南区财政局');
  });
});

describe('a town named alone takes the county the text writes before it elsewhere', () => {
  test.each<[string, string]>([
    [
      '广州市公安局关于建议答复的函\n您提出的《关于疏解番禺区石楼镇大桥堵塞问题的建议》收悉。组织石楼镇政府认真研究。',
      '广州市番禺区石楼镇人民政府',
    ],
    [
      '某市交通运输局关于建议的答复\n铜梁区旧县镇道路改造已列入计划,经与旧县镇人民政府沟通。',
      '重庆市铜梁区旧县镇人民政府',
    ],
  ])('%s', (text, name) => {
    expect(extractText(text).agencies.map((a) => a.name)).toContain(name);
  });
});

test("a place in the answered proposal's title is not the reply's own place", () => {
  const names = extractText(
    '关于区十九届人大第四次会议第45号建议办理情况的复函\n尊敬的秦代表:\n你提出的《关于修建中梁镇至北碚区歇马街道森林防火通道的建议》(第45号)已收悉。沙坪坝区成功申报森林草原防火道路建设项目。经区人大常委会转交,区政府办公室督办。',
  ).agencies.map((a) => a.name);
  expect(names).toContain('重庆市沙坪坝区人民政府办公室');
  expect(names.some((n) => n.includes('北碚区人民政府'))).toBe(false);
});

test.each([
  '现将我镇人民政府办理情况答复如下。',
  '感谢您对镇人民政府工作的关心。',
  '由当地镇政府负责组织实施。',
  '四是乡镇人民政府要加强领导。',
  '已经镇政府同意。',
])('words of a sentence before 镇/乡 are no town: %s', (sentence) => {
  const names = extractText('重庆市巴南区某局关于建议的答复\n王代表:\n' + sentence).agencies.map((a) => a.name);
  expect(names.filter((n) => /[镇乡]人民政府$/.test(n))).toEqual([]);
});

test('a town after 现将 keeps its own name', () => {
  const names = extractText('重庆市万州区某局关于建议的答复\n王代表:\n现将柱山乡人民政府的意见转来。').agencies.map(
    (a) => a.name,
  );
  expect(names).toContain('重庆市万州区柱山乡人民政府');
});

test.each([
  ['由市发展改革委、公安局、民政局、政务服务数据管理局、气象局会办。', ['广州市政务服务数据管理局', '广州市气象局']],
  ['市民政局、档案局共同研究。', ['广州市民政局', '广州市档案局']],
  ['市民政局、档案局等单位参加。', ['广州市民政局', '广州市档案局']],
])('a list of departments that is the subject of a verb borrows its place to the last item: %s', (sentence, names) => {
  const found = extractText('广州市应急管理局关于提案的办理意见\n王委员:\n' + sentence).agencies.map((a) => a.name);
  for (const n of names) expect(found).toContain(n);
});

test.each([
  [
    '重庆市沙坪坝区人民政府办公室关于印发2022年区政府工作报告目标任务的通知\n各镇人民政府:\n2022年区政府工作报告已经区十八届人大会议审议通过。',
    '重庆市沙坪坝区人民政府',
  ],
  [
    '天津市人民政府关于分解落实2022年市政府工作报告的通知\n各区人民政府:\n现将市政府工作报告分解落实。',
    '天津市人民政府',
  ],
])('a government in the name of its work report (政府工作报告) is no mention: %s', (text, name) => {
  const a = extractText(text).agencies.find((x) => x.name === name);
  expect(a?.roles ?? []).not.toContain('mentioned');
});

test.each([
  ['经与中峰镇共同研究,现答复如下。', '重庆市綦江区中峰镇人民政府', 'co-handler'],
  ['经与文龙街道共同研究办理。', '重庆市綦江区人民政府文龙街道办事处', 'co-handler'],
  ['我局会同文龙街道办理此事。', '重庆市綦江区人民政府文龙街道办事处', 'mentioned'],
  // A town last or first in a list of partners.
  ['经与区财政局、石角镇共同研究办理,现答复如下。', '重庆市綦江区石角镇人民政府', 'co-handler'],
  ['经与三江街道和区住房城乡建委共同研究。', '重庆市綦江区人民政府三江街道办事处', 'co-handler'],
  // Partners joined by 与 or 及, checked with (核实) rather than studied with.
  ['经与区交通局及石角镇核实,该项目已开工。', '重庆市綦江区石角镇人民政府', 'mentioned'],
  ['我局会同区交通局与石角镇沟通协商,提出以下方案。', '重庆市綦江区石角镇人民政府', 'mentioned'],
])('a town named alone as the partner of handling acts as its organ: %s', (sentence, name, role) => {
  const a = extractText('重庆市綦江区交通局关于建议的复函\n代表:\n' + sentence).agencies.find((x) => x.name === name);
  expect(a?.roles).toContain(role);
});

test("a city's document: a district's body named, then 区X in the same sentence is that district's", () => {
  const names = extractText(
    '广州市公安局关于建议答复的函\n陈代表:\n番禺区政府组织区公安分局到现场调研。区公安分局另行答复。',
  ).agencies.map((a) => a.name);
  expect(names).toContain('广州市公安局番禺区分局');
  expect(names).toContain('广州市番禺区人民政府');
});

test("a district's sub-district office is named as the district government's", () => {
  const row: Row = {
    text: '岳阳市君山区交通运输局\n经与钱粮湖镇人民政府共同研究。该项目由柳林洲街道办事处负责组织实施。',
    setup: { jurisdiction: '湖南', issuer: ['岳阳市君山区交通运输局'] },
    expect: {
      岳阳市君山区交通运输局: ['issuer'],
      岳阳市君山区人民政府柳林洲街道办事处: ['mentioned'],
      岳阳市君山区钱粮湖镇人民政府: ['co-handler'],
    },
  };
  expect(found(row)).toEqual(row.expect);
});

describe('a district name two cities of one province share (济南 and 枣庄 市中区)', () => {
  test.each([
    ['欢迎访问枣庄市市中区人民政府网站!\n', '枣庄市市中区人民政府'],
    ['欢迎访问济南市市中区人民政府网站!\n', '济南市市中区人民政府'],
  ])('the city the text names first settles it: %s', (head, want) => {
    const e = extractText(
      `${head}关于对市政协十一届一次会议第111186号提案的答复\n王委员:\n您提出的提案收悉。山东省商务厅、市中区人民政府高度重视夜间经济发展。\n`,
    );
    expect(e.agencies.map((a) => a.name)).toContain(want);
  });
});
