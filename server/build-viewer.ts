// server/build-viewer.ts — build the viewer (vite build → dist/viewer) when it is missing or older than its sources.
// Used by `serve` and `start` so a fresh clone serves a working page without a separate build step.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VIEWER_SOURCES = [
  path.join(ROOT, 'viewer'),
  // What the viewer imports from outside viewer/: the contracts and the legal levels' names.
  path.join(ROOT, 'contracts'),
  path.join(ROOT, 'ingest', 'data', 'legal-levels.json'),
  path.join(ROOT, 'vite.config.ts'),
];
export const VIEWER_DIST = path.join(ROOT, 'dist', 'viewer');

async function newestMtime(p: string): Promise<number> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(p);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(p)) newest = Math.max(newest, await newestMtime(path.join(p, entry)));
  return newest;
}

/** Why the viewer needs a build, or null when dist/viewer is up to date. */
export async function viewerBuildReason(): Promise<string | null> {
  let built: number;
  try {
    built = (await stat(path.join(VIEWER_DIST, 'index.html'))).mtimeMs;
  } catch {
    return 'dist/viewer is missing';
  }
  let newest = 0;
  for (const src of VIEWER_SOURCES) newest = Math.max(newest, await newestMtime(src));
  return newest > built ? 'viewer sources changed since the last build' : null;
}

/** Run `vite build` in-process when needed; reports on stderr. Returns true when it built. */
export async function ensureViewerBuilt(
  log: (line: string) => void = (l) => process.stderr.write(l + '\n'),
): Promise<boolean> {
  const reason = await viewerBuildReason();
  if (!reason) return false;
  log(`Building the viewer (${reason}) …`);
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  log(`Viewer built in ${((Date.now() - started) / 1000).toFixed(1)} s → dist/viewer`);
  return true;
}
