// server/host.ts — which Host headers the server answers: its own loopback names with its own port, nothing else.
// A page on another site whose DNS name is re-pointed at 127.0.0.1 (DNS rebinding) sends its own name: it gets 421.

import { HttpError } from './errors.ts';

/** 421 Misdirected Request: this server is not the one that name stands for. */
export class MisdirectedRequestError extends HttpError {
  constructor(message: string) {
    super(421, message);
    this.name = 'MisdirectedRequestError';
  }
}

/** The names a browser on this machine uses for the server; `listenHost` joins them unless it is a wildcard. */
export function allowedHosts(port: number, listenHost = '127.0.0.1'): Set<string> {
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  if (!['0.0.0.0', '::', ''].includes(listenHost))
    hosts.add(`${listenHost.includes(':') ? `[${listenHost}]` : listenHost}:${port}`.toLowerCase());
  return hosts;
}

/**
 * Throw MisdirectedRequestError unless the Host header is one of `allowed` (host names compare case-insensitively;
 * the port must be written, as browsers do for any port but 80).
 */
export function checkHost(header: string | undefined, allowed: Set<string>): void {
  const host = header?.trim().toLowerCase() ?? '';
  if (allowed.has(host)) return;
  const first = [...allowed][0] ?? '127.0.0.1';
  const shown = host === '' ? 'no Host header' : `Host "${host.slice(0, 100)}"`;
  throw new MisdirectedRequestError(
    `${shown} is not served here: open http://${first}/ (this server answers only its own loopback address).`,
  );
}
