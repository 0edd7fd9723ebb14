// viewer/src/render.ts — sigma over the data graph: settings by graph size, styles, and the interaction (hover,
// selection, filters, path) as per-element state. The states derive from the data graph plus the interaction; the
// graph itself is never mutated.
import type { Attributes } from 'graphology-types';
import Sigma from 'sigma';
import { extremityArrow } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { FullEdgeState, FullNodeState } from 'sigma/types';
import { HIGHLIGHT_EDGE_COLOR, LABEL_FONT } from './appearance.ts';
import { type EdgeLook, graphStyles, LABEL_SIZE, type NodeLook } from './graph-styles.ts';
import { STATUS_NAMES } from '../../graph/status-rules.ts';
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
 *   and few per grid cell, so the labels stay cheap and readable when zoomed out.
 * - enableEdgeEvents off: edge hover picking over 50k edges costs on every mouse move.
 * Edges are plain lines (no arrow heads: largeGraphPrimitives), since arrows double the edge vertex count.
 */
export function largeGraphSettings(): Partial<Settings> {
  return {
    hideEdgesOnMove: true,
    hideLabelsOnMove: true,
    labelRenderedSizeThreshold: 10,
    labelDensity: 0.35,
    labelGridCellSize: 120,
    enableEdgeEvents: false,
  };
}

/**
 * Small graphs (the sample corpus): arrows, clickable edges, and labels thinned by importance: per cell of the label
 * grid only the largest nodes (most cited, most linked) carry a label, so the first screen reads as a map of the
 * main policies and agencies instead of overlapping titles; zooming in (smaller cells in graph space) shows more.
 * A selection or hover labels its neighbours whatever their size (the `labelled` state).
 */
