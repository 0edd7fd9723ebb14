// cli/commands/eval.ts — `policy-graph eval DIR`: score extraction of every X.txt against X.gold.json.
// Prints per-field accuracy (and per-document misses with --verbose); the last 8 lines are the summary table.

import { stat } from 'node:fs/promises';
import { evaluateDir, summaryTable } from '../../ingest/eval.ts';

export const help = `usage: policy-graph eval DIR [--verbose] [--json]

Extracts every X.txt (or X.html) in DIR that has an X.gold.json beside it and scores it as ANNOTATION.md
"Scoring" defines: citations P/R/F1 (and issuer accuracy), agencies strict and lenient P/R/F1, programs P/R/F1
(containment), document fields and respondsTo per-field accuracy.

  --verbose   list each document's misses (missed / spurious items, wrong fields)
  --json      print the whole report as JSON instead of tables

The last 8 lines of the text output are the summary table. Exit code 0 unless DIR cannot be read.`;

export async function run(argv: string[]): Promise<number> {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const json = argv.includes('--json');
  const dirs = argv.filter((a) => !a.startsWith('-'));
  if (dirs.length !== 1) {
    process.stderr.write('policy-graph eval: expected one directory. Run `policy-graph eval --help`.\n');
    return 2;
  }
  const dir = dirs[0]!;
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a directory');
  } catch {
    process.stderr.write(`policy-graph eval: ${dir}: not a readable directory\n`);
    return 2;
  }
  const report = await evaluateDir(dir);
  if (json) {
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return 0;
  }
  const out: string[] = [];
  for (const f of report.failures) process.stderr.write(`policy-graph eval: ${f}\n`);
  if (verbose) {
    for (const d of report.documents) {
      const lines = [
        ...d.citations.missed.map((x) => `  citation missed   ${x}`),
        ...d.citations.spurious.map((x) => `  citation spurious ${x}`),
        ...d.citations.issuerWrong.map((x) => `  citation issuer   ${x}`),
        ...d.agenciesStrict.missed.map((x) => `  agency missed     ${x}`),
        ...d.agenciesStrict.spurious.map((x) => `  agency spurious   ${x}`),
        ...d.programs.missed.map((x) => `  program missed    ${x}`),
        ...d.programs.spurious.map((x) => `  program spurious  ${x}`),
        ...d.fieldMisses.map((x) => `  field             ${x}`),
        ...d.replyMisses.map((x) => `  field             ${x}`),
      ];
      if (lines.length) out.push(`${d.name}`, ...lines);
    }
    out.push('');
  }
  out.push(`${report.documents.length} documents scored in ${dir}${report.failures.length ? `, ${report.failures.length} failed to extract` : ''}`);
  out.push('per-field accuracy: ' + Object.entries(report.fields.perField).map(([k, a]) => `${k} ${a.right}/${a.total}`).join(', '));
  out.push('respondsTo fields:  ' + Object.entries(report.respondsTo.perField).map(([k, a]) => `${k} ${a.right}/${a.total}`).join(', '));
  out.push('');
  out.push(...summaryTable(report));
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
