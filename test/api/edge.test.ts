// test/api/edge.test.ts — /api/edge: one edge's evidence (the viewer's edge click and the GEXF export read it).
// The bundled corpus in the real test Neo4j, the real server in-process, real HTTP requests.
import type { EdgeAnswer, ErrorBody } from '../../contracts/api.ts';
import { apiGet } from './http.ts';
import { useCorpusServer } from './corpus-server.ts';

/** 重庆市科学技术局关于市政协六届一次会议第0035号提案的复函 cites 渝府办发〔2021〕142号. */
const REPLY_0035 = 'doc:渝科局函〔2023〕349号';
const INCUBATOR_PLAN = 'doc:渝府办发〔2021〕142号';

const api = useCorpusServer();

test('a CITES edge: the citing document asserts it, each quote names the cited number and sits at its offsets', async () => {
  const res = await apiGet(api.server.url, '/api/edge', { from: REPLY_0035, to: INCUBATOR_PLAN, type: 'CITES' });
  expect(res.status, res.body.slice(0, 300)).toBe(200);
  const a = res.json as EdgeAnswer;
  expect(a.source.id).toBe(REPLY_0035);
  expect(a.target.id).toBe(INCUBATOR_PLAN);
  expect(a.type).toBe('CITES');
  expect(a.documents.map((d) => d.id)).toContain(REPLY_0035);
  expect(a.relation).toBeDefined();
  expect(a.evidence.length).toBeGreaterThan(0);
  for (const q of a.evidence) {
    expect(q.documentId).toBe(REPLY_0035);
    expect(q.end).toBeGreaterThan(q.start);
  }
  expect(a.evidence.some((q) => q.quote.includes('渝府办发〔2021〕142号'))).toBe(true);
});

test("the quote offsets point into the asserting document's text", async () => {
  const edge = (await apiGet(api.server.url, '/api/edge', { from: REPLY_0035, to: INCUBATOR_PLAN, type: 'CITES' }))
    .json as EdgeAnswer;
  const text = (await apiGet(api.server.url, `/api/document/${encodeURIComponent(REPLY_0035)}/text`)).json as {
    text: string;
  };
  const q = edge.evidence[0]!;
  // A quote is the sentence around the mention: the text between its offsets is inside the quote (or is it).
  const span = text.text.slice(q.start, q.end);
  expect(span.length).toBeGreaterThan(0);
  expect(q.quote.includes(span) || span.includes(q.quote)).toBe(true);
});

test('an ISSUED_BY edge of the reply: its issuer, asserted by the reply', async () => {
  const node = (await apiGet(api.server.url, `/api/node/${encodeURIComponent(REPLY_0035)}`)).json as {
    outgoing: { type: string; node: { id: string } }[];
  };
  const issuer = node.outgoing.find((r) => r.type === 'ISSUED_BY');
  expect(issuer).toBeDefined();
  const res = await apiGet(api.server.url, '/api/edge', { from: REPLY_0035, to: issuer!.node.id, type: 'ISSUED_BY' });
  expect(res.status, res.body.slice(0, 300)).toBe(200);
  const a = res.json as EdgeAnswer;
  expect(a.target.label).toBe('Agency');
  expect(a.documents.length).toBeGreaterThan(0);
});

test.each([
  ['no such edge (reversed direction)', { from: INCUBATOR_PLAN, to: REPLY_0035, type: 'CITES' }, 404],
  ['no such node', { from: 'doc:nothing', to: INCUBATOR_PLAN, type: 'CITES' }, 404],
  ['an unknown type', { from: REPLY_0035, to: INCUBATOR_PLAN, type: 'LIKES' }, 400],
  ['a missing end', { from: REPLY_0035, type: 'CITES' }, 400],
  ['an unknown parameter', { from: REPLY_0035, to: INCUBATOR_PLAN, type: 'CITES', x: '1' }, 400],
])('%s → %i with a JSON error', async (_what, params, status) => {
  const res = await apiGet(api.server.url, '/api/edge', params as Record<string, string>);
  expect(res.status).toBe(status);
  const body = res.json as ErrorBody;
  expect(body.status).toBe(status);
  expect(typeof body.error).toBe('string');
});
