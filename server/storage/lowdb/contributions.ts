import type { ContributionRecord, ContributionStore } from '../contributionTypes'
import type { FileQueue } from './fileQueue'
import { isSafeId, prepareDir, readJson, recordPath, removeDurably, writeJson } from './files'

/** contributions/<workspaceId>.json, read when a workspace's room loads or its figures are asked for; writes are durable. */
export class LowdbContributionStore implements ContributionStore {
  private constructor(
    private readonly queue: FileQueue,
    private readonly dir: string,
  ) {}

  /** Open the store over `dir` (created when missing). */
  static async open(queue: FileQueue, dir: string): Promise<LowdbContributionStore> {
    await prepareDir(dir)
    return new LowdbContributionStore(queue, dir)
  }

  async get(workspaceId: string): Promise<ContributionRecord | undefined> {
    if (!isSafeId(workspaceId)) return undefined
    const file = recordPath(this.dir, workspaceId)
    // Behind any queued write of the same file, so a read right after a write sees it.
    return (await this.queue.run(file, () => readJson<ContributionRecord>(file))) ?? undefined
  }

  async put(record: ContributionRecord): Promise<void> {
    const file = recordPath(this.dir, record.workspaceId)
    const copy = structuredClone(record)
    await this.queue.run(file, () => writeJson(file, copy))
  }

  async delete(workspaceId: string): Promise<void> {
    if (!isSafeId(workspaceId)) return
    const file = recordPath(this.dir, workspaceId)
    await this.queue.run(file, () => removeDurably(file))
  }
}
