// test/ingest/extract.test.ts — the pipeline: document fields, the context handed to later stages, issuer names.
import { readFileSync } from 'node:fs';
import { extractText, extractWithContext } from '../../ingest/extract.ts';
import { inSpans } from '../../ingest/spans.ts';

const read = (name: string) => readFileSync(`samples/corpus/${name}.txt`, 'utf8');

describe('jurisdiction (what 市X局 means)', () => {
  test.each([
    ['cq-kjj-2023-0035-reply', '重庆'],
    ['cq-jlp-2022-notice-science-literacy', '重庆'],
    ['cq-kjj-2023-1160-reply', '重庆'],
    ['sc-cd-2022-notice-rd-projects', '四川'],
    ['sc-kjt-2017-reply-0094', '四川'],
    ['sc-gov-2025-plan-tech-transfer', '四川'],
    ['cn-most-2021-notice-hitech-zone-eval', null],
  ])('%s → %s', (name, want) => expect(extractWithContext(read(name)).context.jurisdiction).toBe(want));

  test('a place written in full or short is read whole: 印江西桃 names 印江 (Guizhou), not 江西', () => {
    const text =
      '省农委关于省政协十二届一次会议第403号委员提案的会办意见\n铜仁市政府:\n支持印江建设现代高效农业示范园区,以印江土柑、印江西桃为主。';
    const { context, extraction } = extractWithContext(text);
    expect(context.jurisdiction).toBe('贵州');
    expect(extraction.document.issuer).toBe('贵州省农业委员会');
  });
});

