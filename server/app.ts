// server/app.ts — the HTTP server: JSON API under /api/, the built viewer everywhere else.
// Plain node:http; `createServer({ port: 0 })` gives tests an in-process server on a free port.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchRoute, type ApiContext } from './api.ts';
import { HttpError, NotFoundError, toErrorAnswer } from './errors.ts';
import { allowedHosts, checkHost } from './host.ts';
import { JsonText } from './json-text.ts';
import { serveStatic } from './static.ts';

/** The folder `vite build` writes (vite.config.ts: build.outDir). */
export const DEFAULT_STATIC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'viewer');

/** Longest request URL accepted; a real one (a search, an id) is well under 1 KiB even percent-encoded. */
const MAX_URL_LENGTH = 4096;

export interface ServerOptions {
  /** 0 picks a free port (tests). Default 8080. */
  port?: number;
  /** Default 127.0.0.1: the API is for the person at this machine, not the network. */
  host?: string;
  /** Folder of the built viewer. Default dist/viewer. */
  staticDir?: string;
  /** Where the API reads the graph from (graph/connection.ts options); default the environment's Neo4j. */
  api?: ApiContext;
  /** Log one line per request to stderr. */
  log?: boolean;
}

export interface RunningServer {
  server: Server;
  /** Base URL, e.g. http://127.0.0.1:8080 */
  url: string;
  port: number;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown, head: boolean): void {
  const text = body instanceof JsonText ? body.text : JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(head ? undefined : text);
}

type HandleOptions = Required<Pick<ServerOptions, 'staticDir'>> & ServerOptions & { hosts: Set<string> };

async function handle(req: IncomingMessage, res: ServerResponse, options: HandleOptions): Promise<void> {
  const method = req.method ?? 'GET';
  const head = method === 'HEAD';
  const rawUrl = req.url ?? '/';
  const isApi = rawUrl.startsWith('/api/') || rawUrl === '/api';
  try {
    // First of all: a DNS-rebinding page reaches this port under its own name, and must learn nothing.
    checkHost(req.headers.host, options.hosts);
    if (method !== 'GET' && method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      throw new HttpError(405, `Method ${method} not allowed: the API is read-only (GET).`);
    }
    if (rawUrl.length > MAX_URL_LENGTH) throw new HttpError(414, `URL longer than ${MAX_URL_LENGTH} characters.`);
    // Parse against a fixed base: the Host header plays no part in routing.
    const url = new URL(rawUrl, 'http://localhost');
    if (isApi) {
      const route = matchRoute(url.pathname);
      if (!route) throw new NotFoundError(`No API endpoint ${url.pathname}. See /api/health for a live check.`);
      const body = await route.handler(route.segments, url.searchParams, options.api ?? {});
      sendJson(res, 200, body, head);
      return;
    }
    // Static paths are taken from the raw URL (before WHATWG normalization collapses `..`), so an
    // escape attempt is refused rather than silently rewritten.
    const rawPath = rawUrl.split('?')[0]?.split('#')[0] ?? '/';
    await serveStatic(options.staticDir, req, res, rawPath);
  } catch (err) {
    const answer = toErrorAnswer(err);
    if (answer.status === 503) {
      process.stderr.write(`serve: ${method} ${rawUrl.slice(0, 200)} → 503: ${answer.message}\n`);
    } else if (answer.status >= 500) {
      // Unexpected: keep the stack in the server log; the client gets a generic line.
      process.stderr.write(
        `serve: ${method} ${rawUrl.slice(0, 200)} → ${answer.status}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendJson(res, answer.status, { ...answer.details, error: answer.message, status: answer.status }, head);
  } finally {
    if (options.log) process.stderr.write(`${method} ${rawUrl.slice(0, 200)} ${res.statusCode}\n`);
  }
}

/** Start the server; resolves once it listens. */
export async function createServer(options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  // Filled in once the port is known (port 0 picks one); no request is handled before listen resolves.
  const resolved: HandleOptions = { ...options, staticDir: options.staticDir ?? DEFAULT_STATIC_DIR, hosts: new Set() };
  const server = createHttpServer((req, res) => {
    void handle(req, res, resolved);
  });
  // A slow or stuck client must not hold a socket forever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => {
      server.off('error', reject);
      resolved.hosts = allowedHosts((server.address() as AddressInfo).port, host);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
