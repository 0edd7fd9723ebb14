// test/ingest/relation.test.ts — what a citing document does with each cited one, read from the governing words.
import { extractText } from '../../ingest/extract.ts';
import { resolveAgencyName } from '../../ingest/agencies.ts';
import { citationsOf } from './citation-fixture.ts';
import type { CitationInput } from '../../ingest/citations.ts';
import type { CitationRelation } from '../../ingest/model.ts';

/** [title or number, relation] per citation, in text order. */
function relations(text: string, extra: Partial<CitationInput> = {}): [string | null, CitationRelation][] {
  return citationsOf(text, extra).map((c) => [c.title ?? c.docNumber, c.relation]);
}

const one = (text: string): CitationRelation => relations(text)[0]![1];

describe('basis: the citing document acts under the cited one', () => {
  test.each<[string]>([
    ['根据《中华人民共和国突发事件应对法》,结合本市实际,制定本办法。'],
    ['依据《重庆市科技创新促进条例》有关规定,现将有关事项通知如下。'],
    ['依照国家《征信业管理条例》执行。'],
    ['按照《城口县农村公路建设管理十条措施》,农村公路由乡镇作主体实施。'],
    ['请遵照《重庆市科研项目管理办法》(渝科局发〔2023〕35号)办理。'],
    ['按重庆市体育局、重庆市财政局《关于印发重庆市城市体育公园资助管理办法的通知》(渝体〔2017〕252号)规定执行。'],
    ['根据国务院办公厅印发的《关于推进养老服务发展的意见》,制定本方案。'],
    ['按照渝府办发〔2022〕95号文件要求,做好申报工作。'],
    ['经国务院批准的《成渝地区双城经济圈建设规划纲要》明确了目标。'],
    // A basis label opening the line of titles; a title set as the fundamental rule to follow.
    ['有关依据:《中华人民共和国环境保护法》《中华人民共和国长江保护法》'],
    ['朝天门街道以《中华人民共和国政府信息公开条例》为根本遵循,始终秉持以人为本。'],
  ])('%s', (text) => expect(one(text)).toBe('basis'));
});

describe('implements: the citing document carries the cited one out', () => {
  test.each<[string]>([
    ['为深入贯彻落实《国务院办公厅关于推进养老服务发展的意见》(国办发〔2019〕5号),制定本方案。'],
    ['以贯彻《中华人民共和国促进科技成果转化法》在我市落实落地为主线。'],
    ['下一步,我们将认真贯彻落实《关于进一步促进科技成果转化的实施意见》等文件。'],
    ['要求严格落实《食品法》等法律法规的规定。'],
    [
      '持续抓好《中共中央国务院关于促进民营经济发展壮大的意见》以及《重庆市促进民营经济高质量发展的实施意见》贯彻落实。',
    ],
    ['认真落实市第十四届人民代表大会第四次会议审议通过的《政府工作报告》有关要求。'],
    ['湖北省人民政府办公厅关于分解落实《政府工作报告》的通知'],
  ])('%s', (text) => expect(one(text)).toBe('implements'));
});

describe('amends and repeals: only where this document performs the act', () => {
  test.each<[string, CitationRelation]>([
    ['住房城乡建设部决定对《房屋建筑和市政基础设施工程施工招标投标管理办法》(建设部令第89号)作如下修改:', 'amends'],
    ['国务院关于修改《全国年节及纪念日放假办法》的决定', 'amends'],
    ['重庆市市场监督管理局关于修订印发《重庆市食品经营许可管理实施办法》的通知', 'amends'],
    ['本办法自2001年1月1日起施行。由省政府办公厅印发的《安徽省行政机关公文处理实施细则》同时废止。', 'repeals'],
    ['《重庆市食品经营许可管理实施办法》(渝食药监餐饮〔2016〕8号)同时废止。', 'repeals'],
    ['《关于加强科技计划项目管理的通知》(渝科局发〔2015〕12号)自本办法施行之日起废止。', 'repeals'],
    ['原《重庆市科技项目资金管理办法》不再执行。', 'repeals'],
    ['市政府关于废止《重庆市城市道路管理办法》的决定', 'repeals'],
    // The area the act applies in between the title and its predicate; 停止适用 and 作废 repeal too.
    ['《四川省〈代表法〉实施办法》在重庆市辖区停止适用。', 'repeals'],
    ['《本市城市绿化管理办法》在本市行政区域内同时作废。', 'repeals'],
    ['《关于加强科技计划项目管理的通知》不再适用。', 'repeals'],
    // A count of the documents a list sums up between the title and its predicate; 失效 declares them lapsed.
    ['二、《花垣县人民政府办公室关于印发〈行政许可事项清单〉的通知》等4件规范性文件失效。', 'repeals'],
    ['三、《关于印发〈实施细则(试行)〉的通知》等2件规范性文件废止。', 'repeals'],
  ])('%s → %s', (text, want) => expect(one(text)).toBe(want));
});

