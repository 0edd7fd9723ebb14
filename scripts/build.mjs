// scripts/build.mjs — compile the TypeScript command line to JavaScript in dist/ (esbuild), so that running a
// command loads plain JavaScript instead of compiling TypeScript at every start.
//
// `npm install` / `npm ci` run it (the `prepare` script), `npm test` runs it first (`pretest`), and
// bin/policy-graph.js runs it again when a source file changed since the last build (isStale below), so an edited
// rule is never measured through a stale build.
//
// Entry points: the CLI (dist/cli/main.js, with one chunk per command so `extract` does not load the graph, the
// server or the benchmarks), the extraction worker (dist/cli/extract-worker.js, started by the worker pool) and the
// extraction pipeline for scripts (dist/cli/extract.js).
// Packages stay in node_modules (not bundled).
//
// `import.meta.url` in a source file is replaced by that file's own URL in the source tree, so every path computed
// from it (data files under ingest/data, the project root for .neo4j and dist/viewer, samples/…) means in the
// build exactly what it means in the sources, whatever chunk the code lands in.

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = path.join(ROOT, 'dist', 'cli');
/** What the last build read: every input file and its mtime. */
export const MANIFEST = path.join(OUT_DIR, 'inputs.json');
export const ENTRIES = {
  main: path.join(ROOT, 'cli', 'main.ts'),
  'extract-worker': path.join(ROOT, 'cli', 'extract-worker.ts'),
  // The pipeline itself, for scripts that extract in process (scripts/fuzz.mjs, in-process benchmark lines).
  extract: path.join(ROOT, 'ingest', 'extract.ts'),
};

/** esbuild plugin: each source file's `import.meta.url` becomes the URL of that file in the source tree. */
const sourceUrls = {
  name: 'source-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      let contents = readFileSync(args.path, 'utf8');
      if (contents.includes('import.meta.url')) {
        contents = contents.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
      }
      return { contents, loader: 'ts' };
    });
  },
};

/** Build dist/cli. Returns the number of input files. */
export async function build({ quiet = false } = {}) {
  const esbuild = await import('esbuild');
  const t0 = performance.now();
  const result = await esbuild.build({
    entryPoints: ENTRIES,
    outdir: OUT_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    define: { __POLICY_GRAPH_BUNDLE__: 'true' },
    plugins: [sourceUrls],
    metafile: true,
    sourcemap: 'linked',
    write: false,
    logLevel: 'warning',
    // A bundle of ES modules that imports CommonJS packages by name works as is; no require shim needed.
  });
  // Each file is written whole under a temporary name and renamed into place, so a command starting while another
  // rebuilds never imports a half-written file. Chunks are named by content hash: a rebuild adds its new chunks
  // next to the old ones, which a running command may still load; chunks no build has written for an hour go.
  mkdirSync(OUT_DIR, { recursive: true });
  const written = new Set();
  for (const file of result.outputFiles) {
    const tmp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(tmp, file.contents);
    renameSync(tmp, file.path);
    written.add(path.basename(file.path));
  }
  const hourAgo = Date.now() - 3600_000;
  for (const name of readdirSync(OUT_DIR)) {
    if (written.has(name) || name === path.basename(MANIFEST)) continue;
    try {
      if (statSync(path.join(OUT_DIR, name)).mtimeMs < hourAgo) rmSync(path.join(OUT_DIR, name), { force: true });
    } catch {
      /* removed meanwhile */
    }
  }
  const inputs = {};
  for (const rel of Object.keys(result.metafile.inputs)) {
    const abs = path.resolve(ROOT, rel);
    inputs[path.relative(ROOT, abs)] = statSync(abs).mtimeMs;
  }
  writeFileSync(`${MANIFEST}.${process.pid}.tmp`, JSON.stringify({ inputs }) + '\n');
  renameSync(`${MANIFEST}.${process.pid}.tmp`, MANIFEST);
  if (!quiet) {
    process.stderr.write(
      `policy-graph: built dist/cli from ${Object.keys(inputs).length} files in ${(performance.now() - t0).toFixed(0)} ms\n`,
    );
  }
  return Object.keys(inputs).length;
}

/** True when dist/cli is missing or any file it was built from changed (or vanished) since. A stat per input
 *  (~100 files): about a millisecond. New files are always reached through an import of a changed file. */
export function isStale() {
  if (Object.keys(ENTRIES).some((name) => !existsSync(path.join(OUT_DIR, `${name}.js`)))) return true;
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return true;
  }
  for (const [rel, mtime] of Object.entries(manifest.inputs)) {
    try {
      if (statSync(path.join(ROOT, rel)).mtimeMs !== mtime) return true;
    } catch {
      return true;
    }
  }
  return false;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const onlyIfStale = process.argv.includes('--if-stale');
  if (!onlyIfStale || isStale()) await build();
}
