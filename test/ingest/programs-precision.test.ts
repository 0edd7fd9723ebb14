// test/ingest/programs-precision.test.ts — what stops a program name: where it stands (addresses, the document's own
// headings and wrapped titles), what follows the head (divisions, counts), what precedes it (verbs, dates, ordinals),
// and whose it is (enterprises). Rows mix provinces and domains.

import { runRows } from './programs-rows.ts';

describe('where a name stands', () => {
  runRows([
    // A postal address.
    ['地址:重庆市两江新区黄山大道东段186号。通讯地址:成都市高新区天府大道中段。', {}],
    // The heading of one of the document's own tasks; a program it names inside a sentence still counts.
    ['(一)实施就业容量拓展行动。持续开展“把老乡留在老家”专项行动。', { 把老乡留在老家专项行动: 'initiative' }],
    ['二、开展残疾人就业帮扶专项行动\n各地要落实帮扶责任。\n3.实施农村公路提升工程;', {}],
    // A title wrapped at the head reads on from the next line.
    ['铜梁区促进农民工就近就业三年行动\n实施方案(2025—2027年)', {}],
    ['渝中区低空经济高质量发展三年行动计划\n(2025—2027年)\n为加快发展低空经济。', {}],
  ]);
});

describe('what follows the head', () => {
  runRows([
    // A division of an organ (…计划处, …计划财务处).
    ['向重庆市体育局计划财务处报送,报送至市农委发展计划处,抄送省科技厅规划计划处。', {}],
    // A construction site, its quality, a phase of a project.
    ['中标人应当将合同送工程所在地备案,确保工程质量,实施开州港二期工程。', {}],
    // `进行动态调整`: the head is the start of another word.
    ['对权力清单进行动态调整。', {}],
    // A count after the name, also a range, makes a class; unless it sums up an enumeration the name closes.
    ['创建各类国家级园区2—3个,新建市级创业园2个。', {}],
    [
      '建立了文峰镇农民工返乡创业园、巫溪县宝源返乡创业园2个农民工返乡创业园。',
      {
        文峰镇农民工返乡创业园: 'zone',
        巫溪县宝源返乡创业园: 'zone',
      },
    ],
  ]);
});

describe('what precedes the head', () => {
  runRows([
    // A verb that governs actions is never part of an action's name.
    ['区公安局将积极配合开展行动,组织实施行动。', {}],
    // A time word, a plan of a company, the words of a definition.
    ['目前暂无扩大试点范围的考虑,公司年初计划重新筹措资金,本规定所称信息系统工程是指信息化工程。', {}],
    // A source of money is not a purpose: `中央财政专项资金` is generic, a level and a purpose name a fund.
    ['争取中央财政专项资金4710万元,设立省级文化旅游发展专项资金。', { 省级文化旅游发展专项资金: 'fund' }],
    // A level word may begin a generic word (`市政`).
    ['依法必须进行招标的房屋建筑和市政基础设施工程。', {}],
    // A place and a verb open a clause (the place is its subject); a word ending in 市 is no place.
    [
      '河南省建设郑洛新国家自主创新示范区,成都市打造天府国际生物城,推进智慧城市建设试点。',
      {
        郑洛新国家自主创新示范区: 'zone',
        天府国际生物城: 'zone',
        智慧城市建设试点: 'pilot',
      },
    ],
    // 以 opens a phrase (`以…为牵引`) unless it begins a word (`以工代赈`); an adverb leads only a verb.
    [
      '以共同富裕示范区建设为牵引,实施以工代赈工程,共同打造成德眉资创新共同体,建设联合实验室。',
      {
        共同富裕示范区: 'zone',
        以工代赈工程: 'initiative',
        成德眉资创新共同体: 'initiative',
      },
    ],
    // `按计划` is "as planned"; 全区/全县 open a clause like 全市.
    ['项目资金按计划拨付,按照计划推进,召开全县乡村振兴推进大会。', {}],
    // 计划 as a verb (`还计划建设`); a quantity of things (`大量…工程`); a manner of acting (`迅速行动`, `自觉行动`); a
    // kind of facility (`游客服务中心`).
    [
      '今年还计划建设南阳水厂,我市兴建了大量农村安全饮水工程。军地之间密切联络、迅速行动、形成合力,化为自觉行动,完善游客服务中心。',
      {},
    ],
    // 计划 as a verb after an adverb (`科学合理计划`) and inside a word (`计划生育`); a hall (`人民大会堂`), a cadres'
    // meeting, a count of steps (`“六步走”工作安排`).
    ['科学合理计划适宜饲养量,符合计划生育政策,于人民大会堂召开镇村干部大会,按照“六步走”工作安排推进。', {}],
    // An amount's unit is not the name's first word; a determiner and its measure word make a reference, not a name.
    [
      '设立3亿元科技成果转化基金,安排50万元种子基金。此项工作计划分两期实施,该项工作计划年底完成。',
      { 科技成果转化基金: 'fund', 种子基金: 'fund' },
    ],
  ]);
});

