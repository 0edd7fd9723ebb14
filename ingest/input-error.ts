// ingest/input-error.ts — the error of a file that cannot be read or extracted: one line, `<file>: <problem>`.

/** A file that cannot be extracted. `message` is one line: `<file>: <problem>`. */
export class InputError extends Error {
  readonly file: string;
  readonly problem: string;
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'InputError';
    this.file = file;
    this.problem = problem;
  }
}
