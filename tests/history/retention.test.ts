import { describe, expect, it } from 'vitest'
import { HISTORY_RETENTION, snapshotsToPrune } from '../../server/history/retention'
import type { SnapshotMeta } from '../../server/storage/historyTypes'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const NOW = Date.parse('2026-12-07T12:30:00.000Z')

const meta = (id: string, at: number, reason: SnapshotMeta['reason'] = 'periodic'): SnapshotMeta => ({
  id,
  takenAt: new Date(at).toISOString(),
  reason,
  byUserIds: ['s1'],
})

describe('history retention', () => {
  it('keeps everything of the last 24 hours, the newest per hour for 7 days, then the newest per day', () => {
    const hourAgo3Days = Math.floor((NOW - 3 * DAY) / HOUR) * HOUR
    const dayAgo10 = Math.floor((NOW - 10 * DAY) / DAY) * DAY
    const snapshots = [
      meta('recent-1', NOW - 10 * 60_000),
      meta('recent-2', NOW - 15 * 60_000, 'restore'),
      meta('recent-3', NOW - 23 * HOUR),
      meta('hour-old', hourAgo3Days + 10 * 60_000),
      meta('hour-new', hourAgo3Days + 40 * 60_000, 'restore'),
      meta('next-hour', hourAgo3Days + HOUR + 5 * 60_000),
      meta('day-old', dayAgo10 + 2 * HOUR),
      meta('day-new', dayAgo10 + 5 * HOUR),
      meta('other-day', dayAgo10 - 3 * HOUR),
    ]
    expect(snapshotsToPrune(snapshots, NOW).sort()).toEqual(['day-old', 'hour-old'])
  })

  it('caps a workspace at the newest 50', () => {
    const snapshots = Array.from({ length: 60 }, (_, i) => meta(`s${i}`, NOW - i * 60_000))
    const dropped = snapshotsToPrune(snapshots, NOW)
    expect(HISTORY_RETENTION.maxPerWorkspace).toBe(50)
    expect(dropped.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `s${50 + i}`).sort())
  })

  it('never drops a snapshot whose time it cannot read', () => {
    const snapshots = [meta('a', NOW), { ...meta('b', NOW), takenAt: 'not a time' }, meta('c', NOW)]
    expect(snapshotsToPrune(snapshots, NOW)).toEqual([])
  })
})
