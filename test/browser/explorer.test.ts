// test/browser/explorer.test.ts — the explorer in real headless Chromium against the real server and Neo4j:
// search → panel → citing documents with quotes; reader → click a highlight; URL state; PNG and GEXF export.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/node';
import { ingestFiles } from '../../cli/ingest-files.ts';
import { localConfig } from '../../graph/connection.ts';
import { clearGraph } from '../../graph/store.ts';
import { createServer } from '../../server/app.ts';
import { loadCorpus, openExplorer, useExplorer } from './session.ts';

const REPLY_0035 = 'doc:渝科局函〔2023〕349号';
const REPLY_0035_TITLE = '重庆市科学技术局关于市政协六届一次会议第0035号提案的复函';
/** How the explorer names that reply (viewer/src/labels.ts): issuer and proposal number. */
const REPLY_0035_LABEL = '重庆市科学技术局 · 0035号提案复函';
const INCUBATOR_PLAN = 'doc:渝府办发〔2021〕142号';
const DIM_NODE_COLOR = '#e4e7eb';

const session = useExplorer(loadCorpus, 'browser');

const open = (query = '') => openExplorer(session, query);

async function panelNode(): Promise<string | null> {
  return session.browser.page.getAttribute('#panel-body .node-head', 'data-node-id');
}

test('search 渝府办发〔2021〕142号, open it, see the 0035 reply among the citing documents with its quote', async () => {
  const page = session.browser.page;
  await open();
  await page.fill('#search-input', '');
  await page.type('#search-input', '渝府办发〔2021〕142号', { delay: 20 });
  const suggestion = page.locator(`#search-suggestions li[data-node-id="${INCUBATOR_PLAN}"]`);
  await suggestion.waitFor();
  await suggestion.click();
  await page.locator(`#panel-body .node-head[data-node-id="${INCUBATOR_PLAN}"]`).waitFor();
  const citedBy = page.locator('section[data-section="cited-by"][data-state="ready"]');
  await citedBy.waitFor();
  const item = citedBy.locator('li').filter({ has: page.locator(`button[data-node-id="${REPLY_0035}"]`) });
  await expect(item.locator('button.item-link').first().textContent()).resolves.toBe(REPLY_0035_LABEL);
  const quote = await item.locator('blockquote.quote').first().textContent();
  expect(quote).toContain('出台《重庆市高质量孵化载体建设实施方案(2021—2025年)》(渝府办发〔2021〕142号)');
  // The date of the citing document and how often it cites are shown beside it.
  await expect(item.locator('.item-meta').first().textContent()).resolves.toMatch(/2023-\d\d-\d\d.*1 次/);
  // The selection is in the URL and in the graph.
  expect(new URL(page.url()).searchParams.get('node')).toBe(INCUBATOR_PLAN);
  await expect(page.evaluate(() => window.__policyGraph.view.selected)).resolves.toBe(INCUBATOR_PLAN);
});

test('suggestions as you type: pinyin initials find the agency, Enter selects it', async () => {
  const page = session.browser.page;
  await open();
  await page.fill('#search-input', '');
  await page.type('#search-input', 'kjj', { delay: 30 });
  const hit = page.locator('#search-suggestions li[data-node-id="agency:重庆市科学技术局"]');
  await hit.waitFor();
  await expect(hit.locator('.sugg-meta').textContent()).resolves.toContain('首字母');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.locator('#panel-body .node-head[data-node-id="agency:重庆市科学技术局"]').waitFor();
  // The agency portfolio lists what it issued, the 0035 reply among it.
  await page.locator(`[data-section="portfolio"] button[data-node-id="${REPLY_0035}"]`).first().waitFor();
});

test('open the reader on the 0035 reply and click a highlighted citation: the selection moves to it', async () => {
  const page = session.browser.page;
  await open(`?node=${encodeURIComponent(REPLY_0035)}`);
  await page.locator(`#panel-body .node-head[data-node-id="${REPLY_0035}"]`).waitFor();
  await page.click('#open-reader');
  const mark = page.locator(`#reader-text mark.hl-citation[data-node-id="${INCUBATOR_PLAN}"]`).first();
  await mark.waitFor();
  await expect(page.locator('#reader-title').textContent()).resolves.toBe(REPLY_0035_TITLE);
  // Agencies and programs are highlighted too.
  expect(await page.locator('#reader-text mark.hl-agency').count()).toBeGreaterThan(0);
  await mark.click();
  await page.locator(`#panel-body .node-head[data-node-id="${INCUBATOR_PLAN}"]`).waitFor();
  expect(await panelNode()).toBe(INCUBATOR_PLAN);
  await expect(page.evaluate(() => window.__policyGraph.view.selected)).resolves.toBe(INCUBATOR_PLAN);
  const url = new URL(page.url());
  expect(url.searchParams.get('node')).toBe(INCUBATOR_PLAN);
  expect(url.searchParams.get('read')).toBe(REPLY_0035);
});

