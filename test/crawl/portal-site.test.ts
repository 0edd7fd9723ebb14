// test/crawl/portal-site.test.ts — the fixture portal rendered from test/fixtures/portal/site.json holds together: every
// link a crawler follows from a list page leads to a page of the site or to one of the pages with a behaviour of their
// own, the GBK/gb2312 pages are written in their charsets, and the copies say what they copy.
import { encodeGb18030 } from '../../testkit/gb18030.ts';
import { portalPage, portalSite } from '../../testkit/portal-site.ts';
import { DOCUMENT_PAGES, ERROR_PAGE, MOVED_OUT, MOVED_PAGE, SLOW_PAGE } from './portal.ts';

const site = portalSite();
const text = (path: string) => portalPage(path).toString('utf8');
const listPages = [...site.keys()].filter((p) => /\/index(?:_\d+)?\.html$/.test(p) && p !== '/index.html');

test('every list line links to a page of the site or to a page with a behaviour of its own', () => {
  const special = new Set([ERROR_PAGE, MOVED_PAGE, MOVED_OUT, SLOW_PAGE]);
  for (const list of listPages) {
    const column = list.replace(/index(?:_\d+)?\.html$/, '');
    const links = [...text(list).matchAll(/<li><a href="\.\/([^"]+)" title=/g)].map((m) => column + m[1]);
    expect(links.length, list).toBeGreaterThan(0);
    for (const link of links) expect(site.has(link) || special.has(link), `${list} → ${link}`).toBe(true);
  }
});

test('every document page a crawl saves is on the site', () => {
  for (const page of DOCUMENT_PAGES) expect(site.has(page), page).toBe(true);
});

test('the pages that declare GBK or gb2312 are written in GB18030 and read back without loss', () => {
  const gb = [...site].filter(([, bytes]) => /charset=(?:GBK|gb2312)/i.test(bytes.subarray(0, 300).toString('latin1')));
  expect(gb.map(([p]) => p).sort()).toEqual([
    '/zwgk_176/fdzdgknr/jytabl/202207/t20220715_10938711.html',
    '/zwgk_176/fdzdgknr/jytabl/202307/t20230718_12160021.html',
  ]);
  for (const [path, bytes] of gb) {
    const html = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    expect(html, path).toContain('重庆市科学技术局');
    expect(encodeGb18030(html).equals(bytes), path).toBe(true);
  }
});

test('the encoder writes GBK codes and refuses what has no two-byte code', () => {
  expect([...encodeGb18030('渝科局函〔2022〕205号')]).toEqual([
    0xd3, 0xe5, 0xbf, 0xc6, 0xbe, 0xd6, 0xba, 0xaf, 0xa1, 0xb2, 0x32, 0x30, 0x32, 0x32, 0xa1, 0xb3, 0x32, 0x30, 0x35,
    0xba, 0xc5,
  ]);
  expect(() => encodeGb18030('😀')).toThrow(/no two-byte code/);
});

test('a page republished in another column carries the same number and body under its own metadata list', () => {
  const original = text('/zwgk_176/fdzdgknr/jytabl/202307/t20230727_12183040.html');
  const copy = text('/zwgk_176/zcwj/202307/t20230727_99990001.html');
  expect(copy).toContain('<li><span>发文字号：</span>渝科局函〔2023〕349号</li>');
  expect(copy).not.toContain('zwxl-table');
  const body = (html: string) =>
    html.slice(html.indexOf('<div class="zwxl-article">'), html.indexOf('<div class="xgwz">'));
  expect(body(copy)).toBe(body(original));
});
