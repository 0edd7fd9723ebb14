// test/ingest/runs.test.ts — who runs a program, read from the verb before its name (ingest/runs.ts), carried in the
// extraction output so the graph's RUNS edges come with the sentence that says it.
import { extractFile, extractText } from '../../ingest/extract.ts';

test('the issuer of a reply runs what it says it 开展/举办 (cq-kjj-2023-0035-reply)', async () => {
  const x = await extractFile('samples/corpus/cq-kjj-2023-0035-reply.txt');
  expect(x.document.issuer).toBe('重庆市科学技术局');
  const byProgram = new Map(x.runs.map((r) => [r.program, r]));
  const pilot = byProgram.get('知识价值信用贷款改革试点');
  expect(pilot?.agency).toBe('重庆市科学技术局');
  expect(pilot?.inferredBy).toBe('issuer states 开展');
  expect(pilot?.evidence.quote).toContain('开展知识价值信用贷款改革试点');
  expect(byProgram.get('重庆科技成果转移转化峰会')?.inferredBy).toBe('issuer states 举办');
});

test.each([
  // An agency named before the verb in the same sentence is the subject that runs it.
  [
    '重庆市科学技术局关于市政协六届一次会议第0035号提案的复函\n市教委联合市财政局设立种子基金,支持高校成果转化。',
    '种子基金',
    '重庆市财政局',
  ],
  // No agency before the verb: the issuer reports what it runs.
  [
    '重庆市科学技术局关于市政协六届一次会议第0035号提案的复函\n我局深入开展科技成果进区县行动。',
    '科技成果进区县行动',
    '重庆市科学技术局',
  ],
])('%s', (text, program, agency) => {
  const run = extractText(text).runs.find((r) => r.program === program);
  expect(run?.agency).toBe(agency);
  expect(text.slice(run!.evidence.start, run!.evidence.end)).toBe(run!.evidence.text);
});

test('a program named without a verb of running has no runner', () => {
  const x = extractText('重庆市科学技术局关于市政协六届一次会议第0035号提案的复函\n种子基金的规模为5亿元。');
  expect(x.runs).toEqual([]);
});
