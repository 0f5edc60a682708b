import { MAX_KEYS } from './attemptWindow'

interface Bucket {
  tokens: number
  /** When `tokens` was last brought up to date. */
  at: number
}

/**
 * A token bucket per key: `capacity` tokens at first, refilled at `perSecond`. A key absent from the map has a
 * full bucket, so only keys that spent tokens recently take memory.
 */
export class TokenBucket {
  readonly #buckets = new Map<string, Bucket>()
  #lastSweep = 0
  constructor(
    readonly capacity: number,
    readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  #current(key: string): Bucket {
    const now = this.now()
    const bucket = this.#buckets.get(key)
    if (!bucket) return { tokens: this.capacity, at: now }
    const tokens = Math.min(this.capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond)
    return { tokens, at: now }
  }

  #store(key: string, bucket: Bucket): void {
    this.#buckets.delete(key) // re-inserted last, so the map's order is least recently used first
    if (bucket.tokens < this.capacity) this.#buckets.set(key, bucket)
    if (this.#buckets.size > MAX_KEYS) this.#sweep()
  }

  /** Take a token: 0 when taken, otherwise the seconds until one is there (nothing taken). */
  take(key: string): number {
    const bucket = this.#current(key)
    if (bucket.tokens < 1) return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perSecond))
    this.#store(key, { tokens: bucket.tokens - 1, at: bucket.at })
    return 0
  }

  /** Give back a token taken for work that did not succeed. */
  giveBack(key: string): void {
    const bucket = this.#current(key)
    this.#store(key, { tokens: Math.min(this.capacity, bucket.tokens + 1), at: bucket.at })
  }

  /** Bound memory: forget refilled buckets (at most once a minute), then the least recently used (forgetting only ever gives tokens). */
  #sweep(): void {
    if (this.now() - this.#lastSweep > 60_000) {
      this.#lastSweep = this.now()
      for (const [key] of this.#buckets)
        if (this.#current(key).tokens >= this.capacity) this.#buckets.delete(key)
    }
    for (const key of this.#buckets.keys()) {
      if (this.#buckets.size <= MAX_KEYS) break
      this.#buckets.delete(key)
    }
  }
}
