// test/ingest/title-head-issuer.test.ts — a title without 关于 that opens with its organ names the issuer by it.
import { extractText } from '../../ingest/extract.ts';

/** The document's issuer, and the same organ among its agencies with role issuer (ANNOTATION.md). */
function expectIssuer(text: string, issuer: string | null): void {
  const e = extractText(text);
  expect(e.document.issuer).toBe(issuer);
  if (issuer) expect(e.agencies.find((a) => a.roles.includes('issuer'))?.name).toBe(issuer);
}
describe('the organ at the head of a title without 关于 is the issuer', () => {
  test.each<[string, string, string]>([
    [
      'an order named after its organ',
      '重庆市开州区人民政府森林防火禁火令\n\n为有效防控森林火灾,特发布禁火令。',
      '重庆市开州区人民政府',
    ],
    [
      'the organ and 令 alone',
      '潍坊市人民政府令\n第150号\n\n《潍坊市突发公共卫生事件应急办法》已经市政府研究通过。',
      '潍坊市人民政府',
    ],
    [
      "a bureau's guide: the head stops before 政府信息公开",
      '重庆市人力资源和社会保障局政府信息公开指南(2024年版)\n\n为了保障公民依法获取政府信息,编制本指南。',
      '重庆市人力资源和社会保障局',
    ],
    [
      "a district office's annual report: the head stops before the year",
      '重庆市大足区人民政府办公室2023年政府信息公开工作年度报告\n\n本报告由区政府办公室编制。',
      '重庆市大足区人民政府办公室',
    ],
    [
      "a county government's working rules",
      '盐池县人民政府工作规则\n\n第一章 总则\n第一条 为规范县政府工作,制定本规则。',
      '盐池县人民政府',
    ],
    [
      'a district bureau the roster does not list, spelled with its place',
      '重庆市渝中区大数据应用发展管理局政府信息公开指南(2022年版)\n\n为了保障公民依法获取政府信息,编制本指南。',
      '重庆市渝中区大数据应用发展管理局',
    ],
  ])('%s', (_, text, issuer) => {
    expect(extractText(text).document.issuer).toBe(issuer);
  });

  test.each<[string, string]>([
    ['a reply titled by what it answers', '对县十六届人大一次会议第3号建议的答复\n\n王五代表:\n您提出的建议收悉。'],
    ['a law without an organ at its head', '重庆市地方立法条例\n\n第一条 为了规范地方立法活动,制定本条例。'],
  ])('%s: no issuer from the head', (_, text) => {
    expect(extractText(text).document.issuer).toBeNull();
  });
});

describe("a place's yearly report titled with the place alone is its people's government's", () => {
  test.each<[string, string | null]>([
    [
      '开州区2024年法治政府建设情况报告\n2024年,开州区坚持以习近平新时代中国特色社会主义思想为指导。\n',
      '重庆市开州区人民政府',
    ],
    [
      '合江县2022年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》规定编制。\n',
      '合江县人民政府',
    ],
    ['重庆市北碚区2025年政府信息公开工作年度报告\n\n本报告根据条例编制。', '重庆市北碚区人民政府'],
    // A new area that is a district has a people's government.
    ['上海市浦东新区2024年法治政府建设情况报告\n2024年,浦东新区坚持依法行政。\n', '上海市浦东新区人民政府'],
    // A development zone has no people's government; a plan is no report.
    ['重庆两江新区2024年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》编制。\n', null],
    ['合江县2022年防汛抗旱应急预案\n为做好防汛工作,制定本预案。\n', null],
  ])('%s', (text, issuer) => expectIssuer(text, issuer));
});

