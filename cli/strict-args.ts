// cli/strict-args.ts — a command's options parsed by node:util parseArgs, strictly: an unknown option or a missing
// value is one line on stderr naming the command, and the caller exits with code 2. Every command parses through
// here, so `--opt value` and `--opt=value` both work everywhere and every usage error reads the same.

import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Exit code of a usage error (an unknown option, a bad value, a missing argument). */
export const USAGE_EXIT = 2;

/** Write the one usage-error line, `NAME: problem. See \`NAME --help\`.`; returns the exit code to return. */
export function usageError(name: string, problem: string): typeof USAGE_EXIT {
  process.stderr.write(`${name}: ${problem.replace(/\.$/, '')}. See \`${name} --help\`.\n`);
  return USAGE_EXIT;
}

/**
 * The values and positionals, or null after writing the one-line error. `positionals: false` for a command that
 * takes none (a stray word is then refused like an unknown option).
 */
export function parseStrict<O extends Options>(name: string, argv: string[], options: O, { positionals = true } = {}) {
  try {
    return parseArgs({ args: argv, allowPositionals: positionals, strict: true, options });
  } catch (err) {
    // parseArgs explains at length over several lines; the first sentence names the problem.
    const line = (err as Error).message.split('\n')[0]!;
    const cut = line.search(/ To specify | This command /);
    usageError(name, cut < 0 ? line : line.slice(0, cut));
    return null;
  }
}

/** A whole number from `min` to `max` written in plain digits, or the problem in words. */
export function wholeNumber(raw: string, option: string, min: number, max?: number): number | string {
  const n = Number(raw);
  if (/^\d+$/.test(raw) && n >= min && (max === undefined || n <= max)) return n;
  const range = max === undefined ? `≥ ${min}` : `from ${min} to ${max}`;
  return `${option} needs a whole number ${range} (got ${JSON.stringify(raw)})`;
}
