// test/ingest/legal-level.test.ts — the legal level (效力级别) of real-looking documents, one row per rule of the language.
import { isTrialTitle, legalLevel, LEGAL_LEVEL_NAMES, type LegalLevel } from '../../ingest/legal-level.ts';

type Row = [
  title: string | null,
  docNumber: string | null,
  issuer: string | null,
  level: LegalLevel | null,
  rule: string | null,
];

const TABLE: Row[] = [
  // Laws: 中华人民共和国…法, any 法 with no other issuer, a 决定 of the NPC standing committee.
  ['中华人民共和国促进科技成果转化法', null, null, 'law', 'law-kind'],
  ['中华人民共和国科学技术进步法', null, '全国人民代表大会常务委员会', 'law', 'law-kind'],
  [
    '全国人民代表大会常务委员会关于修改《中华人民共和国科学技术进步法》的决定',
    null,
    '全国人民代表大会常务委员会',
    'law',
    'npc-decision',
  ],
  // Administrative regulations: 国务院令, a State Council 条例, 中华人民共和国…条例.
  ['优化营商环境条例', '国务院令第722号', null, 'administrative-regulation', 'order-number'],
  ['中华人民共和国政府信息公开条例', null, null, 'administrative-regulation', 'regulation-by-state-council'],
  ['专利代理条例', null, '国务院', 'administrative-regulation', 'regulation-by-state-council'],
  ['征信业管理条例', null, null, 'administrative-regulation', 'regulation-by-state-council'],
  ['城市居民最低生活保障条例', null, null, 'administrative-regulation', 'regulation-by-state-council'],
  // Departmental rules: a ministry's 令.
  [
    '科学技术活动违规行为处理规定',
    '科学技术部令第19号',
    '中华人民共和国科学技术部',
    'departmental-rule',
    'order-number',
  ],
  ['食品经营许可管理办法', '国家市场监督管理总局令第17号', null, 'departmental-rule', 'order-number'],
  // Local regulations: a place's 条例 (adopted by its people's congress standing committee).
  ['重庆市促进科技成果转化条例', null, null, 'local-regulation', 'regulation-by-local-congress'],
  ['重庆市科技创新促进条例', null, '重庆市人民代表大会常务委员会', 'local-regulation', 'regulation-by-local-congress'],
  ['四川省自主创新示范区条例', null, '四川省人大常委会', 'local-regulation', 'regulation-by-local-congress'],
  ['宁夏回族自治区科学技术进步条例', null, null, 'local-regulation', 'regulation-by-local-congress'],
  ['辽宁省社会信用条例', null, null, 'local-regulation', 'regulation-by-local-congress'],
  // 方法 is not 法: a standard's test method.
  ['轻型汽车污染物排放限值及测量方法(中国第五阶段)', null, null, 'normative-document', 'normative-kind'],
  // Local government rules: a 令 of a people's government.
  ['重庆市科学技术奖励办法', '重庆市人民政府令第356号', null, 'local-government-rule', 'order-number'],
  ['成都市科学技术奖励办法', '成都市人民政府令第190号', '成都市人民政府', 'local-government-rule', 'order-number'],
  // Normative documents: 发/规 numbers, and 办法/意见/通知/方案 of administrative organs.
  [
    '重庆市人民政府办公厅关于印发重庆市高质量孵化载体建设实施方案（2021—2025年）的通知',
    '渝府办发〔2021〕142号',
    '重庆市人民政府办公厅',
    'normative-document',
    'normative-number',
  ],
  [
    '重庆市人民政府关于印发重庆市深化科技成果转化若干措施的通知',
    '渝府发〔2020〕5号',
    '重庆市人民政府',
    'normative-document',
    'normative-number',
  ],
  [null, '川府规〔2022〕3号', null, 'normative-document', 'normative-number'],
  // 发 followed by a sub-code (国科发火 = 科技部火炬中心's line), and a provincial government's 政 code.
  [
    '科技部关于印发《国家高新技术产业开发区综合评价指标体系》的通知',
    '国科发火〔2021〕106号',
    '科学技术部',
    'normative-document',
    'normative-number',
  ],
  [null, '皖政〔2000〕48号', '安徽省人民政府', 'normative-document', 'normative-number'],
  // A policy of a kind the list does not know: the issuing notice's own kind decides.
  [
    '科技部关于印发《国家高新技术产业开发区综合评价指标体系》的通知',
    null,
    '科学技术部',
    'normative-document',
    'normative-kind',
  ],
  ['郑州市突发事件总体应急预案(试行)', null, null, 'normative-document', 'normative-kind'],
  [
    '重庆市进一步促进科技成果转化的实施细则',
    '渝科局发〔2021〕43号',
    '重庆市科学技术局',
    'normative-document',
    'normative-number',
  ],
  ['重庆市食品经营许可管理实施办法', null, '重庆市市场监督管理局', 'normative-document', 'normative-kind'],
  ['关于进一步支持科技型企业发展的若干意见(试行)', null, null, 'normative-document', 'normative-kind'],
  // Working documents: 函, replies to proposals and suggestions, 批复.
  [
    '重庆市科学技术局关于市政协六届一次会议第0035号提案的复函',
    '渝科局函〔2023〕349号',
    '重庆市科学技术局',
    'working-document',
    'letter-or-reply',
  ],
  [null, '渝科局函〔2022〕308号', null, 'working-document', 'letter-or-reply'],
  [
    '重庆市科学技术局关于市六届人大一次会议第1160号建议办理情况的答复函',
    null,
    null,
    'working-document',
    'letter-or-reply',
  ],
  [
    '国务院关于同意设立重庆高新技术产业开发区的批复',
    '国函〔2021〕12号',
    '国务院',
    'working-document',
    'letter-or-reply',
  ],
  ['贵州省人民政府关于贵阳市设置市辖小河区的请示', null, '贵州省人民政府', 'working-document', 'letter-or-reply'],
  // Party regulations: Party bodies, 中发 and one-character province 委发 numbers, 中国共产党…条例.
  [
    '中共中央 国务院关于深化体制机制改革加快实施创新驱动发展战略的若干意见',
    '中发〔2015〕8号',
    null,
    'party-regulation',
    'party-issuer-or-number',
  ],
  ['关于深化科技体制改革的实施意见', '渝委发〔2016〕12号', null, 'party-regulation', 'party-issuer-or-number'],
  ['中国共产党纪律处分条例', null, null, 'party-regulation', 'party-issuer-or-number'],
  ['关于加强新时代人才工作的意见', null, '中共重庆市委', 'party-regulation', 'party-issuer-or-number'],
  // 渝科委发 is the (former) science commission's code, not a Party committee's: a normative document.
  ['重庆市科技计划项目管理办法', '渝科委发〔2016〕98号', null, 'normative-document', 'normative-number'],
  // Nothing known decides.
  ['重庆市科技创新十年成就', null, null, null, null],
];

test.each(TABLE)('%s %s %s → %s (%s)', (title, docNumber, issuer, level, rule) => {
  const r = legalLevel({ title, docNumber, issuer });
  expect(r?.level ?? null).toBe(level);
  expect(r?.rule ?? null).toBe(rule);
});

test('every level has a Chinese name', () => {
  expect(Object.keys(LEGAL_LEVEL_NAMES).sort()).toEqual([
    'administrative-regulation',
    'departmental-rule',
    'law',
    'local-government-rule',
    'local-regulation',
    'normative-document',
    'party-regulation',
    'working-document',
  ]);
  expect(LEGAL_LEVEL_NAMES['local-regulation']).toBe('地方性法规');
});

test.each([
  ['重庆市科技企业孵化器管理办法(试行)', true],
  ['重庆市自然科学基金项目暂行管理办法', true],
  ['重庆市促进科技成果转化条例', false],
  [null, false],
] as const)('trial title %s → %s', (title, trial) => expect(isTrialTitle(title)).toBe(trial));
