// ingest/limits.ts — the input size limit, apart from the reader so that the command line can show it without
// loading the reader (and what the reader loads) into a process that only hands files to worker threads.

/** Files above this size are refused before reading, so a stray dump cannot exhaust memory. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
