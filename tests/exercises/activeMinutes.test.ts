import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { getTemplate } from '../../cases/templates'
import { ensureTemplateStructure } from '../../cases/ydoc/structure'
import { createProgressTracker, RECENT_ACTIVE_MINUTES } from '../../server/exercises/progressTracker'
import type { LiveDocuments } from '../../server/services/ports'
import { activeCells } from '../../client/src/features/exercise/activityCells'

afterEach(() => {
  vi.useRealTimers()
})

describe("the control room's activity timeline", () => {
  it('keeps one entry per minute with an edit, only the latest 30, for watched workspaces', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const tracker = createProgressTracker({ throttleMs: 1 })
    const doc = new Y.Doc()
    ensureTemplateStructure(doc, getTemplate('fiveC'))
    tracker.watch('w1')
    tracker.attach({ workspaceId: 'w1', doc })
    const notes = () => (doc.getMap('fiveC').get('context') as Y.Map<unknown>).get('notes') as Y.Text
    const start = Date.UTC(2026, 11, 8, 9, 0, 0)
    for (let minute = 0; minute < 40; minute += 1) {
      vi.setSystemTime(start + minute * 60_000)
      notes().insert(0, 'a')
      notes().insert(0, 'b') // a second edit in the same minute adds nothing
    }
    await new Promise<void>((resolve) => tracker.onChange(() => resolve()))
    // Recomputed from the attached document by now, so the tracker reads no stored document.
    const read = await tracker.read('w1', {} as LiveDocuments)
    expect(read.activeMinutes).toHaveLength(RECENT_ACTIVE_MINUTES)
    expect(read.activeMinutes.at(-1)).toBe(start / 60_000 + 39)
    expect(read.activeMinutes[0]).toBe(start / 60_000 + 10)
    tracker.stop()
    doc.destroy()
  })

  it('draws the last 30 minutes ending now, oldest first', () => {
    const now = Date.UTC(2026, 11, 8, 9, 30, 20)
    const current = Math.floor(now / 60_000)
    const cells = activeCells([current - 40, current - 29, current - 3, current], now)
    expect(cells).toHaveLength(30)
    expect(cells.filter(Boolean)).toHaveLength(3)
    expect(cells[0]).toBe(true)
    expect(cells[26]).toBe(true)
    expect(cells[29]).toBe(true)
  })
})
