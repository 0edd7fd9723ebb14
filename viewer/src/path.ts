// viewer/src/path.ts — the path tool: pick two nodes, see up to k shortest paths drawn in the graph and listed hop by
// hop in the citing direction (A —引用→ B) with a quote per hop. Options: citations only or also agencies and programs,
// hubs above a degree skipped (server: /api/path, graph/paths.ts).
import type {
  FoundPath,
  GraphEdge,
  NodeSummary,
  PathAnswer,
  PathOptions,
  SearchHit,
  Subgraph,
} from '../../contracts/api.ts';
import { MAX_PATH_HOPS, PATH_DEFAULTS, PATHS } from '../../contracts/settings.ts';
import { api, ApiError, errorMessage } from './api.ts';
import { mergeSubgraph, type DataGraph } from './data-graph.ts';
import { h } from './dom.ts';
import { t } from './i18n.ts';
import { nodeName } from './labels.ts';
import { nodeLink, quotes, relationTag, type PanelActions } from './panel.ts';
import type { PathHighlight } from './render.ts';
import { attachSearch } from './search.ts';

/** One end of the path: the node picked (its id is sent) or the words typed (resolved by the server). */
interface End {
  query: string;
  label: string;
}

export interface PathToolHost {
  graph: DataGraph;
  /** The panel body the tool draws into. */
  body: HTMLElement;
  actions: PanelActions;
  /** Draw these paths (null: none); `grew` when path nodes had to be added to the graph. */
  show(highlight: PathHighlight | null, grew: boolean): void;
  /** The ends of the paths shown (null: none), for the URL; `byAnalyst` when the tool's own buttons changed them. */
  onEnds(ends: { from: string; to: string } | null, byAnalyst: boolean): void;
}

/** The data-graph key of a hop's edge (data-graph.ts addEdge: `${type}:${source}->${target}`). */
function edgeKey(type: string, from: string, to: string): string {
  return `${type}:${from}->${to}`;
}

/** The paths as a subgraph, so their nodes and edges (with the hops' quotes) can join the data graph. */
export function pathSubgraph(paths: FoundPath[]): Subgraph {
  const nodes = new Map<string, NodeSummary>();
  const edges = new Map<string, GraphEdge>();
  for (const p of paths) {
    for (const n of p.nodes) nodes.set(n.id, n);
    for (const hop of p.hops) {
      const id = edgeKey(hop.type, hop.from.id, hop.to.id);
      const edge: GraphEdge = { id, source: hop.from.id, target: hop.to.id, type: hop.type, evidence: hop.evidence };
      if (hop.relation) edge.relation = hop.relation;
      edges.set(id, edge);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: false };
}

/** Nodes new to the graph go between their nearest placed neighbours along the path, so a path reads as a line. */
export function placeAlongPath(graph: DataGraph, paths: FoundPath[], added: ReadonlySet<string>): void {
  for (const p of paths) {
    const ids = p.nodes.map((n) => n.id);
    ids.forEach((id, i) => {
      if (!added.has(id) || !graph.hasNode(id)) return;
      let before = i - 1;
      while (before >= 0 && added.has(ids[before]!)) before--;
      let after = i + 1;
      while (after < ids.length && added.has(ids[after]!)) after++;
      const a = before >= 0 ? graph.getNodeAttributes(ids[before]!) : null;
      const b = after < ids.length ? graph.getNodeAttributes(ids[after]!) : null;
      if (!a && !b) return;
      const from = a ?? b!;
      const to = b ?? a!;
      const share = a && b ? (i - before) / (after - before) : 0.5;
      // A small offset per id, so two new nodes of one path never land on the same point.
      const jitter = ((id.length * 7919) % 13) - 6;
      graph.mergeNodeAttributes(id, {
        x: from.x + (to.x - from.x) * share + jitter,
        y: from.y + (to.y - from.y) * share - jitter,
      });
    });
  }
}

/** What the graph highlights: every path's nodes and edges, or the one the analyst picked. */
export function highlightOf(paths: FoundPath[]): PathHighlight {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const p of paths) {
    for (const n of p.nodes) nodes.add(n.id);
    for (const hop of p.hops) edges.add(edgeKey(hop.type, hop.from.id, hop.to.id));
  }
  return { nodes, edges };
}