describe('mentions: issuing, reporting, referring, listing', () => {
  test.each<[string]>([
    ['2020年修订出台《重庆市促进科技成果转化条例》,将成果转化作为专章。'],
    ['原《中华人民共和国合同法》已废止。'],
    ['市人大常委会修订了《重庆市科技创新促进条例》。'],
    ['新修订的《重庆市科技创新促进条例》,将知识价值信用贷款固化为法规条款。'],
    ['市政府办公厅印发《重庆市高质量孵化载体建设实施方案(2021—2025年)》。'],
    ['川渝两省市政府印发实施《重庆都市圈发展规划》。'],
    ['共同签订实施《成渝地区双城经济圈建设教育协同发展框架协议》。'],
    ['本规定未尽事宜,参照《国务院工作规则》执行。'],
    ['具体申报要求详见《2023年度重庆市科技计划项目申报指南》。'],
    ['配合开展《重庆市促进科技成果转化条例》执法检查。'],
    ['区委、区府批准实施《铜梁区乡村振兴规划》。'],
    ['《关于促进农村产业发展的指导意见》(铜委农组〔2024〕1号)文件明确,加大扶持力度。'],
  ])('%s', (text) => expect(one(text)).toBe('mentions'));
});

describe('a list of titles governed by one verb all take it', () => {
  test('依据 before fifteen titles joined by nothing, 、 and 以及', () => {
    const text =
      '依据《中华人民共和国突发事件应对法》《中华人民共和国传染病防治法》以及《突发公共卫生事件应急条例》《医疗机构管理条例》、《国家突发公共事件医疗卫生救援应急预案》等法律、法规及有关规定,制定本预案。';
    expect(relations(text).map(([, r]) => r)).toEqual(['basis', 'basis', 'basis', 'basis', 'basis']);
  });
  test('numbers in parentheses and an agency between two titles do not break the list', () => {
    const text =
      '根据中共中央办公厅、国务院办公厅《关于加强新时代高技能人才队伍建设的意见》(中办发〔2022〕58号)和人力资源社会保障部等七部门《关于实施高技能领军人才培育计划的通知》(人社部发〔2024〕29号)精神,制定如下实施意见。';
    expect(relations(text).map(([, r]) => r)).toEqual(['basis', 'basis']);
  });
  test.each([
    '依据《中华人民共和国水法》、《中华人民共和国防洪法》,以及《广西壮族自治区洪涝灾害应急预案》,结合我乡实际,制定本预案。',
    '根据《中华人民共和国突发事件应对法》和国家、省防汛防台抗旱相关法律法规,以及《浙江省防汛防台抗旱应急预案》、《丽水市防汛防台抗旱应急预案》等有关规定,制定本预案。',
  ])('以及 after a comma goes on with the list: %s', (text) => {
    expect(new Set(relations(text).map(([, r]) => r))).toEqual(new Set(['basis']));
  });
  test('a comma without 以及 still ends the clause', () => {
    const text = '根据《中华人民共和国防洪法》做好准备,《广西壮族自治区洪涝灾害应急预案》已印发。';
    expect(relations(text).map(([, r]) => r)).toEqual(['basis', 'mentions']);
  });
});

describe("a list's items may open with their issuer after a comma", () => {
  test('根据《A》、《B》,国务院《C》,建设部《D》和《E》: one list', () => {
    const text =
      '根据《中华人民共和国城市规划法》、《中华人民共和国行政处罚法》,国务院《城市绿化条例》、《城市市容和环境卫生管理条例》,建设部《城建监察规定》和《甘肃省城市市容和环境卫生管理办法》(甘肃省人民政府令第12号)等有关法律法规和规章,制定本规定。';
    expect(relations(text).map(([, r]) => r)).toEqual(['basis', 'basis', 'basis', 'basis', 'basis', 'basis']);
  });
  test('blanks around a joiner do not end the list: 《A》、 国务院《B》、国家安监总局《C》', () => {
    const text =
      '1.2 编制依据\n\n根据《中华人民共和国安全生产法》、《中华人民共和国煤炭法》、 国务院《生产安全事故报告和调查处理条例》、国家安监总局《煤矿生产安全事故报告和调查处理规定》(安监总政法〔2008〕212号)、 《山西省安全生产条例》等,编制本预案。';
    expect(relations(text).map(([, r]) => r)).toEqual(['basis', 'basis', 'basis', 'basis', 'basis']);
  });
  test('a clause after the comma is no item: 根据《A》,国务院印发《B》', () => {
    const text = '根据《中华人民共和国城市规划法》,国务院印发《城市绿化条例》后,本市作了部署。';
    expect(relations(text).map(([, r]) => r)).toEqual(['basis', 'mentions']);
  });
});

describe('the strongest relation over all clauses wins, with its clause as evidence', () => {
  test('出台 (mentions), then 贯彻落实 (implements) → implements', () => {
    const text =
      '今年我局出台《关于进一步促进科技成果转化的实施意见》(渝科局发〔2023〕42号)。下一步,我们将贯彻落实《关于进一步促进科技成果转化的实施意见》等文件。';
    const [c] = citationsOf(text, { resolveAgency: () => null });
    expect(c!.relation).toBe('implements');
    expect(c!.relationEvidence!.quote).toContain('贯彻落实');
  });
  test('根据 outranks 落实', () => {
    expect(
      one(
        '根据《重庆市促进民营经济高质量发展的若干措施》,制定本方案。各单位要落实《重庆市促进民营经济高质量发展的若干措施》工作要求。',
      ),
    ).toBe('basis');
  });
});

describe('amending and repealing decisions, article by article', () => {
  test.each<[string, CitationRelation]>([
    ['一、废止《重庆市城市房屋拆迁管理条例》。', 'repeals'],
    ['将《重庆市科技创新促进条例》第三条第二款修改为:', 'amends'],
    ['对《重庆市科技创新促进条例》的部分条款作如下修改:', 'amends'],
    ['各地要以《中华人民共和国安全生产法》为依据,开展检查。', 'basis'],
    ['2020年市政府废止了《重庆市城市道路管理办法》。', 'mentions'],
    // A plan that is itself the revision of an earlier one amends it.
    ['在对《天津市冷链物流发展规划(2018-2025年)》修订的基础上,制定形成本实施方案。', 'amends'],
    ['本办法在《某某管理办法》修改的基础上形成。', 'amends'],
  ])('%s → %s', (text, want) => expect(one(text)).toBe(want));
});

