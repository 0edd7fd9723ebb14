// test/graph/queries.test.ts — every analyst query against the sample corpus in the real test Neo4j, with real answers.
// The expected answers come from reading the sample documents (samples/corpus), not from the code.

import { closeDriver } from '../../graph/connection.ts';
import {
  agencyPortfolio,
  citedBy,
  coCited,
  documentText,
  neighbourhood,
  nodeDetails,
  overview,
  resolveNode,
  sameCitations,
  search,
  timeline,
  topCited,
} from '../../graph/queries.ts';
import { CORPUS, emptyGraph, ingestQuiet } from './helpers.ts';
import { runCli } from '../../testkit/run-cli.ts';

const REPLY_0035 = 'doc:渝科局函〔2023〕349号';
const REPLY_1160 = 'doc:t:92c240c234e63dd9'; // 重庆市科学技术局关于市六届人大一次会议第1160号建议办理情况的答复函 (no number)
const REPLY_0222 = 'doc:渝科局函〔2022〕308号';

beforeAll(async () => {
  await emptyGraph();
  const r = await ingestQuiet([CORPUS]);
  expect(r.failed).toEqual([]);
});

afterAll(async () => {
  await closeDriver();
});

describe('resolveNode: number, title, part of a title, alias, id', () => {
  const table: [string, string][] = [
    ['渝府办发〔2021〕142号', 'doc:渝府办发〔2021〕142号'],
    ['渝府办发[2021]142号', 'doc:渝府办发〔2021〕142号'],
    ['重庆市高质量孵化载体建设实施方案（2021——2025年）', 'doc:渝府办发〔2021〕142号'],
    ['高质量孵化载体建设实施方案', 'doc:渝府办发〔2021〕142号'],
    ['关于印发重庆市进一步促进科技成果转化的实施细则的通知', 'doc:渝科局发〔2021〕43号'],
    ['重庆市进一步促进科技成果转化的实施细则', 'doc:渝科局发〔2021〕43号'],
    ['重庆市科学技术局关于市政协六届一次会议第0035号提案的复函', REPLY_0035],
    ['市科委', 'agency:重庆市科学技术局'],
    ['重庆市科学技术委员会', 'agency:重庆市科学技术局'],
    ['agency:重庆市财政局', 'agency:重庆市财政局'],
  ];
  test.each(table)('%s → %s', async (x, id) => expect((await resolveNode(x))?.id).toBe(id));
  test('nothing → null', async () => expect(await resolveNode('完全不存在的文件名称甲乙丙')).toBeNull());
});

test('cited-by a title cited by number in one reply and by title in another: both replies, one node', async () => {
  const r = await citedBy('重庆市高质量孵化载体建设实施方案(2021—2025年)', { sort: 'date' });
  expect(r.target?.id).toBe('doc:渝府办发〔2021〕142号');
  expect(r.target?.issuer).toBe('重庆市人民政府办公厅');
  expect(r.rows.map((x) => x.document.id)).toEqual([REPLY_0035, REPLY_1160]); // dated first, then undated
  const q1160 = r.rows[1]!.quotes[0]!;
  expect(q1160.quote).toContain('市政府办公厅印发《重庆市高质量孵化载体建设实施方案(2021—2025年)》');
  expect(q1160.documentId).toBe(REPLY_1160);
});

test('cited-by the notice finds the citations of the policy it issues (same node)', async () => {
  const r = await citedBy('渝科局发〔2021〕43号');
  expect(r.rows.map((x) => x.document.id).sort()).toEqual([REPLY_0035, REPLY_1160].sort());
});

test('co-cited: the Chongqing technology-transfer regulation is cited with the innovation-promotion regulation', async () => {
  const r = await coCited('重庆市促进科技成果转化条例');
  expect(r.target?.citedBy).toBe(3); // 0035, 0222, 0377 replies
  const row = r.rows.find((x) => x.node.title === '重庆市科技创新促进条例');
  expect(row?.count).toBe(1); // both cited by the 0222 reply
});

