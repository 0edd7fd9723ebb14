// test/browser/analyst-tools.test.ts — explorer round 2 in real headless Chromium against the real server and Neo4j:
// shared policies per same-citations row, CSV downloads read back with a CSV parser, the citation timeline filtering
// the cited-by list, compare view, full-text and proposal search, and a new ingest showing up without a reload.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { ingestFiles } from '../../cli/ingest-files.ts';
import { loadCorpus, openExplorer, useExplorer } from './session.ts';
import * as corpus from '../api/corpus-ids.ts';

const quiet = { progress: () => undefined, report: () => undefined };

const session = useExplorer(loadCorpus, 'tools');

const open = (query = '') => openExplorer(session, query);

const openNode = (id: string) => open(`?node=${encodeURIComponent(id)}`);

/** Click and read the file the browser saves: its bytes, and its rows as a CSV parser reads them. */
async function download(selector: string): Promise<{ bytes: Buffer; name: string; rows: string[][] }> {
  const page = session.browser.page;
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const bytes = await readFile((await file.path())!);
  return {
    bytes,
    name: file.suggestedFilename(),
    rows: parse(bytes, { bom: true, relax_column_count: false }) as string[][],
  };
}

test('same-citations names, per document, the policies both cite', async () => {
  const page = session.browser.page;
  await openNode(corpus.REPLY_0035);
  const section = page.locator('section[data-section="same-citations"][data-state="ready"]');
  await section.waitFor();
  const row = section
    .locator('li')
    .filter({ has: page.locator(`button.item-link:not(.via)[data-node-id="${corpus.REPLY_1160}"]`) });
  const shared = await row
    .locator('.via-list button.via')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.nodeId));
  expect(shared.sort()).toEqual([corpus.INCUBATOR_PLAN, corpus.TRANSFER_RULES].sort());
  await expect(row.locator('.item-meta').first().textContent()).resolves.toContain('相同引用 2 项');
  // A shared policy is a link: it selects that policy.
  await row.locator(`.via-list button[data-node-id="${corpus.INCUBATOR_PLAN}"]`).click();
  await page.locator(`#panel-body .node-head[data-node-id="${corpus.INCUBATOR_PLAN}"]`).waitFor();
});

test('cited-by downloads as CSV: UTF-8 with BOM, the columns in Chinese, the quote of each citing document', async () => {
  const page = session.browser.page;
  await openNode(corpus.INCUBATOR_PLAN);
  await page.locator('section[data-section="cited-by"][data-state="ready"] button.csv-download').waitFor();
  const { bytes, name, rows } = await download('section[data-section="cited-by"] button.csv-download');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(name).toMatch(/^cited-by-渝府办发〔2021〕142号\.csv$/);
  const [header, ...body] = rows;
  expect(header).toEqual(['编号', '名称', '标题', '文号', '日期', '发文机关', '引用关系', '次数', '引文']);
  const reply = body.find((r) => r[0] === corpus.REPLY_0035)!;
  expect(reply).toBeDefined();
  expect(reply[3]).toBe('渝科局函〔2023〕349号');
  expect(reply[4]).toBe('2023-07-27');
  expect(reply[6]).toBe('提及'); // the relation in the interface language (the CLI writes `mentions`)
  expect(reply[8]).toContain('(渝府办发〔2021〕142号)');
  expect(body.map((r) => r[0])).toContain(corpus.REPLY_1160);
});

test('same-citations CSV lists the shared policies; the agency portfolio exports its four lists', async () => {
  const page = session.browser.page;
  await openNode(corpus.REPLY_0035);
  await page.locator('section[data-section="same-citations"][data-state="ready"] button.csv-download').waitFor();
  const same = await download('section[data-section="same-citations"] button.csv-download');
  expect(same.rows[0]).toEqual(['编号', '名称', '标题', '文号', '日期', '发文机关', '相同引用数', '相同引用的政策']);
  const row = same.rows.find((r) => r[0] === corpus.REPLY_1160)!;
  expect(row[6]).toBe('2');
  expect(row[7].split('\n').sort()).toEqual(
    [
      '重庆市进一步促进科技成果转化的实施细则（渝科局发〔2021〕43号）',
      '重庆市高质量孵化载体建设实施方案(2021—2025年)（渝府办发〔2021〕142号）',
    ].sort(),
  );

  await openNode('agency:重庆市科学技术局');
  await page.locator('[data-section="portfolio"] .list-tools button.csv-download').waitFor();
  const portfolio = await download('[data-section="portfolio"] .list-tools button.csv-download');
  expect(portfolio.rows[0]).toEqual(['列表', '编号', '类型', '名称', '文号', '日期', '说明']);
  // The list's name is in the interface language too (发文 = issued).
  expect(portfolio.rows.some((r) => r[0] === '发文' && r[1] === corpus.REPLY_0035)).toBe(true);
  // One year filter over the portfolio's document lists; the CSV holds what it leaves.
  await page.selectOption('[data-section="portfolio"] .list-tools select.year-filter', '2022');
  const issued = page.locator('[data-section="portfolio"] section[data-section="issued"]');
  await expect(issued.locator(`button[data-node-id="${corpus.REPLY_0035}"]`).count()).resolves.toBe(0);
  await expect(issued.locator('li').count()).resolves.toBeGreaterThan(0);
  const dates = await issued.locator('.item-meta').allTextContents();
  for (const d of dates) expect(d).toMatch(/2022/);
  const filtered = await download('[data-section="portfolio"] .list-tools button.csv-download');
  const issuedRows = filtered.rows.filter((r) => r[0] === '发文');
  expect(issuedRows.length).toBe(dates.length);
  for (const r of issuedRows) expect(r[5]).toMatch(/^2022/);
});

