// crawl/links.ts — the addresses a page leads to: anchors, image maps, frames, a meta refresh, and the pagination
// that portals built on TRS WCM write with a script, `createPageHTML(8, 0, "index", "html")`, which renders links to
// index_1.html … index_7.html in the browser and never appears as an anchor in the page's HTML.

import { elements, parseTree, textOf } from '../ingest/html/tree.ts';

/** TRS WCM's pager call: pages in all, the current page (0-based), the file name and extension of the pages. */
const TRS_PAGER =
  /createPageHTML\(\s*(\d{1,5})\s*,\s*(\d{1,5})\s*,\s*["']([\w-]{1,40})["']\s*,\s*["']([a-z]{2,5})["']/g;
/** `<meta http-equiv="refresh" content="0; url=…">`. */
const META_REFRESH_URL = /url\s*=\s*['"]?([^'"\s>]+)/i;

/** Absolute http(s) addresses without fragment, in page order, each once. */
export function linksOf(html: string, pageUrl: string): string[] {
  const root = parseTree(html);
  let base = pageUrl;
  const hrefs: string[] = [];
  for (const el of elements(root)) {
    const a = el.attribs;
    if (el.name === 'base' && a.href) base = resolve(a.href, pageUrl) ?? base;
    else if ((el.name === 'a' || el.name === 'area') && a.href) hrefs.push(a.href);
    else if ((el.name === 'frame' || el.name === 'iframe') && a.src) hrefs.push(a.src);
    else if (el.name === 'meta' && (a['http-equiv'] ?? '').toLowerCase() === 'refresh') {
      const m = META_REFRESH_URL.exec(a.content ?? '');
      if (m) hrefs.push(m[1]!);
    } else if (el.name === 'script' && !a.src) {
      for (const m of el.children.map(textOf).join('').matchAll(TRS_PAGER)) {
        const pages = Math.min(Number(m[1]), 10000);
        for (let i = 0; i < pages; i++) hrefs.push(i === 0 ? `${m[3]}.${m[4]}` : `${m[3]}_${i}.${m[4]}`);
      }
    }
  }
  const out: string[] = [];
  const seen = new Set<string>();
  for (const h of hrefs) {
    const u = resolve(h, base);
    if (u && !seen.has(u)) {
      seen.add(u);
      out.push(u);
    }
  }
  return out;
}

/** An absolute http(s) address without its fragment, or null (javascript:, mailto:, malformed). */
export function resolve(href: string, base: string): string | null {
  const h = href.trim();
  if (!h || /^(?:javascript|mailto|tel|data):/i.test(h)) return null;
  try {
    const u = new URL(h, base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}
