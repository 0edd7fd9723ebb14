// test/ingest/programs-heads.test.ts — program names by head noun, one table per class of the language
// (ANNOTATION.md "programs" and "Conventions settled on real documents"). Rows mix provinces and domains.

import { runRows } from './programs-rows.ts';

describe('named reforms: a reform carried out (开展/实施/推行) is a program; one deepened is a direction', () => {
  runRows([
    ['推进双城经济圈开展要素市场化配置综合改革,深化收入分配制度改革。', { 要素市场化配置综合改革: 'pilot' }],
    // A coordination inside the object of the verb belongs to the name.
    [
      '支持川渝高竹新区等省际毗邻地区开展经济区与行政区适度分离改革。',
      { 川渝高竹新区: 'zone', 经济区与行政区适度分离改革: 'pilot' },
    ],
    ['四川省在成都开展科技和金融结合改革,不断深化供给侧结构性改革,全面深化改革开放。', { 科技和金融结合改革: 'pilot' }],
    // Quoted reforms and known reform names, wherever they stand.
    [
      '广东省深入推进“数字政府”改革,持续深化“放管服”改革,全面推开“证照分离”改革。',
      { 数字政府改革: 'pilot', 放管服改革: 'pilot', 证照分离改革: 'pilot' },
    ],
    [
      '上海市深化一网通办,浙江省推进最多跑一次改革,推动政务服务跨省通办。',
      { 一网通办: 'pilot', 最多跑一次: 'pilot', 跨省通办: 'pilot' },
    ],
    // A quoted reform followed by a longer head is named by that head (the pilot).
    ['开展“县管校聘”改革试点。', { 县管校聘改革试点: 'pilot' }],
  ]);
});

describe('campaigns named as battles (…保卫战)', () => {
  runRows([
    [
      '坚决打好蓝天保卫战、碧水保卫战、净土保卫战,并在每年印发的蓝天保卫战重点工作任务中细化责任。',
      {
        蓝天保卫战: 'initiative',
        碧水保卫战: 'initiative',
        净土保卫战: 'initiative',
      },
    ],
    ['河北省打赢柴油货车污染治理攻坚战,持续打好黄河保卫战。', { 黄河保卫战: 'initiative' }],
  ]);
});

describe('scenic zones, nature reserves and parks of a named kind', () => {
  runRows([
    [
      '巫峡·神女景区获评全国文明旅游示范单位,五里坡自然保护区、小三峡·小小三峡景区入选十大旅游线路。',
      {
        巫峡·神女景区: 'zone',
        五里坡自然保护区: 'zone',
        小三峡·小小三峡景区: 'zone',
      },
    ],
    [
      '兴隆旅游度假区外部交通条件得到改善,张家界武陵源风景名胜区客流回升,将钓鱼城国家考古遗址公园列入规划。',
      {
        兴隆旅游度假区: 'zone',
        张家界武陵源风景名胜区: 'zone',
        钓鱼城国家考古遗址公园: 'zone',
      },
    ],
    [
      '建设大熊猫国家公园,推进长江国家文化公园(重庆段)建设,打造照母山森林公园,探索建立国家公园体制。',
      {
        大熊猫国家公园: 'zone',
        长江国家文化公园: 'zone',
        照母山森林公园: 'zone',
      },
    ],
    // A grade and a class noun are a class of zones, not one.
    ['成功创建国家4A级旅游景区,推进湿地自然保护区规划,新增精品景区。', {}],
  ]);
});

describe('zones of other kinds: economic and cooperation zones, towns, logistics parks', () => {
  runRows([
    [
      '建设贵州双龙航空港经济区,推进横琴粤澳深度合作区建设,打造杭州梦想小镇,建设重庆国际物流园。',
      {
        贵州双龙航空港经济区: 'zone',
        横琴粤澳深度合作区: 'zone',
        杭州梦想小镇: 'zone',
        重庆国际物流园: 'zone',
      },
    ],
    // Bare class nouns after a verb or a generic word.
    ['培育一批特色小镇,规划建设物流园,支持经济区发展。', {}],
  ]);
});

describe('festivals, fairs and games', () => {
  runRows([
    [
      '中国·重庆长江三峡(巫山)国际红叶节获评节庆品牌,在每年中国农民丰收节期间组织活动,办好青岛国际啤酒节。',
      {
        '中国·重庆长江三峡(巫山)国际红叶节': 'event',
        中国农民丰收节: 'event',
        青岛国际啤酒节: 'event',
      },
    ],
    // Fairs go by three-character short names.
    [
      '组织企业参加中国国际农产品交易会、西部农交会、绿博会等展会,办好进博会和广交会。',
      {
        中国国际农产品交易会: 'event',
        西部农交会: 'event',
        绿博会: 'event',
        进博会: 'event',
        广交会: 'event',
      },
    ],
    [
      '举办第三届中国—东盟博览会,筹办全运会和重庆马拉松。',
      { '中国—东盟博览会': 'event', 全运会: 'event', 重庆马拉松: 'event' },
    ],
  ]);
});

