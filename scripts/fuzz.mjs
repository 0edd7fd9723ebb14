// scripts/fuzz.mjs — `npm run fuzz`: extraction over N generated inputs (default 100,000), in process, on the compiled
// pipeline (dist/cli/extract.js, rebuilt first when a source changed). Fails (exit 1) on any exception, any bad span
// (start > end, outside the text, or text.slice(start, end) differing from its text or quote), or any input slower
// than 50× the median time per KB. Inputs: strings of the language's tokens, real documents cut, spliced and mutated,
// documents saved on one line, and long runs of one character class (the inputs that once backtracked for minutes).
// Deterministic for a given --seed; the slowest inputs are written to bench/out/fuzz-slowest-*.txt to look at.
//
// usage: node scripts/fuzz.mjs [--n N] [--seed S] [--max-ratio R]

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGE_TOKENS as TOKENS, readSamples } from '../testkit/language-pieces.mjs';
import { rng } from '../benchmarks/rng.mjs';
import { build, isStale, ROOT } from './build.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i === -1 ? def : Number(args[i + 1]);
};
const N = opt('--n', 100_000);
const SEED = opt('--seed', 1);
const MAX_RATIO = opt('--max-ratio', 50);

if (isStale()) await build();
const { extractText } = await import(path.join(ROOT, 'dist/cli/extract.js'));

const REAL = readSamples(ROOT);

/** Characters runs are made of: separators, CJK, blanks, brackets. */
const RUN_CHARS = ['甲', '市', '、', '，', ' ', '\t', '　', '《', '》', '〔', '|', ':', '0', '号', '\n', '的'];

/** Each input has its own PRNG (seeded by the run's seed and its index): input k can be made again alone. */
let rand = rng(SEED);
const int = (n) => Math.floor(rand() * n);
const pick = (xs) => xs[int(xs.length)];

function randomString(max) {
  let s = '';
  const n = int(max);
  for (let i = 0; i < n; i++) s += String.fromCharCode(int(4) === 0 ? int(0x80) : 0x4e00 + int(0x5200));
  return s;
}

function generate(k) {
  rand = rng(SEED * 1_000_003 + k);
  const kind = k % 10;
  if (kind <= 2) {
    // Strings of tokens and random characters.
    const parts = [];
    const n = int(150);
    for (let i = 0; i < n; i++) parts.push(int(3) === 0 ? randomString(6) : pick(TOKENS));
    return parts.join('');
  }
  const a = pick(REAL);
  const b = pick(REAL);
  const p = int(a.length + 1);
  switch (kind) {
    case 3:
      return a.slice(0, p);
    case 4:
      return a.slice(0, p) + b.slice(int(b.length + 1));
    case 5:
      return a.slice(0, p) + pick(TOKENS).repeat(1 + int(8)) + a.slice(p);
    case 6:
      return a.slice(0, p) + a.slice(Math.min(a.length, p + 1 + int(60)));
    case 7:
      // Saved on one line (joined by a blank, nothing, or a table bar).
      return a.replace(/\n/g, pick([' ', '', ' | ', '　']));
    case 8:
      // Many small mutations.
      return a.replace(/[，。、：]/g, (c) => (int(5) === 0 ? pick(TOKENS) : c));
    default: {
      // A long run of one or two characters (up to 64 K) inside a document or alone.
      const run = (pick(RUN_CHARS) + (int(2) ? pick(RUN_CHARS) : '')).repeat(1 + int(32 * 1024));
      return int(2) ? a.slice(0, p) + pick(TOKENS) + run + a.slice(p) : pick(TOKENS) + run;
    }
  }
}

function mentions(x) {
  return [
    ...x.citations.flatMap((c) => [...c.spans, ...(c.relationEvidence ? [c.relationEvidence] : [])]),
    ...x.agencies.flatMap((a) => a.spans),
    ...x.programs.flatMap((p) => p.spans),
    ...(x.respondsTo?.evidence ? [x.respondsTo.evidence] : []),
    ...(x.lifecycle?.effective ? [x.lifecycle.effective] : []),
    ...(x.lifecycle?.expiry ? [x.lifecycle.expiry] : []),
  ];
}

function badSpan(text, m) {
  if (!(m.start >= 0 && m.start <= m.end && m.end <= text.length))
    return `span [${m.start}, ${m.end}) out of order or outside the text`;
  if (text.slice(m.start, m.end) !== m.text)
    return `text.slice(${m.start}, ${m.end}) is not its text ${JSON.stringify(m.text)}`;
  if (!(m.quoteStart <= m.start && m.quoteEnd >= m.end))
    return `quote [${m.quoteStart}, ${m.quoteEnd}) does not hold the span`;
  if (text.slice(m.quoteStart, m.quoteEnd) !== m.quote) return `text.slice(quoteStart, quoteEnd) is not its quote`;
  return null;
}

