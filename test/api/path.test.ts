// test/api/path.test.ts — /api/path on the sample corpus in the real test Neo4j: k shortest paths, each hop read in the
// citing direction with its quote; citations only or through agencies; hubs left out; "no path" says why.
import type { ErrorBody, PathAnswer } from '../../contracts/api.ts';
import { useCorpusServer } from './corpus-server.ts';
import { apiGet } from './http.ts';
import { runCli } from '../../testkit/run-cli.ts';

/** 重庆市科学技术局关于市政协六届一次会议第0035号提案的复函 */
const REPLY_0035 = 'doc:渝科局函〔2023〕349号';
/** 重庆市科技创新促进条例: cited by the 1160 and 0222 replies, not by 0035. */
const INNOVATION_REGULATION = '重庆市科技创新促进条例';

const api = useCorpusServer();

async function pathAnswer(params: Record<string, string>, status = 200): Promise<PathAnswer> {
  const res = await apiGet(api.server.url, '/api/path', params);
  expect(res.status, res.body.slice(0, 300)).toBe(status);
  return res.json as PathAnswer;
}

test('the 0035 reply to the law it cites: one hop, read reply —CITES→ law, with the citing sentence', async () => {
  const a = await pathAnswer({ a: '渝科局函〔2023〕349号', b: '中华人民共和国促进科技成果转化法' });
  expect(a.start.id).toBe(REPLY_0035);
  expect(a.end.title).toBe('中华人民共和国促进科技成果转化法');
  const [first] = a.paths;
  expect(first!.hops).toHaveLength(1);
  const hop = first!.hops[0]!;
  expect([hop.from.id, hop.type, hop.to.title, hop.forward]).toEqual([
    REPLY_0035,
    'CITES',
    '中华人民共和国促进科技成果转化法',
    true,
  ]);
  expect(hop.evidence[0]!.quote).toContain('促进科技成果转化法');
  expect(hop.evidence[0]!.documentId).toBe(REPLY_0035);
});

test('k paths through citations only, shortest first, each hop in the citing direction with a quote naming its target', async () => {
  const a = await pathAnswer({ a: REPLY_0035, b: INNOVATION_REGULATION, k: '3' });
  expect(a.options).toEqual({ k: 3, scope: 'citations', maxDegree: 50 });
  expect(a.paths.length).toBe(3);
  const keys = new Set(a.paths.map((p) => p.nodes.map((n) => n.id).join('>')));
  expect(keys.size).toBe(3);
  for (const p of a.paths) {
    expect(p.nodes[0]!.id).toBe(REPLY_0035);
    expect(p.nodes.at(-1)!.title).toBe(INNOVATION_REGULATION);
    expect(p.hops).toHaveLength(p.nodes.length - 1);
    // Simple paths: no node twice.
    expect(new Set(p.nodes.map((n) => n.id)).size).toBe(p.nodes.length);
    // 0035 cites X; another reply cites X (read against the path); that reply cites the regulation.
    expect(p.hops.map((h) => h.forward)).toEqual([true, false, true]);
    p.hops.forEach((h, i) => {
      expect(h.type).toBe('CITES');
      // The hop reads from the citing document to the cited one, whichever way the path runs.
      const [x, y] = [p.nodes[i]!.id, p.nodes[i + 1]!.id];
      expect([h.from.id, h.to.id]).toEqual(h.forward ? [x, y] : [y, x]);
      expect(h.from.label).toBe('Document');
      const q = h.evidence[0]!;
      expect(q.documentId).toBe(h.from.id);
      const target = [h.to.docNumber, h.to.title].filter((s): s is string => !!s);
      expect(target.some((t) => q.quote.includes(t))).toBe(true);
    });
  }
  for (let i = 1; i < a.paths.length; i++)
    expect(a.paths[i]!.hops.length).toBeGreaterThanOrEqual(a.paths[i - 1]!.hops.length);
});

test('scope=all may go through the issuing agency; k=1 gives one path', async () => {
  const all = await pathAnswer({ a: REPLY_0035, b: INNOVATION_REGULATION, scope: 'all', k: '10' });
  const types = new Set(all.paths.flatMap((p) => p.hops.map((h) => h.type)));
  expect(types.has('ISSUED_BY') || types.has('MENTIONS')).toBe(true);
  const viaAgency = all.paths.find((p) => p.nodes.some((n) => n.label === 'Agency'))!;
  const agencyHop = viaAgency.hops.find((h) => h.to.label === 'Agency')!;
  // An agency hop reads document —ISSUED_BY/MENTIONS→ agency.
  expect(agencyHop.from.label).toBe('Document');
  expect(agencyHop.evidence.length).toBeGreaterThan(0);
  const one = await pathAnswer({ a: REPLY_0035, b: INNOVATION_REGULATION, k: '1' });
  expect(one.paths).toHaveLength(1);
});

