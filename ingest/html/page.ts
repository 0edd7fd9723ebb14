// ingest/html/page.ts — what a saved portal page is (a document, a list page, a page without text) and its document
// text: the metadata table and the main text kept in place, navigation, link lists, scripts, styles and the footer
// dropped. Pure: a string in, an analysis out.

import boilerplate from '../data/page-boilerplate.json' with { type: 'json' };
import { findMetadataTable } from './metadata.ts';
import {
  FOOTER_MAX_CHARS,
  LINK_BLOCK_MIN_LINKS,
  LINK_DENSITY,
  LIST_MIN_TITLE_LINKS,
  MIN_BODY_CHARS,
  MIN_BODY_CHARS_WITH_METADATA,
  PROSE_MIN_CHARS,
  TITLE_LINK_MIN_CHARS,
} from './settings.ts';
import { CHROME_CLASS, CHROME_CONTAINERS, DROP_ELEMENTS } from './text.ts';
import { elements, type HtmlElement, isElement, parseTree, renderText, textOf } from './tree.ts';

const { footerMarkers: FOOTER_MARKERS, boilerplateClassWords: CLASS_WORDS } = boilerplate as {
  footerMarkers: string[];
  boilerplateClassWords: string[];
};

/** Class or id words of boilerplate regions, whole words of the attribute (`-` and `_` separate words: `zwxl-side`). */
const BOILERPLATE_WORDS = new Set(CLASS_WORDS.map((w) => w.toLowerCase()));

/** Containers that may be dropped whole as navigation or footer. */
const BLOCKS = new Set([...CHROME_CONTAINERS, 'aside', 'footer', 'header', 'nav', 'td', 'tr', 'li', 'center', 'form']);

export type PageKind = 'document' | 'list' | 'empty';

export interface PageStats {
  /** Characters (blanks excluded) of the page's visible text, of it inside links, and links. */
  chars: number;
  linkChars: number;
  links: number;
  /** Links whose text is long enough to name a document (list items). */
  titleLinks: number;
  /** Characters of document text left after boilerplate, metadata table excluded. */
  bodyChars: number;
}

export interface PageAnalysis {
  kind: PageKind;
  /** Why a page is not a document, in words for the import report. */
  reason: string | null;
  title: string | null;
  /** The 发文字号 the metadata table states, normalized. */
  docNumber: string | null;
  /** Fields the metadata table labels (empty: no table). */
  metadataFields: string[];
  /** The document text (metadata table in place, then title and body), as the extraction reads it. */
  text: string;
  /** The body alone (no metadata table): what two copies of a document share, whatever their pages print around it. */
  body: string;
  stats: PageStats;
}

interface Measure {
  chars: number;
  linkChars: number;
  links: number;
  /** Holds a run of prose: text outside links, longer than PROSE_MIN_CHARS, without a footer marker. */
  prose: boolean;
}

function nonBlank(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c !== 0x3000 && c !== 0xa0) n++;
  }
  return n;
}

/** Characters, characters inside links and links under each element (scripts and styles count nothing). */
function measureAll(root: HtmlElement): Map<HtmlElement, Measure> {
  const m = new Map<HtmlElement, Measure>();
  const walk = (el: HtmlElement, inLink: boolean): Measure => {
    const r: Measure = { chars: 0, linkChars: 0, links: 0, prose: false };
    if (DROP_ELEMENTS.has(el.name)) {
      m.set(el, r);
      return r;
    }
    const link = inLink || (el.name === 'a' && el.attribs.href !== undefined);
    if (el.name === 'a' && !inLink && el.attribs.href !== undefined) r.links++;
    for (const c of el.children) {
      if (isElement(c)) {
        const s = walk(c, link);
        r.chars += s.chars;
        r.linkChars += s.linkChars;
        r.links += s.links;
        r.prose ||= s.prose;
      } else {
        const n = nonBlank(c);
        r.chars += n;
        if (link) r.linkChars += n;
        else if (n > PROSE_MIN_CHARS && !FOOTER_MARKERS.some((w) => c.includes(w))) r.prose = true;
      }
    }
    m.set(el, r);
    return r;
  };
  walk(root, false);
  return m;
}

/** The class and id tokens of an element and their words (`top-bar` → top-bar, top, bar). */
function classWords(el: HtmlElement): string[] {
  const tokens = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean);
  return [...tokens, ...tokens.flatMap((t) => t.split(/[_-]+/))];
}

