// viewer/src/via-list.ts — under a same-citations or co-cited row, what the count counts: the policies both
// documents cite, or the documents citing both, each clickable.
import type { CountRow } from '../../contracts/api.ts';
import { h } from './dom.ts';
import { nodeName } from './labels.ts';

/** `label` then the names (a click selects one); nothing when the row names none. */
export function viaList(row: CountRow, label: string, select: (id: string) => void): HTMLElement | null {
  const via = row.via ?? [];
  if (via.length === 0) return null;
  const line = h('p', { class: 'via-list' }, h('span', { class: 'item-meta' }, label));
  via.forEach((n, i) => {
    if (i > 0) line.append('、');
    line.append(
      h(
        'button',
        {
          class: 'item-link via',
          dataset: { nodeId: n.id },
          title: n.title ?? nodeName(n),
          onClick: () => select(n.id),
        },
        nodeName(n),
      ),
    );
  });
  return line;
}
