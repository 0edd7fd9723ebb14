// cli/pool.ts — a pool of extraction worker threads (`--jobs N`), each file under a time budget.
// Extraction is CPU-bound and synchronous: one thread per core uses every core, and a file whose extraction runs past
// its budget (a pathological input) can only be stopped from outside its thread: its worker is terminated and
// replaced, the file fails with one line naming it, and the other files go on.

import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentExtraction } from '../ingest/model.ts';

/** What a worker sends back: the extraction itself (ingest), or the formatted line(s) of `extract`. */
export type Output = 'object' | 'json' | 'json+text' | 'summary';

export interface WorkerTask {
  id: number;
  file: string;
  maxBytes?: number;
  output: Output;
}

export type TaskReply = { id: number; ok: true; result: string | DocumentExtraction } | { id: number; ok: false; problem: string };

/** The outcome for one file: never a rejection for a problem of the file itself. */
export type FileResult<R> = { ok: true; result: R } | { ok: false; problem: string };

/** Seconds one file may take by default; generous for any real document (the largest samples take milliseconds). */
export const DEFAULT_TIME_LIMIT_S = 20;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
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
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

/** Set by scripts/build.mjs in the compiled bundle; absent when the TypeScript sources run (vitest, tsx). */
declare const __POLICY_GRAPH_BUNDLE__: boolean | undefined;

/** A new worker: the compiled entry next to the compiled CLI; under tests, which run the TypeScript sources, the source
 *  entry loaded through tsx (registered inside the worker: Node 20 does not carry loader hooks into worker threads). */
function startWorker(): Worker {
  if (typeof __POLICY_GRAPH_BUNDLE__ !== 'undefined') return new Worker(new URL('../dist/cli/extract-worker.js', import.meta.url), { execArgv: [] });
  // The ES module build of tsx's API (require.resolve would give the CommonJS one).
  const tsx = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, { eval: true, execArgv: [] });
}

/** A worker that dies this many times before it ever got ready means the entry itself is broken: stop retrying. */
const MAX_START_FAILURES = 3;

export class ExtractPool<R = unknown> {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly timeLimitMs: number;
  private nextId = 0;
  private startFailures = 0;
  private closed = false;
  private brokenReason: string | null = null;
  readonly jobs: number;

  constructor(private readonly options: PoolOptions) {
    this.jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
    this.timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_S * 1000;
    // Workers start lazily (a run of one file starts one).
  }

  /** Extract one file; resolves with its result or its problem, in whatever order files finish. */
  submit(file: string): Promise<FileResult<R>> {
    if (this.closed) return Promise.resolve({ ok: false, problem: 'extraction pool closed' });
    if (this.brokenReason) return Promise.resolve({ ok: false, problem: this.brokenReason });
    return new Promise<FileResult<R>>((resolve) => {
      this.queue.push({ id: this.nextId++, file, resolve: resolve as (r: FileResult<unknown>) => void });
      if (this.slots.length < this.jobs && this.slots.filter((s) => !s.job).length < this.queue.length) this.spawn();
      this.dispatch();
    });
  }

  /** Stop every worker (pending files fail). */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve({ ok: false, problem: 'extraction pool closed' });
    await Promise.all(
      this.slots.splice(0).map((s) => {
        if (s.timer) clearTimeout(s.timer);
        if (s.job) s.job.resolve({ ok: false, problem: 'extraction pool closed' });
        return s.worker.terminate();
      }),
    );
  }

  private spawn(): void {
    const worker = startWorker();
    const slot: Slot = { worker, ready: false, job: null, timer: null };
    this.slots.push(slot);
    worker.on('message', (msg: TaskReply | { ready: true }) => {
      if ('ready' in msg) {
        slot.ready = true;
        this.startFailures = 0;
        this.dispatch();
        return;
      }
      const job = slot.job;
      if (!job || job.id !== msg.id) return;
      this.finish(slot, msg.ok ? { ok: true, result: msg.result } : { ok: false, problem: msg.problem });
      this.dispatch();
    });
    worker.on('error', (err) => this.lost(slot, `extraction failed: ${err.message}`));
    worker.on('exit', (code) => this.lost(slot, `extraction worker exited (code ${code})`));
  }

  /** A worker died (an uncaught error, out of memory): its file fails, a new worker takes its place. */
  private lost(slot: Slot, problem: string): void {
    const i = this.slots.indexOf(slot);
    if (i === -1) return; // already replaced (terminated for the time limit, or closed)
    this.slots.splice(i, 1);
    if (slot.job) this.finish(slot, { ok: false, problem });
    else if (!slot.ready && ++this.startFailures >= MAX_START_FAILURES) {
      this.brokenReason = `cannot start an extraction worker (${problem})`;
      for (const job of this.queue.splice(0)) job.resolve({ ok: false, problem: this.brokenReason });
      return;
    }
    if (!this.closed && this.queue.length > 0) this.spawn();
  }

  private finish(slot: Slot, result: FileResult<unknown>): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.job!;
    slot.job = null;
    job.resolve(result);
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.job) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      const task: WorkerTask = { id: job.id, file: job.file, maxBytes: this.options.maxBytes, output: this.options.output };
      slot.timer = setTimeout(() => this.overrun(slot), this.timeLimitMs);
      slot.worker.postMessage(task);
    }
  }

  /** The file ran past its budget: stop its worker (the only way to interrupt synchronous code) and replace it. */
  private overrun(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i === -1 || !slot.job) return;
    this.slots.splice(i, 1);
    const seconds = this.timeLimitMs / 1000;
    this.finish(slot, { ok: false, problem: `extraction took longer than ${seconds} s and was stopped (time limit; --time-limit S raises it)` });
    void slot.worker.terminate();
    if (!this.closed && this.queue.length > 0) this.spawn();
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
  const window = pool.jobs * 8;
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
