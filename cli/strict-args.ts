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

/** A whole-number option: its name, the field it sets, and the range it accepts (max undefined: no upper bound). */
export type WholeNumberOption<F extends string> = readonly [
  option: string,
  field: F,
  min: number,
  max: number | undefined,
];

/** Set `target[field]` from each whole-number option given; the first problem in words, or null. */
export function setWholeNumbers<F extends string>(
  values: Readonly<Record<string, unknown>>,
  table: readonly WholeNumberOption<F>[],
  target: Record<F, number>,
): string | null {
  for (const [option, field, min, max] of table) {
    const raw = values[option];
    if (typeof raw !== 'string') continue;
    const n = wholeNumber(raw, `--${option}`, min, max);
    if (typeof n === 'string') return n;
    target[field] = n;
  }
  return null;
}

/** The parseArgs specs of options: those taking a value are strings, the others (flags) booleans. */
export type OptionSpecs<V extends string, F extends string> = {
  [K in V | F]: K extends V ? { type: 'string' } : { type: 'boolean' };
};

/** The parseArgs specs of a command's options: those taking a value (a string) and the flags (booleans). */
export function optionSpecs<const V extends string, const F extends string = never>(
  valued: readonly V[],
  flags: readonly F[] = [],
): OptionSpecs<V, F> {
  const specs: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const name of valued) specs[name] = { type: 'string' };
  for (const name of flags) specs[name] = { type: 'boolean' };
  return specs as OptionSpecs<V, F>;
}