describe("a list of titles under a lead line takes the lead's relation", () => {
  test('下列文件同时废止: then one title per line', () => {
    const text =
      '第三十条 本办法自2021年1月1日起施行。下列文件同时废止:\n1.《重庆市科技计划项目管理办法》(渝科局发〔2016〕1号)\n2.《重庆市科技计划项目验收管理办法》\n';
    expect(relations(text).map(([, r]) => r)).toEqual(['repeals', 'repeals']);
  });
  test('本办法依据下列法律法规制定: then items', () => {
    const text =
      '本预案依据下列法律法规制定:\n(一)《中华人民共和国突发事件应对法》\n(二)《突发公共卫生事件应急条例》\n';
    expect(relations(text).map(([, r]) => r)).toEqual(['basis', 'basis']);
  });
  test('a heading that is no lead leaves the items as mentions', () => {
    const text = '附件:\n1.《重庆市科技计划项目管理办法》\n';
    expect(relations(text).map(([, r]) => r)).toEqual(['mentions']);
  });
});

describe('执行 and its negations before a title', () => {
  test.each<[string, CitationRelation]>([
    ['自本通知印发之日起,停止执行《重庆市科技型企业培育管理办法》。', 'repeals'],
    ['继续执行《重庆市科技型企业培育管理办法》。', 'implements'],
    ['暂缓执行《重庆市科技型企业培育管理办法》有关条款。', 'mentions'],
  ])('%s → %s', (text, want) => expect(one(text)).toBe(want));
});

describe('titles listed under a basis heading', () => {
  test('(二)编制依据 then numbered titles → basis', () => {
    const text = '(二)编制依据\n1.《中华人民共和国突发事件应对法》\n2.《突发公共卫生事件应急条例》\n';
    expect(relations(text).map(([, r]) => r)).toEqual(['basis', 'basis']);
  });

  test.each<[string, string]>([
    [
      'a section number (1.2) over (1) items',
      '1.2 编制依据\n(1)《中华人民共和国突发事件应对法》;\n(2)《突发事件应急预案管理办法》;\n',
    ],
    ['a section number glued to its heading', '2.1依据\n1.《中华人民共和国安全生产法》\n2.《生产安全事故应急条例》\n'],
    [
      'a lead clause acting under laws and rules, then a colon',
      '依据安全生产、自然灾害等突发事件有关法律法规及规范性文件,编制本预案:\n(1)《中华人民共和国突发事件应对法》\n(2)《重庆市突发事件应对条例》\n',
    ],
    [
      'a lead clause naming the documents it follows',
      '根据以下法律、法规和文件,结合我镇实际,制定本预案:\n1.《中华人民共和国森林法》\n2.《森林防火条例》\n',
    ],
    [
      'a later clause of the sentence acting on this basis (据此)',
      '国务院《城市房屋拆迁管理条例》和《湖南省实施<城市房屋拆迁管理条例>办法》已分别于2001年11月1日和2002年9月1日施行,据此,市人民政府对有关文件进行了清理。\n',
    ],
    [
      'the spirit of two titles set as the basis',
      '本预案以《中华人民共和国突发事件应对法》和《湖南省人民政府办公厅关于进一步贯彻落实<中华人民共和国突发事件应对法>的通知》的精神为依据\n',
    ],
  ])('%s → basis', (_, text) => {
    expect(relations(text).map(([, r]) => r)).toEqual(['basis', 'basis']);
  });

  test.each<[string, string, CitationRelation]>([
    // A decision's section heading counting the rules it repeals or amends leads the items under it.
    [
      'a section repealing a count of rules',
      '江西省人民政府关于废止4件和修改16件省政府规章的决定\n省政府对现行有效的省政府规章进行了清理。\n一、废止4件省政府规章\n(一)江西省行政事业性收费票据管理规定(1997年6月28日江西省人民政府令第55号公布)。\n',
      'repeals',
    ],
    [
      'a section amending a count of rules',
      '一、修改16件省政府规章\n(一)将《江西省城市房屋安全管理办法》第五条修改为:\n',
      'amends',
    ],
    [
      'a section repealing the rules listed below',
      '一、废止下列省人民政府规章\n(一)《湖南省著名商标认定与保护办法》(2001年3月19日省人民政府公布)\n',
      'repeals',
    ],
    [
      'a section amending the rules listed below',
      '二、修改以下规章\n(一)《湖南省水上交通安全管理办法》第五条修改为:\n',
      'amends',
    ],
    // A heading that reports a count (`清理规章20件`) acts on nothing.
    ['a count reported, no act', '一、清理省政府规章20件\n(一)《江西省城市房屋安全管理办法》\n', 'mentions'],
    // A lead acting under a work plan, not under documents, lists no basis.
    [
      'a lead acting under arrangements',
      '根据工作安排,现将有关事项通知如下:\n1.《重庆市森林防火条例》宣传活动。\n',
      'mentions',
    ],
    // Only the paragraph's last sentence leads: an earlier sentence's basis is not the list's.
    [
      'a decision repealing after a sentence of basis',
      '依照《中华人民共和国行政许可法》等有关法律、法规,省政府对规章进行了清理。经过清理,省政府决定废止以下规章:\n一、山东省信访规定(省政府令第114号)。\n',
      'repeals',
    ],
  ])('%s → %s', (_, text, want) => {
    expect(relations(text).at(-1)![1]).toBe(want);
  });
});

