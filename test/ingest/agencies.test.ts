// test/ingest/agencies.test.ts — agency extraction on real sentences: canonical names, roles, renames, what does not count.
// Each row is a sentence as written in Chongqing, Sichuan or central documents, with the context the early stages hand over.

import { agencyInfo, findAgencies, resolveAgencyName } from '../../ingest/agencies.ts';
import type { Role } from '../../ingest/model.ts';
import { context, type Row, type Setup } from './agencies-fixture.ts';

const ROWS: Row[] = [
  {
    // cq-kjj-2023-0035: co-handlers, including the central regulators' Chongqing bureaus.
    text: '经与市教委、市经济信息委、市财政局、市金融监管局、重庆市税务局、重庆证监局、重庆银保监局等协办单位共同研究办理,现答复如下:',
    setup: { date: '2023-04-28' },
    expect: {
      重庆市教育委员会: ['co-handler'],
      重庆市经济和信息化委员会: ['co-handler'],
      重庆市财政局: ['co-handler'],
      重庆市地方金融监督管理局: ['co-handler'],
      国家税务总局重庆市税务局: ['co-handler'],
      中国证券监督管理委员会重庆监管局: ['co-handler'],
      中国银行保险监督管理委员会重庆监管局: ['co-handler'],
    },
  },
  {
    // The same bureau after the 2023 reform is named as in force on the document's date.
    text: '重庆银保监局、人行重庆营管部联合开展专项行动。',
    setup: { date: '2024-03-01' },
    expect: { 国家金融监督管理总局重庆监管局: ['mentioned'], 中国人民银行重庆市分行: ['mentioned'] },
  },
  {
    // 市科委 became 市科技局 in 2018: a 2017 document keeps the old name, a 2020 document the new one.
    text: '市科委、市财政局联合印发了专项资金管理办法。',
    setup: { date: '2017-06-01' },
    expect: { 重庆市科学技术委员会: ['mentioned'], 重庆市财政局: ['mentioned'] },
  },
  {
    text: '2016年市科委牵头建设了科技资源共享平台。',
    setup: { date: '2020-06-01' },
    expect: { 重庆市科学技术局: ['mentioned'] },
  },
  {
    // cq-kjj-2023-0226: Party bodies and a district government; 23个市级单位 is a generic group.
    text: '成立分管副市长任组长,市委组织部、市委编办、市发展改革委等23个市级单位为成员的工作小组。经与巴南区政府等协办单位共同研究办理。',
    expect: {
      中共重庆市委组织部: ['mentioned'],
      中共重庆市委机构编制委员会办公室: ['mentioned'],
      重庆市发展和改革委员会: ['mentioned'],
      重庆市巴南区人民政府: ['co-handler'],
    },
  },
  {
    // cq-czj-2022: 党中央 is 中共中央; a bare 南川支行 after 人民银行 in the same list is the People's Bank sub-branch.
    text: '各区县(自治县)财政局、金融办(金融管理部门),人民银行各中心支行、南川支行、各支行,各银保监分局:\n为贯彻落实党中央、国务院关于发展普惠金融的决策部署,财政部会同相关部委实施了奖励政策。',
    setup: {
      salutation: '各区县(自治县)财政局、金融办(金融管理部门),人民银行各中心支行、南川支行、各支行,各银保监分局:',
    },
    expect: {
      中国人民银行南川支行: ['addressee'],
      中共中央: ['mentioned'],
      国务院: ['mentioned'],
      财政部: ['mentioned'],
    },
  },
  {
    // Generic groups and modifiers: none of these is an agency mention.
    text: '市政府有关部门积极完善容错机制,区政府各部门、各区县政府认真落实,市人大代表、市政协委员提出建议,市政协民建界别、农工党市委会、共青团重庆市委参与调研。',
    expect: {},
  },
  {
    // Session and meeting labels: 市委 inside 六届二次全会 or 人才工作会议, 中央财经委员会 inside 第六次会议.
    text: '市委六届二次全会对新重庆建设进行了全面部署,严格落实市委人才工作会议部署,习近平总书记主持召开中央财经委员会第六次会议。',
    expect: {},
  },
  {
    // cq-kjj-2022-notice-agri-parks: a ministry's 司 is an agency of its own; a bureau's 处 is not counted.
    text: '根据科技部农村科技司关于编报年度报告的通知要求,纸质材料寄送至重庆市科学技术局农村科技处。',
    expect: { 科学技术部农村科技司: ['mentioned'] },
  },
  {
    // Issuer named only in the header and signature, and again in the body.
    text: '[ 发布机构 ] 市科技局\n重庆市科学技术局关于开展工作的通知\n近年来,市科技局持续加强与市级各部门协作。\n重庆市科学技术局\n2023年4月28日',
    setup: { issuer: ['市科技局', '重庆市科学技术局关于'.slice(0, 8)], excluded: ['[ 发布机构 ] 市科技局'] },
    expect: { 重庆市科学技术局: ['issuer', 'mentioned'] },
  },
  {
    // cn-most-2021: a spaced-out signature still names the issuer; a province-level unit's bureau is resolved by rule.
    text: '各省、自治区、直辖市及计划单列市科技厅(委、局),新疆生产建设兵团科技局:\n科技部研究修订了评价指标体系。\n科 技 部\n2021年4月22日',
    setup: {
      jurisdiction: null,
      issuer: ['科 技 部'],
      salutation: '各省、自治区、直辖市及计划单列市科技厅(委、局),新疆生产建设兵团科技局:',
    },
    expect: { 科学技术部: ['issuer', 'mentioned'], 新疆生产建设兵团科学技术局: ['addressee'] },
  },
  {
    // sc-gov-2025: in a Sichuan document 省X and bare 厅 names are the province's; 省政府各部门 is a group.
    text: '各市(州)人民政府,省政府各部门、各直属机构,有关单位:\n〔责任单位:科技厅,省发展改革委、经济和信息化厅、司法厅、成都市人民政府〕在省委领导下,省政府工作坚持稳中求进。',
    setup: { jurisdiction: '四川', salutation: '各市(州)人民政府,省政府各部门、各直属机构,有关单位:' },
    expect: {
      四川省科学技术厅: ['mentioned'],
      四川省发展和改革委员会: ['mentioned'],
      四川省经济和信息化厅: ['mentioned'],
      四川省司法厅: ['mentioned'],
      成都市人民政府: ['mentioned'],
      中共四川省委员会: ['mentioned'],
      四川省人民政府: ['mentioned'],
    },
  },
  {
    // sc-cd-2022: in a Chengdu document 市科技局 is Chengdu's.
    text: '成都市科学技术局关于印发管理办法的通知\n市科技局制订了《成都市重点研发项目资助管理办法》。',
    setup: { jurisdiction: '四川', issuer: ['成都市科学技术局'], excluded: ['《成都市重点研发项目资助管理办法》'] },
    expect: { 成都市科学技术局: ['issuer', 'mentioned'] },
  },
  {
    // sc-kjt-2017: header 协办单位 field; 国家科技部; a city bureau written without 市.
    text: '主办单位(分办单位): | 科技厅 | 协办单位: | 省发展改革委 |\n2016年4月,国家科技部印发了指引,再由宜宾科技局函送至科技厅。',
    setup: {
      jurisdiction: '四川',
      issuer: ['科技厅'],
      excluded: ['主办单位(分办单位): | 科技厅 | 协办单位: | 省发展改革委 |'],
    },
    expect: {
      四川省科学技术厅: ['issuer', 'mentioned'],
      四川省发展和改革委员会: ['co-handler'],
      科学技术部: ['mentioned'],
      宜宾市科学技术局: ['mentioned'],
    },
  },
  {
    // A Sichuan proposal reply: 经商 lists the co-handlers; a democratic party's provincial committee is no agency.
    text: '九三学社四川省委:\n你们提出的提案收悉。经商省教育厅、省经济和信息化厅、省财政厅,现答复如下:\n省委、省政府高度重视。',
    setup: { jurisdiction: '四川', salutation: '九三学社四川省委:' },
    expect: {
      四川省教育厅: ['co-handler'],
      四川省经济和信息化厅: ['co-handler'],
      四川省财政厅: ['co-handler'],
      中共四川省委员会: ['mentioned'],
      四川省人民政府: ['mentioned'],
    },
  },
  {
    // District documents: 县科技局 is the issuer's county; a Chongqing district body keeps the 重庆市 prefix.
    text: '丰都县科学技术局 丰都县财政局\n本办法所称项目是指县科技局利用财政科技发展资金资助的活动,九龙坡区政府办公室、渝北区科技局参与。',
    setup: { issuer: ['丰都县科学技术局 丰都县财政局'] },
    expect: {
      重庆市丰都县科学技术局: ['issuer', 'mentioned'],
      重庆市丰都县财政局: ['issuer'],
      重庆市九龙坡区人民政府办公室: ['mentioned'],
      重庆市渝北区科学技术局: ['mentioned'],
    },
  },
  {
    // Names inside an excluded 《》 title do not count; the ministries outside it do.
    text: '根据《财政部 人民银行 银保监会关于实施奖补政策的通知》要求,工业和信息化部、国家发展改革委、市场监管总局联合部署。',
    setup: { jurisdiction: null, excluded: ['《财政部 人民银行 银保监会关于实施奖补政策的通知》'] },
    expect: { 工业和信息化部: ['mentioned'], 国家发展和改革委员会: ['mentioned'], 国家市场监督管理总局: ['mentioned'] },
  },
];

