// test/api/boundary.test.ts — the server's boundary without data: static files stay inside their folder,
// bad parameters are refused with a JSON 4xx before any query runs, and a Neo4j that is down gives 503.
import type { RunningServer } from '../../server/app.ts';
import { type BareServer, DEAD_NEO4J_PORT, startBareServer, VIEWER_TITLE } from '../../testkit/bare-server.ts';
import { expectJsonError } from '../../testkit/json-error.ts';
import { rawGet } from './http.ts';

let bare: BareServer;
let server: RunningServer;

beforeAll(async () => {
  bare = await startBareServer({
    'viewer/assets/app.js': 'console.log("app")',
    // A file beside the static folder that no URL may reach.
    'secret.txt': 'SECRET',
  });
  server = bare.server;
});

afterAll(async () => {
  await bare.close();
});

describe('static files', () => {
  test('/ serves index.html, assets get their content type', async () => {
    const index = await rawGet(server.url, '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.body).toContain(VIEWER_TITLE);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    const js = await rawGet(server.url, '/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toContain('text/javascript');
    expect(js.headers['x-content-type-options']).toBe('nosniff');
  });

  test('HEAD answers headers without a body', async () => {
    const head = await rawGet(server.url, '/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  test.each([
    ['plain ../', '/../secret.txt'],
    ['nested ../', '/assets/../../secret.txt'],
    ['encoded %2e%2e', '/%2e%2e/secret.txt'],
    ['encoded slash', '/..%2fsecret.txt'],
    ['upper-case encoding', '/%2E%2E%2Fsecret.txt'],
    ['double slash absolute', '//etc/passwd'],
    ['encoded absolute', '/%2Fetc%2Fpasswd'],
    ['backslash', '/..%5csecret.txt'],
    ['NUL byte', '/index.html%00.png'],
    ['malformed escape', '/%E0%A4%A'],
  ])('%s (%s) never reaches a file outside the folder', async (_name, p) => {
    const res = await rawGet(server.url, p);
    expect([400, 404]).toContain(res.status);
    expect(res.body).not.toContain('SECRET');
    expect(res.body).not.toContain('root:');
    expectJsonError(res, res.status);
  });

  test('a missing file is a JSON 404', async () => {
    const res = await rawGet(server.url, '/nope.js');
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ status: 404 });
  });

  test('only GET and HEAD: the API is read-only', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const res = await rawGet(server.url, '/api/search?q=x', method);
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
    }
  });
});

describe('parameter validation (answered before any query runs, so Neo4j being down does not matter)', () => {
  const long = 'x'.repeat(301);
  test.each([
    ['missing q', '/api/search'],
    ['empty q', '/api/search?q='],
    ['blank q', '/api/search?q=%20%20'],
    ['q too long', `/api/search?q=${encodeURIComponent('渝'.repeat(201))}`],
    ['q twice', '/api/search?q=a&q=b'],
    ['limit not a number', '/api/search?q=a&limit=ten'],
    ['limit negative', '/api/search?q=a&limit=-1'],
    ['limit huge', '/api/search?q=a&limit=99999999999'],
    ['limit exponent', '/api/search?q=a&limit=1e3'],
    ['limit hex', '/api/search?q=a&limit=0x10'],
    ['limit zero', '/api/overview?limit=0'],
    ['overview above cap', '/api/overview?limit=50001'],
    ['neighbourhood limit above cap', '/api/neighbourhood/doc%3Ax?limit=100000'],
    ['unknown parameter', '/api/search?q=a&limt=5'],
    ['control character', '/api/search?q=a%0Ab'],
    ['sort not allowed', '/api/cited-by?x=a&sort=DROP'],
    ['cited-by without x', '/api/cited-by'],
    ['id too long', `/api/node/${long}`],
    ['id malformed escape', '/api/node/%E0%A4%A'],
    ['path without b', '/api/path?a=x'],
    ['agency without name', '/api/agency'],
    ['same-citations without doc', '/api/same-citations'],
    ['timeline with parameters', '/api/timeline?x=1'],
  ])('%s → 400 with a JSON error', async (_name, p) => {
    expectJsonError(await rawGet(server.url, p), 400);
  });

  test('unknown endpoints are a JSON 404', async () => {
    for (const p of ['/api/nope', '/api/node', '/api/document/x', '/api/node/a/b']) {
      const res = await rawGet(server.url, p);
      expect(res.status, p).toBe(404);
      expect(res.json).toMatchObject({ status: 404 });
    }
  });

  test('a URL longer than 4096 characters is refused', async () => {
    const res = await rawGet(server.url, `/api/search?q=${'a'.repeat(5000)}`);
    expect(res.status).toBe(414);
  });
});

describe('Neo4j down', () => {
  test.each([
    '/api/search?q=%E6%B8%9D%E5%BA%9C%E5%8A%9E%E5%8F%91',
    '/api/node/doc%3Ax',
    '/api/overview',
    '/api/cited-by?x=x',
    '/api/timeline',
  ])('%s → 503 with a message naming the database, and the server keeps serving', async (p) => {
    const res = await rawGet(server.url, p);
    expect(res.status).toBe(503);
    const body = res.json as { error: string };
    expect(body.error).toMatch(/not available/);
    expect(body.error).toContain(`127.0.0.1:${DEAD_NEO4J_PORT}`);
    // Still alive: the next request is answered.
    expect((await rawGet(server.url, '/')).status).toBe(200);
  });

  test('/api/health answers 503 with the JSON error, and says what is down', async () => {
    const res = await rawGet(server.url, '/api/health');
    expect(res.status).toBe(503);
    expect(res.json).toMatchObject({
      error: expect.stringContaining('does not answer'),
      status: 503,
      ok: false,
      neo4j: 'down',
      uri: `bolt://127.0.0.1:${DEAD_NEO4J_PORT}`,
    });
    // Still alive.
    expect((await rawGet(server.url, '/')).status).toBe(200);
  });
});
