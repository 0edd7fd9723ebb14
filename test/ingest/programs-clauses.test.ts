// test/ingest/programs-clauses.test.ts — a name's left edge never swallows a clause: verbs of a clause (担任, 改善, 解决),
// person titles (副局长, 主任) and organ names end it, and a head left with only a verb phrase, a generic noun or a
// place described by where it lies (广场周边园区) makes no program. Rows mix provinces and domains.

import { runRows } from './programs-rows.ts';

describe('person titles and verbs of a clause end a name', () => {
  runRows([
    ['由应急管理部安全监管总局副局长担任联席会议召集人,各成员单位负责同志参加。', {}],
    ['省农业农村厅副厅长兼任领导小组办公室主任,市发展改革委主任担任试点工作总召集人。', {}],
    ['广东省财政厅厅长担任领导小组组长,县长主持召开专题会议研究解决园区问题。', {}],
    ['江西省农业农村厅处长负责试点工作,市委书记担任总指挥。', {}],
    // A person and the post they take (同志, 任) end a name; words holding 任 (责任, 任务) do not.
    ['张三同志任领导小组副组长,李四代表提出的加快建设物流园区的建议。', {}],
    ['成立落实主体责任工作专班,实施任务清单管理试点。', { 落实主体责任工作专班: 'other', 任务清单管理试点: 'pilot' }],
    // A verb of a clause right before the head takes it as its object.
    ['有效解决示范区企业融资难题,切实解决园区用地问题。', {}],
    ['协助做好产业园区规划,督促指导各园区落实安全责任。', {}],
    [
      '代表团出席中国国际服务贸易交易会,企业参展中国西部国际投资贸易洽谈会。',
      {
        中国国际服务贸易交易会: 'event',
        中国西部国际投资贸易洽谈会: 'event',
      },
    ],
    // An organ's name ends before the program it runs; words holding the same characters (格局, 布局) do not.
    [
      '区人大常委会搭建人大代表履职服务平台,省科技厅科技成果转化示范区,市经济信息委中小企业发展专项资金。',
      {
        人大代表履职服务平台: 'platform',
        科技成果转化示范区: 'zone',
        中小企业发展专项资金: 'fund',
      },
    ],
    [
      '构建新发展格局示范区,优化“416”科技创新布局,市场监管局局长。',
      {
        新发展格局示范区: 'zone',
        '416科技创新布局': 'initiative',
      },
    ],
    // Organs that lead or join the work stand outside the program they set up.
    ['市商务委会同市财政局设立外经贸发展专项资金,由市经济信息委牵头组建工作专班。', { 外经贸发展专项资金: 'fund' }],
  ]);
});

describe('verbs of selecting, granting and handling are not part of a name', () => {
  runRows([
    [
      '组织第三届“渝创渝新”创新创业大赛,认真组织实施英才计划。',
      { 渝创渝新创新创业大赛: 'event', 英才计划: 'initiative' },
    ],
    ['推荐申报国家级文化产业示范园区,遴选一批市级示范项目,荣获全国文明城市。', { 国家级文化产业示范园区: 'zone' }],
    // A function word's character at the start of a word (及时, 对接) is no boundary; the word leads the clause.
    ['研究制定科创基金管理办法,及时公布示范区名单,对接中新互联互通项目。', { 科创基金: 'fund' }],
    ['入驻重庆高新区的企业享受研发费用加计扣除政策,给予创业补贴。', { 重庆高新区: 'zone' }],
  ]);
});

describe('a head after a determiner or a class noun is no name', () => {
  runRows([
    ['各镇街成立相应工作小组,举行新闻发布会议,打造社区养老服务中心,建设居家养老服务中心。', {}],
    // Where a class lies (省内外, 区内, 辖区) or that it exists (现有) does not name one; -化 makes a manner of it.
    ['吸引省内外景区合作,推动区内园区协同发展,加强辖区景区安全管理,推动现有园区提质,引导企业园区化发展。', {}],
    ['境内外投资基金,国内外知名展会,市内各示范区。', {}],
    ['建立人才引进计划,实施海外高层次人才引进计划,落实就业计划。', { 海外高层次人才引进计划: 'initiative' }],
  ]);
});

describe('a head placed by where it lies is no name', () => {
  runRows([
    ['进一步改善广场周边园区环境,着力改善景区周边交通条件。', {}],
    ['加强城区附近景区管理,整治高速公路沿线园区环境。', {}],
    // Inside a longer name the same word does not stop it.
    [
      '该路口信号灯已纳入“渝城护学”校园周边高质量育人环境提升行动。',
      { 渝城护学校园周边高质量育人环境提升行动: 'initiative' },
    ],
  ]);
});
