// cli/pool.ts — a pool of extraction worker threads (`--jobs N`), each file under a time budget.
// Extraction is CPU-bound and synchronous: one thread per core uses every core, and a file whose extraction runs past
// its budget (a pathological input) can only be stopped from outside its thread: its worker is terminated and
// replaced, the file fails with one line naming it, and the other files go on.

import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { EXTRACT_TIME_LIMIT_S } from '../contracts/settings.ts';
import type { DocumentExtraction } from '../ingest/model.ts';

/** What a worker sends back: the extraction itself (ingest), or the formatted line(s) of `extract`, as the UTF-8 bytes
 *  the command writes (a Buffer), each ending with its line break(s). */
export type Output = 'object' | 'json' | 'json+text' | 'summary';

export interface WorkerTask {
  id: number;
  file: string;
}

/** One message to a worker: a few files to extract in order. */
export interface WorkerBatch {
  tasks: WorkerTask[];
  maxBytes?: number;
  output: Output;
}

/** One file's answer. A formatted result (`json`, `summary`) is not in the reply itself: it is the bytes
 *  `[start, end)` of the batch's shared buffer (see BatchReply). */
export type TaskReply =
  | { id: number; ok: true; result?: DocumentExtraction; start?: number; end?: number; warning?: string }
  | { id: number; ok: false; problem: string };

/** What a worker answers for one batch. The formatted outputs of the batch travel as UTF-8 in one buffer whose
 *  memory is handed over to the main thread (transferred, not copied): a batch's JSON lines are several times the
 *  size of its documents, and cloning them as strings cost the worker and the main thread a copy each, and the main
 *  thread an encoding to UTF-8 again when it writes them out. */
export interface BatchReply {
  replies: TaskReply[];
  bytes: ArrayBuffer | null;
}

/** What the worker and the pool share: which file the worker is on and since when (ms after `epoch`), -1 when idle. */
export const PROGRESS_FILE = 0;
export const PROGRESS_SINCE = 1;

export interface WorkerInit {
  progress: Int32Array;
  epoch: number;
}

/** The outcome for one file: never a rejection for a problem of the file itself. */
export type FileResult<R> = { ok: true; result: R; warning?: string } | { ok: false; problem: string };

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** Files below which one more worker does not pay for itself: each worker starts its own Node context (~0.25 s of
 *  CPU) and warms up its own compiled code, and the first documents of a cold thread cost several times what later
 *  ones do. */
export const MIN_FILES_PER_WORKER = 64;

/**
 * Threads for a run when the user did not say (`--jobs` absent): one per core that is free, as `make -l` reads the
 * load average. On a core that other processes keep busy a second worker adds its start-up and warm-up to the CPU
 * the run needs and takes the core's time from the first one (measured on a shared 2-core machine at load ~8: two
 * workers 30 % more CPU and 15 % more wall time than one). Never more than the files can keep busy.
 */
export function autoJobs(files: number, cores = defaultJobs(), load = loadavg()[0]!): number {
  const free = Math.floor(cores - load + 0.5);
  return Math.max(1, Math.min(cores, free, Math.floor(files / MIN_FILES_PER_WORKER)));
}

export interface PoolOptions {
  /** Worker threads (default: one per core). */
  jobs?: number;
  /** Per-file budget in milliseconds, from the moment a worker starts the file. */
  timeLimitMs?: number;
  maxBytes?: number;
  output: Output;
}

interface Job {
  id: number;
  file: string;
  resolve: (r: FileResult<unknown>) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Files sent to this worker and not answered yet, in the order it works through them. */
  jobs: Job[];
  progress: Int32Array;
}

/** V8 flags for a process whose extraction threads leave no core to V8's optimizing compiler. A cold process spends
 *  more CPU compiling the rule stages with TurboFan (on V8's background threads, again in every worker's isolate:
 *  extractWithContext, findCitations, findAgencies and findTitle take 100-300 ms each, several of them recompiled 3-5
 *  times after deoptimizations) than running them. Without inlining and with 4x the default interrupt budget (fewer
 *  functions reach TurboFan, later), that compile work drops by two thirds while the extraction thread itself runs
 *  longer in the lower tiers. Measured in instructions (valgrind, `extract --json` over 1,625 real-size documents;
 *  NOTES.md, speed and memory): --jobs 2 17.6 G → 10.8-12.5 G in all; --jobs 1 11.4 G → 8.9 G in all, but the extraction
 *  thread's own share 4.6 G → 6.0 G. So they apply only when the compiler has no free core to run beside the
 *  extraction threads; otherwise its work is off the critical path and the defaults finish first. */
export const BUSY_CORE_V8_FLAGS = ['--no-turbo-inlining', '--interrupt-budget=270336'];

