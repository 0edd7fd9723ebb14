// benchmarks/rng.d.mts — the type of benchmarks/rng.mjs (plain JavaScript so that scripts/fuzz.mjs, run by Node without a
// TypeScript loader, imports the same generator as the benchmarks and tests).

/** Deterministic PRNG (mulberry32): numbers in [0, 1), the same for the same seed. */
export function rng(seed: number): () => number;