test('hubs are left out: with maxDegree=1 no node can be walked through, and the answer says so', async () => {
  const a = await pathAnswer({ a: REPLY_0035, b: INNOVATION_REGULATION, maxDegree: '1' });
  expect(a.paths).toEqual([]);
  expect(a.message).toMatch(/not connected/);
  expect(a.message).toMatch(/more than 1 links/);
  // 0 lifts the limit.
  const free = await pathAnswer({ a: REPLY_0035, b: INNOVATION_REGULATION, maxDegree: '0' });
  expect(free.options.maxDegree).toBeNull();
  expect(free.paths.length).toBeGreaterThan(0);
});

test('no path because an end matches nothing: 404 naming that end (no connection is a 200 with a message, above)', async () => {
  const res = await apiGet(api.server.url, '/api/path', { a: REPLY_0035, b: '完全不存在的文件名称甲乙丙' });
  expect(res.status).toBe(404);
  const body = res.json as ErrorBody & { unmatched: string[] };
  expect(body.unmatched).toEqual(['b']);
  expect(body.error).toContain('the end "完全不存在的文件名称甲乙丙"');
  const both = (await apiGet(api.server.url, '/api/path', { a: '不存在的甲乙丙丁', b: '完全不存在的文件名称甲乙丙' }))
    .json as { unmatched: string[] };
  expect(both.unmatched).toEqual(['a', 'b']);
});

test('bad options are refused with the allowed values', async () => {
  for (const [params, words] of [
    [{ a: 'x', b: 'y', k: '0' }, /"k" must be from 1 to 10/],
    [{ a: 'x', b: 'y', scope: 'agencies' }, /one of citations, all/],
    [{ a: 'x', b: 'y', maxDegree: '-3' }, /whole number/],
    [{ a: 'x', b: 'y', hops: '3' }, /Unknown parameter "hops"/],
  ] as const) {
    const res = await apiGet(api.server.url, '/api/path', params);
    expect(res.status).toBe(400);
    expect((res.json as ErrorBody).error).toMatch(words);
  }
});

describe('policy-graph query path (the command) prints the same paths', () => {
  const cli = (...args: string[]) => runCli(['query', 'path', ...args]);

  test('hop by hop in the citing direction, the reverse hop marked, a quote under each hop', () => {
    const r = cli('渝科局函〔2023〕349号', INNOVATION_REGULATION);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('path 1 of 3 · 3 hops');
    const lines = r.stdout.split('\n');
    const first = lines.findIndex((l) => l.startsWith('  1. '));
    // reply —引用 cites→ policy, then its quote on the next line.
    expect(lines[first]).toMatch(
      /^ {2}1\. 重庆市科学技术局关于市政协六届一次会议第0035号提案的复函 \(渝科局函〔2023〕349号\) —引用 cites→ /,
    );
    expect(lines[first + 1]).toMatch(/^ {6}「.+」/);
    expect(lines[first + 2]).toMatch(/^ {2}2\. .* —引用 cites→ .*\(← against the path\)$/);
    expect(lines[first + 4]).toMatch(new RegExp(`^ {2}3\\. .* —引用 cites→ ${INNOVATION_REGULATION}$`));
    expect(lines[first + 5]).toContain(INNOVATION_REGULATION);
  });

  test('--json carries the paths; an end that matches nothing is named (exit 1); bad options exit 2', () => {
    const json = JSON.parse(
      cli('渝科局函〔2023〕349号', INNOVATION_REGULATION, '--json', '--k', '1', '--scope', 'all').stdout,
    ) as PathAnswer;
    expect(json.paths).toHaveLength(1);
    expect(json.options).toEqual({ k: 1, scope: 'all', maxDegree: 50 });
    const none = cli('渝科局函〔2023〕349号', '完全不存在的文件名称甲乙丙');
    expect(none.status).toBe(1);
    expect(none.stdout).toContain('nothing matches the end "完全不存在的文件名称甲乙丙"');
    const cut = cli('渝科局函〔2023〕349号', INNOVATION_REGULATION, '--max-degree', '1');
    expect(cut.status).toBe(1);
    expect(cut.stdout).toMatch(
      /not connected through citations within 8 hops, leaving out nodes with more than 1 links/,
    );
    expect(cli('a', 'b', '--k', '0').status).toBe(2);
    expect(cli('a', 'b', '--scope', 'agencies').status).toBe(2);
  });
});
