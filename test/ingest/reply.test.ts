// test/ingest/reply.test.ts — the proposal a reply answers: kind, number, session, quoted title, proposer.
import { extractText } from '../../ingest/extract.ts';
import { isAbbreviationOf } from '../../ingest/header/abbreviation.ts';

type Want = {
  kind: string;
  number: string | null;
  session: string | null;
  title: string | null;
  proposer: string | null;
} | null;

function respondsTo(text: string): Want {
  const r = extractText(text).respondsTo;
  return r && { kind: r.kind, number: r.number, session: r.session, title: r.title, proposer: r.proposer };
}

describe('respondsTo', () => {
  test.each<[string, string, Want]>([
    [
      'CPPCC proposal reply',
      '重庆市科学技术局 关于市政协六届一次会议第0035号提案的复函\n市政协民建界别:\n你们提出的《关于破解科技成果转化难题助推成渝地区科创中心建设的建议》(第0035号提案)收悉。经与市教委等协办单位共同研究办理,现答复如下:',
      {
        kind: '提案',
        number: '0035',
        session: '市政协六届一次会议',
        title: '关于破解科技成果转化难题助推成渝地区科创中心建设的建议',
        proposer: '市政协民建界别',
      },
    ],
    [
      "people's congress suggestion reply, number only in parentheses",
      '重庆市科学技术局 关于市六届人大一次会议第0226号 建议办理情况的答复函\n周杭代表:\n你提出的《关于支持重庆国际生物城单独“立户”纳入国家开发区审核公告目录的建议》(第0226号)收悉。',
      {
        kind: '建议',
        number: '0226',
        session: '市六届人大一次会议',
        title: '关于支持重庆国际生物城单独“立户”纳入国家开发区审核公告目录的建议',
        proposer: '周杭代表',
      },
    ],
    [
      'session in the parenthetical too',
      '重庆市教育委员会关于市政协五届五次会议第0328号提案的复函\n段红光委员:\n您提出的《增强成渝双城经济圈科技成果影响力的建议》(市政协五届五次会议第0328号提案)收悉。',
      {
        kind: '提案',
        number: '0328',
        session: '市政协五届五次会议',
        title: '增强成渝双城经济圈科技成果影响力的建议',
        proposer: '段红光委员',
      },
    ],
    [
      '第N次 session form',
      '重庆市科学技术局 关于市五届人大第五次会议第0197号建议办理情况的答复函\n胡大章代表:\n《关于支持万盛经开区创建市级高新技术产业开发区的建议》(第0197号)收悉,经我局与市规划和自然资源局共同研究办理,现答复如下:',
      {
        kind: '建议',
        number: '0197',
        session: '市五届人大第五次会议',
        title: '关于支持万盛经开区创建市级高新技术产业开发区的建议',
        proposer: '胡大章代表',
      },
    ],
    [
      'no salutation, no 收悉 sentence',
      '重庆市人力资源和社会保障局\n\n关于市六届人大一次会议第1157号建议\n\n办理情况的答复函\n\n近年来,我市深入贯彻党的二十大精神。',
      { kind: '建议', number: '1157', session: '市六届人大一次会议', title: null, proposer: null },
    ],
    [
      'page metadata instead of a title (建议标题)',
      '建议标题: | 关于积极支持宜宾市申报“国家创新型试点城市”的建议 | ||||\n编号: | 12050094 | 建议类型: | 大会期间建议 |\n建议答复:\n温政敏代表:\n您好!您提出的《关于积极支持宜宾市申报“国家创新型试点城市》(第94号建议)收悉,感谢您的关心。',
      {
        kind: '建议',
        number: '94',
        session: null,
        title: '关于积极支持宜宾市申报“国家创新型试点城市',
        proposer: '温政敏代表',
      },
    ],
    [
      'full-width punctuation',
      '重庆市农业农村委员会关于市五届人大四次会议第1020号建议办理情况的答复函\n胥力代表：\n您提出的《关于支持城口乡村产业振兴的建议》（第1020号建议）收悉。经与市科技局共同研究办理，现将办理情况答复如下。',
      {
        kind: '建议',
        number: '1020',
        session: '市五届人大四次会议',
        title: '关于支持城口乡村产业振兴的建议',
        proposer: '胥力代表',
      },
    ],
    [
      'an unquoted proposal title',
      '重庆市教育委员会关于对市政协五届四次会议第0123号提案的答复\n九三学社市委:\n你单位提出的关于加强职业教育产教融合的提案(第0123号)已收悉。现答复如下:',
      {
        kind: '提案',
        number: '0123',
        session: '市政协五届四次会议',
        title: '关于加强职业教育产教融合的提案',
        proposer: '九三学社市委',
      },
    ],
    [
      'a quoted law inside an unquoted proposal title is not the proposal',
      '重庆市科学技术局关于市六届人大二次会议第0456号建议办理情况的答复函\n李四代表:\n您提出的关于贯彻《科学技术进步法》加快创新的建议(第0456号)收悉。',
      {
        kind: '建议',
        number: '0456',
        session: '市六届人大二次会议',
        title: '关于贯彻《科学技术进步法》加快创新的建议',
        proposer: '李四代表',
      },
    ],
    [
      'a proposal numbered by year and serial (8 digits)',
      '湖北省科学技术厅关于省政协十二届五次会议第20220156号提案的答复\n民盟湖北省委员会:\n你们提出的《关于加快科技成果就地转化的提案》(第20220156号提案)收悉。现答复如下:',
      {
        kind: '提案',
        number: '20220156',
        session: '省政协十二届五次会议',
        title: '关于加快科技成果就地转化的提案',
        proposer: '民盟湖北省委员会',
      },
    ],
    [
      'a notice is not a reply',
      '重庆市科学技术局关于编报《2021年农业科技园区年度报告》的通知\n各有关区县科技主管部门:\n根据要求,现将有关事项通知如下。',
      null,
    ],
  ])('%s', (_name, text, want) => expect(respondsTo(text)).toEqual(want));

  // Issue 7: other wordings of the proposal answered, on district and county sites of several provinces.
  test.each<[string, string, Want]>([
    [
      'a district CPPCC committee named in full',
      '重庆市梁平区农业农村委员会关于政协重庆市梁平区第十五届委员会第一次会议第119号提案的复函\n张三委员:\n您提出的《关于发展梁平柚产业的建议》(第119号)收悉。现答复如下:',
      {
        kind: '提案',
        number: '119',
        session: '政协重庆市梁平区第十五届委员会第一次会议',
        title: '关于发展梁平柚产业的建议',
        proposer: '张三委员',
      },
    ],
    [
      'a county CPPCC committee in another province',
      '关于对政协子洲县第十届委员会第二次会议第14号提案的复函\n崔银雷委员:\n现将您提出的关于加快建设乡村道路维修及维护的提案办理情况答复如下:',
      {
        kind: '提案',
        number: '14',
        session: '政协子洲县第十届委员会第二次会议',
        title: '关于加快建设乡村道路维修及维护的提案',
        proposer: '崔银雷委员',
      },
    ],
    [
      "a district people's congress, salutation without colon",
      '重庆市南川区住房和城乡建设委员会关于区十八届人大三次会议第194号建议的答复函\n尊敬的王永红代表\n您提出的《关于老旧小区改造继续给予电梯安装补贴的建议》(第194号)收悉。',
      {
        kind: '建议',
        number: '194',
        session: '区十八届人大三次会议',
        title: '关于老旧小区改造继续给予电梯安装补贴的建议',
        proposer: '尊敬的王永红代表',
      },
    ],
    [
      "the proposal's opening 《 lost",
      '巫山县交通运输局关于县政协十一届二次会议第95号提案的复函\n李四委员:\n你提出的关于加快农村公路建设的建议》(第95号)收悉。现答复如下:',
      {
        kind: '提案',
        number: '95',
        session: '县政协十一届二次会议',
        title: '关于加快农村公路建设的建议',
        proposer: '李四委员',
      },
    ],
    [
      'no 收悉: 您在…会议上提出的《X》的提案, 转交我局办理',
      '巫溪县人力资源和社会保障局关于县政协十一届二次会议第95号提案的复函\n日期:2023-07-06\n向胜飞委员\n您在县政协十一届一次会议上提出的《关于促进返乡农民工创业的几点建议》的提案,已转交我局办理。',
      {
        kind: '提案',
        number: '95',
        session: '县政协十一届二次会议',
        title: '关于促进返乡农民工创业的几点建议',
        proposer: '向胜飞委员',
      },
    ],
    [
      "a co-handler's letter numbering the suggestion before its title",
      '重庆市生态环境局关于市六届人大三次会议第0773号建议协办意见的函\n日期:2025-03-10\n市发展改革委\n现将市届人大次会议第0773号《关于将长寿区作为重庆市开发区条例实施示范区的建议》的协办意见函告如下,供答复代表时参考。',
      {
        kind: '建议',
        number: '0773',
        session: '市六届人大三次会议',
        title: '关于将长寿区作为重庆市开发区条例实施示范区的建议',
        proposer: null,
      },
    ],
    [
      "a district's lettered number (DH370)",
      '重庆市渝中区市场监督管理局关于区十九届人大五次会议DH370号建议办理情况的答复函\n陈凤琼代表:\n你提出的《关于加强渝中区赶场集市规范管理的建议》(DH370号)收悉。',
      {
        kind: '建议',
        number: 'DH370',
        session: '区十九届人大五次会议',
        title: '关于加强渝中区赶场集市规范管理的建议',
        proposer: '陈凤琼代表',
      },
    ],
    [
      'a title opening with 对 (provincial congress)',
      '对省十三届人大五次会议第1234号建议的答复\n张三代表:\n您提出的《关于加快发展县域经济的建议》收悉,现答复如下:',
      {
        kind: '建议',
        number: '1234',
        session: '省十三届人大五次会议',
        title: '关于加快发展县域经济的建议',
        proposer: '张三代表',
      },
    ],
    [
      'no session in the title: the sentence naming the proposal gives it',
      '关于王五代表所提建议的答复意见\n王五代表:\n您在区十八届人大二次会议上提出的《关于改善农村饮水的建议》(第56号)收悉。现答复如下。',
      {
        kind: '建议',
        number: '56',
        session: '区十八届人大二次会议',
        title: '关于改善农村饮水的建议',
        proposer: '王五代表',
      },
    ],
    [
      'the national CPPCC committee named in full',
      '关于政协第十四届全国委员会第一次会议第01234号(教育类123号)提案答复的函\n李委员:\n您提出的《关于职业教育的提案》收悉。',
      {
        kind: '提案',
        number: '01234',
        session: '政协第十四届全国委员会第一次会议',
        title: '关于职业教育的提案',
        proposer: '李委员',
      },
    ],
    [
      'a county proposal named without quotes, 期间提出的',
      '县政协十届三次会议第22号提案办理情况的答复\n赵委员:\n您在县政协十届三次会议期间提出的关于加快乡村旅游发展的提案收悉。',
      {
        kind: '提案',
        number: '22',
        session: '县政协十届三次会议',
        title: '关于加快乡村旅游发展的提案',
        proposer: '赵委员',
      },
    ],
    [
      "a mirror site's artefact before the salutation",
      '重庆市生态环境局关于市六届人大一次会议第1156号建议办理情况的答复函\n?陈卓代表:\n您提出的《关于加强川渝生态环境共建的建议》(第1156号)收悉。',
      {
        kind: '建议',
        number: '1156',
        session: '市六届人大一次会议',
        title: '关于加强川渝生态环境共建的建议',
        proposer: '陈卓代表',
      },
    ],
  ])('%s', (_name, text, want) => expect(respondsTo(text)).toEqual(want));

  // Salutations without a colon, several proposers, 《X》收悉 with or without 您提出的 and punctuation (Ningxia, Shaanxi,
  // Hubei, Chongqing counties and districts).
  test.each<[string, string, Want]>([
    [
      'two members joined by 、, no colon, 《X》收悉 alone (Ningxia county)',
      '盐池县教育体育局关于政协盐池县第十届委员会五次会议第49号提案的答复\n贺文国、佟金菊委员\n《关于加强农村学校建设的提案》收悉。现答复如下:\n一、加强建设。',
      {
        kind: '提案',
        number: '49',
        session: '政协盐池县第十届委员会五次会议',
        title: '关于加强农村学校建设的提案',
        proposer: '贺文国、佟金菊委员',
      },
    ],
    [
      'a number without 第, no punctuation after 收悉 (Shaanxi county)',
      '关于政协汉阴县第十届委员会二次会议8号提案的答复\n李四委员\n你们提出的《关于发展旅游业的提案》收悉现答复如下:\n一、加强。',
      {
        kind: '提案',
        number: '8',
        session: '政协汉阴县第十届委员会二次会议',
        title: '关于发展旅游业的提案',
        proposer: '李四委员',
      },
    ],
    [
      "no title at all: the deputy's title says 建议 (Hubei county)",
      '张三代表\n您提出的《关于改善农村道路的建议》收悉,现答复如下:\n一、加强道路养护。',
      { kind: '建议', number: null, session: null, title: '关于改善农村道路的建议', proposer: '张三代表' },
    ],
    [
      'three deputies, a number in parentheses, no title (Chongqing district)',
      '刘七、陈八、周九代表:\n你们提出的《关于加强食品安全监管的建议》(第0035号)收悉。',
      {
        kind: '建议',
        number: '0035',
        session: null,
        title: '关于加强食品安全监管的建议',
        proposer: '刘七、陈八、周九代表',
      },
    ],
    [
      'the county named before 政协 (Ningxia county)',
      '关于盐池县政协第十届委员会第五次会议第49号提案的答复\n王五委员:\n您提出的《关于加强农村学校建设的提案》收悉。',
      {
        kind: '提案',
        number: '49',
        session: '盐池县政协第十届委员会第五次会议',
        title: '关于加强农村学校建设的提案',
        proposer: '王五委员',
      },
    ],
    [
      'the place before 政协 in the sentence (Hubei county)',
      '王五委员\n您在恩施市政协第九届委员会第三次会议上提出的《关于发展茶产业的提案》(第12号)收悉。',
      {
        kind: '提案',
        number: '12',
        session: '恩施市政协第九届委员会第三次会议',
        title: '关于发展茶产业的提案',
        proposer: '王五委员',
      },
    ],
    [
      'an unquoted title before 收悉, no number (Hunan county)',
      '张三代表\n你提出的关于改善农村道路的建议收悉。现答复如下:\n一、加强道路养护。',
      { kind: '建议', number: null, session: null, title: '关于改善农村道路的建议', proposer: '张三代表' },
    ],
    [
      'a page label above the salutation, no punctuation after 收悉',
      '答复内容\n赵六委员\n你提出的《关于加快发展乡村旅游的提案》收悉\n经研究,现答复如下。',
      { kind: '提案', number: null, session: null, title: '关于加快发展乡村旅游的提案', proposer: '赵六委员' },
    ],
  ])('%s', (_name, text, want) => {
    expect(respondsTo(text)).toEqual(want);
    // the proposal answered is never a citation
    expect(extractText(text).citations).toEqual([]);
  });

  test.each([
    [
      'title on three lines',
      '重庆市渝北区商务委员会\n\n关于区政协十六届二次会议第148号\n\n提案的复函\n\n近年来,我委持续推进保供工作。',
    ],
    [
      'title under a metadata table',
      '[ 索引号 ] 11500000MB1633299M/2024-00125\n[ 发布机构 ] 重庆市渝中区市场监督管理局\n重庆市渝中区市场监督管理局\n关于区十九届人大五次会议第370号建议\n办理情况的答复函\n正文。',
    ],
  ])('evidence spans in text order: %s', (_name, text) => {
    const ev = extractText(text).respondsTo?.evidence;
    expect(ev).toBeTruthy();
    expect(ev!.start).toBeLessThanOrEqual(ev!.end);
    expect(text.slice(ev!.start, ev!.end)).toBe(ev!.text);
  });

  test('the proposal named without 收悉 is not a citation', () => {
    const x = extractText(
      '重庆市渝北区商务委员会关于区政协十六届二次会议第148号提案的复函\n汤卫星委员:\n您在区政协十六届二次会议上提出的《关于建立统一保供平台助力乡村振兴的建议》的提案,区政协转交我委办理。',
    );
    expect(x.citations).toEqual([]);
  });

  test('the proposal answered is not a citation and its session label names no agency', () => {
    const x = extractText(
      '重庆市科学技术局关于市政协六届一次会议第0012号提案的复函\n市社科联:\n你们提出的《关于推进我市创新链与产业链融合发展的建议》(第0012号)收悉。',
    );
    expect(x.citations).toEqual([]);
    expect(x.respondsTo?.evidence?.text).toBe('《关于推进我市创新链与产业链融合发展的建议》');
  });
});

