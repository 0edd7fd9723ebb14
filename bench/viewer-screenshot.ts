// bench/viewer-screenshot.ts — regenerate docs/screenshot.png: the explorer on the sample corpus in headless Chromium.
// Usage: npx tsx bench/viewer-screenshot.ts [out.png]   (uses NEO4J_URI, else the local Neo4j; ingests samples/corpus)
import path from 'node:path';
import { ingestFiles } from '../cli/commands/ingest.ts';
import { closeDriver } from '../graph/connection.ts';
import { createServer } from '../server/app.ts';
import { ensureViewerBuilt } from '../server/build-viewer.ts';
import { launch } from '../test/browser/harness.ts';

/** The view shown: the incubator plan selected, its citing documents and their quotes in the panel. */
const VIEW = `?node=${encodeURIComponent('doc:渝府办发〔2021〕142号')}`;

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? 'docs/screenshot.png');
  await ingestFiles([path.resolve('samples/corpus')], { progress: () => undefined });
  await ensureViewerBuilt();
  const server = await createServer({ port: 0 });
  const browser = await launch({ width: 1600, height: 1000 });
  try {
    const page = browser.page;
    await page.goto(`${server.url}/${VIEW}`);
    await page.waitForFunction(() => window.__policyGraph !== undefined);
    await page.evaluate(() => window.__policyGraph.ready);
    await page.locator('section[data-section="co-cited"][data-state="ready"]').waitFor();
    await page.fill('#search-input', '渝府办发〔2021〕142号');
    await page.waitForTimeout(500);
    await page.screenshot({ path: out });
    process.stdout.write(`wrote ${path.relative(process.cwd(), out)}\n`);
  } finally {
    await browser.close();
    await server.close();
    await closeDriver();
  }
}

await main();
