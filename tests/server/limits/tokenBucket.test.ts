import { describe, expect, it } from 'vitest'
import { TokenBucket } from '../../../server/http/limits/tokenBucket'

function manualClock(start = 1_000_000) {
  let now = start
  return { now: () => now, advance: (ms: number) => void (now += ms) }
}

describe('TokenBucket', () => {
  it('gives `capacity` tokens at once, then refills at its rate, and names the wait when empty', () => {
    const clock = manualClock()
    const bucket = new TokenBucket(60, 2, clock.now)
    for (let i = 0; i < 60; i += 1) expect(bucket.take('nat')).toBe(0)
    expect(bucket.take('nat')).toBe(1)
    expect(bucket.take('another address')).toBe(0)
    clock.advance(500)
    expect(bucket.take('nat')).toBe(0)
    expect(bucket.take('nat')).toBe(1)
    // 240 within two minutes: 60 at once and 2 a second for 90 seconds.
    clock.advance(90_000)
    let taken = 0
    while (bucket.take('nat') === 0) taken += 1
    expect(taken).toBe(60)
  })

  it('gives a token back for work that did not succeed, never above capacity', () => {
    const clock = manualClock()
    const bucket = new TokenBucket(2, 10 / 60, clock.now)
    expect(bucket.take('a')).toBe(0)
    expect(bucket.take('a')).toBe(0)
    expect(bucket.take('a')).toBe(6)
    bucket.giveBack('a')
    expect(bucket.take('a')).toBe(0)
    bucket.giveBack('a')
    bucket.giveBack('a')
    bucket.giveBack('a')
    expect([bucket.take('a'), bucket.take('a'), bucket.take('a')]).toEqual([0, 0, 6])
  })
})
