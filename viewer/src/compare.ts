// viewer/src/compare.ts — compare two documents: a "Compare…" picker in a document's panel, and the side-by-side view
// over the graph (what both cite, name and mention, and what only one does), each entry clickable.
import type { CompareAnswer, CompareSplit, NodeSummary, SearchHit } from '../../contracts/api.ts';
import { api, errorMessage } from './api.ts';
import { h } from './dom.ts';
import { t } from './i18n.ts';
import { nodeName } from './labels.ts';
import { attachSearch } from './search.ts';

const VIEW_ID = 'compare-view';
const KINDS = ['citations', 'agencies', 'programs'] as const;
type Kind = (typeof KINDS)[number];

function link(n: NodeSummary, select: (id: string) => void): HTMLElement {
  return h(
    'li',
    {},
    h(
      'button',
      { class: 'item-link', dataset: { nodeId: n.id }, title: n.title ?? nodeName(n), onClick: () => select(n.id) },
      nodeName(n),
    ),
  );
}

function column(col: 'onlyA' | 'shared' | 'onlyB', nodes: NodeSummary[], select: (id: string) => void): HTMLElement {
  const list = h('ul', {});
  nodes.forEach((n) => {
    list.append(link(n, select));
  });
  return h(
    'div',
    { class: 'compare-col', dataset: { col, count: String(nodes.length) } },
    nodes.length ? list : h('p', { class: 'empty' }, '—'),
  );
}

function kindRow(kind: Kind, split: CompareSplit, select: (id: string) => void): HTMLElement {
  return h(
    'section',
    { class: 'compare-kind', dataset: { kind } },
    h('h3', {}, t().tools.compareKinds[kind]),
    h(
      'div',
      { class: 'compare-grid' },
      column('onlyA', split.onlyA, select),
      column('shared', split.shared, select),
      column('onlyB', split.onlyB, select),
    ),
  );
}

function closeCompare(): void {
  document.getElementById(VIEW_ID)?.remove();
}

/** The side-by-side view of documents `a` and `b` (ids), over the graph stage; a click on an entry selects it. */
export function openCompare(a: string, b: string, select: (id: string) => void): void {
  closeCompare();
  const body = h('div', { class: 'compare-body' }, h('p', { class: 'section-status' }, t().loading('')));
  const view = h(
    'section',
    { attrs: { id: VIEW_ID, 'aria-label': t().tools.compareTitle }, dataset: { a, b, state: 'loading' } },
    h(
      'header',
      { class: 'compare-head' },
      h('h2', {}, t().tools.compareTitle),
      h(
        'button',
        { class: 'compare-close', attrs: { type: 'button', 'aria-label': t().tools.close }, onClick: closeCompare },
        '×',
      ),
    ),
    body,
  );
  (document.getElementById('stage') ?? document.body).append(view);
  const pick = (id: string) => {
    closeCompare();
    select(id);
  };
  api.compare(a, b).then(
    (answer: CompareAnswer) => {
      view.dataset.state = 'ready';
      const side = (tag: string, n: NodeSummary) =>
        h('div', { class: 'compare-doc' }, h('strong', {}, tag), ' ', link(n, pick).firstElementChild!);
      body.replaceChildren(
        h(
          'div',
          { class: 'compare-grid compare-titles' },
          side('A', answer.a),
          h('div', { class: 'compare-doc' }),
          side('B', answer.b),
        ),
        h(
          'div',
          { class: 'compare-grid compare-cols' },
          h('span', {}, t().tools.compareOnlyA),
          h('span', {}, t().tools.compareShared),
          h('span', {}, t().tools.compareOnlyB),
        ),
        ...KINDS.map((k) => kindRow(k, answer[k], pick)),
      );
    },
    (err: unknown) => {
      view.dataset.state = 'error';
      body.replaceChildren(h('p', { class: 'section-status error', attrs: { role: 'alert' } }, errorMessage(err)));
    },
  );
}

/** "Compare…" for the document `node`: opens a search box; the document picked there is compared with it. */
export function compareButton(node: NodeSummary, select: (id: string) => void): HTMLElement {
  const box = h('div', { class: 'compare-picker', attrs: { hidden: '' } });
  const input = h('input', {
    attrs: {
      type: 'search',
      id: 'compare-input',
      autocomplete: 'off',
      placeholder: t().tools.comparePlaceholder,
      'aria-label': t().tools.compareWith,
    },
  });
  const list = h('ul', { class: 'compare-suggestions', attrs: { role: 'listbox', hidden: '' } });
  box.append(h('label', { class: 'item-meta' }, t().tools.compareWith), input, list);
  attachSearch(input, list, (hit: SearchHit) => {
    if (hit.label !== 'Document' || hit.id === node.id) return;
    box.hidden = true;
    openCompare(node.id, hit.id, select);
  });
  const button = h(
    'button',
    { attrs: { id: 'compare-open', type: 'button', 'aria-expanded': 'false' } },
    t().tools.compare,
  );
  button.addEventListener('click', () => {
    box.hidden = !box.hidden;
    button.setAttribute('aria-expanded', String(!box.hidden));
    if (!box.hidden) input.focus();
  });
  return h('span', { class: 'compare-entry' }, button, box);
}
