// viewer/src/render.ts — sigma over the data graph: settings by graph size, and reducers for hover, selection, filters.
// The reducers derive what is drawn from the data graph plus the interaction state; they never mutate the graph.
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { Settings } from 'sigma/settings';
import {
  DIM_EDGE_COLOR,
  DIM_NODE_COLOR,
  EDGE_COLOR,
  HIGHLIGHT_EDGE_COLOR,
  LABEL_FONT,
  RELATION_COLORS,
  TYPE_COLORS,
} from './appearance.ts';
import { STATUS_NAMES } from '../../contracts/status-rules.ts';
import { LABELLED_LARGE, LABELLED_SMALL, labelledNodes } from './importance.ts';
import { statusesInGraph } from './lifecycle.ts';
import type { DataGraph, EdgeAttrs, NodeAttrs } from './data-graph.ts';
import type { Filters } from './state.ts';

/** What the user is doing, as the reducers see it. */
export interface Interaction {
  hovered: string | null;
  hoveredNeighbours: ReadonlySet<string>;
  selected: string | null;
  selectedNeighbours: ReadonlySet<string>;
  /** Nodes the filters hide (the selected node is always shown). */
  hidden: ReadonlySet<string>;
  /** CITES relations the relation filter hides (their edges are not drawn). */
  hiddenRelations: ReadonlySet<string>;
  /** Edge whose evidence the panel shows. */
  selectedEdge: string | null;
  /** The paths the path tool shows (path.ts): drawn dark, everything else dimmed. */
  path: PathHighlight | null;
}

/** Nodes and edge keys (data-graph.ts ids) on the shown paths. */
export interface PathHighlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** A path edge: dark and thick, above the dimmed rest. */
const PATH_EDGE_COLOR = '#1f2933';

export function emptyInteraction(): Interaction {
  return {
    hovered: null,
    hoveredNeighbours: new Set(),
    selected: null,
    selectedNeighbours: new Set(),
    hidden: new Set(),
    hiddenRelations: new Set(),
    selectedEdge: null,
    path: null,
  };
}

/** Neighbours of a hovered or selected node always labelled (the largest); the label grid decides for the others. */
const MAX_FORCED_NEIGHBOUR_LABELS = 12;

/** Above this many edges, the renderer switches to the settings for large graphs (see largeGraphSettings). */
export const LARGE_GRAPH_EDGES = 5_000;

/**
 * Settings for a graph of tens of thousands of elements (bench:viewer: 20,000 nodes, 50,000 edges), and why:
 * - hideEdgesOnMove: while panning/zooming only nodes are drawn; 50k edges are the bulk of each frame.
 * - hideLabelsOnMove: label placement (a grid over all visible nodes) is the next cost while moving.
 * - labelRenderedSizeThreshold 10 and labelDensity 0.35: labels only for nodes drawn large enough to carry one,
 *   and few per grid cell, so the label canvas stays cheap and readable when zoomed out.
 * - enableEdgeEvents off: edge hover picking over 50k edges costs on every mouse move.
 * - edges drawn as plain lines (no arrow heads): arrows double the edge vertex count.
 */
export function largeGraphSettings(): Partial<Settings<NodeAttrs, EdgeAttrs>> {
  return {
    hideEdgesOnMove: true,
    hideLabelsOnMove: true,
    labelRenderedSizeThreshold: 10,
    labelDensity: 0.35,
    labelGridCellSize: 120,
    enableEdgeEvents: false,
    defaultEdgeType: 'line',
  };
}

/**
 * Small graphs (the sample corpus): arrows, clickable edges, and labels thinned by importance: per cell of the label
 * grid only the largest nodes (most cited, most linked) carry a label, so the first screen reads as a map of the
 * main policies and agencies instead of overlapping titles; zooming in (smaller cells in graph space) shows more.
 * A selection or hover labels its neighbours whatever their size (the reducers' forceLabel).
 */
export function smallGraphSettings(): Partial<Settings<NodeAttrs, EdgeAttrs>> {
  return {
    hideEdgesOnMove: false,
    hideLabelsOnMove: false,
    labelRenderedSizeThreshold: 7,
    labelDensity: 0.4,
    labelGridCellSize: 150,
    enableEdgeEvents: true,
    defaultEdgeType: 'arrow',
  };
}

