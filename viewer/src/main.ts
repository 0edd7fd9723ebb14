// viewer/src/main.ts — the explorer app: loads the overview, wires graph, search, panel, reader, filters, export.
// The URL holds the view state (state.ts); window.__policyGraph exposes readiness and timings to tests and benchmarks.
import type Sigma from 'sigma';
import type { CitationRelation, NodeLabel, SearchHit, StatusName } from '../../contracts/api.ts';
import { VIEWER_OVERVIEW_NODES } from '../../contracts/settings.ts';
import { RELATION_NAMES, STATUS_NAMES } from '../../contracts/status-rules.ts';
import { api, errorMessage } from './api.ts';
import { RELATION_COLORS, renderLegend, STATUS_COLORS } from './appearance.ts';
import { lang, switchLang, t } from './i18n.ts';
import { nodeName } from './labels.ts';
import { agenciesIn, createDataGraph, mergeSubgraph, yearRange, type EdgeAttrs, type NodeAttrs } from './data-graph.ts';
import { h, type LoadState } from './dom.ts';
import { exportGexf, exportPng } from './export.ts';
import { loadEdgeEvidence } from './edge-evidence.ts';
import { autoDuration, LayoutController, type LayoutPhase } from './layout.ts';
import { PathTool } from './path.ts';
import { applyPositions } from './positions.ts';
import { onHistoryMove, recordView, type HistoryMode } from './history.ts';
import { renderEdge, renderNode, renderPanelState, renderStartLists, type PanelActions } from './panel.ts';
import { renderText } from './reader.ts';
import {
  createRenderer,
  emptyInteraction,
  hiddenByFilters,
  neighbourSet,
  type GraphView,
  type Interaction,
} from './render.ts';
import { attachSearch } from './search.ts';
import { startLive } from './live.ts';
import { decodeState, defaultFilters, NODE_TYPES, writeUrl, type ViewState } from './state.ts';

// ─── Page elements ─────────────────────────────────────────────────────────

function el<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`viewer: element #${id} missing from index.html.`);
  return found as T;
}

const ui = {
  container: el<HTMLDivElement>('sigma-container'),
  status: el<HTMLDivElement>('status'),
  stats: el<HTMLDivElement>('graph-stats'),
  legend: el<HTMLDivElement>('legend'),
  panel: el<HTMLDivElement>('panel-body'),
  searchInput: el<HTMLInputElement>('search-input'),
  suggestions: el<HTMLUListElement>('search-suggestions'),
  layoutToggle: el<HTMLButtonElement>('layout-toggle'),
  pathToggle: el<HTMLButtonElement>('path-toggle'),
  filtersToggle: el<HTMLButtonElement>('filters-toggle'),
  filters: el<HTMLElement>('filters'),
  filterTypes: el<HTMLFieldSetElement>('filter-types'),
  yearFrom: el<HTMLInputElement>('filter-year-from'),
  yearTo: el<HTMLInputElement>('filter-year-to'),
  agency: el<HTMLSelectElement>('filter-agency'),
  filterRelations: el<HTMLFieldSetElement>('filter-relations'),
  filterStatuses: el<HTMLFieldSetElement>('filter-statuses'),
  filtersReset: el<HTMLButtonElement>('filters-reset'),
  exportPng: el<HTMLButtonElement>('export-png'),
  exportGexf: el<HTMLButtonElement>('export-gexf'),
  reader: el<HTMLElement>('reader'),
  readerTitle: el<HTMLHeadingElement>('reader-title'),
  readerStatus: el<HTMLDivElement>('reader-status'),
  readerText: el<HTMLElement>('reader-text'),
  readerClose: el<HTMLButtonElement>('reader-close'),
};

// ─── App state ─────────────────────────────────────────────────────────────

/** The overview's load state; `empty` is a ready graph with no nodes (the database needs an ingest). */
type AppState = LoadState<{ nodes: number; edges: number }> | { status: 'empty' };

