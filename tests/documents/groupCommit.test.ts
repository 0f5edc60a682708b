import { describe, expect, it } from 'vitest'
import { GroupCommit, type CommitSource } from '../../server/documents/groupCommit'
import { openLowdbStorage } from '../../server/storage/lowdb'
import type { LogBatch } from '../../server/storage/types'
import { tempDirs } from '../storage/storageTargets'

const tempDir = tempDirs('group-commit')

/** A workspace with records waiting, that notes when they are committed. */
function source(workspaceId: string, committed: string[]): CommitSource & { add(byte: number): void } {
  let pending: number[] = []
  return {
    workspaceId,
    add(byte) {
      pending.push(byte)
    },
    takePending() {
      if (pending.length === 0) return null
      const taken = pending
      pending = []
      return {
        records: taken.map((b) => ({ update: new Uint8Array([b]), memberId: 'm1' })),
        committed: () => committed.push(`${workspaceId}:${taken.join(',')}`),
        failed: () => (pending = [...taken, ...pending]),
      }
    },
  }
}

describe('group commit of the update logs', () => {
  it('flushes everything that arrived during one flush together in the next, one batch for all workspaces', async () => {
    const storage = await openLowdbStorage(await tempDir())
    for (const id of ['w1', 'w2', 'w3'])
      await storage.documents.store(id, {
        state: new Uint8Array([0]),
        templates: ['fiveC'],
        clientOwners: {},
        projection: null,
        updatedAt: new Date().toISOString(),
      })
    const batches: LogBatch[] = []
    let release: () => void = () => undefined
    let held = true
    const commit = new GroupCommit(
      async (batch) => {
        batches.push(batch)
        if (held) await new Promise<void>((resolve) => (release = resolve))
        await storage.documents.append(batch)
      },
      1,
      (error) => {
        throw error
      },
    )
    const committed: string[] = []
    const [w1, w2, w3] = ['w1', 'w2', 'w3'].map((id) => source(id, committed))
    w1!.add(1)
    commit.markDirty(w1!)
    await expect.poll(() => batches.length).toBe(1)
    // While the first flush waits on the disk, three workspaces get updates, one of them twice.
    for (const [s, byte] of [
      [w1, 2],
      [w2, 3],
      [w3, 4],
      [w2, 5],
    ] as const) {
      s!.add(byte)
      commit.markDirty(s!)
    }
    expect(batches.length).toBe(1)
    held = false
    release()
    await commit.drained()
    expect(batches.length).toBe(2)
    expect([...batches[1]!.keys()].sort()).toEqual(['w1', 'w2', 'w3'])
    expect(committed).toEqual(['w1:1', 'w1:2', 'w2:3,5', 'w3:4'])
    expect(commit.stats).toMatchObject({ flushes: 2, records: 5, workspaces: 4, failures: 0 })
    expect((await storage.documents.load('w2'))?.log.map((r) => r.update[0])).toEqual([3, 5])
    await commit.stop()
    await storage.close()
  })

  it('flushes at most once per tick however many updates arrive', async () => {
    const batches: number[] = []
    const commit = new GroupCommit(
      async (batch) => void batches.push(batch.size),
      50,
      () => undefined,
    )
    const committed: string[] = []
    const w1 = source('w1', committed)
    const started = performance.now()
    const typing = setInterval(() => {
      w1.add(1)
      commit.markDirty(w1)
    }, 2)
    await expect.poll(() => batches.length, { timeout: 5_000 }).toBeGreaterThanOrEqual(4)
    clearInterval(typing)
    const elapsed = performance.now() - started
    // Four flushes need at least three whole ticks between their starts, whatever the number of updates.
    expect(elapsed).toBeGreaterThanOrEqual(150)
    expect(committed.length).toBeLessThan(Math.floor(elapsed / 2))
    await commit.stop()
  })
})
