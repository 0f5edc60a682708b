import { appendFile, readdir, readFile, stat, truncate } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openLowdbStorage } from '../../server/storage/lowdb'
import { record, storedDoc } from './storageContract'
import { tempDirs } from './storageTargets'

const tempDir = tempDirs('update-log')

/** The update log's segment files in a data folder, oldest first. */
async function segments(dataDir: string): Promise<string[]> {
  const dir = path.join(dataDir, 'log')
  return (await readdir(dir))
    .filter((n) => n.endsWith('.log'))
    .sort((a, b) => a.slice(17).localeCompare(b.slice(17)))
    .map((n) => path.join(dir, n))
}

const bytesOf = (records: { update: Uint8Array }[] | undefined) => records?.map((r) => r.update[0])

describe('the lowdb update log (one log shared by every workspace)', () => {
  it('writes the records of several workspaces to one segment and replays each workspace’s after a restart', async () => {
    const dataDir = await tempDir()
    const storage = await openLowdbStorage(dataDir)
    await storage.documents.store('w1', storedDoc([1]))
    await storage.documents.store('w2', storedDoc([2]))
    await storage.documents.append(
      new Map([
        ['w1', [record(1, 'student-1'), record(2, null)]],
        ['w2', [record(3, 'student-2')]],
      ]),
    )
    await storage.close()
    expect(await segments(dataDir)).toHaveLength(1)
    const again = await openLowdbStorage(dataDir)
    expect(await again.documents.replayable()).toEqual({ workspaceIds: ['w1', 'w2'], tornBytes: 0 })
    expect((await again.documents.load('w1'))?.log).toEqual([record(1, 'student-1'), record(2, null)])
    expect((await again.documents.load('w2'))?.log).toEqual([record(3, 'student-2')])
    await again.close()
  })

  it('drops a torn last record, keeps every whole one before it, and appends after a restart to a new segment', async () => {
    const dataDir = await tempDir()
    const storage = await openLowdbStorage(dataDir)
    await storage.documents.store('w1', storedDoc([1]))
    await storage.documents.append(new Map([['w1', [record(1, 'student-1'), record(2, null)]]]))
    await storage.documents.append(new Map([['w1', [record(3, 'student-1')]]]))
    await storage.close()
    const [file] = await segments(dataDir)
    // A crash in the middle of the last append: its header and part of its body reached the disk.
    await appendFile(file!, Buffer.from([0, 0, 0, 40, 1, 2, 3, 4, 9, 9, 9]))

    const again = await openLowdbStorage(dataDir)
    expect(await again.documents.replayable()).toEqual({ workspaceIds: ['w1'], tornBytes: 11 })
    expect(bytesOf((await again.documents.load('w1'))?.log)).toEqual([1, 2, 3])
    await again.documents.append(new Map([['w1', [record(4, null)]]]))
    expect(bytesOf((await again.documents.load('w1'))?.log)).toEqual([1, 2, 3, 4])
    await again.close()
    const third = await openLowdbStorage(dataDir)
    expect(bytesOf((await third.documents.load('w1'))?.log)).toEqual([1, 2, 3, 4])
    await third.close()
  })

  it('drops a last record whose checksum fails (a torn write inside it)', async () => {
    const dataDir = await tempDir()
    const storage = await openLowdbStorage(dataDir)
    await storage.documents.store('w1', storedDoc([1]))
    await storage.documents.append(new Map([['w1', [record(1, 'student-1')]]]))
    await storage.documents.append(new Map([['w1', [record(2, 'student-1')]]]))
    await storage.close()
    const [file] = await segments(dataDir)
    const bytes = await readFile(file!)
    await truncate(file!, bytes.byteLength - 1)

    const again = await openLowdbStorage(dataDir)
    expect((await again.documents.load('w1'))?.log).toEqual([record(1, 'student-1')])
    expect((await again.documents.replayable()).tornBytes).toBeGreaterThan(0)
    await again.close()
  })

  it('after a crash between a snapshot and the cut, the covered records are skipped and the segment removed', async () => {
    const dataDir = await tempDir()
    const storage = await openLowdbStorage(dataDir)
    await storage.documents.store('w1', storedDoc([1]))
    await storage.documents.append(new Map([['w1', [record(1, 'student-1')]]]))
    // Covers the record, but the segment is small and stays on disk, as after a crash before the cut.
    await storage.documents.store('w1', storedDoc([1, 1]))
    await storage.close()
    expect(await segments(dataDir)).toHaveLength(1)

    const again = await openLowdbStorage(dataDir)
    expect((await again.documents.load('w1'))?.log).toEqual([])
    // Once every workspace with records in an earlier run's segments is stored again, those segments go.
    await again.documents.store('w1', storedDoc([1, 1]))
    expect(await segments(dataDir)).toEqual([])
    await again.close()
  })

  it('deletes a segment once snapshots cover every record in it', async () => {
    const dataDir = await tempDir()
    const storage = await openLowdbStorage(dataDir)
    await storage.documents.store('w1', storedDoc([1]))
    await storage.documents.store('w2', storedDoc([2]))
    const big = { update: new Uint8Array(40 * 1024).fill(7), memberId: 'student-1' }
    await storage.documents.append(
      new Map([
        ['w1', [big, big]],
        ['w2', [record(2, null)]],
      ]),
    )
    await storage.documents.store('w1', storedDoc([1, 1]))
    await storage.documents.store('w2', storedDoc([2, 2]))
    // Covered by the snapshots, but kept one snapshot longer: the previous snapshot plus the log must stand in
    // for a damaged one (w1.json.prev + these records).
    expect(await segments(dataDir)).toHaveLength(1)
    await storage.documents.store('w1', storedDoc([1, 1, 1]))
    // w2's record is not cut yet: the segment stays.
    expect(await segments(dataDir)).toHaveLength(1)
    await storage.documents.store('w2', storedDoc([2, 2, 2]))
    expect(await segments(dataDir)).toEqual([])
    await storage.documents.append(new Map([['w1', [record(3, null)]]]))
    expect(bytesOf((await storage.documents.load('w1'))?.log)).toEqual([3])
    await storage.close()
  })

  it('keeps its files private to the server (0600, the log folder 0700)', async () => {
    const dataDir = await tempDir()
    const storage = await openLowdbStorage(dataDir)
    await storage.documents.store('w1', storedDoc([1]))
    await storage.documents.append(new Map([['w1', [record(1, 'student-1')]]]))
    await storage.close()
    const files = [path.join(dataDir, 'workspaces', 'w1.json'), ...(await segments(dataDir))]
    for (const file of files) expect(((await stat(file)).mode & 0o777).toString(8)).toBe('600')
    expect(((await stat(path.join(dataDir, 'log'))).mode & 0o777).toString(8)).toBe('700')
  })
})
