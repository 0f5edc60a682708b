import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LatestWins } from '../../server/realtime/yjs/latestWins'

describe('LatestWins', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('delivers the first value at once, then the latest at most once per interval, the last one always', () => {
    const delivered: number[] = []
    const relay = new LatestWins<number>(50, (v) => delivered.push(v))
    relay.push(1)
    expect(delivered).toEqual([1])
    for (let i = 2; i <= 100; i++) relay.push(i)
    expect(delivered).toEqual([1])
    vi.advanceTimersByTime(49)
    expect(delivered).toEqual([1])
    vi.advanceTimersByTime(1)
    expect(delivered).toEqual([1, 100])
    relay.push(101)
    vi.advanceTimersByTime(20)
    relay.push(102)
    vi.advanceTimersByTime(30)
    expect(delivered).toEqual([1, 100, 102])
    // After a quiet interval, the leading edge again.
    vi.advanceTimersByTime(200)
    relay.push(103)
    expect(delivered).toEqual([1, 100, 102, 103])
    expect(vi.getTimerCount()).toBe(0)
  })

  it('cancel drops the pending value and its timer', () => {
    const delivered: number[] = []
    const relay = new LatestWins<number>(50, (v) => delivered.push(v))
    relay.push(1)
    relay.push(2)
    expect(vi.getTimerCount()).toBe(1)
    relay.cancel()
    expect(vi.getTimerCount()).toBe(0)
    vi.advanceTimersByTime(1000)
    expect(delivered).toEqual([1])
  })
})
