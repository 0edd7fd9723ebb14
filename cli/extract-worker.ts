// cli/extract-worker.ts — one extraction thread of the worker pool (cli/pool.ts): reads, decodes and extracts the
// files of each message in order and answers with their results in one message. `extract` gets its output lines
// already formatted, so only strings cross the thread boundary; `ingest` gets the DocumentExtraction itself.
// Everything here is synchronous: the thread has nothing else to do, and each asynchronous read would hand the
// work to libuv's thread pool and wait for it to come back. Before each file it records which file and since when
// in memory shared with the pool, whose watchdog stops the thread when a file runs past its budget.

import { parentPort, workerData } from 'node:worker_threads';
import { extractText } from '../ingest/extract.ts';
import { InputError, readDocumentFileSync } from '../ingest/read.ts';
import { summarize, toJsonLine } from './output.ts';
import { PROGRESS_FILE, PROGRESS_SINCE, type Output, type TaskReply, type WorkerBatch, type WorkerInit } from './pool.ts';

const port = parentPort;
if (!port) throw new Error('cli/extract-worker.ts runs as a worker thread of cli/pool.ts');
const { progress, epoch } = workerData as WorkerInit;

port.on('message', (batch: WorkerBatch) => {
  const replies: TaskReply[] = [];
  for (const task of batch.tasks) {
    Atomics.store(progress, PROGRESS_SINCE, Date.now() - epoch);
    Atomics.store(progress, PROGRESS_FILE, task.id);
    replies.push(handle(task.id, task.file, batch.maxBytes, batch.output));
  }
  Atomics.store(progress, PROGRESS_FILE, -1);
  port.postMessage(replies);
});

function handle(id: number, file: string, maxBytes: number | undefined, output: Output): TaskReply {
  try {
    const decoded = readDocumentFileSync(file, { maxBytes });
    let x;
    try {
      x = extractText(decoded.text, { file, encoding: decoded.encoding });
    } catch (err) {
      // A bug in a rule must not take the batch down; say which error (the pool names the file).
      return { id, ok: false, problem: `extraction failed: ${err instanceof Error ? err.message : String(err)}` };
    }
    const result = output === 'object' ? x : output === 'summary' ? summarize(x) + '\n' : toJsonLine(x, output === 'json+text');
    return decoded.warning ? { id, ok: true, result, warning: decoded.warning } : { id, ok: true, result };
  } catch (err) {
    const problem = err instanceof InputError ? err.problem : err instanceof Error ? err.message : String(err);
    return { id, ok: false, problem };
  }
}

port.postMessage({ ready: true });
