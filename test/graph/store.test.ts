// test/graph/store.test.ts — ingest into the real test Neo4j: the sample corpus, idempotency, replace-on-re-ingest,
// order independence of cross-document learning, and a Neo4j that is down.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFiles } from '../../cli/ingest-files.ts';
import { closeDriver, DatabaseUnavailableError, localConfig, runRead, toNumber } from '../../graph/connection.ts';
import { citedBy } from '../../graph/queries.ts';
import { graphCounts } from '../../graph/store.ts';
import { canonicalDump } from './canonical-dump.ts';
import { CORPUS, emptyGraph, ingestQuiet, testConfig } from './helpers.ts';
import { runCli } from '../../testkit/run-cli.ts';

const REPLY_0035 = 'doc:渝科局函〔2023〕349号';

/** Count relationships of a type between two ids. */
async function countRels(type: string, from: string, to: string): Promise<number> {
  return runRead(
    {
      query: `MATCH (a {id: $from})-[r]->(b {id: $to}) WHERE type(r) = $type RETURN count(r) AS n`,
      params: { type, from, to },
      transform: (records) => toNumber(records[0]!.get('n')),
    },
    testConfig(),
  );
}

afterAll(async () => {
  await closeDriver();
});

describe('ingesting the sample corpus', () => {
  let firstDump = '';

  beforeAll(async () => {
    await emptyGraph();
  });

  test('all 25 documents ingest, none fails', async () => {
    const r = await ingestQuiet([CORPUS]);
    expect(r.failed).toEqual([]);
    expect(r.documents).toBe(25);
    expect(r.written).toBe(25);
    const counts = await graphCounts(testConfig());
    expect(counts.nodes).toBeGreaterThan(100);
    expect(counts.relationships).toBeGreaterThan(200);
    firstDump = await canonicalDump(testConfig());
  });

  test('cited-by 渝府办发〔2021〕142号 returns the 0035 reply with its quote', async () => {
    const r = await citedBy('渝府办发〔2021〕142号');
    expect(r.target?.id).toBe('doc:渝府办发〔2021〕142号');
    const row = r.rows.find((x) => x.document.id === REPLY_0035);
    expect(row?.document.title).toBe('重庆市科学技术局关于市政协六届一次会议第0035号提案的复函');
    expect(row?.document.ingested).toBe(true);
    expect(row?.quotes[0]?.quote).toBe(
      '出台《重庆市高质量孵化载体建设实施方案(2021—2025年)》(渝府办发〔2021〕142号),推动建设规模化、专业化、高质量孵化载体。',
    );
    expect(row?.quotes[0]?.documentId).toBe(REPLY_0035);
    // The quote's offsets point into the stored text of the citing document.
    const text = readFileSync(`${CORPUS}/cq-kjj-2023-0035-reply.txt`, 'utf8');
    expect(text.slice(row!.quotes[0]!.start, row!.quotes[0]!.end)).toBe(row!.quotes[0]!.quote);
  });

  test('ingesting the same files again changes nothing (counts and canonical dump)', async () => {
    const before = await graphCounts(testConfig());
    const r = await ingestQuiet([CORPUS]);
    expect(r.written).toBe(0);
    expect(r.unchanged).toBe(25);
    expect(await graphCounts(testConfig())).toEqual(before);
    expect(await canonicalDump(testConfig())).toBe(firstDump);
  });

  test('forcing a rewrite of every document also gives the same graph', async () => {
    const r = await ingestQuiet([CORPUS], { force: true, batchSize: 7 });
    expect(r.written).toBe(25);
    expect(await canonicalDump(testConfig())).toBe(firstDump);
  });

  test('re-ingesting a changed document replaces what it asserted and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-replace-'));
    try {
      const file = join(dir, 'cq-kjj-2023-0035-reply.txt');
      const original = readFileSync(`${CORPUS}/cq-kjj-2023-0035-reply.txt`, 'utf8');
      // The changed version no longer cites 渝金〔2021〕213号 and newly cites 《重庆市科技创新促进条例》.
      const changed = original
        .replace('《关于激励私募投资基金支持科技创新的通知》(渝金〔2021〕213号)', '')
        .replace(
          '2020年修订出台《重庆市促进科技成果转化条例》',
          '2020年修订出台《重庆市促进科技成果转化条例》《重庆市科技创新促进条例》',
        );
      expect(changed).not.toBe(original);
      writeFileSync(file, changed);

      const otherBefore = (await canonicalDump(testConfig()))
        .split('\n')
        .filter((l) => l.startsWith('R ') && !l.includes(REPLY_0035));
      expect(await countRels('CITES', REPLY_0035, 'doc:渝金〔2021〕213号')).toBe(1);

      const r = await ingestQuiet([file]);
      expect(r.written).toBe(1);
      // Its old citation is gone, with the node only it asserted (and that node's issuer edge).
      expect(await countRels('CITES', REPLY_0035, 'doc:渝金〔2021〕213号')).toBe(0);
      const gone = await runRead(
        {
          query: `MATCH (d:Document {id: 'doc:渝金〔2021〕213号'}) RETURN count(d) AS n`,
          params: {},
          transform: (x) => toNumber(x[0]!.get('n')),
        },
        testConfig(),
      );
      expect(gone).toBe(0);
      // Its new citation is there, on the node other documents cite (one node, not a second one).
      const cited = await citedBy('重庆市科技创新促进条例');
      expect(cited.rows.map((x) => x.document.id)).toContain(REPLY_0035);
      expect(cited.rows.length).toBe(3);
      // What other documents asserted is untouched.
      const otherAfter = (await canonicalDump(testConfig()))
        .split('\n')
        .filter((l) => l.startsWith('R ') && !l.includes(REPLY_0035));
      expect(otherAfter.filter((l) => !l.includes('渝金〔2021〕213号'))).toEqual(
        otherBefore.filter((l) => !l.includes('渝金〔2021〕213号')),
      );
      expect(await countRels('CITES', 'doc:t:92c240c234e63dd9', 'doc:渝府办发〔2021〕142号')).toBe(1);

      // Back to the original file: the graph is the first graph again.
      await ingestQuiet([`${CORPUS}/cq-kjj-2023-0035-reply.txt`]);
      expect(await canonicalDump(testConfig())).toBe(firstDump);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('what one document teaches resolves what another wrote earlier', () => {
  test('title first, number later: the same graph as both at once', async () => {
    const first = [`${CORPUS}/cq-kjj-2023-1160-reply.txt`]; // cites 重庆市高质量孵化载体建设实施方案 by title only
    const second = [`${CORPUS}/cq-kjj-2023-0035-reply.txt`]; // cites it with 渝府办发〔2021〕142号
    await emptyGraph();
    await ingestQuiet([...first, ...second]);
    // The assertion hash records what a document resolved to when it was written (1160 first wrote a title id),
    // so it may differ; every fact and every piece of evidence must not.
    const together = await canonicalDump(testConfig(), { ignore: ['assertionHash'] });

    await emptyGraph();
    await ingestQuiet(first);
    const titleOnly = await citedBy('重庆市高质量孵化载体建设实施方案(2021—2025年)');
    expect(titleOnly.target?.id).toMatch(/^doc:t:/);
    await ingestQuiet(second);
    const merged = await citedBy('渝府办发〔2021〕142号');
    expect(merged.rows.map((r) => r.document.id).sort()).toEqual(['doc:t:92c240c234e63dd9', REPLY_0035].sort());
    expect(await canonicalDump(testConfig(), { ignore: ['assertionHash'] })).toBe(together);
  });
});

describe('a proposal answered by several replies', () => {
  /**
   * A reply to 第0035号提案 with its own number, dates, wording of the proposal's title and proposer: what a
   * supplementary reply (补充复函) or a later reply to the same proposal looks like.
   */
  function reply(number: string, date: string, signed: string, proposalTitle: string, proposer: string): string {
    return readFileSync(`${CORPUS}/cq-kjj-2023-0035-reply.txt`, 'utf8')
      .replaceAll('渝科局函〔2023〕349号', `渝科局函〔2023〕${number}号`)
      .replaceAll('2023-00159', `2023-00${number}`)
      .replaceAll('2023-07-27', date)
      .replace('2023年4月28日', signed)
      .replace('关于市政协六届一次会议第0035号提案的复函', '关于市政协六届一次会议第0035号提案的补充复函')
      .replace('市政协民建界别:', `${proposer}:`)
      .replace('《关于破解科技成果转化难题助推成渝地区科创中心建设的建议》', `《${proposalTitle}》`);
  }

  const PROPOSAL = 'proposal:市政协六届一次会议#0035';

  async function proposalNode(): Promise<{ title: string; proposer: string }> {
    return runRead(
      {
        query: 'MATCH (p:Proposal {id: $id}) RETURN p.title AS title, p.proposer AS proposer',
        params: { id: PROPOSAL },
        transform: (r) => ({ title: r[0]!.get('title') as string, proposer: r[0]!.get('proposer') as string }),
      },
      testConfig(),
    );
  }

  test('keeps what the latest reply says, whatever the batch size (canonical dumps equal)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-proposal-'));
    try {
      // File names put the latest reply first and an earlier one last: "first writer wins in a batch" and
      // "last writer wins across batches" would each keep a different one.
      writeFileSync(
        join(dir, 'a-latest.txt'),
        reply('401', '2023-09-15', '2023年9月15日', '关于加快科技成果转化助推成渝科创中心建设的建议', '民建重庆市委会'),
      );
      cpSync(`${CORPUS}/cq-kjj-2023-0035-reply.txt`, join(dir, 'm-original.txt'));
      writeFileSync(
        join(dir, 'z-earliest.txt'),
        reply('188', '2023-03-02', '2023年3月2日', '关于破解科技成果转化难题的建议', '市政协民建界别委员'),
      );
      const dumps: string[] = [];
      for (const batchSize of [1, 2, 1000]) {
        await emptyGraph();
        const r = await ingestQuiet([dir], { batchSize });
        expect(r.written).toBe(3);
        expect(await proposalNode(), `batch size ${batchSize}`).toEqual({
          title: '关于加快科技成果转化助推成渝科创中心建设的建议',
          proposer: '民建重庆市委会',
        });
        dumps.push(await canonicalDump(testConfig()));
      }
      expect(dumps[1]).toBe(dumps[0]);
      expect(dumps[2]).toBe(dumps[0]);
      // Three replies, one proposal node.
      expect(dumps[0]!.split('\n').filter((l) => l.startsWith('R RESPONDS_TO'))).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a Neo4j that is down', () => {
  test('ingest fails with DatabaseUnavailableError and writes nothing', async () => {
    const down = localConfig(1);
    await expect(
      ingestFiles([`${CORPUS}/cq-kjj-2023-0035-reply.txt`], {
        config: down,
        progress: () => undefined,
        report: () => undefined,
      }),
    ).rejects.toBeInstanceOf(DatabaseUnavailableError);
  });

  test('the command says so in one line and exits non-zero', () => {
    const r = runCli(['ingest', `${CORPUS}/cq-kjj-2023-0035-reply.txt`], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(r.status).toBe(3);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('policy-graph ingest:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/does not answer/);
  });

  test('bad files are reported one line each and the rest is ingested', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-bad-'));
    try {
      cpSync(`${CORPUS}/cq-kjj-2023-0035-reply.txt`, join(dir, 'good.txt'));
      writeFileSync(join(dir, 'empty.txt'), '');
      writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 0x89, 0x50, 0x4e, 0x47]));
      await emptyGraph();
      const r = await ingestQuiet([dir, join(dir, 'missing.txt')]);
      expect(r.written).toBe(1);
      expect(r.failed.map((f) => f.file).sort()).toEqual(
        [join(dir, 'binary.txt'), join(dir, 'empty.txt'), join(dir, 'missing.txt')].sort(),
      );
      for (const f of r.failed) expect(f.error).not.toContain('\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
