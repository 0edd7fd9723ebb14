// test/ingest/programs-mechanisms.test.ts — a working mechanism named only by its class (`部际联席会议`,
// `联席会议制度`) and the idiom `以实际行动` are no programs; a joint conference named by its subject is one.

import { runRows } from './programs-rows.ts';

describe('generic mechanisms and idioms', () => {
  runRows([
    ['经国务院同意,建立部际联席会议,负责统筹协调有关工作。', {}],
    ['由省发展改革委牵头建立省级联席会议,定期研究解决重大问题。', {}],
    ['建立健全联席会议制度,定期会商,形成工作合力。', {}],
    ['各地要以实际行动落实党中央、国务院决策部署。', {}],
    ['广大党员干部用实际行动践行初心使命。', {}],
    ['经国务院同意,建立烟花爆竹安全监管部际联席会议,由应急管理部牵头。', { 烟花爆竹安全监管部际联席会议: 'event' }],
  ]);
});
