import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'
import { openLowdbStorage } from '../../server/storage/lowdb'
import { createMemoryStorage } from '../../server/storage/memory'
import type { StorageFactory } from './storageContract'

/** A maker of temporary data folders, all removed after the file's tests. */
export function tempDirs(prefix: string): () => Promise<string> {
  const dirs: string[] = []
  afterAll(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
  })
  return async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), `ruang-kasus-${prefix}-`))
    dirs.push(dir)
    return dir
  }
}

/** Run a storage contract suite against every implementation: memory, and lowdb files (with reopen). */
export function againstEveryStore(
  contract: (name: string, factory: StorageFactory) => void,
  tempDir: () => Promise<string>,
): void {
  contract('memory', { open: async () => createMemoryStorage() })
  const opened = new WeakMap<object, string>()
  contract('lowdb', {
    async open() {
      const dir = await tempDir()
      const storage = await openLowdbStorage(dir)
      opened.set(storage, dir)
      return storage
    },
    async reopen(storage) {
      const dir = opened.get(storage)!
      await storage.close()
      return openLowdbStorage(dir)
    },
  })
}
