// viewer/src/search.ts — the search box: suggestions as you type (titles, numbers, agencies, aliases, pinyin).
// Each keystroke cancels the previous request, so a slow answer never replaces a newer one.
import type { SearchHit } from '../../contracts/api.ts';
import { api, errorMessage } from './api.ts';
import { TYPE_COLORS } from './appearance.ts';
import { h } from './dom.ts';
import { t } from './i18n.ts';
import { nodeName } from './labels.ts';
import { searchTable } from '../../contracts/lists.ts';
import { downloadCsv } from './list-tools.ts';

/** Wait this long after the last keystroke: fast enough to feel live, slow enough not to query every letter. */
const DEBOUNCE_MS = 120;

export function attachSearch(input: HTMLInputElement, list: HTMLUListElement, onPick: (hit: SearchHit) => void): void {
  let hits: SearchHit[] = [];
  /** The text the shown hits answer (the CSV's file name). */
  let answered = '';
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inflight: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    active = -1;
    input.setAttribute('aria-expanded', 'false');
  };

  const highlight = (i: number) => {
    active = i;
    list.querySelectorAll('li').forEach((li, j) => {
      li.setAttribute('aria-selected', String(j === i));
    });
  };

  const pick = (hit: SearchHit) => {
    close();
    input.value = hit.name;
    onPick(hit);
  };

  const show = (items: HTMLLIElement[]) => {
    list.replaceChildren(...items);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const render = () => {
    if (hits.length === 0) {
      show([h('li', { class: 'empty' }, t().noMatch)]);
      return;
    }
    show(
      hits
        .map((hit, i) => {
          const dot = h('span', { class: 'swatch' });
          dot.style.cssText = `display:inline-block;width:9px;height:9px;border-radius:50%;background:${TYPE_COLORS[hit.label] ?? '#888'}`;
          const li = h(
            'li',
            { attrs: { role: 'option', 'aria-selected': 'false' }, dataset: { nodeId: hit.id } },
            dot,
            h('span', { class: 'sugg-name' }, nodeName(hit)),
            h(
              'span',
              { class: 'sugg-meta' },
              [
                hit.docNumber && hit.docNumber !== hit.name ? hit.docNumber : '',
                t().matched[hit.matched] ?? hit.matched,
              ]
                .filter(Boolean)
                .join(' · '),
            ),
          );
          // A full-text hit shows the sentence that matched (under the name, on its own line).
          if (hit.snippet) li.querySelector('.sugg-name')!.append(h('span', { class: 'sugg-snippet' }, hit.snippet));
          li.addEventListener('mousedown', (e) => {
            e.preventDefault(); // keep focus in the input until the pick is done
            pick(hit);
          });
          li.addEventListener('mouseenter', () => highlight(i));
          return li;
        })
        .concat(exportItem()),
    );
  };

  /** The last entry: the hits as CSV (contracts/lists.ts searchTable, the same columns as `query search --csv`). */
  const exportItem = (): HTMLLIElement => {
    const li = h('li', { class: 'sugg-export', dataset: { action: 'csv' } }, t().tools.searchCsv);
    li.addEventListener('mousedown', (e) => {
      e.preventDefault();
      downloadCsv(searchTable(hits), `search-${answered}`);
    });
    return li;
  };

  const query = async (text: string) => {
    inflight?.abort();
    const controller = new AbortController();
    inflight = controller;
    try {
      const answer = await api.search(text, controller.signal);
      if (controller.signal.aborted) return;
      hits = answer.hits;
      answered = text;
      render();
    } catch (err) {
      if (controller.signal.aborted) return;
      hits = [];
      show([h('li', { class: 'empty error' }, errorMessage(err))]);
    }
  };

  input.addEventListener('input', () => {
    if (timer) clearTimeout(timer);
    const text = input.value.trim();
    if (text.length === 0) {
      inflight?.abort();
      close();
      return;
    }
    timer = setTimeout(() => void query(text.slice(0, 200)), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (e) => {
    if (list.hidden && e.key !== 'Enter') return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      highlight(Math.min(active + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      highlight(Math.max(active - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[active] ?? hits[0];
      if (hit && !list.hidden) pick(hit);
    } else if (e.key === 'Escape') {
      close();
    }
  });

  input.addEventListener('blur', () => setTimeout(close, 150));
}
