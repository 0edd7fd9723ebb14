// test/ingest/agencies-rules.test.ts — where a name does not count as an agency (number codes, sector words,
// websites, look-alike words), where the issuer stands when no header names it, and the co-handler field's bounded scan.

import { describe, expect, test } from 'vitest';
import { findAgencies } from '../../ingest/agencies.ts';
import { extractText } from '../../ingest/extract.ts';
import { inCoHandlerField } from '../../ingest/agencies/roles.ts';
import { context, found, type Row } from './agencies-fixture.ts';

const NOT_AGENCIES: Row[] = [
  // A document number's code or a decree label is part of the number.
  { text: '根据国办发„2009‟3号精神,结合实际。', setup: { jurisdiction: null }, expect: {} },
  { text: '贵州省人民政府令第116号、湖南省人民政府令158号公布。', setup: { jurisdiction: null }, expect: {} },
  { text: '依照渝府发(2020)5号和川办函〔2021〕8号执行。', expect: {} },
  // `X部门` is a sector, not the ministry.
  { text: '行业主管部门是商务部门,由公安部门和教育部门配合。', setup: { jurisdiction: null }, expect: {} },
  // Fixed terms that open with 政府: the name before them is their modifier.
  { text: '重庆市开州区政府投资项目管理办法;规范市政府采购和区政府性债务、县政府购买服务。', expect: {} },
  // A law names an organ by its field (`国务院商务主管部门`): no body acts.
  {
    text: '向国务院商务主管部门备案;由省级人民政府教育主管部门负责。',
    setup: { jurisdiction: null },
    expect: {},
  },
  // …or by a list of fields (`县人民政府民政部门`, `公安、司法、林业和草原等有关部门`), however long.
  {
    text: '县人民政府民政部门负责殡葬管理;县人民政府公安、司法、财政、发展改革、自然资源、林业和草原、生态环境、卫生健康、市场监管、交通运输、住房城乡建设、人力资源社会保障等有关部门做好工作。',
    setup: { jurisdiction: '云南', issuer: [] },
    expect: {},
  },
  // A body listed after 各 and a run of level words takes their distributed organ: one of a group.
  {
    text: '各省、自治区、直辖市、新疆生产建设兵团交通运输厅(局、委):各省、自治区、直辖市、计划单列市及新疆生产建设兵团经贸委(经委、商委)。',
    setup: { jurisdiction: null },
    expect: {},
  },
  // …but not a body after a list of named places, nor one after a list that 各 does not open.
  {
    text: '省、自治区和新疆生产建设兵团审计厅要落实。',
    setup: { jurisdiction: null },
    expect: { 新疆生产建设兵团审计厅: ['mentioned'] },
  },
  // Bodies listed before 等部门 still act: the list is of bodies, not fields.
  {
    text: '接受财政部重庆监管局等部门的监督;由市科技局会同市财政局等部门办理,市教委和财政局等部门配合。',
    expect: {
      财政部重庆监管局: ['mentioned'],
      重庆市科学技术局: ['mentioned'],
      重庆市财政局: ['mentioned'],
      重庆市教育委员会: ['mentioned'],
    },
  },
  // A government's own office written after it is that office, named with the government; a clause after the
  // government is no office.
  {
    text: '经与临湘市人民政府建议提案办公室、永兴县人民政府法制办公室联系。县人民政府关于设立办公室的通知已印发。',
    setup: { jurisdiction: '湖南' },
    expect: {
      临湘市人民政府建议提案办公室: ['mentioned'],
      永兴县人民政府法制办公室: ['mentioned'],
      // `县人民政府关于设立办公室`: the government acts (the county is the text's first, 临湘市).
      临湘市人民政府: ['mentioned'],
    },
  },
  // Look-alike words: `人行道` is a pavement, `人行天桥` a pedestrian bridge.
  { text: '城市桥涵:跨河桥、涵洞、立交桥、人行天桥、人行地下通道等。', setup: { jurisdiction: '江西' }, expect: {} },
  { text: '对人行道和人行横道进行综合整治。', expect: {} },
  // A website or account named after a body.
  {
    text: '登录沈阳人大网站或关注市政府门户网站、市科技局公众号提出意见。',
    setup: { jurisdiction: '辽宁' },
    expect: {},
  },
];

