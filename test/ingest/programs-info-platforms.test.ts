// test/ingest/programs-info-platforms.test.ts — an information platform is one program when its name opens with its
// scope (a place, 国家, 省级, 全民); otherwise it is an organisation's system or the class.

import { runRows } from './programs-rows.ts';

describe('information platforms named by their scope', () => {
  runRows([
    ['加快建设全民健康信息平台,推进省级全民健康信息平台与国家平台互联互通。', { 全民健康信息平台: 'platform' }],
    ['依托四川省全民健康信息平台开展远程会诊。', { 四川省全民健康信息平台: 'platform' }],
    ['依托国家中小企业公共服务信息平台开展服务。', { 国家中小企业公共服务信息平台: 'platform' }],
    // No scope: one hospital's system, a department's system, the class.
    ['医院信息平台建设滞后,要完善信息平台功能。', {}],
    ['市场监管信息平台已上线运行。', {}],
    ['各地要建设统一的信息平台。', {}],
  ]);
});
