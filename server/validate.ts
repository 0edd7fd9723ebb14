// server/validate.ts — parse and check request parameters at the API boundary.
// Handlers receive typed, bounded values; anything else becomes a 400 naming the parameter and what is allowed.
import { type IntSetting, MAX_TEXT_LENGTH } from '../contracts/settings.ts';
import { BadRequestError } from './errors.ts';

/**
 * Control characters (C0 and DEL) never occur in a title, number or name; refusing them keeps logs and
 * error messages on one line. Written as a character class of code points.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this rejects
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** A required text parameter: trimmed, 1..maxLength characters, no control characters. */
export function requireText(params: URLSearchParams, name: string, maxLength = MAX_TEXT_LENGTH): string {
  const all = params.getAll(name);
  if (all.length === 0) throw new BadRequestError(`Missing parameter "${name}".`);
  if (all.length > 1) throw new BadRequestError(`Parameter "${name}" given ${all.length} times; give it once.`);
  return checkText(all[0] ?? '', name, maxLength);
}

/** Check a text value that came from the path or the query string. */
export function checkText(raw: string, name: string, maxLength = MAX_TEXT_LENGTH): string {
  const value = raw.trim();
  if (value.length === 0) throw new BadRequestError(`Parameter "${name}" is empty.`);
  if (value.length > maxLength) {
    throw new BadRequestError(`Parameter "${name}" is ${value.length} characters long; at most ${maxLength} allowed.`);
  }
  if (CONTROL_CHARACTERS.test(value)) throw new BadRequestError(`Parameter "${name}" contains control characters.`);
  return value;
}

/**
 * An optional integer parameter in the range of its setting (contracts/settings.ts); absent gives `fallback`, by
 * default the setting's default. Decimal digits only (no `1e9`, no `0x10`).
 */
export function optionalInt(
  params: URLSearchParams,
  name: string,
  setting: IntSetting,
  fallback = setting.default,
): number {
  const { min, max } = setting;
  const all = params.getAll(name);
  if (all.length === 0) return fallback;
  if (all.length > 1) throw new BadRequestError(`Parameter "${name}" given ${all.length} times; give it once.`);
  const raw = (all[0] ?? '').trim();
  if (!/^\d{1,9}$/.test(raw)) {
    throw new BadRequestError(
      `Parameter "${name}" must be a whole number from ${min} to ${max}; got "${raw.slice(0, 40)}".`,
    );
  }
  const value = Number(raw);
  if (value < min || value > max) {
    throw new BadRequestError(`Parameter "${name}" must be from ${min} to ${max}; got ${value}.`);
  }
  return value;
}

/** An optional parameter restricted to a fixed set of words. */
export function optionalEnum<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const all = params.getAll(name);
  if (all.length === 0) return fallback;
  if (all.length > 1) throw new BadRequestError(`Parameter "${name}" given ${all.length} times; give it once.`);
  const raw = all[0] ?? '';
  const hit = allowed.find((a) => a === raw);
  if (hit === undefined) {
    throw new BadRequestError(`Parameter "${name}" must be one of ${allowed.join(', ')}; got "${raw.slice(0, 40)}".`);
  }
  return hit;
}

/** Refuse parameters the endpoint does not know, so a typo (`?limt=5`) is not silently ignored. */
export function onlyParams(params: URLSearchParams, known: readonly string[]): void {
  for (const key of new Set(params.keys())) {
    if (!known.includes(key)) {
      const list = known.length ? known.join(', ') : 'none';
      throw new BadRequestError(`Unknown parameter "${key.slice(0, 40)}" (this endpoint takes: ${list}).`);
    }
  }
}

/** Decode one path segment (`%E6%B8%9D…`); a malformed escape is the client's error, not a crash. */
export function decodeSegment(segment: string, name: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    throw new BadRequestError(`Path segment "${name}" is not valid percent-encoded UTF-8.`);
  }
  return checkText(decoded, name);
}