function timeOnce(text) {
  const t0 = process.hrtime.bigint();
  const x = extractText(text);
  return { x, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}

// Warm up on the real documents, so the first inputs do not measure the JIT.
for (let r = 0; r < 3; r++) for (const d of REAL) extractText(d);

const perKb = new Float64Array(N);
const sizes = new Float64Array(N);
const failures = [];
let exceptions = 0;
let badSpans = 0;
let totalBytes = 0;
const started = performance.now();
for (let k = 0; k < N; k++) {
  const text = generate(k);
  const kb = Math.max(1, Buffer.byteLength(text) / 1024);
  sizes[k] = kb;
  totalBytes += Buffer.byteLength(text);
  let result;
  try {
    result = timeOnce(text);
  } catch (err) {
    exceptions++;
    if (failures.length < 20)
      failures.push({ k, problem: `exception: ${err instanceof Error ? err.stack : String(err)}`, text });
    continue;
  }
  perKb[k] = result.ms / kb;
  for (const m of mentions(result.x)) {
    const bad = badSpan(text, m);
    if (bad) {
      badSpans++;
      if (failures.length < 20) failures.push({ k, problem: `bad span: ${bad}`, text });
      break;
    }
  }
  if ((k + 1) % 10_000 === 0)
    process.stderr.write(`fuzz: ${k + 1}/${N} inputs, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}

// Time per KB against the median; an outlier is timed four more times (a GC pause or another process is not the input's
// fault) and keeps its fastest time.
const sorted = Float64Array.from(perKb).sort();
const median = sorted[Math.floor(N / 2)];
const slow = [];
for (let k = 0; k < N; k++) {
  if (perKb[k] <= median * MAX_RATIO) continue;
  const text = generate(k);
  let best = perKb[k];
  for (let r = 0; r < 4; r++) best = Math.min(best, timeOnce(text).ms / sizes[k]);
  perKb[k] = best;
  if (best > median * MAX_RATIO) slow.push({ k, ratio: best / median, text });
}
const worst = Float64Array.from(perKb).sort()[N - 1];
/** The three slowest inputs per KB, over the bar or not: where to look next. */
const slowest = [...perKb.keys()].sort((a, b) => perKb[b] - perKb[a]).slice(0, 3);
const seconds = (performance.now() - started) / 1000;

mkdirSync(path.join(ROOT, 'bench/out'), { recursive: true });
for (const [i, s] of slow
  .sort((a, b) => b.ratio - a.ratio)
  .slice(0, 5)
  .entries())
  writeFileSync(path.join(ROOT, `bench/out/fuzz-slowest-${i + 1}.txt`), s.text);
for (const [i, f] of failures.slice(0, 5).entries())
  writeFileSync(path.join(ROOT, `bench/out/fuzz-failure-${i + 1}.txt`), f.text);

const lines = [
  `fuzz: ${N} generated inputs (seed ${SEED}), ${(totalBytes / 1024 / 1024).toFixed(1)} MB, in ${seconds.toFixed(0)} s`,
  `  exceptions: ${exceptions}`,
  `  bad spans: ${badSpans}`,
  `  time per KB (inputs under 1 KB count as 1 KB): median ${(median * 1000).toFixed(1)} µs/KB, slowest ${(worst / median).toFixed(1)}× the median (bar ${MAX_RATIO}×); inputs over the bar: ${slow.length}`,
  ...failures.slice(0, 5).map((f) => `  input ${f.k}: ${f.problem.split('\n').slice(0, 4).join(' | ')}`),
  `  slowest per KB: ${slowest.map((k) => `input ${k} (kind ${k % 10}, ${sizes[k].toFixed(1)} KB) ${(perKb[k] / median).toFixed(1)}×`).join(', ')}`,
  ...slow
    .slice(0, 5)
    .map(
      (s) =>
        `  input ${s.k}: ${s.ratio.toFixed(0)}× the median per KB (${(Buffer.byteLength(s.text) / 1024).toFixed(1)} KB)`,
    ),
];
const ok = exceptions === 0 && badSpans === 0 && slow.length === 0;
lines.push(ok ? 'fuzz: PASS' : 'fuzz: FAIL (inputs written to bench/out/fuzz-*.txt)');
process.stdout.write(lines.join('\n') + '\n');
process.exitCode = ok ? 0 : 1;
