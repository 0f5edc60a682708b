import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { trailingThrottle } from '../../../../client/src/features/exercise/trailingThrottle'

describe('the projector refetch throttle (at most once per interval, trailing)', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('a poke after a quiet spell runs at once; pokes during the interval fold into one run at its end', () => {
    const run = vi.fn()
    const throttle = trailingThrottle(2000, run)
    throttle.poke()
    vi.advanceTimersByTime(0)
    expect(run).toHaveBeenCalledTimes(1)

    for (let i = 0; i < 10; i += 1) {
      vi.advanceTimersByTime(100)
      throttle.poke()
    }
    vi.advanceTimersByTime(999)
    expect(run).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(1)
    expect(run).toHaveBeenCalledTimes(2)
    // The last poke (at 1000 ms) came before the run (at 2000 ms): nothing more is pending.
    vi.advanceTimersByTime(10_000)
    expect(run).toHaveBeenCalledTimes(2)
  })

  it('stop drops a pending run', () => {
    const run = vi.fn()
    const throttle = trailingThrottle(2000, run)
    throttle.poke()
    vi.advanceTimersByTime(0)
    throttle.poke()
    throttle.stop()
    vi.advanceTimersByTime(5000)
    expect(run).toHaveBeenCalledTimes(1)
  })
})
