// viewer/src/history.ts — the analyst's trail in the browser history: each selection is an entry (pushState), so
// Back and Forward walk from node to node; camera and filter changes only rewrite the current entry (replaceState).
import { decodeState, encodeState, type ViewState } from './state.ts';

/** How a change of view reaches the history: a new entry, a rewrite of the current one, or not at all (a restore). */
export type HistoryMode = 'push' | 'replace' | 'none';

function urlOf(state: ViewState): string {
  return `${location.pathname}${encodeState(state)}${location.hash}`;
}

/** Record the view: a new entry for 'push' (unless the URL is the same), the current one rewritten for 'replace'. */
export function recordView(state: ViewState, mode: HistoryMode): void {
  if (mode === 'none') return;
  const next = urlOf(state);
  if (next === `${location.pathname}${location.search}${location.hash}`) return;
  if (mode === 'push') history.pushState(null, '', next);
  else history.replaceState(null, '', next);
}

/** Call `restore` with the view a Back or Forward lands on (read from that entry's URL). */
export function onHistoryMove(restore: (state: ViewState) => void): void {
  window.addEventListener('popstate', () => restore(decodeState(location.search)));
}
