// test/crawl/rules.test.ts — the crawler's rules apart from the network: robots.txt as RFC 9309 reads it, the links a
// portal page leads to (TRS pagination scripts included), where a page is saved, which hosts are allowed.

import { hostAllowed } from '../../crawl/crawler.ts';
import { linksOf } from '../../crawl/links.ts';
import { savedPathOf } from '../../crawl/names.ts';
import { matches, parseRobots } from '../../crawl/robots.ts';

describe('robots.txt', () => {
  const ROBOTS = `# a portal's robots.txt
User-agent: *
Disallow: /zwgk_176/nbgl/
Disallow: /*.action$
Allow: /zwgk_176/nbgl/gkml.html
Disallow: /search
Crawl-delay: 2

User-agent: Baiduspider
User-agent: Googlebot
Disallow:

User-agent: policy-graph
Disallow: /private/
`;
  const anyone = parseRobots(ROBOTS, 'SomeBot');
  const us = parseRobots(ROBOTS, 'policy-graph');

  test.each([
    ['/zwgk_176/nbgl/index.html', false],
    ['/zwgk_176/nbgl/gkml.html', true], // the longer Allow wins
    ['/zwgk_176/fdzdgknr/jytabl/index.html', true],
    ['/search/?q=科技', false],
    ['/searchlist.html', false], // a prefix, not a directory
    ['/login.action', false],
    ['/login.action?next=1', true], // `$` anchors the end
    ['/', true],
  ])('the * group: %s → %s', (path, allowed) => {
    expect(anyone.allows(path)).toBe(allowed);
  });

  test('a group naming us replaces the * group', () => {
    expect(us.allows('/zwgk_176/nbgl/index.html')).toBe(true);
    expect(us.allows('/private/a.html')).toBe(false);
    expect(us.crawlDelayS).toBeNull();
    expect(anyone.crawlDelayS).toBe(2);
  });

  test.each([
    ['/a/*/b', '/a/x/y/b/c', true],
    ['/a/*/b$', '/a/x/b', true],
    ['/a/*/b$', '/a/x/bc', false],
    ['*.pdf', '/files/x.pdf', true],
    ['/a**b', `/a${'x'.repeat(5000)}`, false], // no blow-up on stars
  ])('pattern %s on %#', (pattern, path, expected) => {
    expect(matches(pattern, path)).toBe(expected);
  });
});

describe('links of a page', () => {
  const base = 'http://127.0.0.1:8080/zwgk_176/fdzdgknr/jytabl/index.html';
  test('anchors resolved against the page, fragments and javascript: dropped, each once', () => {
    const html = `<a href="./202307/t20230727_1.html#top">a</a><a href="202307/t20230727_1.html">b</a><a href="javascript:void(0)">c</a>
      <a href="mailto:kjj@cq.gov.cn">d</a><a href="/">e</a><a href="../qtgw/">f</a><iframe src="/frame.html"></iframe>`;
    expect(linksOf(html, base)).toEqual([
      'http://127.0.0.1:8080/zwgk_176/fdzdgknr/jytabl/202307/t20230727_1.html',
      'http://127.0.0.1:8080/',
      'http://127.0.0.1:8080/zwgk_176/fdzdgknr/qtgw/',
      'http://127.0.0.1:8080/frame.html',
    ]);
  });

  test('TRS WCM pagination written by a script: createPageHTML(pages, current, "index", "html")', () => {
    const html =
      '<div class="page"><script type="text/javascript">createPageHTML(4, 0, "index", "html");</script></div>';
    expect(linksOf(html, base)).toEqual(
      ['index.html', 'index_1.html', 'index_2.html', 'index_3.html'].map(
        (f) => `http://127.0.0.1:8080/zwgk_176/fdzdgknr/jytabl/${f}`,
      ),
    );
  });

  test('<base href> and a meta refresh', () => {
    const html =
      '<head><base href="http://127.0.0.1:8080/zcwj/"><meta http-equiv="refresh" content="0; url=new/index.html"></head><a href="a.html">a</a>';
    expect(linksOf(html, base)).toEqual([
      'http://127.0.0.1:8080/zcwj/new/index.html',
      'http://127.0.0.1:8080/zcwj/a.html',
    ]);
  });
});

describe('saved paths and hosts', () => {
  test.each([
    ['http://kjj.cq.gov.cn/zwgk_176/fdzdgknr/jytabl/', 'kjj.cq.gov.cn/zwgk_176/fdzdgknr/jytabl/index.html'],
    ['http://kjj.cq.gov.cn/', 'kjj.cq.gov.cn/index.html'],
    ['http://127.0.0.1:8080/a/t20230727_1.shtml', '127.0.0.1_8080/a/t20230727_1.shtml'],
    ['http://kjj.cq.gov.cn/site/detail', 'kjj.cq.gov.cn/site/detail.html'],
    ['http://kjj.cq.gov.cn/../../etc/passwd', 'kjj.cq.gov.cn/etc/passwd.html'],
  ])('%s → %s', (url, path) => {
    expect(savedPathOf(url)).toBe(path);
  });

  test('a query string gets its own file', () => {
    const a = savedPathOf('http://kjj.cq.gov.cn/list.jsp?page=1');
    const b = savedPathOf('http://kjj.cq.gov.cn/list.jsp?page=2');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^kjj\.cq\.gov\.cn\/list\.jsp_q[0-9a-f]{10}\.html$/);
  });

  test.each([
    ['http://kjj.cq.gov.cn/a.html', ['kjj.cq.gov.cn'], true],
    ['http://www.cq.gov.cn/a.html', ['kjj.cq.gov.cn'], false],
    ['http://127.0.0.1:8080/a.html', ['127.0.0.1:8080'], true],
    ['http://127.0.0.1:9090/a.html', ['127.0.0.1:8080'], false],
    ['http://127.0.0.1:9090/a.html', ['127.0.0.1'], true],
  ])('%s allowed by %j → %s', (url, allow, expected) => {
    expect(hostAllowed(url, allow)).toBe(expected);
  });
});
