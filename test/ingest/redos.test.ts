// test/ingest/redos.test.ts — no regular expression of the project can backtrack catastrophically (issue 8 item 2).
// Every regex literal of every TypeScript source and every regex the code builds at run time (from data files or
// other patterns, while loading and extracting the sample documents) goes through the `recheck` ReDoS checker.
// Exponential backtracking (the catastrophic kind: 72 characters took a minute) fails the test. Polynomial findings
// are printed, not failed: recheck finds them by fuzzing, so the degree it reports varies from run to run, and they
// cost time only on long runs of one repeated character class inside the short pieces (a title, a line tail, a
// field) the stages apply them to; whole-document time is checked on one-line documents and long lines
// (long-lines.test.ts, `npm run bench`) and over 100,000 generated inputs (`npm run fuzz`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from 'recheck';
import { regexesBuiltBy, regexLiterals, type FoundRegex } from './project-regexes.ts';

async function projectRegexes(): Promise<FoundRegex[]> {
  const built = await regexesBuiltBy(async () => {
    const { extractText } = await import('../../ingest/extract.ts');
    await import('../../ingest/eval.ts');
    await import('../../graph/build.ts');
    await import('../../graph/resolve.ts');
    for (const dir of ['samples/corpus', 'samples/dev2', 'samples/dev3']) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')))
        extractText(readFileSync(join(dir, f), 'utf8'));
    }
  });
  const all = new Map<string, FoundRegex>();
  for (const r of [...regexLiterals(), ...built])
    if (!all.has(`${r.flags}/${r.source}`)) all.set(`${r.flags}/${r.source}`, r);
  return [...all.values()];
}

test('the checker finds the class: the co-handler pattern that once took a minute on 72 characters', async () => {
  const d = await check('协办单位[\\s:：|]*(?:[^\\s|:：\\n]*[、，,；;]\\s*)*$', '', { timeout: 20_000 });
  expect(d.status === 'vulnerable' && d.complexity.type).toBe('exponential');
}, 60_000);

test('every regex of the project is free of exponential backtracking (recheck)', async () => {
  const regexes = await projectRegexes();
  // The literals alone are a few hundred; a drop to a handful would mean the scan is broken.
  expect(regexes.length).toBeGreaterThan(150);
  const findings: string[] = [];
  const failures: string[] = [];
  // A few checks at a time: recheck's native agent answers them concurrently.
  const queue = [...regexes];
  await Promise.all(
    Array.from({ length: 2 }, async () => {
      for (let r = queue.shift(); r; r = queue.shift()) {
        const d = await check(r.source, r.flags, { timeout: 20_000 });
        const name = `${r.where}: /${r.source.length > 120 ? r.source.slice(0, 120) + '…' : r.source}/${r.flags}`;
        if (d.status === 'vulnerable') {
          const c = d.complexity;
          if (c.type === 'exponential')
            failures.push(`exponential: ${name} (attack: ${JSON.stringify(d.attack.pattern)})`);
          else findings.push(`polynomial, degree ${c.degree}: ${name}`);
        } else if (d.status === 'unknown') findings.push(`not decided (${d.error.kind}): ${name}`);
      }
    }),
  );
  if (findings.length)
    console.log(`recheck: ${regexes.length} regexes; accepted findings:\n  ${findings.sort().join('\n  ')}`);
  expect(failures).toEqual([]);
}, 600_000);
