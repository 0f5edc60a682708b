import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { InvitationRecord } from '../../server/storage/invitationTypes'
import { openLowdbStorage } from '../../server/storage/lowdb'
import type { StorageFactory } from './storageContract'
import { againstEveryStore, tempDirs } from './storageTargets'

const record = (id: string, createdBy: string | null = 'L1'): InvitationRecord => ({
  id,
  tokenHash: `hash-${id}`,
  createdBy,
  createdAt: '2026-12-01T00:00:00.000Z',
  expiresAt: '2026-12-08T00:00:00.000Z',
  usedAt: null,
  usedBy: null,
})

/** The behaviour every Storage implementation must have for lecturer invitations. */
function invitationStoreContract(name: string, factory: StorageFactory): void {
  describe(`${name} invitation store contract`, () => {
    it('finds by id, by token hash and by creator; stores copies; deletes', async () => {
      const storage = await factory.open()
      const { invitations } = storage
      const given = record('i1')
      await invitations.put(given)
      await invitations.put(record('i2', null))
      given.usedAt = 'changed'
      expect(await invitations.get('i1')).toEqual(record('i1'))
      expect(await invitations.findByTokenHash('hash-i2')).toEqual(record('i2', null))
      expect(await invitations.findByTokenHash('hash-none')).toBeUndefined()
      expect(await invitations.listByCreator('L1')).toEqual([record('i1')])
      await invitations.put({ ...record('i1'), usedAt: '2026-12-02T00:00:00.000Z', usedBy: 'L2' })
      expect((await invitations.get('i1'))?.usedBy).toBe('L2')
      await invitations.delete('i1')
      expect(await invitations.get('i1')).toBeUndefined()
      await storage.close()
    })

    if (factory.reopen) {
      const reopen = factory.reopen
      it('keeps invitations after close and reopen', async () => {
        const storage = await factory.open()
        await storage.invitations.put(record('i1'))
        const again = await reopen(storage)
        expect(await again.invitations.get('i1')).toEqual(record('i1'))
        await again.close()
      })
    }
  })
}

const tempDir = tempDirs('invitations')
againstEveryStore(invitationStoreContract, tempDir)

describe('lowdb invitations.json', () => {
  it('holds only token hashes; a damaged file falls back to its previous version', async () => {
    const dir = await tempDir()
    const storage = await openLowdbStorage(dir)
    await storage.invitations.put(record('i1'))
    await storage.invitations.put(record('i2'))
    await storage.close()
    const file = path.join(dir, 'invitations.json')
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ invitations: [record('i1'), record('i2')] })
    await writeFile(file, '{"invitations": nul')
    const again = await openLowdbStorage(dir)
    expect(await again.invitations.get('i1')).toEqual(record('i1'))
    expect(again.problems()).toEqual([expect.objectContaining({ code: 'DAMAGED_FILE' })])
    await again.close()
  })
})
