// test/browser/history.test.ts — the analyst's trail in real headless Chromium: each selection is a history entry,
// Back and Forward walk it (panel, graph and URL follow), clearing the search returns to the start view.
import { loadCorpus, openExplorer, useExplorer } from './session.ts';

const REPLY_0035 = 'doc:渝科局函〔2023〕349号';
const INCUBATOR_PLAN = 'doc:渝府办发〔2021〕142号';

const session = useExplorer(loadCorpus, 'history');

async function panelShows(id: string): Promise<void> {
  await session.browser.page.locator(`#panel-body .node-head[data-node-id="${id}"]`).waitFor();
}

async function selected(): Promise<{ view: string | null; url: string | null }> {
  const page = session.browser.page;
  return {
    view: await page.evaluate(() => window.__policyGraph.view.selected),
    url: new URL(page.url()).searchParams.get('node'),
  };
}

test('Back returns to the previous selection, Forward comes back; clearing the search returns to the start view', async () => {
  const page = session.browser.page;
  await openExplorer(session);
  const start = page.url();

  // 1. Search the plan and pick it.
  await page.type('#search-input', '渝府办发〔2021〕142号', { delay: 20 });
  await page.locator(`#search-suggestions li[data-node-id="${INCUBATOR_PLAN}"]`).click();
  await panelShows(INCUBATOR_PLAN);
  // 2. From its citing documents, go to the 0035 reply.
  const citedBy = page.locator('section[data-section="cited-by"][data-state="ready"]');
  await citedBy.locator(`button[data-node-id="${REPLY_0035}"]`).first().click();
  await panelShows(REPLY_0035);
  await expect(selected()).resolves.toEqual({ view: REPLY_0035, url: REPLY_0035 });

  // Back: the plan again, in the panel, the graph and the URL.
  await page.goBack();
  await panelShows(INCUBATOR_PLAN);
  await expect(selected()).resolves.toEqual({ view: INCUBATOR_PLAN, url: INCUBATOR_PLAN });
  const highlighted = await page.evaluate(
    (id) => window.__policyGraph.renderer()!.getNodeDisplayData(id)!.highlighted,
    INCUBATOR_PLAN,
  );
  expect(highlighted).toBe(true);
  // Forward: the reply.
  await page.goForward();
  await panelShows(REPLY_0035);
  await expect(selected()).resolves.toEqual({ view: REPLY_0035, url: REPLY_0035 });
  // Back twice: the start view we opened on, still inside the app.
  await page.goBack();
  await panelShows(INCUBATOR_PLAN);
  await page.goBack();
  await page.locator('section[data-section="top-cited"]').waitFor();
  await expect(selected()).resolves.toEqual({ view: null, url: null });
  expect(new URL(page.url()).origin).toBe(new URL(start).origin);

  // Clearing the search box from a selection: the start view, as a new entry (Back returns to the selection).
  await page.goForward();
  await panelShows(INCUBATOR_PLAN);
  await page.fill('#search-input', '');
  await page.locator('section[data-section="top-cited"]').waitFor();
  await expect(selected()).resolves.toEqual({ view: null, url: null });
  await page.goBack();
  await panelShows(INCUBATOR_PLAN);
});