describe('named meetings are events; sittings of a body are not', () => {
  runRows([
    [
      '认真贯彻全国城市生活垃圾分类现场会议精神,联合召开了2023年第一次川渝大气污染联防联控工作会议。',
      {
        全国城市生活垃圾分类现场会议: 'event',
        川渝大气污染联防联控工作会议: 'event',
      },
    ],
    ['经市政府第12次常务会议审议通过,按照省政府第四次全体(扩大)会议要求,召开市级部门调研座谈会议。', {}],
    ['习近平总书记主持召开中央财经委员会第六次会议,严格落实市委人才工作会议部署。', {}],
    // A meeting of awards is an event when named; its edition stays in the name when it is not first.
    ['省委、省政府决定召开省第十届劳动模范表彰大会。', { 省第十届劳动模范表彰大会: 'event' }],
  ]);
});

describe('work groups and leading groups are programs of kind other', () => {
  runRows([
    [
      '区农业农村委成立了市场供应保障组,市政府组建重大项目攻坚工作专班,成立全市安全生产工作领导小组。',
      {
        市场供应保障组: 'other',
        重大项目攻坚工作专班: 'other',
        安全生产工作领导小组: 'other',
      },
    ],
    // A body set up for a strategy is a program; the group of a body is named after the body's name ends.
    [
      '制定推动成渝地区双城经济圈建设联合办公室生态环境共建专项工作组工作机制。',
      {
        成渝地区双城经济圈建设联合办公室: 'other',
        生态环境共建专项工作组: 'other',
      },
    ],
    ['成立工作专班,2023年1月再次修订专项工作组工作机制。', {}],
  ]);
});

describe('coordinating committees named by their task are bodies of kind other', () => {
  runRows([
    [
      '报重庆市人民政府突发公共事件应急委员会审定,由城口县规划委员会审议,国家教委中小学教材审定委员会负责。',
      // The organ that sets a body up ends its name on the left, as for any body (the full name contains it).
      { 突发公共事件应急委员会: 'other', 城口县规划委员会: 'other', 中小学教材审定委员会: 'other' },
    ],
    // A commission that is an organ (发展和改革委员会) is no such body.
    ['重庆市发展和改革委员会、市卫生健康委员会负责。', {}],
    // A level word alone before the task names that level's body.
    [
      '依托市减灾委统筹协调。各镇人民政府,区防灾减灾救灾委员会各成员单位。',
      { 市减灾委: 'other', 区防灾减灾救灾委员会: 'other' },
    ],
  ]);
});

describe('a body named after a task that holds verbs, and a body named through its office', () => {
  runRows([
    // The name reaches back to the verb that sets the body up, or to the place opening it.
    [
      '市人民政府决定成立咸宁市车用乙醇汽油推广使用工作领导小组,领导小组下设办公室。',
      { 咸宁市车用乙醇汽油推广使用工作领导小组: 'other' },
    ],
    ['县政府组建了创建国家卫生县城工作专班。', { 创建国家卫生县城工作专班: 'other' }],
    ['成立贵阳市推进数据中心集聚发展指挥部,统筹调度。', { 贵阳市推进数据中心集聚发展指挥部: 'other' }],
    // Without such a start the verb still ends the name: a clause's verb is no part of a body.
    ['要求各区县推进工作专班运行。', {}],
    // A task of a verb and generic words only names no body.
    ['各单位都成立创建工作领导小组,组建推进工作专班。', {}],
    // `…的办公室` of a body: the body is named; what reports to it is not part of its name.
    ['发现火情立即报告区森林草原防灭火指挥部办公室。', { 区森林草原防灭火指挥部: 'other' }],
    ['被国家新型智慧城市部际协调工作组办公室授予荣誉。', { 国家新型智慧城市部际协调工作组: 'other' }],
    ['建立了由推动长江经济带发展领导小组办公室牵头的协商机制。', { 长江经济带发展领导小组: 'other' }],
    // 被 opens no name, except in 被征地 (landless farmers are the program's subject).
    ['将被征地农民养老保险试点纳入考核。', { 被征地农民养老保险试点: 'pilot' }],
  ]);
});

