import type { ContributionRecord, ContributionStore } from '../contributionTypes'
import type { FileQueue } from './fileQueue'
import { isSafeId, prepareDir, recordPath, removeDurably, writeJson } from './files'
import type { Quarantine } from './quarantine'
import { readRecord } from './recordFile'
import { contributionSchema } from './schemas'

/** contributions/<workspaceId>.json, read when a workspace's room loads or its figures are asked for; writes are durable. */
export class LowdbContributionStore implements ContributionStore {
  private constructor(
    private readonly queue: FileQueue,
    private readonly dir: string,
    private readonly quarantine: Quarantine,
  ) {}

  /** Open the store over `dir` (created when missing). */
  static async open(queue: FileQueue, dir: string, quarantine: Quarantine): Promise<LowdbContributionStore> {
    await prepareDir(dir)
    return new LowdbContributionStore(queue, dir, quarantine)
  }

  async get(workspaceId: string): Promise<ContributionRecord | undefined> {
    if (!isSafeId(workspaceId)) return undefined
    const file = recordPath(this.dir, workspaceId)
    // Behind any queued write of the same file, so a read right after a write sees it.
    const read = await this.queue.run(file, () =>
      readRecord<ContributionRecord>(this.quarantine, file, contributionSchema, {
        what: `the contribution counters of workspace ${workspaceId}`,
      }),
    )
    // Unavailable (damaged, reported): counting starts again from nothing rather than stopping the workspace.
    return read.kind === 'ok' ? read.value : undefined
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
