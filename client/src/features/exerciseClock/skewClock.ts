import type { ExerciseStatus } from '../../../../cases/contracts/exercises'

/** What the server said about the clock, and when this device heard it. */
export interface ServerClock {
  status: ExerciseStatus
  endsAt: string | null
  serverNow: string
  remainingMs: number
}

/** The clock on this device: a deadline on the local clock (corrected for skew), or a frozen rest. */
export interface LocalClock {
  status: ExerciseStatus
  /** Local `Date.now()` at which time runs out (running only). */
  deadline: number | null
  /** Time left when not running (paused: the stored rest; ended: 0). */
  frozenMs: number
}

/**
 * Turn the server's clock into a local one. The skew `serverNow - now` is measured at receipt, so a device whose
 * clock is minutes off still counts down to the server's end: the deadline is `endsAt - skew` on the local clock.
 */
export function toLocalClock(server: ServerClock, receivedAt = Date.now()): LocalClock {
  const serverNow = Date.parse(server.serverNow)
  const skew = Number.isFinite(serverNow) ? serverNow - receivedAt : 0
  const endsAt = server.endsAt ? Date.parse(server.endsAt) : NaN
  if (server.status === 'running' && Number.isFinite(endsAt)) {
    return { status: 'running', deadline: endsAt - skew, frozenMs: 0 }
  }
  if (server.status === 'running') {
    // No end time given: fall back on the server's own count of what is left.
    return { status: 'running', deadline: receivedAt + server.remainingMs, frozenMs: 0 }
  }
  return {
    status: server.status,
    deadline: null,
    frozenMs: server.status === 'ended' ? 0 : server.remainingMs,
  }
}

/** Milliseconds left at local time `now`. */
export function remainingAt(clock: LocalClock, now: number): number {
  if (clock.status === 'running' && clock.deadline !== null) return Math.max(0, clock.deadline - now)
  return Math.max(0, clock.frozenMs)
}

/** "mm:ss" (or "h:mm:ss" from an hour), rounded up so 0:00 shows only when time is really up. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const two = (n: number) => String(n).padStart(2, '0')
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`
}