const view: ViewState = decodeState(location.search);
const graph = createDataGraph();
const interaction: Interaction = emptyInteraction();
let renderer: Sigma<NodeAttrs, EdgeAttrs> | null = null;
let graphView: GraphView | null = null;
let layout: LayoutController | null = null;
/** Each panel load gets a ticket; an answer for an older selection is dropped. */
let panelTicket = 0;
let readerTicket = 0;
/** Per node: how many neighbours the last expansion asked for ("show more" doubles it). */
const expandLimits = new Map<string, number>();

/** Timings for bench:viewer and the browser tests (performance.now() milliseconds). */
interface Metrics {
  dataLoadedAt: number | null;
  firstFrameAt: number | null;
  layoutStartedAt: number | null;
  layoutDoneAt: number | null;
  /** True when the first frame was drawn on the server's positions (no layout run in the page). */
  laidOutByServer: boolean;
}
const metrics: Metrics = {
  dataLoadedAt: null,
  firstFrameAt: null,
  layoutStartedAt: null,
  layoutDoneAt: null,
  laidOutByServer: false,
};

let appState: AppState = { status: 'idle' };
/** The first screen is up (and the view a link asked for restored). */
let started = false;
/** The next stage resize comes from the analyst opening or closing the reader: keep the selection in sight. */
let followResize = false;
let resolveReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => {
  resolveReady = resolve;
});

function setAppState(next: AppState): void {
  appState = next;
  ui.status.className = next.status;
  ui.status.dataset.state = next.status;
  switch (next.status) {
    case 'idle':
    case 'ready':
      ui.status.replaceChildren();
      break;
    case 'loading':
      ui.status.replaceChildren(t().loading(next.what));
      break;
    case 'error':
      ui.status.replaceChildren(h('strong', {}, t().error), next.message);
      break;
    case 'empty':
      ui.status.replaceChildren(
        h('strong', {}, t().emptyGraph, ' '),
        t().emptyIngest,
        h('code', {}, 'npx policy-graph ingest samples/corpus'),
        t().emptyOr,
        h('code', {}, 'npm start'),
        t().emptyThen,
      );
      break;
  }
}

function updateStats(): void {
  const phase = layout?.getPhase() ?? 'idle';
  const running = phase === 'idle' ? '' : ` · ${t().layoutRunning(phase)}`;
  // What the analyst sees: nodes and edges the filters leave, with the loaded total when they hide some.
  const { nodes, edges } = visibleCounts();
  const count = (shown: number, total: number, words: (n: number) => string) =>
    shown === total ? words(total) : t().shownOf(words(shown), String(total));
  ui.stats.textContent = `${count(nodes, graph.order, t().nodes)} · ${count(edges, graph.size, t().edges)}${running}`;
  ui.stats.dataset.visibleNodes = String(nodes);
  ui.stats.dataset.visibleEdges = String(edges);
}

function syncUrl(): void {
  writeUrl(view);
}

function refresh(): void {
  renderer?.refresh();
}

// ─── Selection ─────────────────────────────────────────────────────────────

const actions: PanelActions = {
  select: (id) => void selectNode(id, { focus: true }),
  expand: (id) => void expandNeighbours(id),
  read: (id) => void openReader(id),
  pathEnd: (node, which) => pathTool.setEnd(which, node),
};

// ─── Path tool ─────────────────────────────────────────────────────────────

const pathTool = new PathTool({
  graph,
  body: ui.panel,
  actions,
  show: (highlight, grew) => {
    interaction.path = highlight;
    ui.pathToggle.setAttribute('aria-pressed', String(pathTool.isOpen()));
    if (grew) onGraphGrew(null);
    refresh();
  },
  // The ends go into the URL (a link reproduces the paths). Closed by a new selection: that selection's history
  // entry records the view, and the entry left behind keeps its paths for Back.
  onEnds: (ends, byAnalyst) => {
    view.path = ends;
    if (byAnalyst) syncUrl();
  },
});

