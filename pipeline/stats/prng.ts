// The bootstrap's random numbers: xoshiro128** (Blackman & Vigna 2018), a small well-tested
// 32-bit generator, its four words of state filled by splitmix32 from a 53-bit hash of
// "seed␀key". Each resampled unit (an outlet, an outlet × period) gets its own stream from its
// key, so a figure does not depend on which reports ran first or in which order outlets are met.
import { hash53 } from './hash-string.js';

export type Random = () => number;

function splitmix32(start: number): () => number {
  let s = start >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** xoshiro128** from four 32-bit words (not all zero); gives uint32 values. */
export function xoshiro128ss(a: number, b: number, c: number, d: number): () => number {
  let s0 = a >>> 0, s1 = b >>> 0, s2 = c >>> 0, s3 = d >>> 0;
  return () => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
}

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

/** A uniform number in [0, 1) (multiples of 2⁻³²) from the stream of `seed` and `key`. */
export function seededRandom(seed: number, key: string): Random {
  const h = hash53(`${seed}\u0000${key}`);
  const mix = splitmix32((h % 4294967296) ^ Math.floor(h / 4294967296));
  const next = xoshiro128ss(mix(), mix(), mix(), mix() | 1);
  return () => next() / 4294967296;
}