/** One hop: `from —引用·依据→ to`, marked when it points against the path, and its first quote. */
function hopItem(hop: FoundPath['hops'][number], actions: PanelActions): HTMLElement {
  const p = t().path;
  return h(
    'li',
    { class: 'path-hop', dataset: { from: hop.from.id, to: hop.to.id, type: hop.type, forward: String(hop.forward) } },
    h(
      'div',
      { class: 'hop-line' },
      nodeLink(hop.from, actions),
      h('span', { class: 'hop-arrow' }, ` —${t().edgeTypes[hop.type] ?? hop.type}→ `),
      nodeLink(hop.to, actions),
      hop.relation && hop.relation !== 'mentions' ? relationTag(hop.relation) : null,
      hop.forward ? null : h('span', { class: 'hop-against', title: p.againstTitle }, p.against),
    ),
    hop.evidence.length ? quotes(hop.evidence, hop.to) : h('p', { class: 'empty' }, t().empty.noQuote),
  );
}

/** The path tool in the side panel: two search boxes, options, and the paths found. */
export class PathTool {
  private readonly host: PathToolHost;
  private from: End | null = null;
  private to: End | null = null;
  private options: PathOptions = { ...PATH_DEFAULTS };
  private answer: PathAnswer | null = null;
  private ticket = 0;
  private open = false;

  constructor(host: PathToolHost) {
    this.host = host;
  }

  isOpen(): boolean {
    return this.open;
  }

  /** Set one end from a node (its panel's "path from/to here") and show the tool; both set → search at once. */
  setEnd(which: 'from' | 'to', node: NodeSummary): void {
    this[which] = { query: node.id, label: nodeName(node) };
    this.answer = null;
    this.render();
    if (this.from && this.to) void this.run();
  }

  /** Show the tool in the panel (keeping the ends and the last answer). */
  show(): void {
    this.render();
    if (this.answer) this.draw(this.answer.paths);
  }

  /** Leave the tool: the graph is no longer dimmed around a path. */
  close(byAnalyst = false): void {
    this.ticket++;
    this.open = false;
    this.host.show(null, false);
    this.host.onEnds(null, byAnalyst);
  }

  /** Show the paths between two ends a link names (ids or words), as if picked and run. */
  restore(from: string, to: string): void {
    this.from = { query: from, label: from };
    this.to = { query: to, label: to };
    this.answer = null;
    this.render();
    void this.run();
  }

  private endInput(which: 'from' | 'to'): HTMLElement {
    const p = t().path;
    const input = h('input', {
      attrs: {
        id: `path-${which}`,
        type: 'search',
        autocomplete: 'off',
        spellcheck: 'false',
        placeholder: which === 'from' ? p.fromPlaceholder : p.toPlaceholder,
      },
    });
    input.value = this[which]?.label ?? '';
    const list = h('ul', {
      class: 'suggestions',
      attrs: { id: `path-${which}-suggestions`, role: 'listbox', hidden: '' },
    });
    attachSearch(input, list, (hit: SearchHit) => {
      this[which] = { query: hit.id, label: nodeName(hit) };
      input.value = nodeName(hit);
    });
    // Words typed without picking a suggestion are sent as they are: the server resolves them as the search does.
    input.addEventListener('change', () => {
      const text = input.value.trim();
      if (text && text !== this[which]?.label) this[which] = { query: text, label: text };
      if (!text) this[which] = null;
    });
    return h(
      'label',
      { class: 'path-end' },
      h('span', {}, which === 'from' ? p.from : p.to),
      h('div', { class: 'search' }, input, list),
    );
  }

  private optionsBox(): HTMLElement {
    const p = t().path;
    const all = h('input', { attrs: { id: 'path-scope-all', type: 'checkbox' } });
    all.checked = this.options.scope === 'all';
    all.addEventListener('change', () => (this.options.scope = all.checked ? 'all' : 'citations'));
    const k = h('select', { attrs: { id: 'path-k' } });
    for (let n = 1; n <= Math.min(PATHS.max, 5); n++) k.append(h('option', { attrs: { value: String(n) } }, String(n)));
    k.value = String(this.options.k);
    k.addEventListener('change', () => (this.options.k = Number(k.value)));
    const hubs = h('input', { attrs: { id: 'path-max-degree', type: 'number', min: '0', step: '1' } });
    hubs.value = String(this.options.maxDegree ?? 0);
    hubs.addEventListener('change', () => {
      const n = Number(hubs.value);
      this.options.maxDegree = Number.isInteger(n) && n > 0 ? n : null;
      hubs.value = String(this.options.maxDegree ?? 0);
    });
    return h(
      'div',
      { class: 'path-options' },
      h('label', {}, all, ` ${p.scopeAll}`),
      h('label', {}, `${p.k} `, k),
      h('label', {}, `${p.maxDegree} `, hubs),
    );
  }

