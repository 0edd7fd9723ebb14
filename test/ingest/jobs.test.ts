// test/ingest/jobs.test.ts — the extraction worker pool as users run it (real `policy-graph extract` processes):
// any number of threads gives the same bytes in the same order, and a file past its time budget fails alone.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../testkit/run-cli.ts';

function cli(...args: string[]) {
  const r = runCli(args);
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const SAMPLES = ['samples/corpus', 'samples/dev2', 'samples/dev3'].flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(d, f)),
);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'policy-graph-jobs-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extract --jobs', () => {
  test('--jobs 1 and --jobs 2 print byte-identical JSON lines over every sample, in input order', () => {
    const files = [...SAMPLES, 'missing.txt', ...SAMPLES.slice(0, 5)];
    const one = cli('extract', '--json', '--jobs', '1', ...files);
    const two = cli('extract', '--json', '--jobs', '2', ...files);
    expect(one.code).toBe(1); // missing.txt
    expect(two.code).toBe(1);
    expect(two.out).toBe(one.out);
    expect(two.err).toBe(one.err);
    const lines = one.out.trimEnd().split('\n');
    expect(lines).toHaveLength(SAMPLES.length + 5);
    expect(lines.map((l) => (JSON.parse(l) as { file: string }).file)).toEqual(
      files.filter((f) => f !== 'missing.txt'),
    );
  });

  test('usage errors for --jobs and --time-limit', () => {
    expect(cli('extract', '--jobs', '0', SAMPLES[0]!).code).toBe(2);
    expect(cli('extract', '--time-limit', 'soon', SAMPLES[0]!).code).toBe(2);
  });
});

describe('extract --time-limit', () => {
  test('a file past its budget is stopped and fails with one line naming it; the files after it are extracted', () => {
    // A genuinely slow input: several MB of real text take far longer than the 1 ms budget given here.
    const big = join(dir, 'big.txt');
    const sample = readdirSync('samples/corpus').find((f) => f.endsWith('.txt'))!;
    const text = readFileSync(join('samples/corpus', sample), 'utf8');
    writeFileSync(big, text.repeat(Math.ceil((3 * 1024 * 1024) / Buffer.byteLength(text))));
    const r = cli('extract', '--json', '--jobs', '1', '--time-limit', '0.001', big, big);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const errs = r.err.trimEnd().split('\n');
    expect(errs).toHaveLength(2);
    for (const e of errs)
      expect(e).toMatch(/^policy-graph extract: .*big\.txt: extraction took longer than 0\.001 s and was stopped/);
    // With a budget a real document meets, the same file is extracted, and after a stopped file the worker that
    // replaced it goes on with the next one.
    const ok = cli('extract', '--json', '--jobs', '1', '--time-limit', '60', big, SAMPLES[0]!);
    expect(ok.code).toBe(0);
    expect(ok.out.trimEnd().split('\n')).toHaveLength(2);
  });
});