test('a URL with state reproduces the view: selection, filters, camera, reader', async () => {
  const page = session.browser.page;
  const query =
    `?node=${encodeURIComponent(REPLY_0035)}&types=Document,Agency&from=2020&to=2024` +
    `&agency=${encodeURIComponent('agency:重庆市科学技术局')}&cam=0.4000,0.6000,0.7000&read=${encodeURIComponent(REPLY_0035)}`;
  await open(query);
  await page.locator(`#panel-body .node-head[data-node-id="${REPLY_0035}"]`).waitFor();
  const view = await page.evaluate(() => {
    const pg = window.__policyGraph;
    const r = pg.renderer()!;
    const hiddenTypes = new Set<string>();
    const shownTypes = new Set<string>();
    pg.graph.forEachNode((id, a) => {
      const d = r.getNodeDisplayData(id);
      (d?.hidden ? hiddenTypes : shownTypes).add(a.nodeType);
    });
    const cam = r.getCamera().getState();
    return { cam, hiddenTypes: [...hiddenTypes], shownTypes: [...shownTypes], filters: pg.view.filters };
  });
  expect(view.cam.ratio).toBeCloseTo(0.7, 3);
  expect(view.cam.x).toBeCloseTo(0.4, 3);
  expect(view.cam.y).toBeCloseTo(0.6, 3);
  expect(view.filters).toMatchObject({
    types: ['Document', 'Agency'],
    yearFrom: 2020,
    yearTo: 2024,
    agency: 'agency:重庆市科学技术局',
  });
  expect(view.shownTypes).not.toContain('Program');
  expect(view.shownTypes).not.toContain('Proposal');
  // The filter controls show the same state.
  expect(await page.isChecked('#filter-types input[data-type="Program"]')).toBe(false);
  expect(await page.isChecked('#filter-types input[data-type="Document"]')).toBe(true);
  expect(await page.inputValue('#filter-year-from')).toBe('2020');
  expect(await page.inputValue('#filter-agency')).toBe('agency:重庆市科学技术局');
  await page.locator(`#reader:not([hidden]) mark[data-node-id="${INCUBATOR_PLAN}"]`).first().waitFor();

  // Changing the view rewrites the URL; opening that URL elsewhere shows the same.
  await page.uncheck('#filter-types input[data-type="Agency"]');
  const link = page.url();
  expect(new URL(link).searchParams.get('types')).toBe('Document');
  const other = await session.browser.context.newPage();
  try {
    await other.goto(link);
    await other.waitForFunction(() => window.__policyGraph !== undefined);
    await other.evaluate(() => window.__policyGraph.ready);
    const again = await other.evaluate(() => ({
      filters: window.__policyGraph.view.filters,
      selected: window.__policyGraph.view.selected,
      ratio: window.__policyGraph.renderer()!.getCamera().ratio,
    }));
    expect(again.filters.types).toEqual(['Document']);
    expect(again.selected).toBe(REPLY_0035);
    expect(again.ratio).toBeCloseTo(0.7, 3);
  } finally {
    await other.close();
  }
});