describe('whose it is: enterprises, strategies', () => {
  runRows([
    ['重庆京东方光电科技有限公司产业园投产,引进中国平安集团西部创新中心。', {}],
    ['在巴蜀文化旅游走廊建设中扮演重要角色,编制巴蜀文化旅游走廊等专项规划。', {}],
    ['拟采用市场化方式运作、母子基金架构。', {}],
  ]);
});

describe('names that open with a counted measure word, a verb phrase, or the body itself', () => {
  runRows([
    // A measure word after a counter opens no name (`各项工作推进计划`, `14项工作推进计划`).
    ['各部门明确本年度全区政务公开各项工作推进计划,逐项分解落实。', {}],
    ['区政府制定14项工作推进计划。', {}],
    // An adverb of quality before a verb of building: the zone is what is built.
    [
      '高水平建设重庆两江新区、四川天府新区,高质量建设西部科学城。',
      { 重庆两江新区: 'zone', 四川天府新区: 'zone', 西部科学城: 'zone' },
    ],
    ['推动高质量发展示范区建设。', {}],
    // Verbs of duty, forming, leading to and approving stop the name.
    ['本机关主要履行开发区的经济发展、开发建设职能。', {}],
    ['与科技型经济组织结成利益共同体的科技特派员。', {}],
    ['更换城区通往旅游景区重要连接点的旅游交通标志。', {}],
    ['已立项建设教育部现代学徒制试点专业点41个。', {}],
    // The body itself, its plans and its venues.
    ['5.本机关重要会议信息;6.本机关人事信息。', {}],
    ['已将制定条例列入2021年立法工作计划预备项目。', {}],
    ['(1)区行政服务中心\n地址:重庆市荣昌区昌龙大道。', {}],
    // A zone followed by 委 is the zone's Party committee (an organ), not the zone.
    ['公开新区委领导、机构职能等概况信息。', {}],
    // A class counted with 数 before the count.
    ['中职学校参与行业产教融合共同体数4个。', {}],
    // Generic protected areas and common nouns before 行动.
    ['该片区域后来划为饮水源保护区。', {}],
    ['切实把思想行动统一到决策部署上来。', {}],
  ]);
});

describe('quoted formulas that are slogans or groups of people, and 计划 as a verb', () => {
  runRows([
    ['学好用好绿水青山就是金山银山“两山论”,走深走实产业生态化、生态产业化“两化路”。', {}],
    ['践行“两山论”,坚持“三生观”。', {}],
    ['聚焦“一老一小”等重点群体,关心“一老一小”人群。', {}],
    // A formula standing alone still names a campaign.
    ['推进行政决策、执行、管理、服务和结果“五公开”,提升透明度。', { 五公开: 'initiative' }],
    // `…路段计划实施…`: 计划 is the verb (plans to carry out).
    ['对临水临岩3米以上安全隐患路段计划实施安全护栏共计76公里,计划投资200万元。', {}],
  ]);
});

describe('a quoted name followed by a concept word is a concept', () => {
  runRows([
    ['是“人民城市”理念的集中体现,贯彻“四个面向”要求。', {}],
    ['打造“科创资本通”平台,实施“鸿雁计划”。', { 科创资本通平台: 'platform', 鸿雁计划: 'initiative' }],
  ]);
});

describe('a clause that places things by where they lie (a location word, then a verb of having)', () => {
  runRows([
    ['经现场查勘,该小区周边两条公路均有新建改造计划,待新建完成后开通公交。', {}],
    ['勐品村沿线即旅游环线建有景区,游客较多。', {}],
    // A construction site's readiness standard is no campaign.
    ['项目完成三通一平工作后开工。', {}],
  ]);
});

describe('verbs of including, adjusting, planning and heading, and a town or an office speaking of itself, end a name', () => {
  runRows([
    ['扎实推进法治政府建设,向着法治政府建设示范区目标迈进。', { 法治政府建设示范区: 'zone' }],
    ['资金包含水污染防治资金和土壤污染防治资金。', { 水污染防治资金: 'fund', 土壤污染防治资金: 'fund' }],
    ['调整充实重庆市政务公开工作领导小组。', { 重庆市政务公开工作领导小组: 'other' }],
    ['拟建重点水源工程3处。', {}],
    ['我镇政府信息公开领导小组负责此项工作。', { 政府信息公开领导小组: 'other' }],
    ['下一步工作计划如下。', {}],
  ]);
});

