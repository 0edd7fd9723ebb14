// contracts/settings.ts — every limit and default that the API, the command line and the viewer share, in one place:
// each whole-number setting is its default and the range a caller may ask for, checked when this module loads, and
// the callers check a requested value against it here (sigma's settings.ts pattern). No Node imports: the viewer
// reads it too. Limits private to one query (quotes per row, list lengths inside a portfolio) stay by their query.
import type { PathOptions, PathScope } from './api.ts';

/** A whole number a caller may choose: the value when they do not, and the range they may ask for. */
export interface IntSetting {
  readonly default: number;
  readonly min: number;
  readonly max: number;
}

/** A setting whose default lies outside its range is a programming error: it fails when the module loads. */
function setting(defaultValue: number, min: number, max: number): IntSetting {
  if (![defaultValue, min, max].every(Number.isSafeInteger) || min > defaultValue || defaultValue > max) {
    throw new Error(`contracts/settings.ts: default ${defaultValue} is not a whole number from ${min} to ${max}`);
  }
  return Object.freeze({ default: defaultValue, min, max });
}

/** A requested value the setting allows: a whole number in its range. */
export function allows(s: IntSetting, n: number): boolean {
  return Number.isInteger(n) && n >= s.min && n <= s.max;
}

/** For callers that cap instead of refusing (the query builders, a link's parameters): n brought into range. */
export function clampTo(s: IntSetting, n: number | null | undefined): number {
  if (n === null || n === undefined || !Number.isFinite(n)) return s.default;
  return Math.max(s.min, Math.min(s.max, Math.floor(n)));
}

/** The one wording of a refused value, for the command line and the API alike. */
export function rangeMessage(name: string, s: IntSetting): string {
  return `${name} takes a whole number from ${s.min} to ${s.max}`;
}

// ---------------------------------------------------------------------------
// Lists and the graph
// ---------------------------------------------------------------------------

/**
 * Rows an analyst query returns (graph/queries.ts caps every list at the maximum; `policy-graph query --limit`): a
 * list stays fast on a large graph and readable.
 */
export const QUERY_ROWS = setting(20, 1, 1_000);
/** Citing documents that cited-by lists when not asked for more (the target's citedBy says how many there are). */
export const CITED_BY_ROWS = setting(100, 1, QUERY_ROWS.max);
/** Rows of a list the API answers with (cited-by, co-cited, same-citations, top-cited): lists a panel can show. */
export const API_LIST_ROWS = setting(20, 1, 200);
/** Hits of the search box (the API's `limit`). */
export const SEARCH_HITS = setting(12, 1, 50);
/** Neighbours of a node that "expand neighbours" adds (/api/neighbourhood). */
export const NEIGHBOURS = setting(50, 1, QUERY_ROWS.max);
/** Relationships read for a node's panel: all of them for any realistic node. */
export const NODE_RELATIONS = QUERY_ROWS.max;
/**
 * Nodes of the overview: /api/overview answers up to the maximum (bench:viewer's 20,000-node graph); more than
 * QUERY_ROWS.max are read in bulk (server/overview.ts).
 */
export const OVERVIEW_NODES = setting(300, 1, 50_000);
/**
 * The overview the explorer opens on (and the server computes ahead, server/api.ts warmOverview): enough for a corpus
 * of a few hundred documents, light enough for any laptop.
 */
export const VIEWER_OVERVIEW_NODES = clampTo(OVERVIEW_NODES, 1_000);
/** Longest free-text value accepted (search text, titles, ids, the ends of a path). Real titles run to ~120 characters. */
export const MAX_TEXT_LENGTH = 300;

// ---------------------------------------------------------------------------
// The path tool (graph/paths.ts, /api/path, `query path`, viewer/src/path.ts)
// ---------------------------------------------------------------------------

export const PATH_SCOPES: readonly PathScope[] = ['citations', 'all'];
/** Paths returned: the shortest, and two alternatives an analyst can compare. */
export const PATHS = setting(3, 1, 10);
/**
 * Nodes with more relationships than this are not walked through (they may still be an end): a chain through 中共中央
 * or a law every document cites says nothing about how two documents relate. 0: no node is left out.
 */
export const PATH_MAX_DEGREE = setting(50, 0, 1_000_000);
/** Longest chain looked for (a reply → a plan → a law is 2–4 hops). */
export const MAX_PATH_HOPS = 8;

export const PATH_DEFAULTS: Readonly<PathOptions> = Object.freeze({
  k: PATHS.default,
  scope: 'citations',
  maxDegree: PATH_MAX_DEGREE.default || null,
});

// ---------------------------------------------------------------------------
// Neo4j transactions and ingest (graph/connection.ts, cli/ingest-files.ts, graph/store.ts)
// ---------------------------------------------------------------------------

/** How long one read transaction may run before Neo4j stops it (an analyst query, an API answer). */
export const READ_TIMEOUT_MS = 30_000;
/** How long one write transaction (one batch of an ingest) may run before Neo4j stops it. */
export const WRITE_TIMEOUT_MS = 120_000;
/**
 * Documents per write transaction (`ingest --batch-size`); each batch is all-or-nothing. Measured with the
 * 10,000-document bench (npm run bench:graph) on a shared, busy 2-core machine (figures vary by 2× from run to run):
 * 200 → ~45 s, 500 → ~23 s, 1000 → 15–27 s, 2000 → no better (commit work grows with the batch). A 1000-document
 * batch stays well inside the transaction memory of the local Neo4j's 2 GiB heap. Neo4j CPU of the whole write phase,
 * same corpus, warm JVM: 1,000 → 24.8 s, 2,500 → 23.0 s, 5,000 → 27.0 s (GC); an ingest overlapping extraction also
 * wants the last batch, written after extraction ends, small.
 */
export const BATCH_SIZE = setting(1_000, 1, Number.MAX_SAFE_INTEGER);
/**
 * Seconds one file's extraction may take before it is stopped and fails (`extract`/`ingest --time-limit`); generous
 * for any real document (the largest samples take milliseconds).
 */
export const EXTRACT_TIME_LIMIT_S = 20;
/** Node rows an ingest run remembers having written before it starts afresh (about 1 KB each; graph/written-nodes.ts). */
export const WRITTEN_NODES_REMEMBERED = 50_000;
