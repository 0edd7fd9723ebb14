// viewer/src/state.ts — the view state that a link reproduces, and its encoding in the URL query string.
// Selected node, filters, camera, the open reader, the path tool's ends:
// `?node=…&types=…&from=…&to=…&agency=…&rel=…&status=…&cam=x,y,ratio&read=…&limit=…&pathFrom=…&pathTo=…`.
import type { CitationRelation, NodeLabel, StatusName } from '../../contracts/api.ts';
import { clampTo, MAX_TEXT_LENGTH, OVERVIEW_NODES } from '../../contracts/settings.ts';
import { RELATION_NAMES, STATUS_NAMES } from '../../contracts/status-rules.ts';

export const NODE_TYPES: readonly NodeLabel[] = ['Document', 'Agency', 'Program', 'Proposal'];

export interface Filters {
  /** Types shown; all four when nothing is filtered. */
  types: NodeLabel[];
  yearFrom: number | null;
  yearTo: number | null;
  /** Graph id of an agency: show it and what is directly linked to it. */
  agency: string | null;
  /** CITES relations shown; all five when nothing is filtered. */
  relations: CitationRelation[];
  /** Document statuses shown (as of today); all five when nothing is filtered. */
  statuses: StatusName[];
}

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  selected: string | null;
  filters: Filters;
  camera: CameraView | null;
  /** Id of the document open in the reader. */
  reader: string | null;
  /** How many nodes the overview asks for (default VIEWER_OVERVIEW_NODES, contracts/settings.ts). */
  limit: number | null;
  /** The path tool's two ends (ids or words), when it shows paths (path.ts). */
  path: { from: string; to: string } | null;
}

export function defaultFilters(): Filters {
  return {
    types: [...NODE_TYPES],
    yearFrom: null,
    yearTo: null,
    agency: null,
    relations: [...RELATION_NAMES],
    statuses: [...STATUS_NAMES],
  };
}

export function defaultState(): ViewState {
  return { selected: null, filters: defaultFilters(), camera: null, reader: null, limit: null, path: null };
}

/** A year as typed in a URL: four digits in a plausible range, anything else ignored (a link never breaks the page). */
function parseYear(raw: string | null): number | null {
  if (raw === null || !/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= 1949 && year <= 2100 ? year : null;
}

function parseCamera(raw: string | null): CameraView | null {
  if (!raw) return null;
  const parts = raw.split(',').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [x, y, ratio] = parts as [number, number, number];
  if (ratio <= 0 || ratio > 100) return null;
  return { x, y, ratio };
}

/** Read the state from a query string; unknown or malformed values fall back to defaults. */
export function decodeState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const state = defaultState();
  const node = p.get('node');
  if (node && node.length <= MAX_TEXT_LENGTH) state.selected = node;
  const types = p.get('types');
  if (types !== null) {
    const wanted = types.split(',').filter((t): t is NodeLabel => (NODE_TYPES as readonly string[]).includes(t));
    state.filters.types = wanted;
  }
  state.filters.yearFrom = parseYear(p.get('from'));
  state.filters.yearTo = parseYear(p.get('to'));
  const agency = p.get('agency');
  if (agency && agency.length <= MAX_TEXT_LENGTH) state.filters.agency = agency;
  const rel = p.get('rel');
  if (rel !== null)
    state.filters.relations = rel
      .split(',')
      .filter((r): r is CitationRelation => (RELATION_NAMES as string[]).includes(r));
  const status = p.get('status');
  if (status !== null)
    state.filters.statuses = status.split(',').filter((r): r is StatusName => (STATUS_NAMES as string[]).includes(r));
  state.camera = parseCamera(p.get('cam'));
  const reader = p.get('read');
  if (reader && reader.length <= MAX_TEXT_LENGTH) state.reader = reader;
  const limit = p.get('limit');
  if (limit && /^\d{1,6}$/.test(limit)) state.limit = clampTo(OVERVIEW_NODES, Number(limit));
  const [pathFrom, pathTo] = [p.get('pathFrom'), p.get('pathTo')];
  if (pathFrom && pathTo && pathFrom.length <= MAX_TEXT_LENGTH && pathTo.length <= MAX_TEXT_LENGTH)
    state.path = { from: pathFrom, to: pathTo };
  return state;
}

/** Write the state as a query string; defaults are left out so links stay short. */
export function encodeState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.selected) p.set('node', state.selected);
  const f = state.filters;
  if (f.types.length !== NODE_TYPES.length) p.set('types', f.types.join(','));
  if (f.yearFrom !== null) p.set('from', String(f.yearFrom));
  if (f.yearTo !== null) p.set('to', String(f.yearTo));
  if (f.agency) p.set('agency', f.agency);
  if (f.relations.length !== RELATION_NAMES.length) p.set('rel', f.relations.join(','));
  if (f.statuses.length !== STATUS_NAMES.length) p.set('status', f.statuses.join(','));
  if (state.camera) {
    const c = state.camera;
    p.set('cam', `${c.x.toFixed(4)},${c.y.toFixed(4)},${c.ratio.toFixed(4)}`);
  }
  if (state.reader) p.set('read', state.reader);
  if (state.limit !== null) p.set('limit', String(state.limit));
  if (state.path) {
    p.set('pathFrom', state.path.from);
    p.set('pathTo', state.path.to);
  }
  // The interface language chosen by a link stays in it (i18n.ts reads it at start).
  const lang = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('lang');
  if (lang === 'zh' || lang === 'en') p.set('lang', lang);
  const qs = p.toString();
  return qs ? `?${qs}` : '';
}

/** Replace (not push) the URL: camera moves would otherwise flood the history. */
export function writeUrl(state: ViewState): void {
  const next = `${location.pathname}${encodeState(state)}${location.hash}`;
  if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', next);
}
