// test/browser/first-screen.test.ts — the first screen in real headless Chromium: it arrives laid out (positions from
// the server, no layout run in the page, no button to press), and at 1280×720 the reader leaves the graph ≥ 45% of the
// width, unclipped, with the legend away from the graph's centre.
import type { OverviewAnswer } from '../../contracts/api.ts';
import { loadCorpus, openExplorer, useExplorer } from './session.ts';

const REPLY_0035 = 'doc:渝科局函〔2023〕349号';

const session = useExplorer(loadCorpus, 'first-screen');

const open = (query = '') => openExplorer(session, query);

test('the overview arrives with positions: drawn where the server laid it out, no layout run, no button pressed', async () => {
  const page = session.browser.page;
  await open();
  const answer = (await (await fetch(`${session.server.url}/api/overview?limit=1000`)).json()) as OverviewAnswer;
  expect(answer.positions).toHaveLength(answer.nodes.length * 2);
  const shown = await page.evaluate(() => {
    const pg = window.__policyGraph;
    const xs: Record<string, [number, number]> = {};
    pg.graph.forEachNode((id, a) => (xs[id] = [a.x, a.y]));
    return { metrics: pg.metrics, xs, pressed: document.getElementById('layout-toggle')!.getAttribute('aria-pressed') };
  });
  expect(shown.metrics.laidOutByServer).toBe(true);
  expect(shown.metrics.layoutStartedAt).toBeNull();
  expect(shown.metrics.firstFrameAt).not.toBeNull();
  expect(shown.pressed).not.toBe('true');
  // Every node sits where the server put it.
  answer.nodes.forEach((n, i) => {
    expect(shown.xs[n.id]).toEqual([answer.positions[2 * i], answer.positions[2 * i + 1]]);
  });
  // A layout, not a heap: linked nodes are closer together than the average pair.
  const dist = (a: string, b: string) =>
    Math.hypot(shown.xs[a]![0] - shown.xs[b]![0], shown.xs[a]![1] - shown.xs[b]![1]);
  const ids = answer.nodes.map((n) => n.id);
  const linked = answer.edges.map((e) => dist(e.source, e.target));
  const pairs = ids.slice(0, 60).flatMap((a, i) => ids.slice(i + 1, 60).map((b) => dist(a, b)));
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  expect(mean(linked)).toBeLessThan(mean(pairs) * 0.6);
  // Labels are thinned: far fewer labels drawn than nodes.
  const labels = await page.evaluate(
    () => (window.__policyGraph.renderer() as unknown as { displayedNodeLabels: Set<string> }).displayedNodeLabels.size,
  );
  expect(labels).toBeGreaterThan(5);
  expect(labels).toBeLessThan(answer.nodes.length / 3);
});

test('a selection dims the rest and labels its neighbours (the largest first)', async () => {
  const page = session.browser.page;
  await open(`?node=${encodeURIComponent(REPLY_0035)}`);
  await page.locator(`#panel-body .node-head[data-node-id="${REPLY_0035}"]`).waitFor();
  await page.waitForFunction(
    (id) => window.__policyGraph.renderer()!.getNodeDisplayData(id)!.highlighted === true,
    REPLY_0035,
  );
  const look = await page.evaluate((id) => {
    const pg = window.__policyGraph;
    const r = pg.renderer()!;
    const neighbours = pg.graph.neighbors(id);
    const stranger = pg.graph.nodes().find((n) => n !== id && !neighbours.includes(n))!;
    return {
      neighboursLabelled:
        neighbours.filter((n) => r.getNodeDisplayData(n)!.forceLabel === true).length ===
        Math.min(12, neighbours.length),
      neighbourColours: neighbours.map((n) => r.getNodeDisplayData(n)!.color),
      stranger: r.getNodeDisplayData(stranger)!.color,
      strangerLabel: r.getNodeDisplayData(stranger)!.label,
    };
  }, REPLY_0035);
  expect(look.neighboursLabelled).toBe(true);
  expect(look.neighbourColours).not.toContain('#e4e7eb');
  expect(look.stranger).toBe('#e4e7eb');
  expect(look.strangerLabel).toBe('');
});

test('at 1280×720 the reader leaves the graph at least 45% of the width, unclipped, the legend off its centre', async () => {
  const page = session.browser.page;
  await page.setViewportSize({ width: 1280, height: 720 });
  try {
    await open(`?node=${encodeURIComponent(REPLY_0035)}`);
    await page.locator(`#panel-body .node-head[data-node-id="${REPLY_0035}"]`).waitFor();
    await page.click('#open-reader');
    await page.locator('#reader-text mark').first().waitFor();
    await page.evaluate(
      () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
    );
    const box = await page.evaluate(() => {
      const rect = (id: string) => document.getElementById(id)!.getBoundingClientRect().toJSON() as DOMRect;
      const r = window.__policyGraph.renderer()!;
      return {
        stage: rect('stage'),
        container: rect('sigma-container'),
        legend: rect('legend'),
        reader: rect('reader'),
        panel: rect('panel'),
        sigma: r.getDimensions(),
        width: window.innerWidth,
        scroll: document.documentElement.scrollWidth,
      };
    });
    expect(box.stage.width).toBeGreaterThanOrEqual(0.45 * 1280);
    // Not clipped: the drawing fills the stage, nothing runs off the window.
    expect(box.container.width).toBeCloseTo(box.stage.width, 0);
    expect(box.sigma.width).toBeCloseTo(box.stage.width, 0);
    expect(box.scroll).toBeLessThanOrEqual(1280);
    expect(box.panel.right).toBeLessThanOrEqual(1280 + 0.5);
    // The reader and the panel are still usable.
    expect(box.reader.width).toBeGreaterThanOrEqual(260);
    expect(box.panel.width).toBeGreaterThanOrEqual(280);
    // The legend does not cover the graph's centre.
    const cx = box.stage.left + box.stage.width / 2;
    const cy = box.stage.top + box.stage.height / 2;
    const l = box.legend;
    expect(cx >= l.left && cx <= l.right && cy >= l.top && cy <= l.bottom).toBe(false);
    expect(l.right).toBeLessThan(cx);
    expect(l.top).toBeGreaterThan(cy);
  } finally {
    await page.setViewportSize({ width: 1400, height: 900 });
  }
});
