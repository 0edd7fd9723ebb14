// ingest/html/text.ts — HTML → text (a saved government page) by a streaming pass of a real HTML tokenizer.
// Scripts, styles, navigation and chrome containers are dropped; block boundaries become line breaks, table cells ` | `.

import { decodeEntities, htmlLibraries, PARSER_OPTIONS } from './libraries.ts';

export { decodeEntities };

/** Elements whose whole content is never document text: code, styling, navigation chrome. */
export const DROP_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'nav',
  'iframe',
  'object',
  'select',
  'button',
  'head',
]);
/** Tags that end a line of text. */
export const BLOCK_ELEMENTS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'tr',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'pre',
  'dd',
  'dt',
  'dl',
  'hr',
  'tbody',
  'thead',
  'center',
]);
export const CELL_ELEMENTS = new Set(['td', 'th']);

/** class/id words of page chrome: menus, breadcrumbs, headers and footers, share bars, sidebars. */
// Deliberately narrow: `article-head` or `xxgk-table` hold the title and metadata and must stay.
export const CHROME_CLASS =
  /\b(?:nav|navbar|menu|submenu|breadcrumbs?|crumbs?|footer|sidebar|share|toolbar|copyright|friend-?links?)\b/i;
/** Elements that hold page chrome when their class or id says so. */
export const CHROME_CONTAINERS = new Set([
  'div',
  'ul',
  'ol',
  'section',
  'aside',
  'header',
  'footer',
  'table',
  'p',
  'span',
  'dl',
]);

/** Blanks that entities such as `&ensp;` decode to: blanks of the text like any space. */
const WIDE_BLANKS = /[\u2002\u2003\u2009]/g;

/** Drop scripts, styles, navigation and chrome containers (`<div class="nav">…</div>`) with everything inside them,
 *  keep the text with line breaks at block boundaries and ` | ` between table cells, decode entities. An element left
 *  open (a truncated page) runs to the end of the page. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  /** Depth of open elements, and the depth at which the element being skipped was opened (-1: not skipping). */
  let depth = 0;
  let skipFrom = -1;
  const parser = new (htmlLibraries().Parser)(
    {
      onopentag(name, attribs) {
        depth++;
        if (skipFrom !== -1) return;
        if (
          DROP_ELEMENTS.has(name) ||
          (CHROME_CONTAINERS.has(name) && CHROME_CLASS.test(`${attribs.class ?? ''} ${attribs.id ?? ''}`))
        ) {
          skipFrom = depth;
          out.push('\n');
        } else if (BLOCK_ELEMENTS.has(name)) out.push('\n');
        else if (CELL_ELEMENTS.has(name)) out.push(' | ');
      },
      onclosetag(name) {
        if (skipFrom !== -1) {
          if (depth === skipFrom) skipFrom = -1;
        } else if (BLOCK_ELEMENTS.has(name)) out.push('\n');
        else if (CELL_ELEMENTS.has(name)) out.push(' | ');
        depth--;
      },
      ontext(text) {
        if (skipFrom === -1) out.push(text);
      },
    },
    PARSER_OPTIONS,
  );
  parser.write(html);
  parser.end();
  return tidyText(out.join(''));
}

/** Collapse runs of blanks inside lines and blank lines between them; runs of empty cells become one bar. */
export function tidyText(raw: string): string {
  return (
    raw
      .replace(WIDE_BLANKS, ' ')
      .split('\n')
      .map((line) =>
        line
          .replace(/[ \t\u00A0]+/g, ' ')
          .replace(/(?:\|\s*){2,}/g, '| ')
          .trim(),
      )
      // A line of nothing but a cell bar (the edge of a layout table) is an empty line.
      .map((line) => (line === '|' ? '' : line))
      .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''))
      .join('\n')
      .trim()
  );
}