describe("a reply's issuer: the text's full spelling over the page field's short name", () => {
  test.each([
    [
      'Ningxia county bureau, full name in the title line',
      '发布机构 盐池县教体局\n盐池县教育体育局关于政协盐池县第十届委员会五次会议第49号提案的答复\n王五委员:\n您提出的《关于加强农村学校建设的提案》收悉。',
      '盐池县教育体育局',
    ],
    [
      'Shaanxi county bureau, bracketed field',
      '[ 发布机构 ] 汉阴县住建局\n汉阴县住房和城乡建设局关于县十八届人大三次会议第12号建议的答复\n王五代表:\n您提出的《关于改善农村道路的建议》收悉。',
      '汉阴县住房和城乡建设局',
    ],
    [
      'Ningxia county, the full name only in the signature',
      '发布机构: 盐池县教体局\n关于政协盐池县第十届委员会五次会议第49号提案的答复\n王五委员:\n您提出的《关于加强农村学校建设的提案》收悉。现答复如下。\n盐池县教育体育局\n2023年6月1日',
      '盐池县教育体育局',
    ],
    [
      'Gansu county, 发改局 for 发展和改革局',
      '发布机构: 泾源县发改局\n泾源县发展和改革局关于政协泾源县第九届委员会三次会议第12号提案的答复\n王五委员:\n您提出的《关于发展肉牛产业的提案》收悉。',
      '泾源县发展和改革局',
    ],
  ])('%s', (_name, text, issuer) => expect(extractText(text).document.issuer).toBe(issuer));

  test.each([
    ['渝北区政府', '重庆市渝北区人民政府', true],
    ['盐池县教体局', '盐池县教育体育局', true],
    ['市科技局', '市科学技术局', true],
    ['盐池县财政局', '盐池县教育体育局', false],
    ['教育局', '教育委员会', false],
  ])('%s abbreviates %s: %s', (short, full, want) => expect(isAbbreviationOf(short, full)).toBe(want));
});

