// graph/local-password.ts — the password of the bundled local Neo4j: generated once, kept in .neo4j/password (0600).
// Read by graph/connection.ts (every command that connects) and passed to the launcher by graph/local-neo4j.ts.

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** One password for every local instance of this checkout (user's, tests', benches'); `.neo4j/` is git-ignored. */
export const PASSWORD_FILE = path.join(PROJECT_ROOT, '.neo4j', 'password');

/** Only the owner may read or write it. */
const PRIVATE_MODE = 0o600;

/** NEO4J_PASSWORD, when set and not empty, is the password of the local instance too (it is set at its next start). */
function override(env: NodeJS.ProcessEnv): string | null {
  const value = env.NEO4J_PASSWORD;
  return value !== undefined && value !== '' ? value : null;
}

function readFile(): string | null {
  try {
    const stat = fs.statSync(PASSWORD_FILE);
    // A copy or an umask may have widened it: narrow it back before use.
    if ((stat.mode & 0o077) !== 0) fs.chmodSync(PASSWORD_FILE, PRIVATE_MODE);
    const value = fs.readFileSync(PASSWORD_FILE, 'utf8').trim();
    return value === '' ? null : value;
  } catch {
    return null;
  }
}

/**
 * The password clients use for the local instance: NEO4J_PASSWORD, else the file's, else null (no instance was
 * ever started from this checkout: nothing to log in to).
 */
export function localPassword(env: NodeJS.ProcessEnv = process.env): string | null {
  return override(env) ?? readFile();
}

/**
 * The password to start the local instance with, creating the file with a random one the first time. Created
 * with O_EXCL, so two commands starting at once agree on one password.
 */
export function ensureLocalPassword(env: NodeJS.ProcessEnv = process.env): string {
  const given = override(env);
  if (given !== null) {
    if (given.length < 8 || /[\r\n]/.test(given)) {
      throw new Error(
        'graph/local-password: NEO4J_PASSWORD must have at least 8 characters and no line break (Neo4j refuses shorter passwords).',
      );
    }
    return given;
  }
  const existing = readFile();
  if (existing !== null) return existing;
  fs.mkdirSync(path.dirname(PASSWORD_FILE), { recursive: true });
  // 24 random bytes: 192 bits, 32 URL-safe characters.
  const fresh = randomBytes(24).toString('base64url');
  try {
    fs.writeFileSync(PASSWORD_FILE, `${fresh}\n`, { mode: PRIVATE_MODE, flag: 'wx' });
    return fresh;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const winner = readFile();
    if (winner === null)
      throw new Error(`graph/local-password: ${PASSWORD_FILE} exists but is empty — delete it and start again.`);
    return winner;
  }
}
