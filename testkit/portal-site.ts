// testkit/portal-site.ts — the fixture government portal built from its one description,
// test/fixtures/portal/site.json: every page's bytes by URL path (served from memory by test/crawl/portal.ts), and the
// site with the broken pages written to a directory for the tests that import saved pages.
//
// The spec names each document once; a page republished in another column, or a copy kept under a different title,
// says `copyOf` and what differs. List pages name their entries by path; entries that are not pages of the site (a
// page that fails, a page moved away) carry their own title and date.

import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeGb18030 } from './gb18030.ts';
import { documentPage, homePage, type ListedLink, listPage, type Pager, type PortalDocument } from './portal-pages.ts';

const FIXTURES = fileURLToPath(new URL('../test/fixtures/portal/', import.meta.url));
const SPEC_FILE = join(FIXTURES, 'site.json');
/** The deliberately broken single files, kept as files (only the truncated page is cut from a rendered one). */
const BROKEN_DIR = join(FIXTURES, 'broken');

type DocumentSpec = PortalDocument | (Partial<PortalDocument> & { path: string; copyOf: string });
/**
 * A line of a list page: a document's path, or an object for a line that differs from the page it links to: `sameAs`
 * (a moved page listed under its old address), its own `title` and `date` (a page that is not on the site as a
 * document), or only its own `date` (the CMS lists the date the column published it, not the page's own).
 */
type ListEntry = string | { path: string; sameAs?: string; title?: string; date?: string };

interface SiteSpec {
  site: string;
  robots: string[];
  home: { latest: (string | { href: string; text: string })[] };
  columns: { path: string; name: string; pager: Pager; pages: ListEntry[][] }[];
  /** The 相关文章 box of every document page: the newest documents of one column, the page itself left out. */
  related: { column: string; count: number };
  /** A document page saved cut short inside a UTF-8 character of its closing paragraph. */
  truncated: { file: string; of: string };
  documents: DocumentSpec[];
}

function readSpec(): SiteSpec {
  return JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as SiteSpec;
}

function resolveDocuments(spec: SiteSpec): Map<string, PortalDocument> {
  const byPath = new Map(spec.documents.map((d) => [d.path, d]));
  const resolve = (d: DocumentSpec): PortalDocument => {
    if (!('copyOf' in d)) return d;
    const { copyOf, ...own } = d;
    const source = byPath.get(copyOf);
    if (!source) throw new Error(`site.json: ${d.path} is a copy of ${copyOf}, which is not in the spec`);
    return { ...resolve(source), ...own };
  };
  return new Map(spec.documents.map((d) => [d.path, resolve(d)]));
}

function encode(html: string, charset = 'utf-8'): Buffer {
  return charset.toLowerCase() === 'utf-8' ? Buffer.from(html, 'utf8') : encodeGb18030(html);
}

function renderSite(spec: SiteSpec): Map<string, Buffer> {
  const documents = resolveDocuments(spec);
  const documentAt = (path: string): PortalDocument => {
    const d = documents.get(path);
    if (!d) throw new Error(`site.json: ${path} is linked but not described`);
    return d;
  };
  const listed = (entry: ListEntry): ListedLink => {
    if (typeof entry === 'string')
      return { href: entry, title: documentAt(entry).title, date: documentAt(entry).published };
    const { path, sameAs, title, date } = entry;
    const base = sameAs || documents.has(path) ? listed(sameAs ?? path) : undefined;
    const line = { href: path, title: title ?? base?.title, date: date ?? base?.date };
    if (line.title === undefined || line.date === undefined)
      throw new Error(`site.json: the list line ${path} has no title or date`);
    return line as ListedLink;
  };

  const pages = new Map<string, Buffer>();
  pages.set('/robots.txt', Buffer.from(spec.robots.join('\n') + '\n'));
  const latest = spec.home.latest.map((l) => (typeof l === 'string' ? { href: l, text: documentAt(l).title } : l));
  pages.set('/index.html', encode(homePage(spec.site, latest)));
  for (const column of spec.columns) {
    column.pages.forEach((entries, i) => {
      const html = listPage(spec.site, column, spec.columns, entries.map(listed), column.pages.length, i);
      pages.set(`${column.path}${i === 0 ? 'index.html' : `index_${i}.html`}`, encode(html));
    });
  }
  const newest = [...documents.values()]
    .filter((d) => d.path.startsWith(spec.related.column))
    .sort((a, b) => b.published.localeCompare(a.published));
  for (const d of documents.values()) {
    const related = newest.filter((r) => r.path !== d.path).slice(0, spec.related.count);
    const html = documentPage(
      spec.site,
      d,
      related.map((r) => listed(r.path)),
    );
    pages.set(d.path, encode(html, d.charset));
  }
  return pages;
}

/** A UTF-8 page cut one byte into the second character of its last indented paragraph (two three-byte characters). */
function truncate(page: Buffer): Buffer {
  const marker = Buffer.from('<p style="text-indent: 2em;">');
  const start = page.lastIndexOf(marker) + marker.length;
  const threeBytes = (at: number) => (page[at]! & 0xf0) === 0xe0;
  if (start < marker.length || !threeBytes(start) || !threeBytes(start + 3))
    throw new Error('truncate: the last paragraph does not open on two three-byte characters');
  return page.subarray(0, start + 4);
}

let site: ReadonlyMap<string, Buffer> | undefined;

/** Every page of the portal by URL path (`/`, `/robots.txt`, `/zwgk_176/…/index_1.html`); built once. */
export function portalSite(): ReadonlyMap<string, Buffer> {
  site ??= renderSite(readSpec());
  return site;
}

/** The bytes of one page of the portal. */
export function portalPage(path: string): Buffer {
  const bytes = portalSite().get(path);
  if (!bytes) throw new Error(`portalPage: the fixture portal has no ${path}`);
  return bytes;
}

/**
 * The portal saved under `dir`: `site/` as a mirror would keep it, `broken/` with the broken single files and the
 * truncated page. Returns the two directories.
 */
export function writePortalFixtures(dir: string): { site: string; broken: string } {
  const siteDir = join(dir, 'site');
  const brokenDir = join(dir, 'broken');
  for (const [path, bytes] of portalSite()) {
    const file = join(siteDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  mkdirSync(brokenDir, { recursive: true });
  for (const name of readdirSync(BROKEN_DIR)) copyFileSync(join(BROKEN_DIR, name), join(brokenDir, name));
  const { truncated } = readSpec();
  writeFileSync(join(brokenDir, truncated.file), truncate(portalPage(truncated.of)));
  return { site: siteDir, broken: brokenDir };
}
