// test/ingest/programs-quoted.test.ts — quoted names (“…”): strong signals of a program, but not every quote is one.
// Rows mix provinces and domains.

import { runRows } from './programs-rows.ts';

describe('a quoted name standing alone as the object of a verb of carrying out', () => {
  runRows([
    [
      '继续组织实施“选派大学生到村任职”、“选调生”、“三支一扶”(支教、支农、支医和扶贫)等项目。',
      {
        选派大学生到村任职: 'initiative',
        选调生: 'initiative',
        三支一扶: 'initiative',
      },
    ],
    ['着力推行“互联网+政务”,全面推行“双随机、一公开”监管。', { '互联网+政务': 'initiative' }],
    [
      '山东省启动“无证明城市”建设,江苏省实施“苏岗贷”,试行“容缺受理”。',
      { 无证明城市: 'pilot', 苏岗贷: 'initiative', 容缺受理: 'initiative' },
    ],
  ]);
});

describe('a quoted name opening a clause as the subject of a selection or an award', () => {
  runRows([
    [
      '十大旅游线路发布。“巫山恋橙采摘之旅”入选全国乡村旅游精品线路,“三峡之光 诗画长江”获评示范案例。',
      {
        巫山恋橙采摘之旅: 'other',
        三峡之光诗画长江: 'other',
      },
    ],
    ['2023年,“齐鲁样板”荣获全国乡村振兴优秀案例;“黄河大集”被评为年度品牌。', { 齐鲁样板: 'other', 黄河大集: 'other' }],
    // Not opening a clause (a modifier), or not followed by such a verb.
    ['下庄村晚入选2023年“四季村晚”全国示范展示点,“乡村四时好风光”发布。', {}],
  ]);
});

describe('a quoted numeral formula standing alone', () => {
  runRows([
    [
      '推进行政决策、执行、管理、服务和结果“五公开”,巩固“两不愁三保障”,成果明显。',
      { 五公开: 'initiative', 两不愁三保障: 'initiative' },
    ],
    // A count of things, a period or a two-character word is a slogan.
    ['增强“四个意识”、坚定“四个自信”,坚持“两大定位”,编制“十四五”,服务“三农”、', {}],
  ]);
});

describe('a quoted clause is not a name', () => {
  runRows([
    ['关于“建议统一保供平台”建议的办理情况。将“建立科技成果转化体系”写入条例。', {}],
    // A quote that is one item of a list before 等改革 is not the reform's name.
    ['将“科技成果转化收益分配”等改革举措固化为法规条款。', {}],
  ]);
});

describe('numbered quoted labels before an action head keep the label', () => {
  runRows([
    ['天津深入打好污染防治攻坚战,实施“1+3+8”行动计划。', { '1+3+8行动计划': 'initiative' }],
    [
      '持续开展“把老乡留在老家”专项行动,推进“渝城护学”校园周边高质量育人环境提升行动。',
      {
        把老乡留在老家专项行动: 'initiative',
        渝城护学校园周边高质量育人环境提升行动: 'initiative',
      },
    ],
  ]);
});

describe('a count before the head sums up the quoted names before it', () => {
  runRows([
    [
      '推进“粤菜师傅”“广东技工”“南粤家政”三项工程,开展“天府英才”、“蓉漂人才”两大计划。',
      {
        粤菜师傅: 'initiative',
        广东技工: 'initiative',
        南粤家政: 'initiative',
        天府英才: 'initiative',
        蓉漂人才: 'initiative',
      },
    ],
    // A quoted count of actions names none.
    ['实施“三大行动”,推进“两个计划”,实施“渝跃行动”。', { 渝跃行动: 'initiative' }],
  ]);
});
