// test/browser/session.ts — one explorer session per browser test file: the data loaded into the test Neo4j, the
// viewer built, the real server and headless Chromium started; a screenshot of each failed test; all closed at the end.
import path from 'node:path';
import { ingestFiles } from '../../cli/ingest-files.ts';
import { closeDriver } from '../../graph/connection.ts';
import { clearGraph } from '../../graph/store.ts';
import { createServer, type RunningServer } from '../../server/app.ts';
import { ensureViewerBuilt } from '../../server/build-viewer.ts';
import { launch, screenshot, type BrowserSession } from '../../benchmarks/chromium.ts';

export interface ExplorerSession {
  server: RunningServer;
  browser: BrowserSession;
}

/** Registers the file's hooks; the returned object is filled before the first test runs. */
export function useExplorer(load: () => Promise<void>, shotPrefix: string): ExplorerSession {
  const session = {} as ExplorerSession;
  beforeAll(async () => {
    await load();
    await ensureViewerBuilt(() => undefined);
    session.server = await createServer({ port: 0 });
    session.browser = await launch();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
    await closeDriver();
  });
  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      const file = await screenshot(session.browser.page, `${shotPrefix}-${task.name}`);
      process.stderr.write(`screenshot of the failed test: ${file}\n`);
    });
  });
  return session;
}

/**
 * The sample corpus in the test Neo4j, from an empty graph (what an earlier file left must not show): what most browser
 * test files load (`useExplorer(loadCorpus, …)`).
 */
export async function loadCorpus(): Promise<void> {
  await clearGraph();
  const report = await ingestFiles([path.resolve('samples/corpus')], {
    progress: () => undefined,
    report: () => undefined,
  });
  expect(report.failed).toEqual([]);
}

/** Open the explorer at `query` (e.g. `?node=…`) and wait until its first screen is up and ready. */
export async function openExplorer(session: ExplorerSession, query = ''): Promise<void> {
  const page = session.browser.page;
  await page.goto(`${session.server.url}/${query}`);
  await page.waitForFunction(() => window.__policyGraph !== undefined);
  await page.evaluate(() => window.__policyGraph.ready);
  expect(await page.evaluate(() => window.__policyGraph.state().status)).toBe('ready');
  // No uncaught exception or console error (a blocked worker or a CSP violation would show here).
  expect(session.browser.pageErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
}