describe('findAgencies', () => {
  test.each(ROWS.map((r) => [r.text.slice(0, 40), r] as const))('%s', (_label, row) => {
    const ctx = context(row.text, row.setup ?? {});
    const got = findAgencies(row.text, ctx);
    const byName = Object.fromEntries(got.map((a) => [a.name, a.roles]));
    expect(byName).toEqual(row.expect);
    for (const a of got) {
      expect(a.spans.length).toBeGreaterThan(0);
      for (const s of a.spans) {
        // Every span points at its surface form, and the quote contains it.
        expect(row.text.slice(s.start, s.end)).toBe(s.text);
        expect(a.mentions).toContain(s.text);
        expect(s.quoteStart).toBeLessThanOrEqual(s.start);
        expect(s.quoteEnd).toBeGreaterThanOrEqual(s.end);
      }
    }
  });

  test('mentions keep the surface form exactly as written', () => {
    const text = '我局协同市经济信息委、市金融局等部门单位全力提升企业科技创新能力。';
    const got = findAgencies(text, context(text, {}));
    expect(got.map((a) => [a.name, a.mentions])).toEqual([
      ['重庆市经济和信息化委员会', ['市经济信息委']],
      ['重庆市地方金融监督管理局', ['市金融局']],
    ]);
  });
});

