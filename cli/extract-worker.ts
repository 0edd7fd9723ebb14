// cli/extract-worker.ts — one extraction thread of the worker pool (cli/pool.ts): reads, decodes and extracts the
// files of each message in order and answers with their results in one message. `extract` gets its output lines
// already formatted and encoded, in one transferred buffer per batch; `ingest` gets the DocumentExtraction itself.
// Everything here is synchronous: the thread has nothing else to do, and each asynchronous read would hand the
// work to libuv's thread pool and wait for it to come back. Before each file it records which file and since when
// in memory shared with the pool, whose watchdog stops the thread when a file runs past its budget.

import { parentPort, type TransferListItem, workerData } from 'node:worker_threads';
import { extractText } from '../ingest/extract.ts';
import { InputError, readDocumentFileSync } from '../ingest/read.ts';
import { summarize, toJsonLine } from './output.ts';
import {
  type BatchReply,
  PROGRESS_FILE,
  PROGRESS_SINCE,
  type Output,
  type TaskReply,
  type WorkerBatch,
  type WorkerInit,
} from './pool.ts';

const port = parentPort;
if (!port) throw new Error('cli/extract-worker.ts runs as a worker thread of cli/pool.ts');
const { progress, epoch } = workerData as WorkerInit;

port.on('message', (batch: WorkerBatch) => {
  const replies: TaskReply[] = [];
  const texts: string[] = [];
  for (const task of batch.tasks) {
    Atomics.store(progress, PROGRESS_SINCE, Date.now() - epoch);
    Atomics.store(progress, PROGRESS_FILE, task.id);
    const { reply, text } = handle(task.id, task.file, batch.maxBytes, batch.output);
    replies.push(reply);
    if (text !== undefined) texts.push(text);
  }
  Atomics.store(progress, PROGRESS_FILE, -1);
  port.postMessage(...pack(replies, texts));
});

/** The batch's formatted outputs as UTF-8 in one buffer, each reply pointing at its bytes; the buffer is transferred. */
function pack(replies: TaskReply[], texts: string[]): [BatchReply, TransferListItem[]] {
  if (texts.length === 0) return [{ replies, bytes: null }, []];
  let room = 0;
  for (const t of texts) room += t.length * 3; // UTF-8 needs at most 3 bytes per UTF-16 code unit
  const buf = Buffer.allocUnsafeSlow(room); // its own memory (not the shared pool), so it can be transferred
  let at = 0;
  let k = 0;
  for (const r of replies) {
    if (!r.ok || r.result !== undefined) continue;
    r.start = at;
    at += buf.write(texts[k++]!, at);
    r.end = at;
  }
  return [{ replies, bytes: buf.buffer as ArrayBuffer }, [buf.buffer as ArrayBuffer]];
}

/** One file: its reply, and its formatted output when there is one (packed into the batch's buffer). */
function handle(
  id: number,
  file: string,
  maxBytes: number | undefined,
  output: Output,
): { reply: TaskReply; text?: string } {
  try {
    const decoded = readDocumentFileSync(file, { maxBytes });
    let x: ReturnType<typeof extractText>;
    try {
      x = extractText(decoded.text, { file, encoding: decoded.encoding });
    } catch (err) {
      // A bug in a rule must not take the batch down; say which error (the pool names the file).
      return {
        reply: { id, ok: false, problem: `extraction failed: ${err instanceof Error ? err.message : String(err)}` },
      };
    }
    const warning = decoded.warning;
    if (output === 'object')
      return { reply: warning ? { id, ok: true, result: x, warning } : { id, ok: true, result: x } };
    // The bytes the command writes: the JSON line, or the summary and the blank line after it.
    const text = output === 'summary' ? summarize(x) + '\n\n' : toJsonLine(x, output === 'json+text') + '\n';
    return { reply: warning ? { id, ok: true, warning } : { id, ok: true }, text };
  } catch (err) {
    const problem = err instanceof InputError ? err.problem : err instanceof Error ? err.message : String(err);
    return { reply: { id, ok: false, problem } };
  }
}

port.postMessage({ ready: true });
