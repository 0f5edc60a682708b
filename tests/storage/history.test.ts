import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openLowdbStorage } from '../../server/storage/lowdb'
import { historyStoreContract, snapshot } from './historyContract'
import { againstEveryStore, tempDirs } from './storageTargets'

const tempDir = tempDirs('history')
againstEveryStore(historyStoreContract, tempDir)

describe('lowdb history files', () => {
  it('writes each snapshot to its own file under history/<workspaceId>/ beside one small index', async () => {
    const dir = await tempDir()
    const storage = await openLowdbStorage(dir)
    await storage.history.create('w1', snapshot('a', '2026-01-01T00:00:00.000Z', [1, 2]))
    const aBefore = await stat(path.join(dir, 'history', 'w1', 'a.yjs'))
    await storage.history.create('w1', snapshot('b', '2026-01-01T00:10:00.000Z', [3]))
    await storage.close()
    // index.json.prev: the index before the last snapshot was added (what a damaged index is replaced by).
    expect((await readdir(path.join(dir, 'history', 'w1'))).sort()).toEqual([
      'a.yjs',
      'b.yjs',
      'index.json',
      'index.json.prev',
    ])
    expect([...(await readFile(path.join(dir, 'history', 'w1', 'b.yjs')))]).toEqual([3])
    // Written once: a later snapshot leaves an earlier one's file alone.
    expect((await stat(path.join(dir, 'history', 'w1', 'a.yjs'))).mtimeMs).toBe(aBefore.mtimeMs)
    const index = JSON.parse(await readFile(path.join(dir, 'history', 'w1', 'index.json'), 'utf8')) as unknown
    expect(index).toEqual({
      workspaceId: 'w1',
      snapshots: [
        { id: 'a', takenAt: '2026-01-01T00:00:00.000Z', reason: 'periodic', byUserIds: ['s1'] },
        { id: 'b', takenAt: '2026-01-01T00:10:00.000Z', reason: 'periodic', byUserIds: ['s1'] },
      ],
    })
  })

  it('removes a deleted snapshot’s state file, and leaves the others’ alone', async () => {
    const dir = await tempDir()
    const storage = await openLowdbStorage(dir)
    await storage.history.create('w1', snapshot('a', '2026-01-01T00:00:00.000Z', [1]))
    await storage.history.create('w1', snapshot('b', '2026-01-01T00:10:00.000Z', [2]))
    await storage.history.delete('w1', ['a'])
    await storage.close()
    const files = await readdir(path.join(dir, 'history', 'w1'))
    expect(files).not.toContain('a.yjs')
    expect(files).toContain('b.yjs')
  })

  it('ignores a state file the index does not list and clears a crash’s temp file on the next write', async () => {
    const dir = await tempDir()
    const storage = await openLowdbStorage(dir)
    await storage.history.create('w1', snapshot('a', '2026-01-01T00:00:00.000Z'))
    await writeFile(path.join(dir, 'history', 'w1', 'orphan.yjs'), new Uint8Array([5]))
    await writeFile(path.join(dir, 'history', 'w1', '.b.yjs.x.tmp'), new Uint8Array([6]))
    expect(await storage.history.get('w1', 'orphan')).toBeUndefined()
    await storage.history.create('w1', snapshot('b', '2026-01-01T00:05:00.000Z'))
    expect(await readdir(path.join(dir, 'history', 'w1'))).not.toContain('.b.yjs.x.tmp')
    expect((await storage.history.list('w1')).map((s) => s.id)).toEqual(['a', 'b'])
    await storage.close()
  })

  it('refuses ids that are not safe file names', async () => {
    const storage = await openLowdbStorage(await tempDir())
    await expect(storage.history.create('../evil', snapshot('a', 'x'))).rejects.toThrow(/Unsafe/)
    await expect(storage.history.create('w1', snapshot('../a', 'x'))).rejects.toThrow(/Unsafe/)
    expect(await storage.history.get('w1', '../a')).toBeUndefined()
    expect(await storage.history.list('../evil')).toEqual([])
    await storage.close()
  })
})
