// server/api.ts — the JSON endpoints: validate parameters, run the analyst queries (graph/queries.ts), shape answers.
// Queries are the graph/ builders run through runRead (read transactions only) against the configured Neo4j.
import { configFromEnv, ping, runRead, type Neo4jConfig, type ReadQuery } from '../graph/connection.ts';
import {
  agencyPortfolioQuery,
  citedByQuery,
  coCitedQuery,
  documentTextQuery,
  EDGE_TYPES,
  edgeEvidenceQuery,
  neighbourhoodQuery,
  nodeDetailsQuery,
  overviewQuery,
  sameCitationsQuery,
  searchQuery,
  timelineQuery,
  topCitedQuery,
} from '../graph/queries.ts';
import { historyQuery, statusesQuery, statusQuery } from '../graph/status.ts';
import { pathRequest } from './path.ts';
import {
  API_LIST_ROWS,
  NEIGHBOURS,
  NODE_RELATIONS,
  OVERVIEW_NODES,
  QUERY_ROWS,
  SEARCH_HITS,
  VIEWER_OVERVIEW_NODES,
} from '../contracts/settings.ts';
import { isIsoDate, today } from '../contracts/status-rules.ts';
import type {
  CitedByRow,
  CountRow,
  DocumentTextAnswer,
  EdgeAnswer,
  HealthAnswer,
  HistoryAnswer,
  NodeAnswer,
  OverviewAnswer,
  RelationRow,
  RowsAnswer,
  SearchAnswer,
  StatusAnswer,
  Subgraph,
  TimelineRow,
} from '../contracts/api.ts';
import { BadRequestError, HttpError, NotFoundError } from './errors.ts';
import { layoutPositions } from './layout.ts';
import { largeOverview } from './overview.ts';
import { JsonText } from './json-text.ts';
import { VersionedCache } from './overview-cache.ts';
import { decodeSegment, onlyParams, optionalEnum, optionalInt, requireText } from './validate.ts';
import { citationYearsHandler } from './citation-years-endpoint.ts';
import { compareHandler } from './compare-endpoint.ts';
import { versionHandler } from './version-endpoint.ts';

/** Where the API reads from. Default: the environment (NEO4J_URI …, else the bundled local Neo4j). */
export interface ApiContext {
  neo4j?: Neo4jConfig;
}

export type Handler = (segments: string[], params: URLSearchParams, ctx: ApiContext) => Promise<unknown>;

interface Route {
  /** Path pattern: literal segments and `:name` placeholders, e.g. /api/node/:id. */
  pattern: string[];
  handler: Handler;
}

export function config(ctx: ApiContext): Neo4jConfig {
  return ctx.neo4j ?? configFromEnv();
}

/**
 * A person is waiting on every API call: no extra connection retries on top of the driver's own (a Neo4j that
 * is down is reported as 503 in a few seconds; the viewer's retry is a reload).
 */
export function read<T>(ctx: ApiContext, q: ReadQuery<T>): Promise<T> {
  // One query is the whole answer: auto-commit saves a round trip and half the CPU per query (graph/connection.ts).
  return runRead(q, config(ctx), { connectRetries: 0, autoCommit: true });
}

export function notFound(what: string, x: string): NotFoundError {
  return new NotFoundError(`No ${what} in the graph matches "${x.slice(0, 80)}". Try /api/search?q=… to find its id.`);
}

// ─── Handlers ──────────────────────────────────────────────────────────────

const health: Handler = async (_s, params, ctx) => {
  onlyParams(params, []);
  const c = config(ctx);
  const up = await ping(c, 2_000);
  const answer: HealthAnswer = { ok: up, neo4j: up ? 'up' : 'down', uri: c.uri };
  // 503 when down, so a monitor (or a load balancer) needs only the status; the body still says what and where.
  if (!up) throw new HttpError(503, `The graph database at ${c.uri} does not answer.`, { ...answer });
  return answer;
};

const searchHandler: Handler = async (_s, params, ctx) => {
  onlyParams(params, ['q', 'limit']);
  const q = requireText(params, 'q', 200);
  const limit = optionalInt(params, 'limit', SEARCH_HITS);
  const answer: SearchAnswer = { query: q, hits: await read(ctx, searchQuery(q, limit)) };
  return answer;
};

