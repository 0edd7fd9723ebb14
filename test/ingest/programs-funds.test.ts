// test/ingest/programs-funds.test.ts — funds named by their purpose (`三峡后续扶持资金`, `农村环境连片整治示范资金`) are
// programs of kind fund; money named by its source, share or use (`财政资金`, `结余资金`, `回笼资金`) is not. A
// demonstration is a pilot when it is the whole object of inclusion or of carrying out.

import { runRows } from './programs-rows.ts';

describe('funds named by purpose', () => {
  runRows([
    ['争取三峡后续扶持资金2000万元,用于库区移民安置。', { 三峡后续扶持资金: 'fund' }],
    [
      '安徽省用好农村环境连片整治示范资金,四川省设立川陕革命老区振兴发展资金。',
      {
        农村环境连片整治示范资金: 'fund',
        川陕革命老区振兴发展资金: 'fund',
      },
    ],
    ['设立三峡库区后续工作专项资金,争取中央财政专项资金。', { 三峡库区后续工作专项资金: 'fund' }],
    ['区人力社保局联合区财政局设立创业担保贷款贴息资金。', { 创业担保贷款贴息资金: 'fund' }],
    [
      '下达大气污染防治资金3亿元,争取水污染防治资金,落实森林生态效益补偿资金。',
      {
        大气污染防治资金: 'fund',
        水污染防治资金: 'fund',
        森林生态效益补偿资金: 'fund',
      },
    ],
  ]);
});

describe('money that is no named fund', () => {
  runRows([
    ['安排专项资金和财政资金,及时拨付补助资金,统筹整合涉农资金。', {}],
    ['做好住宅专项维修资金管理,分户账结余资金退还业主。', {}],
    ['目前上级暂无桥系专项补助资金,公司计划重新筹措资金,让创业者快速回笼资金。', {}],
    ['利用财政科技发展资金,争取上级补助资金,统筹市级、区级资金。', {}],
    ['2022年共发放补助资金3.2亿元,及时兑现奖补资金,筹集帮扶资金。', {}],
    // A verb before an insurance fund governs it (`符合失业保险基金用途`, `缴纳待业保险基金`): no fund's name.
    ['符合失业保险基金用途的支出,由单位缴纳待业保险基金,保证国家信贷基金的完整。', {}],
    ['积极运用政府引导基金支持项目。', {}],
    // Verbs before a class of zones govern it (科学界定, 改进): no zone is named.
    ['要科学界定自然保护区范围,改进自然保护区管理。', {}],
    // A sector and a use (发展, 建设) name where money goes, not a fund.
    ['争取农业发展资金,安排文化产业发展资金,落实高速公路建设资金,保障重点项目建设资金。', {}],
  ]);
});

describe('a demonstration as the object of inclusion', () => {
  runRows([
    [
      '国家发展改革委将我市垫江县、忠县纳入国家县城新型城镇化建设示范,据了解。',
      { 国家县城新型城镇化建设示范: 'pilot' },
    ],
    [
      '湖北省列入全国农村环境连片整治示范,开展农业科技示范,实施示范创建,推广示范经验。',
      { 全国农村环境连片整治示范: 'pilot' },
    ],
    ['开展创建示范,积极推进示范,发挥示范,推进典型示范。', {}],
  ]);
});
