import type { Request, RequestHandler } from 'express'
import { AppError } from '../services/errors'

/** Most keys a window remembers (each a few numbers): enough for every address of a campus, bounded for floods. */
const MAX_KEYS = 50_000

/** Counts failures per key in a sliding window; successes never count. */
export class FailureWindow {
  readonly #failures = new Map<string, number[]>()
  #lastSweep = 0
  constructor(
    readonly max: number,
    readonly windowMs: number,
  ) {}

  #recent(key: string, now: number): number[] {
    const kept = (this.#failures.get(key) ?? []).filter((t) => t > now - this.windowMs)
    if (kept.length > 0) this.#failures.set(key, kept)
    else this.#failures.delete(key)
    return kept
  }

  /** Seconds until the key may try again; 0 when it is not blocked. */
  retryAfter(key: string, now = Date.now()): number {
    const recent = this.#recent(key, now)
    if (recent.length < this.max) return 0
    const oldest = recent[recent.length - this.max] ?? now
    return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000))
  }

  /** Record one failure. */
  fail(key: string, now = Date.now()): void {
    this.#failures.set(key, [...this.#recent(key, now), now])
    if (this.#failures.size > MAX_KEYS) this.#sweep(now)
  }

  /** Bound memory when many addresses fail: drop expired keys (at most once a minute), then the oldest. */
  #sweep(now: number): void {
    if (now - this.#lastSweep > 60_000) {
      this.#lastSweep = now
      for (const k of [...this.#failures.keys()]) this.#recent(k, now)
    }
    for (const k of this.#failures.keys()) {
      if (this.#failures.size <= MAX_KEYS) break
      this.#failures.delete(k)
    }
  }
}

/** Limits of failed sign-in and join attempts. */
export interface FailureLimits {
  /** Per client address: high enough for a class's typos, low enough to stop guessing. */
  perAddress: { max: number; windowMs: number }
  /** Per e-mail address or per code tried. */
  perKey: { max: number; windowMs: number }
}

/** Defaults: 30 failures per address and 10 per e-mail or code, each within 15 minutes. */
export const DEFAULT_FAILURE_LIMITS: FailureLimits = {
  perAddress: { max: 30, windowMs: 15 * 60_000 },
  perKey: { max: 10, windowMs: 15 * 60_000 },
}

/** Shared failure counters for every credential route of one app. */
export function createFailureLimiter(limits: FailureLimits = DEFAULT_FAILURE_LIMITS) {
  const byAddress = new FailureWindow(limits.perAddress.max, limits.perAddress.windowMs)
  const byKey = new FailureWindow(limits.perKey.max, limits.perKey.windowMs)

  /**
   * Middleware for one route: refuse with 429 while the address or the key is blocked; afterwards count the
   * attempt as a failure only when it was answered 401 (wrong password or code).
   */
  return (scope: string, keyOf: (req: Request) => string | undefined): RequestHandler =>
    (req, res, next) => {
      const address = `address:${req.ip ?? 'unknown'}`
      const raw = keyOf(req)
      const key = raw ? `${scope}:${raw}` : undefined
      const wait = Math.max(byAddress.retryAfter(address), key ? byKey.retryAfter(key) : 0)
      if (wait > 0) throw new AppError('rate_limited', 'Too many failed attempts. Try again later.', wait)
      res.on('finish', () => {
        if (res.statusCode !== 401) return
        byAddress.fail(address)
        if (key) byKey.fail(key)
      })
      next()
    }
}

/** The limiter factory createFailureLimiter returns. */
export type FailureLimiter = ReturnType<typeof createFailureLimiter>

/** A string field of a parsed JSON body, normalised for use as a key (or undefined). */
export function bodyField(req: Request, field: string, normalise: (s: string) => string): string | undefined {
  const body: unknown = req.body
  if (typeof body !== 'object' || body === null) return undefined
  const value = (body as Record<string, unknown>)[field]
  return typeof value === 'string' && value.length <= 300 ? normalise(value) : undefined
}