/** The toolbar's 路径 button: open the tool, or close it and give the panel back to the selection. */
function togglePathTool(): void {
  if (!pathTool.isOpen()) {
    pathTool.show();
    ui.pathToggle.setAttribute('aria-pressed', 'true');
    return;
  }
  pathTool.close(true);
  if (view.selected) void selectNode(view.selected, { focus: false, history: 'none' });
  else renderStartLists(ui.panel, actions);
}

/** Make sure a node is in the data graph (it may come from search or a list): fetch its neighbourhood if not. */
async function ensureNode(id: string): Promise<boolean> {
  if (graph.hasNode(id)) return true;
  const sub = await api.neighbourhood(id, 30);
  const before = graph.order;
  mergeSubgraph(graph, sub, null);
  if (graph.order !== before) onGraphGrew(null);
  return graph.hasNode(id);
}

function focusCamera(id: string): void {
  if (!renderer || !graph.hasNode(id)) return;
  const display = renderer.getNodeDisplayData(id);
  if (!display) return;
  void renderer
    .getCamera()
    .animate({ x: display.x, y: display.y, ratio: Math.min(renderer.getCamera().ratio, 0.6) }, { duration: 400 });
}

/** Room kept around a node for its label (drawn to its right) when the stage shrinks. */
const LABEL_ROOM = { left: 40, right: 220, top: 40, bottom: 40 };

/** Pan (not zoom) so the node and its label are inside the stage. */
function keepInView(id: string | null): void {
  if (!renderer || !id || !graph.hasNode(id)) return;
  const d = renderer.getNodeDisplayData(id);
  if (!d) return;
  const p = renderer.framedGraphToViewport(d);
  const { width, height } = renderer.getDimensions();
  const inside =
    p.x >= LABEL_ROOM.left &&
    p.x <= width - LABEL_ROOM.right &&
    p.y >= LABEL_ROOM.top &&
    p.y <= height - LABEL_ROOM.bottom;
  if (!inside) void renderer.getCamera().animate({ x: d.x, y: d.y }, { duration: 300 });
}

/** Select a node (null: none). Each selection is a history entry unless `history` says otherwise (history.ts). */
async function selectNode(id: string | null, opts: { focus: boolean; history?: HistoryMode }): Promise<void> {
  const ticket = ++panelTicket;
  view.selected = id;
  interaction.selectedEdge = null;
  // The panel goes to the selection: a path stays drawn only while its list is shown.
  if (pathTool.isOpen()) pathTool.close();
  recordView(view, opts.history ?? 'push');
  if (id === null) {
    interaction.selected = null;
    interaction.selectedNeighbours = new Set();
    refresh();
    renderStartLists(ui.panel, actions);
    return;
  }
  renderPanelState(ui.panel, { status: 'loading', what: t().what.details });
  try {
    await ensureNode(id);
  } catch {
    // The panel below still loads; the node just is not drawn.
  }
  if (ticket !== panelTicket) return;
  interaction.selected = id;
  interaction.selectedNeighbours = neighbourSet(graph, id);
  refresh();
  if (opts.focus) focusCamera(id);
  try {
    const answer = await api.node(id);
    if (ticket !== panelTicket) return;
    renderNode(ui.panel, answer, actions);
    ui.panel.dataset.nodeId = id;
  } catch (err) {
    if (ticket !== panelTicket) return;
    renderPanelState(ui.panel, { status: 'error', message: errorMessage(err) });
  }
}

async function expandNeighbours(id: string): Promise<void> {
  const limit = (expandLimits.get(id) ?? 25) * 2;
  expandLimits.set(id, limit);
  setAppState({ status: 'loading', what: t().what.neighbours });
  try {
    const sub = await api.neighbourhood(id, limit);
    const added = mergeSubgraph(graph, sub, id);
    setAppState({ status: 'ready', value: { nodes: graph.order, edges: graph.size } });
    if (added.length > 0) onGraphGrew(1_500);
    interaction.selectedNeighbours = neighbourSet(graph, id);
    refresh();
    const button = document.getElementById('expand-neighbours');
    if (button) button.textContent = sub.truncated ? t().showMore(added.length) : t().allNeighbours;
  } catch (err) {
    setAppState({ status: 'error', message: errorMessage(err) });
  }
}

