// test/browser/path-tool.test.ts — the path tool in real headless Chromium: two ends picked, k shortest paths drawn
// in the graph (the rest dimmed) and listed hop by hop in the citing direction with a quote per hop; "no path" says why.
import { loadCorpus, openExplorer, useExplorer } from './session.ts';

const REPLY_0035 = 'doc:渝科局函〔2023〕349号';
const DIM_NODE_COLOR = '#e4e7eb';

const session = useExplorer(loadCorpus, 'path-tool');

const open = (query = '') => openExplorer(session, query);

/** Type into one of the path tool's boxes and pick the suggestion for `id`. */
async function pickEnd(box: 'from' | 'to', text: string, id: string): Promise<void> {
  const page = session.browser.page;
  await page.fill(`#path-${box}`, '');
  await page.type(`#path-${box}`, text, { delay: 20 });
  const hit = page.locator(`#path-${box}-suggestions li[data-node-id="${id}"]`);
  await hit.waitFor();
  await hit.click();
}

/** The explorer's start view, the path tool opened from the toolbar, from the 0035 reply to 重庆市科技创新促进条例. */
async function openToolOnCorpusEnds(): Promise<string> {
  const page = session.browser.page;
  await open();
  await page.click('#path-toggle');
  await pickEnd('from', '渝科局函〔2023〕349号', REPLY_0035);
  const regulation = await page.evaluate(
    async () => (await (await fetch('./api/search?q=重庆市科技创新促进条例')).json()).hits[0].id as string,
  );
  await pickEnd('to', '重庆市科技创新促进条例', regulation);
  return regulation;
}

test('from a node panel to a searched end: three paths drawn and listed, each hop citing-direction with its quote', async () => {
  const page = session.browser.page;
  await open(`?node=${encodeURIComponent(REPLY_0035)}`);
  await page.locator(`#panel-body .node-head[data-node-id="${REPLY_0035}"]`).waitFor();
  await page.click('#path-set-from');
  await expect(page.inputValue('#path-from')).resolves.toBe('重庆市科学技术局 · 0035号提案复函');
  const regulation = await page.evaluate(
    async () => (await (await fetch('./api/search?q=重庆市科技创新促进条例')).json()).hits[0].id as string,
  );
  await pickEnd('to', '重庆市科技创新促进条例', regulation);
  await page.click('#path-run');
  const results = page.locator('#path-results[data-state="ready"]');
  await results.waitFor();
  expect(await results.getAttribute('data-paths')).toBe('3');
  const paths = results.locator('li.path');
  await expect(paths.count()).resolves.toBe(3);
  const first = paths.first();
  await expect(first.locator('.path-head').textContent()).resolves.toBe('路径 1 · 3 步');
  const hops = first.locator('li.path-hop');
  await expect(hops.count()).resolves.toBe(3);
  // Hop 1 reads reply —引用→ policy; hop 2 is the other reply citing that policy (against the path); hop 3 that reply → the regulation.
  const hop1 = hops.nth(0);
  await expect(hop1.getAttribute('data-from')).resolves.toBe(REPLY_0035);
  await expect(hop1.locator('.hop-arrow').textContent()).resolves.toBe(' —引用→ ');
  await expect(hops.nth(1).getAttribute('data-forward')).resolves.toBe('false');
  await expect(hops.nth(1).locator('.hop-against').textContent()).resolves.toBe('逆向');
  await expect(hops.nth(2).getAttribute('data-to')).resolves.toBe(regulation);
  for (let i = 0; i < 3; i++) {
    const quote = await hops.nth(i).locator('blockquote.quote').first().textContent();
    expect(quote!.length).toBeGreaterThan(10);
  }
  await expect(hops.nth(2).locator('blockquote.quote mark').first().textContent()).resolves.toBe(
    '重庆市科技创新促进条例',
  );

  // Drawn in the graph: every path node is in the graph and shown, strangers are dimmed, path edges drawn dark.
  const drawn = await page.evaluate(() => {
    const pg = window.__policyGraph;
    const r = pg.renderer()!;
    const ids = [...document.querySelectorAll<HTMLElement>('#path-results li.path-hop')].flatMap((li) => [
      li.dataset.from!,
      li.dataset.to!,
    ]);
    const onPath = new Set(ids);
    const stranger = pg.graph.nodes().find((n) => !onPath.has(n))!;
    const hop = document.querySelector<HTMLElement>('#path-results li.path-hop')!;
    const edge = `${hop.dataset.type}:${hop.dataset.from}->${hop.dataset.to}`;
    return {
      missing: ids.filter((id) => !pg.graph.hasNode(id)),
      pathColours: ids.map((id) => r.getNodeDisplayData(id)!.color),
      labelled: ids.every((id) => r.getNodeDisplayData(id)!.forceLabel === true),
      stranger: r.getNodeDisplayData(stranger)!.color,
      edgeSize: r.getEdgeDisplayData(edge)!.size,
    };
  });
  expect(drawn.missing).toEqual([]);
  expect(drawn.pathColours).not.toContain(DIM_NODE_COLOR);
  expect(drawn.labelled).toBe(true);
  expect(drawn.stranger).toBe(DIM_NODE_COLOR);
  expect(drawn.edgeSize).toBeGreaterThanOrEqual(3);

  // Closing the tool gives the graph back: the last hop's edge (not touching the selection) is no longer drawn dark.
  const lastEdge = await page.evaluate(() => {
    const hops = document.querySelectorAll<HTMLElement>('#path-results li.path:first-child li.path-hop');
    const hop = hops[hops.length - 1]!;
    return `${hop.dataset.type}:${hop.dataset.from}->${hop.dataset.to}`;
  });
  await page.click('#path-close');
  await page.waitForFunction((e) => window.__policyGraph.renderer()!.getEdgeDisplayData(e)!.size < 3, lastEdge);
  await expect(page.getAttribute('#path-toggle', 'aria-pressed')).resolves.toBe('false');
});

