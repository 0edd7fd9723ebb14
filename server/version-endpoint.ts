// server/version-endpoint.ts — GET /api/version: the graph's version (graph/connection.ts graphVersion), which moves
// with every committed write. An open explorer polls it and reloads its data when it moves (viewer/src/live.ts).
import { graphVersion } from '../graph/connection.ts';
import type { VersionAnswer } from '../contracts/api.ts';
import { config, type Handler } from './api.ts';
import { onlyParams } from './validate.ts';

export const versionHandler: Handler = async (_s, params, ctx) => {
  onlyParams(params, []);
  // Opaque (the server's last bookmark): only its change means anything. Empty when the server gives no bookmarks.
  const answer: VersionAnswer = { version: await graphVersion(config(ctx), { connectRetries: 0 }) };
  return answer;
};
