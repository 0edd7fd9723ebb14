// test/graph/status.test.ts — typed CITES edges, lifecycle on Document nodes, status as of a date and history, in the real test Neo4j.
// Documents: the real Anhui repeal notice (samples/dev3) and realistic version pairs (test/graph/status-fixtures.ts).

import { closeDriver, runRead } from '../../graph/connection.ts';
import { citedBy, nodeDetails } from '../../graph/queries.ts';
import { history, status, statusesQuery } from '../../graph/status.ts';
import { emptyGraph, testConfig } from './helpers.ts';
import {
  ANHUI_CITER,
  ANHUI_NOTICE,
  ANHUI_RULES,
  anhuiCiter,
  anhuiRepeal,
  HATCHERY_2022,
  HATCHERY_RULES,
  INCUBATOR_2016,
  INCUBATOR_2021,
  INCUBATOR_RULES,
  incubatorVersions,
  ingestExtractions,
  sameTitleRepeal,
  setRelation,
} from './status-fixtures.ts';

beforeAll(async () => {
  await emptyGraph();
  await ingestExtractions([await anhuiRepeal(), anhuiCiter(), ...incubatorVersions(), sameTitleRepeal()], testConfig());
});

afterAll(async () => {
  await closeDriver();
});

describe('a real repeal chain: 皖政〔2000〕48号 repeals the 1994 细则, which a 1998 notice cites', () => {
  test('query status A: repealed, by which document, with the quote', async () => {
    const s = await status(ANHUI_RULES, '2024-01-01');
    expect(s?.status.status).toBe('repealed');
    expect(s?.status.by?.id).toBe(ANHUI_NOTICE);
    expect(s?.status.since).toBe('2001-01-01');
    expect(s?.status.evidence?.document.id).toBe(ANHUI_NOTICE);
    expect(s?.status.evidence?.quote).toContain(`《${ANHUI_RULES}》同时废止`);
  });

  test('before the repealing notice takes effect, A was in force; the notice itself was not yet', async () => {
    expect((await status(ANHUI_RULES, '2000-12-31'))?.status.status).toBe('in-force');
    const notice = await status('皖政〔2000〕48号', '2000-12-31');
    expect(notice?.status.status).toBe('not-yet-in-force');
    expect(notice?.status.evidence?.quote).toContain('自2001年1月1日起施行');
    const later = await status('皖政〔2000〕48号', '2010-05-01');
    expect(later?.status).toMatchObject({ status: 'in-force', since: '2001-01-01' });
  });

  test('CITES edges carry the relation and the clause that decided it', async () => {
    const r = await citedBy(ANHUI_RULES);
    const byId = new Map(r.rows.map((row) => [row.document.id, row]));
    expect(byId.get(ANHUI_NOTICE)?.relation).toBe('repeals');
    expect(byId.get(ANHUI_NOTICE)?.relationEvidence?.quote).toContain('同时废止');
    expect(byId.get(ANHUI_CITER)?.relation).toBe('basis');
    expect(byId.get(ANHUI_CITER)?.relationEvidence?.quote).toContain(`根据《${ANHUI_RULES}》`);
  });

  test('the citing document can tell it cites a repealed policy (statuses of what it cites)', async () => {
    const target = (await citedBy(ANHUI_RULES)).target!;
    const statuses = await runRead(statusesQuery([target.id, ANHUI_CITER], '2024-01-01'), testConfig());
    expect(statuses.get(target.id)?.status).toBe('repealed');
    expect(statuses.get(ANHUI_CITER)?.status).toBe('in-force');
  });

  test('query history A: the repeal with its quote, the repealing notice in the chain', async () => {
    const h = await history(ANHUI_RULES);
    expect(h?.chain.map((d) => d.id)).toEqual([ANHUI_NOTICE]);
    const repeal = h?.events.find((e) => e.kind === 'repeals');
    expect(repeal).toMatchObject({ date: '2001-01-01', document: { id: ANHUI_NOTICE } });
    expect(repeal?.evidence?.quote).toContain('同时废止');
    expect(h?.events.find((e) => e.kind === 'effective')?.document.id).toBe(ANHUI_NOTICE);
  });

  test('lifecycle and 效力级别 are stored on the Document nodes', async () => {
    const notice = await nodeDetails(ANHUI_NOTICE);
    expect(notice?.properties).toMatchObject({
      effectiveDate: '2001-01-01',
      trial: false,
      legalLevel: 'normative-document',
      legalLevelRule: 'normative-number',
    });
    expect(notice?.properties.effectiveQuote).toContain('自2001年1月1日起施行');
    expect(notice?.properties.expiryDate ?? null).toBeNull();
    const letter = await nodeDetails(INCUBATOR_2016);
    expect(letter?.properties).toMatchObject({ legalLevel: 'normative-document', legalLevelRule: 'normative-number' });
  });

  test('re-ingesting the citing document replaces its edge and relation', async () => {
    const x = anhuiCiter();
    setRelation(x, { title: ANHUI_RULES }, 'implements', `应当符合《${ANHUI_RULES}》`);
    x.citations[0]!.relation = 'implements';
    await ingestExtractions([x], testConfig());
    const rows = (await citedBy(ANHUI_RULES)).rows.filter((r) => r.document.id === ANHUI_CITER);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.relation).toBe('implements');
    expect(rows[0]?.relationEvidence?.quote).toContain('应当符合');
    // Back to the text as it is.
    await ingestExtractions([anhuiCiter()], testConfig());
    expect((await citedBy(ANHUI_RULES)).rows.find((r) => r.document.id === ANHUI_CITER)?.relation).toBe('basis');
  });
});