test('citations only vs agencies allowed, and a hub limit that leaves no path says so', async () => {
  const page = session.browser.page;
  await openToolOnCorpusEnds();
  await page.fill('#path-max-degree', '1');
  await page.dispatchEvent('#path-max-degree', 'change');
  await page.click('#path-run');
  const none = page.locator('#path-results[data-state="ready"] .path-none');
  await none.waitFor();
  await expect(none.textContent()).resolves.toMatch(/没有经由引用的连接.*跳过连接数超过 1 的枢纽/);

  await page.fill('#path-max-degree', '0');
  await page.dispatchEvent('#path-max-degree', 'change');
  await page.check('#path-scope-all');
  await page.selectOption('#path-k', '5');
  await page.click('#path-run');
  await page.locator('#path-results[data-state="ready"][data-paths="5"]').waitFor();
  // Through agencies: some hop reads document —发文机关/提及→ agency.
  const agencyHops = await page
    .locator('#path-results li.path-hop[data-type="ISSUED_BY"], #path-results li.path-hop[data-type="MENTIONS"]')
    .count();
  expect(agencyHops).toBeGreaterThan(0);
});

test('the paths are in the URL: a link opens them, a new selection is a history entry and Back shows the paths again', async () => {
  const page = session.browser.page;
  const regulation = await openToolOnCorpusEnds();
  await page.click('#path-run');
  await page.locator('#path-results[data-state="ready"][data-paths="3"]').waitFor();
  const link = new URL(page.url());
  expect([link.searchParams.get('pathFrom'), link.searchParams.get('pathTo')]).toEqual([REPLY_0035, regulation]);

  // The link elsewhere: the same three paths, the ends named in the boxes.
  const other = await session.browser.context.newPage();
  try {
    await other.goto(link.toString());
    await other.waitForFunction(() => window.__policyGraph !== undefined);
    await other.evaluate(() => window.__policyGraph.ready);
    await other.locator('#path-results[data-state="ready"][data-paths="3"]').waitFor();
    await expect(other.inputValue('#path-from')).resolves.toBe('重庆市科学技术局 · 0035号提案复函');
  } finally {
    await other.close();
  }

  // A node picked from the list is a new entry; Back returns to the paths.
  await page.locator('#path-results li.path-hop button.item-link').first().click();
  await page.locator('#panel-body .node-head').waitFor();
  expect(new URL(page.url()).searchParams.get('pathFrom')).toBeNull();
  await page.goBack();
  await page.locator('#path-results[data-state="ready"][data-paths="3"]').waitFor();
  expect(new URL(page.url()).searchParams.get('pathTo')).toBe(regulation);
});
