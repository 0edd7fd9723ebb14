// test/ingest/programs-enumerated-places.test.ts — items of an enumeration closed by a class noun that are villages,
// communities or towns are where the programs lie, not programs; named items of the class still are.

import { runRows } from './programs-rows.ts';

describe('villages and communities in enumerations', () => {
  runRows([
    ['建成戴家坪村、河西村等5个示范区。', {}],
    ['阳光社区、幸福社区等示范区建设成效明显。', {}],
    ['清溪镇、白马乡、城南街道等园区周边环境整治。', {}],
    ['支持科学谷、明月湖等孵化社区发展。', { 科学谷: 'zone', 明月湖: 'zone' }],
    ['建设照母山创新社区、明月湖孵化社区等创新社区。', { 照母山创新社区: 'zone', 明月湖孵化社区: 'zone' }],
  ]);
});
