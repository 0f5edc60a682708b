import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openLowdbStorage } from '../../server/storage/lowdb'
import { reviewStoreContract, thread } from './reviewContract'
import { againstEveryStore, tempDirs } from './storageTargets'

const tempDir = tempDirs('reviews')
againstEveryStore(reviewStoreContract, tempDir)

describe('lowdb review files', () => {
  it('writes comments/<workspaceId>.json, rubrics/<assignmentId>.json and grades/<workspaceId>.json', async () => {
    const dir = await tempDir()
    const storage = await openLowdbStorage(dir)
    await storage.comments.put('w1', [thread('t1', 'w1')])
    await storage.rubrics.put({ assignmentId: 'a1', criteria: [], updatedAt: 'now', updatedBy: null })
    await storage.grades.put({
      workspaceId: 'w1',
      scores: [],
      feedback: '',
      adjustments: [],
      released: false,
      releasedAt: null,
      updatedAt: 'now',
      gradedBy: 'l1',
    })
    await storage.close()
    expect(await readdir(path.join(dir, 'comments'))).toEqual(['w1.json'])
    expect(await readdir(path.join(dir, 'rubrics'))).toEqual(['a1.json'])
    expect(await readdir(path.join(dir, 'grades'))).toEqual(['w1.json'])
    const file = JSON.parse(await readFile(path.join(dir, 'comments', 'w1.json'), 'utf8')) as unknown
    expect(file).toEqual({ workspaceId: 'w1', threads: [thread('t1', 'w1')] })
  })

  it('refuses ids that are not safe file names', async () => {
    const storage = await openLowdbStorage(await tempDir())
    await expect(storage.comments.put('../evil', [])).rejects.toThrow(/Unsafe/)
    expect(await storage.grades.get('../evil')).toBeUndefined()
    await storage.close()
  })
})
