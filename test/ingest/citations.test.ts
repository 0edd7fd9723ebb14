// test/ingest/citations.test.ts — the citation stage on real sentences: titles, numbers, pairing, exclusions, issuers.
import { readFileSync } from 'node:fs';
import { resolveAgencyName } from '../../ingest/agencies.ts';
import { citationsOf } from './citation-fixture.ts';
import { findNumbers, findTitles, issuerOfDocNumber, type CitationInput } from '../../ingest/citations.ts';
import { extractText } from '../../ingest/extract.ts';

type Want = [title: string | null, docNumber: string | null, issuer?: string | null];

function cite(text: string, extra: Partial<CitationInput> = {}): Want[] {
  return citationsOf(text, extra).map((c) => [c.title, c.docNumber, c.issuer]);
}

describe('titles and numbers, paired when adjacent', () => {
  test.each<[string, Want[]]>([
    [
      '出台《重庆市高质量孵化载体建设实施方案(2021—2025年)》(渝府办发〔2021〕142号),推动建设。',
      [['重庆市高质量孵化载体建设实施方案(2021—2025年)', '渝府办发〔2021〕142号', '重庆市人民政府办公厅']],
    ],
    [
      '出台《关于发展股权投资促进创新创业的实施意见》(渝金〔2020〕402号)《关于激励私募投资基金支持科技创新的通知》(渝金〔2021〕213号)等文件。',
      [
        ['关于发展股权投资促进创新创业的实施意见', '渝金〔2020〕402号', '重庆市地方金融监督管理局'],
        ['关于激励私募投资基金支持科技创新的通知', '渝金〔2021〕213号', '重庆市地方金融监督管理局'],
      ],
    ],
    [
      '根据《国务院关于促进国家高新技术产业开发区高质量发展的若干意见》（国发〔2020〕7号），推动建设。',
      [['国务院关于促进国家高新技术产业开发区高质量发展的若干意见', '国发〔2020〕7号', '国务院']],
    ],
    ['印发《关于2022年科技创新工作情况的通报》。', [['关于2022年科技创新工作情况的通报', null, null]]],
    ['按照渝府办发[2022]95号文件要求执行。', [[null, '渝府办发〔2022〕95号', '重庆市人民政府办公厅']]],
    [
      '依据国科发区【2021】20号和粤发改投资规〔2020〕3号。',
      [
        [null, '国科发区〔2021〕20号', '科学技术部'],
        [null, '粤发改投资规〔2020〕3号', '广东省发展和改革委员会'],
      ],
    ],
    ['执行渝府发〔2020〕第5号精神。', [[null, '渝府发〔2020〕5号', '重庆市人民政府']]],
    [
      '根据《重大行政决策程序暂行条例》(国务院令第713号)和重庆市人民政府令第328号。',
      [
        ['重大行政决策程序暂行条例', '国务院令第713号', '国务院'],
        [null, '重庆市人民政府令第328号', '重庆市人民政府'],
      ],
    ],
    ['贯彻金政办发〔2019〕12号文件。', [[null, '金政办发〔2019〕12号', null]]],
    [
      '《中共中央 国务院关于构建更加完善的要素市场化配置体制机制的意见》',
      [['中共中央国务院关于构建更加完善的要素市场化配置体制机制的意见', null, null]],
    ],
    [
      '《关于印发〈重庆市科研项目管理办法〉的通知》(渝科局发〔2023〕35号)',
      [['关于印发〈重庆市科研项目管理办法〉的通知', '渝科局发〔2023〕35号', '重庆市科学技术局']],
    ],
    [
      '共同签订实施《成渝地区双\n\n城经济圈建设教育协同发展框架协议》等文件。',
      [['成渝地区双城经济圈建设教育协同发展框架协议', null, null]],
    ],
  ])('%s', (text, want) => expect(cite(text)).toEqual(want));
});

describe('an agency named right before the title is its issuer', () => {
  test.each<[string, Want[]]>([
    [
      '2022年7月,市政府办公厅正式印发《关于成立重庆国际生物城建设推进工作小组的体制》(渝府办〔2022〕16号)。',
      [['关于成立重庆国际生物城建设推进工作小组的体制', '渝府办〔2022〕16号', '重庆市人民政府办公厅']],
    ],
    [
      '市政府办公厅印发《重庆市高质量孵化载体建设实施方案(2021—2025年)》《关于印发支持科技创新若干财政金融政策的通知》等文件。',
      [
        ['重庆市高质量孵化载体建设实施方案(2021—2025年)', null, '重庆市人民政府办公厅'],
        ['关于印发支持科技创新若干财政金融政策的通知', null, '重庆市人民政府办公厅'],
      ],
    ],
    [
      '市政府印发《重庆市科技创新“十四五”规划(2021—2025年)》,将成果转化作为专章。',
      [['重庆市科技创新“十四五”规划(2021—2025年)', null, '重庆市人民政府']],
    ],
    [
      '根据科技部《“十四五”技术要素市场专项规划》以及《四川省“十四五”科技创新规划》,制定本规划。',
      [
        ['“十四五”技术要素市场专项规划', null, '科学技术部'],
        ['四川省“十四五”科技创新规划', null, null],
      ],
    ],
    [
      '我市印发《关于提升制造业产业链供应链现代化水平的实施意见》等政策文件。',
      [['关于提升制造业产业链供应链现代化水平的实施意见', null, null]],
    ],
    [
      '省委、省政府先后出台《关于全面创新改革驱动转型发展的决定》。',
      [['关于全面创新改革驱动转型发展的决定', null, null]],
    ],
    ['与市人力社保局联合印发《关于推进职业院校校企合作的通知》。', [['关于推进职业院校校企合作的通知', null, null]]],
    [
      '市教委、市科技局等6部门联合推动出台《关于进一步促进高校科研院所科技成果转化的若干措施》。',
      [['关于进一步促进高校科研院所科技成果转化的若干措施', null, null]],
    ],
    // A short form right before 《 after another title: 和 joins the two objects of 落实, it does not make 市科技局 a co-issuer.
    [
      '我区认真落实《重庆市科技创新促进条例》和市科技局《关于进一步促进科技型企业发展的若干措施》要求。',
      [
        ['重庆市科技创新促进条例', null, null],
        ['关于进一步促进科技型企业发展的若干措施', null, '重庆市科学技术局'],
      ],
    ],
    // Joint issuers listed with 、 before the verb: the lead issuer (listed first, GB/T 9704) issued it.
    [
      '贯彻落实《中华人民共和国乡村振兴促进法》和中共中央办公厅、国务院办公厅印发的《关于加快推进乡村人才振兴的意见》。',
      [
        ['中华人民共和国乡村振兴促进法', null, null],
        ['关于加快推进乡村人才振兴的意见', null, '中共中央办公厅'],
      ],
    ],
    [
      '市发展改革委、市财政局、市科技局联合印发《重庆市支持新型基础设施建设若干措施》。',
      [['重庆市支持新型基础设施建设若干措施', null, '重庆市发展和改革委员会']],
    ],
    [
      '与市经济信息委、市财政局联合印发《关于推动中小企业数字化转型的通知》。',
      [['关于推动中小企业数字化转型的通知', null, null]],
    ],
    // The subject of an issuing verb issued every object joined by 和 (not only the first one).
    [
      '市政府出台《重庆市数字经济“十四五”发展规划》(渝府发〔2021〕41号)和《关于加快发展数字经济的实施意见》。',
      [
        ['重庆市数字经济“十四五”发展规划', '渝府发〔2021〕41号', '重庆市人民政府'],
        ['关于加快发展数字经济的实施意见', null, '重庆市人民政府'],
      ],
    ],
    [
      '市政府印发《重庆市科技创新“十四五”规划》及《重庆市“十四五”技术要素市场专项规划》。',
      [
        ['重庆市科技创新“十四五”规划', null, '重庆市人民政府'],
        ['重庆市“十四五”技术要素市场专项规划', null, '重庆市人民政府'],
      ],
    ],
  ])('%s', (text, want) => expect(cite(text)).toEqual(want));
});

describe('a law takes no context issuer (laws are adopted by the NPC and its standing committee)', () => {
  test.each<[string, Want[]]>([
    [
      '深入贯彻中共中央、国务院印发的《国家标准化发展纲要》和《中华人民共和国标准化法》,推进标准化工作。',
      [
        ['国家标准化发展纲要', null, '中共中央'],
        ['中华人民共和国标准化法', null, null],
      ],
    ],
    [
      '市政府印发《重庆市科技创新促进条例实施办法》和《中华人民共和国科学技术进步法(2021年修订)》。',
      [
        ['重庆市科技创新促进条例实施办法', null, '重庆市人民政府'],
        ['中华人民共和国科学技术进步法(2021年修订)', null, null],
      ],
    ],
    [
      '国务院出台《中华人民共和国宪法修正案》《关于加强法治政府建设的意见》。',
      [
        ['中华人民共和国宪法修正案', null, null],
        ['关于加强法治政府建设的意见', null, '国务院'],
      ],
    ],
  ])('%s', (text, want) => expect(cite(text)).toEqual(want));
});

describe('district, county and city department codes: place short name + department code', () => {
  test.each<[string, Want[]]>([
    [
      '按照《关于印发渝北区科技创新券管理办法的通知》(渝北科发〔2023〕8号)要求执行。',
      [['关于印发渝北区科技创新券管理办法的通知', '渝北科发〔2023〕8号', '重庆市渝北区科学技术局']],
    ],
    [
      '根据江北建委发〔2022〕15号和沙坪坝发改发〔2021〕3号文件精神。',
      [
        [null, '江北建委发〔2022〕15号', '重庆市江北区住房和城乡建设委员会'],
        [null, '沙坪坝发改发〔2021〕3号', '重庆市沙坪坝区发展和改革委员会'],
      ],
    ],
    // 都 also ends words (首都): the code's left edge still extends over the city's short name.
    [
      '落实成都经信〔2022〕5号和丰都科发〔2023〕12号。',
      [
        [null, '成都经信〔2022〕5号', '成都市经济和信息化局'],
        [null, '丰都科发〔2023〕12号', '重庆市丰都县科学技术局'],
      ],
    ],
  ])('%s', (text, want) => expect(cite(text)).toEqual(want));

  test("the document's own district number is recognised in the text, so it is not cited", () => {
    expect(cite('现将渝北科发〔2023〕8号文件有关事项补充通知如下。', { ownDocNumber: '渝北科发〔2023〕8号' })).toEqual(
      [],
    );
  });
});

