// server/static.ts — serve the built viewer (dist/viewer) without ever leaving that folder.
// The URL path is decoded once, normalized, and the resolved file must lie inside the root; anything else is refused.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { BadRequestError, NotFoundError } from './errors.ts';

/** Content types of the files `vite build` writes. Anything else is served as bytes. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Resolve a URL path to a file under `root`, or throw.
 * Checks, in order: the escape decodes; no NUL byte; no backslash (a Windows separator smuggled in); after
 * normalization the path is still under the root (this catches `../`, `%2e%2e/`, `//etc/passwd`).
 * Symlinks are resolved too, so a link inside the folder cannot point outside it.
 */
export async function resolveStaticPath(root: string, urlPath: string): Promise<string> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw new BadRequestError('The path is not valid percent-encoded UTF-8.');
  }
  if (decoded.includes('\0')) throw new BadRequestError('The path contains a NUL byte.');
  if (decoded.includes('\\')) throw new BadRequestError('The path contains a backslash.');
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..')) throw new BadRequestError('The path leaves the viewer folder ("..").');
  const relative = path.posix.normalize('/' + decoded).replace(/^\/+/, '');
  const wanted = relative === '' ? 'index.html' : relative;
  const rootReal = await realpath(root);
  const candidate = path.resolve(rootReal, wanted);
  if (candidate !== rootReal && !candidate.startsWith(rootReal + path.sep)) {
    throw new BadRequestError('The path leaves the viewer folder.');
  }
  let real: string;
  try {
    real = await realpath(candidate);
  } catch {
    throw new NotFoundError(`No file ${JSON.stringify('/' + relative)} in the viewer.`);
  }
  if (!real.startsWith(rootReal + path.sep)) throw new BadRequestError('The path leaves the viewer folder.');
  const info = await stat(real);
  if (info.isDirectory()) {
    return resolveStaticPath(root, '/' + path.posix.join(relative, 'index.html'));
  }
  return real;
}

/**
 * The page may load only its own scripts and styles; the layout workers are Blob URLs (graphology's worker
 * supervisors build them from source), sigma sets inline styles, exports are Blob/data URLs. Document text is
 * inserted as text, never markup; the policy is a second line of defence.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Stream one file of the built viewer. Hashed assets are cached for a long time; index.html never is. */
export async function serveStatic(
  root: string,
  req: IncomingMessage,
  res: ServerResponse,
  urlPath: string,
): Promise<void> {
  const file = await resolveStaticPath(root, urlPath);
  const info = await stat(file);
  const ext = path.extname(file).toLowerCase();
  const immutable = file.includes(`${path.sep}assets${path.sep}`);
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
    'Content-Length': String(info.size),
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...(ext === '.html' ? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(file);
    stream.on('error', reject);
    res.on('close', resolve);
    stream.pipe(res);
  });
}
