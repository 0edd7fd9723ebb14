// test/browser/analyst.test.ts — issue 11 in real headless Chromium: an edge click shows its quotes (fetched from
// /api/edge), the interface is Chinese by default and switches to English, a reply is labelled by issuer and number.
import { loadCorpus, openExplorer, useExplorer } from './session.ts';

const REPLY_0035 = 'doc:渝科局函〔2023〕349号';
const INCUBATOR_PLAN = 'doc:渝府办发〔2021〕142号';
const EDGE = `CITES:${REPLY_0035}->${INCUBATOR_PLAN}`;

const session = useExplorer(loadCorpus, 'browser');

const open = (query = '') => openExplorer(session, query);

test('clicking an edge in the graph shows its quote and the asserting document, which is clickable', async () => {
  const page = session.browser.page;
  await open();
  // The overview sends the edge bare: its evidence must come from the click.
  expect(await page.evaluate((e) => window.__policyGraph.graph.getEdgeAttribute(e, 'evidence').length, EDGE)).toBe(0);
  // Zoom onto the edge so it is long on screen, then click along it where no node covers it. Each try reads the
  // positions again (the drawing may still settle) and gives the panel time to answer before the next try.
  await page.evaluate(
    async ([s, t]) => {
      const r = window.__policyGraph.renderer()!;
      const a = r.getNodeDisplayData(s)!;
      const b = r.getNodeDisplayData(t)!;
      // An animation, even of no duration, ends on an animation frame, which a busy headless page may hold back: wait
      // for it a second at most (the clicks below try again while the drawing settles).
      const moved = r.getCamera().animate({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, ratio: 0.25 }, { duration: 0 });
      await Promise.race([moved, new Promise((done) => setTimeout(done, 1000))]);
      r.refresh();
    },
    [REPLY_0035, INCUBATOR_PLAN] as const,
  );
  const edgeHead = page.locator(`#panel-body .node-head[data-edge-type="CITES"][data-edge-source="${REPLY_0035}"]`);
  // Where along the edge sigma's own picking finds this edge and no node: the layout of the run decides which points
  // a node or another edge covers, so the test asks the renderer instead of guessing fractions.
  const points = await page.evaluate(
    ([s, t, edge]) => {
      const r = window.__policyGraph.renderer()! as unknown as {
        framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
        getNodeDisplayData(n: string): { x: number; y: number } | undefined;
        getContainer(): HTMLElement;
        getEdgeAtPoint?(x: number, y: number): string | null;
        getNodeAtPosition?(p: { x: number; y: number }): string | null;
      };
      const pa = r.framedGraphToViewport(r.getNodeDisplayData(s)!);
      const pb = r.framedGraphToViewport(r.getNodeDisplayData(t)!);
      const box = r.getContainer().getBoundingClientRect();
      const out: { x: number; y: number; picked: boolean; off: number }[] = [];
      for (let k = 1; k < 40; k++) {
        const at = k / 40;
        const v = { x: pa.x + (pb.x - pa.x) * at, y: pa.y + (pb.y - pa.y) * at };
        if (v.x < 0 || v.y < 0 || v.x > box.width || v.y > box.height) continue;
        const picked = r.getEdgeAtPoint?.(v.x, v.y) === edge && !r.getNodeAtPosition?.(v);
        out.push({ x: box.left + v.x, y: box.top + v.y, picked, off: Math.abs(at - 0.5) });
      }
      // Points sigma picks this edge at first, then the rest nearest the middle.
      return out.sort((a, b) => Number(b.picked) - Number(a.picked) || a.off - b.off);
    },
    [REPLY_0035, INCUBATOR_PLAN, EDGE] as const,
  );
  let shown = false;
  for (const p of points.slice(0, 15)) {
    await page.mouse.click(p.x, p.y);
    shown = await edgeHead.waitFor({ timeout: 1500 }).then(
      () => true,
      () => false,
    );
    if (shown) break;
  }
  expect(shown, 'one click along the edge selects it').toBe(true);
  const quote = page.locator('#panel-body section[data-section="evidence"] blockquote.quote').first();
  await quote.waitFor();
  expect(await quote.textContent()).toContain('渝府办发〔2021〕142号');
  await expect(page.locator('#panel-body section[data-section="evidence"] .count').textContent()).resolves.not.toBe(
    '0',
  );
  const asserting = page.locator(
    `#panel-body section[data-section="asserted-by"] button.item-link[data-node-id="${REPLY_0035}"]`,
  );
  await asserting.click();
  await page.locator(`#panel-body .node-head[data-node-id="${REPLY_0035}"]`).waitFor();
});