export function smallGraphSettings(): Partial<Settings> {
  return {
    hideEdgesOnMove: false,
    hideLabelsOnMove: false,
    labelRenderedSizeThreshold: 7,
    labelDensity: 0.4,
    labelGridCellSize: 150,
    enableEdgeEvents: true,
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

/** Above this many nodes the large-graph settings apply too. */
export const LARGE_GRAPH_NODES = 5_000;

export type GraphRenderer = Sigma<NodeAttrs, EdgeAttrs, Attributes, NodeLook, EdgeLook>;

export interface GraphView {
  renderer: GraphRenderer;
  large: boolean;
  /** Hover a node (or none): highlight it and its neighbours, dim the rest. */
  hover(node: string | null): void;
  /** The interaction changed (selection, filters, path, edge): restate the elements that changed and draw once. */
  update(): void;
}

/**
 * Sigma over the data graph.
 *
 * The interaction (hover, selection, filters, path) becomes per-element state (NodeLook, EdgeLook, sigma's isHidden
 * and isHighlighted), set only where it changed; the styles (graphStyles) say what each state looks like. Sigma 4
 * draws everything on one WebGL layer, so any change redraws the whole graph.
 *
 * Hover. Small graphs: the hovered node's neighbourhood is restated and the rest dimmed. Large graphs: every redraw
 * of 50,000 edges in software WebGL (headless Chromium, no GPU) costs seconds, so hover restates nothing beyond what
 * sigma itself does for the hovered node: the neighbourhood is painted on a 2D layer above sigma's: a translucent
 * veil dims everything below, then the incident edges, the neighbours, the hovered node and their labels are drawn
 * on top, from sigma's own display data (positions, sizes). Cost: proportional to the hovered node's degree.
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
  const nodeState = (node: string, s: Interaction): NodeState => {
    if (s.hidden.has(node) && node !== s.selected) return { ...PLAIN_NODE, isHidden: true };
    if (s.path && !s.hovered) {
      // A path shown: its nodes labelled on top, the rest dimmed (large graphs too: one restatement per path shown).
      if (s.path.nodes.has(node))
        return { ...PLAIN_NODE, isHighlighted: node === s.selected, labelled: true, raised: true };
      return { ...PLAIN_NODE, dimmed: true };
    }
    // Nothing in focus: the most linked nodes are named (importance.ts), the label grid thins the rest.
    const labelled = !s.hovered && !s.selected && important().has(node);
    if (large) {
      // Hover and selection are painted on the neighbourhood layer (paintNeighbourhood), not restated.
      return node === s.selected ? { ...PLAIN_NODE, isHighlighted: true, labelled: true } : { ...PLAIN_NODE, labelled };
    }
    // The hovered node, else the selected one, with its neighbours labelled and the rest dimmed.
    const focus = s.hovered ?? s.selected;
    if (!focus) return { ...PLAIN_NODE, labelled };
    const neighbours = s.hovered ? s.hoveredNeighbours : s.selectedNeighbours;
    if (node === focus || node === s.selected)
      return { ...PLAIN_NODE, isHighlighted: true, labelled: node === s.selected, raised: true };
    if (neighbours.has(node))
      return { ...PLAIN_NODE, labelled: namedNeighbours(focus, neighbours).has(node), raised: true };
    return { ...PLAIN_NODE, dimmed: true };
  };
  const edgeState = (edge: string, relation: string | null, s: Interaction): EdgeState => {
    const relationHidden = relation !== null && s.hiddenRelations.has(relation);
    const focus = large ? s.selected : (s.hovered ?? s.selected);
    // The first screen of a large graph has no filter and no focus: no lookup of the ends of 50,000 edges then.
    if (s.hidden.size === 0 && !focus && !s.path && edge !== s.selectedEdge)
      return relationHidden ? { ...PLAIN_EDGE, isHidden: true } : PLAIN_EDGE;
    const source = graph.source(edge);
    const target = graph.target(edge);
    if ((s.hidden.has(source) && source !== s.selected) || (s.hidden.has(target) && target !== s.selected))
      return { ...PLAIN_EDGE, isHidden: true };
    if (relationHidden) return { ...PLAIN_EDGE, isHidden: true };
    if (s.path && !s.hovered)
      return s.path.edges.has(edge) ? { ...PLAIN_EDGE, marked: true } : { ...PLAIN_EDGE, dimmed: true };
    if (edge === s.selectedEdge) return { ...PLAIN_EDGE, marked: true };
    if (focus) {
      if (source === focus || target === focus) return { ...PLAIN_EDGE, lit: true };
      if (!large) return { ...PLAIN_EDGE, dimmed: true };
    }
    return PLAIN_EDGE;
  };
  /** Restate every element from the interaction; sigma marks only those whose state changed. */
  const restate = (r: GraphRenderer): void => {
    const s = interaction();
    graph.forEachNode((node) => void r.setNodeState(node, nodeState(node, s)));
    graph.forEachEdge((edge, a) => void r.setEdgeState(edge, edgeState(edge, a.relation ?? null, s)));
  };

  const renderer: GraphRenderer = new Sigma<NodeAttrs, EdgeAttrs, Attributes, NodeLook, EdgeLook>(graph, container, {
    primitives: {
      nodes: { label: { font: { family: LABEL_FONT, weight: 'normal', size: LABEL_SIZE } } },
      // Arrow heads only where there are few edges (largeGraphSettings).
      edges: large ? {} : { extremities: [extremityArrow()] },
    },
    styles: graphStyles(large),
    customNodeState: { dimmed: false, labelled: false, raised: false },
    customEdgeState: { dimmed: false, lit: false, marked: false },
    settings: {
      ...(large ? largeGraphSettings() : smallGraphSettings()),
      minCameraRatio: 0.02,
      maxCameraRatio: 10,
    },
  });
  // Sigma drew its first frame in its constructor, with every element in its default state: the states (the hubs'
  // labels, the filters of a shared link) are set now and drawn with the next animation frame.
  restate(renderer);

  // Small graphs restate the neighbourhood; large ones paint it on a layer of their own, since restating and
  // redrawing 50,000 edges per mouse move is far too slow.
  const update = (): void => {
    restate(renderer);
    // Draw now (not at the next frame): callers read the display data right after, and the PNG export copies the
    // canvas in the same task.
    renderer.refresh({ partialGraph: {}, skipIndexation: true });
  };
  let draw = update;
  if (large) {
    const layer = renderer.createCanvas('neighbourhood', { afterLayer: 'stage', style: { pointerEvents: 'none' } });
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
    update,
  };
}

type NodeState = Partial<FullNodeState<NodeLook>>;
type EdgeState = Partial<FullEdgeState<EdgeLook>>;
const PLAIN_NODE: Readonly<NodeState> = {
  isHidden: false,
  isHighlighted: false,
  dimmed: false,
  labelled: false,
  raised: false,
};
const PLAIN_EDGE: Readonly<EdgeState> = { isHidden: false, dimmed: false, lit: false, marked: false };

/** Most labels painted around a hovered hub; beyond that they overlap into a blot anyway. */
const MAX_NEIGHBOUR_LABELS = 80;

/** Paint the hovered (else selected) node's neighbourhood on `canvas` (large graphs): veil, edges, neighbours, labels; false when nothing is painted. */
function paintNeighbourhood(
  canvas: HTMLCanvasElement,
  renderer: GraphRenderer,
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
    if (!d || d.visibility === 'hidden') return null;
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
  // Sigma draws on one layer, below this one: the hovered node is drawn again here, on top, with its label.
  neighbours.push({ id: centre, x: c.x, y: c.y, r: c.r, color: c.d.color, label: c.d.label ?? '', size: Infinity });
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
