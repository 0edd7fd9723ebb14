// cli/bench-result.ts — how every benchmark command prints its result: as JSON (--json), or as its report for a reader.

/** A benchmark's result on stdout: as JSON, or as its report for a reader. */
export function printResult<R>(result: R, json: boolean, report: (r: R) => string): void {
  process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : `${report(result)}\n`);
}