describe('resolveAgencyName', () => {
  test.each([
    ['市政府办公厅', '重庆', '2022-07-12', '重庆市人民政府办公厅'],
    ['市科技局', '重庆', null, '重庆市科学技术局'],
    ['市 科 技 局', '重庆', null, '重庆市科学技术局'],
    ['国务院办公厅', null, null, '国务院办公厅'],
    ['省科技厅', '四川', null, '四川省科学技术厅'],
    ['科技厅', '四川', null, '四川省科学技术厅'],
    ['大渡口区发展改革委', '重庆', null, '重庆市大渡口区发展和改革委员会'],
    ['重庆市九龙坡区人民政府办公室', '重庆', null, '重庆市九龙坡区人民政府办公室'],
    ['银保监会', null, '2022-01-01', '中国银行保险监督管理委员会'],
    ['银保监会', null, '2024-01-01', '国家金融监督管理总局'],
    ['银监会', null, '2020-01-01', '中国银行保险监督管理委员会'],
    ['市科技局', '四川', null, null],
    ['市社科联', '重庆', null, null],
    ['重庆大学', '重庆', null, null],
  ] as const)('%s (%s, %s) → %s', (surface, jurisdiction, date, expected) => {
    expect(resolveAgencyName(surface, { jurisdiction, date })).toBe(expected);
  });
});

describe('roster', () => {
  test('roster entries carry level, jurisdiction, former names and a source', () => {
    const info = agencyInfo('重庆市科学技术局');
    expect(info).not.toBeNull();
    expect(info!.level).toBe('municipal');
    expect(info!.jurisdiction).toBe('重庆');
    expect(info!.formerNames.map((f) => f.name)).toContain('重庆市科学技术委员会');
    expect(info!.source.length).toBeGreaterThan(0);
    expect(agencyInfo('不存在的机关')).toBeNull();
  });
});

describe('central internal units and joint issuers', () => {
  test('a ministry general office is its own agency; the first of joint issuers leads', () => {
    const text = '教育部办公厅、工业和信息化部办公厅印发通知,市人力资源社会保障局贯彻落实。';
    const got = findAgencies(text, context(text, { jurisdiction: '重庆' }));
    expect(got.map((a) => a.name)).toEqual(['教育部办公厅', '工业和信息化部办公厅', '重庆市人力资源和社会保障局']);
    expect(resolveAgencyName('丰都县科学技术局 丰都县财政局', { jurisdiction: '重庆', date: null })).toBe(
      '重庆市丰都县科学技术局',
    );
    expect(resolveAgencyName('市科技局关于', { jurisdiction: '重庆', date: null })).toBeNull();
  });
});

