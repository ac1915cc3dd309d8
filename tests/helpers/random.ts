/** A small seeded generator (mulberry32), so a generated sample is the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;

/** One of the items, chosen by the generator. */
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** Several numbers folded into one 32-bit seed (the murmur3 finaliser after each). */
export function mixSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

function hashKey(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const keyHashes = new WeakMap<readonly unknown[], number[]>();

/**
 * One of the items by rendezvous hashing on its key, with exactly one draw of `r`. Unlike `pick`, adding an item to
 * the list changes the choice only where the new item scores highest, so a sample drawn from the facts keeps its
 * questions when a fact is added (the generated eval lines stay comparable across rounds).
 */
export function pickStable<T>(r: Rand, xs: readonly T[], key: (x: T) => string): T {
  let hashes = keyHashes.get(xs);
  if (!hashes) {
    hashes = xs.map((x) => hashKey(key(x)));
    keyHashes.set(xs, hashes);
  }
  const salt = Math.floor(r() * 4294967296);
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < hashes.length; i++) {
    const score = mixSeed(salt, hashes[i]!);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return xs[best]!;
}

/**
 * `count` items drawn slot by slot, each attempt at a slot with a generator of its own (seeded by seed, slot and
 * attempt): what one slot draws, or how many attempts it takes, never shifts another slot's draws. `draw` returns
 * undefined to reject an attempt; at most `maxAttempts` attempts in all.
 */
export function sampleSlots<T>(seed: number, count: number, maxAttempts: number, draw: (r: Rand, slot: number) => T | undefined): T[] {
  const out: T[] = [];
  let tries = 0;
  for (let slot = 0; slot < count && tries < maxAttempts; slot++) {
    for (let attempt = 0; tries < maxAttempts; attempt++) {
      tries++;
      const made = draw(seeded(mixSeed(seed, slot, attempt)), slot);
      if (made !== undefined) {
        out.push(made);
        break;
      }
    }
  }
  return out;
}