describe("a county office the roster does not list: the title line's spelling", () => {
  test.each([
    // A county of a municipality names its own organs without the municipality (agencies/own-county.ts).
    [
      'Chongqing county, as its own documents name it',
      '城口县交通运输委员会关于县十八届人大五次会议第36号建议的答复函\n王五代表:\n您提出的《关于改善农村道路的建议》收悉。',
      '城口县交通运输委员会',
    ],
    [
      'Ningxia county',
      '泾源县农业农村局关于政协泾源县第九届委员会三次会议第12号提案的答复\n王五委员:\n您提出的《关于发展肉牛产业的提案》收悉。',
      '泾源县农业农村局',
    ],
  ])('%s', (_name, text, issuer) => expect(extractText(text).document.issuer).toBe(issuer));
});

describe('a proposal in other wordings: quoted title, a county session, a clipped session label', () => {
  test.each<[string, string, Want]>([
    [
      'title in quotation marks before 的第N号建议',
      '关于答复十七届人大三次会第56号建议的函\n尊敬的胡克兴等5名代表:\n关于你们提出的“将石溪全域纳入全县农旅融合示范区”的第56号建议,现答复如下:',
      {
        kind: '建议',
        number: '56',
        session: '十七届人大三次会',
        title: '将石溪全域纳入全县农旅融合示范区',
        proposer: '尊敬的胡克兴等5名代表',
      },
    ],
    [
      'quoted title of a proposal, no number',
      '关于县政协十届二次会议提案的答复\n李明委员:\n您提出的“加快发展乡村旅游”的提案收悉。现答复如下:',
      { kind: '提案', number: null, session: '县政协十届二次会议', title: '加快发展乡村旅游', proposer: '李明委员' },
    ],
    [
      "a county's session named with the county",
      '镇康县农业农村局关于对镇康县第十八届人民代表大会第四次会议代表第0038号建议的答复函\n杨文强等3名代表:\n你们在镇康县第十八届人民代表大会第四次会议期间提出的《关于硬化产业道路的建议》,已交由我局办理,现将办理情况答复如下:',
      {
        kind: '建议',
        number: '0038',
        session: '镇康县第十八届人民代表大会第四次会议',
        title: '关于硬化产业道路的建议',
        proposer: '杨文强等3名代表',
      },
    ],
    [
      "a district's session named with the district",
      '关于江北区第十八届人民代表大会第三次会议第25号建议的答复函\n王芳代表:\n您提出的《关于完善社区养老服务的建议》(第25号)收悉。',
      {
        kind: '建议',
        number: '25',
        session: '江北区第十八届人民代表大会第三次会议',
        title: '关于完善社区养老服务的建议',
        proposer: '王芳代表',
      },
    ],
    [
      'a follow-up letter without a title: 提出了题为《X》的提案, 列为第N号提案',
      '刘永健、邹从乾委员:\n在政协姚安县第九届委员会第二次会议上,你们提出了题为《关于做好前场公路的保通工作的建议》的提案,列为第57号提案,交我局研究办理,现续复如下:',
      {
        kind: '提案',
        number: '57',
        session: '政协姚安县第九届委员会第二次会议',
        title: '关于做好前场公路的保通工作的建议',
        proposer: '刘永健、邹从乾委员',
      },
    ],
    [
      "a co-handler's opinion names the lead handler, not the proposer",
      '对区政协十五届五次会议第155144号委员提案的会办意见\n真如镇街道:\n夏海萍委员提出的《关于提升真如地区能级的提案》收悉,经研究,现将会办意见答复如下:',
      {
        kind: '提案',
        number: '155144',
        session: '区政协十五届五次会议',
        title: '关于提升真如地区能级的提案',
        proposer: null,
      },
    ],
    [
      "a reply's title ending with the proposal it answers",
      '区政协八届二次会议第77号提案的答复函《关于做强旅游业配套基础设施的建议》\n齐向光、徐志佳委员:\n您好!您的提案收悉,现将办理情况答复如下:',
      {
        kind: '提案',
        number: '77',
        session: '区政协八届二次会议',
        title: '关于做强旅游业配套基础设施的建议',
        proposer: '齐向光、徐志佳委员',
      },
    ],
    [
      'the opening quotation mark lost before the title',
      '对政协沧县第十四届委员会第一次会议27号提案的答复\n尊敬的陈国兴、刘铭、张雯委员:\n你们提出的关于加快农村教师周转房建设”的提案收悉,现答复如下:',
      {
        kind: '提案',
        number: '27',
        session: '政协沧县第十四届委员会第一次会议',
        title: '关于加快农村教师周转房建设',
        proposer: '尊敬的陈国兴、刘铭、张雯委员',
      },
    ],
    [
      "the registered title the reply's own title quotes wins over the body's wording",
      '对县政协十届第二次会议《关于城镇道路改造的提案》第025号提案的答复\n尊敬的于广海委员您好:\n您提出的“关于城镇道路改造的建议”已收悉,现答复如下:',
      {
        kind: '提案',
        number: '025',
        session: '县政协十届第二次会议',
        title: '关于城镇道路改造的提案',
        proposer: '尊敬的于广海委员您好',
      },
    ],
    [
      'a letter without a title: the number right before the quoted title, 已交我局办理 for 收悉',
      '尊敬的和文华代表:\n您在玉龙纳西族自治县十八届人大第二次会议上提出的第26号“关于修复村组道路的建议”已交我局办理,现将办理情况答复如下:',
      {
        kind: '建议',
        number: '26',
        session: '玉龙纳西族自治县十八届人大第二次会议',
        title: '关于修复村组道路的建议',
        proposer: '尊敬的和文华代表',
      },
    ],
  ])('%s', (_name, text, want) => expect(respondsTo(text)).toEqual(want));
});

