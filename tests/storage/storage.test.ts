import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openLowdbStorage } from '../../server/storage/lowdb'
import { klass, storageContract, storedDoc, storedVersion } from './storageContract'
import { againstEveryStore, tempDirs } from './storageTargets'

const tempDir = tempDirs('storage')
againstEveryStore(storageContract, tempDir)

describe('lowdb files', () => {
  it('writes one readable file per class and a state file plus an analysis file per workspace', async () => {
    const dir = await tempDir()
    const storage = await openLowdbStorage(dir)
    await storage.classes.put(klass('c1', 'l1'))
    await storage.documents.store('w1', storedDoc([1, 2]))
    await storage.close()
    expect(await readdir(path.join(dir, 'classes'))).toEqual(['c1.json'])
    // w1.json.prev: the previous snapshot, what a damaged one is replaced by (with the log after it).
    expect((await readdir(path.join(dir, 'workspaces'))).sort()).toEqual([
      'w1.analysis.json',
      'w1.json',
      'w1.json.prev',
    ])
    const state = JSON.parse(await readFile(path.join(dir, 'workspaces', 'w1.json'), 'utf8'))
    expect(state.state).toBe(Buffer.from([1, 2]).toString('base64'))
    const analysis = JSON.parse(await readFile(path.join(dir, 'workspaces', 'w1.analysis.json'), 'utf8'))
    expect(analysis.templates.fiveC.context.notes).toBe('hello')
  })

  it('ignores and removes temporary files a crash left behind', async () => {
    const dir = await tempDir()
    const first = await openLowdbStorage(dir)
    await first.classes.put(klass('c1', 'l1'))
    await first.close()
    await writeFile(path.join(dir, 'classes', '.c1.json.tmp'), '{"half-written')
    await writeFile(path.join(dir, 'workspaces', '.w1.json.tmp'), '{')
    const again = await openLowdbStorage(dir)
    expect((await again.classes.list()).map((c) => c.id)).toEqual(['c1'])
    expect(await readdir(path.join(dir, 'classes'))).toEqual(['c1.json'])
    expect(await readdir(path.join(dir, 'workspaces'))).toEqual([])
    await again.close()
  })

  it('keeps the last of many concurrent writes of one workspace, and never leaves a temp file', async () => {
    const dir = await tempDir()
    const storage = await openLowdbStorage(dir)
    await Promise.all(Array.from({ length: 20 }, (_, i) => storage.documents.store('w1', storedDoc([i]))))
    expect([...((await storage.documents.load('w1'))?.state ?? [])]).toEqual([19])
    await storage.close()
    expect((await readdir(path.join(dir, 'workspaces'))).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('saves one workspace without touching any other file', async () => {
    const dir = await tempDir()
    const storage = await openLowdbStorage(dir)
    await storage.classes.put(klass('c1', 'l1'))
    await storage.documents.store('w1', storedDoc([1]))
    await storage.documents.store('w2', storedDoc([2]))
    const others = [path.join(dir, 'classes', 'c1.json'), path.join(dir, 'workspaces', 'w2.json')]
    const before = await Promise.all(others.map((f) => stat(f)))
    await storage.documents.store('w1', storedDoc([3]))
    const after = await Promise.all(others.map((f) => stat(f)))
    expect(after.map((s) => [s.mtimeMs, s.ino])).toEqual(before.map((s) => [s.mtimeMs, s.ino]))
    expect([...((await storage.documents.load('w1'))?.state ?? [])]).toEqual([3])
    await storage.close()
  })

  it('reads classes once at open, not per request', async () => {
    const dir = await tempDir()
    const first = await openLowdbStorage(dir)
    await first.classes.put(klass('c1', 'l1'))
    await first.close()
    const storage = await openLowdbStorage(dir)
    await writeFile(path.join(dir, 'classes', 'c1.json'), 'not json any more')
    expect((await storage.classes.get('c1'))?.name).toBe('Kelas c1')
    await storage.close()
  })

  it('refuses ids that are not safe file names', async () => {
    const storage = await openLowdbStorage(await tempDir())
    expect(await storage.documents.load('../lecturers')).toBeUndefined()
    await expect(storage.documents.store('../x', storedDoc([1]))).rejects.toThrow(/Unsafe/)
    await storage.close()
  })

  it('keeps each version in its own pair of files and clears a half-written one a crash left behind', async () => {
    const dir = await tempDir()
    const storage = await openLowdbStorage(dir)
    await storage.versions.create('w1', storedVersion(1, [1]))
    const folder = path.join(dir, 'versions', 'w1')
    await writeFile(path.join(folder, '.v2.json.crash.tmp'), '{"half')
    expect((await storage.versions.list('w1')).map((v) => v.version)).toEqual([1])
    await storage.versions.create('w1', storedVersion(2, [2]))
    expect((await readdir(folder)).sort()).toEqual(['v1.json', 'v1.yjs', 'v2.json', 'v2.yjs'])
    expect(JSON.parse(await readFile(path.join(folder, 'v1.json'), 'utf8'))).toEqual(
      storedVersion(1, [1]).result,
    )
    await expect(storage.versions.get('../x', 1)).resolves.toBeUndefined()
    await storage.close()
  })
})