describe('a central body followed by its own office, 司 or 局 is that unit (longest match wins)', () => {
  const rows: Array<[string, Setup, Record<string, Role[]>]> = [
    // A 工信厅 notice: the general office before 关于 in the title is the issuer, not the ministry.
    [
      '工业和信息化部办公厅关于组织开展中小企业数字化转型试点工作的通知\n经工业和信息化部中小企业局同意,现将有关事项通知如下。',
      { jurisdiction: null, issuer: ['工业和信息化部办公厅'] },
      { 工业和信息化部办公厅: ['issuer'], 工业和信息化部中小企业局: ['mentioned'] },
    ],
    // Unit words may hold 与/和 (资源配置与管理司, 科教和文化司); a conjunction before another body ends the unit.
    [
      '科学技术部资源配置与管理司、财政部科教和文化司牵头,科技部火炬中心和国家知识产权局配合。',
      { jurisdiction: null },
      {
        科学技术部资源配置与管理司: ['mentioned'],
        财政部科教和文化司: ['mentioned'],
        科学技术部: ['mentioned'],
        国家知识产权局: ['mentioned'],
      },
    ],
    // A commission's office under its short name; a local bureau's 处 is still not an agency.
    [
      '国家发展改革委办公厅印发通知,重庆市科学技术局农村科技处负责联系。',
      {},
      { 国家发展和改革委员会办公厅: ['mentioned'] },
    ],
  ];
  test.each(rows.map((r) => [r[0].slice(0, 30), ...r] as const))('%s', (_label, text, setup, want) => {
    const got = findAgencies(text, context(text, setup));
    expect(Object.fromEntries(got.map((a) => [a.name, a.roles]))).toEqual(want);
  });

  test.each([
    ['工业和信息化部办公厅', '工业和信息化部办公厅'],
    ['工信部办公厅', '工业和信息化部办公厅'],
    ['工业和信息化部中小企业局', '工业和信息化部中小企业局'],
    ['科技部资源配置与管理司', '科学技术部资源配置与管理司'],
  ] as const)('resolveAgencyName(%s) → %s', (surface, expected) => {
    expect(resolveAgencyName(surface, { jurisdiction: null, date: '2023-05-10' })).toBe(expected);
  });
});

describe('groups of bodies', () => {
  test('区县/市县 before a relative name make it a group', () => {
    const text = '丰都县科学技术局\n请有关区县政府、市县科技局和县财政局配合。';
    const got = findAgencies(text, context(text, { issuer: ['丰都县科学技术局'] }));
    expect(got.map((a) => [a.name, a.roles])).toEqual([
      ['重庆市丰都县科学技术局', ['issuer']],
      ['重庆市丰都县财政局', ['mentioned']],
    ]);
  });
});

describe('cities of other provinces', () => {
  test('every prefecture-level city names its own bureaus; a bare 市X stays the locale body', () => {
    const text = '学习借鉴温州市科技局、珠海市发展改革委的经验,由市科技局会同市发展改革委推进。';
    const got = findAgencies(text, context(text, {}));
    expect(got.map((a) => a.name)).toEqual([
      '温州市科学技术局',
      '珠海市发展和改革委员会',
      '重庆市科学技术局',
      '重庆市发展和改革委员会',
    ]);
  });

  test('capitals and sub-provincial cities in the gazetteer name their own bureaus', () => {
    const text = '学习借鉴杭州市科技局、深圳市发展改革委的经验,由市科技局会同市发展改革委推进。';
    const got = findAgencies(text, context(text, {}));
    expect(got.map((a) => a.name)).toEqual([
      '杭州市科学技术局',
      '深圳市发展和改革委员会',
      '重庆市科学技术局',
      '重庆市发展和改革委员会',
    ]);
  });
});

