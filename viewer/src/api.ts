// viewer/src/api.ts — typed client for the policy-graph JSON API (server/api.ts).
// Every call resolves to the endpoint's answer type or throws ApiError carrying the server's one-line message.
import { API_LIST_ROWS, SEARCH_HITS } from '../../contracts/settings.ts';
import type {
  AgencyPortfolio,
  CitationYearsAnswer,
  CompareAnswer,
  CitedByRow,
  CountRow,
  DocumentTextAnswer,
  EdgeAnswer,
  ErrorBody,
  HealthAnswer,
  NodeAnswer,
  OverviewAnswer,
  PathAnswer,
  PathOptions,
  RowsAnswer,
  SearchAnswer,
  Subgraph,
  TimelineRow,
  VersionAnswer,
} from '../../contracts/api.ts';
import { StatusError } from '../../contracts/status-error.ts';
import { t } from './i18n.ts';

/** A failed API call: HTTP status (0 when the server could not be reached) and a message for the user. */
export class ApiError extends StatusError {
  override name = 'ApiError';
}

/** Relative to the page, so the viewer works behind any prefix the server is mounted at. */
const BASE = './api';

async function getJson<T>(
  path: string,
  params: Record<string, string | number | undefined> = {},
  signal?: AbortSignal,
): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  const qs = query.toString();
  let res: Response;
  try {
    res = await fetch(`${BASE}${path}${qs ? `?${qs}` : ''}`, { signal, headers: { Accept: 'application/json' } });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, t().serverDown);
  }
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    let details: Record<string, unknown> = {};
    try {
      const body = (await res.json()) as Partial<ErrorBody> & Record<string, unknown>;
      if (typeof body.error === 'string') message = body.error;
      details = body;
    } catch {
      // Not JSON (a proxy error page): keep the status line.
    }
    throw new ApiError(res.status, message, details);
  }
  return (await res.json()) as T;
}

const seg = (id: string) => encodeURIComponent(id);

export const api = {
  health: () => getJson<HealthAnswer>('/health'),
  search: (q: string, signal?: AbortSignal, limit = SEARCH_HITS.default) =>
    getJson<SearchAnswer>('/search', { q, limit }, signal),
  node: (id: string) => getJson<NodeAnswer>(`/node/${seg(id)}`),
  neighbourhood: (id: string, limit: number) => getJson<Subgraph>(`/neighbourhood/${seg(id)}`, { limit }),
  citedBy: (x: string, sort: 'date' | 'count' = 'date') => getJson<RowsAnswer<CitedByRow>>('/cited-by', { x, sort }),
  coCited: (x: string) => getJson<RowsAnswer<CountRow>>('/co-cited', { x }),
  sameCitations: (doc: string) => getJson<RowsAnswer<CountRow>>('/same-citations', { doc }),
  agency: (name: string) => getJson<AgencyPortfolio>('/agency', { name }),
  path: (a: string, b: string, o: PathOptions) =>
    getJson<PathAnswer>('/path', { a, b, k: o.k, scope: o.scope, maxDegree: o.maxDegree ?? 0 }),
  documentText: (id: string) => getJson<DocumentTextAnswer>(`/document/${seg(id)}/text`),
  edge: (from: string, to: string, type: string) => getJson<EdgeAnswer>('/edge', { from, to, type }),
  overview: (limit: number) => getJson<OverviewAnswer>('/overview', { limit }),
  topCited: (limit = API_LIST_ROWS.default) => getJson<RowsAnswer<CountRow>>('/top-cited', { limit }),
  timeline: () => getJson<RowsAnswer<TimelineRow>>('/timeline'),
  citationYears: (x: string) => getJson<CitationYearsAnswer>('/citation-years', { x }),
  compare: (a: string, b: string) => getJson<CompareAnswer>('/compare', { a, b }),
  version: () => getJson<VersionAnswer>('/version'),
};

/** The user-facing text of any error thrown by `api`. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}