describe("the President's order in the GB/T 9704 form, the state's name whole", () => {
  test.each<[string, Want[]]>([
    [
      '1.《中华人民共和国安全生产法》(中华人民共和国主席令﹝2014﹞第13号)',
      [['中华人民共和国安全生产法', '中华人民共和国主席令〔2014〕13号', null]],
    ],
  ])('%s', (text, want) => expect(cite(text)).toEqual(want));
});

describe("a province's Party departments by their codes", () => {
  test.each([
    ['湘宣发〔2020〕8号', '中共湖南省委宣传部'],
    ['川组通〔2019〕3号', '中共四川省委组织部'],
    ['湘统发〔2020〕1号', '中共湖南省委统一战线工作部'],
    // Longer than the education department's 皖教.
    ['皖教工委〔2021〕25号', '中共安徽省委教育工作委员会'],
    ['皖教秘〔2020〕1号', '安徽省教育厅'],
    // A government office's code under a ministry's one-character prefix (文 → 文化部) names no ministry; a ministry's
    // department code with 政 still does.
    ['文政办发〔2016〕19号', null],
    ['水政〔1992〕7号', '水利部'],
    // An order of a government written short names the people's government.
    ['青海省政府令第44号', '青海省人民政府'],
  ])('%s → %s', (number, issuer) => expect(issuerOfDocNumber(number)).toBe(issuer));
});

describe('a bare number after a verb: the 机关代字 starts after the verb', () => {
  test.each<[string, Want[]]>([
    ['落实财税〔2019〕13号关于小微企业普惠性税收减免的规定。', [[null, '财税〔2019〕13号', '财政部']]],
    ['严格执行财税〔2023〕12号规定的优惠政策。', [[null, '财税〔2023〕12号', '财政部']]],
    ['认真贯彻苏财规〔2021〕3号要求。', [[null, '苏财规〔2021〕3号', '江苏省财政厅']]],
    ['依据鄂科技规〔2022〕1号开展认定。', [[null, '鄂科技规〔2022〕1号', '湖北省科学技术厅']]],
    ['参照湘人社规〔2021〕9号执行。', [[null, '湘人社规〔2021〕9号', '湖南省人力资源和社会保障厅']]],
    ['结合渝财规〔2019〕8号修订相关制度。', [[null, '渝财规〔2019〕8号', '重庆市财政局']]],
    // The verb's resultative 好 is no code character either.
    ['为进一步落实好渝财规〔2019〕8号文件精神。', [[null, '渝财规〔2019〕8号', '重庆市财政局']]],
    // Text taken from a PDF may set a blank between the code and its bracket.
    ['为贯彻落实国发 〔2017〕28号精神。', [[null, '国发〔2017〕28号', '国务院']]],
    ['认真执行好苏财规〔2021〕3号要求。', [[null, '苏财规〔2021〕3号', '江苏省财政厅']]],
  ])('%s', (text, want) => expect(cite(text)).toEqual(want));
});

describe('old numbers written year first (`(88)财商字第277号`)', () => {
  test.each<[string, Want[]]>([
    // A two-digit year is kept in 〔〕 before the code, as written; the code still names its body.
    ['执行(88)署货字第403号的规定。', [[null, '〔88〕署货字403号', '海关总署']]],
    // A four-digit year gives the GB/T 9704 form.
    ['你院(1988)内法经请字第6号请示收悉。', [[null, '内法经请字〔1988〕6号', null]]],
    // Right after the title (even in a doubled bracket), or before it joined by 文, the number is the title's.
    [
      '我部制订下发了《关于国家专业银行建立贷款呆帐准备金的暂行规定》〔(88)〕财商字第277号。',
      [['关于国家专业银行建立贷款呆帐准备金的暂行规定', '〔88〕财商字277号', '财政部']],
    ],
    [
      '(88)署货字第403号文《中华人民共和国海关对进料加工进出口货物管理办法》发布后。',
      [['中华人民共和国海关对进料加工进出口货物管理办法', '〔88〕署货字403号', '海关总署']],
    ],
  ])('%s', (text, want) => expect(cite(text)).toEqual(want));
  // A bracketed serial without a code ending in 字 is no number.
  test('见(82)第3号文件。', () => expect(cite('见(82)第3号文件。')).toEqual([]));
});

describe('a code split by a blank from a PDF line break, inside parentheses', () => {
  test.each<[string, Want[]]>([
    [
      '根据《财政部 人力资源社会保障部关于印发〈就业补助资金管理办法〉的通知》(财 社〔2023〕181号)等有关规定。',
      [['财政部人力资源社会保障部关于印发〈就业补助资金管理办法〉的通知', '财社〔2023〕181号', '财政部']],
    ],
  ])('%s', (text, want) => expect(cite(text)).toEqual(want));
});

describe('what is not a citation', () => {
  test.each<[string, string, Partial<CitationInput>?]>([
    ['a newspaper', '《重庆日报》头版刊发了相关报道。'],
    ['a magazine', '在《求是》杂志发表文章。'],
    ['a newspaper by its shape', '《中国科学报》报道了这一成果。'],
    ['a book', '认真学习《习近平关于科技创新论述摘编》。'],
    ['an article title', '重庆日报以《科技创新赋能高质量发展》为题进行了报道。'],
    ['a deliverable report', '决定开展《2021年农业科技园区年度报告》编制工作。'],
    ['a research publication', '形成《数字人才发展报告(2022)》、英才服务热力图等成果。'],
    ['a research publication, full-width brackets', '形成《数字人才发展报告（2022）》等成果。'],
    ['a feedback form', '请填写在《省人大代表建议、批评和意见办理情况反馈意见表》上及时反馈我们。'],
    ['a draft for comment', '现征求《四川省“十四五”技术要素市场专项规划(征求意见稿)》意见。'],
    ['a notice issuing X (现将…印发)', '现将《四川省人民政府工作规则》印发给你们,请认真贯彻执行。'],
    [
      'a notice issuing a run of titles, the verb split by a PDF break',
      '《生产安全事 故应急预案》《森林草原火灾应急预案》已经局党委会审议通过,现印 发给你们,请认真贯彻实施。',
    ],
    [
      'a notice issuing X (《X》经…通过,现予以印发)',
      '《尼木县人民政府工作规则》经县人民政府党组2022年第3次会议通过,现予以印发,请认真贯彻执行。',
    ],
    [
      'a notice issuing a list of revised and new rules',
      '现将修订后的《审计机关审计项目计划管理办法》《审计机关统计工作管理规定》和新制定的《审计机关防范审计统计造假责任规定》4项制度印发给你们,请认真贯彻执行。',
    ],
    [
      'a notice issuing X (…现印发给你们)',
      '《丰都县科研项目管理办法(试行)》已经县第十九届人民政府第87次常务会议审议通过,现印发给你们。',
    ],
    [
      'the document issued (from its title)',
      '现将《体系化推进科技创新和科技成果转化实施方案(2025—2027年)》印发你们。',
      { issued: ['体系化推进科技创新和科技成果转化实施方案(2025—2027年)'] },
    ],
    ["the document's own number", '川府发〔2025〕17号', { ownDocNumber: '川府发〔2025〕17号' }],
    ['a generic back-reference', '国务院《意见》提出,要抓好落实。'],
    ['a text cut inside 《', '根据《关于印发重庆市'],
    ['a stray 》', '根据 成都市科学技术局现行有效文件目录清单》 ( 2023年12月29日规定'],
    ['a bare bracketed year without a code', '〔2021〕5号文件'],
    [
      'a decision served in one case',
      '区人力社保局作出《驳回工伤认定申请决定书》(渝中人社伤险驳字〔2024〕2号),并送达《答复群众意见书》。',
    ],
    ['a pledge a unit signs', '各街镇与使用单位签订《器材管护责任书》,明确管护责任。'],
    // Any title ending in 证 is a certificate a person holds …
    ['a certificate by its last character', '凭《优待安置证》和《就业失业登记证》领取。'],
    // … and an attachment's link that names the document's own file is the document itself.
    [
      "the document's own file",
      '附件下载:《南京市人民政府关于提高城镇义务兵家属优抚金发放标准的通知.doc》',
      { ownTitle: '南京市人民政府关于提高城镇义务兵家属优抚金发放标准的通知' },
    ],
    ["a magazine's website", '请通过《重庆人大》网站:http//www.ccpc.cn提出意见,或关注《中国政府网》客户端。'],
    ["a product's approval number", '撤销该产品的保健食品批准证书(批准文号:卫食健字(1997)第348号)。'],
    ["a drug's registration number", '该药品批准文号为国药准字〔2015〕12号,注册证号:国械注准〔2019〕3号。'],
  ])('%s', (_label, text, extra) => expect(cite(text, extra)).toEqual([]));

  test('an abbreviation and a short back-reference add evidence to the document they stand for', () => {
    const text =
      '市政府办公厅印发《重庆市市级高新技术产业开发区认定和管理办法(修订)》,新修订的《管理办法》提出要求,满足《管理办法》规定的条件。';
    const out = citationsOf(text, { resolveAgency: () => null });
    expect(out).toHaveLength(1);
    expect(out[0]!.spans.map((s) => s.text)).toEqual([
      '《重庆市市级高新技术产业开发区认定和管理办法(修订)》',
      '《管理办法》',
      '《管理办法》',
    ]);
  });

  test('an abbreviation of a title that is not a citation is not one either', () => {
    const text =
      '根据《成都市人民政府办公厅关于进一步支持科技创新的若干措施》(成办发〔2022〕30号),我们制定了《成都市科技创新券实施管理办法》(以下简称《办法》),现印发你们。';
    const out = citationsOf(text, { issued: ['成都市科技创新券实施管理办法'], resolveAgency: () => null });
    expect(out.map((c) => c.spans.map((m) => m.text))).toEqual([
      ['《成都市人民政府办公厅关于进一步支持科技创新的若干措施》', '成办发〔2022〕30号'],
    ]);
  });

  test('以下简称《方案》 is the same document', () => {
    const out = cite('我们制定了《财政支持普惠金融发展示范区奖补工作方案》(以下简称《方案》),对奖补工作进行了明确。');
    expect(out).toEqual([['财政支持普惠金融发展示范区奖补工作方案', null, null]]);
  });
});

