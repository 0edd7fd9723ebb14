// test/ingest/cli.test.ts — `policy-graph extract` and `policy-graph eval` as a user runs them (real processes), and the
// strict option parsing every command shares (no Neo4j needed: usage errors come before any database work).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../testkit/run-cli.ts';

/** A Bolt address nothing listens on: a command that reached the database would fail with exit 3, not 2. */
const NO_NEO4J = { NEO4J_URI: 'bolt://127.0.0.1:1', POLICY_GRAPH_NEO4J_PORT: '1' };

function cli(...args: string[]) {
  const r = runCli(args, NO_NEO4J);
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
    const child = spawn(process.execPath, ['bin/policy-graph.js', 'extract', '--json', ...files], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    // Read the first chunk, then close our end of the pipe as `head -c` does.
    await new Promise<void>((done) => child.stdout.once('data', () => (child.stdout.destroy(), done())));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(err).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });

  test('--json: one line per good file, in input order; one stderr line per bad file; exit 1', () => {
    const r = cli(
      'extract',
      '--json',
      'samples/corpus/cq-kjj-2023-0035-reply.txt',
      join(dir, 'empty.txt'),
      join(dir, 'missing.txt'),
      dir,
      join(dir, 'binary.txt'),
      'test/fixtures/gbk-reply-no-marker.txt',
      'samples/corpus/cn-most-2021-notice-hitech-zone-eval.txt',
    );
    expect(r.code).toBe(1);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.file)).toEqual([
      'samples/corpus/cq-kjj-2023-0035-reply.txt',
      'test/fixtures/gbk-reply-no-marker.txt',
      'samples/corpus/cn-most-2021-notice-hitech-zone-eval.txt',
    ]);
    for (const key of ['source', 'document', 'respondsTo', 'citations', 'agencies', 'programs'])
      expect(lines[0]).toHaveProperty(key);
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
    expect(tail.map((l) => l.split(/\s{2,}/)[0])).toEqual([
      'type',
      'citations',
      'citation issuer',
      'agencies (strict)',
      'agencies (lenient)',
      'programs',
      'document fields',
      'respondsTo',
    ]);
  });
});

describe('every command parses its options strictly', () => {
  // Each command with arguments it would otherwise accept: an unknown option must be refused before anything runs.
  const COMMANDS: string[][] = [
    ['start'],
    ['extract', 'samples/corpus/cq-kjj-2023-0035-reply.txt'],
    ['eval', 'samples/corpus'],
    ['ingest', 'samples/corpus'],
    ['import', 'test/fixtures/saved-page-with-scripts.html'],
    ['crawl', 'http://127.0.0.1:1/'],
    ['db', 'start'],
    ['db', 'stop'],
    ['db', 'status'],
    ['db', 'install'],
    ['query', 'cited-by', '142号'],
    ['serve'],
    ['bench-extract'],
    ['bench-graph'],
    ['bench-viewer'],
    ['bench-api'],
  ];

  test('the table covers every command `policy-graph --help` lists', () => {
    const help = cli('--help').out;
    const listed = help
      .slice(help.indexOf('commands:'))
      .split('\n')
      .slice(1)
      .map((l) => /^ {2}(\S+)/.exec(l)?.[1])
      .filter(Boolean);
    expect(listed.length).toBeGreaterThan(10);
    expect(new Set(COMMANDS.map((c) => c[0]))).toEqual(new Set(listed));
  });

  test.each(COMMANDS.map((c) => [c.join(' '), c] as const))(
    '%s: an unknown option → exit 2, one stderr line naming the command',
    (_, args) => {
      for (const bogus of ['--bogus', '--bogus=1']) {
        const r = cli(...args, bogus);
        expect(r.code).toBe(2);
        expect(r.out).toBe('');
        expect(r.err).toMatch(
          new RegExp(
            `^policy-graph ${args[0]}: Unknown option '--bogus'\\. See \`policy-graph ${args[0]} --help\`\\.\\n$`,
          ),
        );
      }
    },
  );

  // Bad values written --opt=value: parsed (the value reaches the command's own check) and refused in one line.
  const BAD_VALUES: [string[], string][] = [
    [['ingest', '--batch-size=0', 'samples/corpus'], '--batch-size'],
    [['ingest', '--jobs=none', 'samples/corpus'], '--jobs'],
    [['extract', '--max-bytes=-5', 'samples/corpus/cq-kjj-2023-0035-reply.txt'], '--max-bytes'],
    [['serve', '--port=70000'], '--port'],
    [['start', '--port=0'], '--port'],
    [['db', 'status', '--port=http'], '--port'],
    [['bench-graph', '--runs=-1'], '--runs'],
    [['bench-api', '--corpus=mine'], '--corpus'],
    [['bench-viewer', '--hovers=5000'], '--hovers'],
    [['query', 'cited-by', '142号', '--limit=0'], '--limit'],
    [['crawl', 'http://127.0.0.1:1/', '--max=0'], '--max'],
  ];
  test.each(BAD_VALUES)('%j: a bad --opt=value → exit 2, one line about %s', (args, option) => {
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toEqual([expect.stringContaining(option), '']);
    expect(r.err).toMatch(new RegExp(`^policy-graph ${args[0]}: .*See \`policy-graph ${args[0]} --help\`\\.\\n$`));
  });

  test('a missing value, a stray argument and an option of another action are usage errors too', () => {
    for (const args of [
      ['ingest', 'samples/corpus', '--batch-size'],
      ['serve', 'now'],
      ['bench-graph', 'big'],
      ['db', 'stop', '--data-dir', 'x'],
    ]) {
      const r = cli(...args);
      expect(r.code).toBe(2);
      expect(r.err.split('\n')).toHaveLength(2);
      expect(r.err).toContain(`policy-graph ${args[0]}: `);
    }
  });

  test('--opt=value and --opt value give the same run', () => {
    const file = 'samples/corpus/cq-kjj-2023-0035-reply.txt';
    const spaced = cli('extract', '--json', '--jobs', '1', '--max-bytes', '1000000', '--time-limit', '30', file);
    const joined = cli('extract', '--json', '--jobs=1', '--max-bytes=1000000', '--time-limit=30', file);
    expect(joined.code).toBe(0);
    expect(joined.out).toBe(spaced.out);
    expect(cli('extract', '--max-bytes=1000', file).err).toMatch(/too large .*--max-bytes/);
    const verbose = cli('eval', '-v', 'samples/corpus');
    expect(verbose.code).toBe(0);
    expect(verbose.out).toBe(cli('eval', 'samples/corpus', '--verbose').out);
  });
});