/** New nodes: refresh filters and the agency list, and let the layout place them. */
function onGraphGrew(layoutMs: number | null): void {
  applyFilters(false);
  fillAgencyFilter();
  updateStats();
  if (layoutMs !== null) layout?.start(layoutMs);
}

// ─── History ───────────────────────────────────────────────────────────────

/** Back or Forward landed on an entry: show its selection, reader and camera without adding an entry. */
function restoreView(next: ViewState): void {
  // An entry with paths shows them in the panel (as a link to it does); else its selection.
  if (next.path) {
    view.selected = next.selected;
    pathTool.restore(next.path.from, next.path.to);
  } else if (next.selected !== view.selected || pathTool.isOpen()) {
    void selectNode(next.selected, { focus: next.camera === null, history: 'none' });
  }
  if (next.reader !== view.reader) {
    if (next.reader) void openReader(next.reader);
    else closeReader();
  }
  if (next.camera && renderer) void renderer.getCamera().animate(next.camera, { duration: 300 });
}

/** The start view: nothing selected, no reader, the whole graph in sight (a new history entry). */
function showStartView(): void {
  if (view.reader) closeReader();
  view.camera = null;
  void selectNode(null, { focus: false });
  void renderer?.getCamera().animatedReset({ duration: 300 });
}

// ─── Reader ────────────────────────────────────────────────────────────────

async function openReader(id: string): Promise<void> {
  const ticket = ++readerTicket;
  followResize = started && ui.reader.hidden === true;
  view.reader = id;
  syncUrl();
  ui.reader.hidden = false;
  ui.reader.dataset.documentId = id;
  ui.readerTitle.textContent = '';
  ui.readerText.replaceChildren();
  ui.readerStatus.className = 'loading';
  ui.readerStatus.textContent = t().loadingText;
  try {
    const doc = await api.documentText(id);
    if (ticket !== readerTicket) return;
    ui.readerStatus.className = '';
    ui.readerStatus.textContent = '';
    ui.readerTitle.textContent = doc.node.title ?? nodeName(doc.node);
    renderText(ui.readerText, doc, (nodeId) => void selectNode(nodeId, { focus: true }));
  } catch (err) {
    if (ticket !== readerTicket) return;
    ui.readerStatus.className = 'error';
    ui.readerStatus.textContent = errorMessage(err);
  }
}

function closeReader(): void {
  readerTicket++;
  followResize = !ui.reader.hidden;
  view.reader = null;
  ui.reader.hidden = true;
  syncUrl();
}

// ─── Filters ───────────────────────────────────────────────────────────────