describe('each cited document once, with every mention', () => {
  test('title alone, then title with number: one entry with both and three spans', () => {
    const text =
      '出台《关于完善科技成果评价机制的实施意见(试行)》(渝科局发〔2023〕42号)。贯彻落实《关于完善科技成果评价机制的实施意见(试行)》等文件,执行渝科局发〔2023〕42号。';
    const out = citationsOf(text, { resolveAgency: () => null });
    expect(out).toHaveLength(1);
    expect(out[0]!.docNumber).toBe('渝科局发〔2023〕42号');
    expect(out[0]!.spans.length).toBe(4);
    for (const s of out[0]!.spans) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(text.slice(s.quoteStart, s.quoteEnd)).toBe(s.quote);
      expect(s.quote).toContain(s.text);
    }
  });
});

describe('raw scanners', () => {
  test('findTitles keeps nested 〈〉 and skips unclosed 《', () => {
    expect(findTitles('《关于印发〈A办法〉的通知》和《未闭合').map((t) => t.title)).toEqual([
      '关于印发〈A办法〉的通知',
    ]);
  });
  test('findNumbers finds where the code starts after a verb', () => {
    expect(findNumbers('出台渝府办发〔2021〕142号').map((n) => [n.code, n.docNumber])).toEqual([
      ['渝府办发', '渝府办发〔2021〕142号'],
    ]);
    expect(findNumbers('市政府渝府发〔2020〕5号').map((n) => n.code)).toEqual(['渝府发']);
    expect(findNumbers('江北建委发〔2020〕5号').map((n) => n.code)).toEqual(['江北建委发']);
  });
  test.each([
    ['渝府办发〔2021〕142号', '重庆市人民政府办公厅'],
    ['渝科局发〔2019〕136号', '重庆市科学技术局'],
    ['渝金〔2020〕402号', '重庆市地方金融监督管理局'],
    ['国办发〔2021〕1号', '国务院办公厅'],
    ['教发〔2020〕3号', '教育部'],
    ['中办发〔2019〕8号', '中共中央办公厅'],
    ['财金〔2021〕96号', '财政部'],
    ['川科计〔2017〕7号', '四川省科学技术厅'],
    ['九龙坡府发〔2021〕7号', '重庆市九龙坡区人民政府'],
    ['京政办发〔2020〕5号', '北京市人民政府办公厅'],
    ['金政办发〔2019〕12号', null],
    // Province-level departments: abbreviation × department code, generated by the rule in issuer-codes.json.
    ['鄂科技规〔2022〕2号', '湖北省科学技术厅'],
    ['鄂科技函〔2022〕98号', '湖北省科学技术厅'],
    ['粤工信规字〔2021〕2号', '广东省工业和信息化厅'],
    ['浙经信企业〔2022〕15号', '浙江省经济和信息化厅'],
    ['湘财教〔2021〕5号', '湖南省财政厅'],
    ['豫发改高技〔2022〕12号', '河南省发展和改革委员会'],
    ['闽教科〔2020〕3号', '福建省教育厅'],
    ['桂农业发〔2021〕4号', '广西壮族自治区农业农村厅'],
    ['皖商务〔2022〕20号', '安徽省商务厅'],
    ['赣人社发〔2021〕6号', '江西省人力资源和社会保障厅'],
    ['川科规〔2022〕3号', '四川省科学技术厅'],
    ['鄂价法规〔2018〕46号', '湖北省物价局'],
    // 住建 written whole, from the provinces' 2009–2010 reforms on; a number before them is no such body's.
    ['辽住建提发〔2023〕20号', '辽宁省住房和城乡建设厅'],
    ['黑住建保〔2007〕1号', null],
    // (issuerOfDocNumber reads the code alone; the title's own organ settles a code of another province, below.)
    // A listed prefix wins over the codes the rule generates under it: 川办 is Sichuan's government office, while
    // other provinces' 办发 is their Party committee's.
    ['川办发〔2014〕101号', '四川省人民政府办公厅'],
    // A commission dissolved in 2003 (国家经贸委): its codes name it until then, and no body after.
    ['国经贸厅外经〔2002〕25号', '国家经济贸易委员会办公厅'],
    ['国经贸〔2005〕1号', null],
    ['湘办发〔2014〕1号', '中共湖南省委办公厅'],
    ['黔江府发〔2021〕3号', '重庆市黔江区人民政府'],
    // Prefecture-level cities' codes, a numbering series (文) after the government's code.
    ['泉政文〔2017〕7号', '泉州市人民政府'],
    ['东府办〔2005〕42号', '东莞市人民政府办公室'],
    // A ministry's replies to suggestions and proposals, numbered by its office, signed by the ministry.
    ['农办议〔2020〕466号', '农业农村部'],
    ['农办计〔2017〕26号', '农业部办公厅'],
    // 宁 is 宁夏 and 南京, 青 is 青海 and 青岛: the code does not say which.
    ['宁科规〔2021〕1号', null],
    ['青科发〔2021〕4号', null],
    ['某某发〔2019〕12号', null],
  ])('issuer of %s is %s', (n, want) => expect(issuerOfDocNumber(n)).toBe(want));
});

describe('issuer codes of every province and of local governments (issuer-codes.json rules)', () => {
  test.each<[string, string | null]>([
    // The provincial Party committee and its general office: abbreviation + 发 / 办发 / 委 / 委办.
    ['湘办发〔2016〕41号', '中共湖南省委办公厅'],
    ['鄂发〔2021〕5号', '中共湖北省委员会'],
    ['川委办〔2019〕3号', '中共四川省委办公厅'],
    ['湘发改高技〔2021〕4号', '湖南省发展和改革委员会'], // 发 is exact: 湘发改 stays the commission
    // Local governments and their general offices: place short name + 府 / 府办 / 政 / 政办.
    ['广安府办发〔2020〕13号', '广安市人民政府办公室'],
    ['绵阳府发〔2019〕8号', '绵阳市人民政府'],
    ['渝北府办发〔2022〕3号', '重庆市渝北区人民政府办公室'],
    // One-character city abbreviations, listed.
    ['莆政综〔2019〕38号', '莆田市人民政府'],
    ['筑府办发〔2017〕30号', '贵阳市人民政府办公厅'],
    ['国管房改〔2008〕346号', '国务院机关事务管理局'],
    ['渝食药监餐饮〔2016〕8号', '重庆市食品药品监督管理局'],
  ])('issuer of %s is %s', (n, want) => expect(issuerOfDocNumber(n)).toBe(want));

  test('order numbers: a year written before the organ is kept; a relative organ is resolved in the jurisdiction', () => {
    expect(
      cite('《黑龙江省劳动模范评选和管理规定》(1998年省政府令第19号)', {
        resolveAgency: (s) => resolveAgencyName(s, { jurisdiction: '黑龙江', date: '2007-01-29' }),
      }),
    ).toEqual([['黑龙江省劳动模范评选和管理规定', '1998年省政府令第19号', '黑龙江省人民政府']]);
    expect(cite('《重庆市政府投资项目管理办法》(市政府令第161号)')).toEqual([
      ['重庆市政府投资项目管理办法', '市政府令第161号', '重庆市人民政府'],
    ]);
  });

  test('brackets damaged by a Word conversion („‟) still make a number', () => {
    expect(cite('《国务院办公厅关于加强普通高等学校毕业生就业工作的通知》(国办发„2009‟3号)')).toEqual([
      ['国务院办公厅关于加强普通高等学校毕业生就业工作的通知', '国办发〔2009〕3号', '国务院办公厅'],
    ]);
  });
});

describe('issuer from a list of bodies right before the title', () => {
  test.each<[string, Want[]]>([
    [
      '市发展改革委落实中办、国办《关于推进以县城为重要载体的城镇化建设的意见》要求。',
      [['关于推进以县城为重要载体的城镇化建设的意见', null, '中共中央办公厅']],
    ],
    [
      '按照市科技局、市财政局、某某银行重庆分行关于《重庆市科技型企业知识价值信用贷款改革试点实施方案》要求,开展工作。',
      [['重庆市科技型企业知识价值信用贷款改革试点实施方案', null, '重庆市科学技术局']],
    ],
    ['川渝两省市政府印发实施《重庆都市圈发展规划》。', [['重庆都市圈发展规划', null, null]]],
    ['各区县政府印发《乡村振兴实施方案》。', [['乡村振兴实施方案', null, null]]],
    [
      '2022年2月,生态环境部、国家发展改革委和重庆、四川两省市政府联合印发的《成渝地区双城经济圈生态环境保护规划》提出目标。',
      [['成渝地区双城经济圈生态环境保护规划', null, '生态环境部']],
    ],
  ])('%s', (text, want) => expect(cite(text)).toEqual(want));
});

