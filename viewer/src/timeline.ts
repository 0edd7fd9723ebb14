// viewer/src/timeline.ts — small bar charts of counts per year, in plain SVG: the documents per year on the start
// view and a policy's citing documents per year in its panel (a bar's click picks the year, a second click clears it).
import { h } from './dom.ts';

export interface YearValue {
  year: number;
  count: number;
}

/** Chart size in CSS pixels: the panel's width, a few lines tall. */
const CHART = { width: 300, height: 90, axis: 14, gap: 2, maxBar: 24 } as const;
const SVG_NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** Every year from the first to the last (missing years as empty bars: gaps in time are information). */
function fillYears(values: YearValue[]): YearValue[] {
  if (values.length === 0) return [];
  const by = new Map(values.map((v) => [v.year, v.count]));
  const min = Math.min(...by.keys());
  const max = Math.max(...by.keys());
  const out: YearValue[] = [];
  for (let y = min; y <= max; y++) out.push({ year: y, count: by.get(y) ?? 0 });
  return out;
}

/**
 * A bar per year with its count in a tooltip (`label(year, count)`). With `onPick`, bars are buttons: a click picks
 * the year (marked `data-selected`), a second click on it clears the choice (null).
 */
export function yearChart(
  values: YearValue[],
  label: (year: number, count: number) => string,
  onPick?: (year: number | null) => void,
): HTMLElement {
  const years = fillYears(values);
  const box = h('div', { class: 'year-chart' });
  if (years.length === 0) return box;
  const top = Math.max(1, ...years.map((y) => y.count));
  const slot = (CHART.width - CHART.gap) / years.length;
  const barWidth = Math.min(CHART.maxBar, Math.max(1, slot - CHART.gap));
  const plot = CHART.height - CHART.axis;
  const chart = svg('svg', {
    viewBox: `0 0 ${CHART.width} ${CHART.height}`,
    width: CHART.width,
    height: CHART.height,
    role: 'img',
  });
  let selected: number | null = null;
  const bars: SVGRectElement[] = [];
  years.forEach((y, i) => {
    const height = y.count === 0 ? 0 : Math.max(2, (y.count / top) * (plot - 4));
    const x = CHART.gap + i * slot + (slot - barWidth) / 2;
    const bar = svg('rect', {
      x,
      y: plot - height,
      width: barWidth,
      height: Math.max(height, 0.5),
      class: 'year-bar',
      'data-year': y.year,
      'data-count': y.count,
    });
    const title = svg('title', {});
    title.textContent = label(y.year, y.count);
    bar.append(title);
    if (onPick && y.count > 0) {
      bar.setAttribute('tabindex', '0');
      bar.setAttribute('role', 'button');
      const pick = () => {
        selected = selected === y.year ? null : y.year;
        for (const b of bars) b.toggleAttribute('data-selected', Number(b.dataset.year) === selected);
        onPick(selected);
      };
      bar.addEventListener('click', pick);
      bar.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          pick();
        }
      });
    }
    bars.push(bar);
    chart.append(bar);
  });
  // First and last year under the axis; the tooltips carry the rest.
  const first = svg('text', { x: CHART.gap, y: CHART.height - 2, class: 'year-axis' });
  first.textContent = String(years[0]!.year);
  const last = svg('text', {
    x: CHART.width - CHART.gap,
    y: CHART.height - 2,
    class: 'year-axis',
    'text-anchor': 'end',
  });
  last.textContent = String(years[years.length - 1]!.year);
  chart.append(first, last);
  box.append(chart);
  return box;
}
