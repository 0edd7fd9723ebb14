// test/ingest/programs-stop-lists.test.ts — lists whose items are no programs: a bus route's stops (dashes, or 一
// standing for the dash) and the kinds of works a clause lists (包括A工程、B工程; 水利、园林、港口工程); a facility,
// an attributive 计划 and a meeting with no name of its own. Rows mix provinces and domains.

import { runRows } from './programs-rows.ts';

describe("a route's stops", () => {
  runRows([
    ['具体线路为黄桷雅居—中天装饰广场—实验中学—金科世界城—御临城D区—阳光小镇—菩提山。', {}],
    ['新增公交环线运行线路为:中博广场一政务中心一职教中心一白公社区服务中心一碧桂园一鸣玉溪公园一忠州博物馆。', {}],
    ['优化调整后线路为火车站-科技园-高新区管委会-软件园-大学城。', {}],
    // A year range in a name is no route.
    ['实施“智汇巴渝”人才计划(2021—2025年)。', { 智汇巴渝人才计划: 'initiative' }],
  ]);
});

describe('kinds of works in a list', () => {
  runRows([
    ['高标准农田建设的内容主要包括土地平整工程、灌溉与排水工程、田间道路工程、农田防护与生态环境保持工程。', {}],
    ['负责土建、装饰装潢、安装工程以及水利、园林、民防、港口工程的监督管理。', {}],
    ['项目分为主体工程、附属工程和配套工程三部分。', {}],
    // A named national programme in a sentence of its own stays a program.
    ['全面实施“强基工程”,大力实施文物保护工程。', { 强基工程: 'initiative', 文物保护工程: 'initiative' }],
  ]);
});

describe('a facility, an attributive 计划, a meeting without a name', () => {
  runRows([
    ['我委组织白公街道社区卫生服务中心和公交公司现场查勘,充分征求卫生服务中心领导意见。', {}],
    ['由市节约用水办公室下达计划用水指标的用水单位,均可申请借款。', {}],
    ['今年4月,我委数次召开关于公交线路优化的研讨协调会议。', {}],
    ['负责上海市重大工程文明施工管理的日常工作。', {}],
    // 有计划地 is an adverb; a meeting's discipline is no meeting.
    ['国家有计划地加强统计信息化建设,推进统计信息搜集。', {}],
    ['代表应当出席会议,严格遵守会议纪律。', {}],
    // Works under construction are no program; nor is what a body's own field holds.
    ['强化已成和在建水利工程巡查值守。', {}],
  ]);
});

describe('what a clause says does not exist; a quoted working method with its word of work', () => {
  runRows([
    ['县交通运输局主要负责乡村公路项目建设,无乡村停车场项目建设计划和资金,即无政策支持。', {}],
    ['镇村负责用地划拨、手续办理及“三通一平工作”,现特此回复。', {}],
    ['深入开展“无废城市”建设试点。', { 无废城市: 'pilot' }],
    ['积极推进无废城市建设试点工作。', { 无废城市建设试点: 'pilot' }],
  ]);
});

describe('a work as the predicate of 是 is a metaphor; a quoted manner is no program', () => {
  runRows([
    ['就业是最大的民生工程、民心工程、根基工程。', {}],
    ['把就业作为\n\n最大的民生工程、民心工程、根基工程,作为保障和改善民生的头等大事。', {}],
    // 计划 after a verb of including, or of supplying, is the plan in general.
    ['将中蟠公路纳入计划进行升级改造,供应计划公布后组织拍卖。', {}],
    ['以执法服务监管“一体式”、“一户式”管理机制等为支撑。', {}],
    // A zone named as the predicate is still a program.
    [
      '两江新区是国务院批准设立的重庆两江新区国家级新区,建设重庆国家自主创新示范区。',
      { 两江新区: 'zone', 重庆两江新区国家级新区: 'zone', 重庆国家自主创新示范区: 'zone' },
    ],
  ]);
});

describe("a strategy's plan of action is a program; the strategy alone and civil-defence works are not", () => {
  runRows([
    ['全面实施以大数据智能化为引领的创新驱动发展战略行动计划。', { 创新驱动发展战略行动计划: 'initiative' }],
    ['深入实施创新驱动发展战略,加强人防工程建设。', {}],
  ]);
});

describe("generic funds, zone words and a group's meeting, with no name of their own", () => {
  runRows([
    ['加强医保基金监管,召开领导小组会议研究。', {}],
    ['本市风景旅游区、经济开发区内的生活垃圾由管理机构负责。', {}],
    // Emergency steps and a body's meetings and study plans, in words of the domain.
    ['明确工作程序和响应行动,采取紧急防灾避险行动。', {}],
    ['召开执法协调小组会议和法治建设专题会议,制定理论学习中心组学习计划。', {}],
    // A named one still is a program.
    ['设立重庆市中小企业发展基金。', { 重庆市中小企业发展基金: 'fund' }],
    ['实施巴渝工匠计划,争取三峡后续扶持资金。', { 巴渝工匠计划: 'initiative', 三峡后续扶持资金: 'fund' }],
  ]);
});

describe('the stage of works, and a clause opened by a connective, name no program', () => {
  runRows([
    ['新建公厕现已完成主体工程建设,剩余工程将在年内完成。', {}],
    ['同步实施相关附属工程和一系列专项工程,修复损毁工程。', {}],
    // 由于, 尽管, 但, 例如, 随着, 本着 open a clause: what follows them is no part of a name.
    ['由于保护区范围调整,项目暂缓实施。', {}],
    ['尽管景区客流下降,项目仍按期推进。', {}],
    ['随着示范区范围扩大,例如试点任务也相应增加。', {}],
    // A named fund keeps a purpose word after its subject (`后续` is the 三峡 programme's own word).
    ['积极争取三峡后续扶持资金支持库区发展。', { 三峡后续扶持资金: 'fund' }],
  ]);
});

describe('statutory classes of zones: a grade or a kind of water source before 保护区; a legal sea zone', () => {
  runRows([
    ['禁养区包括饮用水水源一级保护区、饮用水水源二级保护区和水库保护区。', {}],
    ['在我国管辖的领海、专属经济区和大陆架发生的案件。', {}],
    // A named reserve keeps its own name.
    ['加强重庆缙云山国家级自然保护区管理。', { 重庆缙云山国家级自然保护区: 'zone' }],
  ]);
});
