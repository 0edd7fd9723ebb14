// viewer/src/appearance.ts — colours per node type, node sizes by citation count, the legend, label fonts.
// One palette for the graph, the legend, the side panel badges and the reader's highlights.
import type { CitationRelation, NodeLabel, StatusName } from '../../contracts/api.ts';
import { RELATION_NAMES } from '../../contracts/status-rules.ts';
import { t } from './i18n.ts';

/** Tableau-10 hues: distinct for the four types and readable on white, also for red-green colour blindness. */
export const TYPE_COLORS: Record<NodeLabel, string> = {
  Document: '#4e79a7',
  Agency: '#e15759',
  Program: '#59a14f',
  Proposal: '#f28e2b',
};

/**
 * CITES edges by relation: the acts on a policy (repeals red, amends orange) stand out; acting under it (basis) and
 * carrying it out (implements) are the blues and greens of agreement; a plain mention stays the neutral grey.
 */
export const RELATION_COLORS: Record<CitationRelation, string> = {
  repeals: '#d62728',
  amends: '#ff7f0e',
  basis: '#1f77b4',
  implements: '#2ca02c',
  mentions: '#c3cad4',
};

/** Status badges: green in force, amber amended, red repealed, grey expired, blue not yet in force. */
export const STATUS_COLORS: Record<StatusName, string> = {
  'in-force': '#2e7d32',
  amended: '#b26a00',
  repealed: '#c62828',
  expired: '#616161',
  'not-yet-in-force': '#1565c0',
};

/** Dimmed nodes and edges while hovering: light enough to read the highlighted neighbourhood on top. */
export const DIM_NODE_COLOR = '#e4e7eb';
export const DIM_EDGE_COLOR = '#f1f3f5';
export const EDGE_COLOR = '#c3cad4';
export const HIGHLIGHT_EDGE_COLOR = '#5b6b80';

/** A CJK face first: Debian's fonts-noto-cjk provides "Noto Sans CJK SC"; others are the usual desktop fonts. */
export const LABEL_FONT =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

/**
 * Node size from how often it is cited: square root, so a policy cited 100 times is ~5× (not 100×) a leaf,
 * and capped so hubs do not cover their neighbourhood.
 */
export function nodeSize(citedBy: number | undefined): number {
  const n = Math.max(0, citedBy ?? 0);
  return Math.min(3 + 2.2 * Math.sqrt(n), 24);
}

/**
 * A document title per GB/T 9704 is 发文机关 + 关于 + 事由 + 文种 (`重庆市科学技术局关于…的复函`). On the graph the
 * issuer is already told by the edges and colour, and a dozen replies from one agency would all read
 * `重庆市科学技术局关于市…`: the label starts at 关于. The fragment is an issuer name (2–30 characters, no 关于
 * inside) directly followed by 关于.
 */
const ISSUER_BEFORE_GUANYU = /^(?:(?!关于).){2,30}(?=关于)/u;

/** Graph labels are cut to a readable length; the full title is in the panel. */
export function shortLabel(name: string, max = 22): string {
  const label = name.replace(ISSUER_BEFORE_GUANYU, '');
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** Ingested documents are the hubs the analyst starts from: never drawn below this size, so their labels show. */
export const INGESTED_MIN_SIZE = 6;

/** One legend row: a coloured mark (a node's swatch or an edge's line) and its name. */
function legendItem(kind: 'type' | 'relation', value: string, color: string, label: string): HTMLElement {
  const item = document.createElement('div');
  item.className = kind === 'type' ? 'legend-item' : 'legend-item legend-relation';
  item.dataset[kind] = value;
  const mark = document.createElement('span');
  mark.className = kind === 'type' ? 'swatch' : 'edge-swatch';
  mark.style.background = color;
  const name = document.createElement('span');
  name.textContent = label;
  item.append(mark, name);
  return item;
}

export function renderLegend(container: HTMLElement): void {
  container.replaceChildren();
  for (const type of Object.keys(TYPE_COLORS) as NodeLabel[]) {
    container.append(legendItem('type', type, TYPE_COLORS[type], t().types[type]));
  }
  const note = document.createElement('div');
  note.className = 'legend-note';
  note.textContent = t().legendSize;
  container.append(note);
  const head = document.createElement('div');
  head.className = 'legend-head';
  head.textContent = t().legendRelations;
  container.append(head);
  for (const relation of RELATION_NAMES) {
    container.append(legendItem('relation', relation, RELATION_COLORS[relation], t().relations[relation]));
  }
}

/** A status badge's text: 现行有效 / 已修改 / 已废止 / 已失效 / 尚未施行 (or its English). */
export function statusLabel(status: StatusName): string {
  return t().statuses[status];
}
