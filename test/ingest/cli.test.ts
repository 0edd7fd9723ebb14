// test/ingest/cli.test.ts — `policy-graph extract` and `policy-graph eval` as a user runs them (real processes).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/policy-graph.js', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'policy-graph-cli-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('policy-graph extract', () => {
  test('a reader that closes the pipe early (`| head`) ends the run quietly with exit 0', async () => {
    const { spawn } = await import('node:child_process');
    const files = Array.from({ length: 40 }, () => 'samples/corpus/cq-kjj-2023-0035-reply.txt');
    const child = spawn(process.execPath, ['bin/policy-graph.js', 'extract', '--json', ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    // Read the first chunk, then close our end of the pipe as `head -c` does.
    await new Promise<void>((done) => child.stdout.once('data', () => (child.stdout.destroy(), done())));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(err).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });

  test('--json: one line per good file, in input order; one stderr line per bad file; exit 1', () => {
    const r = cli('extract', '--json', 'samples/corpus/cq-kjj-2023-0035-reply.txt', join(dir, 'empty.txt'), join(dir, 'missing.txt'), dir,
      join(dir, 'binary.txt'), 'test/fixtures/gbk-reply-no-marker.txt', 'samples/corpus/cn-most-2021-notice-hitech-zone-eval.txt');
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.file)).toEqual(['samples/corpus/cq-kjj-2023-0035-reply.txt', 'test/fixtures/gbk-reply-no-marker.txt', 'samples/corpus/cn-most-2021-notice-hitech-zone-eval.txt']);
    for (const key of ['source', 'document', 'respondsTo', 'citations', 'agencies', 'programs']) expect(lines[0]).toHaveProperty(key);
    const errs = r.err.trim().split('\n');
    expect(errs).toHaveLength(4);
    expect(errs[0]).toMatch(/empty\.txt: empty file$/);
    expect(errs[1]).toMatch(/missing\.txt: no such file$/);
    expect(errs[2]).toMatch(/: is a directory/);
    expect(errs[3]).toMatch(/binary\.txt: binary file/);
  });

  test('the human summary names the document and its citations; exit 0 when all files are good', () => {
    const r = cli('extract', 'samples/corpus/cq-kjj-2023-0035-reply.txt');
    expect(r.code).toBe(0);
    expect(r.out).toContain('重庆市科学技术局关于市政协六届一次会议第0035号提案的复函');
    expect(r.out).toContain('渝府办发〔2021〕142号 [重庆市人民政府办公厅]');
  });

  test('--max-bytes refuses larger files with a clear line', () => {
    const r = cli('extract', '--max-bytes', '1000', 'samples/corpus/cq-kjj-2023-0035-reply.txt');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cq-kjj-2023-0035-reply\.txt: too large .*--max-bytes/);
  });

  test('a UTF-8 file cut inside its last character is extracted, with one warning line; exit 0', () => {
    const cut = join(dir, 'cut.txt');
    const bytes = readFileSync('samples/corpus/cq-kjj-2023-0035-reply.txt');
    // The sample ends with 日 (3 bytes, no newline): keep the first two.
    expect(bytes.subarray(-3).toString()).toBe('日');
    writeFileSync(cut, bytes.subarray(0, -1));
    const r = cli('extract', '--json', cut);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^policy-graph extract: .*cut\.txt: warning: UTF-8 text cut inside its last character.*\n$/);
    expect((JSON.parse(r.out) as { document: { docNumber: string } }).document.docNumber).toBe('渝科局函〔2023〕349号');
  });

  test('--help and usage errors', () => {
    expect(cli('extract', '--help').out).toContain('usage: policy-graph extract FILE');
    expect(cli('extract').code).toBe(2);
  });
});

describe('policy-graph eval', () => {
  test('prints the summary table as its last 8 lines and exits 0', () => {
    const r = cli('eval', 'samples/corpus');
    expect(r.code).toBe(0);
    const tail = r.out.trimEnd().split('\n').slice(-8);
    expect(tail[0]).toMatch(/^type\s+P\s+R\s+F1/);
    expect(tail.map((l) => l.split(/\s{2,}/)[0])).toEqual(['type', 'citations', 'citation issuer', 'agencies (strict)', 'agencies (lenient)', 'programs', 'document fields', 'respondsTo']);
  });
});