describe('the document itself, in the forms it takes', () => {
  test.each<[string, string, Partial<CitationInput>?]>([
    [
      'a forwarded document with its number, and the number again under 附件',
      '现将农业部办公厅《关于开展第一批国家农业可持续发展试验示范区评估确定工作的通知》(农办计〔2017〕26号)转发给你们,请遵照执行。\n附件:农办计[2017]26号',
    ],
    [
      'a line that is a notice title wrapping the title',
      '中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)\n',
      { ownDocNumber: '岳办发〔2017〕2号' },
    ],
    [
      'a cut related-article link',
      '国家发展改革委等部门关于印发《电解铝行业节能降碳专项行动计划》的\n天津深入打好污染防治攻坚战',
    ],
    [
      'two titles issued together',
      '安徽省人民政府关于印发《安徽省行政机关公文处理实施细则》和《安徽省人民政府公文主题词表》的通知\n',
    ],
    [
      'rules promulgated by an order (现予发布)',
      '《广西壮族自治区土地整治办法》已经2016年11月18日自治区十二届人民政府第84次常务会议审议通过,现予发布,自2017年3月1日起施行。',
    ],
    [
      'a decision promulgated (现予公布)',
      '《国务院关于修改部分行政法规的决定》已经国务院第100次常务会议通过,现予公布,自公布之日起施行。',
    ],
    [
      'the link to an interpretation of the document',
      '解读:《重庆市市场监督管理局关于修订印发〈重庆市食品经营许可管理实施办法〉的通知》政策解读',
    ],
    [
      'two titles issued together in the body',
      '现将《安徽省行政机关公文处理实施细则》和《安徽省人民政府公文主题词表》印发你们,自2001年1月1日起施行。',
    ],
  ])('%s', (_label, text, extra) => expect(cite(text, extra)).toEqual([]));

  test('a title equal to the issued one that this document repeals is cited (a document never repeals itself)', () => {
    const text =
      '现将《安徽省行政机关公文处理实施细则》印发你们,自2001年1月1日起施行。1994年12月20日由省政府办公厅印发、自1995年1月1日起施行的《安徽省行政机关公文处理实施细则》同时废止。';
    expect(cite(text).map(([t]) => t)).toEqual(['安徽省行政机关公文处理实施细则']);
  });

  test('修订印发 revises an earlier version: the title is cited (amends)', () => {
    expect(cite('重庆市市场监督管理局关于修订印发《重庆市食品经营许可管理实施办法》的通知\n').map(([t]) => t)).toEqual([
      '重庆市食品经营许可管理实施办法',
    ]);
  });
});

describe('not policy documents, and back-references', () => {
  test.each<[string, string]>([
    ['a licence', '目前,该项目已办理《建设工程规划许可证》,取得施工图审查合格书。'],
    ['a certificate', '企业取得《高新技术企业证书》后享受优惠。'],
    ['a letterhead or collection label', '为你整理了多篇相关的《湖南省人民政府办公厅文件》,但愿对你有帮助。'],
    ['a website', '相关内容已在《中国政府网》公布。'],
    ['a broadcaster', '《重庆电视台》进行了专题报道。'],
    ['a local chronicle', '为圆满完成《哈尔滨市志》编纂任务,参照《四川通志》体例。'],
  ])('%s', (_label, text) => expect(cite(text)).toEqual([]));

  test('the tail of a title the notice forwards refers back to it; a place before that tail makes it a title of its own', () => {
    const forwarded = extractText(
      '哈尔滨市人民政府办公厅关于转发哈尔滨市志编纂方案的通知\n各区人民政府:\n现将哈尔滨史志编纂委员会制定的《哈尔滨市志编纂方案》转发给你们。各部门要按照《编纂方案》的要求组织实施。',
    ).citations;
    expect(forwarded).toEqual([]);
    const local = extractText(
      '赤峰市人民政府关于印发《赤峰市市政公用事业特许经营管理办法》的通知\n各旗县区人民政府:\n根据建设部《市政公用事业特许经营管理办法》,现将《赤峰市市政公用事业特许经营管理办法》印发给你们。',
    ).citations.map((c) => c.title);
    expect(local).toEqual(['市政公用事业特许经营管理办法']);
  });

  test('an alias defined by 以下简称 is the same document wherever it recurs', () => {
    const text =
      '生态环境部联合印发的《成渝地区双城经济圈生态环境保护规划》(以下简称《成渝环保规划》)提出目标。统筹结合《成渝地区双城经济圈建设规划纲要》和《成渝环保规划》推进工作。';
    expect(cite(text).map(([t]) => t)).toEqual([
      '成渝地区双城经济圈生态环境保护规划',
      '成渝地区双城经济圈建设规划纲要',
    ]);
  });

  test('a short title nested in a longer kept one is a document of its own', () => {
    const text =
      '天津市人民政府发布了《关于落实国务院<政府工作报告>重点工作任务分工的通知》。\n关于落实国务院《政府工作报告》\n';
    expect(cite(text).map(([t]) => t)).toEqual(['关于落实国务院<政府工作报告>重点工作任务分工的通知', '政府工作报告']);
  });
});

describe('titles inside the title line', () => {
  const titleLine = (line: string): Partial<CitationInput> => ({
    excluded: [{ start: 0, end: line.length }],
    ownTitle: line,
  });
  test('a title the title line reads (贯彻落实, 分解落实) is cited', () => {
    const line = '重庆市人民政府关于贯彻落实《中华人民共和国乡村振兴促进法》的实施意见';
    expect(cite(`${line}\n各区县人民政府:\n现提出如下实施意见。`, titleLine(line))).toEqual([
      ['中华人民共和国乡村振兴促进法', null, null],
    ]);
    const line2 = '湖北省人民政府办公厅关于分解落实《政府工作报告》的通知';
    expect(cite(`${line2}\n`, titleLine(line2))).toEqual([['政府工作报告', null, null]]);
  });
  test('a title the title line issues is the document itself', () => {
    const line = '重庆市科学技术局关于印发《重庆市科研项目管理办法》的通知';
    expect(cite(`${line}\n`, titleLine(line))).toEqual([]);
  });
});

describe('an order series in 《》 with its serial outside', () => {
  test("《重庆市人民政府令》292号 is the order number, issued by the series' organ", () => {
    expect(cite('根据《重庆市人民政府令》292号相关要求,做好工作。')).toEqual([
      ['重庆市人民政府令', '重庆市人民政府令292号', '重庆市人民政府'],
    ]);
  });
  test('an order series or an organ in 《》 without a serial names a form of document, not one document', () => {
    expect(cite('以《黑龙江省人民政府令》或《黑龙江省人民政府》文件形式发布。学习《国务院令》的有关规定。')).toEqual(
      [],
    );
  });
});

describe('the places a document prints its own number (when the header stage did not read it)', () => {
  test.each<[string, string]>([
    [
      'alone on a line under the title',
      '安徽省人民政府关于印发《安徽省行政机关公文处理实施细则》的通知\n皖政〔2000〕48号\n各市人民政府、行政公署,省政府各部门、各直属机构:\n现将细则印发你们。',
    ],
    [
      'a header bullet',
      '  • 11500224745325555K/2024-00106\n  • 铜农委函〔2024〕85号\n  • 农业、畜牧业、渔业\n王代表:\n您提出的建议收悉。',
    ],
    ['after a metadata label', '状态:有效 发布日期:2011-02-27\n发布文号: 鄂政办发[2011]18号\n正文。'],
    ['a law-database field', '【发布文号】广西壮族自治区人民政府令2016年第116号 【发布日期】2016-12-06\n'],
    [
      'run on after the title line',
      '广东省人民政府办公厅关于印发《广东省知识产权领域改革方案》的通知粤府办〔2024〕9号各地级以上市人民政府:\n',
    ],
    ["an order number after the rules' title", '广西壮族自治区土地整治办法 广西壮族自治区人民政府令 第116号\n'],
  ])('%s', (_label, text) => expect(cite(text).filter(([, n]) => n !== null)).toEqual([]));

  test('a number alone on a line in the body, after the salutation, is cited', () => {
    expect(cite('各区县人民政府:\n按照下列文件执行:\n渝府发〔2020〕1号\n')).toEqual([
      [null, '渝府发〔2020〕1号', '重庆市人民政府'],
    ]);
  });
  test('a list item naming another notice with its number is cited', () => {
    const text = '各区县人民政府:\n下列文件同时废止:\n1.重庆市人民政府关于加强科技工作的通知(渝府发〔2015〕1号)\n';
    expect(cite(text).map(([, n]) => n)).toEqual(['渝府发〔2015〕1号']);
  });
});

describe('a short title naming its place is a full title, not a back-reference', () => {
  test('《重庆市开发区条例》 after a longer title that contains it', () => {
    const text =
      '现将第0773号《关于将长寿区作为重庆市开发区条例实施示范区的建议》的协办意见函告如下。长寿区应贯彻落实《重庆市开发区条例》管理规定。';
    expect(cite(text).map(([t]) => t)).toEqual([
      '关于将长寿区作为重庆市开发区条例实施示范区的建议',
      '重庆市开发区条例',
    ]);
  });
  test('a generic short title still points back', () => {
    expect(cite('市政府办公厅印发《重庆市科研项目管理办法》,《管理办法》明确了要求。').map(([t]) => t)).toEqual([
      '重庆市科研项目管理办法',
    ]);
  });
});

