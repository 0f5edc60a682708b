import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openLowdbStorage } from '../../server/storage/lowdb'
import { selfCheckStoreContract } from './selfCheckContract'
import { againstEveryStore, tempDirs } from './storageTargets'

const tempDir = tempDirs('selfchecks')
againstEveryStore(selfCheckStoreContract, tempDir)

describe('lowdb self-check files', () => {
  it('writes selfchecks/<workspaceId>.json and refuses ids that are not safe file names', async () => {
    const dir = await tempDir()
    const storage = await openLowdbStorage(dir)
    const answeredAt = '2026-01-01T00:00:00.000Z'
    const answers = { s1: { stage: 'norming' as const, indicators: [], note: '', answeredAt } }
    await storage.selfChecks.put({ workspaceId: 'w1', answers, updatedAt: answeredAt })
    const file = JSON.parse(await readFile(path.join(dir, 'selfchecks', 'w1.json'), 'utf8'))
    expect(file.answers.s1.stage).toBe('norming')
    expect(await storage.selfChecks.get('../w1')).toBeUndefined()
    await storage.close()
  })
})
