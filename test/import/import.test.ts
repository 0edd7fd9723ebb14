// test/import/import.test.ts — `import` over saved pages: a directory mixing document pages, list pages, GB18030, GBK
// and Big5 pages, broken HTML, binary and empty files; what is imported, what is skipped or fails and why; the
// documents in the real test Neo4j under their pages' paths.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importPages, importReportTsv, type ImportEntry } from '../../cli/import-pages.ts';
import { closeDriver, runRead, toNumber } from '../../graph/connection.ts';
import { writePortalFixtures } from '../../testkit/portal-site.ts';
import { readRows } from '../../testkit/read-rows.ts';
import { emptyGraph, testConfig } from '../graph/helpers.ts';
import { runCli } from '../../testkit/run-cli.ts';

// The saved site and the broken pages, written from the portal's spec for this file's tests.
const FIXTURES = mkdtempSync(join(tmpdir(), 'import-portal-'));
const { site: SITE, broken: BROKEN } = writePortalFixtures(FIXTURES);
const quiet = { progress: () => undefined, report: () => undefined };

function byPage(entries: ImportEntry[]): Map<string, ImportEntry> {
  return new Map(entries.map((e) => [e.page.slice(FIXTURES.length + 1), e]));
}

afterAll(async () => {
  await closeDriver();
  rmSync(FIXTURES, { recursive: true, force: true });
});

describe('import --dry-run over a saved site and broken pages', () => {
  let entries: Map<string, ImportEntry>;
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'import-test-'));
    entries = byPage((await importPages([SITE, BROKEN], { dryRun: true, out })).entries);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test.each([
    ['site/zwgk_176/fdzdgknr/jytabl/202307/t20230727_12183040.html', '渝科局函〔2023〕349号', 'utf-8'],
    ['site/zwgk_176/fdzdgknr/jytabl/202307/t20230718_12160021.html', '渝科局函〔2023〕318号', 'gb18030'], // declared gb2312
    ['site/zwgk_176/fdzdgknr/jytabl/202207/t20220715_10938711.html', '渝科局函〔2022〕205号', 'gb18030'], // declared GBK
    ['site/zwgk_176/fdzdgknr/qtgw/202306/t20230620_12060017.html', null, 'utf-8'], // no metadata table
    ['broken/unclosed.shtml', '渝科局函〔2024〕233号', 'utf-8'],
    ['broken/wrong-charset.html', '渝科局函〔2021〕166号', 'gb18030'],
    ['broken/big5-notice.html', null, 'big5'],
  ])('%s is imported (number %s, %s)', (page, number, encoding) => {
    const e = entries.get(page)!;
    expect(e.outcome).toBe('imported');
    expect(e.docNumber).toBe(number);
    expect(e.encoding).toBe(encoding);
    expect(readFileSync(e.textFile!, 'utf8')).not.toMatch(/\uFFFD|网站标识码|ICP备|createPageHTML/);
  });

  test.each([
    ['site/index.html', 'skipped', /^list page/],
    ['site/zwgk_176/fdzdgknr/jytabl/index.html', 'skipped', /^list page/],
    ['site/zwgk_176/fdzdgknr/jytabl/index_2.html', 'skipped', /^list page/],
    ['site/zwgk_176/fdzdgknr/qtgw/index_1.html', 'skipped', /^list page/],
    [
      'site/zwgk_176/zcwj/202307/t20230727_99990001.html',
      'skipped',
      /^duplicate of .*t20230727_12183040\.html \(same 发文字号 渝科局函〔2023〕349号\)/,
    ],
    ['broken/truncated.html', 'skipped', /^duplicate of .*t20230725_12179912\.html/],
    ['broken/nav-only.html', 'skipped', /^too little text/],
    ['broken/binary.html', 'failed', /^binary file/],
    ['broken/empty.html', 'failed', /^empty file/],
  ])('%s is %s', (page, outcome, reason) => {
    const e = entries.get(page)!;
    expect(e.outcome).toBe(outcome);
    expect(e.reason).toMatch(reason);
  });

  test('the text keeps the metadata table and the body, in the form the header stage reads', () => {
    const text = readFileSync(
      entries.get('site/zwgk_176/fdzdgknr/jytabl/202207/t20220715_10938711.html')!.textFile!,
      'utf8',
    );
    expect(text).toContain('| [ 发文字号 ] | 渝科局函〔2022〕205号 |');
    expect(text).toContain('《关于支持西部（重庆）科学城高质量发展的若干政策措施》（渝府发〔2021〕23号）');
    expect(text).not.toMatch(/相关文章|您当前的位置|无障碍/);
  });

  test('a page cut short inside a character is imported with a warning when it is the only copy', async () => {
    const r = await importPages([join(BROKEN, 'truncated.html')], { dryRun: true });
    expect(r.entries[0]!.outcome).toBe('imported');
    expect(r.entries[0]!.reason).toMatch(/warning: UTF-8 text cut/);
  });

  test('the TSV report has one line per page', async () => {
    const r = await importPages([BROKEN], { dryRun: true });
    const lines = importReportTsv(r).replace(/\n$/, '').split('\n');
    expect(lines[0]).toBe('outcome\treason\tpage\tsource\ttitle\tdoc_number\tencoding\ttext_file');
    expect(lines).toHaveLength(1 + r.entries.length);
    expect(lines.every((l) => l.split('\t').length === 8)).toBe(true);
  });
});

describe('the import command', () => {
  const cli = (...args: string[]) => runCli(['import', ...args]);

  test('unknown options are refused with exit code 2', () => {
    const r = cli('--dry-runn', SITE);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('--dry-run reports skipped and failed pages on stderr, and exits 1 for the failed ones', () => {
    const r = cli('--dry-run', BROKEN);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`failed: ${BROKEN}/binary.html: binary file`);
    expect(r.stderr).toMatch(/7 page\(s\): 4 imported, 1 skipped \(1 too little text\), 2 failed/);
  });
});

describe('import into Neo4j', () => {
  beforeAll(async () => {
    await emptyGraph();
  });

  test("the documents are written under their pages' paths, with their own encodings, once each", async () => {
    const r = await importPages([SITE, BROKEN], { ingest: { config: testConfig(), ...quiet } });
    const imported = r.entries.filter((e) => e.outcome === 'imported');
    expect(imported).toHaveLength(14);
    expect(r.ingest!.documents).toBe(14);
    const rows = await readRows<{ file: string; encoding: string; number: string | null }>(
      'MATCH (d:Document {ingested: true}) RETURN d.file AS file, d.encoding AS encoding, d.docNumber AS number ORDER BY file',
      testConfig(),
    );
    expect(rows.map((x) => x.file).sort()).toEqual(imported.map((e) => e.page).sort());
    expect(rows.find((x) => x.file.endsWith('t20230718_12160021.html'))).toMatchObject({
      encoding: 'gb18030',
      number: '渝科局函〔2023〕318号',
    });
    // The reply republished in another column is one document.
    const copies = await runRead(
      {
        query: 'MATCH (d:Document {docNumber: $n}) RETURN count(d) AS n',
        params: { n: '渝科局函〔2023〕349号' },
        transform: (records) => toNumber(records[0]!.get('n')),
      },
      testConfig(),
    );
    expect(copies).toBe(1);
  });
});