/** Why an element is boilerplate, or null: chrome by its class, a link list, the footer. */
function boilerplateOf(el: HtmlElement, m: Measure): string | null {
  if (el.name === 'nav' || el.name === 'footer') return el.name;
  if (!BLOCKS.has(el.name)) return null;
  const attrs = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  if (CHROME_CLASS.test(attrs) || classWords(el).some((w) => BOILERPLATE_WORDS.has(w))) return 'chrome';
  // A block that holds prose is never dropped for its links or a footer line: on a page laid out in one table (older
  // county portals), the table that holds the menu, the document and the footer is all of those.
  if (m.prose) return null;
  if (m.links >= LINK_BLOCK_MIN_LINKS && m.linkChars >= LINK_DENSITY * m.chars) return 'links';
  if (m.chars <= FOOTER_MAX_CHARS) {
    const t = textOf(el);
    if (FOOTER_MARKERS.some((w) => t.includes(w))) return 'footer';
  }
  return null;
}

/** The page's title: its first heading, else the `<title>` up to the site name (`…的复函_重庆市科学技术局`). */
function titleOf(root: HtmlElement, skip: ReadonlySet<HtmlElement>): string | null {
  for (const el of elements(root)) {
    if (skip.has(el)) continue;
    if (/^h[1-3]$/.test(el.name)) {
      const t = textOf(el).replace(/\s+/g, ' ').trim();
      if (t) return t;
    }
  }
  for (const el of elements(root)) {
    if (el.name !== 'title') continue;
    // The site name follows `_`, `|`, `--` or a spaced dash.
    const t = textOf(el)
      .replace(/\s+/g, ' ')
      .split(/[_|]|--| - /)[0]!
      .trim();
    if (t) return t;
  }
  return null;
}

/** Analyse one page. */
export function analysePage(html: string): PageAnalysis {
  const root = parseTree(html);
  const measures = measureAll(root);
  const top = measures.get(root)!;
  let titleLinks = 0;
  for (const el of elements(root)) {
    if (el.name === 'a' && el.attribs.href !== undefined && nonBlank(textOf(el)) >= TITLE_LINK_MIN_CHARS) titleLinks++;
  }

  // The metadata table first, so that a table whose values are links (a 发布机构 linking to the agency) is kept.
  const metadata = findMetadataTable(root);
  const skip = new Set<HtmlElement>();
  const walk = (el: HtmlElement): void => {
    if (metadata && el === metadata.element) return;
    if (el !== root && boilerplateOf(el, measures.get(el)!) !== null && !(metadata && contains(el, metadata.element))) {
      skip.add(el);
      return;
    }
    for (const c of el.children) if (isElement(c)) walk(c);
  };
  walk(root);

  const text = renderText(root, skip);
  const body = metadata ? renderText(root, new Set([...skip, metadata.element])) : text;
  const bodyChars = nonBlank(body);
  const keptLinkChars = linkCharsKept(root, new Set(metadata ? [...skip, metadata.element] : skip), measures);
  const stats: PageStats = { chars: top.chars, linkChars: top.linkChars, links: top.links, titleLinks, bodyChars };
  const title = titleOf(root, skip);
  const base = {
    title,
    docNumber: metadata?.docNumber ?? null,
    metadataFields: metadata?.fields ?? [],
    text,
    body,
    stats,
  };

  if (metadata && bodyChars >= MIN_BODY_CHARS_WITH_METADATA) return { kind: 'document', reason: null, ...base };
  // Without a metadata table, a document is a page whose own text (outside links) outweighs the titles it links to.
  const prose = bodyChars - keptLinkChars;
  if (!metadata && prose >= MIN_BODY_CHARS && !(titleLinks >= LIST_MIN_TITLE_LINKS && keptLinkChars >= prose)) {
    return { kind: 'document', reason: null, ...base };
  }
  // A page whose text is mostly links to documents is a list or index page, however few items its last page holds.
  if (titleLinks > 0 && (keptLinkChars >= prose || top.linkChars >= bodyChars)) {
    return {
      kind: 'list',
      reason: `list page: ${titleLinks} document links, ${bodyChars} characters of text`,
      ...base,
    };
  }
  return {
    kind: 'empty',
    reason: `too little text: ${bodyChars} characters${metadata ? ' under the metadata table' : ''}`,
    ...base,
  };
}

/** Characters inside links in the kept part of the page. */
function linkCharsKept(el: HtmlElement, skip: ReadonlySet<HtmlElement>, measures: Map<HtmlElement, Measure>): number {
  if (skip.has(el)) return 0;
  if (el.name === 'a') return measures.get(el)!.linkChars;
  let n = 0;
  for (const c of el.children) if (isElement(c)) n += linkCharsKept(c, skip, measures);
  return n;
}

function contains(ancestor: HtmlElement, el: HtmlElement): boolean {
  for (let e: HtmlElement | null = el; e; e = e.parent) if (e === ancestor) return true;
  return false;
}
