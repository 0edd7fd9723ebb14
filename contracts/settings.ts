// contracts/settings.ts — the path tool's defaults and limits, in one place: the API, the CLI and the viewer read them.
// No database code here, so the viewer can import it.
import type { PathOptions, PathScope } from './api.ts';

export const PATH_SCOPES: readonly PathScope[] = ['citations', 'all'];

export const PATH_DEFAULTS: Readonly<PathOptions> = {
  /** Paths returned: the shortest, and two alternatives an analyst can compare. */
  k: 3,
  scope: 'citations',
  /**
   * Nodes with more relationships than this are not walked through (they may still be an end): a chain through
   * 中共中央 or a law every document cites says nothing about how two documents relate.
   */
  maxDegree: 50,
};
export const MAX_PATHS = 10;
/** Longest chain looked for (a reply → a plan → a law is 2–4 hops). */
export const MAX_PATH_HOPS = 8;
