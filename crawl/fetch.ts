// crawl/fetch.ts — one HTTP request with Node's built-in fetch: a time limit on the whole exchange, conditional
// headers from the last visit, redirects returned (not followed: the crawler checks each hop against its allowed hosts
// and robots.txt), the body read up to a size limit.

import { USER_AGENT } from './settings.ts';

export type FetchOutcome =
  | {
      kind: 'ok';
      status: number;
      bytes: Uint8Array;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    }
  | { kind: 'not-modified'; status: 304 }
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'http-error'; status: number; retryable: boolean }
  | { kind: 'error'; reason: string; retryable: boolean };

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  /** From the last visit: sent as If-None-Match / If-Modified-Since. */
  etag?: string | null;
  lastModified?: string | null;
}

/** Status codes worth another try later: the server's trouble, not the page's. */
function retryableStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

export async function fetchOnce(url: string, options: FetchOptions): Promise<FetchOutcome> {
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const res = await fetch(url, { headers, redirect: 'manual', signal });
    if (res.status === 304) {
      await res.body?.cancel();
      return { kind: 'not-modified', status: 304 };
    }
    if (res.status >= 300 && res.status < 400) {
      await res.body?.cancel();
      const location = res.headers.get('location');
      if (!location) return { kind: 'http-error', status: res.status, retryable: false };
      return { kind: 'redirect', status: res.status, location: new URL(location, url).href };
    }
    if (res.status < 200 || res.status >= 300) {
      await res.body?.cancel();
      return { kind: 'http-error', status: res.status, retryable: retryableStatus(res.status) };
    }
    const bytes = await readCapped(res, options.maxBytes);
    if (!bytes) return { kind: 'error', reason: `larger than ${options.maxBytes} bytes`, retryable: false };
    return {
      kind: 'ok',
      status: res.status,
      bytes,
      contentType: res.headers.get('content-type'),
      etag: res.headers.get('etag'),
      lastModified: res.headers.get('last-modified'),
    };
  } catch (err) {
    if (signal.aborted)
      return { kind: 'error', reason: `timed out after ${options.timeoutMs / 1000} s`, retryable: true };
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    return {
      kind: 'error',
      reason: `network error: ${cause?.code ?? cause?.message ?? (err as Error).message}`,
      retryable: true,
    };
  }
}

/** The body, or null when it passes maxBytes (the rest is not read). */
async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!res.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
