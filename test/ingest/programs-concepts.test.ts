// test/ingest/programs-concepts.test.ts — ideas the documents name are no programs: communities of a political
// formulation (`人与自然生命共同体`, `人类命运共同体`), the consciousness of one (`铸牢中华民族共同体意识`), and quoted
// statements (`“山水林田湖草是生命共同体”`, `“绿水青山就是金山银山”`); a named community of cooperation still is one.

import { runRows } from './programs-rows.ts';

describe('formulations and quoted statements are not programs', () => {
  runRows([
    ['推动构建人与自然生命共同体,构建人类命运共同体,铸牢中华民族共同体意识。', {}],
    ['牢固树立“绿水青山就是金山银山”“山水林田湖草是生命共同体”等一系列理念。', {}],
    ['共同打造川渝创新共同体,推进“渝快办”平台建设。', { 川渝创新共同体: 'initiative', 渝快办平台: 'platform' }],
  ]);
});
