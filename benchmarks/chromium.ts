// benchmarks/chromium.ts — real headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core.
// One fresh profile per launch; screenshots of failed tests go to test-results/.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.POLICY_GRAPH_CHROMIUM ?? '/usr/bin/chromium';
export const RESULTS_DIR = path.resolve('test-results');

/**
 * Flags: headless without GPU or sandbox (containers, CI); no network chatter of its own (updates, sync,
 * QUIC), so the only traffic is to our server. WebGL falls back to SwiftShader, which sigma needs without a GPU.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Messages the page logged as errors (uncaught exceptions, console.error). */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Launch Chromium with a fresh --user-data-dir and open one page. */
export async function launch(viewport = { width: 1400, height: 900 }): Promise<BrowserSession> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'policy-graph-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    acceptDownloads: true,
    locale: 'zh-CN',
  });
  // Functions handed to page.evaluate are serialized from source; under tsx (esbuild keepNames) that source
  // calls a `__name` helper that only exists in Node. Define it in the page as the identity.
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') pageErrors.push(msg.text());
  });
  return {
    context,
    page,
    pageErrors,
    close: async () => {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

/** Save a full-page screenshot under test-results/ (named after the test). */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name.replace(/[^\w\u4e00-\u9fff-]+/g, '_').slice(0, 100)}.png`);
  await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
  return file;
}

export type { Browser, Page };
