/**
 * Deliver values at most once per `intervalMs`, the latest one winning: the first value after a quiet
 * interval goes out at once (leading edge); values that arrive sooner replace each other and the last one
 * goes out when the interval ends (trailing edge), so the final value always arrives. `cancel` drops a
 * pending value and its timer.
 */
export class LatestWins<T> {
  private pending: { value: T } | null = null
  private timer: NodeJS.Timeout | null = null
  private lastDelivered = Number.NEGATIVE_INFINITY

  constructor(
    private readonly intervalMs: number,
    private readonly deliver: (value: T) => void,
  ) {}

  /** Offer a value: delivered now, or at the end of the current interval unless a newer one replaces it. */
  push(value: T): void {
    const wait = this.lastDelivered + this.intervalMs - performance.now()
    if (wait <= 0 && !this.timer) return this.send(value)
    this.pending = { value }
    this.timer ??= setTimeout(() => this.flush(), Math.max(wait, 0))
  }

  /** Drop whatever is pending (the connection closed). */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.pending = null
  }

  private flush(): void {
    this.timer = null
    const pending = this.pending
    this.pending = null
    if (pending) this.send(pending.value)
  }

  private send(value: T): void {
    this.lastDelivered = performance.now()
    this.deliver(value)
  }
}
