// server/path.ts — /api/path?a=&b=&k=&scope=citations|all&maxDegree=: up to k shortest paths, each hop with its
// direction and quotes (graph/paths.ts). "No path" says which: an end that matched nothing (404) or no connection (200).
import type { ReadQuery } from '../graph/connection.ts';
import { findPaths, noConnectionMessage } from '../graph/paths.ts';
import { PATH_DEFAULTS, PATH_MAX_DEGREE, PATH_SCOPES, PATHS } from '../contracts/settings.ts';
import type { PathAnswer, PathOptions } from '../contracts/api.ts';
import { NotFoundError } from './errors.ts';
import { onlyParams, optionalEnum, optionalInt, requireText } from './validate.ts';

export async function pathRequest(
  params: URLSearchParams,
  run: <T>(q: ReadQuery<T>) => Promise<T>,
): Promise<PathAnswer> {
  onlyParams(params, ['a', 'b', 'k', 'scope', 'maxDegree']);
  const a = requireText(params, 'a');
  const b = requireText(params, 'b');
  const maxDegree = optionalInt(params, 'maxDegree', PATH_MAX_DEGREE);
  const options: PathOptions = {
    k: optionalInt(params, 'k', PATHS),
    scope: optionalEnum(params, 'scope', PATH_SCOPES, PATH_DEFAULTS.scope),
    maxDegree: maxDegree === 0 ? null : maxDegree,
  };
  const found = await findPaths(a, b, options, run);
  if ('unmatched' in found) {
    const names = { a: `the start "${a.slice(0, 80)}"`, b: `the end "${b.slice(0, 80)}"` };
    const which = found.unmatched.map((e) => names[e]).join(' and ');
    const err = new NotFoundError(`Nothing in the graph matches ${which}. Try /api/search?q=… to find its id.`);
    Object.assign(err.details, { unmatched: found.unmatched });
    throw err;
  }
  const answer: PathAnswer = { ...found };
  if (found.paths.length === 0) answer.message = noConnectionMessage(found.start.name, found.end.name, options);
  return answer;
}