describe('apps and service platforms named by their short name', () => {
  runRows([
    [
      '请及时通过人大代表全渝通应用评价,登录浙里办APP办理,使用随申办小程序查询。',
      {
        人大代表全渝通: 'platform',
        浙里办: 'platform',
        随申办: 'platform',
      },
    ],
    [
      '依托渝快办上线“一件事一次办”,推动粤省事、皖事通与天府通办互认。',
      {
        渝快办: 'platform',
        一件事一次办: 'initiative',
        粤省事: 'platform',
        皖事通: 'platform',
        天府通办: 'platform',
      },
    ],
    // `应用` after anything else is the verb or the noun "application".
    ['推广应用新技术,加强示范应用,拓展人工智能应用场景。', {}],
  ]);
});

describe('numbered strategies: a number formula labels the name, quoted or not', () => {
  runRows([
    [
      '持续壮大“33618”现代制造业集群,推进“416”科技创新布局,形成“11263”的现代农业产业体系。',
      {
        '33618现代制造业集群': 'initiative',
        '416科技创新布局': 'initiative',
        '11263现代农业产业体系': 'initiative',
      },
    ],
    [
      '湖北省打造51020现代产业集群,四川省构建“5+1”现代工业体系。',
      { '51020现代产业集群': 'initiative', '5+1现代工业体系': 'initiative' },
    ],
    // A slogan or a year is no number label; without a label these heads are generic.
    ['统筹推进“五位一体”总体布局,构建现代产业体系,2023年优化产业布局。', {}],
  ]);
});

describe('laboratories and large science facilities', () => {
  runRows([
    [
      '建设合肥综合性国家科学中心,推进全超导托卡马克核聚变实验装置建设。',
      { 合肥综合性国家科学中心: 'zone', 全超导托卡马克核聚变实验装置: 'institution' },
    ],
    [
      '加快建设嘉陵江实验室、金凤实验室和广州实验室,推进全国重点实验室重组。',
      { 嘉陵江实验室: 'institution', 金凤实验室: 'institution', 广州实验室: 'institution' },
    ],
  ]);
});

describe('programs known by a name without a head noun', () => {
  runRows([
    ['以数字重庆建设为契机,服务数字中国和科技强国建设。', { 数字重庆: 'initiative' }],
    // Any province's digital program goes by the same formula (ingest/data/places.json gives the short names).
    [
      '浙江省深化数字浙江建设,福建省推进数字福建建设,内蒙古加快数字内蒙古建设。',
      {
        数字浙江: 'initiative',
        数字福建: 'initiative',
        数字内蒙古: 'initiative',
      },
    ],
    ['复制推广北京中关村、深圳前海经验,支持临港新片区先行先试。', { 中关村: 'zone', 前海: 'zone', 临港新片区: 'zone' }],
  ]);
});

describe('bases named by the nation or a place', () => {
  runRows([
    [
      '支持国家外贸转型升级基地、工业园区建设,推动彭水县民族医药康养基地建设。',
      {
        国家外贸转型升级基地: 'zone',
        彭水县民族医药康养基地: 'zone',
      },
    ],
    [
      '申报国家级示范基地,建设四川省川菜产业基地,创建全国农业科技现代化示范基地。',
      {
        四川省川菜产业基地: 'zone',
        全国农业科技现代化示范基地: 'zone',
      },
    ],
    // Without a national prefix or a place a base is a class (a crop, a trade, a role).
    ['建设优质粮油种植基地20万亩,打造战略物资储运基地,实施振兴老工业基地战略,命名市级科普基地。', {}],
  ]);
});

describe('work groups by their task and flower festivals', () => {
  runRows([
    [
      '成立市场供应保障组,组建项目建设协调组,设立疫情防控工作推进组,成立专家组。',
      {
        市场供应保障组: 'other',
        疫情防控工作推进组: 'other',
      },
    ],
    [
      '举办第五届梁平樱花节,开展油菜花节、李花节系列活动,举办桃花节。',
      {
        梁平樱花节: 'event',
        油菜花节: 'event',
        李花节: 'event',
        桃花节: 'event',
      },
    ],
  ]);
});

describe('a recurring national census by its official name (第N次全国…普查)', () => {
  runRows([
    ['结合灵璧县第四次全国文物普查,开展传统村落调查。', { 第四次全国文物普查: 'initiative' }],
    ['做好第三次全国文物普查工作。', { 第三次全国文物普查: 'initiative' }],
    // A kind of work, and a loose rewording of the name, name none.
    ['将古镇纳入全县旅游资源普查,持续开展古树名木资源普查。', {}],
    ['利用全国第一次自然灾害综合风险普查成果数据。', {}],
  ]);
});