const nodeHandler: Handler = async ([id], params, ctx) => {
  onlyParams(params, []);
  const key = decodeSegment(id ?? '', 'id');
  const [details, around] = await Promise.all([
    read(ctx, nodeDetailsQuery(key)),
    read(ctx, neighbourhoodQuery(key, NODE_RELATIONS)),
  ]);
  if (!details) throw notFound('node', key);
  const byId = new Map(around.nodes.map((n) => [n.id, n]));
  const outgoing: RelationRow[] = [];
  const incoming: RelationRow[] = [];
  for (const e of around.edges) {
    const out = e.source === key;
    const other = byId.get(out ? e.target : e.source);
    if (!other) continue;
    const row: RelationRow = { type: e.type, node: other, roles: e.roles ?? [], evidence: e.evidence ?? [] };
    if (e.relation) (row.relation = e.relation), (row.relationEvidence = e.relationEvidence ?? null);
    (out ? outgoing : incoming).push(row);
  }
  const { properties: _properties, ...node } = details;
  const answer: NodeAnswer = { node, outgoing, incoming };
  if (node.label === 'Document') {
    // Today's status of the document and of everything it cites: the badge, and the marks on cited repealed policies.
    const cited = outgoing.filter((r) => r.type === 'CITES');
    const statuses = await read(ctx, statusesQuery([node.id, ...cited.map((r) => r.node.id)], today()));
    const own = statuses.get(node.id);
    if (own) answer.status = own;
    for (const r of cited) {
      const s = statuses.get(r.node.id);
      if (s) r.status = s;
    }
  }
  return answer;
};

const neighbourhoodHandler: Handler = async ([id], params, ctx) => {
  onlyParams(params, ['limit']);
  const key = decodeSegment(id ?? '', 'id');
  const limit = optionalInt(params, 'limit', NEIGHBOURS);
  const sub: Subgraph = await read(ctx, neighbourhoodQuery(key, limit));
  if (sub.nodes.length === 0) throw notFound('node', key);
  return sub;
};

const citedByHandler: Handler = async (_s, params, ctx) => {
  onlyParams(params, ['x', 'sort', 'limit']);
  const x = requireText(params, 'x');
  const sort = optionalEnum(params, 'sort', ['date', 'count'] as const, 'date');
  const limit = optionalInt(params, 'limit', API_LIST_ROWS, API_LIST_ROWS.max);
  const { target, rows } = await read(ctx, citedByQuery(x, { sort, limit }));
  if (!target) throw notFound('document', x);
  const answer: RowsAnswer<CitedByRow> & { target: typeof target } = { target, rows };
  return answer;
};

function countHandler(
  name: string,
  param: string,
  build: (x: string, limit: number) => ReadQuery<{ target: unknown; rows: CountRow[] }>,
): Handler {
  return async (_s, params, ctx) => {
    onlyParams(params, [param, 'limit']);
    const x = requireText(params, param);
    const limit = optionalInt(params, 'limit', API_LIST_ROWS);
    const { target, rows } = await read(ctx, build(x, limit));
    if (!target) throw notFound(name, x);
    const answer: RowsAnswer<CountRow> & { target: unknown } = { target, rows };
    return answer;
  };
}

/** An optional `at` date: YYYY-MM-DD, a real calendar day; absent → today. */
function optionalDate(params: URLSearchParams, name: string): string {
  if (params.getAll(name).length === 0) return today();
  const value = requireText(params, name, 10);
  if (!isIsoDate(value))
    throw new BadRequestError(`Parameter "${name}" must be a date YYYY-MM-DD; got "${value.slice(0, 20)}".`);
  return value;
}

const statusHandler: Handler = async (_s, params, ctx) => {
  onlyParams(params, ['x', 'at']);
  const x = requireText(params, 'x');
  const at = optionalDate(params, 'at');
  const answer: StatusAnswer | null = await read(ctx, statusQuery(x, at));
  if (!answer) throw notFound('document', x);
  return answer;
};

const historyHandler: Handler = async (_s, params, ctx) => {
  onlyParams(params, ['x']);
  const x = requireText(params, 'x');
  const answer: HistoryAnswer | null = await read(ctx, historyQuery(x));
  if (!answer) throw notFound('document', x);
  return answer;
};

const agencyHandler: Handler = async (_s, params, ctx) => {
  onlyParams(params, ['name']);
  const name = requireText(params, 'name');
  const portfolio = await read(ctx, agencyPortfolioQuery(name));
  if (!portfolio) throw notFound('agency', name);
  return portfolio;
};

const pathHandler: Handler = (_s, params, ctx) => pathRequest(params, (q) => read(ctx, q));

const documentTextHandler: Handler = async ([id], params, ctx) => {
  onlyParams(params, []);
  const key = decodeSegment(id ?? '', 'id');
  const [doc, details] = await Promise.all([read(ctx, documentTextQuery(key)), read(ctx, nodeDetailsQuery(key))]);
  if (!doc || !details)
    throw new NotFoundError(`No ingested document with id "${key.slice(0, 80)}" (cited-only documents have no text).`);
  const { properties: _properties, ...node } = details;
  const answer: DocumentTextAnswer = {
    node,
    text: doc.text,
    spans: doc.spans.map((s) => ({
      start: s.start,
      end: s.end,
      kind: s.kind,
      nodeId: s.targetId,
      text: doc.text.slice(s.start, s.end),
    })),
  };
  return answer;
};