  private render(): void {
    this.open = true;
    const p = t().path;
    const results = h('div', { attrs: { id: 'path-results' } });
    const run = h('button', { attrs: { id: 'path-run', type: 'button' }, onClick: () => void this.run() }, p.run);
    const close = h(
      'button',
      { attrs: { id: 'path-close', type: 'button' }, onClick: () => this.close(true) },
      p.close,
    );
    this.host.body.replaceChildren(
      h(
        'section',
        { class: 'path-tool', dataset: { section: 'path' } },
        h('h2', {}, p.title),
        this.endInput('from'),
        this.endInput('to'),
        this.optionsBox(),
        h('div', { class: 'actions' }, run, close),
        results,
      ),
    );
    if (this.answer) this.renderAnswer(results, this.answer);
  }

  private results(): HTMLElement | null {
    return this.host.body.querySelector<HTMLElement>('#path-results');
  }

  async run(): Promise<void> {
    const box = this.results();
    if (!box) return;
    const p = t().path;
    if (!this.from || !this.to) {
      box.dataset.state = 'error';
      box.replaceChildren(h('p', { class: 'section-status error', attrs: { role: 'alert' } }, p.needBoth));
      return;
    }
    const ticket = ++this.ticket;
    box.dataset.state = 'loading';
    box.replaceChildren(h('p', { class: 'section-status' }, p.searching));
    try {
      const answer = await api.path(this.from.query, this.to.query, this.options);
      if (ticket !== this.ticket) return;
      this.answer = answer;
      // The ends as the server resolved them: their names in the boxes, their ids in the URL.
      this.from = { query: answer.start.id, label: nodeName(answer.start) };
      this.to = { query: answer.end.id, label: nodeName(answer.end) };
      const fromBox = this.host.body.querySelector<HTMLInputElement>('#path-from');
      const toBox = this.host.body.querySelector<HTMLInputElement>('#path-to');
      if (fromBox) fromBox.value = this.from.label;
      if (toBox) toBox.value = this.to.label;
      this.host.onEnds({ from: this.from.query, to: this.to.query }, true);
      this.draw(answer.paths);
      this.renderAnswer(this.results() ?? box, answer);
    } catch (err) {
      if (ticket !== this.ticket) return;
      this.host.show(null, false);
      const unmatched =
        err instanceof ApiError && Array.isArray(err.details.unmatched)
          ? (err.details.unmatched as ('a' | 'b')[])
          : null;
      const target = this.results() ?? box;
      target.dataset.state = 'error';
      target.replaceChildren(
        h(
          'p',
          { class: 'section-status error', attrs: { role: 'alert' } },
          unmatched ? p.unmatched(unmatched) : errorMessage(err),
        ),
      );
    }
  }

  /** Bring the paths into the graph (nodes it lacks are placed along them) and highlight them. */
  private draw(paths: FoundPath[]): void {
    if (paths.length === 0) {
      this.host.show(null, false);
      return;
    }
    const added = new Set(mergeSubgraph(this.host.graph, pathSubgraph(paths), null));
    if (added.size > 0) placeAlongPath(this.host.graph, paths, added);
    this.host.show(highlightOf(paths), added.size > 0);
  }

  private renderAnswer(box: HTMLElement, answer: PathAnswer): void {
    const p = t().path;
    box.dataset.state = 'ready';
    box.dataset.paths = String(answer.paths.length);
    if (answer.paths.length === 0) {
      const o = answer.options;
      box.replaceChildren(
        h(
          'p',
          { class: 'section-status path-none', attrs: { role: 'status' } },
          p.noPath(MAX_PATH_HOPS, o.scope === 'all', o.maxDegree),
        ),
      );
      return;
    }
    const list = h('ol', { class: 'paths' });
    answer.paths.forEach((path, i) => {
      // A click on a path's head shows that path alone; "show all" brings the others back.
      const head = h(
        'button',
        {
          class: 'item-link path-head',
          attrs: { type: 'button' },
          onClick: () => this.host.show(highlightOf([path]), false),
        },
        p.head(i + 1, path.hops.length),
      );
      const hops = h('ol', { class: 'path-hops' });
      for (const hop of path.hops) hops.append(hopItem(hop, this.host.actions));
      list.append(h('li', { class: 'path', dataset: { pathIndex: String(i) } }, head, hops));
    });
    const all = h(
      'button',
      { attrs: { id: 'path-show-all', type: 'button' }, onClick: () => this.draw(answer.paths) },
      p.showAll,
    );
    box.replaceChildren(answer.paths.length > 1 ? all : '', list);
  }
}
