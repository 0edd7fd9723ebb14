// cli/commands/eval.ts — `policy-graph eval DIR`: score extraction of every X.txt against X.gold.json.
// Prints per-field accuracy (and per-document misses with --verbose); the last 8 lines are the summary table.

import { stat } from 'node:fs/promises';
import { evaluateDir, missesByClass, relationLine, summaryTable } from '../../ingest/eval.ts';
import { parseStrict, USAGE_EXIT, usageError } from '../strict-args.ts';

const NAME = 'policy-graph eval';

export const help = `usage: policy-graph eval DIR [--verbose] [--json]

Extracts every X.txt (or X.html) in DIR that has an X.gold.json beside it and scores it as ANNOTATION.md
"Scoring" defines: citations P/R/F1 (and issuer and relation accuracy over matched citations), agencies strict
and lenient P/R/F1, programs P/R/F1 (containment), document fields (effectiveDate and expiryDate included) and
respondsTo per-field accuracy.

  --verbose   list every miss grouped by class (citations fp / fn, issuer, relation, each document field,
              respondsTo fields, agencies, programs), each line naming its document
  --json      print the whole report as JSON instead of tables (with "missesByClass", the same grouping)

The last 8 lines of the text output are the summary table. Exit code 0 unless DIR cannot be read.`;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseStrict(NAME, argv, { verbose: { type: 'boolean', short: 'v' }, json: { type: 'boolean' } });
  if (!parsed) return USAGE_EXIT;
  const verbose = parsed.values.verbose === true;
  const json = parsed.values.json === true;
  const dirs = parsed.positionals;
  if (dirs.length !== 1) return usageError(NAME, 'expected one directory');
  const dir = dirs[0]!;
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a directory');
  } catch {
    process.stderr.write(`${NAME}: ${dir}: not a readable directory\n`);
    return 2;
  }
  const report = await evaluateDir(dir);
  if (json) {
    process.stdout.write(JSON.stringify({ ...report, missesByClass: missesByClass(report) }, null, 2) + '\n');
    return 0;
  }
  const out: string[] = [];
  for (const f of report.failures) process.stderr.write(`${NAME}: ${f}\n`);
  if (verbose) {
    for (const [cls, items] of Object.entries(missesByClass(report))) {
      out.push(`${cls} (${items.length})`, ...items.map((x) => `  ${x}`));
    }
    out.push('');
  }
  out.push(
    `${report.documents.length} documents scored in ${dir}${report.failures.length ? `, ${report.failures.length} failed to extract` : ''}`,
  );
  out.push(
    'per-field accuracy: ' +
      Object.entries(report.fields.perField)
        .map(([k, a]) => `${k} ${a.right}/${a.total}`)
        .join(', '),
  );
  out.push(
    'respondsTo fields:  ' +
      Object.entries(report.respondsTo.perField)
        .map(([k, a]) => `${k} ${a.right}/${a.total}`)
        .join(', '),
  );
  out.push(relationLine(report));
  out.push('');
  out.push(...summaryTable(report));
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
