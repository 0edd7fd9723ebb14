// test/import/real-pages.test.ts — `import` on real saved government pages (test/fixtures/import-real/, SOURCES.tsv
// there says where each came from): the document imported with its metadata table and main text, the page chrome
// dropped, the text read by the extraction as the document it is, a declared legacy charset giving the same document,
// a real list page skipped with the reason, and the document in the real test Neo4j.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ImportEntry, importPages } from '../../cli/import-pages.ts';
import { closeDriver } from '../../graph/connection.ts';
import { readRows } from '../../testkit/read-rows.ts';
import { extractText } from '../../ingest/extract.ts';
import { emptyGraph, testConfig } from '../graph/helpers.ts';
import { encodeGb18030 } from '../../testkit/gb18030.ts';
import { runCli } from '../../testkit/run-cli.ts';

const REAL = 'test/fixtures/import-real';
const GOV_CN = `${REAL}/www.gov.cn/zhengce/content/2018-12/29/content_5353307.htm`;
const HD_INDEX = `${REAL}/hdzfxxgk.hd.gov.cn/index.html`;
const NUMBER = '国发〔2018〕43号';
const quiet = { progress: () => undefined, report: () => undefined };

afterAll(async () => {
  await closeDriver();
});

describe('a real gov.cn document page (国发〔2018〕43号, as a crawler stored its main block)', () => {
  let entry: ImportEntry;
  let text: string;
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'import-real-'));
    entry = (await importPages([GOV_CN], { dryRun: true, out })).entries[0]!;
    text = readFileSync(entry.textFile!, 'utf8');
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test('is imported as a document, its 发文字号 read from the metadata table', () => {
    expect(entry.outcome).toBe('imported');
    expect(entry.kind).toBe('document');
    expect(entry.encoding).toBe('utf-8');
    expect(entry.docNumber).toBe(NUMBER);
    // 索引号, 主题分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期 (主题词 is left out of the count)
    expect(entry.reason).toMatch(/metadata table \(7 fields\)/);
  });

  test('keeps the metadata table (labels as printed, spaced and with full-width blanks) and the whole body', () => {
    for (const cell of ['索 引 号：', '000014349/2018-00222', '标　　题：', '发文字号：', '2018年12月29日'])
      expect(text).toContain(cell);
    expect(text).toContain('各省、自治区、直辖市人民政府，国务院各部委、各直属机构：');
    expect(text).toContain('第三十六条的规定');
    expect(text).toContain('（此件公开发布）');
    // The table comes before the body, as on the page.
    expect(text.indexOf('000014349/2018-00222')).toBeLessThan(text.indexOf('各省、自治区'));
  });

  test('drops the page chrome: the QR caption, the toolbar scripts and the banner links', () => {
    expect(text).not.toMatch(/扫一扫|AddFavorite|window\.print|yidongkehuduan|opacity/);
  });

  test('reads, through the extraction, as the State Council decision it is', () => {
    const x = extractText(text);
    expect(x.document).toMatchObject({
      docNumber: NUMBER,
      indexNumber: '000014349/2018-00222',
      issuer: '国务院',
      writtenDate: '2018-12-21',
    });
    expect(x.document.title).toBe(
      '国务院关于在海南博鳌乐城国际医疗旅游先行区暂时调整实施《中华人民共和国药品管理法实施条例》有关规定的决定',
    );
    expect(x.citations.map((c) => c.title)).toContain('中华人民共和国药品管理法实施条例');
  });
});

/** The real page with a `<meta>` declaring GB2312 put before it, stored in that charset (no real GBK page could be had:
 *  the code index returns text, not bytes), written where the test can import it. */
function writeLegacyCopy(dir: string): string {
  const file = join(dir, 'content_5353307-gb2312.htm');
  const page = `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n${readFileSync(GOV_CN, 'utf8')}`;
  writeFileSync(file, encodeGb18030(page));
  return file;
}