// Rules of the language, on sentences written for these tests (not taken from any evaluation document).
const RULE_ROWS: Row[] = [
  {
    // Branches of central bodies: <body><place><branch word>, with the body written in full or short, are their own agencies.
    text: '会同中国人民银行西安分行、人行长沙分行和国家金融监督管理总局陕西监管局,联合国家税务总局西安市税务局开展融资对接。',
    setup: { jurisdiction: '陕西' },
    expect: {
      中国人民银行西安分行: ['mentioned'],
      中国人民银行长沙分行: ['mentioned'],
      国家金融监督管理总局陕西监管局: ['mentioned'],
      国家税务总局西安市税务局: ['mentioned'],
    },
  },
  {
    // A district tax bureau keeps the full place; NFRA and CSRC short forms stand after a province written without 省.
    text: '国家税务总局重庆市江北区税务局、湖南金融监管局、湖南证监局、人民银行等单位参加。',
    setup: { jurisdiction: '重庆' },
    expect: {
      国家税务总局重庆市江北区税务局: ['mentioned'],
      国家金融监督管理总局湖南监管局: ['mentioned'],
      中国证券监督管理委员会湖南监管局: ['mentioned'],
      中国人民银行: ['mentioned'],
    },
  },
  {
    // Province-level short forms in any province follow the issuer's jurisdiction; 省委 is the Party committee.
    text: '湖南省科学技术厅\n经商省发改委、省经信厅、省教育厅、省财政厅,现答复如下:\n按照省委、省政府部署,长沙市科技局牵头。',
    setup: { jurisdiction: '湖南', issuer: ['湖南省科学技术厅'] },
    expect: {
      湖南省科学技术厅: ['issuer'],
      湖南省发展和改革委员会: ['co-handler'],
      湖南省经济和信息化厅: ['co-handler'],
      湖南省教育厅: ['co-handler'],
      湖南省财政厅: ['co-handler'],
      中共湖南省委员会: ['mentioned'],
      湖南省人民政府: ['mentioned'],
      长沙市科学技术局: ['mentioned'],
    },
  },
  {
    // A zone's administrative committee is the zone's government organ; a generic 各…管委会 is a group.
    text: '依托重庆西永综合保税区管委会建设服务站,各国家高新区管委会认真落实,联合两江新区管委会推进。',
    expect: { 重庆西永综合保税区管理委员会: ['mentioned'], 重庆两江新区管理委员会: ['mentioned'] },
  },
  {
    // Variants of Chongqing bodies.
    text: '市地方金融监管局、市通信管理局按职责分工负责,市公安局交巡警总队加强路检。',
    expect: {
      重庆市地方金融监督管理局: ['mentioned'],
      重庆市通信管理局: ['mentioned'],
      重庆市公安局交通巡逻警察总队: ['mentioned'],
    },
  },
];

describe('findAgencies: branches, provinces, zone committees', () => {
  test.each(RULE_ROWS.map((r) => [r.text.slice(0, 40), r] as const))('%s', (_label, row) => {
    const got = findAgencies(row.text, context(row.text, row.setup ?? {}));
    expect(Object.fromEntries(got.map((a) => [a.name, a.roles]))).toEqual(row.expect);
    for (const a of got) for (const sp of a.spans) expect(row.text.slice(sp.start, sp.end)).toBe(sp.text);
  });
});

describe('list inheritance', () => {
  test('departments listed right after a place-built name share its place', () => {
    const text = '新疆生产建设兵团科技局、财政局,大渡口区科技局、财政局、市财政局:';
    const got = findAgencies(text, context(text, { jurisdiction: '重庆', salutation: text }));
    expect(got.map((a) => [a.name, a.mentions, a.roles])).toEqual([
      ['新疆生产建设兵团科学技术局', ['新疆生产建设兵团科技局'], ['addressee']],
      ['新疆生产建设兵团财政局', ['财政局'], ['addressee']],
      ['重庆市大渡口区科学技术局', ['大渡口区科技局'], ['addressee']],
      ['重庆市大渡口区财政局', ['财政局'], ['addressee']],
      ['重庆市财政局', ['市财政局'], ['addressee']],
    ]);
  });
});

describe('Chengdu district documents', () => {
  test('区X is the issuer district, 市X the city it lies in', () => {
    const text = '成都市武侯区科学技术局\n区科技局、区财政局、锦江区政府、市科技局共同推进。';
    const got = findAgencies(text, context(text, { jurisdiction: '四川', issuer: ['成都市武侯区科学技术局'] }));
    expect(got.map((a) => [a.name, a.level])).toEqual([
      ['成都市武侯区科学技术局', 'district'],
      ['成都市武侯区财政局', 'district'],
      ['成都市锦江区人民政府', 'district'],
      ['成都市科学技术局', 'municipal'],
    ]);
  });
});
