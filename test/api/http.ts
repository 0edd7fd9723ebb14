// test/api/http.ts — raw HTTP requests for the API tests.
// node:http sends the path byte for byte (fetch would normalize `../` and `%2e%2e` away before the server sees them).
import { request } from 'node:http';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** Parsed body when the server answered JSON. */
  json: unknown;
}

export function rawGet(
  baseUrl: string,
  rawPath: string,
  method = 'GET',
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    // `setHost: false` when the test writes its own Host header (node:http would add one more otherwise).
    const setHost = !Object.keys(headers).some((h) => h.toLowerCase() === 'host');
    const req = request({ host: hostname, port: Number(port), path: rawPath, method, headers, setHost }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        if (String(res.headers['content-type'] ?? '').startsWith('application/json')) json = JSON.parse(body);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** GET an API path with query parameters (values percent-encoded here, as a browser would). */
export function apiGet(baseUrl: string, path: string, params: Record<string, string> = {}): Promise<RawAnswer> {
  const qs = new URLSearchParams(params).toString();
  return rawGet(baseUrl, `${path}${qs ? `?${qs}` : ''}`);
}

export function seg(id: string): string {
  return encodeURIComponent(id);
}

/** GET an API path that must answer 200; its parsed JSON (the failure message shows the start of the body). */
export async function okJson<T>(baseUrl: string, path: string, params: Record<string, string> = {}): Promise<T> {
  const res = await apiGet(baseUrl, path, params);
  expect(res.status, `${path} ${JSON.stringify(params)} → ${res.body.slice(0, 300)}`).toBe(200);
  return res.json as T;
}
