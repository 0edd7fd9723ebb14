// viewer/src/graph-styles.ts — how the graph looks, declared for sigma: colours by node type and relation, sizes,
// labels, and what each interaction state (set by render.ts) changes.
// biome-ignore-all lint/suspicious/noThenProperty: sigma's style conditionals are { whenState, then, else } objects, never awaited.
import type { Attributes } from 'graphology-types';
import type { SigmaOptions } from 'sigma/types';
import {
  DIM_EDGE_COLOR,
  DIM_NODE_COLOR,
  EDGE_COLOR,
  HIGHLIGHT_EDGE_COLOR,
  LABEL_FONT,
  RELATION_COLORS,
  TYPE_COLORS,
} from './appearance.ts';
import type { EdgeAttrs, NodeAttrs } from './data-graph.ts';

/** What the interaction makes of a node, kept as sigma node state (beside isHidden and isHighlighted) for the styles. */
export interface NodeLook {
  /** Out of focus: grey, unnamed. */
  dimmed: boolean;
  /** Named whatever the label grid says (the first screen's hubs, a focus's largest neighbours, a path). */
  labelled: boolean;
  /** Drawn above the others (the focus, its neighbours, a path). */
  raised: boolean;
}

/** What the interaction makes of an edge, kept as sigma edge state (beside isHidden). */
export interface EdgeLook {
  dimmed: boolean;
  /** Incident to the focus: darker and thicker (a typed citation keeps its colour). */
  lit: boolean;
  /** On a shown path, or the edge whose evidence the panel shows. */
  marked: boolean;
}

/** A path edge: dark and thick, above the dimmed rest. */
const PATH_EDGE_COLOR = '#1f2933';

/** Node sizes in large graphs, relative to the small-graph sizes (appearance.ts nodeSize). */
const LARGE_GRAPH_SIZE_SCALE = 0.45;

/** The largest disc appearance.ts draws; large graphs scale sizes linearly from [0, this] to [0, this × scale]. */
const LARGEST_NODE_SIZE = 24;

/** A path edge, or the edge the panel shows: thicker than the rest (pixels; large graphs draw thinner lines). */
const MARKED_EDGE_SIZE = { small: 3, large: 2 };
/** An edge incident to the focus. */
const LIT_EDGE_SIZE = { small: 1.6, large: 1.2 };
const EDGE_SIZE = { small: 1, large: 0.5 };
export const LABEL_SIZE = 12;

/** A highlighted typed citation keeps its relation's colour; a plain mention (or an untyped edge) darkens. */
const LIT_EDGE_COLORS: Record<string, string> = { ...RELATION_COLORS, mentions: HIGHLIGHT_EDGE_COLOR };

/**
 * The look of the graph, declared once: colours by type and relation, then what each state changes. The styles read
 * per-element state only (never a function of the whole interaction), so a change restyles the elements whose state
 * changed, not the 70,000 of a large graph.
 */
export function graphStyles(
  large: boolean,
): SigmaOptions<NodeAttrs, EdgeAttrs, Attributes, NodeLook, EdgeLook>['styles'] {
  const which = large ? 'large' : 'small';
  return {
    nodes: [
      {
        x: { attribute: 'x' },
        y: { attribute: 'y' },
        // Thousands of discs at full size merge into one blot when zoomed out: large graphs draw them smaller.
        size: large
          ? {
              attribute: 'size',
              minValue: 0,
              maxValue: LARGEST_NODE_SIZE,
              min: 0,
              max: LARGEST_NODE_SIZE * LARGE_GRAPH_SIZE_SCALE,
            }
          : { attribute: 'size' },
        color: { attribute: 'nodeType', dict: TYPE_COLORS, defaultValue: '#999' },
        label: { attribute: 'label' },
        labelFont: LABEL_FONT,
        labelSize: LABEL_SIZE,
        visibility: { whenState: 'isHidden', then: 'hidden', else: 'visible' },
        labelVisibility: { whenState: 'labelled', then: 'visible', else: 'auto' },
        depth: { whenState: 'raised', then: 'topNodes', else: 'nodes' },
        labelDepth: { whenState: 'raised', then: 'topNodes', else: 'nodes' },
      },
      { whenState: 'dimmed', then: { color: DIM_NODE_COLOR, label: '', labelVisibility: 'hidden' } },
      // The hovered node and the focus are named in a white box above the rest (sigma 3's hover layer).
      {
        whenState: 'isHighlighted',
        then: { labelVisibility: 'visible', backdropVisibility: 'visible', depth: 'topNodes', labelDepth: 'topNodes' },
      },
      {
        whenState: 'isHovered',
        then: { labelVisibility: 'visible', backdropVisibility: 'visible', depth: 'topNodes', labelDepth: 'topNodes' },
      },
      {
        backdropColor: '#ffffff',
        backdropShadowColor: 'rgba(0, 0, 0, 0.5)',
        backdropShadowBlur: 12,
        backdropPadding: 6,
      },
    ],
    edges: [
      {
        color: { attribute: 'relation', dict: RELATION_COLORS, defaultValue: EDGE_COLOR },
        size: EDGE_SIZE[which],
        head: large ? 'none' : 'arrow',
        visibility: { whenState: 'isHidden', then: 'hidden', else: 'visible' },
      },
      { whenState: 'dimmed', then: { color: DIM_EDGE_COLOR } },
      {
        whenState: 'lit',
        then: {
          color: { attribute: 'relation', dict: LIT_EDGE_COLORS, defaultValue: HIGHLIGHT_EDGE_COLOR },
          size: LIT_EDGE_SIZE[which],
          depth: large ? 'edges' : 'topEdges',
        },
      },
      { whenState: 'marked', then: { color: PATH_EDGE_COLOR, size: MARKED_EDGE_SIZE[which], depth: 'topEdges' } },
    ],
  };
}