test('the citation timeline of a policy: bars per year; a click filters the cited-by list to that year', async () => {
  const page = session.browser.page;
  await openNode(corpus.INCUBATOR_PLAN);
  const bar = page.locator('section[data-section="citation-years"] rect.year-bar[data-year="2023"]');
  await bar.waitFor();
  await expect(bar.getAttribute('data-count')).resolves.toBe('1');
  const citedBy = page.locator('section[data-section="cited-by"][data-state="ready"]');
  await citedBy.waitFor();
  await expect(citedBy.locator('li').count()).resolves.toBe(2);
  await bar.click();
  await expect(citedBy.locator('select.year-filter').inputValue()).resolves.toBe('2023');
  await expect(citedBy.locator('li').count()).resolves.toBe(1);
  await expect(citedBy.locator(`li button[data-node-id="${corpus.REPLY_0035}"]`).count()).resolves.toBe(1);
  await expect(citedBy.locator('h3 .count').textContent()).resolves.toBe('1/2');
  // The filtered list is what the CSV holds.
  const { rows } = await download('section[data-section="cited-by"] button.csv-download');
  expect(rows.slice(1).map((r) => r[0])).toEqual([corpus.REPLY_0035]);
  // A second click shows every year again.
  await bar.click();
  await expect(citedBy.locator('li').count()).resolves.toBe(2);
});

test('every list of the panel has a year filter: what a reply cites, by the year of the cited policy', async () => {
  const page = session.browser.page;
  await openNode(corpus.REPLY_0035);
  const cites = page.locator('section[data-section="cites"]');
  // The list renders after the explorer reports ready: count it once its rows are there (count() does not wait).
  await cites.locator('li').first().waitFor();
  const all = await cites.locator('li').count();
  await page.selectOption('section[data-section="cites"] select.year-filter', '2021');
  const kept = await cites
    .locator('li button.item-link')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.nodeId));
  expect(kept).toEqual(expect.arrayContaining([corpus.INCUBATOR_PLAN, corpus.TRANSFER_RULES]));
  expect(kept.length).toBeLessThan(all);
  await expect(cites.locator('h3 .count').textContent()).resolves.toBe(`${kept.length}/${all}`);
  const { rows } = await download('section[data-section="cites"] button.csv-download');
  expect(rows[0]).toEqual(['类型', '编号', '名称', '标题', '文号', '日期', '发文机关', '引用关系', '次数', '引文']);
  expect(
    rows
      .slice(1)
      .map((r) => r[1])
      .sort(),
  ).toEqual([...kept].sort());
});

test('the start view charts documents per year', async () => {
  const page = session.browser.page;
  await open();
  const bars = page.locator('section[data-section="year-chart"] rect.year-bar');
  await bars.first().waitFor();
  const counts = await bars.evaluateAll((els) => els.map((e) => Number((e as SVGElement).dataset.count)));
  expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(10);
  await expect(
    page.locator('section[data-section="year-chart"] rect.year-bar[data-year="2023"]').getAttribute('data-count'),
  ).resolves.not.toBe('0');
});