function buildFilterControls(): void {
  for (const type of NODE_TYPES) {
    const box = h('input', { attrs: { type: 'checkbox', value: type }, dataset: { type } });
    box.checked = view.filters.types.includes(type);
    box.addEventListener('change', () => {
      const checked = [...ui.filterTypes.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].filter(
        (b) => b.checked,
      );
      view.filters.types = checked.map((b) => b.value as NodeLabel);
      applyFilters(true);
    });
    ui.filterTypes.append(h('label', {}, box, ` ${t().types[type]}`));
  }
  const yearInput = (input: HTMLInputElement, key: 'yearFrom' | 'yearTo') => {
    input.value = view.filters[key] === null ? '' : String(view.filters[key]);
    input.addEventListener('change', () => {
      const n = Number(input.value);
      view.filters[key] = input.value !== '' && Number.isInteger(n) && n >= 1949 && n <= 2100 ? n : null;
      if (view.filters[key] === null) input.value = '';
      applyFilters(true);
    });
  };
  yearInput(ui.yearFrom, 'yearFrom');
  yearInput(ui.yearTo, 'yearTo');
  // Relations and statuses: one checkbox each, coloured like the edges and the badges.
  const checkboxes = <T extends string>(
    box: HTMLFieldSetElement,
    names: readonly T[],
    labels: Record<T, string>,
    colors: Record<T, string>,
    key: 'relations' | 'statuses',
    data: string,
  ) => {
    for (const name of names) {
      const input = h('input', { attrs: { type: 'checkbox', value: name }, dataset: { [data]: name } });
      input.checked = (view.filters[key] as string[]).includes(name);
      input.addEventListener('change', () => {
        const checked = [...box.querySelectorAll<HTMLInputElement>('input[type=checkbox]')]
          .filter((b) => b.checked)
          .map((b) => b.value);
        if (key === 'relations') view.filters.relations = checked as CitationRelation[];
        else view.filters.statuses = checked as StatusName[];
        applyFilters(true);
      });
      const swatch = h('span', { class: key === 'relations' ? 'edge-swatch' : 'status-dot' });
      swatch.style.background = colors[name];
      box.append(h('label', {}, input, swatch, ` ${labels[name]}`));
    }
  };
  checkboxes(ui.filterRelations, RELATION_NAMES, t().relations, RELATION_COLORS, 'relations', 'relation');
  checkboxes(ui.filterStatuses, STATUS_NAMES, t().statuses, STATUS_COLORS, 'statuses', 'status');
  ui.agency.addEventListener('change', () => {
    view.filters.agency = ui.agency.value || null;
    applyFilters(true);
  });
  ui.filtersReset.addEventListener('click', () => {
    view.filters = defaultFilters();
    for (const box of [ui.filterTypes, ui.filterRelations, ui.filterStatuses])
      box.querySelectorAll<HTMLInputElement>('input').forEach((b) => {
        b.checked = true;
      });
    ui.yearFrom.value = '';
    ui.yearTo.value = '';
    ui.agency.value = '';
    applyFilters(true);
  });
  ui.filtersToggle.addEventListener('click', () => {
    ui.filters.hidden = !ui.filters.hidden;
    ui.filtersToggle.setAttribute('aria-expanded', String(!ui.filters.hidden));
  });
  const filtered =
    view.filters.types.length !== NODE_TYPES.length ||
    view.filters.yearFrom !== null ||
    view.filters.yearTo !== null ||
    view.filters.agency !== null ||
    view.filters.relations.length !== RELATION_NAMES.length ||
    view.filters.statuses.length !== STATUS_NAMES.length;
  if (filtered) {
    ui.filters.hidden = false;
    ui.filtersToggle.setAttribute('aria-expanded', 'true');
  }
}

function fillAgencyFilter(): void {
  const current = view.filters.agency;
  const options = [h('option', { attrs: { value: '' } }, t().anyAgency)];
  for (const a of agenciesIn(graph)) options.push(h('option', { attrs: { value: a.id } }, a.name));
  ui.agency.replaceChildren(...options);
  ui.agency.value = current && graph.hasNode(current) ? current : '';
  const range = yearRange(graph);
  if (range) {
    ui.yearFrom.placeholder = String(range.min);
    ui.yearTo.placeholder = String(range.max);
  }
}

function applyFilters(updateUrl: boolean): void {
  interaction.hidden = hiddenByFilters(graph, view.filters);
  interaction.hiddenRelations = new Set(RELATION_NAMES.filter((r) => !view.filters.relations.includes(r)));
  refresh();
  if (updateUrl) syncUrl();
  ui.stats.dataset.hidden = String(interaction.hidden.size);
  updateStats();
}

