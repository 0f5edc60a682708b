import { describe, expect, it } from 'vitest'
import type { CommentThreadRecord, GradeRecord, RubricRecord } from '../../server/storage/types'
import type { StorageFactory } from './storageContract'

/** A comment thread for tests. */
export function thread(id: string, workspaceId: string, body = `Komentar ${id}`): CommentThreadRecord {
  return {
    id,
    workspaceId,
    anchor: { templateId: 'fiveC', path: ['characteristics', 'memberVariables'] },
    status: 'open',
    createdAt: '2026-01-01T00:00:00.000Z',
    author: { id: 'l1', name: 'Dosen', role: 'lecturer' },
    body,
    replies: [],
  }
}

const rubric = (assignmentId: string, title = 'Kriteria'): RubricRecord => ({
  assignmentId,
  criteria: [
    {
      id: 'c1',
      templateId: 'fiveC',
      title: { id: title, en: 'Criterion' },
      description: { id: 'Deskripsi', en: 'Description' },
      weight: 1,
      levels: [{ id: 'good', label: { id: 'Baik', en: 'Good' }, points: 3 }],
    },
  ],
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: null,
})

const grade = (workspaceId: string, points = 3): GradeRecord => ({
  workspaceId,
  scores: [{ criterionId: 'c1', levelId: 'good', points, comment: '' }],
  feedback: 'Bagus',
  adjustments: [{ studentId: 's1', delta: -1, reason: 'Terlambat' }],
  released: false,
  releasedAt: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
  gradedBy: 'l1',
})

/** The behaviour every Storage implementation must have for comments, rubrics and grades. */
export function reviewStoreContract(name: string, factory: StorageFactory): void {
  describe(`${name} review stores contract`, () => {
    it('keeps comment threads per workspace, finds a thread’s workspace, replaces and deletes them', async () => {
      const storage = await factory.open()
      expect(await storage.comments.list('w1')).toEqual([])
      expect(await storage.comments.workspaceOf('t1')).toBeUndefined()
      await storage.comments.put('w1', [thread('t1', 'w1'), thread('t2', 'w1')])
      await storage.comments.put('w2', [thread('t3', 'w2')])
      expect((await storage.comments.list('w1')).map((t) => t.id)).toEqual(['t1', 't2'])
      expect(await storage.comments.workspaceOf('t3')).toBe('w2')

      await storage.comments.put('w1', [thread('t2', 'w1', 'diubah')])
      expect(await storage.comments.workspaceOf('t1')).toBeUndefined()
      expect((await storage.comments.list('w1'))[0]?.body).toBe('diubah')

      await storage.comments.deleteAll('w1')
      expect(await storage.comments.list('w1')).toEqual([])
      expect(await storage.comments.workspaceOf('t2')).toBeUndefined()
      expect(await storage.comments.list('w2')).toHaveLength(1)
      await storage.close()
    })

    it('returns copies of threads, so changing one changes nothing stored', async () => {
      const storage = await factory.open()
      const threads = [thread('t1', 'w1')]
      await storage.comments.put('w1', threads)
      threads[0]!.body = 'changed after put'
      const listed = await storage.comments.list('w1')
      listed[0]!.replies.push({ id: 'r', author: listed[0]!.author, body: 'x', createdAt: '' })
      expect(await storage.comments.list('w1')).toEqual([thread('t1', 'w1')])
      await storage.close()
    })

    it('stores, overwrites and deletes rubrics and grades', async () => {
      const storage = await factory.open()
      expect(await storage.rubrics.get('a1')).toBeUndefined()
      expect(await storage.grades.get('w1')).toBeUndefined()
      await storage.rubrics.put(rubric('a1'))
      await storage.rubrics.put(rubric('a1', 'Diubah'))
      await storage.grades.put(grade('w1', 1))
      await storage.grades.put(grade('w1', 2))
      expect(await storage.rubrics.get('a1')).toEqual(rubric('a1', 'Diubah'))
      expect(await storage.grades.get('w1')).toEqual(grade('w1', 2))
      await storage.rubrics.delete('a1')
      await storage.grades.delete('w1')
      expect(await storage.rubrics.get('a1')).toBeUndefined()
      expect(await storage.grades.get('w1')).toBeUndefined()
      await storage.close()
    })

    if (factory.reopen) {
      const reopen = factory.reopen
      it('keeps comments, rubrics and grades after close and reopen', async () => {
        const storage = await factory.open()
        await storage.comments.put('w1', [thread('t1', 'w1')])
        await storage.rubrics.put(rubric('a1'))
        await storage.grades.put(grade('w1'))
        const again = await reopen(storage)
        expect(await again.comments.list('w1')).toEqual([thread('t1', 'w1')])
        expect(await again.comments.workspaceOf('t1')).toBe('w1')
        expect(await again.rubrics.get('a1')).toEqual(rubric('a1'))
        expect(await again.grades.get('w1')).toEqual(grade('w1'))
        await again.close()
      })
    }
  })
}
