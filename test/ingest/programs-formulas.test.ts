// test/ingest/programs-formulas.test.ts — campaigns named by a numeral formula (`三清一改`, `三支一扶`, `“五清”`) when a
// verb of carrying out governs them or a campaign word follows; counts (`五大行动`, `三年行动`), distributive rules
// (`一户一策`), domains and slogans (`三农`, `双减`) are not.

import { runRows } from './programs-rows.ts';

describe('numeral formulas naming a campaign', () => {
  runRows([
    // Quoted with its head, and unquoted later: one program.
    ['全面开展“三清一改”村庄清洁行动,持续推进三清一改工作。', { 三清一改: 'initiative' }],
    [
      '全面实施“三支一扶”计划,河北省推进两不愁三保障,广西推进三清一改。',
      {
        三支一扶: 'initiative',
        两不愁三保障: 'initiative',
        三清一改: 'initiative',
      },
    ],
    // Quoted, one part is enough.
    ['湖南省深入开展“五清”行动,贵州省推进“四在农家”工作。', { 五清: 'initiative', 四在农家: 'initiative' }],
    ['市交通运输委推进“四好农村路”建设,贵州省推进“十四五”建设。', { 四好农村路: 'initiative' }],
    ['浙江省深入推进“五水共治”,福建省实施“三清一改”。', { 五水共治: 'initiative', 三清一改: 'initiative' }],
  ]);
});

describe('numerals that name no campaign', () => {
  runRows([
    ['落实一户一策工作,做好三农工作,开展三年行动,实施五大行动,完成十项工程。', {}],
    ['推进“双减”工作,二十三项工作,第三方评估工作。', {}],
    // Rules of conduct and of a body's decisions; 一X一Y unquoted is a rule for each unit.
    ['落实“三重一大”制度,严格执行一岗双责,反对“四风”,落实一事一议。', {}],
    // A formula governed by no verb and followed by no campaign word.
    ['巩固两不愁三保障成果。', {}],
  ]);
});