describe('the same page with a declared legacy charset (a copy stored in GB2312)', () => {
  test('decodes by its <meta> charset to the same document text as the UTF-8 original', async () => {
    const out = mkdtempSync(join(tmpdir(), 'import-real-'));
    try {
      const legacyFile = writeLegacyCopy(mkdtempSync(join(out, 'page-')));
      const r = await importPages([legacyFile, GOV_CN], { dryRun: true, out });
      const [legacy, original] = r.entries;
      expect(legacy!.outcome).toBe('imported');
      expect(legacy!.encoding).toBe('gb18030');
      expect(legacy!.docNumber).toBe(NUMBER);
      const legacyText = readFileSync(legacy!.textFile!, 'utf8');
      expect(legacyText).not.toContain('\uFFFD');
      const alone = (await importPages([GOV_CN], { dryRun: true, out: join(out, 'alone') })).entries[0]!;
      expect(legacyText).toBe(readFileSync(alone.textFile!, 'utf8'));
      // Both pages in one run: the document is imported once.
      expect(original!.outcome).toBe('skipped');
      expect(original!.reason).toMatch(
        new RegExp(`^duplicate of .*content_5353307-gb2312\\.htm \\(same 发文字号 ${NUMBER}\\)`),
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('a real list page (the 邯郸市政府信息公开 home, as a browser saved it)', () => {
  test('is skipped as a list page, with its document links counted in the reason', async () => {
    const [e] = (await importPages([HD_INDEX], { dryRun: true })).entries;
    expect(e!.outcome).toBe('skipped');
    expect(e!.kind).toBe('list');
    expect(e!.reason).toMatch(/^list page: \d+ document links, \d+ characters of text$/);
    // Its dozens of 通知 / 决定 titles are links to documents, not a document: nothing of it is imported.
    const links = Number(/(\d+) document links/.exec(e!.reason)![1]);
    expect(links).toBeGreaterThanOrEqual(50);
    expect(e!.textFile).toBeNull();
    expect(e!.docNumber).toBeNull();
  });
});

describe('policy-graph import on the real pages', () => {
  test('--dry-run --report: the document imported, its copy and the list page skipped with their reasons', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-real-'));
    try {
      // The real pages and the legacy-charset copy of one of them, in one folder.
      const pages = join(dir, 'pages');
      cpSync(REAL, pages, { recursive: true });
      writeLegacyCopy(mkdtempSync(join(pages, 'derived-')));
      const hdIndex = join(pages, HD_INDEX.slice(REAL.length + 1));
      const report = join(dir, 'report.tsv');
      const r = runCli(['import', '--dry-run', '--report', report, pages]);
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(
        /3 page\(s\): 1 imported, 2 skipped \(1 list page, 1 duplicate \(same number\)\), 0 failed/,
      );
      expect(r.stderr).toContain(`skipped: ${hdIndex}: list page:`);
      const rows = readFileSync(report, 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split('\t'));
      expect(rows.map((c) => c[0]).sort()).toEqual(['imported', 'skipped', 'skipped']);
      expect(rows.filter((c) => c[5] === NUMBER)).toHaveLength(2);
      expect(rows.find((c) => c[2] === hdIndex)?.[1]).toMatch(/^list page/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a real page imported into Neo4j', () => {
  beforeAll(async () => {
    await emptyGraph();
  });

  test('is one Document under its page path, citing the regulation it adjusts', async () => {
    const r = await importPages([GOV_CN], { ingest: { config: testConfig(), ...quiet } });
    expect(r.ingest!.documents).toBe(1);
    const rows = await readRows<{ file: string; number: string; cited: string[] }>(
      'MATCH (d:Document {ingested: true}) OPTIONAL MATCH (d)-[:CITES]->(c) RETURN d.file AS file, d.docNumber AS number, collect(c.title) AS cited',
      testConfig(),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ file: GOV_CN, number: NUMBER });
    expect(rows[0]!.cited).toContain('中华人民共和国药品管理法实施条例');
  });
});