/** Nodes and edges left visible by the filters (the same rules as render.ts's reducers). */
function visibleCounts(): { nodes: number; edges: number } {
  const shown = (n: string) => !interaction.hidden.has(n) || n === view.selected;
  let nodes = 0;
  graph.forEachNode((n) => {
    if (shown(n)) nodes++;
  });
  let edges = 0;
  graph.forEachEdge((_e, a, source, target) => {
    if (shown(source) && shown(target) && !(a.relation && interaction.hiddenRelations.has(a.relation))) edges++;
  });
  return { nodes, edges };
}

/** The page's fixed labels (index.html holds the layout and ids) in the interface language, and the language switch. */
function applyStaticStrings(): void {
  const s = t();
  document.documentElement.lang = s.htmlLang;
  const set = (selector: string, text: string) => {
    const e = document.querySelector(selector);
    if (e) e.textContent = text;
  };
  set('.brand span', s.brandSub);
  ui.searchInput.placeholder = s.searchPlaceholder;
  ui.searchInput.setAttribute('aria-label', s.searchLabel);
  ui.pathToggle.textContent = s.path.tool;
  ui.pathToggle.title = s.path.toolTitle;
  ui.layoutToggle.textContent = s.layoutStart;
  ui.layoutToggle.title = s.layoutTitle;
  ui.filtersToggle.textContent = s.filters;
  ui.filters.setAttribute('aria-label', s.filters);
  ui.exportPng.title = s.exportPngTitle;
  ui.exportGexf.title = s.exportGexfTitle;
  set('#filter-types legend', s.filterTypes);
  const fieldsets = ui.filters.querySelectorAll('fieldset');
  const years = fieldsets[1];
  if (years) {
    years.querySelector('legend')!.textContent = s.filterYears;
    const labels = years.querySelectorAll('label');
    labels[0]?.firstChild && (labels[0].firstChild.textContent = `${s.yearFrom} `);
    labels[1]?.firstChild && (labels[1].firstChild.textContent = `${s.yearTo} `);
  }
  const agency = fieldsets[2];
  if (agency) agency.querySelector('legend')!.textContent = s.filterAgency;
  set('#filter-relations legend', s.filterRelations);
  set('#filter-statuses legend', s.filterStatuses);
  ui.filtersReset.textContent = s.resetFilters;
  set('.reader-legend .hl-citation', s.readerCitation);
  set('.reader-legend .hl-agency', s.readerAgency);
  set('.reader-legend .hl-program', s.readerProgram);
  ui.readerClose.setAttribute('aria-label', s.closeReader);
  const other = lang() === 'zh' ? 'en' : 'zh';
  const toggle = h(
    'button',
    {
      attrs: { id: 'lang-toggle', type: 'button', lang: other === 'en' ? 'en' : 'zh-CN' },
      title: s.langSwitchTitle,
      onClick: () => switchLang(other),
    },
    s.langSwitch,
  );
  document.querySelector('#toolbar .toolbar-group')?.append(toggle);
}

// ─── Graph events ──────────────────────────────────────────────────────────

function wireRenderer(r: Sigma<NodeAttrs, EdgeAttrs>): void {
  r.on('enterNode', ({ node }) => graphView?.hover(node));
  r.on('leaveNode', () => graphView?.hover(null));
  r.on('clickNode', ({ node }) => void selectNode(node, { focus: false }));
  r.on('clickStage', () => {
    if (view.selected && !pathTool.isOpen()) void selectNode(null, { focus: false });
  });
  r.on('clickEdge', ({ edge }) => {
    panelTicket++;
    interaction.selectedEdge = edge;
    r.refresh();
    const ticket = ++panelTicket;
    const a = graph.getEdgeAttributes(edge);
    const [s, t] = graph.extremities(edge);
    const from = graph.getNodeAttribute(s, 'summary');
    const to = graph.getNodeAttribute(t, 'summary');
    // The overview's edges carry no evidence: show the edge at once, its quotes when /api/edge answers.
    renderEdge(ui.panel, a.relType, from, to, a.evidenceLoaded ? a : null, actions);
    if (a.evidenceLoaded) return;
    loadEdgeEvidence(graph, edge).then(
      (full) => {
        if (ticket === panelTicket) renderEdge(ui.panel, full.relType, from, to, full, actions);
      },
      (err: unknown) => {
        if (ticket === panelTicket) renderEdge(ui.panel, a.relType, from, to, null, actions, errorMessage(err));
      },
    );
  });
  let cameraTimer: ReturnType<typeof setTimeout> | null = null;
  r.getCamera().on('updated', (c) => {
    view.camera = { x: c.x, y: c.y, ratio: c.ratio };
    if (cameraTimer) clearTimeout(cameraTimer);
    cameraTimer = setTimeout(syncUrl, 250);
  });
}

