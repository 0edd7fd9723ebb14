// testkit/json-error.ts — what every refusal of the API looks like to a client: a JSON body with a message and the
// status repeated (contracts/api.ts ErrorBody), served as JSON.

/** Expects `res` to be the API's JSON error with `status`, its message containing or matching `message`. */
export function expectJsonError(
  res: { status: number; headers: Record<string, string | string[] | undefined>; json: unknown },
  status: number,
  message: string | RegExp = /./,
): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  const error = typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message);
  expect(res.json).toMatchObject({ error, status });
}