describe('a report printed without a title names its issuer in the sentence presenting it', () => {
  test.each<[string, string | null]>([
    [
      '根据《法治政府建设与责任落实督察工作规定》要求,现将省政府2024年度法治政府建设情况报告如下。\n一、主要工作\n湖南省坚持依法行政。\n',
      '湖南省人民政府',
    ],
    [
      '根据《中华人民共和国政府信息公开条例》要求,现公布《贵阳市2023年政府信息公开工作年度报告》。\n本报告包括总体情况。\n',
      '贵阳市人民政府',
    ],
    ['按照有关规定,现将成都市司法局2023年法治政府建设情况报告如下。\n一、主要工作\n', '成都市司法局'],
    // A self-reference names no one; a sentence that presents no report names no issuer.
    ['按照有关规定,现将我镇2024年法治政府建设情况报告如下。\n一、主要工作\n', null],
    ['现将省政府2024年度工作要点印发给你们,请认真贯彻执行。\n', null],
  ])('%s', (text, issuer) => expectIssuer(text, issuer));

  test('a titled report keeps the organ of its title', () => {
    const text = '重庆市荣昌区人民政府关于2024年法治政府建设情况的报告\n\n现将市政府2024年法治政府建设情况报告如下。\n';
    expect(extractText(text).document.issuer).toBe('重庆市荣昌区人民政府');
  });
});

describe("a town's or sub-district's own document titled with the town alone is its organ's", () => {
  test.each<[string, string, string | null]>([
    [
      'a town plan with its county before it',
      '垫江县坪山镇突发事件综合应急预案\n为了提高应急处置能力,制定本预案。\n',
      '垫江县坪山镇人民政府',
    ],
    [
      'a town plan, its county named in the text',
      '上谷镇突发事件总体应急预案\n\n1.2编制依据\n依据《承德县突发事件总体应急预案》,制定本预案。\n',
      '承德县上谷镇人民政府',
    ],
    [
      "a sub-district's yearly report under a county-level city",
      '吴川市海滨街道2024年度政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》编制。\n',
      '吴川市海滨街道办事处',
    ],
    [
      'a town report in a Chongqing district',
      '陶家镇关于2025年法治政府建设情况的报告\n现将陶家镇2025年法治政府建设情况报告如下:对照《九龙坡区2025年法治政府建设工作要点》。\n',
      '重庆市九龙坡区陶家镇人民政府',
    ],
    // A town whose county the text never names is too ambiguous to name; 关于 opens a subject; towns as a kind.
    ['a town no county places', '何家洞镇突发事件总体应急预案\n为有效预防突发公共事件,制定本预案。\n', null],
    [
      'a town reporting in its opening sentence',
      '一年来,周溪乡在县委、县政府的正确领导下推进法治政府建设。对照《城口县2024年法治政府建设工作要点》,现将周溪乡2024年法治政府建设工作报告如下:\n一、主要工作\n',
      '城口县周溪乡人民政府',
    ],
    ['a subject after 关于', '关于上谷镇突发事件应急工作的通知\n各村:\n', null],
    ['towns as a kind', '乡镇突发事件总体应急预案编制指南\n为指导各乡镇编制预案,制定本指南。\n', null],
  ])('%s', (_name, text, issuer) => expectIssuer(text, issuer));

  test('a page field naming the town alone', () => {
    const text =
      '[ 索引号 ] | 11500231008679505Q/2024-00117 | [ 发文字号 ] | |\n[ 发布机构 ] | 垫江县坪山镇 | [ 有效性 ] | |\n[ 成文日期 ] | 2024-12-06 | [ 发布日期 ] | 2024-12-06 |\n坪山镇防汛工作方案\n为做好防汛工作,制定本方案。\n';
    const e = extractText(text);
    expect(e.document.issuer).toBe('垫江县坪山镇人民政府');
    // Listed among the agencies with role issuer, the field's words as its evidence.
    const listed = e.agencies.find((a) => a.name === '垫江县坪山镇人民政府');
    expect({ roles: listed?.roles, mentions: listed?.mentions }).toEqual({
      roles: ['issuer'],
      mentions: ['垫江县坪山镇'],
    });
  });
});

describe('a title opening with the bodies of every level names no one organ', () => {
  test('广东省各级人民代表大会常务委员会…规定: the page field names the issuer', () => {
    const d = extractText(
      '发文单位:广东省人民代表大会\n发文时间: 2017年11月30日\n广东省各级人民代表大会常务委员会讨论决定重大事项规定\n第一条 为了保障和规范本省各级人民代表大会常务委员会依法行使职权,制定本规定。\n',
    ).document;
    expect(d.issuer).toBe('广东省人民代表大会');
  });
});
