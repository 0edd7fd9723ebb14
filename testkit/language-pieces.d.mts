// testkit/language-pieces.d.mts — the types of testkit/language-pieces.mjs.

/** Pieces of the language the rules react to, so generated text reaches the rules' edges, not only noise. */
export const LANGUAGE_TOKENS: readonly string[];

/** Every `.txt` of the sample sets under `root`, in name order. */
export function readSamples(root: string): string[];
