// test/ingest/programs.test.ts — program extraction on real sentences: names by head noun, quoted names, enumerations, generic phrases.
// Each row is a sentence from Chongqing, Sichuan or central documents and the programs (name → kind) a careful analyst names.
// The classes added for unseen documents have their own tables: programs-heads, programs-quoted, programs-precision.

import { findPrograms } from '../../ingest/programs.ts';
import { context, runRows, type Row } from './programs-rows.ts';

const ROWS: Row[] = [
  // cq-kjj-2023-0035: funds, a pilot, quoted platforms, a board.
  [
    '其中,种子基金承担孵化、培育创新创业团队和初创科技型企业的任务。科创参股子基金专注于战略性新兴产业。',
    { 种子基金: 'fund', 科创参股子基金: 'fund' },
  ],
  [
    '开展知识价值信用贷款改革试点,探索出轻资化、信用化、便利化的科技型企业债权融资新模式。',
    { 知识价值信用贷款改革试点: 'pilot' },
  ],
  ['上线“产科金”平台,共开展产科金平台活动2次。', { 产科金平台: 'platform' }],
  [
    '创设OTC专精特新板,上线“科创资本通”平台,多次推动解决科技创新企业上市障碍。',
    { OTC专精特新板: 'platform', 科创资本通平台: 'platform' },
  ],
  [
    '建设重庆国家科技成果转移转化示范区,建立技术合同登记站31个,打造重庆大学产业技术研究院、重庆高新技术产业研究院等专业化机构。',
    {
      重庆国家科技成果转移转化示范区: 'zone',
      重庆大学产业技术研究院: 'institution',
      重庆高新技术产业研究院: 'institution',
    },
  ],
  [
    '成功举办重庆科技成果转移转化峰会,共发布200余项先进科技成果。深入实施科技成果进区县行动。',
    { 重庆科技成果转移转化峰会: 'event', 科技成果进区县行动: 'initiative' },
  ],
  [
    '加快建设科学谷、菁云湖、照母山、明月湖等50万平方米以上的大型创新创业孵化社区。',
    { 科学谷: 'zone', 菁云湖: 'zone', 照母山: 'zone', 明月湖: 'zone' },
  ],
  ['示范建设环大学创新生态圈6个,形成“6+N”环大学创新生态圈建设格局。', { 环大学创新生态圈: 'initiative' }],
  // Verbs before the head and generic phrases are not names.
  [
    '通过布局种子、天使、产业、风险投资政府引导基金,撬动社会资本;通过组建子基金引导社会资本投资科创,做大我市早期科创培育基金总规模。',
    {},
  ],
  [
    '重点打造大型孵化载体、环大学创新生态圈等高质量孵化载体,建立技术合同登记站31个。',
    { 环大学创新生态圈: 'initiative' },
  ],
  // cq-kjj-2023-1160: an enumeration of actions joined by 、 and 和.
  [
    '实施科技服务能级提升行动、科技服务业集聚区建设行动和科技服务生态优化行动;支持设立重庆科技成果转化基金。',
    {
      科技服务能级提升行动: 'initiative',
      科技服务业集聚区建设行动: 'initiative',
      科技服务生态优化行动: 'initiative',
      重庆科技成果转化基金: 'fund',
    },
  ],
  [
    '获批国家科技成果转移转化示范区。依托两江新区、4家国家高新区、12家市级高新区,构建科技成果产业化园区体系。',
    { 国家科技成果转移转化示范区: 'zone', 两江新区: 'zone' },
  ],
  // cq-rlsbj-2023-1157: quoted policy names closed by 等政策, a quoted series of events, a quoted plan.
  [
    '出台“塔尖”“塔基”“鸿雁计划”等政策。开展“百万英才兴重庆”系列活动277场。择优资助重庆市“留创计划”项目122个。举办全国卓越工程师大赛。',
    {
      塔尖: 'initiative',
      塔基: 'initiative',
      鸿雁计划: 'initiative',
      百万英才兴重庆: 'event',
      留创计划: 'initiative',
      全国卓越工程师大赛: 'event',
    },
  ],
  // sc-gov-2025-plan: names with a parenthesised place, corridors, belts, communities.
  [
    '推进西部(成都)科学城建设。推进成渝(兴隆湖)综合性科学中心建设,推进成都国家自主创新示范区建设。组建成都都市圈协同创新中心,打造成德眉资创新共同体。',
    {
      '西部(成都)科学城': 'zone',
      '成渝(兴隆湖)综合性科学中心': 'zone',
      成都国家自主创新示范区: 'zone',
      成都都市圈协同创新中心: 'institution',
      成德眉资创新共同体: 'initiative',
    },
  ],
  [
    '完善成渝中线科创大走廊“双核研发、沿线转化”协同创新模式,支持川渝毗邻地区融合创新发展带沿线城市联动。',
    { 成渝中线科创大走廊: 'zone', 川渝毗邻地区融合创新发展带: 'zone' },
  ],
  // cq-jjxxw-2023: a zone after a verb, an institution after 唯一, a named action plan; counted classes are not programs.
  [
    '重庆持续推进国家数字经济创新发展试验区建设。国家唯一硅基混合集成创新中心落户重庆。实施满天星行动计划,成功创建5个软信领域国家新型工业化产业示范基地。',
    {
      国家数字经济创新发展试验区: 'zone',
      硅基混合集成创新中心: 'institution',
      满天星行动计划: 'initiative',
    },
  ],
  // cq-kjj-2022-notice-agri-parks: classes of parks with level prefixes and counts.
  ['13个国家农业园区按照要求做好总结。其余9个市级农业科技园区按时提交总结。全面掌握我市农业科技园区发展动态。', {}],
  // cn-most-2021: a goal in quotes after 建设成为 is not a program; 各国家高新区 is a class.
  ['推动国家高新区建设成为“创新驱动发展示范区和高质量发展先行区”,各国家高新区管委会认真落实。', {}],
  // cq-czj-2022: the shortest form names the program; back-references are generic.
  [
    '实施了财政支持深化民营和小微企业金融服务综合改革试点城市奖励政策,支持地方打造各具特色的金融服务综合改革试点城市。在综合改革试点工作的基础上,打造各具特色的普惠金融发展示范区,支持示范区建设。',
    {
      金融服务综合改革试点城市: 'pilot',
      普惠金融发展示范区: 'zone',
    },
  ],
  // Broad regional strategies are not programs.
  ['有利于更好地发挥在成渝地区双城经济圈建设中的支撑作用,融入西部陆海新通道。', {}],
  // Unseen sentences of the same kinds.
  [
    '加快建设中国(重庆)自由贸易试验区,举办中国国际智能产业博览会,实施“渝跃行动”。',
    {
      '中国(重庆)自由贸易试验区': 'zone',
      中国国际智能产业博览会: 'event',
      渝跃行动: 'initiative',
    },
  ],
  ['积极争取国家重点研发计划项目,组织申报市级科技计划项目。', { 国家重点研发计划: 'initiative' }],
  [
    '市人力社保局、市教委联合开展“巴渝工匠”培养计划,打造重庆职教城和永川职教园区,举办第三届重庆英才大会。',
    {
      巴渝工匠培养计划: 'initiative',
      重庆职教城: 'zone',
      永川职教园区: 'zone',
      重庆英才大会: 'event',
    },
  ],
  // A quoted name before the head words is part of the name; quoted events.
  [
    '举办第五届“中国软件名城”峰会,组织企业参加“创客中国”中小企业创新创业大赛,打造重庆软件园。',
    {
      中国软件名城峰会: 'event',
      创客中国中小企业创新创业大赛: 'event',
      重庆软件园: 'zone',
    },
  ],
  // Nationally known zones named without a head noun; inside a longer name they are not separate.
  [
    '复制推广一批北京中关村、上海浦东等地区先行先试政策,支持浦东新区建设。',
    { 中关村: 'zone', 浦东: 'zone', 浦东新区: 'zone' },
  ],
  // The attached document's own title line is not a program.
  ['2023年3月1日\n九龙坡区科技创新三年行动计划(2023—2025年)\n为深入贯彻市委决策部署。', {}],
  ['制定人才培养计划和年度招生计划,实施民生工程,开展联合执法专项行动,召开全市科技创新动员大会。', {}],
  // Rules of the language on sentences written for these tests (not from any evaluation document).
  // Special funds: a level prefix and a purpose name one fund, even with generic words; a bare 专项资金 is generic.
  [
    '市财政局每年安排市级现代物流发展专项资金,统筹用好区级新型基础设施建设专项资金和专项资金。',
    {
      市级现代物流发展专项资金: 'fund',
      区级新型基础设施建设专项资金: 'fund',
    },
  ],
  // Heads of districts, events and labs; `·` and `—` join the parts of one name.
  [
    '打造沙坪坝—大学城商圈、三峡广场商圈,办好“乐购山城”消费季和中国西部农产品交易洽谈会,建设嘉陵江实验室、渝西数字产业大数据谷和西永微电园·重庆软件创新中心。',
    {
      '沙坪坝—大学城商圈': 'zone',
      三峡广场商圈: 'zone',
      乐购山城消费季: 'event',
      中国西部农产品交易洽谈会: 'event',
      嘉陵江实验室: 'institution',
      渝西数字产业大数据谷: 'zone',
      西永微电园·重庆软件创新中心: 'institution',
    },
  ],
  // A quoted name before 活动 is the event (the head dropped); a two-character quoted slogan is not.
  [
    '组织“科技成果赶集周”活动,开展“就业暖心”系列招聘活动,鼓励科研人员开展“双创”活动。',
    { 科技成果赶集周: 'event', 就业暖心: 'event' },
  ],
  // An unquoted 平台 names a program only after a full place name.
  ['依托贵州省中小企业公共服务平台,建设技能人才公共服务平台。', { 贵州省中小企业公共服务平台: 'platform' }],
  // A parent fund at the start of its child fund is not a second program; a counted class is not one program.
  ['用好国家绿色发展基金重庆子基金,新设立市级留学人员创业园2个。', { 国家绿色发展基金重庆子基金: 'fund' }],
  // Zones that modify the group of bodies an addressee line names are places, not programs.
  ['两江新区、西部科学城重庆高新区、万盛经开区农业农村局,各区县农业农村委:', {}],
  ['两江新区、万盛经开区科技主管部门,市级有关部门:', {}],
  // A zone before its administrative committee is the organ's name, not a program.
  ['依托重庆西永综合保税区管委会建设服务站。', {}],
  // A run of quoted items before a head names one program together; a count before the head (十大行动) makes the quoted
  // name the program and the head its parts.
  [
    '开展“县管校聘”“乡聘村用”改革试点,深入实施“川渝通办”十大行动。',
    { 县管校聘乡聘村用改革试点: 'pilot', 川渝通办: 'initiative' },
  ],
  // A year before the name (2024年度…, 2023年…): 年/年度 is the date's tail; a level and a class noun left after it are generic.
  [
    '组织开展2024年度重庆市标准化试点示范项目申报工作,做好2024年度区级科技计划项目验收。',
    { 重庆市标准化试点示范项目: 'initiative' },
  ],
  ['2023年重庆市科技成果转化基金完成投资12亿元。', { 重庆市科技成果转化基金: 'fund' }],
  // A plan's project-management system is a generic tool; 通过/登录 end a name on the left.
  [
    '通过重庆市科技计划项目管理平台在线申报,登录科技计划项目管理平台填报,通过重庆科技成果转化基金投资。',
    { 重庆科技成果转化基金: 'fund' },
  ],
  // A leading verb or pronoun with only the bare head or a class noun after it is a clause, not a name.
  ['进一步扩大试点范围,加强实验室和教师队伍建设,引导社会资本参与母基金及其子基金。', {}],
  [
    '深化试点,开展行动,聚焦重庆科技成果转化基金投向,探索知识价值信用贷款改革试点。',
    { 重庆科技成果转化基金: 'fund', 知识价值信用贷款改革试点: 'pilot' },
  ],
];

describe('findPrograms', () => {
  runRows(ROWS);

  test('every mention of a program is kept, quoted or not', () => {
    const text = '上线“产科金”平台,共开展产科金平台活动2次。积极争取“专精特新板”试点资格,创设OTC专精特新板。';
    const got = findPrograms(text, context(text));
    const byName = Object.fromEntries(got.map((p) => [p.name, p.mentions]));
    expect(byName.产科金平台).toEqual(['“产科金”平台', '产科金平台']);
    expect(byName.专精特新板).toEqual(expect.arrayContaining(['“专精特新板”', 'OTC专精特新板']));
  });

  test('names inside excluded spans (titles, numbers) do not count', () => {
    const text =
      '出台《重庆市高质量孵化载体建设实施方案(2021—2025年)》,印发《关于成立重庆国际生物城建设推进工作小组的体制》。';
    const got = findPrograms(
      text,
      context(text, [
        '《重庆市高质量孵化载体建设实施方案(2021—2025年)》',
        '《关于成立重庆国际生物城建设推进工作小组的体制》',
      ]),
    );
    expect(got).toEqual([]);
  });
});
