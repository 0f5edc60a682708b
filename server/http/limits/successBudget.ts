import type { ErrorCodeName } from '../../../cases/contracts/errors'
import { AppError } from '../../services/errors'
import { TokenBucket } from './tokenBucket'

/** A token bucket's size and refill rate. */
export interface BucketLimit {
  capacity: number
  perSecond: number
}

/**
 * Bounds successes per address (new students, new lecturers): a token is taken before the work and given back
 * when the work fails, so only successes spend the budget. An empty bucket answers 429 `code` with Retry-After.
 */
export class SuccessBudget {
  readonly #bucket: TokenBucket
  constructor(
    limit: BucketLimit,
    private readonly code: ErrorCodeName,
    private readonly message: string,
    now: () => number = Date.now,
  ) {
    this.#bucket = new TokenBucket(limit.capacity, limit.perSecond, now)
  }

  /** Run `work` for `address` if its bucket has a token; the token is spent only when `work` succeeds. */
  async run<T>(address: string, work: () => Promise<T>): Promise<T> {
    const wait = this.#bucket.take(address)
    if (wait > 0) throw new AppError(this.code, this.message, wait)
    try {
      return await work()
    } catch (error) {
      this.#bucket.giveBack(address)
      throw error
    }
  }
}