describe('items of a numbered list under a lead clause take its relation until the list ends', () => {
  /** [title, docNumber, relation] per citation. */
  function items(text: string, jurisdiction: string, date: string): [string | null, string | null, CitationRelation][] {
    return citationsOf(text, { resolveAgency: (s) => resolveAgencyName(s, { jurisdiction, date }) }).map((c) => [
      c.title,
      c.docNumber,
      c.relation,
    ]);
  }

  test.each<[string, string, string, [string | null, string | null, CitationRelation][]]>([
    // Unquoted names with their numbers in parentheses, numeral markers; the list ends at a line with no marker.
    [
      '山东',
      '2016-04-28',
      '省政府决定废止以下规章:\n一、山东省信访规定(省政府令第114号)。\n二、山东省城市房地产交易管理办法(鲁政发〔1983〕90号)。\n本决定自公布之日起施行。\n',
      [
        ['山东省信访规定', '省政府令第114号', 'repeals'],
        ['山东省城市房地产交易管理办法', '鲁政发〔1983〕90号', 'repeals'],
      ],
    ],
    // 下列 … 和规范性文件, digit markers, a title in 《》 and an unquoted one.
    [
      '重庆',
      '2019-06-01',
      '现决定废止下列规章和规范性文件:\n1.《重庆市科技计划项目管理办法》(渝府发〔2010〕3号)\n2. 重庆市科技奖励办法实施细则(渝府办发〔2012〕45号)\n',
      [
        ['重庆市科技计划项目管理办法', '渝府发〔2010〕3号', 'repeals'],
        ['重庆市科技奖励办法实施细则', '渝府办发〔2012〕45号', 'repeals'],
      ],
    ],
    // An amending decision: 决定对下列规章予以修改, parenthesized markers.
    [
      '湖北',
      '2014-09-01',
      '省人民政府决定对下列规章予以修改:\n(一)湖北省实施《中华人民共和国森林法》办法(省人民政府令第192号)\n(二)湖北省档案管理规定(鄂政发〔2004〕9号)\n',
      [
        ['湖北省实施《中华人民共和国森林法》办法', '省人民政府令第192号', 'amends'],
        ['中华人民共和国森林法', null, 'implements'],
        ['湖北省档案管理规定', '鄂政发〔2004〕9号', 'amends'],
      ],
    ],
    // 现将…予以废止的文件目录公布如下: a name that is no document's kind keeps no title, still repealed by its number.
    [
      '四川',
      '2018-03-01',
      '经清理,现将决定予以废止的文件目录公布如下:\n1.关于加强全省科技工作的通知(川府发〔2008〕12号)\n2.关于做好全省科技工作(川府办发〔2009〕7号)\n',
      [
        ['关于加强全省科技工作的通知', '川府发〔2008〕12号', 'repeals'],
        [null, '川府办发〔2009〕7号', 'repeals'],
      ],
    ],
  ])('%s %s', (jurisdiction, date, text, want) => expect(items(text, jurisdiction, date)).toEqual(want));

  test.each<[string, string, [string | null, string | null, CitationRelation][]]>([
    // The date an order was made stands before its number in the parentheses.
    [
      '各市人民政府:\n省政府决定,对下列规章予以废止:\n一、山东省信访规定(1996年10月14日山东省人民政府令第71号公布)\n二、山东省矿产资源管理规定(山东省人民政府令第114号)\n',
      '山东',
      [
        ['山东省信访规定', '山东省人民政府令第71号', 'repeals'],
        ['山东省矿产资源管理规定', '山东省人民政府令第114号', 'repeals'],
      ],
    ],
    // A heading naming the list leads it without a colon.
    [
      '各市人民政府:\n附件\n省政府决定废止的规范性文件目录\n1.关于加强农村工作的通知(鲁政发〔2005〕12号)\n2.山东省农村工作办法(鲁政办发〔2006〕3号)\n',
      '山东',
      [
        ['关于加强农村工作的通知', '鲁政发〔2005〕12号', 'repeals'],
        ['山东省农村工作办法', '鲁政办发〔2006〕3号', 'repeals'],
      ],
    ],
    [
      '各区县人民政府:\n决定修改的规章目录\n(一)重庆市道路运输管理办法(重庆市人民政府令第88号)\n(二)重庆市水资源管理条例实施细则(重庆市人民政府令第99号)\n',
      '重庆',
      [
        ['重庆市道路运输管理办法', '重庆市人民政府令第88号', 'amends'],
        ['重庆市水资源管理条例实施细则', '重庆市人民政府令第99号', 'amends'],
      ],
    ],
    // An annex heading naming the kind of documents decided on (no 目录, no colon).
    [
      '附件1\n省人民政府决定废止的省政府规章\n一、《山西省肥料管理办法》\n二、《山西省散装水泥促进办法》\n附件2\n省人民政府决定修改的省政府规章\n一、《山西省城市绿化实施办法》\n将第十四条改为:“任何单位不得擅自砍伐树木。”\n',
      '山西',
      [
        ['山西省肥料管理办法', null, 'repeals'],
        ['山西省散装水泥促进办法', null, 'repeals'],
        ['山西省城市绿化实施办法', null, 'amends'],
      ],
    ],
    // 以下3件规章: the lead counts the items.
    [
      '各市州人民政府:\n经研究,决定对以下3件规章予以废止:\n(一)湖南省信访规定(湘政发〔2001〕14号)\n(二)湖南省渔业办法(湘政发〔2002〕5号)\n',
      '湖南',
      [
        ['湖南省信访规定', '湘政发〔2001〕14号', 'repeals'],
        ['湖南省渔业办法', '湘政发〔2002〕5号', 'repeals'],
      ],
    ],
    // A lead listing requirements, with no act of the document on the titles below it.
    [
      '各区县人民政府:\n请对照以下标准修改完善相关制度:\n1.《重庆市科技计划项目管理办法》\n2.《重庆市科技奖励办法》\n',
      '重庆',
      [
        ['重庆市科技计划项目管理办法', null, 'mentions'],
        ['重庆市科技奖励办法', null, 'mentions'],
      ],
    ],
    // A proposal to repeal (a draft's list) is no act of the document.
    [
      '各有关单位:\n拟废止的规范性文件目录如下:\n1.关于加强全省科技工作的通知(川府发〔2008〕12号)\n',
      '四川',
      [['关于加强全省科技工作的通知', '川府发〔2008〕12号', 'mentions']],
    ],
  ])('%s', (text, jurisdiction, want) => expect(items(text, jurisdiction, '2016-04-28')).toEqual(want));

  test.each<[string, string, [string | null, string | null, CitationRelation][]]>([
    // A list set as a table: pages render one cell per line ending with ` |`; the caption above the cells leads.
    [
      '各市人民政府:\n附件\n省政府决定废止的规范性文件目录\n序号 |\n文件名称 |\n文号 |\n1 |\n关于加强农村工作的通知 |\n鲁政发〔2005〕12号 |\n2 |\n《山东省农村工作办法》 |\n鲁政办发〔2006〕3号 |\n',
      '山东',
      [
        ['关于加强农村工作的通知', '鲁政发〔2005〕12号', 'repeals'],
        ['山东省农村工作办法', '鲁政办发〔2006〕3号', 'repeals'],
      ],
    ],
    [
      '各区县人民政府:\n决定修改的规范性文件目录\n序号 |\n文件名称 |\n发文单位 |\n文号 |\n1 |\n重庆市科技型企业认定办法 |\n市科技局 |\n渝科局发〔2017〕12号 |\n',
      '重庆',
      [[null, '渝科局发〔2017〕12号', 'amends']],
    ],
    // A table under a caption that is no lead: mentions.
    [
      '各市人民政府:\n附件\n2023年工作台账\n序号 |\n文件名称 |\n文号 |\n1 |\n关于加强农村工作的通知 |\n鲁政发〔2005〕12号 |\n',
      '山东',
      [['关于加强农村工作的通知', '鲁政发〔2005〕12号', 'mentions']],
    ],
  ])('table: %s', (text, jurisdiction, want) => expect(items(text, jurisdiction, '2016-04-28')).toEqual(want));

  test.each<[string, string, [string | null, string | null, CitationRelation][]]>([
    // A list run into one paragraph: each item opens with its marker after the lead's colon or the item before.
    [
      '各市人民政府:\n省政府决定废止以下规章:一、山东省信访规定(省政府令第114号);二、山东省渔业办法(鲁政发〔1983〕90号)。本决定自公布之日起施行。\n',
      '山东',
      [
        ['山东省信访规定', '省政府令第114号', 'repeals'],
        ['山东省渔业办法', '鲁政发〔1983〕90号', 'repeals'],
      ],
    ],
    [
      '各区县人民政府:\n市政府决定对下列规章予以修改:(一)《重庆市科技奖励办法》(重庆市人民政府令第115号);(二)《重庆市信访条例》。\n',
      '重庆',
      [
        ['重庆市科技奖励办法', '重庆市人民政府令第115号', 'amends'],
        ['重庆市信访条例', null, 'amends'],
      ],
    ],
    // The first item run on after the lead's colon, the others on lines of their own.
    [
      '各市人民政府:\n省政府决定废止以下规章:一、山东省信访规定(省政府令第114号);\n二、山东省渔业办法(省政府令第115号);\n三、山东省档案管理规定(省政府令第116号)。\n',
      '山东',
      [
        ['山东省信访规定', '省政府令第114号', 'repeals'],
        ['山东省渔业办法', '省政府令第115号', 'repeals'],
        ['山东省档案管理规定', '省政府令第116号', 'repeals'],
      ],
    ],
    // A lead that performs no act on the items.
    [
      '各市州人民政府:\n现将有关事项通知如下:一、认真执行《湖南省渔业办法》(湘政发〔2002〕5号)。二、湖南省信访规定(湘政发〔2001〕14号)。\n',
      '湖南',
      [
        ['湖南省渔业办法', '湘政发〔2002〕5号', 'implements'],
        ['湖南省信访规定', '湘政发〔2001〕14号', 'mentions'],
      ],
    ],
  ])('inline: %s', (text, jurisdiction, want) => expect(items(text, jurisdiction, '2016-04-28')).toEqual(want));

  test('a decision repealing a hundred rules: every item takes the lead', () => {
    let text = '各市人民政府:\n省政府决定废止以下规章:\n';
    for (let i = 1; i <= 120; i++) text += `${i}.山东省第${i}项管理规定(鲁政发〔2001〕${i}号)\n`;
    text += '本决定自公布之日起施行。\n';
    const rel = items(text, '山东', '2016-04-28');
    expect(rel).toHaveLength(120);
    expect(new Set(rel.map(([, , r]) => r))).toEqual(new Set(['repeals']));
  });

  test('headings over parts of a list say what each part is (继续有效 / 废止 / 修改)', () => {
    const text =
      '各市人民政府:\n现将继续有效、废止和修改的规范性文件目录公布如下:\n' +
      '一、继续有效的规范性文件目录(共2件)\n1.关于加强农村工作的通知(鲁政发〔2005〕12号)\n2.山东省农村工作办法(鲁政办发〔2006〕3号)\n' +
      '二、决定废止的规范性文件目录(共1件)\n1.山东省渔业办法(鲁政发〔2001〕5号)\n' +
      '三、决定修改的规范性文件目录(共1件)\n1.山东省档案管理规定(鲁政发〔2002〕7号)\n';
    expect(items(text, '山东', '2016-04-28').map(([, n, r]) => [n, r])).toEqual([
      ['鲁政发〔2005〕12号', 'mentions'],
      ['鲁政办发〔2006〕3号', 'mentions'],
      ['鲁政发〔2001〕5号', 'repeals'],
      ['鲁政发〔2002〕7号', 'amends'],
    ]);
  });

  test('a line that is not an item ends the list: items after it are mentions', () => {
    const text =
      '省政府决定废止以下规章:\n一、山东省信访规定(省政府令第114号)。\n本决定自公布之日起施行。\n附:\n1.山东省档案管理规定(省政府令第90号)\n';
    expect(items(text, '山东', '2016-04-28').map(([, n, r]) => [n, r])).toEqual([
      ['省政府令第114号', 'repeals'],
      ['省政府令第90号', 'mentions'],
    ]);
  });

  test("an amended item's sub-items (another kind of marker) do not end the list", () => {
    const text =
      '市政府决定对下列规章予以修改:\n一、重庆市科技奖励办法(渝府令第100号)\n1.将第三条修改为:"市科技局负责…"\n2.删去第五条。\n二、重庆市科技计划管理办法(市政府令第120号)\n';
    expect(items(text, '重庆', '2019-06-01').filter(([, n]) => n === '市政府令第120号')).toEqual([
      ['重庆市科技计划管理办法', '市政府令第120号', 'amends'],
    ]);
  });

  test('a lead reporting an earlier act (下列文件已废止:) is no act of this document', () => {
    const text = '经查,下列文件已废止:\n1.《重庆市科技计划项目管理办法》(渝府发〔2010〕3号)\n';
    expect(items(text, '重庆', '2019-06-01')).toEqual([
      ['重庆市科技计划项目管理办法', '渝府发〔2010〕3号', 'mentions'],
    ]);
  });

  test('unquoted names outside a numbered list stay number-only citations', () => {
    expect(items('各区县人民政府:\n按照重庆市科技奖励办法(渝府发〔2010〕3号)执行。', '重庆', '2019-06-01')).toEqual([
      [null, '渝府发〔2010〕3号', 'mentions'],
    ]);
  });
});

