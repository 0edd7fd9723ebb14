// test/api/endpoints.test.ts — every endpoint's real answers: the bundled sample corpus ingested into the real
// test Neo4j (started by test/setup/global.ts), the real server in-process, real HTTP requests.
import { graphCounts } from '../../graph/store.ts';
import type {
  AgencyPortfolio,
  CitedByRow,
  CountRow,
  DocumentTextAnswer,
  HealthAnswer,
  HistoryAnswer,
  NodeAnswer,
  RowsAnswer,
  SearchAnswer,
  StatusAnswer,
  Subgraph,
  TimelineRow,
} from '../../contracts/api.ts';
import { apiGet, rawGet, seg } from './http.ts';
import {
  ANHUI_CITER,
  ANHUI_NOTICE,
  ANHUI_RULES,
  anhuiCiter,
  anhuiRepeal,
  INCUBATOR_2016,
  INCUBATOR_2021,
  INCUBATOR_RULES,
  incubatorVersions,
  ingestExtractions,
} from '../graph/status-fixtures.ts';
import { useCorpusServer } from './corpus-server.ts';

/** The 0035 reply: 重庆市科学技术局关于市政协六届一次会议第0035号提案的复函 (渝科局函〔2023〕349号). */
const REPLY_0035 = 'doc:渝科局函〔2023〕349号';
const REPLY_0035_TITLE = '重庆市科学技术局关于市政协六届一次会议第0035号提案的复函';
/** 重庆市高质量孵化载体建设实施方案(2021—2025年), cited by number in 0035 and by title alone in 1160. */
const INCUBATOR_PLAN = 'doc:渝府办发〔2021〕142号';

const api = useCorpusServer();

async function json<T>(p: string, params: Record<string, string> = {}): Promise<T> {
  const res = await apiGet(api.server.url, p, params);
  expect(res.status, `${p} ${JSON.stringify(params)} → ${res.body.slice(0, 300)}`).toBe(200);
  return res.json as T;
}

test('/api/health: the database is up', async () => {
  const h = await json<HealthAnswer>('/api/health');
  expect(h).toMatchObject({ ok: true, neo4j: 'up' });
});

describe('/api/search', () => {
  test('a document number finds that document first', async () => {
    const a = await json<SearchAnswer>('/api/search', { q: '渝府办发〔2021〕142号' });
    expect(a.hits[0]).toMatchObject({ id: INCUBATOR_PLAN, label: 'Document', matched: 'docNumber' });
  });

  test('a title fragment finds the 0035 reply', async () => {
    const a = await json<SearchAnswer>('/api/search', { q: '0035号提案' });
    expect(a.hits.map((h) => h.id)).toContain(REPLY_0035);
  });

  test.each([
    ['alias', '市科技局'],
    ['full name', '重庆市科学技术局'],
    ['pinyin initials of the alias', 'skjj'],
  ])('an agency by %s (%s)', async (_how, q) => {
    const a = await json<SearchAnswer>('/api/search', { q });
    expect(a.hits.map((h) => h.id)).toContain('agency:重庆市科学技术局');
  });

  test('limit caps the hits', async () => {
    const a = await json<SearchAnswer>('/api/search', { q: '重庆市', limit: '3' });
    expect(a.hits.length).toBeLessThanOrEqual(3);
    expect(a.hits.length).toBeGreaterThan(0);
  });

  test('Cypher- and Lucene-looking text is just text: no error, no effect on the graph', async () => {
    const before = await graphCounts();
    for (const q of ["') MATCH (n) DETACH DELETE n //", '" OR 1=1 --', '*:*', 'title:(a OR b)~2^3', '$id', '{x}']) {
      const res = await apiGet(api.server.url, '/api/search', { q });
      expect(res.status, q).toBe(200);
      expect((res.json as SearchAnswer).hits.every((h) => typeof h.id === 'string')).toBe(true);
    }
    expect(await graphCounts()).toEqual(before);
  });
});

