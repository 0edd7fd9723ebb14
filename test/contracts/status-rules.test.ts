// test/contracts/status-rules.test.ts — the status of a document on a date from its lifecycle facts: one row per rule and precedence.
import { deriveStatus, isIsoDate } from '../../contracts/status-rules.ts';
import type { DocumentAct, LifecycleFacts, NodeSummary, StatusName } from '../../contracts/api.ts';

function doc(id: string, fields: Partial<NodeSummary> = {}): NodeSummary {
  return { id, label: 'Document', name: id, ...fields };
}

function act(relation: 'repeals' | 'amends', by: NodeSummary): DocumentAct {
  return {
    relation,
    by,
    from: by.effectiveDate ?? by.date ?? null,
    evidence: { document: by, quote: `${by.id}: …同时废止。`, start: 0, end: 5 },
  };
}

const NEW_RULES = doc('doc:渝科局发〔2021〕5号', { date: '2021-02-03', effectiveDate: '2021-03-01' });
const AMENDMENT = doc('doc:渝科局发〔2019〕7号', { date: '2019-05-01' });
const UNDATED_REPEAL = doc('doc:t:undated');

type Row = [
  what: string,
  facts: Partial<LifecycleFacts> & { document: NodeSummary },
  at: string,
  status: StatusName,
  since: string | null,
  by: string | null,
];

const TABLE: Row[] = [
  [
    'no facts at all: in force, nothing establishes otherwise',
    { document: doc('a') },
    '2024-01-01',
    'in-force',
    null,
    null,
  ],
  [
    'in force since its effective date',
    { document: doc('a', { effectiveDate: '2016-03-01' }) },
    '2024-01-01',
    'in-force',
    '2016-03-01',
    null,
  ],
  [
    'before its effective date: not yet in force',
    { document: doc('a', { effectiveDate: '2016-03-01' }) },
    '2016-02-29',
    'not-yet-in-force',
    '2016-03-01',
    null,
  ],
  [
    'issued after the date (no effective date): not yet in force',
    { document: doc('a', { date: '2020-01-01' }) },
    '2019-01-01',
    'not-yet-in-force',
    '2020-01-01',
    null,
  ],
  [
    'repealed once the repealing document takes effect',
    { document: doc('a'), acts: [act('repeals', NEW_RULES)] },
    '2021-03-01',
    'repealed',
    '2021-03-01',
    NEW_RULES.id,
  ],
  [
    'still in force the day before',
    { document: doc('a'), acts: [act('repeals', NEW_RULES)] },
    '2021-02-28',
    'in-force',
    null,
    null,
  ],
  [
    'a repeal of unknown date counts (the corpus says it)',
    { document: doc('a'), acts: [act('repeals', UNDATED_REPEAL)] },
    '1990-01-01',
    'repealed',
    null,
    UNDATED_REPEAL.id,
  ],
  [
    'expired the day after its last day of validity',
    { document: doc('a', { expiryDate: '2025-12-31' }) },
    '2026-01-01',
    'expired',
    '2025-12-31',
    null,
  ],
  ['valid on its last day', { document: doc('a', { expiryDate: '2025-12-31' }) }, '2025-12-31', 'in-force', null, null],
  [
    'amended: in force as amended',
    { document: doc('a'), acts: [act('amends', AMENDMENT)] },
    '2020-01-01',
    'amended',
    '2019-05-01',
    AMENDMENT.id,
  ],
  [
    'repeal outranks amendment',
    { document: doc('a'), acts: [act('amends', AMENDMENT), act('repeals', NEW_RULES)] },
    '2022-01-01',
    'repealed',
    '2021-03-01',
    NEW_RULES.id,
  ],
  [
    'repeal outranks expiry',
    { document: doc('a', { expiryDate: '2021-06-30' }), acts: [act('repeals', NEW_RULES)] },
    '2022-01-01',
    'repealed',
    '2021-03-01',
    NEW_RULES.id,
  ],
  [
    'expiry outranks amendment',
    { document: doc('a', { expiryDate: '2020-06-30' }), acts: [act('amends', AMENDMENT)] },
    '2021-01-01',
    'expired',
    '2020-06-30',
    null,
  ],
];

test.each(TABLE)('%s', (_what, facts, at, status, since, by) => {
  const s = deriveStatus({ effectiveEvidence: null, expiryEvidence: null, acts: [], ...facts }, at);
  expect(s.status).toBe(status);
  expect(s.since).toBe(since);
  expect(s.by?.id ?? null).toBe(by);
  if (by) expect(s.evidence?.document.id).toBe(by);
});

test('amendments in effect are listed oldest first', () => {
  const later = doc('doc:渝科局发〔2022〕9号', { date: '2022-04-01' });
  const s = deriveStatus(
    {
      document: doc('a'),
      effectiveEvidence: null,
      expiryEvidence: null,
      acts: [act('amends', later), act('amends', AMENDMENT)],
    },
    '2023-01-01',
  );
  expect(s.amendments.map((a) => a.by.id)).toEqual([AMENDMENT.id, later.id]);
  expect(s.by?.id).toBe(later.id); // amended last by
});

test.each([
  ['2024-02-29', true],
  ['2023-02-29', false],
  ['2023-13-01', false],
  ['2023-1-5', false],
  ['20230105', false],
  ['2023-01-05T00:00', false],
] as const)('isIsoDate(%s) → %s', (s, ok) => expect(isIsoDate(s)).toBe(ok));
