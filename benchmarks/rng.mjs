// benchmarks/rng.mjs — a seeded pseudo-random number generator, so every benchmark run, test and fuzz run measures the
// same generated data. Plain JavaScript (types in rng.d.mts): scripts/fuzz.mjs runs under Node without a TypeScript loader.

/**
 * Deterministic PRNG (mulberry32): numbers in [0, 1), the same for the same seed.
 * @param {number} seed
 */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