describe('/api/node/:id', () => {
  test('the 0035 reply: details, what it cites with quotes, who it answers', async () => {
    const a = await json<NodeAnswer>(`/api/node/${seg(REPLY_0035)}`);
    expect(a.node).toMatchObject({
      id: REPLY_0035,
      label: 'Document',
      ingested: true,
      docNumber: '渝科局函〔2023〕349号',
      title: REPLY_0035_TITLE,
    });
    const cites = a.outgoing.filter((r) => r.type === 'CITES');
    const plan = cites.find((r) => r.node.id === INCUBATOR_PLAN);
    expect(plan?.evidence[0]?.quote).toContain('渝府办发〔2021〕142号');
    expect(cites.map((r) => r.node.docNumber)).toEqual(
      expect.arrayContaining(['渝金〔2020〕402号', '渝科局发〔2021〕43号']),
    );
    expect(a.outgoing.some((r) => r.type === 'RESPONDS_TO')).toBe(true);
    expect(a.outgoing.some((r) => r.type === 'MENTIONS' && r.node.id === 'agency:重庆市教育委员会')).toBe(true);
  });

  test('an unknown id is a JSON 404; Cypher in an id is just an unknown id', async () => {
    for (const id of ['doc:不存在〔2099〕1号', "doc:x' OR 1=1 //", 'MATCH (n) RETURN n']) {
      const res = await rawGet(api.server.url, `/api/node/${seg(id)}`);
      expect(res.status, id).toBe(404);
      expect(res.json).toMatchObject({ status: 404 });
    }
  });
});