describe('the proposal named in quotation marks or without its number before 收悉', () => {
  test.each<[string, string, Want]>([
    [
      'quotation marks before 已收悉',
      '舒城县交通运输局关于对县政协十一届四次会议第53号提案的答复函\n陈保存、高传文委员:\n您们提出的“关于改善公交站台附属设施的提案”已收悉。经研究办理,现答复如下:',
      {
        kind: '提案',
        number: '53',
        session: '县政协十一届四次会议',
        title: '关于改善公交站台附属设施的提案',
        proposer: '陈保存、高传文委员',
      },
    ],
    [
      "a ministry's reply, the suggestion unquoted and unnumbered",
      '对十四届全国人大一次会议第6826号建议的答复\n王一君代表:\n您提出的关于加强传统村落保护为“和美乡村”建设赋能蓄力的建议收悉,现答复如下:',
      {
        kind: '建议',
        number: '6826',
        session: '十四届全国人大一次会议',
        title: '关于加强传统村落保护为“和美乡村”建设赋能蓄力的建议',
        proposer: '王一君代表',
      },
    ],
  ])('%s', (_name, text, want) => expect(respondsTo(text)).toEqual(want));
});

test("关于《X》的议案 before 收悉: X is the proposal's title, not a citation", () => {
  const x = extractText(
    '关于对平江县政协十届四次会议第115号提案的答复\n曾辉良委员:\n您提出的关于《申请立项建设上塔市镇松源小学》的议案收悉,现答复如下:',
  );
  expect(x.respondsTo?.title).toBe('申请立项建设上塔市镇松源小学');
  expect(x.citations).toEqual([]);
});

describe("an autonomous county's session; no year before the place", () => {
  test.each<[string, string]>([
    [
      '2023年清原满族自治县八届人大二次会议《关于加强小区建设的建议》(72号)的答复\n高代表:\n您提出的建议收悉。',
      '清原满族自治县八届人大二次会议',
    ],
    [
      '关于秀山土家族苗族自治县第十八届人大第五次会议第123号建议的复函\n王代表:\n您提出的建议收悉。',
      '秀山土家族苗族自治县第十八届人大第五次会议',
    ],
    // The tail of a reply's verb is no place: 答复县… is the county's session.
    [
      '关于县十七届人大三次会议第413号建议的答复\n王代表:\n现答复县十七届人大三次会议第413号建议。',
      '县十七届人大三次会议',
    ],
    // A province's CPPCC by its place after 政协.
    ['对政协甘肃省十一届四次会议第181号提案的答复\n你们提出的提案收悉。', '政协甘肃省十一届四次会议'],
    [
      '关于政协广西壮族自治区十三届二次会议第0102号提案的答复\n李委员:\n您提出的提案收悉。',
      '政协广西壮族自治区十三届二次会议',
    ],
  ])('%s', (text, session) => {
    expect(extractText(text).respondsTo?.session).toBe(session);
  });
});