describe('the items of an amending decision amend the documents they name', () => {
  // In a decision that amends (its title, or its lead `决定对下列…作如下修改:`), each item naming a document at the head
  // of its clause with a verb of amendment is this document's act.
  test.each<[string, string, string]>([
    [
      '山东省人民代表大会常务委员会关于修改部分地方性法规的决定',
      '1.在《山东省农村可再生能源条例》第七条中增加一项,作为第五项:“(五)生物质能源开发利用。”',
      '山东省农村可再生能源条例',
    ],
    [
      '湖南省人民政府关于修改部分规章的决定',
      '2.将《湖南省土地整理办法》第七条第五项修改为:“(五)土地整理。”',
      '湖南省土地整理办法',
    ],
    [
      '广东省人民代表大会常务委员会关于修改《广东省水资源管理条例》等十部地方性法规的决定',
      '三、删去《广东省河道管理条例》第二十条。',
      '广东省河道管理条例',
    ],
    [
      '国家发展和改革委员会关于修改部分规章的决定',
      '(四)《价格违法行为举报处理规定》第十二条修改为:“价格主管部门负责。”',
      '价格违法行为举报处理规定',
    ],
    ['四川省人民政府关于修正部分规章的决定', '一、对《四川省森林防火规定》作出修改', '四川省森林防火规定'],
  ])('%s: %s', (ownTitle, item, title) => {
    const got = relations(`${ownTitle}\n决定对下列规章作如下修改:\n${item}\n本决定自公布之日起施行。\n`, { ownTitle });
    expect(got.find(([t]) => t === title)?.[1]).toBe('amends');
  });

  test.each<[string]>([
    ['1.在《重庆市物业管理条例》第七条中增加一项。'],
    ['2.将《陕西省旅游条例》第八条中的“旅游局”修改为“文化和旅游厅”。'],
  ])('a lead without the title: %s', (item) => {
    const text = `市人民代表大会常务委员会第三次会议决定对下列地方性法规作如下修改:\n${item}\n`;
    expect(relations(text)[0]![1]).toBe('amends');
  });

  test.each<[string]>([
    // A report of someone else's amendment, not a decision that amends.
    ['关于2021年法规清理工作情况的报告\n国务院在《中华人民共和国森林法实施条例》第七条中增加一项。\n'],
    ['关于开展规章清理工作的通知\n删去《重庆市道路运输管理条例》第二十条后,各单位要做好衔接。\n'],
    // In an amending decision, a title that is not an item's head (the basis of the decision) keeps its relation.
    ['重庆市人民政府关于修改部分规章的决定\n根据《中华人民共和国行政处罚法》,市政府决定对下列规章作如下修改:\n'],
  ])('no amendment item: %s', (text) => {
    const ownTitle = text.slice(0, text.indexOf('\n'));
    expect(relations(text, { ownTitle })[0]![1]).not.toBe('amends');
  });
});