function wireToolbar(): void {
  ui.pathToggle.addEventListener('click', togglePathTool);
  ui.layoutToggle.addEventListener('click', () => {
    if (!layout) return;
    if (layout.getPhase() === 'forceatlas2') layout.stop();
    else layout.start(null);
  });
  ui.exportPng.addEventListener('click', () => {
    if (renderer)
      void exportPng(renderer).catch((err: unknown) => setAppState({ status: 'error', message: errorMessage(err) }));
  });
  ui.exportGexf.addEventListener('click', () => {
    // Progress in the status line only: the app's state stays ready while the edges' evidence is read.
    const progress = (done: number, total: number) => {
      if (appState.status === 'ready') ui.status.textContent = done < total ? t().exporting(done, total) : '';
    };
    void exportGexf(graph, (id) => !interaction.hidden.has(id) || id === view.selected, progress).catch(
      (err: unknown) => setAppState({ status: 'error', message: errorMessage(err) }),
    );
  });
  ui.readerClose.addEventListener('click', closeReader);
  attachSearch(ui.searchInput, ui.suggestions, (hit: SearchHit) => void selectNode(hit.id, { focus: true }));
  // Clearing the search box (typing it empty or its × button) goes back to the start view.
  ui.searchInput.addEventListener('input', () => {
    if (ui.searchInput.value === '' && (view.selected || view.reader)) showStartView();
  });
}

function onLayoutPhase(phase: LayoutPhase): void {
  const running = phase === 'forceatlas2';
  ui.layoutToggle.textContent = running ? t().layoutStop : t().layoutStart;
  ui.layoutToggle.setAttribute('aria-pressed', String(running));
  if (phase === 'forceatlas2' && metrics.layoutStartedAt === null) metrics.layoutStartedAt = performance.now();
  if (phase === 'idle' && metrics.layoutStartedAt !== null && metrics.layoutDoneAt === null)
    metrics.layoutDoneAt = performance.now();
  updateStats();
}

/** Graph units per screen pixel, so noverlap separates nodes by their drawn size. */
function sizeToGraph(): number {
  if (!renderer) return 1;
  const a = renderer.viewportToGraph({ x: 0, y: 0 });
  const b = renderer.viewportToGraph({ x: 100, y: 0 });
  const perPixel = Math.hypot(b.x - a.x, b.y - a.y) / 100;
  return Number.isFinite(perPixel) && perPixel > 0 ? perPixel / renderer.getCamera().ratio : 1;
}

// ─── Live data (live.ts) ───────────────────────────────────────────────────

/** The graph changed on the server: bring in the new overview, place the new nodes, redraw the open panel. */
async function reloadForNewData(): Promise<number> {
  const sub = await api.overview(view.limit ?? VIEWER_OVERVIEW_NODES);
  const added = mergeSubgraph(graph, sub, null);
  if (added.length > 0) onGraphGrew(1_500);
  const id = view.selected;
  if (id === null) renderStartLists(ui.panel, actions);
  else if (interaction.selectedEdge === null) {
    // Redrawn in place, not re-selected: the URL and the history stay as the analyst left them.
    const ticket = panelTicket;
    interaction.selectedNeighbours = neighbourSet(graph, id);
    refresh();
    const answer = await api.node(id);
    if (ticket === panelTicket) renderNode(ui.panel, answer, actions);
  }
  return added.length;
}