describe('/api/neighbourhood/:id', () => {
  test('the reply and its neighbours, capped with truncated = "show more"', async () => {
    const all = await json<Subgraph>(`/api/neighbourhood/${seg(REPLY_0035)}`, { limit: '200' });
    expect(all.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([REPLY_0035, INCUBATOR_PLAN]));
    expect(all.truncated).toBe(false);
    const ids = new Set(all.nodes.map((n) => n.id));
    for (const e of all.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const few = await json<Subgraph>(`/api/neighbourhood/${seg(REPLY_0035)}`, { limit: '3' });
    // The centre and at most 3 neighbours, and only edges among them.
    expect(few.nodes.length).toBeGreaterThanOrEqual(2);
    expect(few.nodes.length).toBeLessThanOrEqual(4);
    const fewIds = new Set(few.nodes.map((n) => n.id));
    for (const e of few.edges) expect(fewIds.has(e.source) && fewIds.has(e.target)).toBe(true);
    expect(few.truncated).toBe(true);
  });
});

describe('/api/cited-by', () => {
  test('渝府办发〔2021〕142号 is cited by the 0035 reply, with its quote', async () => {
    const a = await json<RowsAnswer<CitedByRow>>('/api/cited-by', { x: '渝府办发〔2021〕142号' });
    const row = a.rows.find((r) => r.document.id === REPLY_0035);
    expect(row).toBeDefined();
    expect(row!.document.title).toBe(REPLY_0035_TITLE);
    expect(row!.count).toBeGreaterThanOrEqual(1);
    expect(row!.quotes[0]!.quote).toContain(
      '出台《重庆市高质量孵化载体建设实施方案(2021—2025年)》(渝府办发〔2021〕142号)',
    );
  });

  test('the title alone finds the same policy; sort=date orders newest first', async () => {
    const a = await json<RowsAnswer<CitedByRow>>('/api/cited-by', {
      x: '重庆市高质量孵化载体建设实施方案(2021—2025年)',
      sort: 'date',
    });
    expect(a.rows.map((r) => r.document.id)).toContain(REPLY_0035);
    const dates = a.rows.map((r) => r.document.date ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test('an unknown document is a 404', async () => {
    const res = await apiGet(api.server.url, '/api/cited-by', { x: '渝不存在〔2099〕1号' });
    expect(res.status).toBe(404);
  });
});

test('/api/co-cited: what 0035 cites together with 142号', async () => {
  const a = await json<RowsAnswer<CountRow>>('/api/co-cited', { x: '渝府办发〔2021〕142号' });
  expect(a.rows.map((r) => r.node.docNumber)).toEqual(
    expect.arrayContaining(['渝金〔2020〕402号', '渝科局发〔2021〕43号']),
  );
  expect(a.rows.every((r) => r.count >= 1)).toBe(true);
});

test('/api/same-citations: other replies that cite 重庆市促进科技成果转化条例 like 0035 does', async () => {
  const a = await json<RowsAnswer<CountRow>>('/api/same-citations', { doc: REPLY_0035 });
  expect(a.rows.length).toBeGreaterThan(0);
  expect(a.rows.map((r) => r.node.id)).not.toContain(REPLY_0035);
  const counts = a.rows.map((r) => r.count);
  expect([...counts].sort((x, y) => y - x)).toEqual(counts);
});

test('/api/agency: 市科技局 resolves to 重庆市科学技术局 with what it issued', async () => {
  const a = await json<AgencyPortfolio>('/api/agency', { name: '市科技局' });
  expect(a.agency.name).toBe('重庆市科学技术局');
  expect(a.issued.map((d) => d.id)).toContain(REPLY_0035);
});

test('/api/document/:id/text: the text with spans that point at nodes', async () => {
  const a = await json<DocumentTextAnswer>(`/api/document/${seg(REPLY_0035)}/text`);
  expect(a.node.id).toBe(REPLY_0035);
  expect(a.text).toContain('渝府办发〔2021〕142号');
  const toPlan = a.spans.filter((s) => s.nodeId === INCUBATOR_PLAN);
  expect(toPlan.length).toBeGreaterThan(0);
  for (const s of a.spans) expect(a.text.slice(s.start, s.end)).toBe(s.text);
  expect(toPlan.some((s) => s.kind === 'citation' && /142号|孵化载体/.test(s.text))).toBe(true);
  expect(a.spans.some((s) => s.kind === 'agency')).toBe(true);
  // A cited-only document has no text.
  expect((await rawGet(api.server.url, `/api/document/${seg(INCUBATOR_PLAN)}/text`)).status).toBe(404);
});

test('/api/overview: the most connected nodes and only edges among them', async () => {
  const a = await json<Subgraph>('/api/overview', { limit: '40' });
  expect(a.nodes.length).toBe(40);
  expect(a.truncated).toBe(true);
  const ids = new Set(a.nodes.map((n) => n.id));
  expect(a.edges.length).toBeGreaterThan(0);
  for (const e of a.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  const everything = await json<Subgraph>('/api/overview', { limit: '1000' });
  expect(everything.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([REPLY_0035, INCUBATOR_PLAN]));
});

test('/api/overview above 1,000 uses the bulk reader with the same node and edge shapes', async () => {
  const small = await json<Subgraph>('/api/overview', { limit: '1000' });
  const large = await json<Subgraph>('/api/overview', { limit: '5000' });
  expect(new Set(large.nodes.map((n) => n.id))).toEqual(new Set(small.nodes.map((n) => n.id)));
  expect(new Set(large.edges.map((e) => e.id))).toEqual(new Set(small.edges.map((e) => e.id)));
});

test('/api/top-cited: 重庆市促进科技成果转化条例 is cited by three replies', async () => {
  const a = await json<RowsAnswer<CountRow>>('/api/top-cited');
  const row = a.rows.find((r) => r.node.title === '重庆市促进科技成果转化条例');
  expect(row?.count).toBe(3);
  expect(a.rows[0]!.count).toBeGreaterThanOrEqual(3);
});

test('/api/timeline: documents per year', async () => {
  const a = await json<RowsAnswer<TimelineRow>>('/api/timeline');
  const y2023 = a.rows.find((r) => r.year === 2023);
  expect(y2023?.documents).toBeGreaterThan(0);
  const years = a.rows.map((r) => r.year);
  expect([...years].sort((x, y) => x - y)).toEqual(years);
});

describe('/api/status and /api/history: the real Anhui repeal chain (test/graph/status-fixtures.ts)', () => {
  beforeAll(async () => {
    await ingestExtractions([await anhuiRepeal(), anhuiCiter(), ...incubatorVersions()]);
  });

  test('/api/status: the 1994 细则 is repealed by 皖政〔2000〕48号, with the quote', async () => {
    const a = await json<StatusAnswer>('/api/status', { x: ANHUI_RULES });
    expect(a.status).toMatchObject({
      status: 'repealed',
      since: '2001-01-01',
      by: { id: ANHUI_NOTICE },
      evidence: { document: { id: ANHUI_NOTICE } },
    });
    expect(a.status.evidence?.quote).toContain('同时废止');
    expect(a.at).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  test('/api/status?at=: in force before the repeal took effect; versions of one title each with its own status', async () => {
    expect((await json<StatusAnswer>('/api/status', { x: ANHUI_RULES, at: '2000-06-01' })).status.status).toBe(
      'in-force',
    );
    const v = await json<StatusAnswer>('/api/status', { x: INCUBATOR_RULES, at: '2023-06-01' });
    expect(v.status.document.id).toBe(INCUBATOR_2021);
    expect(v.otherVersions.map((o) => [o.document.id, o.status])).toEqual([[INCUBATOR_2016, 'repealed']]);
  });

  test('/api/history: the repeal with its clause', async () => {
    const h = await json<HistoryAnswer>('/api/history', { x: ANHUI_RULES });
    const repeal = h.events.find((e) => e.kind === 'repeals');
    expect(repeal).toMatchObject({ date: '2001-01-01', document: { id: ANHUI_NOTICE } });
    expect(repeal?.evidence?.quote).toContain('同时废止');
  });

  test('/api/node of the citing notice: it cites a repealed policy (relation and status on the row)', async () => {
    const a = await json<NodeAnswer>(`/api/node/${seg(ANHUI_CITER)}`);
    expect(a.status?.status).toBe('in-force');
    const row = a.outgoing.find((r) => r.type === 'CITES' && r.node.title === ANHUI_RULES);
    expect(row?.relation).toBe('basis');
    expect(row?.relationEvidence?.quote).toContain(`根据《${ANHUI_RULES}》`);
    expect(row?.status).toMatchObject({ status: 'repealed', by: { id: ANHUI_NOTICE } });
  });

  test('/api/cited-by: each citing document with its relation', async () => {
    const a = await json<RowsAnswer<CitedByRow>>('/api/cited-by', { x: ANHUI_RULES });
    expect(Object.fromEntries(a.rows.map((r) => [r.document.id, r.relation]))).toEqual({
      [ANHUI_NOTICE]: 'repeals',
      [ANHUI_CITER]: 'basis',
    });
  });

  test.each([
    [{ x: ANHUI_RULES, at: '2023-02-30' }, 400, /YYYY-MM-DD/],
    [{ x: ANHUI_RULES, at: 'yesterday' }, 400, /YYYY-MM-DD/],
    [{ x: ANHUI_RULES, at: '2023-1-5' }, 400, /YYYY-MM-DD/],
    [{ x: ANHUI_RULES, date: '2023-01-05' }, 400, /Unknown parameter "date"/],
    [{ at: '2023-01-05' }, 400, /Missing parameter "x"/],
    [{ x: '完全不存在的文件名称甲乙丙' }, 404, /No document/],
  ] as const)('/api/status %j → %i', async (params, status, message) => {
    const res = await apiGet(api.server.url, '/api/status', params as Record<string, string>);
    expect(res.status).toBe(status);
    expect((res.json as { error: string }).error).toMatch(message);
  });

  test('/api/history without x is a 400, an unknown document a 404', async () => {
    expect((await apiGet(api.server.url, '/api/history')).status).toBe(400);
    expect((await apiGet(api.server.url, '/api/history', { x: '完全不存在的文件名称甲乙丙' })).status).toBe(404);
  });
});
