// test/ingest/eval.test.ts — regression floors: the dev corpus scores (samples/corpus) may not drop below these.
import { evaluateDir, type EvalReport } from '../../ingest/eval.ts';

let report: EvalReport;
beforeAll(async () => {
  report = await evaluateDir('samples/corpus');
});

test('every sample document is scored', () => {
  expect(report.failures).toEqual([]);
  expect(report.documents).toHaveLength(25);
});

test('citations F1 ≥ 0.97 and issuer accuracy ≥ 0.95', () => {
  expect(report.citations.f1).toBeGreaterThanOrEqual(0.97);
  expect(report.citations.issuerAccuracy.accuracy).toBeGreaterThanOrEqual(0.95);
});

test('document fields ≥ 0.95 and respondsTo ≥ 0.95', () => {
  expect(report.fields.accuracy).toBeGreaterThanOrEqual(0.95);
  expect(report.respondsTo.accuracy).toBeGreaterThanOrEqual(0.95);
});

test('agencies strict F1 ≥ 0.90', () => {
  expect(report.agenciesStrict.f1).toBeGreaterThanOrEqual(0.9);
});

test('programs F1 ≥ 0.75', () => {
  expect(report.programs.f1).toBeGreaterThanOrEqual(0.75);
});
