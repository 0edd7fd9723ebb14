// crawl/names.ts — where a fetched page is saved: pages/<host>/<path>, as a mirroring tool lays a site out, so the
// directory can be read (and imported again) as a saved site.

import { createHash } from 'node:crypto';
import { posix } from 'node:path';

/** Characters kept in a saved file's path segment; others become `_` (Windows-reserved and control characters). */
const UNSAFE = /[^A-Za-z0-9._\-\u3400-\u9fff]/g;

/** The saved page's path relative to the pages directory. */
export function savedPathOf(url: string): string {
  const u = new URL(url);
  const host = u.port ? `${u.hostname}_${u.port}` : u.hostname;
  let segments = u.pathname.split('/').map((s) => {
    let d = s;
    try {
      d = decodeURIComponent(s);
    } catch {
      /* keep it encoded */
    }
    return d.replace(UNSAFE, '_');
  });
  segments = segments.filter((s) => s !== '' && s !== '.' && s !== '..');
  if (u.pathname.endsWith('/') || segments.length === 0) segments.push('index.html');
  let name = segments.pop()!;
  if (!/\.(?:s?html?|xhtml)$/i.test(name)) name += '.html';
  if (u.search) {
    const hash = createHash('sha1').update(u.search).digest('hex').slice(0, 10);
    name = name.replace(/(\.[A-Za-z]+)$/, `_q${hash}$1`);
  }
  return posix.join(host, ...segments, name);
}
