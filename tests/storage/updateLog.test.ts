import { appendFile, readdir, readFile, stat, truncate } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openLowdbStorage } from '../../server/storage/lowdb'
import { record, storedDoc } from './storageContract'
import { tempDirs } from './storageTargets'

const tempDir = tempDirs('update-log')

/** The update-log files of a workspace in a data folder. */
async function logFiles(dataDir: string, workspaceId: string): Promise<string[]> {
  const dir = path.join(dataDir, 'workspaces')
  return (await readdir(dir))
    .filter((n) => n.startsWith(`${workspaceId}.`) && n.endsWith('.log'))
    .map((n) => path.join(dir, n))
}

describe('the lowdb update log', () => {
  it('drops a torn last record, keeps every whole one before it, and appends after them', async () => {
    const dataDir = await tempDir()
    const storage = await openLowdbStorage(dataDir)
    await storage.documents.store('w1', storedDoc([1]))
    await storage.documents.append(new Map([['w1', [record(1, 'student-1'), record(2, null)]]]))
    await storage.documents.append(new Map([['w1', [record(3, 'student-1')]]]))
    await storage.close()
    const [file] = await logFiles(dataDir, 'w1')
    const whole = (await stat(file!)).size
    // A crash in the middle of the last append: its header and part of its body reached the disk.
    await appendFile(file!, Buffer.from([0, 0, 0, 40, 1, 2, 3, 4, 9, 9, 9]))

    const again = await openLowdbStorage(dataDir)
    const loaded = await again.documents.load('w1')
    expect(loaded?.log).toEqual([record(1, 'student-1'), record(2, null), record(3, 'student-1')])
    expect(loaded?.tornBytes).toBe(11)
    expect((await stat(file!)).size).toBe(whole)
    await again.documents.append(new Map([['w1', [record(4, null)]]]))
    expect((await again.documents.load('w1'))?.log.map((r) => r.update[0])).toEqual([1, 2, 3, 4])
    await again.close()
  })

  it('drops a last record whose checksum fails (a torn write inside it)', async () => {
    const dataDir = await tempDir()
    const storage = await openLowdbStorage(dataDir)
    await storage.documents.store('w1', storedDoc([1]))
    await storage.documents.append(new Map([['w1', [record(1, 'student-1')]]]))
    await storage.documents.append(new Map([['w1', [record(2, 'student-1')]]]))
    await storage.close()
    const [file] = await logFiles(dataDir, 'w1')
    const bytes = await readFile(file!)
    // Cut the last byte off: the length still fits but the body is short by one.
    await truncate(file!, bytes.byteLength - 1)

    const again = await openLowdbStorage(dataDir)
    const loaded = await again.documents.load('w1')
    expect(loaded?.log).toEqual([record(1, 'student-1')])
    expect(loaded?.tornBytes).toBeGreaterThan(0)
    await again.close()
  })

  it('after a crash between a snapshot and the cut, the covered log file is ignored and removed', async () => {
    const dataDir = await tempDir()
    const storage = await openLowdbStorage(dataDir)
    await storage.documents.store('w1', storedDoc([1]))
    await storage.documents.append(new Map([['w1', [record(1, 'student-1')]]]))
    const [before] = await logFiles(dataDir, 'w1')
    const kept = await readFile(before!)
    await storage.documents.store('w1', storedDoc([1, 1]))
    await storage.close()
    // As if the process died after the snapshot was written but before the old log file was deleted.
    await appendFile(before!, kept)

    const again = await openLowdbStorage(dataDir)
    expect((await again.documents.load('w1'))?.log).toEqual([])
    expect(await logFiles(dataDir, 'w1')).toEqual([])
    await again.close()
  })

  it('keeps its files private to the server (0600)', async () => {
    const dataDir = await tempDir()
    const storage = await openLowdbStorage(dataDir)
    await storage.documents.store('w1', storedDoc([1]))
    await storage.documents.append(new Map([['w1', [record(1, 'student-1')]]]))
    await storage.close()
    const files = [path.join(dataDir, 'workspaces', 'w1.json'), ...(await logFiles(dataDir, 'w1'))]
    for (const file of files) expect(((await stat(file)).mode & 0o777).toString(8)).toBe('600')
  })
})
