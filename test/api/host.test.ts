// test/api/host.test.ts — the server answers only its own loopback names with its own port (Host header); any
// other name (a DNS-rebinding page, another port, no Host at all) gets 421 with the API's JSON error.
import net from 'node:net';
import type { RunningServer } from '../../server/app.ts';
import { type BareServer, startBareServer, VIEWER_TITLE } from '../../testkit/bare-server.ts';
import { expectJsonError } from '../../testkit/json-error.ts';
import { rawGet } from './http.ts';

let bare: BareServer;
let server: RunningServer;

beforeAll(async () => {
  // Neo4j down on purpose: the Host check answers before anything touches the database.
  bare = await startBareServer();
  server = bare.server;
});

afterAll(async () => {
  await bare.close();
});

describe('Host header', () => {
  test.each(['127.0.0.1:PORT', 'localhost:PORT', '[::1]:PORT', 'LocalHost:PORT'])('%s is served', async (host) => {
    const res = await rawGet(server.url, '/', 'GET', { Host: host.replace('PORT', String(server.port)) });
    expect(res.status).toBe(200);
    expect(res.body).toContain(VIEWER_TITLE);
  });

  test.each([
    ['a rebinding name with the right port', 'attacker.example:PORT'],
    ['a subdomain trick', 'localhost.attacker.example:PORT'],
    ['the right name without the port', '127.0.0.1'],
    ['localhost without the port', 'localhost'],
    ['another port', '127.0.0.1:1'],
    ['the machine name', 'my-laptop:PORT'],
    ['an IP of the machine that is not loopback', '192.168.1.20:PORT'],
    ['0.0.0.0', '0.0.0.0:PORT'],
    ['user info', 'evil@127.0.0.1:PORT'],
    ['trailing garbage', '127.0.0.1:PORT.attacker.example'],
  ])('%s (%s) → 421 with the JSON error, for the API and static files alike', async (_name, host) => {
    const header = host.replace('PORT', String(server.port));
    for (const p of ['/api/search?q=%E6%B8%9D', '/api/health', '/', '/index.html']) {
      const res = await rawGet(server.url, p, 'GET', { Host: header });
      expect(res.status, `${p} with Host ${header}`).toBe(421);
      expectJsonError(res, 421, 'not served here');
      expect(res.body).not.toContain(VIEWER_TITLE);
    }
  });

  test('a request with no Host header at all (HTTP/1.0) → 421', async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect({ host: '127.0.0.1', port: server.port }, () =>
        socket.write('GET /api/health HTTP/1.0\r\n\r\n'),
      );
      let data = '';
      socket.on('data', (d: Buffer) => (data += d.toString()));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 421 /);
    expect(answer).toContain('"status":421');
  });
});