/**
 * Which nodes the filters hide. Agencies, programs and proposals have no year and no status: the year range and
 * the status filter hide documents only (their status as of today, from what the graph shows: lifecycle.ts).
 */
export function hiddenByFilters(graph: DataGraph, filters: Filters): Set<string> {
  const hidden = new Set<string>();
  const types = new Set(filters.types);
  const agencyKeep =
    filters.agency && graph.hasNode(filters.agency)
      ? new Set([filters.agency, ...graph.neighbors(filters.agency)])
      : null;
  const statuses = new Set<string>(filters.statuses);
  const statusOf = statuses.size < STATUS_NAMES.length ? statusesInGraph(graph) : null;
  graph.forEachNode((id, a) => {
    if (!types.has(a.nodeType)) hidden.add(id);
    else if (statusOf?.has(id) && !statuses.has(statusOf.get(id)!)) hidden.add(id);
    else if (a.year !== null && filters.yearFrom !== null && a.year < filters.yearFrom) hidden.add(id);
    else if (a.year !== null && filters.yearTo !== null && a.year > filters.yearTo) hidden.add(id);
    else if (agencyKeep && !agencyKeep.has(id)) hidden.add(id);
  });
  return hidden;
}

export function neighbourSet(graph: DataGraph, node: string | null): Set<string> {
  return node && graph.hasNode(node) ? new Set(graph.neighbors(node)) : new Set();
}

/** A large graph: hover uses partial refreshes and a dimming layer (see GraphView.hover). */
export function isLarge(graph: DataGraph): boolean {
  return graph.size > LARGE_GRAPH_EDGES || graph.order > LARGE_GRAPH_NODES;
}

/** Node sizes in large graphs, relative to the small-graph sizes (appearance.ts nodeSize). */
const LARGE_GRAPH_SIZE_SCALE = 0.45;

/** Above this many nodes the large-graph settings apply too. */
export const LARGE_GRAPH_NODES = 5_000;

export interface GraphView {
  renderer: Sigma<NodeAttrs, EdgeAttrs>;
  large: boolean;
  /** Hover a node (or none): highlight it and its neighbours, dim the rest. */
  hover(node: string | null): void;
}

/**
 * Sigma over the data graph.
 *
 * Hover. Small graphs: the reducers dim every other node and edge and sigma re-runs them over the whole graph
 * (a full refresh is a few milliseconds at a few hundred nodes). Large graphs: every sigma render redraws all
 * 50,000 edges, which in software WebGL (headless Chromium, no GPU) costs seconds, so hover must not re-render
 * the graph at all. There, the hovered neighbourhood is painted on a 2D layer between sigma's labels and its
 * hover layers: a translucent veil dims everything below, then the incident edges, the neighbours and their
 * labels are drawn on top, from sigma's own display data (positions, sizes). Cost: proportional to the hovered
 * node's degree, not to the graph. The reducers still decide everything else (filters, selection).
 */