/** Apply BUSY_CORE_V8_FLAGS when `jobs` extraction threads take every free core (cores less the load average, as in
 *  autoJobs). V8 flags hold for the whole process (every worker thread), so a command calls this before its pool
 *  starts, and only when extraction is what the process is for (`extract`). Returns whether it applied them. */
export function tuneV8ForExtraction(jobs: number, cores = defaultJobs(), load = loadavg()[0]!): boolean {
  if (!noCoreForCompiler(jobs, cores, load)) return false;
  for (const flag of BUSY_CORE_V8_FLAGS) setFlagsFromString(flag);
  return true;
}

/** Whether `jobs` extraction threads take every free core (cores less the load average, rounded as in autoJobs). */
export function noCoreForCompiler(jobs: number, cores: number, load: number): boolean {
  return jobs >= Math.floor(cores - load + 0.5);
}

/** Files per message, and files sent ahead to each worker. Every message between threads costs a wake-up of the
 *  other thread (measured: ~0.2 ms per message on this 2-core machine under load, as much as extracting a small
 *  file), so files go out and results come back a few at a time, and a worker never waits for the main thread. */
const BATCH = 16;
const AHEAD = 2 * BATCH;

/** Set by scripts/build.mjs in the compiled bundle; absent when the TypeScript sources run (vitest, tsx). */
declare const __POLICY_GRAPH_BUNDLE__: boolean | undefined;

/** A new worker: the compiled entry next to the compiled CLI; under tests, which run the TypeScript sources, the source
 *  entry loaded through tsx (registered inside the worker: Node 20 does not carry loader hooks into worker threads). */
