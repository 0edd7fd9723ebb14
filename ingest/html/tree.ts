// ingest/html/tree.ts — a page as a small element tree (htmlparser2's tokenizer, its implied-end-tag rules), and the
// text of a tree with the same line and cell breaks as ingest/html/text.ts. Page analysis needs to look at whole
// blocks (how much of a block is links, where the metadata table ends), which a single streaming pass cannot.

import { htmlLibraries, PARSER_OPTIONS } from './libraries.ts';
import { BLOCK_ELEMENTS, CELL_ELEMENTS, DROP_ELEMENTS, tidyText } from './text.ts';

export interface HtmlElement {
  name: string;
  attribs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
}

/** An element, or a run of text (entities decoded). */
export type HtmlNode = HtmlElement | string;

export function isElement(node: HtmlNode): node is HtmlElement {
  return typeof node !== 'string';
}

/** Parse a page. Elements left open (a truncated page) end with the page; the root is named `#root`. */
export function parseTree(html: string): HtmlElement {
  const root: HtmlElement = { name: '#root', attribs: {}, children: [], parent: null };
  let current = root;
  const parser = new (htmlLibraries().Parser)(
    {
      onopentag(name, attribs) {
        const el: HtmlElement = { name, attribs, children: [], parent: current };
        current.children.push(el);
        current = el;
      },
      onclosetag() {
        if (current.parent) current = current.parent;
      },
      ontext(text) {
        const last = current.children[current.children.length - 1];
        if (typeof last === 'string') current.children[current.children.length - 1] = last + text;
        else current.children.push(text);
      },
    },
    PARSER_OPTIONS,
  );
  parser.write(html);
  parser.end();
  return root;
}

/** Every element under `node` (itself included), depth first in document order. */
export function* elements(node: HtmlElement): Generator<HtmlElement> {
  const stack: HtmlElement[] = [node];
  while (stack.length) {
    const el = stack.pop()!;
    yield el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (isElement(c)) stack.push(c);
    }
  }
}

/** The raw text under an element (no line breaks added), skipping scripts and styles. */
export function textOf(node: HtmlNode): string {
  if (!isElement(node)) return node;
  if (DROP_ELEMENTS.has(node.name) && node.name !== 'head') return '';
  let s = '';
  for (const c of node.children) s += textOf(c);
  return s;
}

/** The text of a tree as lines: block elements break lines, cells are separated by ` | `, the elements in `skip` and
 *  the dropped kinds (scripts, styles, head …) are left out. */
export function renderText(root: HtmlElement, skip: ReadonlySet<HtmlElement> = new Set()): string {
  const out: string[] = [];
  const walk = (node: HtmlNode): void => {
    if (!isElement(node)) {
      out.push(node);
      return;
    }
    if (skip.has(node) || DROP_ELEMENTS.has(node.name)) return;
    const mark = BLOCK_ELEMENTS.has(node.name) ? '\n' : CELL_ELEMENTS.has(node.name) ? ' | ' : '';
    out.push(mark);
    for (const c of node.children) walk(c);
    out.push(mark);
  };
  walk(root);
  return tidyText(out.join(''));
}
