// cli/with-database.ts — how a command that talks to Neo4j ends: a database failure is one line on stderr and exit
// code 3, and the driver is closed whatever happened (an open driver keeps the process alive).

import { closeDriver, DatabaseError } from '../graph/connection.ts';

/** Exit code when the database cannot be reached or fails during the command. */
export const DATABASE_EXIT = 3;

/** What to do after a failure in a batched write: batches are transactions, so running again finishes the job. */
export const UNFINISHED_BATCH = 'Nothing of the unfinished batch was written; run the same command again to finish.';

/**
 * Run a command's work (its exit code). A DatabaseError prints `name: message` and `next` (what the user can do,
 * e.g. run the command again) and gives DATABASE_EXIT; any other error goes on.
 */
export async function withDatabase(name: string, work: () => Promise<number>, next = ''): Promise<number> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof DatabaseError) {
      process.stderr.write(`${name}: ${err.message}${next ? ` ${next}` : ''}\n`);
      return DATABASE_EXIT;
    }
    throw err;
  } finally {
    await closeDriver();
  }
}
