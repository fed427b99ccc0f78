// The bootstrap's random numbers: xoshiro128** (Blackman & Vigna 2018), a small well-tested
// 32-bit generator, its four words of state filled by splitmix32 from a 53-bit hash of
// "seed␀key". Each resampled unit (an outlet, an outlet × period) gets its own stream from its
// key, so a figure does not depend on which reports ran first or in which order outlets are met.
import { hash53 } from './hash-string.js';

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

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

/** xoshiro128** from four 32-bit words (not all zero). */
export class Xoshiro128 {
  readonly #s: Int32Array;

  constructor(a: number, b: number, c: number, d: number) {
    this.#s = Int32Array.of(a, b, c, d);
  }

  /** The next uint32 value. */
  next(): number {
    const s = this.#s;
    const result = Math.imul(rotl(Math.imul(s[1]!, 5), 7), 9) >>> 0;
    const t = s[1]! << 9;
    s[2]! ^= s[0]!;
    s[3]! ^= s[1]!;
    s[1]! ^= s[2]!;
    s[0]! ^= s[3]!;
    s[2]! ^= t;
    s[3] = rotl(s[3]!, 11);
    return result;
  }

  /** Draws n documents of n with replacement: adds 1 to weights[⌊u · n⌋] for each of the
   *  next n values, u = value / 2³² (as seededRandom's numbers). The bootstrap's inner loop:
   *  next()'s step written out with the state in local variables, 2–3× faster than calling it. */
  countDraws(weights: Float64Array, n: number): void {
    const s = this.#s;
    let s0 = s[0]!, s1 = s[1]!, s2 = s[2]!, s3 = s[3]!;
    for (let i = 0; i < n; i++) {
      const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = rotl(s3, 11);
      weights[Math.floor((result / 4294967296) * n)]!++;
    }
    s[0] = s0;
    s[1] = s1;
    s[2] = s2;
    s[3] = s3;
  }
}

/** The generator of `seed` and `key`. */
export function seededStream(seed: number, key: string): Xoshiro128 {
  const h = hash53(`${seed}\u0000${key}`);
  const mix = splitmix32((h % 4294967296) ^ Math.floor(h / 4294967296));
  return new Xoshiro128(mix(), mix(), mix(), mix() | 1);
}

/** Uniform numbers in [0, 1) (multiples of 2⁻³²) from the stream of `seed` and `key`. */
export function seededRandom(seed: number, key: string): () => number {
  const stream = seededStream(seed, key);
  return () => stream.next() / 4294967296;
}