test('a proposal number in parentheses right after its title (《…的建议》(72号)) is its number', () => {
  const r = extractText(
    '2023年某县八届人大二次会议《关于加强县城小区基础设施建设的建议》(72号)的答复\n高代表:\n您提出的《关于加强县城小区基础设施建设的建议》收悉。',
  ).respondsTo;
  expect([r?.number, r?.kind]).toEqual(['72', '建议']);
});

test("a party's committee addressed by its short name (民建青海省委) proposed to a CPPCC session: its proposal is a 提案", () => {
  const r = extractText(
    '青建城函〔2017〕251号\n民建青海省委:\n贵委提出的“关于规范停车场管理的提案”收悉,现答复如下:\n首先,感谢贵委对城市建设管理工作的关心支持。',
  ).respondsTo;
  expect([r?.kind, r?.title, r?.proposer]).toEqual(['提案', '关于规范停车场管理的提案', '民建青海省委']);
});

test('a letter addressed to a deputy answers the unquoted proposal it acknowledges, a title quoted inside it no citation', () => {
  const e = extractText(
    '申桂艳代表:\n您提出的关于制定我省《野生动物伤人毁农事件及善后补偿办法》的建议收悉,现答复如下:\n近年来,全省生态环境逐步改善。',
  );
  expect([e.respondsTo?.title, e.respondsTo?.kind, e.respondsTo?.proposer]).toEqual([
    '关于制定我省《野生动物伤人毁农事件及善后补偿办法》的建议',
    '建议',
    '申桂艳代表',
  ]);
  expect(e.citations).toEqual([]);
});

test.each([
  // The bare serial in parentheses after the quoted title; a year there is none.
  ['对省十四届人大一次会议《关于做好居民供暖的建议》(1411353)的答复\n程代表:\n您提出的建议收悉。', '1411353'],
  ['对省十四届人大一次会议《关于做好居民供暖的建议》(2023)的答复\n程代表:\n您提出的建议收悉。', undefined],
  // 号 left out before the kind, a class tag before the number.
  ['关于对县政协十届三次会议A类第72提案的答复\n梁委员:\n您提出的建议已收悉。', '72'],
  // A series' own count in parentheses between the number and the kind.
  ['关于市政协六届五次会议2025156号(城建类38号)提案答复的函\n姚委员:\n您提出的提案收悉。', '2025156'],
])('the proposal number of %s', (text, number) => {
  expect(extractText(text).respondsTo?.number ?? undefined).toBe(number);
});

describe("a party's committee as proposer, 提交了/提出了《…》, a session after 向, a site's welcome banner", () => {
  test('致公党…委员会 addressed without a colon; 向…会议提交了《X》提案', () => {
    const r = extractText(
      '广州市应急管理局关于《关于强化应急能力建设的建议》提案(第1006号)的办理意见\n\n致公党广州市委员会\n\n致公党广州市委员会向广州市政协十三届三次会议提交了《关于强化应急能力建设的建议》提案(第1006号),由我局主办。',
    ).respondsTo;
    expect(r).toMatchObject({
      kind: '提案',
      number: '1006',
      session: '广州市政协十三届三次会议',
      title: '关于强化应急能力建设的建议',
      proposer: '致公党广州市委员会',
    });
  });
  test('a banner before the title; 你们提出了《X》的建议', () => {
    const r = extractText(
      '某县人民政府欢迎您!\n建议提案 > 人大代表建议\n某县交通运输局关于对某县第十七届人民代表大会第一次会议第48号建议案的答复\n\n王学菊等12位代表:\n\n在某县第十七届人民代表大会第一次会议上,你们提出了《大龙口村水泥路硬化工程》的建议,会议主席团已将此列为第48号建议案,现答复如下:',
    );
    expect(r.document.title).toBe('某县交通运输局关于对某县第十七届人民代表大会第一次会议第48号建议案的答复');
    expect(r.respondsTo).toMatchObject({ kind: '建议', number: '48', title: '大龙口村水泥路硬化工程' });
    expect(r.citations).toEqual([]);
  });
});

describe('a county reply titled …的回复, its number line with a class tag, a number right after the quoted title', () => {
  test('对…第69号建议的回复 / 华建复〔2017〕5号(B类)', () => {
    const e = extractText(
      '对某县十七届人大一次会议第69号建议的回复\n华建复〔2017〕5号(B类)\n对某县十七届人大一次会议第69号建议的回复\n尊敬的袁同炎代表:\n您提出的《关于在高速西出口修建公厕的建议》已收悉,现将有关情况回复如下:',
    );
    expect(e.document.title).toBe('对某县十七届人大一次会议第69号建议的回复');
    expect(e.document.docNumber).toBe('华建复〔2017〕5号');
    expect(e.citations).toEqual([]);
    expect(e.respondsTo).toMatchObject({ kind: '建议', number: '69' });
  });
  test('《…的建议》第36号提案: the number after the title', () => {
    const r = extractText(
      '马丽琼委员:\n你在政协某县第九届一次会议提出的《关于县城行道树坑治理的建议》第36号提案,已转交我局研究办理,现将办理情况答复如下:\n一、加强治理。',
    ).respondsTo;
    expect(r).toMatchObject({ kind: '提案', number: '36', title: '关于县城行道树坑治理的建议' });
  });
});

