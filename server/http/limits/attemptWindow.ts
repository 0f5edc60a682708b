/** Most keys a window or bucket remembers (each a few numbers): enough for every address of a campus, bounded for floods. */
export const MAX_KEYS = 50_000

/** What a window says about one more attempt for a key. */
export type WindowVerdict =
  /** Room for one more attempt now. */
  | { kind: 'open' }
  /** Failures and attempts in flight fill the window: one may go once an attempt in flight ends well. */
  | { kind: 'busy' }
  /** Failures alone fill the window: refused for `retryAfter` seconds. */
  | { kind: 'blocked'; retryAfter: number }

interface KeyState {
  /** Times of the failures still inside the window, oldest first. */
  failures: number[]
  /** Attempts reserved and not yet settled. */
  pending: number
}

/**
 * Failed attempts per key in a sliding window, counted before the work: an attempt reserves a slot when it starts
 * (pending), and settles it as a failure or releases it when it ends. So however parallel a burst is, failures
 * plus attempts in flight never exceed `max`.
 */
export class AttemptWindow {
  readonly #keys = new Map<string, KeyState>()
  #lastSweep = 0
  constructor(
    readonly max: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  #state(key: string): KeyState | undefined {
    const state = this.#keys.get(key)
    if (!state) return undefined
    const cutoff = this.now() - this.windowMs
    while (state.failures.length > 0 && (state.failures[0] ?? 0) <= cutoff) state.failures.shift()
    if (state.failures.length === 0 && state.pending === 0) {
      this.#keys.delete(key)
      return undefined
    }
    return state
  }

  /** May one more attempt for `key` start now? */
  verdict(key: string): WindowVerdict {
    const state = this.#state(key)
    if (!state) return { kind: 'open' }
    const { failures, pending } = state
    if (failures.length >= this.max) {
      // The window reopens when the failure that made it full falls out of it.
      const oldest = failures[failures.length - this.max] ?? this.now()
      return {
        kind: 'blocked',
        retryAfter: Math.max(1, Math.ceil((oldest + this.windowMs - this.now()) / 1000)),
      }
    }
    return failures.length + pending >= this.max ? { kind: 'busy' } : { kind: 'open' }
  }

  /** Take a slot for an attempt that is starting (only after verdict() said open). */
  reserve(key: string): void {
    const state = this.#state(key)
    if (state) state.pending += 1
    else this.#keys.set(key, { failures: [], pending: 1 })
    if (this.#keys.size > MAX_KEYS) this.#sweep()
  }

  /** End a reserved attempt: a failure stays counted for the window, anything else frees the slot. */
  settle(key: string, failed: boolean): void {
    const state = this.#keys.get(key) ?? { failures: [], pending: 1 }
    state.pending = Math.max(0, state.pending - 1)
    if (failed) state.failures.push(this.now())
    this.#keys.set(key, state)
    this.#state(key)
  }

  /** Bound memory under a flood of addresses: drop expired keys (at most once a minute), then the oldest idle ones. */
  #sweep(): void {
    if (this.now() - this.#lastSweep > 60_000) {
      this.#lastSweep = this.now()
      for (const key of [...this.#keys.keys()]) this.#state(key)
    }
    for (const [key, state] of this.#keys) {
      if (this.#keys.size <= MAX_KEYS) break
      // A slot in flight is never forgotten, or its settle() would let a burst past the limit.
      if (state.pending === 0) this.#keys.delete(key)
    }
  }
}
