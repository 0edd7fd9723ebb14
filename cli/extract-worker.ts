// cli/extract-worker.ts — one extraction thread of the worker pool (cli/pool.ts): reads, decodes and extracts one file
// per message and answers with the result. `extract` gets its output line already formatted, so only a string
// crosses the thread boundary; `ingest` gets the DocumentExtraction itself.

import { parentPort } from 'node:worker_threads';
import { extractFile, InputError } from '../ingest/extract.ts';
import { summarize, toJsonLine } from './output.ts';
import type { TaskReply, WorkerTask } from './pool.ts';

const port = parentPort;
if (!port) throw new Error('cli/extract-worker.ts runs as a worker thread of cli/pool.ts');

port.on('message', (task: WorkerTask) => {
  void handle(task).then((reply) => port.postMessage(reply));
});

async function handle(task: WorkerTask): Promise<TaskReply> {
  try {
    const x = await extractFile(task.file, { maxBytes: task.maxBytes });
    const result = task.output === 'object' ? x : task.output === 'summary' ? summarize(x) + '\n' : toJsonLine(x, task.output === 'json+text');
    return { id: task.id, ok: true, result };
  } catch (err) {
    const problem = err instanceof InputError ? err.problem : err instanceof Error ? err.message : String(err);
    return { id: task.id, ok: false, problem };
  }
}

port.postMessage({ ready: true });
