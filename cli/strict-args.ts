// cli/strict-args.ts — a command's options parsed by node:util parseArgs, strictly: an unknown option or a missing
// value is one line on stderr naming the command, and the caller exits with code 2.

import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The values and positionals, or null after writing the one-line error. */
export function parseStrict<O extends Options>(name: string, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (err) {
    // parseArgs explains at length over several lines; the first sentence names the problem.
    const line = (err as Error).message.split('\n')[0]!;
    const cut = line.indexOf(' To specify ');
    const first = (cut < 0 ? line : line.slice(0, cut)).replace(/\.$/, '');
    process.stderr.write(`${name}: ${first}. See \`${name} --help\`.\n`);
    return null;
  }
}
