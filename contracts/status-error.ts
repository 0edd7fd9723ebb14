// contracts/status-error.ts — an error with an HTTP status and the other fields of its JSON body `{ error, … }`:
// what the server throws to answer a request (server/errors.ts) and what the viewer's client throws for a failed
// call (viewer/src/api.ts) are the same thing seen from the two sides of the API.

/** Subclasses name themselves (`override name = '…'`): a class's own name does not survive the viewer's minifier. */
export class StatusError extends Error {
  readonly status: number;
  /** The fields of the JSON body beside `error` and `status` (e.g. what /api/health reports, /api/path's `unmatched`). */
  readonly details: Record<string, unknown>;
  constructor(status: number, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.status = status;
    this.details = details;
  }
}
