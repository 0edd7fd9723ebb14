// test/ingest/programs-payment-orders.test.ts — reforms named by the order of care and payment and by one-stop
// settlement: named when carried out or followed by a service or campaign noun; a plain description is no name.

import { runRows } from './programs-rows.ts';

describe('payment-order reforms', () => {
  runRows([
    ['在县域内全面推行先诊疗后付费,减轻群众垫资压力。', { 先诊疗后付费: 'initiative' }],
    ['推行“先看病后付费”和“一站式”结算服务。', { 先看病后付费: 'initiative', 一站式结算: 'initiative' }],
    ['各定点医疗机构开展一站式结报,实施先住院后结算模式。', { 一站式结报: 'initiative', 先住院后结算: 'initiative' }],
    ['深化先诊疗后付费改革,扩大试点范围。', { 先诊疗后付费: 'initiative' }],
    // The next items of a list the verb governs.
    ['全面推行先诊疗后付费、一站式结算等便民举措。', { 先诊疗后付费: 'initiative', 一站式结算: 'initiative' }],
    ['实施先住院后付费和一站式结报。', { 先住院后付费: 'initiative', 一站式结报: 'initiative' }],
    // Not carried out and no service noun after: a description of an order, not a reform's name.
    ['患者可以先看病,费用由医院先行垫付后结算。', {}],
    ['群众先缴费后取药的做法仍较普遍。', {}],
  ]);
});
