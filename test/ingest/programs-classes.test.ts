// test/ingest/programs-classes.test.ts — words that look like program names but name a class or a reference: a body's
// own sittings, a determiner before the head, domain nouns before a weak head, a government's service unit. Rows mix
// provinces, levels and domains; each class keeps a named program next to its look-alikes.

import { runRows } from './programs-rows.ts';

describe("a body's sittings are never programs", () => {
  runRows([
    ['经部务会议审议通过,现予公布。', {}],
    ['经局务会议研究决定,并报局党组会议审定。', {}],
    ['经2023年第5次厅务会议审议通过,报院务会议研究。', {}],
    ['经县委常委会会议、县政府常务会议研究。', {}],
    ['经区人大常委会主任会议研究,校务会议、领导班子会议讨论。', {}],
    // A recurring working conference of a level named by its domain.
    ['召开全县三级干部大会、全市农村工作会议和全区经济工作会议。', {}],
    // A verb of taking in a meeting's spirit before it is no part of a name.
    ['要认真学习贯彻中央和全区会议精神,全面正确地领会会议精神。', {}],
    // A conference named by its own subject is an event.
    ['召开川渝大气污染联防联控工作会议。', { 川渝大气污染联防联控工作会议: 'event' }],
  ]);
});

describe('a determiner before the head refers back, it does not name', () => {
  runRows([
    ['我局将推动该工程尽快实施。', {}],
    ['实施此项计划,推进这项工程建设。', {}],
    ['全力推进该项工程建设,加快这些项目落地。', {}],
    ['区水利局将尽快实施该计划,并推动此工程。', {}],
    // A named program next to a reference to it.
    ['实施重庆英才计划,该计划每年遴选500名人才。', { 重庆英才计划: 'initiative' }],
  ]);
});

describe('domain nouns before a weak head are a class', () => {
  runRows([
    ['印发标准编制计划。', {}],
    ['实施农村能源工程,开展增绿行动。', {}],
    ['开展农村人居环境整治行动和城乡绿化行动。', {}],
    ['推进节能减排工程,实施标准化建设计划。', {}],
    ['安排乡村振兴衔接资金500万元,下达巩固拓展脱贫攻坚成果衔接资金和农村环境整治资金。', {}],
    // A place, a quoted or proper name, or specific words still name one.
    [
      '实施“满天星”行动计划和渝创渝新创业促进计划,开展健康中国重庆行动。',
      {
        满天星行动计划: 'initiative',
        渝创渝新创业促进计划: 'initiative',
        健康中国重庆行动: 'initiative',
      },
    ],
    ['下达年度用工计划、生产经营计划和固定资产投资计划。', {}],
    ['实施骨干水源工程、配套工程和民生实事工程。', {}],
    ['加强防洪减灾工程建设,推进防洪及水环境治理工程、水保环保工程和水利工程。', {}],
    // A quota or a schedule, whatever stands before it.
    ['下达林木采伐计划、粮食收购计划、储备粮轮换计划,落实建设用地计划。', {}],
    [
      '实施海外高层次人才引进计划,推进退耕还林工程和天然林保护工程。',
      {
        海外高层次人才引进计划: 'initiative',
        退耕还林工程: 'initiative',
        天然林保护工程: 'initiative',
      },
    ],
    [
      '落实三峡后续扶持资金,开展科技服务生态优化行动。',
      { 三峡后续扶持资金: 'fund', 科技服务生态优化行动: 'initiative' },
    ],
  ]);
});

describe("a government's service unit is no program", () => {
  runRows([
    ['由县农业项目管理服务中心负责。', {}],
    ['由区农业项目管理服务中心、镇农业服务中心负责,县农业技术推广服务中心配合。', {}],
    ['县农村经济经营管理服务中心、县社会保险事务服务中心按职责办理。', {}],
    // A centre set up as a named program still counts.
    [
      '重庆市高校科技成果转化服务中心正式揭牌,跨省税费征管服务中心上线。',
      {
        重庆市高校科技成果转化服务中心: 'institution',
        跨省税费征管服务中心: 'institution',
      },
    ],
  ]);
});

describe("a government's research institute is no program", () => {
  runRows([
    ['由市农业科学研究院、县农业科学研究所负责。', {}],
    ['省林业科学研究院开展监测,区畜牧科学研究院配合。', {}],
    // An institute set up as a named program.
    [
      '重庆大学产业技术研究院、中国科学院重庆绿色智能技术研究院落户。',
      {
        重庆大学产业技术研究院: 'institution',
        中国科学院重庆绿色智能技术研究院: 'institution',
      },
    ],
  ]);
});

describe('a working method is no campaign', () => {
  runRows([
    ['创新“一建议一方案”办理模式。', {}],
    ['开展“一建议一方案”行动,推行“一企一策”。', {}],
    ['开展“一事一议”活动,落实“一户一策”帮扶。', {}],
    // A campaign named by a formula still counts.
    ['启动“百千万工程”和“一村一品”行动。', { 百千万工程: 'initiative', 一村一品行动: 'initiative' }],
  ]);
});

describe('a chief system (…长制) is a named reform', () => {
  runRows([
    [
      '全面推行林长制,深化河湖长制,探索田长制。',
      { 林长制: 'initiative', 河湖长制: 'initiative', 田长制: 'initiative' },
    ],
    ['落实河长制湖长制,推行路长制。', { 河长制: 'initiative', 湖长制: 'initiative', 路长制: 'initiative' }],
    // A patriarchal style, a head's rule, growth, a body of the reform are none.
    ['克服家长制作风,实行首长制,消除经济增长制约因素,由区河长制办公室负责。', {}],
  ]);
});

describe('a named medical or pension insurance scheme', () => {
  runRows([
    ['参加新型农村合作医疗和城乡居民基本医疗保险。', { 新型农村合作医疗: 'other', 城乡居民基本医疗保险: 'other' }],
    ['将其纳入城乡居民基本养老保险。', { 城乡居民基本养老保险: 'other' }],
    // The premium, the benefit or the account of a scheme is no scheme.
    ['按时缴纳城乡居民基本医疗保险费,享受城乡居民基本养老保险待遇。', {}],
  ]);
});

describe('a statutory insurance fund is a class of money', () => {
  runRows([
    ['社会保险基金、医疗保险基金和失业保险基金应当专款专用。', {}],
    ['省设立农业保险风险基金,统筹使用养老保险基金。', {}],
    ['设立重庆科技成果转化基金和城市更新基金。', { 重庆科技成果转化基金: 'fund', 城市更新基金: 'fund' }],
  ]);
});