test('same-citations: who else cites what the 0035 reply cites, ranked by overlap', async () => {
  const r = await sameCitations(REPLY_0035);
  expect(r.target?.id).toBe(REPLY_0035);
  const byId = new Map(r.rows.map((x) => [x.node.id, x.count]));
  // 1160 shares 142号 and 43号; 0222 and 0377 share 重庆市促进科技成果转化条例.
  expect(byId.get(REPLY_1160)).toBe(2);
  expect(byId.get(REPLY_0222)).toBe(1);
  expect(r.rows[0]!.node.id).toBe(REPLY_1160);
});

test('agency: 市科委 is 重庆市科学技术局, renamed in 2018; what it issued, its numbered policies, programs, co-handled replies', async () => {
  const p = await agencyPortfolio('市科委');
  expect(p?.agency.id).toBe('agency:重庆市科学技术局');
  expect(p?.agency.formerNames).toContainEqual({ name: '重庆市科学技术委员会', until: 2018 });
  expect(p?.issued.map((d) => d.id)).toContain(REPLY_0035);
  expect(p?.numberedPolicies.map((d) => d.docNumber)).toEqual(
    expect.arrayContaining(['渝科局发〔2019〕136号', '渝科局发〔2021〕43号', '渝科局发〔2023〕42号']),
  );
  const pilot = p?.programs.find((x) => x.name === '知识价值信用贷款改革试点');
  expect(pilot?.inferredBy).toBe('issuer states 开展');
  // 市科技局 is listed as a co-handling unit in the 教委 reply to 提案0328.
  expect(p?.coHandled.map((d) => d.title)).toContain('重庆市教育委员会关于市政协五届五次会议第0328号提案的复函');
});

describe('search: titles, numbers, agency names and aliases, pinyin', () => {
  const table: [string, string, string][] = [
    ['渝府办发〔2021〕142号', 'doc:渝府办发〔2021〕142号', 'docNumber'],
    ['高质量孵化载体', 'doc:渝府办发〔2021〕142号', 'title'],
    ['市科技局', 'agency:重庆市科学技术局', 'alias'],
    ['重庆市财政局', 'agency:重庆市财政局', 'name'],
    ['kjj', 'agency:重庆市科学技术局', 'initials'],
    ['kexuejishuju', 'agency:重庆市科学技术局', 'pinyin'],
    ['zhishijiazhixinyong', 'program:知识价值信用贷款改革试点', 'pinyin'],
  ];
  test.each(table)('%s finds %s (%s)', async (text, id, matched) => {
    const hits = await search(text, 10);
    const hit = hits.find((h) => h.id === id);
    expect(hit?.matched).toBe(matched);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hit!.score);
  });
  test('Cypher-looking and Lucene-special input is just text', async () => {
    await expect(search('") RETURN 1 // [*]~')).resolves.toBeInstanceOf(Array);
  });
});

test('top-cited: 重庆市促进科技成果转化条例 is cited by three replies', async () => {
  const rows = await topCited(3);
  expect(rows[0]!.node.title).toBe('重庆市促进科技成果转化条例');
  expect(rows[0]!.count).toBe(3);
});

test('timeline: 2023 holds the four 2023 replies with their citations', async () => {
  const rows = await timeline();
  const y2023 = rows.find((r) => r.year === 2023);
  expect(y2023!.documents).toBeGreaterThanOrEqual(4);
  expect(y2023!.citations).toBeGreaterThanOrEqual(8); // the 0035 reply alone makes 8
  expect(rows.map((r) => r.year)).toEqual([...rows.map((r) => r.year)].sort());
});

test('nodeDetails: properties without internals', async () => {
  const d = await nodeDetails(REPLY_0035);
  expect(d?.properties.docNumber).toBe('渝科局函〔2023〕349号');
  expect(d?.properties.signedDate).toBe('2023-04-28');
  expect(d?.properties.text).toBeUndefined();
  expect(await nodeDetails('doc:nothing')).toBeNull();
});