// ─── Start ─────────────────────────────────────────────────────────────────

async function start(): Promise<void> {
  applyStaticStrings();
  renderLegend(ui.legend);
  buildFilterControls();
  wireToolbar();
  setAppState({ status: 'loading', what: t().what.graph });
  let sub: Awaited<ReturnType<typeof api.overview>>;
  try {
    sub = await api.overview(view.limit ?? VIEWER_OVERVIEW_NODES);
  } catch (err) {
    setAppState({ status: 'error', message: errorMessage(err) });
    resolveReady();
    return;
  }
  mergeSubgraph(graph, sub, null);
  metrics.laidOutByServer = applyPositions(graph, sub);
  metrics.dataLoadedAt = performance.now();
  if (graph.order === 0) {
    setAppState({ status: 'empty' });
    // Nothing is drawn yet, so there is nothing to keep: the first ingest reloads the page into the graph.
    startLive({ onChange: async () => (location.reload(), 0), host: el('stage') });
    resolveReady();
    return;
  }
  // The URL may name a node outside the overview (a link from a bigger view): bring it in first.
  for (const id of [view.selected, view.filters.agency, view.reader]) {
    if (id && !graph.hasNode(id)) {
      try {
        await ensureNode(id);
      } catch {
        // Reported when the panel loads it.
      }
    }
  }
  // Filters before the renderer: sigma draws its first frame in its constructor, and that frame is then the first
  // screen (one full draw of a 50,000-edge graph in software WebGL costs seconds: no second one before it).
  fillAgencyFilter();
  applyFilters(false);
  graphView = createRenderer(graph, ui.container, () => interaction);
  renderer = graphView.renderer;
  // That frame reaches the screen with the next animation frame.
  const drawn = new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      metrics.firstFrameAt = performance.now();
      resolve();
    }),
  );
  wireRenderer(renderer);
  // The reader opening or the window changing resizes the stage: sigma takes the new size, and the selection stays
  // in sight with room for its label when the analyst opened or closed the reader (a link's camera is kept as shared).
  new ResizeObserver(() => {
    renderer?.resize();
    renderer?.scheduleRender();
    if (followResize) keepInView(view.selected);
    followResize = false;
  }).observe(ui.container);
  layout = new LayoutController(graph, { onPhase: onLayoutPhase, sizeToGraph });
  setAppState({ status: 'ready', value: { nodes: graph.order, edges: graph.size } });
  updateStats();
  const camera = view.camera;
  // The server lays the overview out; only an answer without positions is laid out here.
  if (!metrics.laidOutByServer) layout.start(autoDuration(graph.order));
  else if (camera) renderer.getCamera().setState(camera);
  // A link to paths opens the path tool in the panel (its selection, if any, stays in the URL).
  if (view.path) pathTool.restore(view.path.from, view.path.to);
  else if (view.selected) void selectNode(view.selected, { focus: false, history: 'none' });
  else renderStartLists(ui.panel, actions);
  if (view.reader) void openReader(view.reader);
  startLive({ onChange: reloadForNewData, host: el('stage') });
  onHistoryMove(restoreView);
  await layout.whenIdle();
  if (camera && !metrics.laidOutByServer) renderer.getCamera().setState(camera);
  await drawn;
  started = true;
  resolveReady();
}

declare global {
  interface Window {
    __policyGraph: {
      ready: Promise<void>;
      metrics: Metrics;
      graph: typeof graph;
      renderer: () => Sigma<NodeAttrs, EdgeAttrs> | null;
      graphView: () => GraphView | null;
      state: () => AppState;
      view: ViewState;
    };
  }
}

window.__policyGraph = {
  ready,
  metrics,
  graph,
  renderer: () => renderer,
  graphView: () => graphView,
  state: () => appState,
  view,
};
void start();