describe("a code names the body in force in the number's year (issuer-codes.json formerIssuers)", () => {
  test.each<[string, string | null]>([
    // A code's stem outlived the 2018 reform: before it, the former ministry issued under it.
    ['环财函〔2010〕37号', '环境保护部'],
    ['环发〔2015〕4号', '环境保护部'],
    ['环办〔2016〕12号', '环境保护部办公厅'],
    ['环办科财〔2020〕3号', '生态环境部办公厅'],
    ['环发〔2005〕39号', '国家环境保护总局'],
    ['农办财〔2015〕20号', '农业部办公厅'],
    ['农计发〔2017〕1号', '农业部'],
    ['农规发〔2021〕3号', '农业农村部'],
    ['国卫办发〔2015〕5号', '国家卫生和计划生育委员会办公厅'],
    ['国卫医发〔2019〕2号', '国家卫生健康委员会'],
    ['林规发〔2016〕8号', '国家林业局'],
    ['建科〔2006〕12号', '建设部'],
    ['建科〔2016〕12号', '住房和城乡建设部'],
    // A spring reform's year goes to the successor, which issued most of that year's numbers.
    ['环发〔2018〕20号', '生态环境部'],
    // Codes of bodies dissolved by a reform name them in any year.
    ['安监总管三〔2011〕35号', '国家安全生产监督管理总局'],
    ['安监总厅管四〔2014〕10号', '国家安全生产监督管理总局办公厅'],
    ['国质检质联〔2015〕126号', '国家质量监督检验检疫总局'],
    ['工商市字〔2014〕28号', '国家工商行政管理总局'],
    ['工商办字〔2013〕101号', '国家工商行政管理总局办公厅'],
    ['卫医发〔2010〕5号', '卫生部'],
    ['文产发〔2014〕12号', '文化部'],
    ['旅发〔2015〕62号', '国家旅游局'],
    ['银监发〔2014〕39号', '中国银行业监督管理委员会'],
    ['保监发〔2014〕34号', '中国保险监督管理委员会'],
    ['银保监发〔2019〕8号', '中国银行保险监督管理委员会'],
    ['国土资厅发〔2014〕12号', '国土资源部办公厅'],
    // 国家税务总局 numbered under 国税 before 税总.
    ['国税发〔2008〕122号', '国家税务总局'],
    ['国税办发〔2010〕1号', '国家税务总局办公厅'],
    // A dissolved body's code in a later year is another body's (a local 卫计委 whose place was cut off): none.
    ['卫计发〔2016〕3号', null],
    ['旅发〔2020〕5号', null],
    ['银监发〔2019〕8号', null],
    // The reform's own year still holds the old body's early numbers.
    ['保监发〔2018〕1号', '中国保险监督管理委员会'],
    // 文明办 is the central civilization office's, not 文化部's (whose codes also open with 文).
    ['文明办〔2015〕3号', '中央精神文明建设指导委员会办公室'],
  ])('issuer of %s is %s', (n, want) => expect(issuerOfDocNumber(n)).toBe(want));

  test('in a sentence, the dated issuer reaches the citation', () => {
    expect(
      cite(
        '根据《关于加强节能环保工作的通知》(环发〔2012〕77号)和《关于印发农业部规划的通知》(农计发〔2016〕9号),制定本方案。',
      ),
    ).toEqual([
      ['关于加强节能环保工作的通知', '环发〔2012〕77号', '环境保护部'],
      ['关于印发农业部规划的通知', '农计发〔2016〕9号', '农业部'],
    ]);
  });
});

describe('department-level codes of central ministries: ministry code + department + ordinal → the ministry', () => {
  test.each<[string, string | null]>([
    ['安监总管一〔2012〕3号', '国家安全生产监督管理总局'],
    ['国科发火〔2016〕32号', '科学技术部'],
    ['国科发政〔2020〕128号', '科学技术部'],
    ['工信部联规〔2015〕12号', '工业和信息化部'],
    ['工信部节〔2019〕27号', '工业和信息化部'],
    ['财建〔2009〕165号', '财政部'],
    ['财农〔2012〕3号', '财政部'],
    ['财税〔2019〕13号', '财政部'],
    ['人社部发〔2014〕3号', '人力资源和社会保障部'],
    ['教发厅〔2012〕5号', '教育部'],
    ['教高〔2018〕2号', '教育部'],
    ['发改高技〔2019〕1020号', '国家发展和改革委员会'],
  ])('issuer of %s is %s', (n, want) => expect(issuerOfDocNumber(n)).toBe(want));

  test('the code is read off a number standing in a sentence', () => {
    expect(cite('按照《关于进一步加强安全生产工作的通知》(安监总管三〔2011〕35号)要求,开展检查。')).toEqual([
      ['关于进一步加强安全生产工作的通知', '安监总管三〔2011〕35号', '国家安全生产监督管理总局'],
    ]);
  });
});

describe('a body named right before its own code is not part of the number', () => {
  test.each<[string, Want[]]>([
    ['转发财政部财建〔2009〕165号文件。', [[null, '财建〔2009〕165号', '财政部']]],
    ['落实科技部国科发火〔2016〕32号要求。', [[null, '国科发火〔2016〕32号', '科学技术部']]],
    ['执行环保部环财函〔2010〕37号规定。', [[null, '环财函〔2010〕37号', '环境保护部']]],
    ['依据卫生部卫医发〔2010〕5号开展。', [[null, '卫医发〔2010〕5号', '卫生部']]],
    ['根据国家安全监管总局安监总管三〔2011〕35号。', [[null, '安监总管三〔2011〕35号', '国家安全生产监督管理总局']]],
    // A code stem of another body followed by a department (工信部 + 财务司): one code.
    ['按照工信部财〔2012〕5号执行。', [[null, '工信部财〔2012〕5号', '工业和信息化部']]],
  ])('%s', (text, want) => expect(cite('各有关单位:\n' + text)).toEqual(want));
});

describe('bodies before a list of titles name the title right after them, not the titles listed after it', () => {
  test.each<[string, Want[]]>([
    [
      '根据财政部、环保部《关于A的通知》(财建〔2009〕165号)、《关于B的意见》(环财函〔2010〕37号)、《关于C的办法》等有关规定,制定本办法。',
      [
        ['关于A的通知', '财建〔2009〕165号', '财政部'],
        ['关于B的意见', '环财函〔2010〕37号', '环境保护部'],
        ['关于C的办法', null, null],
      ],
    ],
    [
      '依据科技部《国家科技企业孵化器管理办法》、《国家大学科技园管理办法》,结合我省实际。',
      [
        ['国家科技企业孵化器管理办法', null, '科学技术部'],
        ['国家大学科技园管理办法', null, null],
      ],
    ],
    [
      '按照市发展改革委《重庆市投资项目管理办法》《重庆市重点项目管理办法》要求执行。',
      [
        ['重庆市投资项目管理办法', null, '重庆市发展和改革委员会'],
        ['重庆市重点项目管理办法', null, null],
      ],
    ],
    // The objects of an issuing verb share its subject …
    [
      '市政府办公厅印发《重庆市科技型企业培育办法》、《重庆市孵化器管理办法》,推动建设。',
      [
        ['重庆市科技型企业培育办法', null, '重庆市人民政府办公厅'],
        ['重庆市孵化器管理办法', null, '重庆市人民政府办公厅'],
      ],
    ],
    // … until a listed number names another body: the list gathers documents of several issuers.
    [
      '财政部、生态环境部印发《关于A的通知》(财建〔2019〕16号)、《关于B的意见》(环办〔2019〕37号)、《关于C的办法》。',
      [
        ['关于A的通知', '财建〔2019〕16号', '财政部'],
        ['关于B的意见', '环办〔2019〕37号', '生态环境部办公厅'],
        ['关于C的办法', null, null],
      ],
    ],
  ])('%s', (text, want) => expect(cite(text)).toEqual(want));
});

describe('an unquoted list item with its number in parentheses: the name is the title when it names a kind of document', () => {
  test.each<[string, Want[]]>([
    [
      '各市人民政府:\n省政府决定废止以下规章:\n一、山东省信访规定(省政府令第114号)。\n',
      [['山东省信访规定', '省政府令第114号', '山东省人民政府']],
    ],
    [
      '各区县人民政府:\n现决定废止下列文件:\n1.重庆市科技型企业认定管理办法(试行)(渝科局发〔2017〕12号)\n',
      [['重庆市科技型企业认定管理办法(试行)', '渝科局发〔2017〕12号', '重庆市科学技术局']],
    ],
    [
      '各市州人民政府:\n决定对下列规章予以修改:\n(一)湖南省实施《中华人民共和国节约能源法》办法(湘政发〔2009〕3号)\n',
      [
        ['湖南省实施《中华人民共和国节约能源法》办法', '湘政发〔2009〕3号', '湖南省人民政府'],
        ['中华人民共和国节约能源法', null, null],
      ],
    ],
    // An enumeration comma inside the name (供水、节约用水).
    [
      '各市人民政府:\n省政府决定废止以下规章:\n一、山东省城市供水、节约用水管理办法(省政府令第44号)\n',
      [['山东省城市供水、节约用水管理办法', '省政府令第44号', '山东省人民政府']],
    ],
    // A name that is no kind of document, or an item opening with a verb: the number alone.
    [
      '各区县人民政府:\n下列文件同时废止:\n1.关于做好科技工作(渝府办发〔2012〕45号)\n2.根据重庆市科技奖励办法(渝府发〔2010〕3号)\n',
      [
        [null, '渝府办发〔2012〕45号', '重庆市人民政府办公厅'],
        [null, '渝府发〔2010〕3号', '重庆市人民政府'],
      ],
    ],
  ])('%s', (text, want) =>
    expect(
      cite(text, {
        resolveAgency: (s) =>
          resolveAgencyName(s, { jurisdiction: text.includes('山东') ? '山东' : '重庆', date: '2016-04-28' }),
      }),
    ).toEqual(want),
  );
});

