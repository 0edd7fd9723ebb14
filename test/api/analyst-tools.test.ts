// test/api/analyst-tools.test.ts — the explorer round 2 endpoints and answers against the sample corpus in the real test
// Neo4j: shared policies per same-citations row, search (body text, proposal title/proposer, 第N号), compare,
// citation years, and the graph version that moves with an ingest.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type {
  CitationYearsAnswer,
  CompareAnswer,
  CountRow,
  RowsAnswer,
  SearchAnswer,
  VersionAnswer,
} from '../../contracts/api.ts';
import { ingestQuiet } from '../graph/helpers.ts';
import { apiGet, okJson } from './http.ts';
import {
  INCUBATOR_PLAN,
  INNOVATION_REGULATION,
  PROPOSAL_0035,
  REPLY_0035,
  REPLY_0222,
  REPLY_1160,
  TRANSFER_REGULATION,
  TRANSFER_RULES,
} from './corpus-ids.ts';
import { useCorpusServer } from './corpus-server.ts';

const api = useCorpusServer();
const json = <T>(p: string, params: Record<string, string> = {}) => okJson<T>(api.server.url, p, params);

describe('same-citations and co-cited name what they count', () => {
  test('same-citations: per document, the policies both cite', async () => {
    const a = await json<RowsAnswer<CountRow>>('/api/same-citations', { doc: REPLY_0035 });
    const row = a.rows.find((r) => r.node.id === REPLY_1160)!;
    expect(row.count).toBe(2);
    expect(row.via!.map((v) => v.id).sort()).toEqual([INCUBATOR_PLAN, TRANSFER_RULES].sort());
    // Every row names as many policies as it counts (none is above the cap here).
    for (const r of a.rows) expect(r.via).toHaveLength(r.count);
  });

  test('co-cited: per document, the documents citing both', async () => {
    const a = await json<RowsAnswer<CountRow>>('/api/co-cited', { x: INCUBATOR_PLAN });
    const row = a.rows.find((r) => r.node.id === TRANSFER_RULES)!;
    expect(row.via!.map((v) => v.id).sort()).toEqual([REPLY_0035, REPLY_1160].sort());
  });
});

describe('/api/search blind spots', () => {
  const hits = async (q: string) => (await json<SearchAnswer>('/api/search', { q })).hits;

  test.each([
    ['第0035号提案', 'name'],
    ['0035号提案', 'name'],
    ['破解科技成果转化难题', 'title'],
    ['民建界别', 'proposer'],
  ])('%s finds the proposal (matched %s)', async (q, matched) => {
    const hit = (await hits(q)).find((h) => h.id === PROPOSAL_0035);
    expect(hit?.matched).toBe(matched);
  });

  test('words of a document body find it, with the sentence they stand in', async () => {
    const hit = (await hits('打造大型孵化载体')).find((h) => h.id === REPLY_0035)!;
    expect(hit.matched).toBe('text');
    expect(hit.snippet).toBe(
      '会同相关部门和区县,重点打造大型孵化载体、环大学创新生态圈等高质量孵化载体,构建多层次孵化体系,推动科技成果孵化转化。',
    );
  });

  test('a title match ranks above a body match', async () => {
    const list = await hits('孵化载体建设实施方案');
    expect(list[0]!.id).toBe(INCUBATOR_PLAN);
    expect(list.findIndex((h) => h.matched === 'text')).toBeGreaterThan(0);
  });
});

describe('/api/compare', () => {
  test('two replies: shared citations and those only one has, agencies alike', async () => {
    const c = await json<CompareAnswer>('/api/compare', { a: '渝科局函〔2023〕349号', b: REPLY_0222 });
    expect(c.a.id).toBe(REPLY_0035);
    expect(c.b.id).toBe(REPLY_0222);
    expect(c.citations.shared.map((n) => n.id)).toEqual([TRANSFER_REGULATION]);
    expect(c.citations.onlyA.map((n) => n.id)).toContain(INCUBATOR_PLAN);
    expect(c.citations.onlyB.map((n) => n.id)).toEqual(expect.arrayContaining([INNOVATION_REGULATION]));
    expect(c.agencies.shared.map((n) => n.id)).toContain('agency:重庆市科学技术局');
    // The three parts of a side are disjoint and together are what the document cites.
    const ids = (l: { id: string }[]) => l.map((n) => n.id);
    expect(new Set([...ids(c.citations.shared), ...ids(c.citations.onlyA)]).size).toBe(
      c.citations.shared.length + c.citations.onlyA.length,
    );
  });

  test('errors: not a document → 404, the same document twice → 400, an unknown parameter → 400', async () => {
    expect((await apiGet(api.server.url, '/api/compare', { a: REPLY_0035, b: 'agency:重庆市科学技术局' })).status).toBe(
      404,
    );
    expect((await apiGet(api.server.url, '/api/compare', { a: REPLY_0035, b: '完全不存在的文件甲乙丙' })).status).toBe(
      404,
    );
    expect((await apiGet(api.server.url, '/api/compare', { a: REPLY_0035, b: '渝科局函〔2023〕349号' })).status).toBe(
      400,
    );
    expect((await apiGet(api.server.url, '/api/compare', { a: REPLY_0035, b: REPLY_0222, c: 'x' })).status).toBe(400);
    expect((await apiGet(api.server.url, '/api/compare', { a: REPLY_0035 })).status).toBe(400);
  });
});

describe('/api/citation-years', () => {
  test('142号: one citing document dated 2023, one undated', async () => {
    const y = await json<CitationYearsAnswer>('/api/citation-years', { x: '渝府办发〔2021〕142号' });
    expect(y.target.id).toBe(INCUBATOR_PLAN);
    expect(y.years).toEqual([{ year: 2023, documents: 1 }]);
    expect(y.undated).toBe(1);
  });

  test('no match → 404', async () => {
    expect((await apiGet(api.server.url, '/api/citation-years', { x: '完全不存在的文件甲乙丙' })).status).toBe(404);
  });
});

describe('/api/version', () => {
  test('stays while nothing is written, moves with an ingest', async () => {
    const before = (await json<VersionAnswer>('/api/version')).version;
    expect(before).not.toBe('');
    expect((await json<VersionAnswer>('/api/version')).version).toBe(before);
    await json('/api/search', { q: '孵化' }); // reads do not move it
    expect((await json<VersionAnswer>('/api/version')).version).toBe(before);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'pg-version-'));
    try {
      await writeFile(
        path.join(dir, 'notice.txt'),
        '[ 发文字号 ] | 渝科局发〔2024〕902号 |\n重庆市科学技术局关于开展孵化载体绩效评价的通知\n根据《重庆市高质量孵化载体建设实施方案(2021—2025年)》(渝府办发〔2021〕142号),现开展绩效评价。\n',
        'utf8',
      );
      expect((await ingestQuiet([dir])).failed).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect((await json<VersionAnswer>('/api/version')).version).not.toBe(before);
  });
});
