// viewer/src/year-sections.ts — the time dimension of the panel: a policy's citing documents per year (its bars filter
// the cited-by list below) and the documents per year of the whole graph on the start view.
import type { NodeSummary } from '../../contracts/api.ts';
import { api, errorMessage } from './api.ts';
import { h } from './dom.ts';
import { t } from './i18n.ts';
import { filterListYear } from './list-tools.ts';
import { yearChart } from './timeline.ts';

function chartSection(key: string, title: string, hint: string | null): { section: HTMLElement; body: HTMLElement } {
  const body = h('div', {}, h('p', { class: 'section-status' }, t().loading('')));
  const section = h(
    'section',
    { class: 'list-section', dataset: { section: key, state: 'loading' } },
    h('h3', {}, title),
    hint ? h('p', { class: 'chart-hint' }, hint) : null,
    body,
  );
  return { section, body };
}

/**
 * The citation timeline of a cited document. `panel` is the panel body: a bar's click chooses that year in the
 * filter of its cited-by section (list-tools.ts), a second click shows every year again.
 */
export function citationTimelineSection(node: NodeSummary, panel: HTMLElement): HTMLElement {
  const { section, body } = chartSection('citation-years', t().tools.citationYears, t().tools.timelineHint);
  api.citationYears(node.id).then(
    (answer) => {
      section.dataset.state = 'ready';
      if (answer.years.length === 0) {
        section.hidden = true; // nothing cites it with a known year: no chart, no empty box
        return;
      }
      const pick = (year: number | null) => {
        const citedBy = panel.querySelector<HTMLElement>('section[data-section="cited-by"]');
        if (citedBy) filterListYear(citedBy, year);
      };
      const values = answer.years.map((y) => ({ year: y.year, count: y.documents }));
      body.replaceChildren(
        yearChart(values, t().tools.yearBar, pick),
        answer.undated ? h('p', { class: 'item-meta' }, t().tools.undated(answer.undated)) : '',
      );
    },
    (err: unknown) => {
      section.dataset.state = 'error';
      body.replaceChildren(h('p', { class: 'section-status error' }, errorMessage(err)));
    },
  );
  return section;
}

/** Documents per year of the whole graph, for the start view. */
export function documentsPerYearSection(): HTMLElement {
  const { section, body } = chartSection('year-chart', t().sections.perYear, null);
  api.timeline().then(
    (answer) => {
      section.dataset.state = 'ready';
      body.replaceChildren(
        yearChart(
          answer.rows.map((r) => ({ year: r.year, count: r.documents })),
          t().tools.yearBar,
        ),
      );
    },
    (err: unknown) => {
      section.dataset.state = 'error';
      body.replaceChildren(h('p', { class: 'section-status error' }, errorMessage(err)));
    },
  );
  return section;
}