describe('a draft is a document of its own, unless the text puts it out for comment', () => {
  test('a reply naming a draft another body is preparing cites it', () => {
    const c = extractText(
      '王委员:\n您提出的建议收悉。市医疗保障局会同市财政局制定了《重庆市关于扩大长期护理保险制度试点的实施意见(征求意见稿)》(以下简称《实施意见》),目前正在走程序。',
    ).citations;
    expect(c.map((x) => x.title)).toEqual(['重庆市关于扩大长期护理保险制度试点的实施意见(征求意见稿)']);
  });
  test('an announcement putting a draft out for comment does not cite it', () => {
    const c = extractText(
      '沈阳市人民代表大会常务委员会办公室公告(第7号)\n市人大常委会对《沈阳市社会信用条例(草案)》进行了初次审议。现将《沈阳市社会信用条例(草案)》全文公布,广泛征求意见。',
    ).citations;
    expect(c).toEqual([]);
  });
});

describe('a title written without 《》 in a sentence: organ, 关于, a kind of document, its number in parentheses', () => {
  test.each<[string, Want[]]>([
    [
      '感谢您提出的宝贵建议,根据国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见(国办发〔2020〕23号)、《山东省人民政府办公厅关于印发山东省深入推进城镇老旧小区改造实施方案的通知》(鲁政办字〔2020〕28号)等有关法规规定,结合我市实际。',
      [
        ['国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见', '国办发〔2020〕23号', '国务院办公厅'],
        [
          '山东省人民政府办公厅关于印发山东省深入推进城镇老旧小区改造实施方案的通知',
          '鲁政办字〔2020〕28号',
          '山东省人民政府办公厅',
        ],
      ],
    ],
    [
      '各有关单位:\n我局认真贯彻落实省人民政府关于加强安全生产工作的决定(鲁政发〔2018〕3号),开展专项检查。',
      [['省人民政府关于加强安全生产工作的决定', '鲁政发〔2018〕3号', '山东省人民政府']],
    ],
    // No organ before 关于, or no kind of document at the end: the number alone.
    [
      '各有关单位:\n按照关于加强安全生产工作的决定(鲁政发〔2018〕3号)要求执行。',
      [[null, '鲁政发〔2018〕3号', '山东省人民政府']],
    ],
    [
      '各有关单位:\n按照省政府关于安全生产的部署(鲁政发〔2018〕3号)执行。',
      [[null, '鲁政发〔2018〕3号', '山东省人民政府']],
    ],
  ])('%s', (text, want) =>
    expect(
      cite(text, { resolveAgency: (s) => resolveAgencyName(s, { jurisdiction: '山东', date: '2022-07-28' }) }),
    ).toEqual(want),
  );

  test('the list it opens shares its governing verb', () => {
    const c = extractText(
      '您提出的建议收悉。根据国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见(国办发〔2020〕23号)、《某省老旧小区改造实施方案》(鲁政办字〔2020〕28号)等规定,现答复如下。',
    ).citations;
    expect(c.map((x) => x.relation)).toEqual(['basis', 'basis']);
  });
});

describe('chapters and topics of a report in 《》 are no citations', () => {
  const titles = (text: string) => cite(text).map(([t]) => t);
  test.each<[string, string[]]>([
    ['可行性研究报告共分十章,包括《工程建设必要性及功能定位》《重点水源工程选址及成库条件论证》等内容。', []],
    ['项目可研报告已完成《水文分析》和《工程地质条件评价》两个章节的编制。', []],
    ['专题研究包括《成渝地区双城经济圈产业布局》《交通需求预测》。', []],
    ['报告第三篇章为《环境影响分析》,第四篇章为《投资估算及经济评价》。', []],
    // Laws, plans and titles with a kind word stay citations next to a report.
    [
      '可行性研究报告依据《中华人民共和国水法》《重庆市水利发展规划》编制,包括《工程建设必要性及功能定位》。',
      ['中华人民共和国水法', '重庆市水利发展规划'],
    ],
    ['编制可研报告时执行《水利水电工程可行性研究报告编制规程》。', ['水利水电工程可行性研究报告编制规程']],
  ])('%s', (text, want) => {
    expect(titles(text)).toEqual(want);
  });

  test.each<[string, string[]]>([
    // No report or study before it: a topic-like title stays a citation as today.
    ['市政府印发了《重庆市城市更新规划研究》。', ['重庆市城市更新规划研究']],
    ['根据《四川省水资源承载能力评价》,严格取水管理。', ['四川省水资源承载能力评价']],
  ])('%s', (text, want) => {
    expect(titles(text)).toEqual(want);
  });
});

describe('local government, Party committee and CPPCC codes: place short name + organ code', () => {
  test.each<[string, string | null]>([
    ['南川府办〔2019〕54号', '重庆市南川区人民政府办公室'],
    ['南川政协办发〔2019〕5号', '政协重庆市南川区委员会办公室'],
    ['綦江政协发〔2017〕2号', '政协重庆市綦江区委员会'],
    ['江津委办发〔2016〕3号', '中共重庆市江津区委员会办公室'],
    ['南川委发〔2019〕1号', '中共重庆市南川区委员会'],
    ['成都政协办〔2015〕4号', '政协成都市委员会办公室'],
    // Older city codes: the city's first character + 市.
    ['达市府发〔2000〕65号', '达州市人民政府'],
    ['遂市府发〔2003〕3号', '遂宁市人民政府'],
    // 广安市 and 广元市 both write 广市.
    ['广市府发〔2001〕3号', null],
    // A body the roster lists with one former name: a number of a year before the rename names the former body.
    ['渝环〔2017〕102号', '重庆市环境保护局'],
    ['渝环〔2020〕1号', '重庆市生态环境局'],
    ['渝农办发〔2015〕45号', '重庆市农业委员会办公室'],
    ['渝农办发〔2025〕45号', '重庆市农业农村委员会办公室'],
    // A handling series of suggestions or proposals is no body's code (建 alone is 住房和城乡建设部's).
    ['建议字〔2019〕3号', null],
    ['提案字〔2020〕5号', null],
    // The municipalities' Party committees code like the provinces' (沪委发, 京发, 津委办发).
    ['沪委发〔2001〕460号', '中共上海市委员会'],
    ['京发〔2019〕1号', '中共北京市委员会'],
    ['津委办发〔2018〕3号', '中共天津市委办公厅'],
    // An office inside the General Office codes as its own issuer, ahead of the 国办 stem.
    ['国办公开办函〔2021〕30号', '国务院办公厅政府信息与政务公开办公室'],
    ['国办政务公开办函〔2021〕30号', '国务院办公厅政府信息与政务公开办公室'],
    ['国办函〔2021〕30号', '国务院办公厅'],
  ])('issuer of %s is %s', (n, want) => expect(issuerOfDocNumber(n)).toBe(want));

  test('a number that lost both brackets in the parentheses after a title, under a code the data knows', () => {
    const got = extractText(
      '根据《中共中央、国务院关于印发<法治政府建设实施纲要(2021-2025年)>的通知》(中发202133号)精神,全年办结202133号以上。',
    ).citations.map((c) => [c.docNumber, c.issuer]);
    expect(got).toEqual([['中发〔2021〕33号', '中共中央']]);
  });

  test.each([
    [
      '根据《中华人民共和国政府信息公开条例》(国务院第711号令)规定。',
      [['中华人民共和国政府信息公开条例', '国务院第711号令', '国务院']],
    ],
    ['按照卫生部第27号令执行。', [[null, '卫生部第27号令', '卫生部']]],
    // A relative organ's order written so is left as text.
    ['按照《某市管理办法》(市政府第263号令)执行。', [['某市管理办法', null, null]]],
  ])('an order with its serial written before 令: %s', (text, want) => {
    expect(extractText(text).citations.map((c) => [c.title, c.docNumber, c.issuer])).toEqual(want);
  });

  test("a law named with and without the state's name is one citation", () => {
    const got = extractText(
      '根据《中华人民共和国政府信息公开条例》规定。印制《政府信息公开条例》(国务院令第711号)手册。',
    ).citations;
    expect(got.map((c) => [c.title, c.docNumber])).toEqual([['中华人民共和国政府信息公开条例', '国务院令第711号']]);
  });

  test.each([
    ['根据《四川省古树名木保护条例》《四川省古树名木认定办法》等相关规定,2024全市新增认定三级古树10株,现予公布。', 2],
    ['依据国务院《森林防火条例》,现予公布。', 1],
    // The promulgated rule itself: no citation.
    ['《四川省森林防火条例》已经省政府第5次常务会议通过,现予公布,自公布之日起施行。', 0],
  ])('titles a basis cue governs are cited though the sentence publishes something: %s', (text, n) => {
    expect(extractText(`关于公布新增古树名录的通告\n\n${text}\n`).citations).toHaveLength(n);
  });

  test.each([
    // A city's one-character code read in a document of one of its towns.
    [
      '佛山市高明区明城镇人民政府关于规范性文件清理结果的通知\n根据《佛山市行政机关规范性文件管理规定》(佛府办〔2011〕150号)开展清理。\n',
      '佛府办〔2011〕150号',
      '佛山市人民政府办公室',
    ],
    [
      '安陆市人民政府关于印发安陆市突发事件总体应急预案的通知\n《市人民政府关于印发应急预案的通知》(安政发〔2012〕35号)同时废止。\n',
      '安政发〔2012〕35号',
      '安陆市人民政府',
    ],
    // Another place's code is not read so.
    [
      '佛山市高明区明城镇人民政府关于规范性文件清理结果的通知\n根据《某规定》(汕府办〔2011〕150号)开展清理。\n',
      '汕府办〔2011〕150号',
      null,
    ],
  ])("a government's code no list holds, read against the document's own place: %s", (text, number, issuer) => {
    expect(extractText(text).citations.find((c) => c.docNumber === number)?.issuer ?? null).toBe(issuer);
  });

  test("the State Council's orders written short (国令第711号)", () => {
    const got = extractText('根据《中华人民共和国政府信息公开条例》(国令第711号)规定。').citations;
    expect(got.map((c) => [c.docNumber, c.issuer])).toEqual([['国令第711号', '国务院']]);
  });

  test('a word of proof ending in 证 is still a title (《…论证》)', () => {
    expect(cite('编制《重点水源工程选址及成库条件论证》。')).toEqual([['重点水源工程选址及成库条件论证', null, null]]);
  });

  test("a body named after a list comma that follows a title is the next title's alone", () => {
    const got = extractText(
      '根据《中华人民共和国兵役法 》、国务院《军人抚恤优待条例 》和《江苏省拥军优属工作若干规定》,现通知如下。',
    ).citations.map((c) => [c.title, c.issuer]);
    expect(got).toEqual([
      ['中华人民共和国兵役法', null],
      ['军人抚恤优待条例', '国务院'],
      ['江苏省拥军优属工作若干规定', null],
    ]);
  });

  test('a former name (原环保部) heading a list of issuers names the body under that name', () => {
    const got = extractText(
      '重庆市环境保护局\n关于印发实施方案的通知\n为贯彻落实原环保部、国家发展改革委、水利部《关于印发重点流域水污染防治规划的通知》,现将方案印发给你们。\n重庆市环境保护局\n2018年7月13日\n',
    ).citations.map((c) => [c.title, c.issuer]);
    expect(got).toEqual([['关于印发重点流域水污染防治规划的通知', '环境保护部']]);
  });

  test("a province's code shared by a prefecture's short name gives way to the city the cited title opens with", () => {
    const got = extractText(
      '《青岛市人民政府关于进一步规范出租汽车行业管理有关问题的通知》(青政发〔2006〕38号)确定的经营许可陆续到期。',
    ).citations.map((c) => [c.docNumber, c.issuer]);
    expect(got).toEqual([['青政发〔2006〕38号', '青岛市人民政府']]);
  });

  test("a code naming another province's body gives way to the organ the cited title opens with", () => {
    const got = extractText(
      '根据《中共重庆市江津区委 重庆市江津区人民政府关于加快农业现代化的实施意见》(津委发〔2021〕1号)和《天津市人民政府关于加快发展的通知》(津政发〔2021〕1号)精神。',
    ).citations.map((c) => [c.docNumber, c.issuer]);
    expect(got).toEqual([
      ['津委发〔2021〕1号', '中共重庆市江津区委员会'],
      ['津政发〔2021〕1号', '天津市人民政府'],
    ]);
  });

  test.each([
    // The year falls in the former body's era, the title names the renamed one: the title's words.
    [
      '根据《重庆市生态环境局关于开展声环境限期达标规划编制工作的函》(渝环函〔2018〕1303号)要求,编制本规划。',
      '渝环函〔2018〕1303号',
      '重庆市生态环境局',
    ],
    [
      '按照《国家卫生健康委员会办公厅关于做好家庭医生签约服务工作的通知》(国卫办基层发〔2018〕10号)要求。',
      '国卫办基层发〔2018〕10号',
      '国家卫生健康委员会办公厅',
    ],
    // A title naming another body (a joint issuer first) leaves the code's reading.
    ['按照《重庆市财政局关于下达专项资金的通知》(渝环函〔2016〕12号)要求。', '渝环函〔2016〕12号', '重庆市环境保护局'],
  ])("a cited title naming the code's own body under another of its names: %s", (text, number, issuer) => {
    const got = extractText(text).citations.find((c) => c.docNumber === number);
    expect(got?.issuer).toBe(issuer);
  });
});