describe('versions of one title stay apart', () => {
  test('by title: the version in force answers, the repealed one is listed with its own status', async () => {
    const s = await status(INCUBATOR_RULES, '2023-06-01');
    expect(s?.status.document.id).toBe(INCUBATOR_2021);
    expect(s?.status.status).toBe('in-force');
    const old = s?.otherVersions.find((v) => v.document.id === INCUBATOR_2016);
    expect(old).toMatchObject({ status: 'repealed', by: { id: INCUBATOR_2021 }, since: '2021-03-01' });
  });

  test('on a date before the new version, the old one answers', async () => {
    const s = await status(INCUBATOR_RULES, '2019-01-01');
    expect(s?.status).toMatchObject({ status: 'in-force', document: { id: INCUBATOR_2016 } });
    expect(s?.otherVersions.find((v) => v.document.id === INCUBATOR_2021)?.status).toBe('not-yet-in-force');
  });

  test('by number: that version, whatever the title', async () => {
    expect((await status('渝科局发〔2016〕10号', '2023-06-01'))?.status).toMatchObject({
      status: 'repealed',
      document: { id: INCUBATOR_2016 },
    });
    expect((await status('渝科局发〔2021〕5号', '2027-01-01'))?.status).toMatchObject({
      status: 'expired',
      since: '2026-02-28',
    });
  });

  test('a notice repealing the earlier version of its own title: two nodes, the earlier one repealed', async () => {
    const s = await status(HATCHERY_2022, '2023-01-01');
    expect(s?.status).toMatchObject({ status: 'in-force', document: { id: HATCHERY_2022 } });
    const h = await history(HATCHERY_2022);
    const repeal = h?.events.find((e) => e.kind === 'repeals');
    expect(repeal?.document.id).toBe(HATCHERY_2022);
    expect(repeal?.target?.id).not.toBe(HATCHERY_2022);
    expect(repeal?.target?.title).toBe(HATCHERY_RULES);
    expect(repeal?.evidence?.quote).toContain('同时废止');
    const earlier = await status(repeal!.target!.id, '2023-01-01');
    expect(earlier?.status).toMatchObject({ status: 'repealed', by: { id: HATCHERY_2022 } });
  });
});

test('nothing matches → null', async () => {
  expect(await status('完全不存在的文件名称甲乙丙', '2024-01-01')).toBeNull();
  expect(await history('完全不存在的文件名称甲乙丙')).toBeNull();
});