/** An opening paragraph that names no place, longer than the title line is looked for: the body below is a report's
 *  cut to its body. */
const OPENING =
  '2022年,我局坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,立足工作布局,积极服务保障高质量发展、高品质生活、高水平治理,提供了优质高效的法律服务和坚实有力的法治保障。'.repeat(
    3,
  );

const ISSUERS: Row[] = [
  // No header named the issuer: the title line opens with it (page chrome may stand before it).
  {
    text: '社交媒体\n搜索\n\n江苏省人民政府办公厅发布进一步加大基础设施领域补短板力度的实施意见\n经省政府同意。',
    setup: { jurisdiction: '江苏' },
    expect: { 江苏省人民政府办公厅: ['issuer'], 江苏省人民政府: ['mentioned'] },
  },
  {
    text: '河南省科学技术厅关于印发《办法》的通知\n各省辖市科技局:',
    setup: { jurisdiction: '河南', excluded: ['《办法》'] },
    expect: { 河南省科学技术厅: ['issuer'] },
  },
  // Joint issuers side by side at the head of the title; `市` is then their city.
  {
    text: '中共深圳市委 深圳市人民政府关于印发《方案》的通知\n各区委、区政府,市委各部委:\n经市委、市政府同意,现印发。',
    setup: { jurisdiction: '广东', excluded: ['《方案》'] },
    expect: { 中共深圳市委员会: ['issuer', 'mentioned'], 深圳市人民政府: ['issuer', 'mentioned'] },
  },
  // A county's office: `县X` is that county's, in any province.
  {
    text: '郸城县人民政府办公室关于印发创建工作方案的通知\n各乡镇人民政府,县直各单位:\n经县政府同意,由县卫健委、县财政局负责,县委宣传部配合。',
    setup: { jurisdiction: '河南' },
    expect: {
      郸城县人民政府办公室: ['issuer'],
      郸城县人民政府: ['mentioned'],
      郸城县卫生健康委员会: ['mentioned'],
      郸城县财政局: ['mentioned'],
      中共郸城县委宣传部: ['mentioned'],
    },
  },
  // No title and no issuer: the place the text fits its measures to (`结合官渡区实际`) is its own, not the city whose
  // document it cites first; `区X局` are that district's.
  {
    text: '根据《昆明市人民政府关于印发昆明市稳增长促发展若干政策措施的通知》,结合官渡区实际,特制定如下政策措施。(区政务服务局牵头,区发改局、区住建局配合)',
    setup: { jurisdiction: '云南', excluded: ['《昆明市人民政府关于印发昆明市稳增长促发展若干政策措施的通知》'] },
    expect: {
      昆明市官渡区政务服务管理局: ['mentioned'],
      昆明市官渡区发展和改革局: ['mentioned'],
      昆明市官渡区住房和城乡建设局: ['mentioned'],
    },
  },
  // A text cut to its body that speaks as a district's body (`区委、区政府`) names its district by the first title it
  // cites, not by a place in running text (`到永川区学习`); of two 江北区, the document's province's.
  {
    text: OPENING + '在区委、区政府的正确领导下,到永川区学习经验,拟定《荣昌区法治政府建设实施方案》。区司法局牵头。',
    expect: {
      中共重庆市荣昌区委员会: ['mentioned'],
      重庆市荣昌区人民政府: ['mentioned'],
      重庆市荣昌区司法局: ['mentioned'],
    },
  },
  {
    text: OPENING + '服务全区大局,对照《江北区2024年国家机关普法责任清单》,区政府办公室牵头。',
    expect: { 重庆市江北区人民政府办公室: ['mentioned'] },
  },
  // A municipality's county speaking so names its organs without the municipality (as when it signs).
  {
    text: OPENING + '提升我县城市形象。县规划和自然资源局正牵头编制《秀山县国土总体规划(2021-2035)》。',
    expect: { 秀山土家族苗族自治县规划和自然资源局: ['mentioned'] },
  },
  // A text that speaks of a group of counties (`各区县政府`) speaks as none of them.
  {
    text: OPENING + '各区县政府要落实《荣昌区法治政府建设实施方案》,区司法局牵头。',
    expect: {},
  },
  // What stands before 实际 must open with a place (`结合返乡农民工实际` names none).
  {
    text: '结合返乡农民工实际,区教委牵头。',
    setup: { jurisdiction: null },
    expect: {},
  },
  // A title that only names a topic place does not make an issuer.
  { text: '贵阳市生活垃圾分类制度实施方案\n各区人民政府:', setup: { jurisdiction: '贵州' }, expect: {} },
];