describe('local health commissions: 卫生和计划生育委员会 until the 2018–2019 wave', () => {
  test.each<[string, string | null]>([
    ['甘卫体改函〔2018〕227号', '甘肃省卫生和计划生育委员会'],
    ['川卫发〔2017〕5号', '四川省卫生和计划生育委员会'],
    ['渝卫发〔2018〕9号', '重庆市卫生和计划生育委员会'],
    ['南川卫发〔2018〕1号', '重庆市南川区卫生和计划生育委员会'],
    ['甘卫发〔2019〕3号', '甘肃省卫生健康委员会'],
    ['江北卫发〔2020〕1号', '重庆市江北区卫生健康委员会'],
    // The national commission keeps its own dated eras (renamed 2018-04).
    ['国卫办发〔2018〕1号', '国家卫生健康委员会办公厅'],
    ['国卫办发〔2017〕1号', '国家卫生和计划生育委员会办公厅'],
  ])('issuer of %s is %s', (n, want) => expect(issuerOfDocNumber(n)).toBe(want));
});

describe('a dissolved ministry named right before the title issues it', () => {
  const at2005 = { resolveAgency: (s: string) => resolveAgencyName(s, { jurisdiction: null, date: '2005-04-28' }) };
  test.each<[string, Want[]]>([
    ['根据铁道部发布的《铁路货物集装化运输组织管理办法》执行。', [['铁路货物集装化运输组织管理办法', null, '铁道部']]],
    ['铁道部制定了《铁路货物运输规程》。', [['铁路货物运输规程', null, '铁道部']]],
    ['按照交通部《公路工程技术标准》执行。', [['公路工程技术标准', null, '交通部']]],
  ])('%s', (text, want) => expect(cite(text, at2005)).toEqual(want));
});

describe('a number whose closing bracket was lost in conversion (〔 + year run into the serial)', () => {
  test.each<[string, string, string | null]>([
    [
      '按照《人大代表建议政协委员提案办理工作规范》(南川府办﹝201954号)规定。',
      '南川府办〔2019〕54号',
      '重庆市南川区人民政府办公室',
    ],
    ['执行《提案工作规则》(南川政协办发﹝20205号)。', '南川政协办发〔2020〕5号', '政协重庆市南川区委员会办公室'],
    ['根据渝府办发〔2021142号文件精神。', '渝府办发〔2021〕142号', '重庆市人民政府办公厅'],
    // 〕 and 号 both lost inside the parentheses after a title: the closing parenthesis ends the serial.
    [
      '根据《重庆市人民政府办公厅关于印发重庆市营商环境优化提升工作方案的通知》(渝府办发〔201981)工作要求。',
      '渝府办发〔2019〕81号',
      '重庆市人民政府办公厅',
    ],
    ['按照《关于进一步加强管理的通知》(川府发〔202312)执行。', '川府发〔2023〕12号', '四川省人民政府'],
  ])('%s', (text, number, issuer) => {
    const c = extractText(text).citations.find((x) => x.docNumber === number);
    expect(c?.issuer ?? null).toBe(issuer);
  });
  test('a year in parentheses run into a count is no number', () => {
    expect(extractText('全年共办理(2021125号文件除外)。').citations).toEqual([]);
    expect(extractText('截至2021年底共126号。').citations).toEqual([]);
    expect(extractText('全年办理建议(〔2021〕未编号)共125件(2021125)。').citations).toEqual([]);
  });
});

describe('the lead issuer before 等部门 issued the titles its verb governs', () => {
  test.each<[string, Want[]]>([
    [
      '市发展改革委等部门印发《重庆市促进银发经济发展实施方案》《关于加强新时代老龄工作的实施方案》等文件。',
      [
        ['重庆市促进银发经济发展实施方案', null, '重庆市发展和改革委员会'],
        ['关于加强新时代老龄工作的实施方案', null, '重庆市发展和改革委员会'],
      ],
    ],
    [
      '国家发展改革委等5部门联合印发《关于推动物流降本增效的意见》。',
      [['关于推动物流降本增效的意见', null, '国家发展和改革委员会']],
    ],
    ['市科技局等有关单位出台《重庆市科技型企业培育办法》。', [['重庆市科技型企业培育办法', null, '重庆市科学技术局']]],
    // The count right after the list, without 等.
    [
      '市科技局、市财政局、市教委3部门联合印发《重庆市科技型企业培育办法》。',
      [['重庆市科技型企业培育办法', null, '重庆市科学技术局']],
    ],
  ])('%s', (text, want) => expect(cite(text)).toEqual(want));

  test("a district branch of a municipal bureau reads the district's relative names (区公安局) in its own place", () => {
    const got = extractText(
      '重庆市公安局铜梁区分局关于区政协第177号提案的答复\n近日,区公安局、区发展改革委、区经济信息委、区市场监管局4部门联合印发《加强低速电动车全链条管理工作方案》。',
    );
    expect(got.citations.map((c) => [c.title, c.issuer])).toEqual([
      ['加强低速电动车全链条管理工作方案', '重庆市公安局铜梁区分局'],
    ]);
    // The branch's canonical name in the title is the issuer, one organ (not 重庆市公安局 and a 铜梁区分局).
    expect(got.document.issuer).toBe('重庆市公安局铜梁区分局');
    expect(got.agencies.find((a) => a.roles.includes('issuer'))?.name).toBe('重庆市公安局铜梁区分局');
  });

  test("a code of a renamed body, in the former body's era (渝城管委 before the 2018 reform)", () => {
    const got = extractText(
      '根据《重庆市城市管理委员会关于加快推进城市生活垃圾分类工作的通知》(渝城管委〔2018〕59号)要求。',
    ).citations.map((c) => [c.docNumber, c.issuer]);
    expect(got).toEqual([['渝城管委〔2018〕59号', '重庆市城市管理委员会']]);
  });
});

describe('a Party committee named right before its own code', () => {
  test.each<[string, string]>([
    ['根据中共平江县委平发〔2009〕4号文件精神。', '平发〔2009〕4号'],
    ['落实中共重庆市委渝委发〔2020〕3号文件。', '渝委发〔2020〕3号'],
  ])('%s', (text, number) => expect(extractText(text).citations.map((c) => c.docNumber)).toEqual([number]));
});