describe('the receipt sentence in other forms: no salutation above it, quotation marks around a whole title, a framed title, a lost 《 after 提出', () => {
  test.each<[string, string, Want]>([
    [
      'a ministry answers deputies as 你们, no salutation; the receipt line ends in a colon',
      '当前位置:首页 > 公开\n\n教育部对十二届全国人大五次会议\n第7508号建议的答复\n\n教建议〔2017〕第39号\n\n  你们提出的《关于深化教育供给侧结构性改革的建议》收悉,经研究,现答复如下:\n\n  推进改革是重要举措。\n',
      {
        kind: '建议',
        number: '7508',
        session: '十二届全国人大五次会议',
        title: '关于深化教育供给侧结构性改革的建议',
        proposer: null,
      },
    ],
    [
      'a whole title in quotation marks with its kind inside, no 收悉',
      '关于政协十三届全国委员会第四次会议第0867号提案答复的函\n黄莉新等25位委员:\n  你们提出的“关于共抓长江生态环境保护共推长江经济带绿色发展的提案”,由我部会同有关部门办理。经认真研究,答复如下:\n',
      {
        kind: '提案',
        number: '0867',
        session: '政协十三届全国委员会第四次会议',
        title: '关于共抓长江生态环境保护共推长江经济带绿色发展的提案',
        proposer: '黄莉新等25位委员',
      },
    ],
    [
      'a suggestion framed in quotation marks inside 关于…的提案',
      '关于区政协十一届四次会议第117号提案的答复\n张三委员:\n您好!您提出的关于“关于进一步发挥律师委员在开展法律援助中作用方面的建议”的提案收悉,现答复如下。\n',
      {
        kind: '提案',
        number: '117',
        session: '区政协十一届四次会议',
        title: '关于进一步发挥律师委员在开展法律援助中作用方面的建议',
        proposer: '张三委员',
      },
    ],
    [
      '提出 without 的 before a title that lost its 《',
      '城口县发展和改革委员会关于县政协十届一次会议第61号提案的复函\n郭小玲委员:\n您提出关于加快建设大巴山生态博物馆的建议》收悉。现答复如下:\n',
      {
        kind: '提案',
        number: '61',
        session: '县政协十届一次会议',
        title: '关于加快建设大巴山生态博物馆的建议',
        proposer: '郭小玲委员',
      },
    ],
    [
      "a township's people's congress",
      '三州乡人民政府关于三州乡十八届人大五次会议第14号建议的答复\n王代表:\n您提出的《关于修建村道的建议》收悉。现答复如下:\n',
      {
        kind: '建议',
        number: '14',
        session: '三州乡十八届人大五次会议',
        title: '关于修建村道的建议',
        proposer: '王代表',
      },
    ],
    [
      'a district written with its municipality in the session',
      '关于渝中区十九届人大一次会议第33号建议的复函\n李四代表:\n您在重庆市渝中区第十九届人民代表大会第一次会议中提出的《关于增设充电桩解决电瓶车充电难的建议》收悉。\n',
      {
        kind: '建议',
        number: '33',
        session: '渝中区十九届人大一次会议',
        title: '关于增设充电桩解决电瓶车充电难的建议',
        proposer: '李四代表',
      },
    ],
  ])('%s', (_name, text, want) => {
    expect(respondsTo(text)).toEqual(want);
  });

  test('a run of empty navigation labels is no salutation; a salutation under an empty label still is', () => {
    const nav = extractText(
      '无障碍浏览\n\n国务院信息:\n省政府信息:\n人大建议\n\n宜良县交通运输局 关于对宜良县第十七届人民代表大会第五次会议代表第28号建议、批评和意见的答复\n\n尊敬的李朝平代表:\n\n您提出的《关于给予金梅社区实施道路硬化资金帮扶的建议》已转交我局研究办理,现答复如下:\n',
    );
    expect(nav.document.title).toBe(
      '宜良县交通运输局关于对宜良县第十七届人民代表大会第五次会议代表第28号建议、批评和意见的答复',
    );
    expect(nav.respondsTo?.title).toBe('关于给予金梅社区实施道路硬化资金帮扶的建议');
    expect(nav.respondsTo?.proposer).toBe('尊敬的李朝平代表');
    const under = extractText(
      '重庆市发展和改革委员会关于市六届人大一次会议第0367号建议办理情况的答复函\n\n日期: 2023-05-08\n字体:\n\n易先勇代表:\n\n您提出的《关于加快推动发展的建议》(第0367号)收悉。\n',
    );
    expect(under.respondsTo?.proposer).toBe('易先勇代表');
  });
});

describe("proposal-system and field-layout pages: the proposal's rows, then the reply", () => {
  test("a system page: the proposal's title first, its rows, then the reply's own title", () => {
    const x = extractText(
      '关于在老城区增加户外体育设施的建议 |\n编 号:第〔27〕号 | 所属类别:委员提案 |\n提案人:姚盛兵 | |\n审查结果:已立案 | 信息公开:是 |\n交办时间:2021年3月29日 | 是否重点:是 |\n督办单位:区委目标绩效办 区政府办公室 | 牵头领导:孙玉娟 |\n关于政协广元市朝天区六届六次会议第27号提案的回复 |\n尊敬的姚盛兵委员: 您提出的《关于在老城区增加户外体育设施的建议》已收悉,现回复如下: 一是关于增加设施。\n',
    );
    expect(x.document.title).toBe('关于政协广元市朝天区六届六次会议第27号提案的回复');
    expect(x.document.writtenDate).toBeNull();
    expect(x.respondsTo).toMatchObject({
      kind: '提案',
      number: '27',
      session: '政协广元市朝天区六届六次会议',
      title: '关于在老城区增加户外体育设施的建议',
    });
  });

  test('a field layout: the receipt opens with the quoted title', () => {
    const x = extractText(
      '关于”对沿线村庄道路进行整修“建议的答复\n淄川区第十九届人民代表大会第二次会议\n24\n建议人: 陈刚、马晓东\n主办单位: 淄川区自然资源局\n答复时间: 2023-06-12\n\n陈刚、马晓东代表:\n\n“关于对沿线村庄道路进行整修”的建议收悉,现答复如下:\n',
    );
    expect(x.respondsTo).toMatchObject({
      kind: '建议',
      title: '关于对沿线村庄道路进行整修',
      proposer: '陈刚、马晓东代表',
    });
    expect(x.document.publishedDate).toBeNull();
  });
});

describe('the proposal named after 所提; a font-size toolbar is no salutation', () => {
  test('所提《X》已转至我局办理 under a toolbar line', () => {
    const x = extractText(
      '广元市商务局对七届人大四次会议第97号建议答复的函\n【字号:\n打印\n\n何通知代表:\n\n您在广元市第七届人民代表大会第四次会议所提《关于发挥广元大交通枢纽建设大物流的建议》已转至我局办理。\n',
    );
    expect(x.respondsTo).toMatchObject({
      kind: '建议',
      number: '97',
      title: '关于发挥广元大交通枢纽建设大物流的建议',
      proposer: '何通知代表',
    });
    expect(x.citations).toEqual([]);
  });
});

describe("the receipt's number with its series letters over the title's bare number", () => {
  test.each<[string, string]>([
    [
      '重庆市綦江区文化和旅游发展委员会 关于区三届人大三次会议第8号建议的复函\n彭纯亮代表:\n您提出的《关于尽快维修綦江城区社会足球场的建议》(第DH008号)收悉。\n',
      'DH008',
    ],
    // Another number in the receipt is not the same proposal's: the title's stands.
    ['关于区三届人大三次会议第8号建议的复函\n李代表:\n您提出的《关于修路的建议》(第DH018号)收悉。\n', '8'],
  ])('%s', (text, number) => {
    expect(extractText(text).respondsTo?.number).toBe(number);
  });
});

describe('one letter answering several proposals', () => {
  test.each([
    [
      '重庆市某区农业农村委员会关于政协某区第十四届委员会第三次会议第119号、120号、121号提案的复函\n王委员:\n你们提出的《大力发展柚子产业的建议》(第119号提案)、《关于促进柚农增收的建议》(第120号提案)、《关于充分利用柚果资源的建议》(第121号提案)收悉,经研究办理,现答复如下:\n一、根据《某区柚子产业发展规划》,我委已安排资金。',
      { title: '大力发展柚子产业的建议', number: '119' },
    ],
    [
      '关于县政协十届二次会议第5号、第6号提案的答复\n李委员:\n您提出的《关于加强农村道路建设的提案》、《关于完善公交站点的提案》收悉,现答复如下:\n按照《某县农村公路规划》执行。',
      { title: '关于加强农村道路建设的提案', number: '5' },
    ],
  ])('%s', (text, want) => {
    const e = extractText(text);
    expect({ title: e.respondsTo?.title, number: e.respondsTo?.number }).toEqual(want);
    // The listed proposals are no citations; the plans the answer cites are.
    expect(e.citations.map((c) => c.title)).toHaveLength(1);
    expect(e.citations[0]!.title).toMatch(/规划$/);
  });
});