function startWorker(init: WorkerInit): Worker {
  if (typeof __POLICY_GRAPH_BUNDLE__ !== 'undefined')
    return new Worker(new URL('../dist/cli/extract-worker.js', import.meta.url), { workerData: init });
  // The ES module build of tsx's API (require.resolve would give the CommonJS one).
  const tsx = pathToFileURL(
    path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
  ).href;
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`,
    {
      eval: true,
      execArgv: [],
      workerData: init,
    },
  );
}

/** A worker that dies this many times before it ever got ready means the entry itself is broken: stop retrying. */
const MAX_START_FAILURES = 3;

export class ExtractPool<R = unknown> {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly timeLimitMs: number;
  private readonly epoch = Date.now();
  private watchdog: NodeJS.Timeout | null = null;
  private nextId = 0;
  private startFailures = 0;
  private closed = false;
  private brokenReason: string | null = null;
  readonly jobs: number;

  constructor(private readonly options: PoolOptions) {
    this.jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
    this.timeLimitMs = options.timeLimitMs ?? EXTRACT_TIME_LIMIT_S * 1000;
    // Workers start lazily (a run of one file starts one).
  }

  /** Extract one file; resolves with its result or its problem, in whatever order files finish. */
  submit(file: string): Promise<FileResult<R>> {
    if (this.closed) return Promise.resolve({ ok: false, problem: 'extraction pool closed' });
    if (this.brokenReason) return Promise.resolve({ ok: false, problem: this.brokenReason });
    return new Promise<FileResult<R>>((resolve) => {
      this.queue.push({ id: this.nextId++, file, resolve: resolve as (r: FileResult<unknown>) => void });
      if (
        this.slots.length < this.jobs &&
        this.slots.filter((s) => s.jobs.length === 0).length * BATCH < this.queue.length
      )
        this.spawn();
      this.dispatch();
    });
  }

  /** Stop every worker (pending files fail). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.watchdog) clearInterval(this.watchdog);
    for (const job of this.queue.splice(0)) job.resolve({ ok: false, problem: 'extraction pool closed' });
    await Promise.all(
      this.slots.splice(0).map((s) => {
        for (const job of s.jobs.splice(0)) job.resolve({ ok: false, problem: 'extraction pool closed' });
        return s.worker.terminate();
      }),
    );
  }

  private spawn(): void {
    const progress = new Int32Array(new SharedArrayBuffer(8));
    progress[PROGRESS_FILE] = -1;
    const worker = startWorker({ progress, epoch: this.epoch });
    const slot: Slot = { worker, ready: false, jobs: [], progress };
    this.slots.push(slot);
    worker.on('message', (msg: BatchReply | { ready: true }) => {
      if (!('replies' in msg)) {
        slot.ready = true;
        this.startFailures = 0;
        this.dispatch();
        return;
      }
      const bytes = msg.bytes ? Buffer.from(msg.bytes) : null;
      for (const reply of msg.replies) {
        if (slot.jobs[0]?.id !== reply.id) continue;
        if (!reply.ok) {
          slot.jobs.shift()!.resolve({ ok: false, problem: reply.problem });
          continue;
        }
        const result = reply.result ?? bytes!.subarray(reply.start, reply.end);
        slot.jobs.shift()!.resolve({ ok: true, result, warning: reply.warning });
      }
      this.dispatch();
    });
    worker.on('error', (err) => this.lost(slot, `extraction failed: ${err.message}`));
    worker.on('exit', (code) => this.lost(slot, `extraction worker exited (code ${code})`));
    // The budget is watched from here: a worker stuck in synchronous code cannot say anything itself.
    this.watchdog ??= setInterval(() => this.watch(), Math.min(250, Math.max(1, this.timeLimitMs / 4)));
  }

  /** Take a worker out of the pool: the file it is on gets `problem`; the files sent after it go back to the queue
   *  (those it finished but had not reported yet are extracted again: extraction is deterministic). */
  private retire(slot: Slot, problem: string): void {
    this.slots.splice(this.slots.indexOf(slot), 1);
    const on = Atomics.load(slot.progress, PROGRESS_FILE);
    const i = Math.max(
      0,
      slot.jobs.findIndex((j) => j.id === on),
    );
    const [failed] = slot.jobs.splice(i, 1);
    failed?.resolve({ ok: false, problem });
    this.queue.unshift(...slot.jobs.splice(0));
    if (!this.closed && this.queue.length > 0) this.spawn();
    if (this.slots.length === 0 && this.watchdog) {
      clearInterval(this.watchdog);
      this.watchdog = null;
    }
  }

  /** A worker died (an uncaught error, out of memory): its file fails, a new worker takes its place. */
  private lost(slot: Slot, problem: string): void {
    if (!this.slots.includes(slot)) return; // already retired (time limit) or closed
    if (slot.jobs.length === 0 && !slot.ready && ++this.startFailures >= MAX_START_FAILURES) {
      this.slots.splice(this.slots.indexOf(slot), 1);
      this.brokenReason = `cannot start an extraction worker (${problem})`;
      for (const job of this.queue.splice(0)) job.resolve({ ok: false, problem: this.brokenReason });
      return;
    }
    this.retire(slot, problem);
  }

  /** Stop the worker of any file past its budget (the only way to interrupt synchronous code) and replace it. */
  private watch(): void {
    const now = Date.now() - this.epoch;
    for (const slot of [...this.slots]) {
      if (Atomics.load(slot.progress, PROGRESS_FILE) < 0) continue;
      if (now - Atomics.load(slot.progress, PROGRESS_SINCE) <= this.timeLimitMs) continue;
      this.retire(
        slot,
        `extraction took longer than ${this.timeLimitMs / 1000} s and was stopped (time limit; --time-limit S raises it)`,
      );
      void slot.worker.terminate();
    }
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.ready && slot.jobs.length < AHEAD && this.queue.length > 0) {
        const batch = this.queue.splice(0, Math.min(BATCH, AHEAD - slot.jobs.length));
        slot.jobs.push(...batch);
        const message: WorkerBatch = {
          tasks: batch.map((j) => ({ id: j.id, file: j.file })),
          maxBytes: this.options.maxBytes,
          output: this.options.output,
        };
        slot.worker.postMessage(message);
      }
    }
  }
}

/** Parse a --jobs value: a whole number ≥ 1. */
export function parseJobs(v: string | undefined): number | string {
  const n = Number(v);
  if (!v || !Number.isInteger(n) || n < 1) return `--jobs expects a whole number ≥ 1, got "${v ?? ''}"`;
  return n;
}

/** Parse a --time-limit value: seconds > 0 (fractions allowed). */
export function parseTimeLimit(v: string | undefined): number | string {
  const n = Number(v);
  if (!v || !Number.isFinite(n) || n <= 0) return `--time-limit expects a number of seconds > 0, got "${v ?? ''}"`;
  return n;
}

/**
 * Extract `files` through a pool and hand each result to `each` in input order, with at most a window of files in
 * flight (memory stays flat however many files there are). Returns the number of failed files.
 */
export async function extractInOrder<R>(
  files: string[],
  options: PoolOptions,
  each: (file: string, r: FileResult<R>, index: number) => void | Promise<void>,
): Promise<void> {
  const pool = new ExtractPool<R>(options);
  // Enough files submitted ahead for every worker to hold its batches, so none waits for this loop.
  const window = pool.jobs * AHEAD * 2;
  const inFlight: Promise<FileResult<R>>[] = [];
  let next = 0;
  const fill = () => {
    while (next < files.length && inFlight.length < window) inFlight.push(pool.submit(files[next++]!));
  };
  try {
    fill();
    for (let i = 0; i < files.length; i++) {
      const r = await inFlight.shift()!;
      fill();
      await each(files[i]!, r, i);
    }
  } finally {
    await pool.close();
  }
}
