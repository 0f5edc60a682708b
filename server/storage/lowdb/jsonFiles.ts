import type { FileQueue } from './fileQueue'
import { isSafeId, readJson, recordPath, removeDurably, writeJson } from './files'

/**
 * One small JSON file per record in a folder, read on demand; writes and deletes of a file are serialised and
 * durable (fsynced, folder synced) before they resolve.
 */
export class JsonFiles<T> {
  constructor(
    private readonly queue: FileQueue,
    private readonly dir: string,
  ) {}

  async get(id: string): Promise<T | undefined> {
    if (!isSafeId(id)) return undefined
    const file = recordPath(this.dir, id)
    // Wait for a queued write of this file so a read right after a write sees it.
    const value = await this.queue.run(file, () => readJson<T>(file))
    return value ?? undefined
  }

  async put(id: string, value: T): Promise<void> {
    const file = recordPath(this.dir, id)
    await this.queue.run(file, () => writeJson(file, value))
  }

  async delete(id: string): Promise<void> {
    if (!isSafeId(id)) return
    const file = recordPath(this.dir, id)
    await this.queue.run(file, () => removeDurably(file))
  }
}
