// test/ingest/eval-relations.test.ts — regression floors for citation relations and lifecycle dates on dev and dev2,
// just under the measured scores (dev 60/60, dev2 28/28 relations; every lifecycle date right on both).
import { evaluateDir, missesByClass, type EvalReport } from '../../ingest/eval.ts';

const reports: Record<string, EvalReport> = {};
beforeAll(async () => {
  reports.dev = await evaluateDir('samples/corpus');
  reports.dev2 = await evaluateDir('samples/dev2');
}, 120_000);

test.each(['dev', 'dev2'])('%s: relation accuracy ≥ 0.95 over matched citations with a gold relation', (name) => {
  const a = reports[name]!.citations.relationAccuracy;
  expect(a.total).toBeGreaterThan(20);
  expect(a.accuracy).toBeGreaterThanOrEqual(0.95);
});

test.each(['dev', 'dev2'])('%s: effectiveDate and expiryDate ≥ 0.95 as document fields', (name) => {
  const f = reports[name]!.fields.perField;
  expect(f.effectiveDate!.accuracy).toBeGreaterThanOrEqual(0.95);
  expect(f.expiryDate!.accuracy).toBeGreaterThanOrEqual(0.95);
});

test('misses are grouped by class, each line naming its document', () => {
  const classes = missesByClass(reports.dev2!);
  for (const [cls, items] of Object.entries(classes)) {
    expect(cls).toMatch(/^(?:citations f[pn]|citation (?:issuer|relation)|document\.\w+|respondsTo\.\w+|agencies f[pn]|programs f[pn])$/);
    for (const line of items) expect(line).toMatch(/^[\w.-]+: /);
  }
});
