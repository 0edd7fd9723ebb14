// test/browser/status.test.ts — the status badge, the relation marks and the relation/status filters in real headless Chromium.
// Data: the real Anhui repeal chain (test/graph/status-fixtures.ts) in the real test Neo4j, served by the real server.
import { documentId } from '../../graph/model.ts';
import { primaryTitleKey } from '../../graph/normalize.ts';
import { clearGraph } from '../../graph/store.ts';
import { RELATION_COLORS } from '../../viewer/src/appearance.ts';
import {
  ANHUI_CITER,
  ANHUI_NOTICE,
  ANHUI_RULES,
  anhuiCiter,
  anhuiRepeal,
  ingestExtractions,
} from '../graph/status-fixtures.ts';
import { openExplorer, useExplorer } from './session.ts';

/** The 1994 细则, known only by its title: a title-keyed node. */
const RULES_1994 = documentId({ titleKey: primaryTitleKey(ANHUI_RULES) });
const BASIS_EDGE = `CITES:${ANHUI_CITER}->${RULES_1994}`;
const REPEAL_EDGE = `CITES:${ANHUI_NOTICE}->${RULES_1994}`;

const session = useExplorer(async () => {
  await clearGraph();
  await ingestExtractions([await anhuiRepeal(), anhuiCiter()]);
}, 'browser-status');

const open = (query = '') => openExplorer(session, query);

test('the repealed 细则 shows the 已废止 badge; a click shows the repealing notice and its quote', async () => {
  const page = session.browser.page;
  await open(`?node=${encodeURIComponent(RULES_1994)}`);
  const badge = page.locator(`#panel-body .node-head[data-node-id="${RULES_1994}"] .status-badge`);
  await badge.waitFor();
  expect(await badge.getAttribute('data-status')).toBe('repealed');
  expect(await badge.textContent()).toBe('已废止');
  const evidence = page.locator('#panel-body .status-evidence');
  expect(await evidence.isVisible()).toBe(false);
  await badge.click();
  await evidence.waitFor({ state: 'visible' });
  expect(await evidence.locator('blockquote.quote').textContent()).toContain(`《${ANHUI_RULES}》同时废止`);
  expect(await evidence.locator(`button[data-node-id="${ANHUI_NOTICE}"]`).count()).toBeGreaterThan(0);
  // Clicking the repealing notice selects it: it is in force (since 2001-01-01), with its own clause.
  await evidence.locator(`.status-source button[data-node-id="${ANHUI_NOTICE}"]`).click();
  const own = page.locator(`#panel-body .node-head[data-node-id="${ANHUI_NOTICE}"] .status-badge`);
  await own.waitFor();
  expect(await own.textContent()).toBe('现行有效');
});

test('cited-by shows each relation; the citing notice is marked as citing a repealed policy', async () => {
  const page = session.browser.page;
  await open(`?node=${encodeURIComponent(RULES_1994)}`);
  const citedBy = page.locator('section[data-section="cited-by"][data-state="ready"]');
  await citedBy.waitFor();
  const repealer = citedBy.locator('li > div').filter({ has: page.locator(`button[data-node-id="${ANHUI_NOTICE}"]`) });
  expect(await repealer.locator('.relation-tag').textContent()).toBe('废止');
  expect(await repealer.locator('.cites-repealed').count()).toBe(0);
  const citer = citedBy.locator('li > div').filter({ has: page.locator(`button[data-node-id="${ANHUI_CITER}"]`) });
  expect(await citer.locator('.relation-tag').textContent()).toBe('依据');
  expect(await citer.locator('.cites-repealed').textContent()).toContain('引用已废止的政策');

  // In the citing notice's own list, the cited 细则 carries its relation, its status and the mark.
  await open(`?node=${encodeURIComponent(ANHUI_CITER)}`);
  const row = page
    .locator(`section[data-section="cites"] li > div[data-relation="basis"]`)
    .filter({ has: page.locator(`button[data-node-id="${RULES_1994}"]`) });
  await row.waitFor();
  expect(await row.getAttribute('data-status')).toBe('repealed');
  expect(await row.locator('.status-tag').textContent()).toBe('已废止');
  expect(await row.locator('.cites-repealed').textContent()).toContain('废止于 2001-01-01');
});

test('edges are coloured by relation; the relation filter hides one relation, the status filter hides repealed documents', async () => {
  const page = session.browser.page;
  await open();
  const display = () =>
    page.evaluate(
      ({ basis, repeal, node }) => {
        const r = window.__policyGraph.renderer()!;
        return {
          basis: r.getEdgeDisplayData(basis),
          repeal: r.getEdgeDisplayData(repeal),
          nodeHidden: r.getNodeDisplayData(node)?.hidden === true,
        };
      },
      { basis: BASIS_EDGE, repeal: REPEAL_EDGE, node: RULES_1994 },
    );
  const before = await display();
  expect(before.basis?.color).toBe(RELATION_COLORS.basis);
  expect(before.repeal?.color).toBe(RELATION_COLORS.repeals);
  expect(before.basis?.hidden).toBeFalsy();
  // The legend names every relation.
  expect(await page.locator('#legend .legend-relation').allTextContents()).toEqual(
    expect.arrayContaining([expect.stringContaining('废止'), expect.stringContaining('依据')]),
  );

  await page.click('#filters-toggle');
  await page.uncheck('#filter-relations input[data-relation="basis"]');
  await page.waitForFunction(
    (key) => window.__policyGraph.renderer()!.getEdgeDisplayData(key)?.hidden === true,
    BASIS_EDGE,
  );
  const filtered = await display();
  expect(filtered.repeal?.hidden).toBeFalsy();
  expect(new URL(page.url()).searchParams.get('rel')).toBe('implements,amends,repeals,mentions');
  await page.check('#filter-relations input[data-relation="basis"]');
  await page.waitForFunction(
    (key) => window.__policyGraph.renderer()!.getEdgeDisplayData(key)?.hidden !== true,
    BASIS_EDGE,
  );

  expect((await display()).nodeHidden).toBe(false);
  await page.uncheck('#filter-statuses input[data-status="repealed"]');
  await page.waitForFunction(
    (node) => window.__policyGraph.renderer()!.getNodeDisplayData(node)?.hidden === true,
    RULES_1994,
  );
  expect(new URL(page.url()).searchParams.get('status')).toBe('in-force,amended,expired,not-yet-in-force');
  // A link with the filters reproduces them.
  await open(`?rel=repeals&status=repealed,in-force`);
  const linked = await display();
  expect(linked.basis?.hidden).toBe(true);
  expect(linked.repeal?.hidden).toBeFalsy();
  expect(linked.nodeHidden).toBe(false);
});