describe('what is not an agency', () => {
  test.each(NOT_AGENCIES.map((r) => [r.text.slice(0, 30), r] as const))('%s', (_, row) => {
    expect(found(row)).toEqual(row.expect);
  });
});

describe('the issuer at the head of the title line', () => {
  test.each(ISSUERS.map((r) => [r.text.slice(0, 30), r] as const))('%s', (_, row) => {
    expect(found(row)).toEqual(row.expect);
  });
});

describe('the 协办单位 header field', () => {
  test.each([
    ['协办单位: | 省发展改革委、', true],
    ['协办单位:省教育厅、省财政厅、', true],
    ['协办单位 ', true],
    ['协办单位: | 省教育厅 | 承办单位: | ', false],
    ['主办单位:省科技厅,', false],
  ] as const)('%s → the next name is listed: %s', (line, listed) => {
    expect(inCoHandlerField(line + '市科技局', line.length)).toBe(listed);
  });

  test('a long line of list items is scanned in bounded time', () => {
    const line = '协办单位:' + '甲、'.repeat(200_000) + ' 乙';
    const t0 = performance.now();
    for (let k = 0; k < 1000; k++) inCoHandlerField(line, line.length - 1);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  test('units listed in the field are co-handlers even inside the excluded header', () => {
    const text = '[ 协办单位 ]: | 市教委、市财政局 |\n经与协办单位共同研究办理。';
    const got = findAgencies(text, context(text, { excluded: ['[ 协办单位 ]: | 市教委、市财政局 |'] }));
    expect(Object.fromEntries(got.map((a) => [a.name, a.roles]))).toEqual({
      重庆市教育委员会: ['co-handler'],
      重庆市财政局: ['co-handler'],
    });
  });
});

describe("a city's text that names no issuer speaks as the city whose documents it cites first", () => {
  test.each([
    [
      'a report on handling deputies’ suggestions',
      '关于市六届人大四次会议代表建议办理情况的报告\n2025年,市人大常委会向市政府交办市六届人大四次会议代表建议171件【其中重点建议4件(由7件建议并案)】,经市政府办公室认真梳理,分别交由8个县区政府(管委)和58个单位承办。目前所有建议均按规定要求完成答复工作,办复率和满意率均为100%。现将办理情况报告如下,请予审议。\n一、重点建议办理情况\n(一)关于加快推进我市医养结合工作的建议办理情况。市政府深入贯彻落实党中央、国务院和省委、省政府医养结合工作部署要求,坚持以制度为保障、以规划为引领、以措施为抓手,有力推动医养结合工作健康发展。一是完善医养服务政策。出台《六安市大健康产业发展重点任务分解的通知》《六安市人民政府关于加快发展养老服务业的实施意见》等一系列政策措施。\n',
      ['六安市人民代表大会常务委员会', '六安市人民政府', '六安市人民政府办公室', '安徽省人民政府'],
    ],
    [
      'a county-level city’s work summary',
      '2024年工作总结\n2024年,在市委、市政府的坚强领导下,我市全面落实《钟祥市国土空间总体规划(2021-2035年)》,市自然资源和规划局牵头推进。湖北省人民政府予以批复。\n',
      ['中共钟祥市委员会', '钟祥市人民政府', '钟祥市自然资源和规划局'],
    ],
  ])('%s', (_name, text, names) => {
    const got = extractText(text).agencies.map((a) => a.name);
    for (const n of names) expect(got).toContain(n);
  });
});
