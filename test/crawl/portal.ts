// test/crawl/portal.ts — a fixture government portal on 127.0.0.1 (an ephemeral port): the pages rendered from
// test/fixtures/portal/site.json by testkit/portal-site.ts and served from memory (list pages with pagination, document
// pages with the metadata table, GB18030 pages, robots.txt), plus the troubles of real portals: a slow page, a page
// that always fails with 500, a page that fails once with 503, a moved page (301), a page moved to another host
// (302). Every request is recorded with its arrival time, for the tests to check.

import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { portalSite } from '../../testkit/portal-site.ts';

/** The pages with behaviour of their own. */
export const SLOW_PAGE = '/zwgk_176/fdzdgknr/qtgw/202305/t20230520_11950002.html';
export const ERROR_PAGE = '/zwgk_176/fdzdgknr/qtgw/202306/t20230601_12011120.html';
export const FLAKY_PAGE = '/zwgk_176/fdzdgknr/qtgw/202306/t20230620_12060017.html';
export const MOVED_PAGE = '/zwgk_176/fdzdgknr/qtgw/202306/t20230615_11000001.html';
export const MOVED_TO = '/zwgk_176/fdzdgknr/qtgw/202306/t20230615_12045566.html';
/** A page moved to another host (the central portal): never followed. */
export const MOVED_OUT = '/zwgk_176/fdzdgknr/qtgw/202306/t20230612_12030001.html';
export const MOVED_OUT_TO = 'http://www.gov.cn/zhengce/content/2023-06/12/content_6885531.htm';
export const DISALLOWED_PREFIX = '/zwgk_176/nbgl/';

/** Every document page a crawl should save (the slow and the failing page excepted). */
export const DOCUMENT_PAGES = [
  '/zwgk_176/fdzdgknr/jytabl/202207/t20220708_10911025.html',
  '/zwgk_176/fdzdgknr/jytabl/202207/t20220715_10938711.html',
  '/zwgk_176/fdzdgknr/jytabl/202306/t20230630_12110043.html',
  '/zwgk_176/fdzdgknr/jytabl/202307/t20230718_12160021.html',
  '/zwgk_176/fdzdgknr/jytabl/202307/t20230725_12179912.html',
  '/zwgk_176/fdzdgknr/jytabl/202307/t20230727_12183040.html',
  '/zwgk_176/fdzdgknr/qtgw/202305/t20230510_11901188.html',
  MOVED_TO,
  FLAKY_PAGE,
  '/zwgk_176/zcwj/202307/t20230727_99990001.html',
];

/** Pages every mirror keeps for ever: one Last-Modified for all. */
const LAST_MODIFIED = 'Wed, 26 Jul 2023 08:00:00 GMT';

export interface PortalRequest {
  path: string;
  /** Milliseconds (performance.now() of the test process) when the request arrived. */
  at: number;
  /** The answer's status (0 while the answer is pending). */
  status: number;
  conditional: boolean;
}

export interface Portal {
  origin: string;
  requests: PortalRequest[];
  /** Requests for one path. */
  hits(path: string): PortalRequest[];
  close(): Promise<void>;
}

/** A column without pages of its own yet: what portals serve for their menu entries. */
function columnPage(path: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>栏目_重庆市科学技术局</title></head><body>
<div class="menu"><ul><li><a href="/">首页</a></li><li><a href="/zwgk_176/fdzdgknr/jytabl/">建议提案办理</a></li></ul></div>
<div class="wrap"><p>${path} 栏目信息正在更新中。</p></div></body></html>`;
}

export async function startPortal(options: { slowMs?: number } = {}): Promise<Portal> {
  const slowMs = options.slowMs ?? 2000;
  const requests: PortalRequest[] = [];
  const seen = new Map<string, number>();
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const at = performance.now();
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://portal').pathname);
    const n = (seen.get(path) ?? 0) + 1;
    seen.set(path, n);
    const conditional = req.headers['if-none-match'] !== undefined || req.headers['if-modified-since'] !== undefined;
    // Recorded on arrival: a client that gave up on the slow page has still asked for it.
    const seenHere: PortalRequest = { path, at, status: 0, conditional };
    requests.push(seenHere);
    const answer = (status: number, headers: Record<string, string> = {}, body: string | Buffer = '') => {
      seenHere.status = status;
      if (!res.destroyed) res.writeHead(status, headers).end(body);
    };
    if (path === ERROR_PAGE) return answer(500, { 'content-type': 'text/html' }, '<h1>500 Internal Server Error</h1>');
    if (path === FLAKY_PAGE && n === 1)
      return answer(503, { 'content-type': 'text/html', 'retry-after': '1' }, '<h1>503 Service Unavailable</h1>');
    if (path === MOVED_PAGE) return answer(301, { location: MOVED_TO });
    if (path === MOVED_OUT) return answer(302, { location: MOVED_OUT_TO });
    if (path === SLOW_PAGE) await new Promise((r) => setTimeout(r, slowMs));
    const bytes = portalSite().get(path.endsWith('/') ? `${path}index.html` : path);
    if (!bytes) {
      if (path.endsWith('/')) return answer(200, { 'content-type': 'text/html; charset=utf-8' }, columnPage(path));
      return answer(404, { 'content-type': 'text/html' }, '<h1>404 Not Found</h1>');
    }
    const etag = `"${createHash('sha1').update(bytes).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) return answer(304, { etag, 'last-modified': LAST_MODIFIED });
    const type = path.endsWith('.txt') ? 'text/plain' : 'text/html';
    return answer(200, { 'content-type': type, etag, 'last-modified': LAST_MODIFIED }, bytes);
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    hits: (p) => requests.filter((r) => r.path === p),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