describe("a template's numerals in parentheses; the number right before the quoted title", () => {
  test('a page that opens at the salutation', () => {
    const r = extractText(
      '李刚代表:\n您在重庆市渝中区第(十九)届人民代表大会第(三)次会议的第DH189号建议《关于加快步道施工的建议》已收悉,我委经认真研究,现将办理回复如下。\n',
    ).respondsTo;
    expect([r?.session, r?.number, r?.kind, r?.title]).toEqual([
      '重庆市渝中区第(十九)届人民代表大会第(三)次会议',
      'DH189',
      '建议',
      '关于加快步道施工的建议',
    ]);
  });
});

test('an unquoted proposal after 提出 without 的', () => {
  const r = extractText(
    '宁交函〔2021〕141号 签发人:姜涛\n对宁陕县第十八届人大六次会议第17号建议的复函\n侯怀菊代表:\n您提出关于拓宽麻庄村道路的建议收悉,现答复如下:\n',
  ).respondsTo;
  expect([r?.title, r?.number, r?.session]).toEqual(['关于拓宽麻庄村道路的建议', '17', '宁陕县第十八届人大六次会议']);
});

test.each([
  '关于2017年中卫市、沙坡头区人大建议、政协提案办理情况的督查通报\n各部门:\n近期,区政府督查室对各部门承办的建议进行了督查。',
  '吴忠市红寺堡区人民政府关于政协三届五次会议提案办理情况的报告\n区政协:\n现将提案办理情况报告如下。',
])('a report or circular on the handling of many proposals answers none: %s', (text) => {
  expect(extractText(text).respondsTo).toBeNull();
});

describe('the addressee on the line of the text it opens: at its head, after the title, after a table cell', () => {
  test.each<[string, string, string, string | null]>([
    [
      'at the line head',
      '宜阳县交通运输局 对宜阳县第九届人民代表大会第二次会议的第46号建议的答复\n刘建民代表: 您提出的关于“乡间路维护的建议”收悉,现答复如下: 我局将加大督导力度。\n2018年6月28日',
      '刘建民代表',
      '建议',
    ],
    [
      'after the title on the same line',
      '对县八届政协一次会议 第134号提案的答复 王小红委员: 您提出的《关于加强公厕设施建设的建议》收悉,感谢您的关注。',
      '王小红委员',
      '提案',
    ],
    [
      "after a flattened table's cell bar, two members",
      '词条 | 对某市政协五届一次会议第55号提案的答复 |\n释义 | 李明、赵丽委员: 你们提出的《关于规范房顶绿化建设的建议》的提案收悉。现答复如下:',
      '李明、赵丽委员',
      '提案',
    ],
  ])('%s', (_, text, proposer, kind) => {
    const r = extractText(text).respondsTo;
    expect(r?.proposer).toBe(proposer);
    expect(r?.kind).toBe(kind);
  });

  test('a name and title before a colon inside a sentence addresses no one', () => {
    const r = extractText(
      '某县人民政府关于召开座谈会的通知\n各乡镇人民政府:\n会议邀请 张三代表: 就有关问题发言。请按时参加。',
    );
    expect(r.respondsTo).toBeNull();
  });
});

describe('a letter with neither title nor salutation that names the session and the proposal in its receipt', () => {
  test('a group proposal of a regional CPPCC session', () => {
    const r = extractText(
      '政协内蒙古自治区第十二届委员会第三次会议的集体提案《关于将支持蒙医药事业发展纳入自治区“十四五”规划的提案》收悉,现答复如下。\n自治区卫生健康委统筹部署了规划研究编制工作。\n',
    ).respondsTo;
    expect([r?.kind, r?.session, r?.title]).toEqual([
      '提案',
      '政协内蒙古自治区第十二届委员会第三次会议',
      '关于将支持蒙医药事业发展纳入自治区“十四五”规划的提案',
    ]);
  });
  test('a report that only mentions a session and a quoted title answers nothing', () => {
    const r = extractText(
      '关于2023年工作的报告\n会议审议了《关于加强管理的意见》收悉情况。全县第十八届人大二次会议召开。\n',
    ).respondsTo;
    expect(r).toBeNull();
  });
});

describe('a misprinted label with an empty value is no salutation', () => {
  test('题裁分类 (a misprint of 体裁分类) on a department portal', () => {
    const text =
      '对省十二届人大七次会议第1746号建议的答复\n- 索引号:430S00019/2017-88861\n- 题裁分类:\n- 发布机构: 省水利厅\n' +
      '陈建教代表:\n您在省十二届人大七次会议上提出的《关于加强石门县山洪沟治理力度的建议》收悉后,我厅十分重视,现答复如下:\n';
    expect(respondsTo(text)?.proposer).toBe('陈建教代表');
  });
});

describe("a CPPCC session's proposal is a 提案 whatever word the reply's title uses", () => {
  test.each([
    ['重庆市长寿区教育委员会关于区政协十六届二次会议第222号建议的复函', '提案'],
    ['重庆市长寿区教育委员会关于区十九届人大二次会议第222号建议的复函', '建议'],
  ])('%s', (title, kind) => {
    const text = `${title}\n尊敬的杨蒙委员:\n您提出的《关于依法推进老旧小区增设电梯的建议》(第222号)已收悉。现答复如下:\n一、加强管理。\n`;
    expect(respondsTo(text)?.kind).toBe(kind);
  });
});

describe("a reply's title and body in other shapes: a session after the title, a result class, the proposal opening the body", () => {
  test.each<[string, string, string, Want, string[]]>([
    [
      'a suggestion system titles the reply by the quoted suggestion, its session and number after it',
      '对《关于出台政策支持木李镇建设国家级现代农业产业园的建议》的答复(县十七届人大五次会议第33号建议)\n县十七届人大五次会议\n33\n建议人: 杨国华\n主办单位: 高青县自然资源局\n\n近年来,县政府出台了《高青县农业产业高质量发展奖励扶持政策》。\n',
      '对《关于出台政策支持木李镇建设国家级现代农业产业园的建议》的答复(县十七届人大五次会议第33号建议)',
      {
        kind: '建议',
        number: '33',
        session: '县十七届人大五次会议',
        title: '关于出台政策支持木李镇建设国家级现代农业产业园的建议',
        proposer: null,
      },
      ['高青县农业产业高质量发展奖励扶持政策'],
    ],
    [
      'a result class after the title; the body opens with the proposal answered',
      '关于伊犁哈萨克自治州政协第十三届一次会议第11号提案的答复函 B\n\n2017-12-16 00:00:00 行政公署办公室\n\n《关于将裕民县列为五类艰苦边远地区的提案》经转地区人社局研究办理,现答复如下:\n鉴于此事项审批权在国家人社部,地区将持续关注。\n',
      '关于伊犁哈萨克自治州政协第十三届一次会议第11号提案的答复函',
      {
        kind: '提案',
        number: '11',
        session: '州政协第十三届一次会议',
        title: '关于将裕民县列为五类艰苦边远地区的提案',
        proposer: null,
      },
      [],
    ],
  ])('%s', (_name, text, title, want, citations) => {
    const e = extractText(text);
    expect(e.document.title).toBe(title);
    expect(respondsTo(text)).toEqual(want);
    expect(e.citations.map((c) => c.title)).toEqual(citations);
  });
});

