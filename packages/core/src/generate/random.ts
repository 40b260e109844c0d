import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** Draws of one seeded stream; every call advances it. */
export interface Random {
  /** A whole number from `from` to `to`, both included. */
  int(from: number, to: number): number;
  /** A number from `from` to `to` with two decimals (weights, shares). */
  hundredths(from: number, to: number): number;
  /** True with probability `p`, in steps of 1/10,000. */
  chance(p: number): boolean;
  /** One entry of a non-empty list. */
  pick<T>(list: readonly T[]): T;
}

/**
 * A stream of pseudo-random draws for one part of the model (xoroshiro128+ from
 * pure-rand). Each facility draws from its own stream, so its figures do not shift when
 * another option (say, the number of facilities) changes the draws made before it.
 */
export function randomStream(seed: number, stream: number): Random {
  // Golden-ratio mixing spreads neighbouring (seed, stream) pairs over the 32-bit seed space.
  const rng = xoroshiro128plus((Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(stream + 1, 0x85ebca6b)) | 0);
  const int = (from: number, to: number): number => uniformInt(rng, from, to);
  return {
    int,
    hundredths: (from, to) => int(Math.round(from * 100), Math.round(to * 100)) / 100,
    chance: (p) => int(0, 9999) < Math.round(p * 10000),
    pick: <T>(list: readonly T[]): T => list[int(0, list.length - 1)]!,
  };
}
