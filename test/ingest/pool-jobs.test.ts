// test/ingest/pool-jobs.test.ts — how many extraction threads a run gets without --jobs (cli/pool.ts autoJobs):
// one per core the load average leaves free, never more than one per MIN_FILES_PER_WORKER files, at least one.
import { autoJobs, MIN_FILES_PER_WORKER, noCoreForCompiler } from '../../cli/pool.ts';

describe('autoJobs', () => {
  test.each([
    // files, cores, load average, threads
    [2730, 2, 0.1, 2], // an idle 2-core machine: both cores
    [2730, 2, 0.6, 1], // one core busy with other work
    [2730, 2, 8, 1], // a shared machine at load 8: one thread (a second only adds its start-up and warm-up)
    [1000, 4, 1.2, 3],
    [1000, 4, 0, 4],
    [100, 4, 0, 1], // too few files to pay for a second thread's start-up
    [2 * MIN_FILES_PER_WORKER, 4, 0, 2],
    [1, 8, 0, 1],
  ])('%i files, %i cores, load %f → %i', (files, cores, load, threads) => {
    expect(autoJobs(files, cores, load)).toBe(threads);
  });
});

// Whether the extraction threads leave V8's optimizing compiler a core of its own (otherwise `extract` runs with
// BUSY_CORE_V8_FLAGS, which trade compile work for time in the lower tiers).
describe('noCoreForCompiler', () => {
  test.each([
    // threads, cores, load average, no core left
    [1, 2, 0.1, false], // one thread on an idle 2-core machine: the compiler runs on the other core
    [2, 2, 0.1, true], // every core extracts
    [1, 2, 0.6, true], // the other core is busy with other work
    [1, 2, 8, true],
    [3, 4, 0.4, false],
    [3, 4, 1.2, true],
    [1, 1, 0, true],
  ])('%i threads, %i cores, load %f → %s', (jobs, cores, load, busy) => {
    expect(noCoreForCompiler(jobs, cores, load)).toBe(busy);
  });
});