const edgeHandler: Handler = async (_s, params, ctx) => {
  onlyParams(params, ['from', 'to', 'type']);
  const from = requireText(params, 'from');
  const to = requireText(params, 'to');
  const type = optionalEnum(params, 'type', EDGE_TYPES, 'CITES');
  const found = await read(ctx, edgeEvidenceQuery(from, to, type));
  if (!found) {
    throw new NotFoundError(
      `No ${type} edge from "${from.slice(0, 80)}" to "${to.slice(0, 80)}" in the graph (ids as /api/search returns them).`,
    );
  }
  const { edge } = found;
  const answer: EdgeAnswer = {
    source: found.source,
    target: found.target,
    type,
    documents: found.documents,
    roles: edge.roles ?? [],
    ...(edge.relation ? { relation: edge.relation, relationEvidence: edge.relationEvidence ?? null } : {}),
    evidence: edge.evidence ?? [],
  };
  return answer;
};

/** The overview every analyst opens on: one computation per graph version and size (server/overview-cache.ts). */
export const overviewCache = new VersionedCache<JsonText>();

const overviewHandler: Handler = async (_s, params, ctx) => {
  onlyParams(params, ['limit']);
  const limit = optionalInt(params, 'limit', OVERVIEW_NODES);
  // Kept serialized: the 300-node overview of the 10,000-document graph is ~0.6 MB of JSON.
  return overviewCache.get(config(ctx), String(limit), async () => {
    // Up to what one Cypher query returns, graph/queries.ts overviewQuery; more, the bulk reader of server/overview.ts.
    const sub: Subgraph =
      limit <= QUERY_ROWS.max ? await read(ctx, overviewQuery(limit)) : await largeOverview(config(ctx), limit);
    // Laid out here, once per graph version: the explorer opens on positions instead of a hairball (server/layout.ts).
    const answer: OverviewAnswer = { ...sub, positions: await layoutPositions(sub) };
    return new JsonText(answer);
  });
};

/**
 * Compute (and lay out) the default overview now, so the first analyst gets it from the cache; a failure (Neo4j not
 * up yet) is left for the first request to report.
 */
export async function warmOverview(ctx: ApiContext = {}): Promise<void> {
  await overviewHandler([], new URLSearchParams({ limit: String(VIEWER_OVERVIEW_NODES) }), ctx).catch(() => undefined);
}

const topCitedHandler: Handler = async (_s, params, ctx) => {
  onlyParams(params, ['limit']);
  const limit = optionalInt(params, 'limit', API_LIST_ROWS);
  const answer: RowsAnswer<CountRow> = { rows: await read(ctx, topCitedQuery(limit)) };
  return answer;
};

const timelineHandler: Handler = async (_s, params, ctx) => {
  onlyParams(params, []);
  const answer: RowsAnswer<TimelineRow> = { rows: await read(ctx, timelineQuery()) };
  return answer;
};

// ─── Routing ───────────────────────────────────────────────────────────────

const ROUTES: Route[] = [
  { pattern: ['api', 'health'], handler: health },
  { pattern: ['api', 'search'], handler: searchHandler },
  { pattern: ['api', 'node', ':id'], handler: nodeHandler },
  { pattern: ['api', 'neighbourhood', ':id'], handler: neighbourhoodHandler },
  { pattern: ['api', 'cited-by'], handler: citedByHandler },
  { pattern: ['api', 'co-cited'], handler: countHandler('document', 'x', (x, limit) => coCitedQuery(x, limit)) },
  {
    pattern: ['api', 'same-citations'],
    handler: countHandler('document', 'doc', (x, limit) => sameCitationsQuery(x, limit)),
  },
  { pattern: ['api', 'agency'], handler: agencyHandler },
  { pattern: ['api', 'status'], handler: statusHandler },
  { pattern: ['api', 'history'], handler: historyHandler },
  { pattern: ['api', 'path'], handler: pathHandler },
  { pattern: ['api', 'document', ':id', 'text'], handler: documentTextHandler },
  { pattern: ['api', 'edge'], handler: edgeHandler },
  { pattern: ['api', 'overview'], handler: overviewHandler },
  { pattern: ['api', 'top-cited'], handler: topCitedHandler },
  { pattern: ['api', 'timeline'], handler: timelineHandler },
  { pattern: ['api', 'citation-years'], handler: citationYearsHandler },
  { pattern: ['api', 'compare'], handler: compareHandler },
  { pattern: ['api', 'version'], handler: versionHandler },
];

/**
 * Find the route for a path. Segments are matched still percent-encoded (an id containing `/` arrives as
 * `%2F` and stays one segment); placeholders are decoded by their handler.
 */
export function matchRoute(pathname: string): { handler: Handler; segments: string[] } | null {
  const parts = pathname.split('/').filter((p, i) => i > 0 || p !== '');
  if (parts[parts.length - 1] === '') parts.pop();
  for (const route of ROUTES) {
    if (route.pattern.length !== parts.length) continue;
    const captured: string[] = [];
    const ok = route.pattern.every((p, i) => {
      if (p.startsWith(':')) {
        captured.push(parts[i] ?? '');
        return (parts[i] ?? '') !== '';
      }
      return p === parts[i];
    });
    if (ok) return { handler: route.handler, segments: captured };
  }
  return null;
}
