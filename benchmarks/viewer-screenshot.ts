// benchmarks/viewer-screenshot.ts — regenerate the README's screenshots in docs/: the explorer on the sample corpus in
// headless Chromium — the start view, a selection, the path tool and the reader.
// Usage: npx tsx bench/viewer-screenshot.ts [DIR]   (uses NEO4J_URI, else the local Neo4j; ingests samples/corpus)
import path from 'node:path';
import { ingestFiles } from '../cli/ingest-files.ts';
import { closeDriver } from '../graph/connection.ts';
import { createServer } from '../server/app.ts';
import { ensureViewerBuilt } from '../server/build-viewer.ts';
import { launch, type Page } from './chromium.ts';

const REPLY_0035 = 'doc:渝科局函〔2023〕349号';
const INCUBATOR_PLAN = 'doc:渝府办发〔2021〕142号';

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__policyGraph !== undefined);
  await page.evaluate(() => window.__policyGraph.ready);
}

/** Let sigma draw the last change (two animation frames) and the camera settle. */
async function settle(page: Page, ms = 600): Promise<void> {
  await page.waitForTimeout(ms);
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

async function main(): Promise<void> {
  const dir = path.resolve(process.argv[2] ?? 'docs');
  await ingestFiles([path.resolve('samples/corpus')], { progress: () => undefined });
  await ensureViewerBuilt();
  const server = await createServer({ port: 0 });
  const browser = await launch({ width: 1440, height: 900 });
  const shot = async (name: string) => {
    await settle(browser.page);
    await browser.page.screenshot({ path: path.join(dir, name) });
    process.stdout.write(`wrote ${path.relative(process.cwd(), path.join(dir, name))}\n`);
  };
  try {
    const page = browser.page;
    // 1. The start view: laid out on arrival, the most linked nodes named, the most cited policies listed.
    await open(page, `${server.url}/`);
    await page.locator('section[data-section="top-cited"][data-state="ready"]').waitFor();
    await shot('start.png');

    // 2. A selection: the incubator plan, its neighbours labelled, the rest dimmed; who cites it, with quotes.
    await open(page, `${server.url}/?node=${encodeURIComponent(INCUBATOR_PLAN)}`);
    await page.locator('section[data-section="cited-by"][data-state="ready"]').waitFor();
    await page.fill('#search-input', '渝府办发〔2021〕142号');
    await shot('selection.png');

    // 3. The path tool: from the 0035 reply to 重庆市科技创新促进条例, three paths, hop by hop with quotes.
    await open(page, `${server.url}/?node=${encodeURIComponent(REPLY_0035)}`);
    await page.locator(`#panel-body .node-head[data-node-id="${REPLY_0035}"]`).waitFor();
    await page.click('#path-set-from');
    await page.type('#path-to', '重庆市科技创新促进条例', { delay: 10 });
    await page.locator('#path-to-suggestions li[data-node-id]').first().click();
    await page.click('#path-run');
    await page.locator('#path-results[data-state="ready"]').waitFor();
    await shot('path.png');

    // 4. The reader at 1280×720: the 0035 reply's text with citations, agencies and programs highlighted.
    await page.setViewportSize({ width: 1280, height: 720 });
    await open(page, `${server.url}/?node=${encodeURIComponent(REPLY_0035)}`);
    await page.locator(`#panel-body .node-head[data-node-id="${REPLY_0035}"]`).waitFor();
    await page.click('#open-reader');
    await page.locator('#reader-text mark').first().waitFor();
    await shot('reader.png');
  } finally {
    await browser.close();
    await server.close();
    await closeDriver();
  }
}

await main();
