import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/**
 * Uniform numbers for one draw of a simulation (xoroshiro128+ from pure-rand). The stream
 * is seeded from (seed, stream) alone, so draw i's numbers are the same whichever worker
 * makes it and however the draws are split.
 */
export function uniforms(seed: number, stream: number): () => number {
  // Two rounds of 32-bit mixing (MurmurHash3's finaliser) keep neighbouring pairs apart.
  let h = Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(stream | 0, 0x85ebca6b) ^ (stream / 0x100000000);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  const rng = xoroshiro128plus((h ^ (h >>> 16)) | 0);
  // 53 random bits, shifted half a step: strictly inside (0, 1), as quantile functions need.
  return () => (uniformInt(rng, 0, 0x3ffffff) * 0x8000000 + uniformInt(rng, 0, 0x7ffffff) + 0.5) / 2 ** 53;
}

/**
 * The Latin hypercube stratum of every draw for one input: a permutation of 0..n−1 from
 * its own stream (Fisher–Yates), the same in every worker.
 */
export function strata(seed: number, input: number, n: number): Uint32Array {
  const next = uniforms(seed, -1 - input);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.min(i, Math.floor(next() * (i + 1)));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}