export function createRenderer(graph: DataGraph, container: HTMLElement, interaction: () => Interaction): GraphView {
  const large = isLarge(graph);
  const important = labelledNodes(graph, large ? LABELLED_LARGE : LABELLED_SMALL);
  // The neighbours named around a focus: the largest first, so a hub's thirty neighbours do not blot each other out.
  let named: { focus: string | null; around: ReadonlySet<string> | null; ids: ReadonlySet<string> } = {
    focus: null,
    around: null,
    ids: new Set(),
  };
  const namedNeighbours = (focus: string, around: ReadonlySet<string>): ReadonlySet<string> => {
    if (named.focus !== focus || named.around !== around) {
      const ids = [...around]
        .filter((n) => graph.hasNode(n))
        .sort((a, b) => graph.getNodeAttribute(b, 'size') - graph.getNodeAttribute(a, 'size'));
      named = { focus, around, ids: new Set(ids.slice(0, MAX_FORCED_NEIGHBOUR_LABELS)) };
    }
    return named.ids;
  };
  const nodeReducer = (node: string, data: NodeAttrs): Partial<NodeDisplayData> & NodeAttrs => {
    const s = interaction();
    // Sigma hands the reducer its own shallow copy of the attributes: changed in place, no second copy per element
    // (70,000 per refresh in a large graph).
    const out = data as Partial<NodeDisplayData> & NodeAttrs;
    out.color = TYPE_COLORS[data.nodeType];
    if (s.hidden.has(node) && node !== s.selected) return Object.assign(out, { hidden: true });
    if (s.path && !s.hovered) {
      // A path shown: its nodes labelled on top, the rest dimmed (large graphs too: one refresh per path shown).
      if (s.path.nodes.has(node))
        return Object.assign(out, { highlighted: node === s.selected, forceLabel: true, zIndex: 2 });
      return Object.assign(out, {
        color: DIM_NODE_COLOR,
        label: '',
        zIndex: 0,
        size: large ? data.size * LARGE_GRAPH_SIZE_SCALE : data.size,
      });
    }
    // Nothing in focus: the most linked nodes are named (importance.ts), the label grid thins the rest.
    if (!s.hovered && !s.selected && important().has(node)) out.forceLabel = true;
    if (large) {
      // Thousands of discs at full size merge into one blot when zoomed out: draw them smaller.
      out.size = data.size * LARGE_GRAPH_SIZE_SCALE;
      // Hover and selection are painted on the neighbourhood layer (paintNeighbourhood), not through a refresh.
      if (node === s.selected) {
        out.highlighted = true;
        out.forceLabel = true;
      }
      return out;
    }
    // The hovered node, else the selected one, with its neighbours labelled and the rest dimmed.
    const focus = s.hovered ?? s.selected;
    const neighbours = s.hovered ? s.hoveredNeighbours : s.selectedNeighbours;
    if (focus) {
      if (node === focus || node === s.selected) {
        out.highlighted = true;
        out.forceLabel = node === s.selected;
        out.zIndex = 2;
      } else if (neighbours.has(node)) {
        out.zIndex = 1;
        out.forceLabel = namedNeighbours(focus, neighbours).has(node);
      } else {
        out.color = DIM_NODE_COLOR;
        out.label = '';
        out.zIndex = 0;
      }
    }
    return out;
  };
  const edgeReducer = (edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> & EdgeAttrs => {
    const s = interaction();
    // CITES edges take their relation's colour (a plain mention stays the neutral grey of other edges).
    const base = data.relation ? RELATION_COLORS[data.relation] : EDGE_COLOR;
    const out = data as Partial<EdgeDisplayData> & EdgeAttrs;
    out.color = base;
    out.size = large ? 0.5 : 1;
    const focus = large ? s.selected : (s.hovered ?? s.selected);
    // The first screen of a large graph has no filter and no focus: no lookup of the ends of 50,000 edges then.
    if (s.hidden.size === 0 && !focus && !s.path && edge !== s.selectedEdge) {
      if (data.relation && s.hiddenRelations.has(data.relation)) out.hidden = true;
      return out;
    }
    const source = graph.source(edge);
    const target = graph.target(edge);
    if ((s.hidden.has(source) && source !== s.selected) || (s.hidden.has(target) && target !== s.selected)) {
      return Object.assign(out, { hidden: true });
    }
    if (data.relation && s.hiddenRelations.has(data.relation)) return Object.assign(out, { hidden: true });
    if (s.path && !s.hovered) {
      if (s.path.edges.has(edge)) return Object.assign(out, { color: PATH_EDGE_COLOR, size: large ? 2 : 3, zIndex: 2 });
      return Object.assign(out, { color: DIM_EDGE_COLOR, zIndex: 0 });
    }
    if (edge === s.selectedEdge) return Object.assign(out, { color: PATH_EDGE_COLOR, size: 3, zIndex: 2 });
    if (focus) {
      if (source === focus || target === focus) {
        // A typed citation keeps its colour when highlighted (it says what the relation is); others darken.
        out.color = data.relation && data.relation !== 'mentions' ? base : HIGHLIGHT_EDGE_COLOR;
        out.size = large ? 1.2 : 1.6;
        if (!large) out.zIndex = 1;
      } else if (!large) {
        out.color = DIM_EDGE_COLOR;
      }
    }
    return out;
  };
  const renderer = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    ...(large ? largeGraphSettings() : smallGraphSettings()),
    labelFont: LABEL_FONT,
    labelSize: 12,
    labelWeight: 'normal',
    defaultNodeColor: '#999',
    // zIndex ordering costs a sort per refresh; in large graphs highlighted nodes are drawn on the hover layer anyway.
    zIndex: !large,
    minCameraRatio: 0.02,
    maxCameraRatio: 10,
    nodeReducer,
    edgeReducer,
  });

  // Small graphs redraw through the reducers; large ones paint the neighbourhood on a layer of their own, since a
  // sigma refresh of 50,000 edges per mouse move is far too slow.
  let draw = (): void => void renderer.refresh();
  if (large) {
    const layer = renderer.createCanvas('neighbourhood', { beforeLayer: 'hovers', style: { pointerEvents: 'none' } });
    let painted = false;
    draw = () => {
      painted = paintNeighbourhood(layer, renderer, graph, interaction());
    };
    // Camera moves and layout updates re-render sigma: repaint the neighbourhood over the new positions (or clear
    // what an earlier selection left).
    renderer.on('afterRender', () => {
      const s = interaction();
      if (painted || s.hovered || (s.selected && !s.path)) draw();
    });
  }
  return {
    renderer,
    large,
    hover: (node) => {
      const s = interaction();
      s.hovered = node;
      s.hoveredNeighbours = neighbourSet(graph, node);
      draw();
    },
  };
}

