/**
 * A small seeded pseudo-random generator (mulberry32) for the corpus generator: the same seed
 * gives the same sequence on every machine and Node version, so a generated corpus is
 * reproducible byte for byte. Not for anything that needs real randomness.
 *
 *   const rng = new Rng(seedFor(42, 7));   // the stream of document 7 of corpus seed 42
 *   rng.int(1, 6)            → 4           (inclusive bounds)
 *   rng.chance(0.25)         → false
 *   rng.pick(['a', 'b'])     → 'b'
 *   rng.shuffle([1, 2, 3])   → [3, 1, 2]   (a new array)
 */

/** 32-bit finaliser of MurmurHash3: spreads nearby inputs (seed 1, 2, 3 …) far apart. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The seed of one document's stream, from the corpus seed and the document's index. Each document
 * gets its own stream, so document 7 is the same whether 10 or 100 000 documents are generated.
 */
export function seedFor(seed: number, index: number): number {
  // A seed above 2³² keeps its high bits: they are mixed in, not dropped.
  const high = Math.floor(seed / 0x1_0000_0000) >>> 0;
  let h = fmix32((seed >>> 0) ^ 0x9e3779b9);
  h = fmix32(h ^ high ^ 0x7f4a7c15);
  return fmix32(h ^ Math.imul(index >>> 0, 0x27d4eb2f) ^ Math.floor(index / 0x1_0000_0000));
}

export class Rng {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** One of the items, each as likely as its weight: `weighted([['a', 3], ['b', 1]])`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [item, weight] of choices) {
      roll -= weight;
      if (roll < 0) return item;
    }
    const last = choices.at(-1);
    if (last === undefined) throw new RangeError('weighted choice from an empty list');
    return last[0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const a = out[i] as T;
      out[i] = out[j] as T;
      out[j] = a;
    }
    return out;
  }
}