describe("another body's amendment reported in a document that does not amend stays mentions", () => {
  test.each<[string, string]>([
    [
      '关于2021年法规清理情况的报告\n2021年,省人大常委会将《山东省水资源条例》第二十条修改为新的表述。\n',
      '山东省水资源条例',
    ],
    [
      '关于地方性法规实施情况的报告\n去年,市人大常委会已对《重庆市道路运输管理条例》作出修改。\n',
      '重庆市道路运输管理条例',
    ],
    [
      '关于县十八届人大五次会议第20号建议的答复\n2022年,国务院已经将《建设工程质量管理条例》第十三条修改为新的规定。\n',
      '建设工程质量管理条例',
    ],
  ])('%s', (text, title) => {
    const ownTitle = text.slice(0, text.indexOf('\n'));
    expect(relations(text, { ownTitle }).find(([t]) => t === title)?.[1]).toBe('mentions');
  });

  test.each<[string, string]>([
    // This text's own decision without a decision title keeps amends.
    ['关于调整部分规章条款的通知\n市政府决定将《重庆市城市道路管理办法》第八条修改为:“…”\n', '重庆市城市道路管理办法'],
    ['关于调整收费标准的通知\n《重庆市物业服务收费管理办法》第十条修改为:“…”\n', '重庆市物业服务收费管理办法'],
  ])('%s', (text, title) => {
    const ownTitle = text.slice(0, text.indexOf('\n'));
    expect(relations(text, { ownTitle }).find(([t]) => t === title)?.[1]).toBe('amends');
  });
});

