// cli/serve-run.ts — serving the explorer as a library: the options serve and start share, listening with one clear
// line when the port is taken, and running until Ctrl-C. The serve and start commands both call it.
import os from 'node:os';
import path from 'node:path';
import { closeDriver } from '../graph/connection.ts';
import { warmOverview } from '../server/api.ts';
import { createServer, type RunningServer } from '../server/app.ts';
import { wholeNumber } from './strict-args.ts';

/** The explorer's port when --port is not given. */
export const DEFAULT_SERVE_PORT = 8080;

export interface ServeOptions {
  port: number;
  log: boolean;
  apiOnly: boolean;
}

/** The options serve and start share (start adds its own). */
export const SERVE_OPTIONS = {
  port: { type: 'string' },
  log: { type: 'boolean' },
  'api-only': { type: 'boolean' },
} as const;

/** The parsed SERVE_OPTIONS as ServeOptions, or the problem with the port. */
export function serveOptions(values: { port?: string; log?: boolean; 'api-only'?: boolean }): ServeOptions | string {
  const port = values.port === undefined ? DEFAULT_SERVE_PORT : wholeNumber(values.port, '--port', 1, 65535);
  if (typeof port === 'string') return port;
  return { port, log: values.log === true, apiOnly: values['api-only'] === true };
}

/** Listen, with one clear line when the port is taken. */
export async function listen(options: ServeOptions, name: string): Promise<RunningServer | null> {
  try {
    // --api-only: a static folder that does not exist, so every non-API path is a JSON 404.
    const server = await createServer({
      port: options.port,
      log: options.log,
      ...(options.apiOnly ? { staticDir: path.join(os.tmpdir(), 'policy-graph-no-viewer') } : {}),
    });
    // The explorer's first screen is laid out on the server: do it before the first visitor asks.
    if (!options.apiOnly) void warmOverview();
    return server;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      process.stderr.write(
        `policy-graph ${name}: port ${options.port} is already in use — stop what runs there or pass --port N.\n`,
      );
      return null;
    }
    if (code === 'EACCES') {
      process.stderr.write(
        `policy-graph ${name}: not allowed to listen on port ${options.port} — use a port above 1023.\n`,
      );
      return null;
    }
    throw err;
  }
}

/** Resolve when the process gets SIGINT/SIGTERM; close the server and the driver first. */
export function untilSignal(server: RunningServer): Promise<number> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      process.stderr.write('\nStopping the server …\n');
      void server
        .close()
        .catch(() => undefined)
        .then(() => closeDriver())
        .then(() => resolve(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