/** Most labels painted around a hovered hub; beyond that they overlap into a blot anyway. */
const MAX_NEIGHBOUR_LABELS = 80;

/** Paint the hovered (else selected) node's neighbourhood on `canvas` (large graphs): veil, edges, neighbours, labels; false when nothing is painted. */
function paintNeighbourhood(
  canvas: HTMLCanvasElement,
  renderer: Sigma<NodeAttrs, EdgeAttrs>,
  graph: DataGraph,
  s: Interaction,
): boolean {
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext('2d');
  if (!ctx) return false;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  // The hovered node, else the selection (a selection dims the rest and labels its neighbours, as hover does).
  const centre = s.hovered ?? (s.path ? null : s.selected);
  if (!centre || !graph.hasNode(centre)) return false;
  const around = s.hovered ? s.hoveredNeighbours : s.selectedNeighbours;
  const at = (id: string) => {
    if (s.hidden.has(id) && id !== s.selected) return null;
    const d = renderer.getNodeDisplayData(id);
    if (!d || d.hidden) return null;
    const p = renderer.framedGraphToViewport(d);
    return { x: p.x, y: p.y, r: renderer.scaleSize(d.size), d };
  };
  const c = at(centre);
  if (!c) return false;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.78)';
  ctx.fillRect(0, 0, width, height);

  const neighbours: { id: string; x: number; y: number; r: number; color: string; label: string; size: number }[] = [];
  ctx.strokeStyle = HIGHLIGHT_EDGE_COLOR;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const id of around) {
    const n = at(id);
    if (!n) continue;
    ctx.moveTo(c.x, c.y);
    ctx.lineTo(n.x, n.y);
    neighbours.push({ id, x: n.x, y: n.y, r: n.r, color: n.d.color, label: n.d.label ?? '', size: n.d.size });
  }
  ctx.stroke();
  for (const n of neighbours) {
    ctx.fillStyle = n.color;
    ctx.beginPath();
    ctx.arc(n.x, n.y, Math.max(n.r, 2), 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.font = `12px ${LABEL_FONT}`;
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#ffffff';
  ctx.fillStyle = '#1f2933';
  neighbours.sort((a, b) => b.size - a.size);
  for (const n of neighbours.slice(0, MAX_NEIGHBOUR_LABELS)) {
    if (!n.label) continue;
    ctx.strokeText(n.label, n.x + n.r + 3, n.y + 4);
    ctx.fillText(n.label, n.x + n.r + 3, n.y + 4);
  }
  return true;
}
