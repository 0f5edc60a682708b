import { describe, expect, it } from 'vitest'
import type { SelfCheckRecord } from '../../server/storage/types'
import type { StorageFactory } from './storageContract'

/** A self-check record for tests. */
function record(workspaceId: string, stage: 'forming' | 'storming' = 'forming'): SelfCheckRecord {
  const answeredAt = '2026-01-01T00:00:00.000Z'
  return {
    workspaceId,
    answers: { s1: { stage, indicators: ['tentative'], note: 'catatan', answeredAt } },
    updatedAt: answeredAt,
  }
}

/** The behaviour every Storage implementation must have for stage self-checks. */
export function selfCheckStoreContract(name: string, factory: StorageFactory): void {
  describe(`${name} self-check store contract`, () => {
    it('stores, overwrites and deletes one record per workspace, keeping workspaces apart', async () => {
      const storage = await factory.open()
      const { selfChecks } = storage
      expect(await selfChecks.get('w1')).toBeUndefined()
      await selfChecks.put(record('w1'))
      await selfChecks.put(record('w2'))
      await selfChecks.put(record('w1', 'storming'))
      expect((await selfChecks.get('w1'))?.answers.s1?.stage).toBe('storming')
      await selfChecks.delete('w1')
      expect(await selfChecks.get('w1')).toBeUndefined()
      expect(await selfChecks.get('w2')).toEqual(record('w2'))
      await storage.close()
    })

    it('stores copies: changing what was given or read changes nothing stored', async () => {
      const storage = await factory.open()
      const given = record('w1')
      await storage.selfChecks.put(given)
      given.answers.s1!.note = 'changed'
      const read = await storage.selfChecks.get('w1')
      read!.answers.s1!.stage = 'storming'
      expect(await storage.selfChecks.get('w1')).toEqual(record('w1'))
      await storage.close()
    })

    if (factory.reopen) {
      const reopen = factory.reopen
      it('keeps records after close and reopen', async () => {
        const storage = await factory.open()
        await storage.selfChecks.put(record('w1'))
        const again = await reopen(storage)
        expect(await again.selfChecks.get('w1')).toEqual(record('w1'))
        await again.close()
      })
    }
  })
}