describe('a basis frame (根据 … 《A》要求) governs the title through a verb of issuing that only modifies it', () => {
  test.each<[string, CitationRelation]>([
    ['根据2017年区委、区府批准实施《綦江区新开通17条公交线路实施方案》要求,分期开通线路。', 'basis'],
    ['按照2020年市政府出台《重庆市科技型企业培育办法》的规定,办理认定。', 'basis'],
    ['依据省政府印发《四川省村务公开条例实施办法》有关规定执行。', 'basis'],
    // No frame noun, or no basis cue opening the clause: the verb of issuing governs.
    ['2017年区委、区府批准实施《綦江区公交线路实施方案》要求各镇配合。', 'mentions'],
    ['根据调研情况,市政府出台《重庆市公交发展规划》,明确了目标。', 'mentions'],
  ])('%s', (text, want) => expect(one(text)).toBe(want));
});

test('a number in parentheses after an unquoted title: what follows the parenthesis governs it', () => {
  const rel = extractText(
    '某市人民政府关于修改部分文件的决定\n各区人民政府:\n一、对.某市人民政府关于印发某办法的通知 .(长府发〔2018〕3号)作如下修改:\n删去第五条。\n二、对某市人民政府关于印发某规定的通知(长府发〔2019〕8号)予以废止。',
  ).citations.map((c) => [c.docNumber, c.relation]);
  expect(rel).toEqual([
    ['长府发〔2018〕3号', 'amends'],
    ['长府发〔2019〕8号', 'repeals'],
  ]);
});

describe('a cue inside an organ name governs nothing; a cue left of an attributive approval governs the title', () => {
  test.each<[string, string]>([
    [
      '为贯彻落实人力资源社会保障部、中央机构编制委员会办公室、国家发展改革委、民政部、财政部《关于进一步健全就业公共服务体系的意见》(人社部发〔2025〕21号),特制定本方案。',
      'implements',
    ],
    ['根据党中央、国务院批准的《重庆市机构改革方案》,市委、市政府组建了新的机构。', 'basis'],
    ['经国务院批准的《某省国土空间规划》已印发。', 'basis'],
    ['党中央、国务院批准的《重庆市机构改革方案》明确了任务。', 'mentions'],
  ])('%s', (sentence, relation) => {
    const c = extractText('重庆市某局关于印发某方案的通知\n各区县:\n' + sentence).citations;
    expect(c.map((x) => x.relation)).toEqual([relation]);
  });
});

test("a table flattened to blank-separated rows under a repeal caption: a row's document is repealed, its note's are not", () => {
  const text =
    '某市人民政府关于废止部分政策性文件的决定\n经过清理,市政府决定对28件文件予以废止。\n附件1:某市人民政府决定废止的政策性文件目录(28件)\n序号 文件名称 发布机关及文号 说明\n1 关于城市规划建设管理规定的通知 达市府发〔2000〕65号 1、制定依据发生了重大变化。(新的《城乡规划法》正式实施后,原《城市规划法》已废止)\n2、已制定了新的城市规划政策。\n2 关于加强城区管理的通知 达市府发〔2001〕12号 调整对象已消失。';
  const rel = Object.fromEntries(extractText(text).citations.map((c) => [c.docNumber ?? c.title, c.relation]));
  expect(rel).toMatchObject({
    '达市府发〔2000〕65号': 'repeals',
    '达市府发〔2001〕12号': 'repeals',
    城乡规划法: 'mentions',
    城市规划法: 'mentions',
  });
});

