// bench/naive-peer.mjs — the naive peer of the speed benchmark (npm run bench), copied unchanged below this header
// from the project's shared tools (naive_peer.mjs) so the project runs without them. It is not policy-graph: it reads
// every .txt of a folder and finds 《…》 titles and document numbers with two regexes — the floor of what any
// extractor must spend reading the same files. The benchmark times it as a separate cold process, like the CLI.

// A naive peer for speed comparisons: read every .txt in a folder, find 《…》 titles and document numbers
// with two regexes, print one JSON line per file. Usage: node naive_peer.mjs DIR > out.jsonl
import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
let bytes = 0,
  _n = 0;
const t0 = performance.now();
const out = [];
for (const f of files) {
  const buf = readFileSync(dir + '/' + f);
  bytes += buf.length;
  const t = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  const titles = [...t.matchAll(/《([^《》\n]{2,120})》/g)].map((m) => [m[1], m.index]);
  const nums = [...t.matchAll(/([\u4e00-\u9fa5]{2,8})[〔[［(（【](\d{4})[〕\]］)）】]第?(\d{1,4})号/g)].map((m) => [
    m[0],
    m.index,
  ]);
  out.push(JSON.stringify({ file: f, titles, nums }));
}
process.stdout.write(out.join('\n') + '\n');
const s = (performance.now() - t0) / 1000;
console.error(
  `naive: ${files.length} files ${(bytes / 1e6).toFixed(1)} MB in ${s.toFixed(2)} s = ${(bytes / 1e6 / s).toFixed(1)} MB/s`,
);