describe('the kind word after the quoted proposal title, and a class letter after the own number', () => {
  test('《X》提案,已收悉', () => {
    const x = extractText(
      '重庆解放碑中央商务区管理委员会关于区政协十五届五次会议第244号提案的复函\n致公党区委会:\n贵委在区政协十五届五次会议上提出《关于提升较场口娱乐广场业态品质的的建议》提案,已收悉。现答复如下。\n',
    );
    expect(x.respondsTo?.title).toBe('关于提升较场口娱乐广场业态品质的的建议');
    expect(x.citations).toEqual([]);
  });
  test('a framed title keeps its frame (关于制定我省《X》的建议)', () => {
    const x = extractText(
      '辽宁省林业厅关于省十二届人大三次会议第123号建议的答复\n王五代表:\n您提出的关于制定我省《野生动物伤人毁农事件及善后补偿办法》的建议收悉。\n',
    );
    expect(x.respondsTo?.title).toBe('关于制定我省《野生动物伤人毁农事件及善后补偿办法》的建议');
  });
  test('渝教提函〔2019〕88号A', () => {
    const x = extractText(
      '重庆市教育委员会关于市政协五届二次会议第0381号提案办理情况的答复函\n\n渝教提函〔2019〕88号A\n\n谭净委员:\n您提出的《关于推进义务教育均衡发展的建议》(市政协五届二次会议第0381号提案)收悉。\n',
    );
    expect(x.document.docNumber).toBe('渝教提函〔2019〕88号');
    expect(x.citations).toEqual([]);
  });
});

describe('a handling form: the class before the own number, a label standing like a salutation', () => {
  test('类别:B 杨退军函〔2023〕6号 / 代表姓名:刘伟 / 办理结果:', () => {
    const x = extractText(
      '类别:B 杨退军函〔2023〕6号\n杨陵区退役军人事务局\n关于区十届人大二次会议第32号代表建议\n办理情况的复函\n代表姓名:刘伟\n建议内容:关于深化现役退役军人优抚政策的建议\n办理结果:\n您好,您提出的关于深化现役退役军人优抚政策意见建议收悉,现将办理情况答复如下:\n',
    );
    expect(x.document.docNumber).toBe('杨退军函〔2023〕6号');
    // The proposer is the one addressed; the form's `办理结果:` addresses no one.
    expect(x.respondsTo).toMatchObject({ kind: '建议', number: '32', proposer: null });
    expect(x.citations).toEqual([]);
  });
  test('办理结果分类:A 市住建函〔2024〕35号', () => {
    const x = extractText(
      '关于2024年桂林市政协六届四次会议第2024251号提案答复意见的函\n\n办理结果分类:A 市住建函〔2024〕35号\n\n李遴委员:\n您提出的“关于在落实新农村建设一户一宅中盘活传统民居的提案”已收悉,现答复如下:\n',
    );
    expect(x.document.docNumber).toBe('市住建函〔2024〕35号');
    expect(x.citations).toEqual([]);
  });
});

describe('a reply titled 回复意见, and a repost setting the quoted proposal before the reply title', () => {
  test('…建议的回复意见', () => {
    const x = extractText(
      '省农业厅对省十三届人大一次会议第2018421号建议的回复意见\n许强代表:\n您在省十三届人大一次会议提出的第2018421号建议非常好。\n',
    );
    expect(x.respondsTo).toMatchObject({
      kind: '建议',
      number: '2018421',
      session: '省十三届人大一次会议',
      proposer: '许强代表',
    });
  });
  test('《关于…的建议》山东省自然资源厅关于…建议的答复', () => {
    const x = extractText(
      '当前所在:首页 > 正文\n\n《关于加大山体修复项目支持力度的建议》山东省自然资源厅关于省十四届人大代表第20230209号建议的答复\n\n发布时间:2023-06-10\n\n  周刚代表:\n  您提出的《关于加大山体修复项目支持力度的建议》收悉。\n',
    );
    expect(x.document.title).toBe('山东省自然资源厅关于省十四届人大代表第20230209号建议的答复');
    expect(x.respondsTo?.title).toBe('关于加大山体修复项目支持力度的建议');
    expect(x.citations).toEqual([]);
  });
});

describe('a verb before the session is no place', () => {
  test.each([
    ['广元市利州区人民政府办公室关于反馈市人大八届五次会议第97号建议办理情况的函', '市人大八届五次会议'],
    ['关于报送县十七届人大三次会议第12号建议办理情况的函', '县十七届人大三次会议'],
    // A place whose name opens so keeps it.
    ['交城县自然资源局关于交城县十六届人大二次会议第8号建议的答复', '交城县十六届人大二次会议'],
  ])('%s', (title, session) => {
    const text = `${title}\n\n张伟代表:\n您提出的建议收悉。现答复如下。\n`;
    expect(respondsTo(text)?.session).toBe(session);
  });
});

describe("a county bureau's reply in other words: 会议上提的《…》, a letter on the handling of a suggestion", () => {
  test('你在…会议上提的《X》,已交我局办理', () => {
    const x = extractText(
      '索引号 | 01526265-2-/2020-0824011 | 发布机构 | 龙陵县教育体育局 |\n公开目录 | 人大建议办理结果 | 发布日期 | 2020-08-24 |\n张建能代表:\n你在龙陵县第十七届人民代表大会第五次会议上提的《关于立项搬迁象达镇朝阳幼儿园的建议》,已交我局办理。经研究,现答复如下:\n',
    );
    expect(x.respondsTo).toMatchObject({
      kind: '建议',
      session: '龙陵县第十七届人民代表大会第五次会议',
      title: '关于立项搬迁象达镇朝阳幼儿园的建议',
      proposer: '张建能代表',
    });
    expect(x.document.publishedDate).toBe('2020-08-24');
    expect(x.citations).toEqual([]);
  });
  test('关于办理县十八届人大五次会议第35号建议的函', () => {
    expect(
      respondsTo('汉阴县财政局关于办理县十八届人大五次会议第35号建议的函\n\n杨松代表:\n现将办理情况函告如下。\n'),
    ).toMatchObject({
      kind: '建议',
      number: '35',
      session: '县十八届人大五次会议',
    });
  });
});
