// test/cli/query-tools.test.ts — `policy-graph query` as an analyst types it, against the sample corpus in the real test
// Neo4j: names resolved as the explorer's search resolves them (ambiguity listed, exit 4), --csv read back with a CSV
// parser, compare, year filters, strict options.
import { parse } from 'csv-parse/sync';
import { closeDriver } from '../../graph/connection.ts';
import { emptyGraph, ingestQuiet } from '../graph/helpers.ts';
import { INCUBATOR_PLAN, REPLY_0035, REPLY_1160, TRANSFER_REGULATION } from '../api/corpus-ids.ts';
import { runCli } from '../../testkit/run-cli.ts';

function cli(...args: string[]) {
  return runCli(['query', ...args]);
}

beforeAll(async () => {
  await emptyGraph();
  expect((await ingestQuiet(['samples/corpus'])).failed).toEqual([]);
});

afterAll(async () => {
  await closeDriver();
});

describe('names resolve as the search box resolves them', () => {
  test('cited-by 142号: part of a number names the one document numbered so', () => {
    const r = cli('cited-by', '142号', '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).target.id).toBe(INCUBATOR_PLAN);
  });

  test('agency kejiju: pinyin; the municipal bureau stands out, the others are named on stderr', () => {
    const r = cli('agency', 'kejiju', '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).agency.id).toBe('agency:重庆市科学技术局');
    expect(r.stderr).toContain('also fits');
  });

  test('an ambiguous name lists the candidates with their ids and exits 4', () => {
    const r = cli('cited-by', '科技创新');
    expect(r.status).toBe(4);
    expect(r.stdout).toMatch(/fits \d+ nodes/);
    expect(r.stdout).toContain('doc:t:484944eea781a297'); // 重庆市科技创新促进条例
    const json = cli('cited-by', '科技创新', '--json');
    expect(json.status).toBe(4);
    expect((JSON.parse(json.stdout) as { candidates: { id: string }[] }).candidates.length).toBeGreaterThan(1);
  });

  test('a body match never names a node; nothing → exit 1', () => {
    expect(cli('cited-by', '完全不存在的文件名称甲乙丙').status).toBe(1);
    // 打造大型孵化载体 stands only in the body of the 0035 reply.
    expect(cli('cited-by', '打造大型孵化载体').status).toBe(1);
  });

  test('search 第0035号提案 finds the proposal; search shows the sentence of a body match', () => {
    expect(cli('search', '第0035号提案').stdout).toContain('proposal:市政协六届一次会议#0035');
    expect(cli('search', '打造大型孵化载体').stdout).toContain('重点打造大型孵化载体');
  });
});

describe('--csv', () => {
  const rows = (text: string) => parse(text, { bom: true }) as string[][];

  test('cited-by: BOM, the columns, one row per citing document with its quotes', () => {
    const r = cli('cited-by', '渝府办发〔2021〕142号', '--csv');
    expect(r.status, r.stderr).toBe(0);
    expect(Buffer.from(r.stdout, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...body] = rows(r.stdout);
    expect(header).toEqual(['id', 'name', 'title', 'doc_number', 'date', 'issuer', 'relation', 'times', 'quotes']);
    expect(body.map((x) => x[0]).sort()).toEqual([REPLY_0035, REPLY_1160].sort());
    expect(body.find((x) => x[0] === REPLY_0035)![8]).toContain('渝府办发〔2021〕142号');
  });

  test('same-citations: the shared policies in one cell', () => {
    const [header, ...body] = rows(cli('same-citations', REPLY_0035, '--csv').stdout);
    expect(header!.slice(-2)).toEqual(['shared', 'shared_policies']);
    const row = body.find((x) => x[0] === REPLY_1160)!;
    expect(row[6]).toBe('2');
    expect(row[7]).toContain('渝府办发〔2021〕142号');
  });

  test('search and agency export too; --csv refuses queries that are not lists', () => {
    expect(rows(cli('search', '孵化载体', '--csv').stdout)[0]).toEqual([
      'id',
      'type',
      'name',
      'doc_number',
      'date',
      'issuer',
      'matched',
      'snippet',
    ]);
    const agency = rows(cli('agency', '市科技局', '--csv').stdout);
    expect(agency[0]![0]).toBe('list');
    expect(agency.some((x) => x[0] === 'issued' && x[1] === REPLY_0035)).toBe(true);
    expect(cli('path', 'a', 'b', '--csv').status).toBe(2);
    expect(cli('cited-by', 'x', '--csv', '--json').status).toBe(2);
  });
});

describe('compare, year filters, options', () => {
  test('compare A B: shared citations and those only one has', () => {
    const r = cli('compare', '渝科局函〔2023〕349号', '渝科局函〔2022〕308号', '--json');
    expect(r.status, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout) as { citations: { shared: { id: string }[]; onlyA: { id: string }[] } };
    expect(c.citations.shared.map((n) => n.id)).toEqual([TRANSFER_REGULATION]);
    expect(c.citations.onlyA.map((n) => n.id)).toContain(INCUBATOR_PLAN);
    expect(cli('compare', '渝科局函〔2023〕349号', '渝科局函〔2022〕308号').stdout).toMatch(
      /citations: 1 shared, \d+ only in A, \d+ only in B/,
    );
    expect(cli('compare', REPLY_0035, '渝科局函〔2023〕349号').status).toBe(1);
  });

  test('--from/--to keep documents of those years', () => {
    const all = JSON.parse(cli('cited-by', INCUBATOR_PLAN, '--json').stdout).rows as unknown[];
    const y2023 = JSON.parse(cli('cited-by', INCUBATOR_PLAN, '--json', '--from', '2023', '--to', '2023').stdout)
      .rows as { document: { id: string } }[];
    expect(all).toHaveLength(2);
    expect(y2023.map((x) => x.document.id)).toEqual([REPLY_0035]);
    expect(cli('cited-by', INCUBATOR_PLAN, '--from', '23').status).toBe(2);
  });

  test('unknown options are refused in one line with exit 2; --help lists the new ones', () => {
    const r = cli('cited-by', '142号', '--bogus');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const help = cli('--help').stdout;
    for (const option of ['--csv', '--from', '--to', 'compare A B']) expect(help).toContain(option);
  });
});