describe('将/把 before the titles and a verb of carrying them out after them', () => {
  test.each<[string, CitationRelation[]]>([
    [
      '将《2023年全县法治政府建设工作要点》和《重庆市法治政府建设指标体系》逐一分解落实到科室。',
      ['implements', 'implements'],
    ],
    ['把《重庆市法治政府建设实施方案》贯彻落实到位。', ['implements']],
    // A report on how it was carried out decides nothing about it.
    ['将《重庆市法治政府建设实施方案》落实情况报送县司法局。', ['mentions']],
  ])('%s', (text, want) => {
    expect(relations(text).map(([, r]) => r)).toEqual(want);
  });
});

describe('按照 … (number) 要求: the frame reaches over a long title to the number in parentheses after it', () => {
  test('a title that lost its 《, its number in parentheses, then 要求', () => {
    const text =
      '为全面落实健康中国战略,按照全国卫生与健康大会精神和中共中央、国务院关于印发<“健康中国2030”规划纲要>的通知》(中发〔2016〕23号)要求,结合重庆实际,编制本规划。';
    expect(relations(text).map(([, r]) => r)).toEqual(['basis']);
  });
});

describe('根据 + the body that issued the title + its verb of issuing: the cue governs the title', () => {
  test.each<[string, CitationRelation]>([
    ['根据河北省民政厅发布《河北省(街道)设立标准》(冀民〔2019〕99号),我县两个乡撤乡设镇。', 'basis'],
    ['按照市政府印发的《某市城市管理办法》,开展专项整治。', 'basis'],
    // Without the cue the verb only reports the act.
    ['省民政厅发布《河北省(街道)设立标准》。', 'mentions'],
  ])('%s → %s', (text, want) => expect(one(text)).toBe(want));
});

describe('a verb opening its line right before the title acts on it', () => {
  test.each<[string, CitationRelation]>([
    [
      '二、修改5件部门规章\n\n  修改《社会艺术水平考级管理办法》(文化部令第31号,2004年7月1日发布)\n\n  将第四条修改为“…”。',
      'amends',
    ],
    ['(二)修订《某市城市管理办法》\n', 'amends'],
    // Mid-sentence 修改 is a verb of drafting, not this document's act.
    ['会议要求修改《某市城市管理办法》。', 'mentions'],
  ])('%s → %s', (text, want) => expect(one(text)).toBe(want));
});

describe('对《A》 … a verb that rewrites part of it later in the sentence: the document amends A', () => {
  test.each<[string, CitationRelation]>([
    [
      '对《国家税务总局关于印发〈外商投资企业采购国产设备退税管理试行办法〉的通知》(国税发[1999]171号)第三章第六条第五款“外经贸部项目批准书复印件”内容,现修订为“外经贸部及其授权主管部门批准的项目批准书复印件”。',
      'amends',
    ],
    ['对《某市城市管理办法》第八条作如下修改:', 'amends'],
    // A sentence end stops the search; 对 with any other predicate only speaks of the title.
    ['对《某市城市管理办法》开展检查。检查标准修改为新的标准。', 'mentions'],
    ['对《某市城市管理办法》的贯彻情况进行督查。', 'mentions'],
  ])('%s → %s', (text, want) => expect(one(text)).toBe(want));

  test('an amendment another body made, reported in a reply, stays mentions', () => {
    const text =
      '关于县十八届人大五次会议第20号建议的答复\n2022年,国务院对《建设工程质量管理条例》第十三条修改为新的规定。\n';
    const ownTitle = text.slice(0, text.indexOf('\n'));
    expect(relations(text, { ownTitle }).find(([t]) => t === '建设工程质量管理条例')?.[1]).toBe('mentions');
  });
});

describe('a cue word inside the name of a document (实施条例, 执行标准) governs nothing', () => {
  test.each<[string, CitationRelation[]]>([
    [
      '根据《中华人民共和国审计法》及其实施条例、《国务院关于加强审计工作的意见》等规定要求,制定本办法。',
      ['basis', 'basis'],
    ],
    ['按照《某市城市管理条例》及其实施细则、《某市市容管理办法》,开展整治。', ['basis', 'basis']],
    // The verb itself still governs (`实施《A》`).
    ['认真组织实施《某市城市管理办法》。', ['implements']],
  ])('%s', (text, want) => {
    expect(relations(text).map(([, r]) => r)).toEqual(want);
  });
});

describe("a decision's amendment items: cut above its title, or quoting old wording with sentences of its own", () => {
  test('numbered 对《X》作出修改 items with no title above', () => {
    const x = extractText(
      '一、对《湖北省司法鉴定管理条例》作出修改\n删去第三十条。\n二、对《湖北省社会治安综合治理条例》作出修改\n删去第十九条第二项。\n',
    );
    expect(x.citations.map((c) => [c.title, c.relation])).toEqual([
      ['湖北省司法鉴定管理条例', 'amends'],
      ['湖北省社会治安综合治理条例', 'amends'],
    ]);
  });
  test('将《X》第二十五条中的“…。…”修改为', () => {
    const x = extractText(
      '河南省人大常委会关于修改部分地方性法规的决定\n一、将《河南省信访条例》第二十五条第一款中的“信访人有第十二条行为之一的,由公安机关将其带离接待场所。情节严重的,依法处理”修改为“信访人有第十二条行为之一的,由公安机关依法处置”。\n',
    );
    expect(x.citations.map((c) => [c.title, c.relation])).toEqual([['河南省信访条例', 'amends']]);
  });
});
