// test/ingest/programs-parks-platforms.test.ts — scenic areas and named public parks (…风景名胜区, …游园) are zones,
// named service platforms (…履职服务平台, a place's 政务服务平台) are platforms; class nouns of either are not.

import { runRows } from './programs-rows.ts';

describe('scenic areas and named parks', () => {
  runRows([
    ['花亭湖风景名胜区获评国家5A级旅游景区,建设一碗水特色游园。', { 花亭湖风景名胜区: 'zone', 一碗水特色游园: 'zone' }],
    ['修缮青龙湖游园,提升城市游园品质,新建特色游园3个。', { 青龙湖游园: 'zone' }],
    // A world-class rank is a level, not a name; a named tourism belt is a zone.
    [
      '支持武隆喀斯特旅游区创建世界级旅游景区,推进长江三峡国际黄金旅游带建设。',
      {
        武隆喀斯特旅游区: 'zone',
        长江三峡国际黄金旅游带: 'zone',
      },
    ],
    // A garden party is an event of a festival, not a park.
    ['举办元宵节游园活动,开展迎新春游园会。', {}],
  ]);
});

describe('named service platforms', () => {
  runRows([
    [
      '依托人大代表履职服务平台,用好政协委员履职服务平台。',
      { 人大代表履职服务平台: 'platform', 政协委员履职服务平台: 'platform' },
    ],
    ['建设重庆市政务服务平台,完善一体化在线政务服务平台,打造一站式综合服务平台。', { 重庆市政务服务平台: 'platform' }],
  ]);
});
