// server/errors.ts — the HTTP errors the API answers with, and the mapping from thrown errors to status codes.
// Every error leaves the server as JSON `{ "error": message }`; a person reading it should know what to change.

import { StatusError } from '../contracts/status-error.ts';

/** An error that carries its HTTP status. Thrown by validation and handlers, turned into JSON by the router. */
export class HttpError extends StatusError {
  override name = 'HttpError';
}

/** 400: a parameter is missing, of the wrong type, too long or out of range. */
export class BadRequestError extends HttpError {
  constructor(message: string) {
    super(400, message);
    this.name = 'BadRequestError';
  }
}

/** 404: no such node, route or file. */
export class NotFoundError extends HttpError {
  constructor(message: string) {
    super(404, message);
    this.name = 'NotFoundError';
  }
}

/** What the router sends for an error: a status and a one-line message. */
export interface ErrorAnswer {
  status: number;
  message: string;
  details?: Record<string, unknown>;
}

/**
 * Map anything a handler threw to a status and message.
 * Database errors are recognised by name (graph/connection.ts defines the classes): an unreachable Neo4j is a 503
 * the user can fix by starting it; any other database failure is a 500 whose detail stays in the server log.
 */
export function toErrorAnswer(err: unknown): ErrorAnswer {
  if (err instanceof HttpError) return { status: err.status, message: err.message, details: err.details };
  const name = err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'DatabaseUnavailableError') {
    // graph/connection.ts already says how to start it or what to check.
    return { status: 503, message: `The graph database is not available: ${message}` };
  }
  if (name === 'DatabaseError') {
    return { status: 500, message: `The graph query failed: ${message}` };
  }
  return { status: 500, message: 'Internal server error (see the server log).' };
}
