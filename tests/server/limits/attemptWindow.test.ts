import { describe, expect, it } from 'vitest'
import { AttemptWindow } from '../../../server/http/limits/attemptWindow'

/** A clock the test moves by hand. */
function manualClock(start = 1_000_000) {
  let now = start
  return { now: () => now, advance: (ms: number) => void (now += ms) }
}

describe('AttemptWindow', () => {
  it('counts attempts in flight, so a parallel burst cannot pass max', () => {
    const clock = manualClock()
    const window = new AttemptWindow(3, 60_000, clock.now)
    for (let i = 0; i < 3; i += 1) {
      expect(window.verdict('k')).toEqual({ kind: 'open' })
      window.reserve('k')
    }
    // Nothing has failed yet, but three attempts are in flight: the fourth must wait.
    expect(window.verdict('k')).toEqual({ kind: 'busy' })
    expect(window.verdict('other')).toEqual({ kind: 'open' })
  })

  it('frees the slot of an attempt that did not fail, and keeps a failure for the whole window', () => {
    const clock = manualClock()
    const window = new AttemptWindow(2, 60_000, clock.now)
    window.reserve('k')
    window.reserve('k')
    window.settle('k', false)
    expect(window.verdict('k')).toEqual({ kind: 'open' })
    window.settle('k', true)
    window.reserve('k')
    window.settle('k', true)
    expect(window.verdict('k')).toEqual({ kind: 'blocked', retryAfter: 60 })
    clock.advance(30_000)
    expect(window.verdict('k')).toEqual({ kind: 'blocked', retryAfter: 30 })
    clock.advance(30_001)
    expect(window.verdict('k')).toEqual({ kind: 'open' })
  })

  it('names the wait until the failure that filled the window falls out of it', () => {
    const clock = manualClock()
    const window = new AttemptWindow(2, 60_000, clock.now)
    for (const gap of [0, 10_000, 10_000]) {
      clock.advance(gap)
      window.reserve('k')
      window.settle('k', true)
    }
    // Failures at 0 s, 10 s and 20 s, max 2: open again once the one at 10 s expires, 50 s from now.
    expect(window.verdict('k')).toEqual({ kind: 'blocked', retryAfter: 50 })
  })
})