test('neighbourhood: capped, with truncated for "show more", each edge with evidence', async () => {
  const all = await neighbourhood(REPLY_0035, 1000);
  expect(all.truncated).toBe(false);
  const cites = all.edges.filter((e) => e.type === 'CITES');
  expect(cites.map((e) => e.target)).toContain('doc:渝府办发〔2021〕142号');
  for (const e of all.edges) expect(e.evidence!.length).toBeGreaterThan(0);
  const few = await neighbourhood(REPLY_0035, 3);
  expect(few.nodes.length).toBe(4);
  expect(few.truncated).toBe(true);
});

test('the issuer of 渝府办发〔2021〕142号: from its 机关代字 and from 市政府办公厅印发《…》, each with its sentence', async () => {
  const g = await neighbourhood('doc:渝府办发〔2021〕142号', 100);
  const issued = g.edges.find((e) => e.type === 'ISSUED_BY' && e.target === 'agency:重庆市人民政府办公厅');
  const byDoc = new Map(issued!.evidence!.map((q) => [q.documentId, q.quote]));
  expect(byDoc.get(REPLY_0035)).toContain('(渝府办发〔2021〕142号)'); // the code: a sentence where the number stands
  expect(byDoc.get(REPLY_1160)).toContain('市政府办公厅印发《重庆市高质量孵化载体建设实施方案'); // the context
});

test('overview: the most connected part of the graph, capped', async () => {
  const g = await overview(30);
  expect(g.nodes.length).toBe(30);
  expect(g.truncated).toBe(true);
  const ids = new Set(g.nodes.map((n) => n.id));
  expect(ids.has('agency:重庆市科学技术局')).toBe(true);
  for (const e of g.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
});

test('documentText: the text and the spans of what it asserted', async () => {
  const t = await documentText(REPLY_0035);
  expect(t?.title).toBe('重庆市科学技术局关于市政协六届一次会议第0035号提案的复函');
  const span = t!.spans.find((s) => s.targetId === 'doc:渝府办发〔2021〕142号');
  expect(span?.kind).toBe('citation');
  // One occurrence: the title and the number that follows it.
  expect(t!.text.slice(span!.start, span!.end)).toBe(
    '《重庆市高质量孵化载体建设实施方案(2021—2025年)》(渝府办发〔2021〕142号',
  );
  expect(t!.spans.some((s) => s.kind === 'agency' && s.targetId === 'agency:重庆市教育委员会')).toBe(true);
  expect(t!.spans.some((s) => s.kind === 'proposal')).toBe(true);
  expect(await documentText('doc:渝府办发〔2021〕142号')).toBeNull(); // cited only: no text
});

describe('policy-graph query (the command)', () => {
  const cli = (...args: string[]) => runCli(['query', ...args]);
  test('cited-by as a table names the citing reply and its quote', () => {
    const r = cli('cited-by', '渝府办发〔2021〕142号');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('重庆市科学技术局关于市政协六届一次会议第0035号提');
    expect(r.stdout).toContain('出台《重庆市高质量孵化载体建设实施方案');
  });
  test('--json gives the query result', () => {
    const r = cli('cited-by', '渝府办发〔2021〕142号', '--json', '--sort', 'date');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { target: { id: string }; rows: { document: { id: string } }[] };
    expect(json.target.id).toBe('doc:渝府办发〔2021〕142号');
    expect(json.rows[0]!.document.id).toBe(REPLY_0035);
  });
  test('no match exits 1; bad usage exits 2', () => {
    expect(cli('cited-by', '完全不存在的文件名称甲乙丙').status).toBe(1);
    expect(cli('path', 'only-one').status).toBe(2);
    expect(cli('nonsense').status).toBe(2);
  });
});
