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
  TYPE_COLORS,
} from './appearance.ts';
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
  /** Edge whose evidence the panel shows. */
  selectedEdge: string | null;
}

export function emptyInteraction(): Interaction {
  return {
    hovered: null,
    hoveredNeighbours: new Set(),
    selected: null,
    selectedNeighbours: new Set(),
    hidden: new Set(),
    selectedEdge: null,
  };
}

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

/** Small graphs (the sample corpus): every label that fits, arrows, clickable edges. */
export function smallGraphSettings(): Partial<Settings<NodeAttrs, EdgeAttrs>> {
  return {
    hideEdgesOnMove: false,
    hideLabelsOnMove: false,
    labelRenderedSizeThreshold: 5,
    labelDensity: 1,
    labelGridCellSize: 80,
    enableEdgeEvents: true,
    defaultEdgeType: 'arrow',
  };
}

/** Which nodes the filters hide. Agencies, programs and proposals have no year: the year range hides documents only. */
export function hiddenByFilters(graph: DataGraph, filters: Filters): Set<string> {
  const hidden = new Set<string>();
  const types = new Set(filters.types);
  const agencyKeep = filters.agency && graph.hasNode(filters.agency) ? new Set([filters.agency, ...graph.neighbors(filters.agency)]) : null;
  graph.forEachNode((id, a) => {
    if (!types.has(a.nodeType)) hidden.add(id);
    else if (a.year !== null && filters.yearFrom !== null && a.year < filters.yearFrom) hidden.add(id);
    else if (a.year !== null && filters.yearTo !== null && a.year > filters.yearTo) hidden.add(id);
    else if (agencyKeep && !agencyKeep.has(id)) hidden.add(id);
  });
  return hidden;
}

export function neighbourSet(graph: DataGraph, node: string | null): Set<string> {
  return node && graph.hasNode(node) ? new Set(graph.neighbors(node)) : new Set();
}

export function createRenderer(graph: DataGraph, container: HTMLElement, interaction: () => Interaction): Sigma<NodeAttrs, EdgeAttrs> {
  const large = graph.size > LARGE_GRAPH_EDGES;
  const nodeReducer = (node: string, data: NodeAttrs): Partial<NodeDisplayData> & NodeAttrs => {
    const s = interaction();
    const out: Partial<NodeDisplayData> & NodeAttrs = { ...data, color: TYPE_COLORS[data.nodeType] };
    if (s.hidden.has(node) && node !== s.selected) return { ...out, hidden: true };
    if (s.hovered) {
      if (node === s.hovered) {
        out.highlighted = true;
        out.zIndex = 2;
      } else if (s.hoveredNeighbours.has(node)) {
        out.zIndex = 1;
        out.forceLabel = !large;
      } else {
        out.color = DIM_NODE_COLOR;
        out.label = '';
        out.zIndex = 0;
      }
    } else if (s.selected) {
      if (node === s.selected) {
        out.highlighted = true;
        out.forceLabel = true;
        out.zIndex = 2;
      } else if (s.selectedNeighbours.has(node)) {
        out.zIndex = 1;
      }
    }
    return out;
  };
  const edgeReducer = (edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> & EdgeAttrs => {
    const s = interaction();
    const out: Partial<EdgeDisplayData> & EdgeAttrs = { ...data, color: EDGE_COLOR, size: large ? 0.5 : 1 };
    const [source, target] = graph.extremities(edge);
    if ((s.hidden.has(source) && source !== s.selected) || (s.hidden.has(target) && target !== s.selected)) {
      return { ...out, hidden: true };
    }
    const focus = s.hovered ?? s.selected;
    if (edge === s.selectedEdge) return { ...out, color: '#1f2933', size: 3, zIndex: 2 };
    if (focus) {
      if (source === focus || target === focus) {
        out.color = HIGHLIGHT_EDGE_COLOR;
        out.size = large ? 1 : 1.6;
        out.zIndex = 1;
      } else if (s.hovered) {
        // While hovering, the rest is dimmed; in a large graph it is not drawn at all (cheaper frames).
        if (large) return { ...out, hidden: true };
        out.color = DIM_EDGE_COLOR;
      }
    }
    return out;
  };
  return new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    ...(large ? largeGraphSettings() : smallGraphSettings()),
    labelFont: LABEL_FONT,
    labelSize: 12,
    labelWeight: 'normal',
    defaultNodeColor: '#999',
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 10,
    nodeReducer,
    edgeReducer,
  });
}