describe('context for the agency and program stages', () => {
  const text = read('cq-kjj-2023-0035-reply');
  const { context, extraction } = extractWithContext(text);
  const at = (s: string, from = 0) => text.indexOf(s, from);

  test("issuer mentions: title prefix, header field, signature (the document's own title line first)", () => {
    expect(context.issuerMentions.map((m) => m.text)).toEqual(['重庆市科学技术局', '市科技局', '重庆市科学技术局']);
    for (const m of context.issuerMentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(context.date).toBe('2023-04-28');
  });

  test('salutation span', () => {
    expect(text.slice(context.salutation!.start, context.salutation!.end)).toBe('市政协民建界别');
  });

  test('excluded: header block, title line, quoted titles, numbers, the proposal answered', () => {
    const excluded = context.excluded;
    for (let i = 1; i < excluded.length; i++) expect(excluded[i]!.start).toBeGreaterThan(excluded[i - 1]!.end - 1);
    expect(inSpans(excluded, at('[ 发布机构 ] | 市科技局') + 14)).toBe(true);
    expect(inSpans(excluded, at('关于市政协六届一次会议'))).toBe(true);
    expect(inSpans(excluded, at('市政协六届一次会议'))).toBe(true);
    expect(inSpans(excluded, at('《关于破解科技成果转化难题'))).toBe(true);
    expect(inSpans(excluded, at('渝府办发〔2021〕142号'))).toBe(true);
    expect(inSpans(excluded, at('市教委'))).toBe(false);
    const body = extractWithContext(
      '重庆市科学技术局关于开展工作的通知\n各单位:\n在市政协六届一次会议上,委员们提出了建议。',
    ).context;
    expect(inSpans(body.excluded, body.text.indexOf('市政协六届'))).toBe(true);
    expect(extraction.document.issuer).toBe('重庆市科学技术局');
  });
});

describe('issuer of the document', () => {
  test.each([
    ['header short form through the roster', 'cq-ddk-2021-plan-tech-innovation', '重庆市大渡口区发展和改革委员会'],
    ['signature only', 'cq-kpln-2022-notice-science-stats', '重庆市科普工作联席会议办公室'],
    ['page metadata 主办单位', 'sc-kjt-2017-reply-0094', '四川省科学技术厅'],
    ['central ministry', 'cn-most-2021-notice-hitech-zone-eval', '科学技术部'],
  ])('%s', (_n, name, want) => expect(extractWithContext(read(name)).extraction.document.issuer).toBe(want));

  test('joint issuers written together are split into one mention each', () => {
    const { context, extraction } = extractWithContext(
      '丰都县科学技术局丰都县财政局关于印发《丰都县科研项目管理办法(试行)》的通知\n丰科技发〔2024〕46号\n各乡镇人民政府:\n现印发给你们。',
    );
    expect(context.issuerMentions.map((m) => m.text)).toEqual(['丰都县科学技术局', '丰都县财政局']);
    // The county's own document names it without the municipality (agencies/own-county.ts).
    expect(extraction.document.issuer).toBe('丰都县科学技术局');
    expect(extraction.document.docNumber).toBe('丰科技发〔2024〕46号');
    expect(extraction.citations).toEqual([]);
  });

  test("a town of a municipality's county issues as the county does: its organs and the county's by the county alone", () => {
    const { extraction } = extractWithContext(
      '重庆市巫山县龙溪镇人民政府2024年政府信息公开工作年度报告\n本报告由龙溪镇人民政府编制。在县委、县政府的领导下,镇政府信息公开工作有序开展。',
    );
    expect(extraction.document.issuer).toBe('巫山县龙溪镇人民政府');
    expect(extraction.agencies.map((a) => a.name).sort()).toEqual(
      ['中共巫山县委员会', '巫山县人民政府', '巫山县龙溪镇人民政府'].sort(),
    );
  });

  test("a government's own office in the title is the issuer, over the portal's publisher field", () => {
    const { extraction } = extractWithContext(
      '元谋县人民政府扶贫开发办公室关于对县十七届人大三次会议第58号建议的答复\n发布机构:元谋县政府办\n罗正富代表:\n您提出的建议收悉。',
    );
    expect(extraction.document.issuer).toBe('元谋县人民政府扶贫开发办公室');
  });

  test('a ministry general office is the issuer of its 厅 notice (title, signature), not the ministry', () => {
    const { extraction } = extractWithContext(
      '工业和信息化部办公厅关于组织开展2023年中小企业数字化转型试点工作的通知\n工信厅企业函〔2023〕118号\n各省、自治区、直辖市中小企业主管部门:\n经工业和信息化部中小企业局同意,现将有关事项通知如下。\n工业和信息化部办公厅\n2023年5月10日',
    );
    expect(extraction.document.issuer).toBe('工业和信息化部办公厅');
    expect(extraction.agencies.map((a) => [a.name, a.roles])).toEqual([
      ['工业和信息化部办公厅', ['issuer']],
      ['工业和信息化部中小企业局', ['mentioned']],
    ]);
  });

  test('a district notice: its own number under the title (渝北科发) is recognised; an older district number is cited', () => {
    const { extraction } = extractWithContext(
      '重庆市渝北区科学技术局\n关于印发《渝北区科技创新券管理办法》的通知\n渝北科发〔2023〕8号\n各镇人民政府、街道办事处,区级有关部门:\n现将《渝北区科技创新券管理办法》印发给你们。原渝北科发〔2021〕15号同时废止。\n重庆市渝北区科学技术局\n2023年3月1日',
    );
    expect([extraction.document.docNumber, extraction.document.issuer]).toEqual([
      '渝北科发〔2023〕8号',
      '重庆市渝北区科学技术局',
    ]);
    expect(extraction.citations.map((c) => [c.title, c.docNumber, c.issuer])).toEqual([
      [null, '渝北科发〔2021〕15号', '重庆市渝北区科学技术局'],
    ]);
  });

  test('a single agency whose name contains another is not split', () => {
    const { context } = extractWithContext(
      '国家税务总局重庆市税务局关于开展纳税服务工作的通知\n各区县税务局:\n现印发给你们。',
    );
    expect(context.issuerMentions.map((m) => m.text)).toEqual(['国家税务总局重庆市税务局']);
  });
});

test.each([
  [
    '重庆市长寿区2018年政府信息公开年度工作报告\n本报告根据《中华人民共和国政府信息公开条例》要求,由重庆市长寿区人民政府办公室编制。\n',
    '重庆市长寿区人民政府办公室',
  ],
  [
    '本年度报告由重庆市人民政府办公厅根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求编制。全文包括工作开展情况。\n',
    '重庆市人民政府办公厅',
  ],
  // A notice's compiling of a plan names no issuer of the notice.
  ['关于做好防汛工作的通知\n各单位:\n由区水利局编制的预案已印发。\n', null],
])('a yearly report names the organ that compiled it as its issuer: %s', (text, issuer) => {
  expect(extractText(text).document.issuer).toBe(issuer);
});

test('a row whose genre joins two values with a semicolon is a row; a command headquarters in the title is no issuer', () => {
  const d = extractText(
    '索引号 11500103MB1937380K/2024-00116 发布机构 渝中区应急局\n体裁分类 其他公文;预测预警 发文字号 渝中汛指〔2024〕12号 有效性\n\n重庆市渝中区防汛指挥部关于终止防汛Ⅳ级应急响应的通知\n\n区防汛指挥部各成员单位,各街道办事处:\n现通知如下。\n',
  ).document;
  expect(d).toMatchObject({
    title: '重庆市渝中区防汛指挥部关于终止防汛Ⅳ级应急响应的通知',
    docNumber: '渝中汛指〔2024〕12号',
    genre: '其他公文;预测预警',
    issuer: '重庆市渝中区应急管理局',
  });
});

describe('a 转发 notice', () => {
  // The forwarding body issues the notice; the agencies after 转发 wrote the forwarded document (ANNOTATION.md: mentioned).
  const text = [
    '重庆市人民政府办公厅',
    '转发市科技局 市财政局关于进一步完善科研项目经费管理若干措施的通知',
    '渝府办发〔2021〕88号',
    '各区县(自治县)人民政府,市政府各部门:',
    '市科技局、市财政局《关于进一步完善科研项目经费管理的若干措施》已经市政府同意,现转发给你们,请认真贯彻执行。',
    '重庆市人民政府办公厅',
    '2021年8月20日',
  ].join('\n');
  const { context, extraction } = extractWithContext(text);

  test('issuer and issuer mentions are the forwarding body only', () => {
    expect(extraction.document.issuer).toBe('重庆市人民政府办公厅');
    expect(context.issuerMentions.map((m) => m.text)).toEqual(['重庆市人民政府办公厅', '重庆市人民政府办公厅']);
  });

  test('a 湖北 reply: jurisdiction from its own number, 8-digit proposal number', () => {
    const x = extractWithContext(
      '湖北省科学技术厅关于省政协十二届五次会议第20220156号提案的答复\n鄂科技函〔2022〕98号\n民盟湖北省委员会:\n你们提出的《关于加快科技成果就地转化的提案》(第20220156号提案)收悉。省政府出台《湖北省科技创新“十四五”规划》(鄂政发〔2021〕23号)和《关于加快推进科技强省建设的意见》。',
    );
    expect(x.context.jurisdiction).toBe('湖北');
    expect(x.extraction.respondsTo?.number).toBe('20220156');
    expect(x.extraction.citations.map((c) => [c.title, c.issuer])).toEqual([
      ['湖北省科技创新“十四五”规划', '湖北省人民政府'],
      ['关于加快推进科技强省建设的意见', '湖北省人民政府'],
    ]);
  });
});

// Issue 7: the document's issuer and own number on layouts the dev corpus does not have.
describe('issuer and own number on other layouts', () => {
  test.each([
    [
      'the title line wins over a portal field naming a department',
      '[ 发布机构 ] | 开州区发展改革委 | [ 有效性 ] | |\n重庆市开州区人民政府办公室关于印发重庆市开州区政府投资项目管理办法的通知\n开州府办发〔2018〕13号\n各镇乡人民政府:\n请遵照执行。\n重庆市开州区人民政府办公室\n2018年2月27日',
      '重庆市开州区人民政府办公室',
      '开州府办发〔2018〕13号',
    ],
    [
      "the title line wins over a law database's 发布部门",
      '湖北省人民政府办公厅关于分解落实《政府工作报告》的通知\n状态:有效 发布日期:2011-02-27 生效日期: 2011-02-27\n发布部门: 湖北省政府\n发布文号: 鄂政办发[2011]18号\n各市、州、县人民政府:\n现将任务分解如下。',
      '湖北省人民政府办公厅',
      '鄂政办发〔2011〕18号',
    ],
    [
      'a county-level city office the roster does not list, as the title writes it',
      '东阳市人民政府办公室 关于印发《东阳市促进残疾人就业行动实施方案(2023—2025年)》的通知\n各镇、乡人民政府:\n请结合实际认真贯彻落实。\n东阳市人民政府办公室\n2023年3月13日',
      '东阳市人民政府办公室',
      null,
    ],
    [
      'joint issuers written together: the first one',
      '中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)\n各县市区委、人民政府:\n现印发给你们。\n中共岳阳市委办公室\n岳阳市人民政府办公室\n2017年1月10日',
      '中共岳阳市委办公室',
      '岳办发〔2017〕2号',
    ],
    [
      'the issuer of a 转发 notice with a level word for its municipality',
      '[重庆]市农业委员会办公室转发农业部办公厅关于开展评估确定工作的通知\n渝农办发〔2017〕78号\n各区县农委:\n现将农业部办公厅《关于开展评估确定工作的通知》转发给你们。\n重庆市农业委员会\n2017年6月8日',
      '重庆市农业委员会办公室',
      '渝农办发〔2017〕78号',
    ],
    [
      "an issuer carrying out another body's document",
      '上海市政府贯彻国务院关于推进上海加快发展现代服务业的实施意见\n沪府发〔2009〕25号\n各区、县人民政府:\n现提出如下实施意见。',
      '上海市人民政府',
      '沪府发〔2009〕25号',
    ],
  ])('%s', (_name, text, issuer, docNumber) => {
    const x = extractWithContext(text).extraction;
    expect([x.document.issuer, x.document.docNumber]).toEqual([issuer, docNumber]);
  });

  test.each([
    [
      'number line under the title',
      '安徽省人民政府关于印发《安徽省行政机关公文处理实施细则》的通知\n皖政〔2000〕48号\n各市人民政府:\n现将《安徽省行政机关公文处理实施细则》印发你们。',
      '皖政〔2000〕48号',
    ],
    [
      'number glued to a run-in title',
      `广东省人民政府办公厅关于印发《广东省知识产权领域改革方案》的通知\n广东省人民政府办公厅关于印发《广东省知识产权领域改革方案》的通知粤府办〔2024〕9号各地级以上市人民政府:${'现印发给你们,请结合实际认真贯彻落实。'.repeat(20)}`,
      '粤府办〔2024〕9号',
    ],
    [
      'one-line title, number and date',
      `浙江省人民政府贯彻国务院关于推进长江三角洲地区改革开放的实施意见 浙政发[2009]69号 2009-11-03 ${'为贯彻《国务院关于推进长江三角洲地区改革开放和经济社会发展的指导意见》(国发[2008]30号),现提出如下意见。'.repeat(5)}`,
      '浙政发〔2009〕69号',
    ],
    [
      'bullet metadata',
      '  • 11500224745325555K/2024-00106\n  • 铜农委函〔2024〕85号\n  • 人大建议办理\n  • 2024-06-26\n重庆市铜梁区农业农村委员会关于区第十八届人民代表大会第四次会议第323号建议的复函\n曾德熙代表:\n您提出的《关于引导业主种植粮油作物的意见》(第323号)收悉。',
      '铜农委函〔2024〕85号',
    ],
    [
      'damaged number line',
      '重庆市渝北区商务委员会关于区政协十六届二次会议第148号提案的复函\n日期:2023-05-17\n渝北商函〔202342\n汤卫星委员:\n您在区政协十六届二次会议上提出的《关于建立统一保供平台的建议》的提案,区政协转交我委办理。',
      '渝北商函〔2023〕42号',
    ],
  ])('the own number is never a citation: %s', (_name, text, own) => {
    const x = extractWithContext(text).extraction;
    expect(x.document.docNumber).toBe(own);
    expect(x.citations.map((c) => c.docNumber)).not.toContain(own);
    // the proposal answered is not a citation either
    if (x.respondsTo?.title) expect(x.citations.map((c) => c.title)).not.toContain(x.respondsTo.title);
  });

  test("the page metadata's date of effect is read on the header and becomes the document's effectiveDate", () => {
    const { header, extraction } = extractWithContext(
      '重庆市市场监督管理局关于修订印发《重庆市食品经营许可管理实施办法》的通知\n发布文号 渝市监发〔2023〕45号\n发布日期 2023-06-09 生效日期 2023-06-10\n各区县(自治县)市场监管局:\n现印发给你们。',
    );
    expect(header.effectiveDate).toBe('2023-06-10');
    expect(extraction.document.effectiveDate).toBe('2023-06-10');
  });
});

describe('the issuer read from the own number is among the agencies, the number its evidence', () => {
  test('a reply that never names its issuer', () => {
    const text =
      '关于市六届人大一次会议第0147号建议办理情况的答复函\n渝卫函〔2023〕321号\n张三代表:\n您提出的《关于加强基层医疗的建议》收悉。现答复如下:\n';
    const x = extractText(text);
    expect(x.document.issuer).toBe('重庆市卫生健康委员会');
    const a = x.agencies.find((g) => g.name === '重庆市卫生健康委员会');
    expect(a?.roles).toEqual(['issuer']);
    expect(a?.mentions).toEqual([]);
    expect(text.slice(a!.spans[0]!.start, a!.spans[0]!.end)).toBe('渝卫函〔2023〕321号');
  });
});
