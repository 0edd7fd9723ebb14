// test/smoke.test.ts — the CLI answers --help.
import { main } from '../cli/main.ts';

test('policy-graph --help lists the commands', async () => {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((s: string) => (chunks.push(String(s)), true)) as typeof process.stdout.write;
  try {
    expect(await main(['--help'])).toBe(0);
  } finally {
    process.stdout.write = write;
  }
  const out = chunks.join('');
  for (const cmd of ['extract', 'eval', 'ingest', 'db', 'query', 'serve']) expect(out).toContain(cmd);
});