describe('the issuer speaking of itself (我部印发《A》), and numbers whose opening bracket was lost', () => {
  test("我部 before a verb of issuing names the document's own issuer", () => {
    const x = extractText(
      '住房和城乡建设部\n对十四届全国人大一次会议第6826号建议的答复\n王一君代表:\n您提出的建议收悉。我部印发《传统村落保护利用工作指南》,推动保护。',
    );
    expect(x.citations.map((c) => [c.title, c.issuer])).toEqual([['传统村落保护利用工作指南', '住房和城乡建设部']]);
  });
  test('我局 without a verb of issuing names no issuer', () => {
    const x = extractText(
      '重庆市科学技术局\n关于第0012号提案的复函\n李四委员:\n您提出的建议收悉。我局《工作要点》提出推进。',
    );
    expect(x.citations.every((c) => c.issuer === null)).toBe(true);
  });
  test.each<[string, string, string | null]>([
    ['落实《国务院关于实施健康中国行动的意见》(国发2019〕13号)。', '国发〔2019〕13号', '国务院'],
    ['执行渝府办发2021〕142号文件。', '渝府办发〔2021〕142号', '重庆市人民政府办公厅'],
  ])('%s', (text, number, issuer) => {
    const c = extractText(text).citations.find((x) => x.docNumber === number);
    expect(c?.issuer ?? null).toBe(issuer);
  });
  test('a whole number is read once', () => {
    expect(extractText('根据国发〔2019〕13号文件。').citations.map((c) => c.docNumber)).toEqual(['国发〔2019〕13号']);
  });
});

describe("bodies around a cited title read from the issuer's own place; a conjunction after an object joins objects", () => {
  const issuers = (text: string) => extractText(text).citations.map((c) => [c.docNumber ?? c.title, c.issuer]);
  test.each<[string, string, [string | null, string | null][]]>([
    [
      "a city's 市委、市政府 after 部署和",
      '济宁市人民政府关于推进改革的实施意见\n各县(市、区)人民政府:\n根据省委、省政府总体部署和市委、市政府《关于争创营商环境创新改革示范区的实施意见》(济发〔2021〕9号)要求,结合我市实际。',
      [['济发〔2021〕9号', '中共济宁市委员会']],
    ],
    [
      "a county's 县委 after 精神和",
      '某某县人民政府关于加强管理的通知\n各乡镇人民政府:\n按照上级精神和平江县委、县政府《关于加强农村工作的意见》要求,现通知如下。',
      [['关于加强农村工作的意见', '中共平江县委员会']],
    ],
    [
      'a conjunction after another agency: co-issuers, no lead named',
      '重庆市科学技术局关于开展工作的通知\n各区县科技局:\n市科技局和市财政局印发《重庆市科技计划项目管理办法》,现通知如下。',
      [['重庆市科技计划项目管理办法', null]],
    ],
  ])('%s', (_name, text, want) => {
    expect(issuers(text)).toEqual(want);
  });
});

describe('an organ written right before a number names its issuer; a government named before its own code', () => {
  test.each<[string, string, [string | null, string | null][]]>([
    [
      'a county Party committee before an unknown code',
      '平江县教育局关于提案的答复\n曾委员:\n根据中共平江县委平发〖2009〗4号文件要求,开展工作。',
      [['平发〔2009〕4号', '中共平江县委员会']],
    ],
    [
      "a county government before its code, in the county's own document",
      '平江县教育局关于提案的答复\n曾委员:\n按照县政府平政发〔2019〕3号文件执行。',
      [['平政发〔2019〕3号', '平江县人民政府']],
    ],
    [
      'a known code wins over the words before it',
      '平江县教育局关于提案的答复\n曾委员:\n根据市政府渝府发〔2019〕3号精神。',
      [['渝府发〔2019〕3号', '重庆市人民政府']],
    ],
  ])('%s', (_name, text, want) => {
    expect(extractText(text).citations.map((c) => [c.docNumber ?? c.title, c.issuer])).toEqual(want);
  });
});

test("渝办发: the Chongqing government general office's code before 渝府办发", () => {
  expect(issuerOfDocNumber('渝办发〔2004〕346号')).toBe('重庆市人民政府办公厅');
  expect(issuerOfDocNumber('渝委办发〔2020〕3号')).toBe('中共重庆市委办公厅');
});

test.each(['持献血者有效身份证件、《无偿献血证》及住院收费票据办理。', '凭《残疾人证》和《社会保障卡》享受优惠。'])(
  'a certificate or a card in 《》 is no document: %s',
  (text) => expect(cite(text)).toEqual([]),
);

test.each([
  [
    '您提出的《关于加强应急避难场所建设的建议》收悉。对《建议》提出的问题,我局高度重视。',
    [['关于加强应急避难场所建设的建议', null]],
  ],
  [
    '《国务院关于投资体制改革的决定》(国发〔2004〕20号,以下简称《决定》)指出,按照《决定》要求执行。',
    [['国务院关于投资体制改革的决定', '国发〔2004〕20号']],
  ],
])('a bare kind word in 《》 refers back; as a defined abbreviation it stands for its document: %s', (text, want) => {
  expect(cite(text).map(([t, n]) => [t, n])).toEqual(want);
});

describe('the order that published a cited rule, dated, in the parentheses after its title', () => {
  test.each<[string, Want[]]>([
    [
      '一、《常州市城市市容管理办法》(2016年12月1日常州市人民政府令第2号发布)',
      [['常州市城市市容管理办法', '常州市人民政府令第2号', '常州市人民政府']],
    ],
    [
      '《四川省水资源管理办法》(2010年5月4日四川省人民政府令第245号公布)同时废止。',
      [['四川省水资源管理办法', '四川省人民政府令第245号', '四川省人民政府']],
    ],
  ])('%s', (text, want) => expect(cite(text)).toEqual(want));
});

describe("a government gazette and an organ's website are no documents; a statistical communiqué is one", () => {
  test.each<[string, Want[]]>([
    ['免费赠阅《新疆维吾尔自治区人民政府公报》,并在《国务院公报》上刊登。', []],
    ['可登录《国家税务总局网》或《重庆市人民政府网》下载。', []],
    ['据《2020年重庆市国民经济和社会发展统计公报》显示。', [['2020年重庆市国民经济和社会发展统计公报', null, null]]],
  ])('%s', (text, want) => expect(cite(text)).toEqual(want));
});

describe("a central body's announcements numbered per year (…公告2018年第31号)", () => {
  test.each<[string, Want[]]>([
    [
      '根据《国家税务总局关于发布〈企业所得税政策〉的公告》(国家税务总局公告2018年第31号)规定。',
      [['国家税务总局关于发布〈企业所得税政策〉的公告', '国家税务总局公告2018年第31号', '国家税务总局']],
    ],
    ['按照海关总署公告2020年第52号执行。', [[null, '海关总署公告2020年第52号', '海关总署']]],
    // An announcement's own serial without a year is no number (关于…的公告 then 第1号 is a list item).
    ['发布如下公告:第1号为某某事项。', []],
  ])('%s', (text, want) => expect(cite(text)).toEqual(want));
});

describe('ingest/data/issuer-codes.json', () => {
  test('lists every code once', () => {
    const data = JSON.parse(readFileSync('ingest/data/issuer-codes.json', 'utf8')) as {
      codes: Array<{ code: string }>;
    };
    const seen = new Set<string>();
    const repeated = data.codes.map((c) => c.code).filter((c) => seen.size === seen.add(c).size);
    expect(repeated).toEqual([]);
  });
});

describe('a number broken over lines in text taken from a PDF', () => {
  test.each<[string, Want[]]>([
    [
      '依据《国务院\n关于印发打赢蓝天保卫战三年行动计划的通知》(国发〔\n\n2018 〕 22\n\n号)精神。',
      [['国务院关于印发打赢蓝天保卫战三年行动计划的通知', '国发〔2018〕22号', '国务院']],
    ],
    // A year in parentheses and a count on the next lines stay apart.
    ['全年(\n2018\n)共办理\n\n12\n件。', []],
  ])('%s', (text, want) => expect(cite(text)).toEqual(want));
});

describe('a known key inside a local code is part of it', () => {
  test.each<[string, Want[]]>([
    [
      '根据《关于成立工作组的通知》(沙卫创建办发〔2010〕1号)文件精神。',
      [['关于成立工作组的通知', '沙卫创建办发〔2010〕1号', null]],
    ],
    // After a body's name the known code is the body's own.
    ['根据市政府渝府办发〔2021〕142号文件。', [[null, '渝府办发〔2021〕142号', '重庆市人民政府办公厅']]],
  ])('%s', (text, want) => expect(cite(text)).toEqual(want));
});

describe('a title before a verb that issues another object is no document of this notice', () => {
  test.each([
    ['根据《重庆市促进科技成果转化条例》精神,现将实施方案印发给你们,请认真贯彻执行。', ['重庆市促进科技成果转化条例']],
    [
      '根据《重庆市促进科技成果转化条例》和《重庆市科技创新促进条例》,现将实施方案印发给你们。',
      ['重庆市促进科技成果转化条例', '重庆市科技创新促进条例'],
    ],
  ])('%s', (text, titles) => {
    expect(extractText(`各区县人民政府:\n${text}\n`).citations.map((c) => c.title)).toEqual(titles);
  });
});

describe("an approval's number: a land approval's code ending in 批, its number after 批准文号 in a document's form", () => {
  test.each<[string, string, [string | null, string][]]>([
    [
      'a province approving land expropriation',
      '咸安移动传输汇聚机房项目建设用地已经于2024年7月3日,经湖北省人民政府批复,批准文号为鄂政土批〔2024〕1083号。',
      [['鄂政土批〔2024〕1083号', 'basis']],
    ],
    [
      'a code ending in 批 cited by a basis cue',
      '根据川府土批〔2024〕108号,实施征收。',
      [['川府土批〔2024〕108号', 'basis']],
    ],
  ])('%s', (_name, text, want) => {
    expect(citationsOf(text, { resolveAgency: () => null }).map((c) => [c.docNumber, c.relation])).toEqual(want);
  });
});