test('the GEXF export carries the evidence of its edges', async () => {
  const page = session.browser.page;
  await open();
  const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
  const { readFile } = await import('node:fs/promises');
  const xml = await readFile((await gexf.path())!, 'utf8');
  const Graph = (await import('graphology')).default;
  const { parse } = await import('graphology-gexf/node');
  const g = parse(Graph, xml);
  const edge = g.edges().find((e) => g.source(e) === REPLY_0035 && g.target(e) === INCUBATOR_PLAN)!;
  expect(edge).toBeDefined();
  expect(Number(g.getEdgeAttribute(edge, 'evidenceCount'))).toBeGreaterThan(0);
  expect(String(g.getEdgeAttribute(edge, 'quote'))).toContain('142号');
  expect(String(g.getEdgeAttribute(edge, 'documents'))).toContain(REPLY_0035);
});

test('the interface is Chinese by default and switches to English, remembered across a reload', async () => {
  const page = session.browser.page;
  await page.evaluate(() => localStorage.removeItem('policy-graph.lang'));
  await open(`?node=${encodeURIComponent(INCUBATOR_PLAN)}`);
  await page.locator('#panel-body .node-head').waitFor();
  await expect(page.getAttribute('html', 'lang')).resolves.toBe('zh-CN');
  await expect(page.textContent('#filters-toggle')).resolves.toBe('筛选');
  await expect(page.textContent('#expand-neighbours')).resolves.toBe('展开邻居');
  await expect(page.locator('section[data-section="cited-by"] h3').textContent()).resolves.toMatch(/^被引\d*$/);
  const stats = (await page.textContent('#graph-stats')) ?? '';
  expect(stats).toMatch(/个节点/);
  expect(stats).not.toMatch(/[A-Za-z]/);
  // No English word in the panel's labels (titles and quotes are Chinese documents; numbers and dates are fine).
  const labels = await page.$$eval(
    '#panel-body h3, #panel-body dt, #panel-body button:not(.item-link), #toolbar button:not(#lang-toggle):not(#export-png):not(#export-gexf), #legend',
    (els) => els.map((e) => e.textContent ?? ''),
  );
  for (const l of labels) expect(l).not.toMatch(/[A-Za-z]{2,}/);

  await page.click('#lang-toggle');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.evaluate(() => window.__policyGraph.ready);
  await page.locator('#panel-body .node-head').waitFor();
  await expect(page.textContent('#filters-toggle')).resolves.toBe('Filters');
  await expect(page.textContent('#expand-neighbours')).resolves.toBe('Expand neighbours');
  await expect(page.locator('section[data-section="cited-by"] h3').textContent()).resolves.toMatch(/^Cited by\d*$/);
  expect(await page.textContent('#graph-stats')).toMatch(/\d+ nodes? · \d+ edges?/);
  // The choice is remembered without the URL parameter.
  await open(`?node=${encodeURIComponent(INCUBATOR_PLAN)}`);
  await expect(page.textContent('#filters-toggle')).resolves.toBe('Filters');
  await page.evaluate(() => localStorage.removeItem('policy-graph.lang'));
});

test('an agency says 提及 (mentioned by), not 被引; the status bar counts what the filters leave', async () => {
  const page = session.browser.page;
  await open(`?node=${encodeURIComponent('agency:重庆市科学技术局')}`);
  await page.locator('#panel-body .node-head').waitFor();
  const terms = await page.$$eval('#panel-body dl.facts dt', (els) => els.map((e) => e.textContent));
  expect(terms).toContain('提及');
  expect(terms).not.toContain('被引');
  const all = await page.evaluate(() => window.__policyGraph.graph.order);
  await open('?types=Document');
  const shown = Number(await page.getAttribute('#graph-stats', 'data-visible-nodes'));
  expect(shown).toBeLessThan(all);
  expect(await page.textContent('#graph-stats')).toContain(`显示 ${shown} 个节点`);
});

test('a reply is labelled with its issuer and proposal number, in the graph and in the lists', async () => {
  const page = session.browser.page;
  await open(`?node=${encodeURIComponent(INCUBATOR_PLAN)}`);
  const label = await page.evaluate((id) => window.__policyGraph.graph.getNodeAttribute(id, 'label'), REPLY_0035);
  expect(label).toMatch(/^重庆市科学技术局 · 0035号提案复函$/);
  const row = page.locator(`section[data-section="cited-by"] button.item-link[data-node-id="${REPLY_0035}"]`).first();
  await expect(row.textContent()).resolves.toBe('重庆市科学技术局 · 0035号提案复函');
  // No node is ever labelled by an id or a file name.
  const labels = await page.evaluate(() => window.__policyGraph.graph.mapNodes((_n, a) => a.label));
  for (const l of labels) expect(l).not.toMatch(/^doc:|\.(txt|html?)$/);
});