describe('a 计划 that a body files things into or draws up is a list, not a program', () => {
  runRows([
    ['因该项目乡镇未申请,未纳入产业路计划。', {}],
    ['经市人民政府批准列为棚户区改造计划和公共利益的建设项目。', {}],
    ['我委在规划农村公路护栏计划时加大了倾斜力度。', {}],
    ['将该路段编入年度养护计划并下达公路建设计划。', {}],
    // A plan drawn up for a period, the period between the verb and the plan.
    ['科学编制了2021-2025年老旧小区改造计划,制定“十四五”及2022年农村公路建设计划。', {}],
    // 计划 as a verb: `plans to invest`, `plans for the blocks`.
    ['兴庆区计划投入1.18亿元,分期组织计划对102个老旧小区实施改造,全县计划于年底建成。', {}],
    // A plan carried out, or quoted as a name, still is one.
    ['深入实施川渝科技创新合作计划。', { 川渝科技创新合作计划: 'initiative' }],
    ['纳入“鸿雁计划”支持范围。', { 鸿雁计划: 'initiative' }],
  ]);
});

describe('words of inclusion and choice before a zone end its name', () => {
  runRows([
    ['全市(不含两江新区、含西部科学城重庆高新区)开展试点。', { 两江新区: 'zone', 西部科学城重庆高新区: 'zone' }],
    ['只需个别部门或万州经开区参与。', { 万州经开区: 'zone' }],
  ]);
});

describe('classes of protected areas in a list are no named zones', () => {
  runRows([
    ['避让基本农田、饮用水源保护区、风景名胜区、文物保护区、自然保护区等敏感区域。', {}],
    ['加强缙云山国家级自然保护区建设。', { 缙云山国家级自然保护区: 'zone' }],
  ]);
});

describe('clauses and classes around a head: leading verbs, the rest of a class, a kind of things, a slogan', () => {
  runRows([
    ['请代表帮助进行水利工程建设,高度重视医学类博物馆和健康类博物馆建设。', {}],
    ['纳入其他农村公路建设计划,统筹其余项目资金,作下年度建设计划。', {}],
    ['建设更多更优民生工程,统筹镇级专项资金和乡级专项资金。', {}],
    ['县级财力只能靠上级补助资金,难以支撑专项资金。', {}],
    ['把成渝地区双城经济圈建设作为“一号工程”和全市工作总抓手。', {}],
    // 关于, 文件 and 正在 end a name on the left.
    [
      '烧钱化纸正在乡镇试点,根据农计发〔2016〕3号文件关于建设农业可持续发展试验示范区的要求。',
      { 农业可持续发展试验示范区: 'zone' },
    ],
    // A named program keeps its name.
    [
      '实施巴渝工匠培育计划,建设西部科学城重庆高新区。',
      { 巴渝工匠培育计划: 'initiative', 西部科学城重庆高新区: 'zone' },
    ],
  ]);
});

describe('names a head word ends but no program bears', () => {
  runRows([
    // Protection zones the law sets around railways, lines and military sites (fireworks-ban announcements list them).
    [
      '禁止在车站、码头、机场、加油站以及铁路线路安全保护区内燃放烟花爆竹;禁止在军事设施保护区、电力通信线路等设施安全保护区燃放。',
      {},
    ],
    // A body named 会议, an anniversary's celebration, and 行动上 (in deed).
    ['隆重举行庆祝中国人民政治协商会议成立75周年大会。', {}],
    ['在思想上政治上行动上同党中央保持高度一致。', {}],
    // A kind of welfare institution, not a named one.
    ['禁止在医院、学校、幼儿园、儿童福利院、养老机构燃放。', {}],
    // Two characters before a class of zones are the places the zones lie in; a zone's own name carries more.
    ['红桥、红果、盘北、董地、水月等5个产业园区加快基础设施建设。', {}],
  ]);
  runRows([['科学谷、菁云湖、照母山等孵化社区。', { 科学谷: 'zone', 菁云湖: 'zone', 照母山: 'zone' }]]);
});

describe("a zone's name before its organ's word is the place governed, not a program", () => {
  runRows([
    ['经研究,请绿园区政府代其向市政府申请调整区划。', {}],
    ['由两江新区管委会牵头负责。', {}],
  ]);
  runRows([['依托两江新区建设产业集群。', { 两江新区: 'zone' }]]);
});