test('compare two replies side by side: shared citations, and those only one has', async () => {
  const page = session.browser.page;
  await openNode(corpus.REPLY_0035);
  await page.click('#compare-open');
  await page.type('#compare-input', '渝科局函〔2022〕308号', { delay: 15 });
  await page.locator(`.compare-suggestions li[data-node-id="${corpus.REPLY_0222}"]`).click();
  const view = page.locator('#compare-view[data-state="ready"]');
  await view.waitFor();
  const ids = (kind: string, col: string) =>
    view
      .locator(`[data-kind="${kind}"] [data-col="${col}"] button`)
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.nodeId));
  expect(await ids('citations', 'shared')).toEqual([corpus.TRANSFER_REGULATION]);
  expect(await ids('citations', 'onlyA')).toContain(corpus.INCUBATOR_PLAN);
  expect(await ids('citations', 'onlyB')).toContain(corpus.INNOVATION_REGULATION);
  expect(await ids('agencies', 'shared')).toContain('agency:重庆市科学技术局');
  await expect(view.locator('.compare-titles').textContent()).resolves.toContain('0222号提案复函');
  // An entry is a link: the view closes and the panel shows it.
  await view.locator(`[data-col="onlyB"] button[data-node-id="${corpus.INNOVATION_REGULATION}"]`).click();
  await page.locator(`#panel-body .node-head[data-node-id="${corpus.INNOVATION_REGULATION}"]`).waitFor();
  await expect(page.locator('#compare-view').count()).resolves.toBe(0);
});

test('search finds words of a document body (the sentence shown), a proposal by 第N号提案, its title and its proposer', async () => {
  const page = session.browser.page;
  await open();
  const search = async (text: string) => {
    await page.fill('#search-input', '');
    await page.type('#search-input', text, { delay: 15 });
  };
  await search('打造大型孵化载体');
  const hit = page.locator(`#search-suggestions li[data-node-id="${corpus.REPLY_0035}"]`);
  await hit.waitFor();
  await expect(hit.locator('.sugg-meta').textContent()).resolves.toContain('全文');
  await expect(hit.locator('.sugg-snippet').textContent()).resolves.toContain(
    '重点打造大型孵化载体、环大学创新生态圈等高质量孵化载体',
  );
  // The hits export as CSV with the sentence.
  const { rows } = await download('#search-suggestions li.sugg-export');
  expect(rows[0]).toEqual(['编号', '类型', '名称', '文号', '日期', '发文机关', '匹配字段', '匹配句子']);
  expect(rows.find((r) => r[0] === corpus.REPLY_0035)?.[7]).toContain('打造大型孵化载体');

  for (const text of ['第0035号提案', '破解科技成果转化难题', '民建界别']) {
    await search(text);
    await page.locator(`#search-suggestions li[data-node-id="${corpus.PROPOSAL_0035}"]`).waitFor();
  }
  await expect(
    page.locator(`#search-suggestions li[data-node-id="${corpus.PROPOSAL_0035}"] .sugg-meta`).textContent(),
  ).resolves.toContain('提案人');
});

test('a new ingest appears in the open explorer without a reload; the open panel refreshes', async () => {
  const page = session.browser.page;
  await openNode(corpus.INCUBATOR_PLAN);
  const citedBy = page.locator('section[data-section="cited-by"][data-state="ready"]');
  await citedBy.waitFor();
  await expect(citedBy.locator('li').count()).resolves.toBe(2);
  // A mark on the window: a reload would lose it.
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pg-live-'));
  const notice = [
    '[ 发文字号 ] | 渝科局发〔2024〕901号 |',
    '[ 成文日期 ] | 2024-05-20 |',
    '重庆市科学技术局关于进一步做好高质量孵化载体建设工作的通知',
    '各区县(自治县)科技局:',
    '为贯彻落实《重庆市高质量孵化载体建设实施方案(2021—2025年)》(渝府办发〔2021〕142号),加快构建多层次孵化体系,现就有关事项通知如下。',
    '一、各区县要结合实际制定本地区孵化载体建设计划,于2024年6月30日前报市科技局。',
    '重庆市科学技术局',
    '2024年5月20日',
  ].join('\n');
  try {
    await writeFile(path.join(dir, 'cq-kjj-2024-notice-incubators.txt'), notice, 'utf8');
    const report = await ingestFiles([dir], quiet);
    expect(report.failed).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const added = 'doc:渝科局发〔2024〕901号';
  await page.waitForFunction((id) => window.__policyGraph.graph.hasNode(id), added, { timeout: 30_000 });
  await page.locator('#live-notice:not([hidden])').waitFor();
  await expect(page.textContent('#live-notice')).resolves.toMatch(/图谱已更新/);
  // The open cited-by list now holds the new notice.
  await page
    .locator(`section[data-section="cited-by"][data-state="ready"] li button[data-node-id="${added}"]`)
    .waitFor();
  await expect(page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).resolves.toBe(true);
});
