import { describe, expect, it } from 'vitest'
import type { StoredSnapshot } from '../../server/storage/types'
import type { StorageFactory } from './storageContract'

/** A snapshot for tests. */
export function snapshot(id: string, takenAt: string, bytes: number[] = [1, 2, 3]): StoredSnapshot {
  return { id, takenAt, reason: 'periodic', byUserIds: ['s1'], state: new Uint8Array(bytes) }
}

/** The behaviour every Storage implementation must have for workspace history. */
export function historyStoreContract(name: string, factory: StorageFactory): void {
  describe(`${name} history store contract`, () => {
    it('keeps each snapshot with its state, lists them oldest first, and keeps workspaces apart', async () => {
      const storage = await factory.open()
      expect(await storage.history.list('w1')).toEqual([])
      await storage.history.create('w1', snapshot('b', '2026-01-01T00:10:00.000Z', [9, 8]))
      await storage.history.create('w1', snapshot('a', '2026-01-01T00:00:00.000Z', [7]))
      await storage.history.create('w2', { ...snapshot('c', '2026-01-02T00:00:00.000Z'), reason: 'restore' })
      expect(await storage.history.list('w1')).toEqual([
        { id: 'a', takenAt: '2026-01-01T00:00:00.000Z', reason: 'periodic', byUserIds: ['s1'] },
        { id: 'b', takenAt: '2026-01-01T00:10:00.000Z', reason: 'periodic', byUserIds: ['s1'] },
      ])
      const b = await storage.history.get('w1', 'b')
      expect(b && [...b.state]).toEqual([9, 8])
      expect(b?.byUserIds).toEqual(['s1'])
      expect((await storage.history.list('w2')).map((s) => s.reason)).toEqual(['restore'])
      expect(await storage.history.get('w1', 'c')).toBeUndefined()
      expect(await storage.history.get('w2', 'nope')).toBeUndefined()
      await storage.close()
    })

    it('refuses a second snapshot with the same id and keeps the first', async () => {
      const storage = await factory.open()
      await storage.history.create('w1', snapshot('a', '2026-01-01T00:00:00.000Z', [1]))
      await expect(
        storage.history.create('w1', snapshot('a', '2026-01-01T00:05:00.000Z', [2])),
      ).rejects.toThrow(/exists/)
      const a = await storage.history.get('w1', 'a')
      expect(a && [...a.state]).toEqual([1])
      expect(await storage.history.list('w1')).toHaveLength(1)
      await storage.close()
    })

    it('stores copies: changing what was given or read changes nothing stored', async () => {
      const storage = await factory.open()
      const given = snapshot('a', '2026-01-01T00:00:00.000Z', [1])
      await storage.history.create('w1', given)
      given.byUserIds.push('intruder')
      given.state[0] = 99
      const read = await storage.history.get('w1', 'a')
      read?.byUserIds.push('other')
      const again = await storage.history.get('w1', 'a')
      expect(again?.byUserIds).toEqual(['s1'])
      expect(again && [...again.state]).toEqual([1])
      await storage.close()
    })

    it('deletes chosen snapshots only: neither listed nor readable afterwards, unknown ids skipped', async () => {
      const storage = await factory.open()
      for (const [i, id] of ['a', 'b', 'c'].entries())
        await storage.history.create('w1', snapshot(id, `2026-01-01T00:0${i}:00.000Z`, [i]))
      await storage.history.create('w2', snapshot('a', '2026-01-01T00:00:00.000Z', [7]))
      await storage.history.delete('w1', ['a', 'c', 'nope'])
      expect((await storage.history.list('w1')).map((s) => s.id)).toEqual(['b'])
      expect(await storage.history.get('w1', 'a')).toBeUndefined()
      expect(await storage.history.get('w1', 'c')).toBeUndefined()
      const b = await storage.history.get('w1', 'b')
      expect(b && [...b.state]).toEqual([1])
      // Another workspace's snapshot of the same id stays; deleting nothing, or in a workspace without history, is fine.
      expect((await storage.history.list('w2')).map((s) => s.id)).toEqual(['a'])
      await storage.history.delete('w1', [])
      await storage.history.delete('w3', ['a'])
      // A new snapshot may be created after a deletion.
      await storage.history.create('w1', snapshot('d', '2026-01-01T00:05:00.000Z', [4]))
      expect((await storage.history.list('w1')).map((s) => s.id)).toEqual(['b', 'd'])
      if (factory.reopen) {
        const reopened = await factory.reopen(storage)
        expect((await reopened.history.list('w1')).map((s) => s.id)).toEqual(['b', 'd'])
        expect(await reopened.history.get('w1', 'a')).toBeUndefined()
        await reopened.close()
      } else await storage.close()
    })

    it('deletes a workspace’s whole history only', async () => {
      const storage = await factory.open()
      await storage.history.create('w1', snapshot('a', '2026-01-01T00:00:00.000Z'))
      await storage.history.create('w2', snapshot('b', '2026-01-01T00:00:00.000Z'))
      await storage.history.deleteAll('w1')
      expect(await storage.history.list('w1')).toEqual([])
      expect(await storage.history.get('w1', 'a')).toBeUndefined()
      expect(await storage.history.list('w2')).toHaveLength(1)
      await storage.close()
    })

    it('keeps snapshots across a reopen', async () => {
      if (!factory.reopen) {
        expect(factory.reopen).toBeUndefined()
        return
      }
      const storage = await factory.open()
      await Promise.all(
        ['a', 'b', 'c'].map((id, i) =>
          storage.history.create('w1', snapshot(id, `2026-01-01T00:0${i}:00.000Z`, [i])),
        ),
      )
      const reopened = await factory.reopen(storage)
      expect((await reopened.history.list('w1')).map((s) => s.id)).toEqual(['a', 'b', 'c'])
      const c = await reopened.history.get('w1', 'c')
      expect(c && [...c.state]).toEqual([2])
      await reopened.close()
    })
  })
}