test('hover: the node and its neighbours keep their colour, the rest is dimmed', async () => {
  const page = session.browser.page;
  await open();
  const target = await page.evaluate((id) => {
    const r = window.__policyGraph.renderer()!;
    const d = r.getNodeDisplayData(id)!;
    const p = r.framedGraphToViewport(d);
    const box = r.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, REPLY_0035);
  await page.mouse.move(target.x, target.y, { steps: 3 });
  // Sigma applies the hover in its next animation frame: wait for two frames (ours are queued after its own)
  // so the display data read below is the hovered frame's, however loaded the machine is.
  await page.waitForFunction(
    (id) => (window.__policyGraph.renderer() as unknown as { hoveredNode: string | null }).hoveredNode === id,
    REPLY_0035,
  );
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
  const colours = await page.evaluate(
    ({ center, neighbour }) => {
      const pg = window.__policyGraph;
      const r = pg.renderer()!;
      const neighbours = new Set(pg.graph.neighbors(center));
      const stranger = pg.graph.nodes().find((n) => n !== center && !neighbours.has(n))!;
      return {
        hovered: (r as unknown as { hoveredNode: string | null }).hoveredNode,
        neighbour: r.getNodeDisplayData(neighbour)!.color,
        stranger: r.getNodeDisplayData(stranger)!.color,
      };
    },
    { center: REPLY_0035, neighbour: INCUBATOR_PLAN },
  );
  expect(colours.hovered).toBe(REPLY_0035);
  expect(colours.neighbour).not.toBe(DIM_NODE_COLOR);
  expect(colours.stranger).toBe(DIM_NODE_COLOR);
  await page.mouse.move(2, 2);
});

/** Decode a PNG's size and count the pixels that are not background white (the picture is not empty). */
function pngInfo(buf: Buffer): { width: number; height: number; inked: number } {
  expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length; ) {
    const len = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(buf.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  let inked = 0;
  for (let i = 0; i < raw.length; i++) if (raw[i]! < 200) inked++;
  return { width, height, inked };
}

test('export: the view as PNG and the graph as GEXF are valid files', async () => {
  const page = session.browser.page;
  await open();
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
  expect(png.suggestedFilename()).toMatch(/^policy-graph-.*\.png$/);
  const pngBytes = await readFile((await png.path())!);
  const info = pngInfo(pngBytes);
  const stage = await page.evaluate(() => window.__policyGraph.renderer()!.getDimensions());
  expect(info.width).toBe(Math.round(stage.width));
  expect(info.height).toBe(Math.round(stage.height));
  expect(info.inked).toBeGreaterThan(1000); // nodes, edges and labels were drawn into it

  const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
  expect(gexf.suggestedFilename()).toMatch(/^policy-graph-.*\.gexf$/);
  const xml = await readFile((await gexf.path())!, 'utf8');
  const parsed = parseGexf(Graph, xml);
  const order = await page.evaluate(() => window.__policyGraph.graph.order);
  expect(parsed.order).toBe(order);
  expect(parsed.hasNode(REPLY_0035)).toBe(true);
  expect(parsed.getNodeAttribute(REPLY_0035, 'label')).toBe(REPLY_0035_LABEL);
  expect(parsed.getNodeAttribute(REPLY_0035, 'title')).toBe(REPLY_0035_TITLE);
  expect(parsed.size).toBeGreaterThan(0);
});

test('before a selection the panel lists the most cited documents; a click selects one', async () => {
  const page = session.browser.page;
  await open();
  const top = page.locator('section[data-section="top-cited"][data-state="ready"]');
  await top.waitFor();
  const law = top.locator('button.item-link', { hasText: '重庆市促进科技成果转化条例' }).first();
  await expect(law.textContent()).resolves.toBe('重庆市促进科技成果转化条例');
  await law.click();
  await page.locator('#panel-body .node-head h2', { hasText: '重庆市促进科技成果转化条例' }).waitFor();
  await page.locator('section[data-section="timeline"]').count();
});

test('expand neighbours brings the neighbourhood of a node into a small overview', async () => {
  const page = session.browser.page;
  await open(`?limit=10&node=${encodeURIComponent(REPLY_0035)}`);
  await page.locator(`#panel-body .node-head[data-node-id="${REPLY_0035}"]`).waitFor();
  const before = await page.evaluate(() => window.__policyGraph.graph.order);
  await page.click('#expand-neighbours');
  await page.waitForFunction((n) => window.__policyGraph.graph.order > n, before);
  const after = await page.evaluate(
    (id) => ({ order: window.__policyGraph.graph.order, hasPlan: window.__policyGraph.graph.hasNode(id) }),
    INCUBATOR_PLAN,
  );
  expect(after.order).toBeGreaterThan(before);
  expect(after.hasPlan).toBe(true);
  await expect(page.textContent('#expand-neighbours')).resolves.toMatch(/显示更多|全部邻居已显示/);
});

test('an unreachable database is shown as an error, not a blank page', async () => {
  const down = await createServer({ port: 0, api: { neo4j: localConfig(1) } });
  try {
    const page = session.browser.page;
    await page.goto(`${down.url}/`);
    await page.waitForFunction(() => window.__policyGraph !== undefined);
    await page.evaluate(() => window.__policyGraph.ready);
    await expect(page.getAttribute('#status', 'data-state')).resolves.toBe('error');
    await expect(page.textContent('#status')).resolves.toContain('not available');
  } finally {
    await down.close();
  }
});

test('an empty database says how to ingest', async () => {
  await clearGraph();
  try {
    const page = session.browser.page;
    await page.goto(`${session.server.url}/`);
    await page.waitForFunction(() => window.__policyGraph !== undefined);
    await page.evaluate(() => window.__policyGraph.ready);
    await expect(page.getAttribute('#status', 'data-state')).resolves.toBe('empty');
    await expect(page.textContent('#status')).resolves.toContain('npx policy-graph ingest samples/corpus');
  } finally {
    // Leave the sample corpus in the database, as the other browser tests found it.
    await ingestFiles([path.resolve('samples/corpus')], { progress: () => undefined, report: () => undefined });
  }
});
