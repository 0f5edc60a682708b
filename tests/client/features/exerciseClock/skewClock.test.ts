import { describe, expect, it } from 'vitest'
import {
  formatRemaining,
  remainingAt,
  toLocalClock,
} from '../../../../client/src/features/exerciseClock/skewClock'

const at = (ms: number) => new Date(ms).toISOString()

describe("the student's exercise clock", () => {
  it('counts down to the server end even when this device runs 7 minutes fast', () => {
    const serverNow = Date.UTC(2026, 10, 29, 7, 0, 0)
    const deviceNow = serverNow + 7 * 60_000
    const clock = toLocalClock(
      {
        status: 'running',
        endsAt: at(serverNow + 10 * 60_000),
        serverNow: at(serverNow),
        remainingMs: 600_000,
      },
      deviceNow,
    )
    expect(remainingAt(clock, deviceNow)).toBe(10 * 60_000)
    expect(remainingAt(clock, deviceNow + 61_000)).toBe(539_000)
    expect(remainingAt(clock, deviceNow + 11 * 60_000)).toBe(0)
  })

  it('stands still while paused, at the rest the server kept', () => {
    const now = Date.UTC(2026, 10, 29, 7, 0, 0)
    const clock = toLocalClock(
      { status: 'paused', endsAt: null, serverNow: at(now), remainingMs: 125_000 },
      now - 3000,
    )
    expect(remainingAt(clock, now)).toBe(125_000)
    expect(remainingAt(clock, now + 60_000)).toBe(125_000)
  })

  it('shows zero once ended', () => {
    const now = Date.UTC(2026, 10, 29, 7, 0, 0)
    const clock = toLocalClock({ status: 'ended', endsAt: null, serverNow: at(now), remainingMs: 0 }, now)
    expect(remainingAt(clock, now)).toBe(0)
  })

  it('reads mm:ss, rounded up, and h:mm:ss from an hour', () => {
    expect(formatRemaining(0)).toBe('00:00')
    expect(formatRemaining(1)).toBe('00:01')
    expect(formatRemaining(59_001)).toBe('01:00')
    expect(formatRemaining(15 * 60_000)).toBe('15:00')
    expect(formatRemaining(3_600_000 + 5_000)).toBe('1:00:05')
  })
})
