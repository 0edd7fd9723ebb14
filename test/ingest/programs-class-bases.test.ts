// test/ingest/programs-class-bases.test.ts — a base named only by its level and domain words (`国家新型综合能源基地`)
// is a class of bases; works placed by where they lie (`滇池北岸工程`, `长江沿岸工程`) are no named project. A base with
// a place in its name is one.

import { runRows } from './programs-rows.ts';

describe('bases and works without a proper name', () => {
  runRows([
    ['把我省建设成为国家新型综合能源基地。', {}],
    ['打造国家现代农业基地和全国综合能源基地。', {}],
    ['实施滇池北岸工程,推进长江沿岸工程建设。', {}],
    ['建设重庆市新能源汽车产业基地。', { 重庆市新能源汽车产业基地: 'zone' }],
    ['加快打造四川省清洁能源基地。', { 四川省清洁能源基地: 'zone' }],
  ]);
});
