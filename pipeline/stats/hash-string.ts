// String hashes for statistics: cyrb53 (a public-domain 53-bit hash by bryc, two 32-bit
// multiply-xorshift lanes). Used for sentence identity (--dedup sentences) and for seeding the
// bootstrap's PRNG from a key. 53 bits keep the value an exact JSON number; two different
// sentences of one outlet share a hash with probability about n²/2⁵⁴ (≈ 6·10⁻⁵ for a million
// sentences).

/** A 53-bit hash of `text` (an integer 0 ≤ h < 2⁵³), optionally varied by `seed`. */
export function hash53(text: string, seed = 0): number {
  return new Hash53(seed).add(text).value();
}

/** cyrb53 fed piece by piece: `add(a).add(b).value()` is hash53(a + b), without the string
 *  a + b being built (a sentence is hashed from its tokens' forms). */
export class Hash53 {
  #h1: number;
  #h2: number;

  constructor(seed = 0) {
    this.#h1 = 0xdeadbeef ^ seed;
    this.#h2 = 0x41c6ce57 ^ seed;
  }

  add(text: string): this {
    let h1 = this.#h1;
    let h2 = this.#h2;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    this.#h1 = h1;
    this.#h2 = h2;
    return this;
  }

  value(): number {
    let h1 = this.#h1;
    let h2 = this.#h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
}
